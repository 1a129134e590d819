//! `config.toml` -> an immutable [`Config`] (DESIGN §3).
//!
//! Every table denies unknown keys, so a misspelt setting is an error that names the key,
//! the file and the line, never a silently ignored line.

use std::path::Path;
use std::time::Duration;

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize};
use toml::Spanned;

use crate::error::{Diagnostic, Error, Result};
use crate::i18n::languages;

/// The CEOP Safety Centre, where the report button goes unless the config says otherwise.
pub const DEFAULT_CEOP_URL: &str = "https://www.ceop.police.uk/Safety-Centre/";
/// Where "Exit this page" goes unless the config says otherwise (GOV.UK's default).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The site's settings, read once and never changed.
#[derive(Debug, Clone)]
pub struct Config {
    /// The school's name, shown on every page.
    pub title: String,
    /// The published address of the site, always ending in `/`.
    pub base_url: String,
    /// The theme's name; `default` is built into haven.
    pub theme: String,
    /// Contact details and safeguarding people.
    pub school: School,
    /// The site's languages, the default one first, then in config order.
    pub languages: Vec<Language>,
    /// The report button's destination.
    pub ceop_url: String,
    /// Where "Exit this page" goes.
    pub exit_url: String,
    /// External link checking settings.
    pub links: LinkSettings,
    /// The accessibility statement's facts.
    pub accessibility: AccessibilitySettings,
    /// Offline options.
    pub offline: OfflineSettings,
    /// Which checks a site tunes (`[checks]`).
    pub checks: CheckSettings,
    /// True for the bundled example school: its pages say so, and it may carry the
    /// example's own values, which any other site may not (DESIGN §12).
    pub example: bool,
}

/// The school's contact details; every field may be empty and is then left off pages.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct School {
    /// Postal address.
    pub address: String,
    /// Office phone number.
    pub phone: String,
    /// Office email address.
    pub email: String,
    /// Designated Safeguarding Lead.
    pub dsl: String,
    /// Deputy Designated Safeguarding Lead.
    pub deputy_dsl: String,
    /// The local police force's name.
    pub police_force: String,
    /// The local police force's website.
    pub police_url: String,
    /// The local authority's safeguarding team and how to reach it.
    pub safeguarding_team: String,
}

/// Which way a script runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Urdu, Arabic, ...).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language of the site.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    /// The BCP 47 code, e.g. `pl` or `pa-Arab`; also the URL prefix.
    pub code: String,
    /// The language's name in itself, e.g. `Polski`.
    pub name: String,
    /// Text direction.
    pub dir: Direction,
}

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

/// Facts for the accessibility statement that only the school knows.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccessibilitySettings {
    /// True when config.toml has an `[accessibility]` table: until then the statement is
    /// a draft, without the model's dates or its links to other sites.
    #[serde(skip)]
    pub configured: bool,
    /// `full`, `partial` or `none`: compliance with WCAG 2.2 AA.
    pub compliance: Compliance,
    /// Who to contact about an accessibility problem (email address or URL).
    pub contact: String,
    /// A phone number for accessibility requests; the school's when empty.
    pub phone: String,
    /// Working days to reply to a request.
    pub response_days: Option<u32>,
    /// Known problems, each a sentence, with the criterion and a fix date when known.
    pub issues: Vec<KnownIssue>,
    /// Fixes the school claims would be a disproportionate burden, each with its reason.
    pub disproportionate_burden: Vec<String>,
    /// Content not within the scope of the regulations.
    pub out_of_scope: Vec<String>,
    /// When the statement was first prepared.
    pub prepared: Option<toml::value::Datetime>,
    /// When it was last reviewed.
    pub reviewed: Option<toml::value::Datetime>,
    /// When the site was last tested.
    pub tested: Option<toml::value::Datetime>,
    /// How it was tested, and by whom (one sentence).
    pub test_method: String,
}

/// Compliance status against WCAG 2.2 AA, as the model statement words it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
    /// Fully compliant.
    Full,
    /// Partially compliant (the honest default until the school has tested).
    #[default]
    Partial,
    /// Not compliant.
    None,
}

/// One non-accessible part of the site.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KnownIssue {
    /// What is wrong, for whom.
    pub problem: String,
    /// The WCAG success criterion, e.g. "1.1.1 Non-text content".
    #[serde(default)]
    pub criterion: String,
    /// When it will be fixed.
    #[serde(default)]
    pub fix_by: Option<toml::value::Datetime>,
}

/// Offline options (issue 8).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct OfflineSettings {
    /// Whether to register a service worker that keeps visited pages available offline.
    pub service_worker: bool,
}

/// `[checks]`: how the checks a school may tune report (issue 23).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckSettings {
    /// The reading-level check of lessons and easy-read pages.
    pub reading_level: ReadingLevel,
}

