//! `[extra]` keys with a meaning (DESIGN §4): their types and vocabularies, checked
//! wherever they appear, and read into typed values for templates.

use serde::Serialize;
use toml::{Table, Value};

use super::Kind;
use super::vocabulary::{Band, STRANDS, Topic, list_codes};
use crate::content::front_matter::{Date, toml_date};

/// One `[extra]` key whose value is not allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraProblem {
    /// The key under `[extra]`.
    pub key: String,
    /// What is wrong.
    pub message: String,
    /// What is allowed.
    pub hint: String,
}

fn problem(key: &str, message: String, hint: String) -> ExtraProblem {
    ExtraProblem {
        key: key.to_string(),
        message,
        hint,
    }
}

const DATE_KEYS: [&str; 4] = ["date", "agreed", "published", "review"];
const TEXT_KEYS: [&str; 3] = ["version", "theme", "agreed_by"];
const LIST_KEYS: [&str; 2] = ["objectives", "rules"];

/// Checks every known key of `extra` for a page of `kind`. Unknown keys pass unchecked.
pub fn check(kind: Kind, extra: &Table) -> Vec<ExtraProblem> {
    let mut problems = Vec::new();
    for (key, value) in extra {
        if let Some(p) = check_key(key, value) {
            problems.push(p);
        }
    }
    let folder_band = match kind {
        Kind::Lesson(b) | Kind::Rules(b) | Kind::Band(b) => Some(b),
        _ => None,
    };
    if let (Some(folder), Some(Value::String(code))) = (folder_band, extra.get("band"))
        && Band::from_code(code).is_some_and(|b| b != folder)
    {
        problems.push(problem(
            "band",
            format!("`band = \"{code}\"` does not match the folder `{}`", folder.code()),
            format!(
                "set band = \"{}\" or move the file to the `{code}` folder",
                folder.code()
            ),
        ));
    }
    problems
}

/// "did you mean `ks2`? " when a text value is near one of `codes`.
fn slip(value: &Value, codes: &[&str]) -> String {
    value
        .as_str()
        .map_or_else(String::new, |v| crate::error::did_you_mean(v, codes.iter().copied()))
}

/// "did you mean `contact`? " for each item of a list near one of `codes` but not one.
fn slips(value: &Value, codes: &[&str]) -> String {
    let items = value.as_array().map_or(&[][..], Vec::as_slice);
    let wrong = items.iter().filter(|v| v.as_str().is_none_or(|s| !codes.contains(&s)));
    wrong.map(|v| slip(v, codes)).collect()
}

fn check_key(key: &str, value: &Value) -> Option<ExtraProblem> {
    let bands = || list_codes(Band::ALL.map(Band::code));
    match key {
        "band" => match value.as_str() {
            Some(code) if Band::from_code(code).is_some() => None,
            _ => Some(problem(
                key,
                format!("`band = {value}` is not a band"),
                format!("{}use one of {}", slip(value, &Band::ALL.map(Band::code)), bands()),
            )),
        },
        "topics" => {
            let topics = || list_codes(Topic::ALL.map(Topic::code));
            let ok = value
                .as_array()
                .is_some_and(|items| items.iter().all(|t| t.as_str().and_then(Topic::from_code).is_some()));
            (!ok).then(|| {
                problem(
                    key,
                    format!("`topics = {value}` is not a list of the four Cs"),
                    format!(
                        "{}use a list of {}, e.g. topics = [\"contact\"]",
                        slips(value, &Topic::ALL.map(Topic::code)),
                        topics()
                    ),
                )
            })
        }
        "strand" => match value.as_str() {
            Some(s) if STRANDS.contains(&s) => None,
            _ => Some(problem(
                key,
                format!("`strand = {value}` is not a strand of Education for a Connected World"),
                format!("{}use one of {}", slip(value, &STRANDS), list_codes(STRANDS)),
            )),
        },
        "duration" => match value.as_integer() {
            Some(n) if n > 0 && n <= 24 * 60 => None,
            _ => Some(problem(
                key,
                format!("`duration = {value}` is not a number of minutes"),
                "write whole minutes, e.g. duration = 30".into(),
            )),
        },
        k if LIST_KEYS.contains(&k) => {
            let ok = value.as_array().is_some_and(|items| items.iter().all(Value::is_str));
            (!ok).then(|| {
                problem(
                    key,
                    format!("`{key}` must be a list of text"),
                    format!("write {key} = [\"...\", \"...\"]"),
                )
            })
        }
        k if TEXT_KEYS.contains(&k) => (!value.is_str()).then(|| {
            problem(
                key,
                format!("`{key} = {value}` must be text"),
                format!("write {key} = \"...\""),
            )
        }),
        k if DATE_KEYS.contains(&k) => {
            let ok = value.as_datetime().and_then(toml_date).is_some();
            (!ok).then(|| {
                problem(
                    key,
                    format!("`{key} = {value}` is not a date"),
                    format!("write a bare TOML date, e.g. {key} = 2026-09-01"),
                )
            })
        }
        _ => None,
    }
}

