//! What one run of haven is asked to do: a small context passed to every stage, apart
//! from the site's own settings (STYLE: the mode is not a config field).

use std::path::PathBuf;

use crate::content::front_matter::Date;
use crate::error::{Diagnostic, Result};

/// Which command is running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// `haven build`: write and publish the site.
    Build,
    /// `haven check`: every check, no site written.
    Check,
    /// `haven serve`: build for the local preview server at this address.
    Serve {
        /// The preview's address, used instead of `base_url`.
        base_url: String,
    },
}

/// Options for one build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// Where the site is written.
    pub output: PathBuf,
    /// "Today", for consent, reviews and Safer Internet Day.
    pub date: Date,
    /// Warnings become errors.
    pub strict: bool,
    /// Links name `index.html`, for opening from disk.
    pub portable: bool,
    /// Never fetch; use the link cache only.
    pub offline: bool,
    /// Show progress bars while checking external links and encoding images, when
    /// standard error is a terminal (never when it is piped).
    pub progress: bool,
    /// Also pack the published (portable) site into this zip file.
    pub zip: Option<PathBuf>,
    /// Which command.
    pub mode: Mode,
}

impl BuildOptions {
    /// Options for building `root` into `root/public` on `date`, nothing else set.
    pub fn new(root: impl Into<PathBuf>, date: Date) -> Self {
        let root = root.into();
        Self {
            output: root.join("public"),
            root,
            date,
            strict: false,
            portable: false,
            offline: false,
            progress: false,
            zip: None,
            mode: Mode::Build,
        }
    }
}

/// Reads `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> std::result::Result<Date, String> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| format!("`{text}` is not a date: write it as YYYY-MM-DD, e.g. 2027-02-09"))
}

/// The build day: `--date`, else `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), else today.
pub fn build_date(flag: Option<&str>) -> Result<Date> {
    if let Some(text) = flag {
        return parse_date(text).map_err(|m| Diagnostic::error(m).into());
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds: i64 = epoch.trim().parse().map_err(|_| {
            Diagnostic::error(format!("SOURCE_DATE_EPOCH=`{epoch}` is not a number of seconds"))
                .hint("set it to a Unix time, e.g. `git log -1 --format=%ct`")
        })?;
        let stamp = jiff::Timestamp::from_second(seconds)
            .map_err(|_| Diagnostic::error(format!("SOURCE_DATE_EPOCH=`{epoch}` is out of range")))?;
        return Ok(stamp.to_zoned(jiff::tz::TimeZone::UTC).date());
    }
    Ok(jiff::Zoned::now().date())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_or_explain() {
        assert_eq!(parse_date("2027-02-09"), Ok(jiff::civil::date(2027, 2, 9)));
        assert!(parse_date("9/2/2027").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2027-02-30").is_err());
    }

    #[test]
    fn flag_wins() {
        assert_eq!(build_date(Some("2026-01-02")).unwrap(), jiff::civil::date(2026, 1, 2));
    }
}