/// How the reading-level check reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReadingLevel {
    /// Warnings that stay warnings under `--strict` (the default: words are the author's call).
    #[default]
    Warn,
    /// Warnings that `--strict` makes errors, like any other.
    Strict,
    /// Not checked.
    Off,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Spanned<String>,
    base_url: Spanned<String>,
    #[serde(default)]
    default_language: Option<Spanned<String>>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    school: School,
    #[serde(default)]
    languages: IndexMap<Spanned<String>, RawLanguage>,
    #[serde(default)]
    ceop: RawUrl,
    #[serde(default)]
    exit: RawUrl,
    #[serde(default)]
    links: RawLinks,
    #[serde(default)]
    accessibility: Option<AccessibilitySettings>,
    #[serde(default)]
    offline: OfflineSettings,
    #[serde(default)]
    checks: CheckSettings,
    #[serde(default)]
    example: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    #[serde(default)]
    name: Option<String>,
    /// Inferred from the code's script when absent (DESIGN §13).
    #[serde(default)]
    dir: Option<Direction>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawUrl {
    url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawLinks {
    #[serde(deserialize_with = "duration")]
    cache_max_age: Duration,
    exclude: Vec<String>,
    #[serde(deserialize_with = "duration")]
    timeout: Duration,
    #[serde(deserialize_with = "duration")]
    max_run: Duration,
    ca_file: Option<Spanned<String>>,
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

impl Config {
    /// Reads and checks `ROOT/config.toml`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join("config.toml");
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                Diagnostic::error("config.toml is not valid UTF-8 text")
                    .in_file("config.toml")
                    .hint("save the file as UTF-8")
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Diagnostic::error(format!(
                    "no config.toml in {}: this folder is not a haven site",
                    root.display()
                ))
                .hint("run haven from your site's folder, pass --root DIR, or make a new site with `haven init DIR`")
                .into());
            }
            Err(e) => return Err(Error::io("read", &path, e)),
        };
        let mut config = Config::parse(&text)?;
        if let Some(ca_file) = &config.links.ca_file {
            config.links.extra_roots = crate::web::certificates::read_ca_file(root, ca_file.get_ref())
                .map_err(|d| d.at_offset("config.toml", &text, ca_file.span().start, 0))?;
        }
        Ok(config)
    }

    /// Parses the text of a `config.toml`.
    pub fn parse(text: &str) -> Result<Config> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| toml_error("config.toml", text, &e, 0))?;
        let at = |span: std::ops::Range<usize>, message: String| -> Error {
            Diagnostic::error(message)
                .at_offset("config.toml", text, span.start, 0)
                .into()
        };

        let title = raw.title.get_ref().trim().to_string();
        if title.is_empty() {
            return Err(at(raw.title.span(), "`title` is empty".into()));
        }
        let base_url = check_base_url(raw.base_url.get_ref()).map_err(|m| at(raw.base_url.span(), m))?;

        let (default_code, default_span) = match &raw.default_language {
            Some(s) => (s.get_ref().clone(), Some(s.span())),
            None => ("en".to_string(), None),
        };
        let languages = collect_languages(&raw.languages, &default_code).map_err(|(span, m)| {
            match span.or(default_span.clone()) {
                Some(span) => at(span, m),
                None => Diagnostic::error(m).in_file("config.toml").into(),
            }
        })?;

        let theme = raw.theme.map_or("default".to_string(), |t| t.into_inner());
        let url_or = |u: &RawUrl, default: &str| -> Result<String> {
            match &u.url {
                Some(s) => check_https(s.get_ref()).map_err(|m| at(s.span(), m)),
                None => Ok(default.to_string()),
            }
        };
        Ok(Config {
            title,
            base_url,
            theme,
            school: raw.school,
            languages,
            ceop_url: url_or(&raw.ceop, DEFAULT_CEOP_URL)?,
            exit_url: url_or(&raw.exit, DEFAULT_EXIT_URL)?,
            links: LinkSettings {
                cache_max_age: raw.links.cache_max_age,
                exclude: raw.links.exclude,
                timeout: raw.links.timeout,
                max_run: raw.links.max_run,
                ca_file: raw.links.ca_file,
                extra_roots: Vec::new(),
            },
            accessibility: raw
                .accessibility
                .map_or_else(AccessibilitySettings::default, |a| AccessibilitySettings {
                    configured: true,
                    ..a
                }),
            offline: raw.offline,
            checks: raw.checks,
            example: raw.example,
        })
    }

    /// The default language.
    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    /// The language with this code, if configured.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// True when `code` is the default language.
    pub fn is_default(&self, code: &str) -> bool {
        self.languages[0].code == code
    }

    /// Codes of the languages other than the default, in config order.
    pub fn other_language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages[1..].iter().map(|l| l.code.as_str())
    }
}

type SpannedMessage = (Option<std::ops::Range<usize>>, String);