/// A text value of `extra`, when present.
pub fn text<'a>(extra: &'a Table, key: &str) -> Option<&'a str> {
    extra.get(key).and_then(Value::as_str)
}

/// A list-of-text value of `extra`; empty when absent.
pub fn list<'a>(extra: &'a Table, key: &str) -> Vec<&'a str> {
    extra
        .get(key)
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// A date value of `extra`, when present.
pub fn date(extra: &Table, key: &str) -> Option<Date> {
    extra.get(key).and_then(Value::as_datetime).and_then(toml_date)
}

/// The topics of a lesson, in the order the author gave.
pub fn topics(extra: &Table) -> Vec<Topic> {
    list(extra, "topics").into_iter().filter_map(Topic::from_code).collect()
}

/// What a lesson page shows about itself (DESIGN §4, kind `lesson`).
#[derive(Debug, Clone, Serialize)]
pub struct LessonMeta<'a> {
    /// The lesson's band.
    pub band: Band,
    /// Which of the four Cs it covers.
    pub topics: Vec<Topic>,
    /// Its Education for a Connected World strand.
    pub strand: Option<&'a str>,
    /// How long it takes, in minutes.
    pub duration: Option<i64>,
    /// What learners will be able to do.
    pub objectives: Vec<&'a str>,
}

impl<'a> LessonMeta<'a> {
    /// Reads a lesson's checked `[extra]`.
    pub fn read(band: Band, extra: &'a Table) -> Self {
        Self {
            band,
            topics: topics(extra),
            strand: text(extra, "strand"),
            duration: extra.get("duration").and_then(Value::as_integer),
            objectives: list(extra, "objectives"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extra(text: &str) -> Table {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn good_lesson_passes() {
        let e = extra(
            "band = \"ks2\"\ntopics = [\"contact\", \"conduct\"]\nstrand = \"online-bullying\"\nduration = 30\nobjectives = [\"I can\"]\n",
        );
        assert!(check(Kind::Lesson(Band::Ks2), &e).is_empty());
        let meta = LessonMeta::read(Band::Ks2, &e);
        assert_eq!(meta.topics, [Topic::Contact, Topic::Conduct]);
        assert_eq!(meta.duration, Some(30));
    }

    #[test]
    fn each_bad_value_names_its_key() {
        let cases = [
            ("band = \"ks9\"", "band"),
            ("topics = [\"cookies\"]", "topics"),
            ("topics = \"contact\"", "topics"),
            ("strand = \"safety\"", "strand"),
            ("duration = \"30\"", "duration"),
            ("duration = -5", "duration"),
            ("objectives = \"x\"", "objectives"),
            ("rules = [1, 2]", "rules"),
            ("version = 2", "version"),
            ("review = \"2026-01-01\"", "review"),
        ];
        for (text, key) in cases {
            let problems = check(Kind::Page, &extra(text));
            assert_eq!(problems.len(), 1, "{text}");
            assert_eq!(problems[0].key, key, "{text}");
        }
    }

    #[test]
    fn band_must_match_folder() {
        let problems = check(Kind::Lesson(Band::Ks1), &extra("band = \"ks2\""));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("folder"));
    }

    #[test]
    fn unknown_keys_pass() {
        assert!(check(Kind::Lesson(Band::Ks1), &extra("colour = 3")).is_empty());
    }
}
