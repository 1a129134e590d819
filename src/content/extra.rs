//! `[extra]` (DESIGN §4): read once, when content is loaded, into a typed [`Extra`] per
//! kind. Every key with a meaning is checked wherever it appears (a `band` on a plain page
//! must still be a band); what a kind uses is kept typed, so nothing later looks keys up by
//! name. Keys haven does not know pass unchecked: themes may read them as `page.extra`.

use std::ops::Range;

use indexmap::IndexMap;
use toml::{Spanned, Value};

use super::front_matter::{Date, toml_date};
use super::kind::Kind;
use super::vocabulary::{Band, STRANDS, Topic, list_codes};

/// The `[extra]` table as written, in the file's order, each value with its place in the
/// front matter. Templates see it as `page.extra`.
pub type ExtraKeys = IndexMap<String, Spanned<Value>>;

/// What a file's `[extra]` says that its kind uses, after a version has inherited the
/// default-language file's keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Extra {
    /// A lesson's card (kind `lesson`).
    Lesson(LessonExtra),
    /// A band's Acceptable Use rules, the text of its posters (kind `rules`).
    Rules(RulesExtra),
    /// A Safer Internet Day's day and theme (the hub and past years).
    Sid(SidExtra),
    /// The home-school agreement's version and day.
    Agreement(AgreementExtra),
    /// A policy's dates and who agreed it.
    Policy(PolicyExtra),
    /// Kinds without `[extra]` keys of their own.
    #[default]
    None,
}

/// A lesson's `[extra]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LessonExtra {
    /// Which of the four Cs it covers, in the author's order.
    pub topics: Vec<Topic>,
    /// Its Education for a Connected World strand.
    pub strand: Option<String>,
    /// How long it takes, in minutes.
    pub duration: Option<i64>,
    /// What learners will be able to do.
    pub objectives: Vec<String>,
}

/// A rules page's `[extra]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RulesExtra {
    /// The band's rules, one a line on the poster.
    pub rules: Vec<String>,
}

/// A Safer Internet Day page's `[extra]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SidExtra {
    /// The day, with its place in the file that wrote it (for the warning once it passed).
    pub date: Option<Spanned<Date>>,
    /// The year's theme.
    pub theme: Option<String>,
}

/// The home-school agreement's `[extra]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgreementExtra {
    /// Its version, e.g. "2026.1".
    pub version: Option<String>,
    /// The day it was agreed.
    pub agreed: Option<Date>,
}

/// A policy's `[extra]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyExtra {
    /// When it was published.
    pub published: Option<Date>,
    /// When it is next reviewed, with its place in the file that wrote it.
    pub review: Option<Spanned<Date>>,
    /// Who agreed it.
    pub agreed_by: Option<String>,
}

impl Extra {
    /// Reads the keys `kind` uses from `keys`, which [`check`] has passed.
    pub fn read(kind: Kind, keys: &ExtraKeys) -> Self {
        match kind {
            Kind::Lesson(_) => Extra::Lesson(LessonExtra {
                topics: list(keys, "topics").into_iter().filter_map(Topic::from_code).collect(),
                strand: text(keys, "strand"),
                duration: keys.get("duration").and_then(|v| v.get_ref().as_integer()),
                objectives: list(keys, "objectives").into_iter().map(str::to_string).collect(),
            }),
            Kind::Rules(_) => Extra::Rules(RulesExtra {
                rules: list(keys, "rules").into_iter().map(str::to_string).collect(),
            }),
            Kind::SidHub | Kind::SidYear(_) => Extra::Sid(SidExtra {
                date: spanned_date(keys, "date"),
                theme: text(keys, "theme"),
            }),
            Kind::Agreement => Extra::Agreement(AgreementExtra {
                version: text(keys, "version"),
                agreed: spanned_date(keys, "agreed").map(Spanned::into_inner),
            }),
            Kind::Policy => Extra::Policy(PolicyExtra {
                published: spanned_date(keys, "published").map(Spanned::into_inner),
                review: spanned_date(keys, "review"),
                agreed_by: text(keys, "agreed_by"),
            }),
            _ => Extra::None,
        }
    }

    /// A lesson's `[extra]`, for lessons.
    pub fn lesson(&self) -> Option<&LessonExtra> {
        match self {
            Extra::Lesson(lesson) => Some(lesson),
            _ => None,
        }
    }

    /// The topics of a lesson; empty for other kinds.
    pub fn topics(&self) -> &[Topic] {
        self.lesson().map_or(&[], |l| &l.topics)
    }

    /// A rules page's rules; empty for other kinds.
    pub fn rules(&self) -> Vec<&str> {
        match self {
            Extra::Rules(r) => r.rules.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }
}

fn text(keys: &ExtraKeys, key: &str) -> Option<String> {
    keys.get(key).and_then(|v| v.get_ref().as_str()).map(str::to_string)
}

fn list<'a>(keys: &'a ExtraKeys, key: &str) -> Vec<&'a str> {
    keys.get(key)
        .and_then(|v| v.get_ref().as_array())
        .map(|items| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn spanned_date(keys: &ExtraKeys, key: &str) -> Option<Spanned<Date>> {
    let value = keys.get(key)?;
    let date = value.get_ref().as_datetime().and_then(toml_date)?;
    Some(Spanned::new(value.span(), date))
}

/// One `[extra]` key whose value is not allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraProblem {
    /// The key under `[extra]`.
    pub key: String,
    /// Where its value is in the front matter.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// What is allowed.
    pub hint: String,
}

