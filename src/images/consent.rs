//! The image consent register, `data/consent.toml` (DESIGN §7): which pupils may appear
//! in published images, for which uses, and until when. It is read here and never copied
//! to the output.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::config::toml_error;
use crate::content::front_matter::{Date, toml_date};
use crate::error::{Diagnostic, Problems, Result};
use crate::files::read_text;

/// Where the register lives in a site.
pub const REGISTER: &str = "data/consent.toml";

/// A use of a pupil's image that consent is given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// On the website.
    Website,
    /// On paper: posters and printable pages.
    Print,
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Scope::Website => "website",
            Scope::Print => "print",
        })
    }
}

/// Why a pupil's consent is not current on the build day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lapse {
    /// The scope is false or absent.
    NotGiven,
    /// The register has no `granted` day.
    NoGrantDate,
    /// Granted on a day after the build day.
    NotYet(Date),
    /// `expires` is before the build day.
    Expired(Date),
    /// Withdrawn (which wins over everything).
    Withdrawn(Date),
}

impl Lapse {
    /// The reason in words, for error messages: "whose consent was withdrawn on ...".
    pub fn describe(self, scope: Scope) -> String {
        match self {
            Lapse::NotGiven => format!("who has no {scope} consent in {REGISTER}"),
            Lapse::NoGrantDate => format!("whose record in {REGISTER} has no `granted` date"),
            Lapse::NotYet(day) => format!("whose consent is only granted from {day}"),
            Lapse::Expired(day) => format!("whose consent expired on {day}"),
            Lapse::Withdrawn(day) => format!("whose consent was withdrawn on {day}"),
        }
    }
}

/// One pupil's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pupil {
    /// The register id (`P0142`).
    pub id: String,
    /// The pupil's name, used only to make sure it never appears in the output.
    pub name: Option<String>,
    /// Consent for the website.
    pub website: bool,
    /// Consent for print.
    pub print: bool,
    /// Consent for social media (recorded; haven publishes nothing there).
    pub social: bool,
    /// The day consent was given.
    pub granted: Option<Date>,
    /// The last day consent holds.
    pub expires: Option<Date>,
    /// The day consent was withdrawn.
    pub withdrawn: Option<Date>,
    /// The line of the record's `[pupil.ID]` header in the register.
    pub line: usize,
}

impl Pupil {
    /// Whether consent for `scope` is current on `day`: the scope is true, `granted` <= day,
    /// day <= `expires` (if set), and there is no `withdrawn`.
    pub fn consent(&self, scope: Scope, day: Date) -> std::result::Result<(), Lapse> {
        if let Some(withdrawn) = self.withdrawn {
            return Err(Lapse::Withdrawn(withdrawn));
        }
        let given = match scope {
            Scope::Website => self.website,
            Scope::Print => self.print,
        };
        if !given {
            return Err(Lapse::NotGiven);
        }
        match self.granted {
            None => return Err(Lapse::NoGrantDate),
            Some(granted) if granted > day => return Err(Lapse::NotYet(granted)),
            Some(_) => {}
        }
        match self.expires {
            Some(expires) if day > expires => Err(Lapse::Expired(expires)),
            _ => Ok(()),
        }
    }
}

/// Every pupil of the register, by id.
#[derive(Debug, Clone, Default)]
pub struct ConsentRegister {
    /// Records by id.
    pub pupils: BTreeMap<String, Pupil>,
    /// The register file, for error locations.
    pub file: PathBuf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegisterFile {
    #[serde(default)]
    pupil: BTreeMap<String, Spanned<RawPupil>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPupil {
    name: Option<String>,
    #[serde(default)]
    website: bool,
    #[serde(default)]
    print: bool,
    #[serde(default)]
    social: bool,
    granted: Option<Spanned<Datetime>>,
    expires: Option<Spanned<Datetime>>,
    withdrawn: Option<Spanned<Datetime>>,
}

impl ConsentRegister {
    /// Reads `ROOT/data/consent.toml`; no file means an empty register (and then every
    /// image showing a pupil is refused).
    pub fn load(root: &Path) -> Result<ConsentRegister> {
        let rel = Path::new(REGISTER);
        if !root.join(rel).exists() {
            return Ok(ConsentRegister {
                file: rel.to_path_buf(),
                ..ConsentRegister::default()
            });
        }
        let text = read_text(root, rel)?;
        let raw: RegisterFile = toml::from_str(&text).map_err(|e| toml_error(rel, &text, &e, 0))?;
        let mut problems = Problems::new();
        let mut pupils = BTreeMap::new();
        for (id, record) in raw.pupil {
            let line = crate::error::line_and_column(&text, record.span().start).0;
            let raw = record.into_inner();
            let mut day = |value: Option<Spanned<Datetime>>, key: &str| {
                let value = value?;
                let parsed = toml_date(value.get_ref()).filter(|_| value.get_ref().time.is_none());
                if parsed.is_none() {
                    problems.push(
                        Diagnostic::error(format!("`{key}` of pupil {id} is not a day"))
                            .at_offset(rel, &text, value.span().start, 0)
                            .hint("write the day without quotes or a time, e.g. 2026-07-31"),
                    );
                }
                parsed
            };
            let pupil = Pupil {
                granted: day(raw.granted, "granted"),
                expires: day(raw.expires, "expires"),
                withdrawn: day(raw.withdrawn, "withdrawn"),
                id: id.clone(),
                name: raw.name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()),
                website: raw.website,
                print: raw.print,
                social: raw.social,
                line,
            };
            pupils.insert(id, pupil);
        }
        problems.finish()?;
        Ok(ConsentRegister {
            pupils,
            file: rel.to_path_buf(),
        })
    }

    /// The record of a pupil id.
    pub fn get(&self, id: &str) -> Option<&Pupil> {
        self.pupils.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn pupil() -> Pupil {
        Pupil {
            id: "P1".into(),
            name: None,
            website: true,
            print: false,
            social: false,
            granted: Some(date(2025, 9, 5)),
            expires: Some(date(2026, 7, 31)),
            withdrawn: None,
            line: 1,
        }
    }

    #[test]
    fn consent_is_current_between_granted_and_expires_inclusive() {
        let p = pupil();
        assert_eq!(p.consent(Scope::Website, date(2025, 9, 5)), Ok(()));
        assert_eq!(p.consent(Scope::Website, date(2026, 7, 31)), Ok(()));
        assert_eq!(
            p.consent(Scope::Website, date(2026, 8, 1)),
            Err(Lapse::Expired(date(2026, 7, 31)))
        );
        assert_eq!(
            p.consent(Scope::Website, date(2025, 9, 4)),
            Err(Lapse::NotYet(date(2025, 9, 5)))
        );
        assert_eq!(p.consent(Scope::Print, date(2026, 1, 1)), Err(Lapse::NotGiven));
    }

    #[test]
    fn withdrawal_wins_over_everything() {
        let p = Pupil {
            withdrawn: Some(date(2027, 1, 1)),
            ..pupil()
        };
        assert_eq!(
            p.consent(Scope::Website, date(2026, 1, 1)),
            Err(Lapse::Withdrawn(date(2027, 1, 1)))
        );
        assert!(p.consent(Scope::Print, date(2026, 1, 1)).is_err());
    }
}
