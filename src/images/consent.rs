//! The image consent register, `data/consent.toml` (DESIGN §7): which pupils may appear
//! in published images, for which uses, and until when. It is read here and never copied
//! to the output.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::config::toml_error;
use crate::content::front_matter::{Date, toml_date};
use crate::error::{Diagnostic, Result};
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

/// Every pupil of the register that could be read, by id.
#[derive(Debug, Clone, Default)]
pub struct ConsentRegister {
    /// Records by id. A record with a mistake is not here (see `left_out`), so an image
    /// showing that pupil can never pass as consented.
    pub pupils: BTreeMap<String, Pupil>,
    /// The ids of records left out for a mistake (its error says which): an image showing
    /// one of them is not reported again, and nothing is published while that error stands.
    pub left_out: BTreeSet<String>,
    /// True when the register itself could not be read, or a record left out has no id
    /// that can be read: then an id that is not in the register may be that record's, and
    /// is not reported as unknown.
    pub ids_lost: bool,
    /// The names in records left out, by id: still never to be published (DESIGN §7 rule
    /// 3), so a name in the output is its own error in the same run.
    pub names_left_out: BTreeMap<String, String>,
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
    /// Reads `ROOT/data/consent.toml` as far as it can, with the error of each pupil's
    /// record left out (DESIGN §12: one finding per cause; every other pupil is still
    /// checked). No file means an empty register (and then every image showing a pupil is
    /// refused). `Err` only when haven itself fails.
    pub fn load(root: &Path) -> Result<(ConsentRegister, Vec<Diagnostic>)> {
        let rel = Path::new(REGISTER);
        if !root.join(rel).exists() {
            return Ok((ConsentRegister::empty(), Vec::new()));
        }
        match read_text(root, rel) {
            Ok(text) => ConsentRegister::read(&text),
            Err(e) => Ok((ConsentRegister::lost(), crate::toml_entries::user_errors(e)?)),
        }
    }

    /// The register of the text of `data/consent.toml`, as [`ConsentRegister::load`].
    pub fn read(text: &str) -> Result<(ConsentRegister, Vec<Diagnostic>)> {
        let parse = |t: &str| toml::from_str::<RegisterFile>(t).map_err(|e| toml_error(REGISTER, t, &e, 0));
        let kept = match crate::toml_entries::parse_leaving_out(text, "[pupil", parse) {
            Ok(kept) => kept,
            Err(e) => return Ok((ConsentRegister::lost(), crate::toml_entries::user_errors(e)?)),
        };
        let mut register = ConsentRegister::empty();
        let mut errors = kept.problems;
        for (id, record) in kept.value.pupil {
            let name = record.get_ref().name.clone();
            match read_pupil(&kept.text, &id, record) {
                Ok(pupil) => {
                    register.pupils.insert(id, pupil);
                }
                Err(found) => {
                    errors.extend(found);
                    if let Some(name) = name {
                        register.names_left_out.insert(id.clone(), name);
                    }
                    register.left_out.insert(id);
                }
            }
        }
        for entry in &kept.left_out {
            let Some(id) = id_of(entry) else {
                register.ids_lost = true;
                continue;
            };
            if let Some(name) = crate::toml_entries::string_in(entry, "name") {
                register.names_left_out.insert(id.clone(), name);
            }
            register.left_out.insert(id);
        }
        // Two records under one id: the one read is not the whole story either, so it is
        // left out too, its name still guarded.
        for id in &register.left_out {
            if let Some(name) = register.pupils.remove(id).and_then(|p| p.name) {
                register.names_left_out.entry(id.clone()).or_insert(name);
            }
        }
        Ok((register, errors))
    }

    fn empty() -> ConsentRegister {
        ConsentRegister {
            file: PathBuf::from(REGISTER),
            ..ConsentRegister::default()
        }
    }

    /// The register in place of one that cannot be read at all: no pupil, none checked.
    fn lost() -> ConsentRegister {
        ConsentRegister {
            ids_lost: true,
            ..ConsentRegister::empty()
        }
    }

    /// The record of a pupil id.
    pub fn get(&self, id: &str) -> Option<&Pupil> {
        self.pupils.get(id)
    }

