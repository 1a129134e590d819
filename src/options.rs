//! What one run of haven is asked to do: a small context passed to every stage, apart
//! from the site's own settings (STYLE: the mode is not a config field). The command
//! carries only the flags it has: `--zip` belongs to `build`, `--offline` to `check`.

use std::path::PathBuf;

use crate::content::front_matter::Date;
use crate::error::{Diagnostic, Result};

/// Which command is running, each with only the flags it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `haven build` (and the studio's Publish): write and publish the site.
    Build {
        /// Where the site is written.
        output: PathBuf,
        /// Warnings become errors.
        strict: bool,
        /// Links name `index.html`, for opening from disk.
        portable: bool,
        /// Also pack the published (portable) site into this zip file.
        zip: Option<PathBuf>,
    },
    /// `haven check`: every check, no site written.
    Check {
        /// Warnings fail the check.
        strict: bool,
        /// Never fetch; use the link cache only.
        offline: bool,
        /// Show a progress bar on the terminal while checking external links.
        progress: bool,
    },
    /// `haven serve` (and the studio's preview): build into memory for the local preview
    /// server at this address.
    Serve {
        /// The preview's address, used instead of `base_url`.
        base_url: String,
    },
}

/// What one run of haven is asked to do: the site, the day, and the command.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// "Today", for consent, reviews and Safer Internet Day.
    pub date: Date,
    /// Which command, with its flags.
    pub command: Command,
}

impl BuildOptions {
    /// Options for running `command` on `root` on `date`.
    pub fn new(root: impl Into<PathBuf>, date: Date, command: Command) -> Self {
        Self {
            root: root.into(),
            date,
            command,
        }
    }

    /// True when warnings stop the build (`--strict`; never for the preview).
    pub fn strict(&self) -> bool {
        matches!(
            self.command,
            Command::Build { strict: true, .. } | Command::Check { strict: true, .. }
        )
    }

    /// True when links name `index.html`, for opening from disk (`--portable`, `--zip`).
    pub fn portable(&self) -> bool {
        matches!(self.command, Command::Build { portable: true, .. })
    }

    /// True for the preview (`haven serve`, the studio): a new site's placeholders warn.
    pub fn preview(&self) -> bool {
        matches!(self.command, Command::Serve { .. })
    }

    /// True when external links are fetched: `haven check` without `--offline`.
    pub fn fetches(&self) -> bool {
        matches!(self.command, Command::Check { offline: false, .. })
    }

    /// True when long work (encoding images, checking external links) shows a progress
    /// bar; it shows only when standard error is a terminal, never when it is piped.
    pub fn progress(&self) -> bool {
        matches!(
            self.command,
            Command::Build { .. } | Command::Check { progress: true, .. }
        )
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