/// What is wrong with one value, and what is allowed.
type Wrong = (String, String);

const DATE_KEYS: [&str; 4] = ["date", "agreed", "published", "review"];
const TEXT_KEYS: [&str; 3] = ["version", "theme", "agreed_by"];
const LIST_KEYS: [&str; 2] = ["objectives", "rules"];

/// Checks every known key of `keys` for a page of `kind`. Unknown keys pass unchecked.
pub fn check(kind: Kind, keys: &ExtraKeys) -> Vec<ExtraProblem> {
    let mut problems: Vec<ExtraProblem> = keys
        .iter()
        .filter_map(|(key, value)| {
            let (message, hint) = check_key(key, value.get_ref())?;
            Some(ExtraProblem {
                key: key.clone(),
                span: value.span(),
                message,
                hint,
            })
        })
        .collect();
    let folder_band = match kind {
        Kind::Lesson(b) | Kind::Rules(b) | Kind::Band(b) => Some(b),
        _ => None,
    };
    if let (Some(folder), Some(value)) = (folder_band, keys.get("band"))
        && let Some(code) = value.get_ref().as_str()
        && Band::from_code(code).is_some_and(|b| b != folder)
    {
        problems.push(ExtraProblem {
            key: "band".into(),
            span: value.span(),
            message: format!("`band = \"{code}\"` does not match the folder `{}`", folder.code()),
            hint: format!(
                "set band = \"{}\" or move the file to the `{code}` folder",
                folder.code()
            ),
        });
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

fn check_key(key: &str, value: &Value) -> Option<Wrong> {
    match key {
        "band" => check_band(value),
        "topics" => check_topics(value),
        "strand" => check_strand(value),
        "duration" => check_duration(value),
        k if LIST_KEYS.contains(&k) => {
            let ok = value.as_array().is_some_and(|items| items.iter().all(Value::is_str));
            (!ok).then(|| {
                (
                    format!("`{key}` must be a list of text"),
                    format!("write {key} = [\"...\", \"...\"]"),
                )
            })
        }
        k if TEXT_KEYS.contains(&k) => (!value.is_str()).then(|| {
            (
                format!("`{key} = {value}` must be text"),
                format!("write {key} = \"...\""),
            )
        }),
        k if DATE_KEYS.contains(&k) => {
            let ok = value.as_datetime().and_then(toml_date).is_some();
            (!ok).then(|| {
                (
                    format!("`{key} = {value}` is not a date"),
                    format!("write a bare TOML date, e.g. {key} = 2026-09-01"),
                )
            })
        }
        _ => None,
    }
}

fn check_band(value: &Value) -> Option<Wrong> {
    let codes = Band::ALL.map(Band::code);
    match value.as_str() {
        Some(code) if Band::from_code(code).is_some() => None,
        _ => Some((
            format!("`band = {value}` is not a band"),
            format!("{}use one of {}", slip(value, &codes), list_codes(codes)),
        )),
    }
}

fn check_topics(value: &Value) -> Option<Wrong> {
    let ok = value
        .as_array()
        .is_some_and(|items| items.iter().all(|t| t.as_str().and_then(Topic::from_code).is_some()));
    (!ok).then(|| {
        (
            format!("`topics = {value}` is not a list of the four Cs"),
            format!(
                "{}use a list of {}, e.g. topics = [\"contact\"]",
                slips(value, &Topic::ALL.map(Topic::code)),
                list_codes(Topic::ALL.map(Topic::code))
            ),
        )
    })
}

fn check_strand(value: &Value) -> Option<Wrong> {
    match value.as_str() {
        Some(s) if STRANDS.contains(&s) => None,
        _ => Some((
            format!("`strand = {value}` is not a strand of Education for a Connected World"),
            format!("{}use one of {}", slip(value, &STRANDS), list_codes(STRANDS)),
        )),
    }
}

fn check_duration(value: &Value) -> Option<Wrong> {
    match value.as_integer() {
        Some(n) if n > 0 && n <= 24 * 60 => None,
        _ => Some((
            format!("`duration = {value}` is not a number of minutes"),
            "write whole minutes, e.g. duration = 30".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extra(text: &str) -> ExtraKeys {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn good_lesson_passes() {
        let e = extra(
            "band = \"ks2\"\ntopics = [\"contact\", \"conduct\"]\nstrand = \"online-bullying\"\nduration = 30\nobjectives = [\"I can\"]\n",
        );
        let kind = Kind::Lesson(Band::Ks2);
        assert!(check(kind, &e).is_empty());
        let lesson = Extra::read(kind, &e);
        assert_eq!(lesson.topics(), [Topic::Contact, Topic::Conduct]);
        assert_eq!(lesson.lesson().and_then(|l| l.duration), Some(30));
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

    #[test]
    fn dates_keep_their_place() {
        let e = extra("theme = \"Kind\"\ndate = 2027-02-09\n");
        let Extra::Sid(sid) = Extra::read(Kind::SidHub, &e) else {
            panic!("the hub's extra is a Safer Internet Day's");
        };
        assert_eq!(sid.theme.as_deref(), Some("Kind"));
        assert_eq!(sid.date.map(|d| d.span().start), Some(22));
    }
}