    /// True when pupil `id`'s record (may have) had a mistake and was left out: its
    /// error stands for every image showing the pupil, which is not checked again.
    pub fn is_left_out(&self, id: &str) -> bool {
        self.left_out.contains(id) || (self.ids_lost && !self.pupils.contains_key(id))
    }
}

/// One pupil's record as read, or the errors that leave it out; `text` is the text it
/// was parsed from (see `toml_entries::Kept::text`).
fn read_pupil(text: &str, id: &str, record: Spanned<RawPupil>) -> std::result::Result<Pupil, Vec<Diagnostic>> {
    let line = crate::error::line_and_column(text, record.span().start).0;
    let raw = record.into_inner();
    let mut problems = Vec::new();
    let mut day = |value: Option<Spanned<Datetime>>, key: &str| {
        let value = value?;
        let parsed = toml_date(value.get_ref()).filter(|_| value.get_ref().time.is_none());
        if parsed.is_none() {
            problems.push(
                Diagnostic::error(format!("`{key}` of pupil {id} is not a day"))
                    .at_offset(REGISTER, text, value.span().start, 0)
                    .hint("write the day without quotes or a time, e.g. 2026-07-31"),
            );
        }
        parsed
    };
    let pupil = Pupil {
        granted: day(raw.granted, "granted"),
        expires: day(raw.expires, "expires"),
        withdrawn: day(raw.withdrawn, "withdrawn"),
        id: id.to_string(),
        name: raw.name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()),
        website: raw.website,
        print: raw.print,
        social: raw.social,
        line,
    };
    match problems.is_empty() {
        true => Ok(pupil),
        false => Err(problems),
    }
}

/// The pupil id in the header of a record's text (`[pupil.P0142]`), when it can be read.
fn id_of(entry: &str) -> Option<String> {
    let header: toml::Table = toml::from_str(entry.lines().next()?.trim()).ok()?;
    let pupils = header.get("pupil")?.as_table()?;
    match pupils.iter().collect::<Vec<_>>()[..] {
        [(id, toml::Value::Table(record))] if record.is_empty() => Some(id.clone()),
        _ => None,
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
    fn a_record_with_a_mistake_is_left_out_and_the_others_read() {
        let text = "[pupil.P1]\nwebsite = true\ngranted = 2025-09-05\nwithdrawn = 2026-01-10\n\n\
                    [pupil.P2]\nwebsite = yes\n\n\
                    [pupil.P3]\nwebsite = true\ngranted = 2025-09-05T10:00:00\n\n\
                    [pupil.P4]\nwebsite = true\ngranted = 2025-09-05\n";
        let (register, errors) = ConsentRegister::read(text).unwrap();
        assert_eq!(errors.len(), 2, "{errors:?}");
        let lines: Vec<_> = errors.iter().map(|d| d.location.as_ref().unwrap().line).collect();
        assert_eq!(lines, [Some(7), Some(11)], "{errors:?}");
        let snippet = errors[1].snippet.as_deref();
        assert_eq!(
            snippet,
            Some("granted = 2025-09-05T10:00:00"),
            "after a record left out"
        );
        assert_eq!(register.pupils.keys().collect::<Vec<_>>(), ["P1", "P4"]);
        assert!(register.get("P2").is_none() && register.get("P3").is_none());
        assert!(register.is_left_out("P2") && register.is_left_out("P3"));
        assert!(!register.is_left_out("P1") && !register.is_left_out("P9"));
        assert!(
            register
                .get("P1")
                .unwrap()
                .consent(Scope::Website, date(2026, 3, 1))
                .is_err()
        );
        let (register, _) = ConsentRegister::read("[pupil.P5]\nname = \"Zara Quill\"\nwebsite = 1\n").unwrap();
        assert_eq!(register.names_left_out["P5"], "Zara Quill", "still guarded");
    }

    #[test]
    fn a_register_that_cannot_be_read_leaves_every_pupil_out() {
        let (register, errors) = ConsentRegister::read("[pupil.P1\nwebsite = true\n").unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(register.pupils.is_empty() && register.is_left_out("P1"));
        let (register, errors) = ConsentRegister::read("[pupil]\nP1 = { website = 3 }\n").unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            register.is_left_out("P1"),
            "an id that cannot be told is not called unknown"
        );
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
