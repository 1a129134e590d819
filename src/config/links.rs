//! `[links]`: how external links are checked (DESIGN §9), and durations as written there.

use std::time::Duration;

use serde::{Deserialize, Deserializer};
use toml::Spanned;

/// External link checking settings (DESIGN §9).
#[derive(Debug, Clone)]
pub struct LinkSettings {
    /// How long a good result is reused.
    pub cache_max_age: Duration,
    /// URL prefixes never fetched.
    pub exclude: Vec<String>,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Bound on the whole external check.
    pub max_run: Duration,
    /// `ca_file` as written (relative to the site folder), with its place in config.toml.
    pub ca_file: Option<Spanned<String>>,
    /// Certificates (DER) trusted besides the operating system's store: read from
    /// `ca_file` by [`Config::load`].
    pub extra_roots: Vec<Vec<u8>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawLinks {
    #[serde(deserialize_with = "duration")]
    pub(super) cache_max_age: Duration,
    pub(super) exclude: Vec<String>,
    #[serde(deserialize_with = "duration")]
    pub(super) timeout: Duration,
    #[serde(deserialize_with = "duration")]
    pub(super) max_run: Duration,
    pub(super) ca_file: Option<Spanned<String>>,
}

impl Default for RawLinks {
    fn default() -> Self {
        Self {
            cache_max_age: Duration::from_secs(7 * 86_400),
            exclude: Vec::new(),
            timeout: Duration::from_secs(10),
            max_run: Duration::from_secs(300),
            ca_file: None,
        }
    }
}

/// The longest duration a setting may take, a hundred years: longer than any cache or
/// check needs, and short enough to add to any reading of the clock.
const MAX_DURATION: Duration = Duration::from_secs(36_500 * 86_400);

/// Reads a duration written as a number and a unit: `30s`, `10m`, `12h`, `7d`.
fn duration<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Duration, D::Error> {
    let text = String::deserialize(d)?;
    parse_duration(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "`{text}` is not a duration: write a whole number and a unit, s, m, h or d (e.g. \"7d\"), at most 36500d"
        ))
    })
}

/// Parses `30s`, `10m`, `12h` or `7d`, up to a hundred years.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let unit = text.chars().last()?;
    let number: u64 = text[..text.len() - unit.len_utf8()].parse().ok()?;
    let seconds = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        _ => return None,
    };
    number
        .checked_mul(seconds)
        .map(Duration::from_secs)
        .filter(|d| *d <= MAX_DURATION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("7d"), Some(Duration::from_secs(604_800)));
        assert_eq!(parse_duration("10s"), Some(Duration::from_secs(10)));
        assert_eq!(parse_duration("x"), None);
        assert_eq!(parse_duration("5w"), None);
        assert_eq!(parse_duration("99999999999999999999d"), None);
        assert_eq!(parse_duration("36500d"), Some(MAX_DURATION));
        assert_eq!(parse_duration("36501d"), None, "no clock can add it");
    }
}