fn collect_languages(
    raw: &IndexMap<Spanned<String>, RawLanguage>,
    default_code: &str,
) -> std::result::Result<Vec<Language>, SpannedMessage> {
    let mut languages = Vec::new();
    for (code, lang) in raw {
        check_language_code(code.get_ref()).map_err(|m| (Some(code.span()), m))?;
        languages.push(Language {
            code: code.get_ref().clone(),
            name: lang.name.clone().unwrap_or_else(|| languages::endonym(code.get_ref())),
            dir: lang.dir.unwrap_or_else(|| languages::direction(code.get_ref())),
        });
    }
    if languages.is_empty() {
        check_language_code(default_code).map_err(|m| (None, m))?;
        languages.push(Language {
            code: default_code.to_string(),
            name: languages::endonym(default_code),
            dir: languages::direction(default_code),
        });
    }
    let Some(pos) = languages.iter().position(|l| l.code == default_code) else {
        let known: Vec<_> = languages.iter().map(|l| l.code.as_str()).collect();
        return Err((
            None,
            format!(
                "default_language `{default_code}` has no [languages.{default_code}] table (configured: {}); add one, e.g. [languages.{default_code}] name = \"English\"",
                known.join(", ")
            ),
        ));
    };
    let default = languages.remove(pos);
    languages.insert(0, default);
    Ok(languages)
}

/// Language codes become URL prefixes and `lang` attributes, so they must be valid BCP 47
/// tags and must not clash with haven's own URL prefixes.
fn check_language_code(code: &str) -> std::result::Result<(), String> {
    if matches!(code, "easy" | "eal") {
        return Err(format!(
            "`{code}` cannot be a language code: haven uses /{code}/ for its own pages"
        ));
    }
    let valid = code.parse::<unic_langid::LanguageIdentifier>().is_ok()
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && code.len() <= 16;
    if valid {
        Ok(())
    } else {
        Err(format!(
            "`{code}` is not a language code: use a BCP 47 tag such as `pl`, `ur` or `pa-Arab`"
        ))
    }
}

pub(crate) fn check_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("base_url `{url}` must start with https:// (the address the site is published at)"))?;
    if rest.is_empty() || rest.starts_with('/') || url.chars().any(char::is_whitespace) {
        return Err(format!("base_url `{url}` has no host name"));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

fn check_https(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    if url.starts_with("https://") && url.len() > "https://".len() && !url.chars().any(char::is_whitespace) {
        Ok(url.to_string())
    } else {
        Err(format!("`{url}` must be a full https:// address"))
    }
}

/// Turns a TOML parse error into a diagnostic pointing at the offending line of `file`.
/// `line_offset` is added for TOML that starts part-way into the file (front matter).
pub fn toml_error(file: impl AsRef<Path>, text: &str, err: &toml::de::Error, line_offset: usize) -> Error {
    let message = err.message().trim().to_string();
    let hint = toml_hint(&message);
    let d = Diagnostic::error(message);
    let d = match err.span() {
        Some(span) => d.at_offset(file, text, span.start, line_offset),
        None => d.in_file(file),
    };
    match hint {
        Some(h) => d.hint(h).into(),
        None => d.into(),
    }
}

fn toml_hint(message: &str) -> Option<String> {
    if message.starts_with("unknown variant") {
        Some(format!("{}use one of the values listed above", slip(message)))
    } else if message.starts_with("unknown field") {
        Some(format!(
            "{}remove this key or correct its spelling; the allowed keys are listed above",
            slip(message)
        ))
    } else if message.contains("missing field") {
        Some("add the missing key".into())
    } else if message.contains("invalid type") {
        Some("check the value's type: text needs \"quotes\", dates are written 2026-09-01, lists use [ ]".into())
    } else {
        None
    }
}

/// "did you mean `x`? " for serde's "unknown field `y`, expected one of `x`, `z`".
fn slip(message: &str) -> String {
    let mut quoted = message.split('`').skip(1).step_by(2);
    let Some(word) = quoted.next() else {
        return String::new();
    };
    crate::error::did_you_mean(word, quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_config_gets_defaults() {
        let c = Config::parse("title = \"T\"\nbase_url = \"https://x.sch.uk\"\n").unwrap();
        assert_eq!(c.base_url, "https://x.sch.uk/");
        assert_eq!(c.languages.len(), 1);
        assert_eq!(c.default_language().code, "en");
        assert_eq!(c.ceop_url, DEFAULT_CEOP_URL);
        assert_eq!(c.links.cache_max_age, Duration::from_secs(604_800));
    }

    #[test]
    fn default_language_comes_first() {
        let c = Config::parse(
            "title = \"T\"\nbase_url = \"https://x/\"\n[languages.pl]\nname = \"Polski\"\n[languages.en]\nname = \"English\"\n",
        )
        .unwrap();
        let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "pl"]);
    }

    #[test]
    fn unknown_nested_key_names_key_and_line() {
        let err = Config::parse("title = \"T\"\nbase_url = \"https://x/\"\n[school]\ncolour = 1\n").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("colour"), "{text}");
        assert!(text.contains("config.toml:4"), "{text}");
        let err = Config::parse("title = \"T\"\nbase_url = \"https://x/\"\n[school]\nadress = 1\n").unwrap_err();
        assert!(err.to_string().contains("did you mean `address`?"), "{err}");
    }

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
