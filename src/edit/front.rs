//! A page's front matter as form fields built from its kind (DESIGN §4), and the form
//! written back with toml_edit: only the keys whose values changed are touched, each
//! keeping its place, its comments and its spacing; keys the form does not know (unknown
//! `[extra]` keys, say) are never touched. A list written over several lines stays so.

use toml_edit::{Array, DocumentMut, Item, TableLike, Value};

use super::http::Form;
use crate::content::Kind;
use crate::content::vocabulary::{Band, STRANDS, Topic};

/// How a field is entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Text,
    /// A few lines of text, kept as one string.
    Long,
    /// A calendar day (`<input type=date>`), a TOML date.
    Date,
    /// A whole number.
    Number,
    /// Yes or no.
    Check,
    /// One of these codes.
    Choice(Vec<&'static str>),
    /// Any of these codes, as a list.
    Choices(Vec<&'static str>),
    /// A list of strings, one a line.
    Lines,
}

/// One front matter key as a form field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The TOML key.
    pub key: &'static str,
    /// True for keys of `[extra]`.
    pub extra: bool,
    /// The label shown.
    pub label: &'static str,
    /// A short help line, if any.
    pub hint: &'static str,
    /// How it is entered.
    pub input: Input,
}

impl Field {
    fn top(key: &'static str, label: &'static str, hint: &'static str, input: Input) -> Field {
        Field {
            key,
            extra: false,
            label,
            hint,
            input,
        }
    }

    fn extra(key: &'static str, label: &'static str, hint: &'static str, input: Input) -> Field {
        Field {
            extra: true,
            ..Field::top(key, label, hint, input)
        }
    }

    /// The form field's name: `title`, `extra.band`.
    pub fn name(&self) -> String {
        match self.extra {
            true => format!("extra.{}", self.key),
            false => self.key.to_string(),
        }
    }
}

/// The fields of a file of `kind`; `main` is true for the default-language standard file,
/// the one whose `[extra]` the other versions inherit (they show the common fields only).
pub fn fields(kind: Kind, main: bool) -> Vec<Field> {
    let mut list = vec![
        Field::top(
            "title",
            "Title",
            "Every version of a page needs its own title.",
            Input::Text,
        ),
        Field::top(
            "description",
            "Description",
            "One sentence for lists and search.",
            Input::Long,
        ),
    ];
    if !main {
        return list;
    }
    list.extend([
        Field::top("date", "Date", "", Input::Date),
        Field::top(
            "weight",
            "Order in its section",
            "Lower numbers come first.",
            Input::Number,
        ),
        Field::top("draft", "Draft (never published)", "", Input::Check),
    ]);
    list.extend(extra_fields(kind));
    list
}

/// The `[extra]` fields of a file of `kind`, in the order the form shows them.
fn extra_fields(kind: Kind) -> Vec<Field> {
    let bands = Band::ALL.map(Band::code).to_vec();
    match kind {
        Kind::Lesson(_) => vec![
            Field::extra(
                "band",
                "Age band",
                "It must match the lesson's folder.",
                Input::Choice(bands),
            ),
            Field::extra(
                "topics",
                "Topics (the four Cs)",
                "",
                Input::Choices(Topic::ALL.map(Topic::code).to_vec()),
            ),
            Field::extra(
                "strand",
                "Strand (Education for a Connected World)",
                "",
                Input::Choice(STRANDS.to_vec()),
            ),
            Field::extra("duration", "Duration in minutes", "", Input::Number),
            Field::extra("objectives", "Objectives", "One objective a line.", Input::Lines),
        ],
        Kind::Rules(_) => vec![Field::extra(
            "rules",
            "Rules",
            "One rule a line, as the poster shows them.",
            Input::Lines,
        )],
        Kind::Policy => vec![
            Field::extra("published", "Published", "", Input::Date),
            Field::extra(
                "review",
                "Next review",
                "A review date that has passed is a warning.",
                Input::Date,
            ),
            Field::extra("agreed_by", "Agreed by", "", Input::Text),
        ],
        Kind::SidHub | Kind::SidYear(_) => vec![
            Field::extra("date", "The day", "", Input::Date),
            Field::extra("theme", "Theme", "", Input::Text),
        ],
        Kind::Agreement => vec![
            Field::extra("version", "Version", "", Input::Text),
            Field::extra("agreed", "Agreed", "", Input::Date),
        ],
        _ => Vec::new(),
    }
}

/// A field's value, compared by meaning rather than by how it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// A string.
    Text(String),
    /// A whole number.
    Number(i64),
    /// Yes or no.
    Flag(bool),
    /// A TOML date, as written (`2026-09-01`).
    Day(String),
    /// A list of strings.
    List(Vec<String>),
}

fn table<'d>(doc: &'d DocumentMut, field: &Field) -> Option<&'d dyn TableLike> {
    match field.extra {
        true => doc.get("extra").and_then(Item::as_table_like),
        false => Some(doc.as_table()),
    }
}

/// The value the file holds for `field`, if it holds one of a kind the field can show.
pub fn current(doc: &DocumentMut, field: &Field) -> Option<Wanted> {
    let value = table(doc, field)?.get(field.key)?.as_value()?;
    Some(match value {
        Value::String(s) => Wanted::Text(s.value().clone()),
        Value::Integer(i) => Wanted::Number(*i.value()),
        Value::Boolean(b) => Wanted::Flag(*b.value()),
        Value::Datetime(d) => Wanted::Day(d.value().to_string()),
        Value::Array(a) => Wanted::List(a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()),
        _ => return None,
    })
}

/// What the form asks for `field`: `Ok(None)` to leave the key out.
fn wanted(field: &Field, form: &Form) -> Result<Option<Wanted>, String> {
    let name = field.name();
    let text = form.get(&name).unwrap_or("").trim();
    let list = |items: Vec<String>| Ok((!items.is_empty()).then_some(Wanted::List(items)));
    match &field.input {
        Input::Text | Input::Long if text.is_empty() => Ok(None),
        Input::Text | Input::Long => Ok(Some(Wanted::Text(text.replace("\r\n", "\n")))),
        Input::Date if text.is_empty() => Ok(None),
        Input::Date => match crate::options::parse_date(text) {
            Ok(day) => Ok(Some(Wanted::Day(day.to_string()))),
            Err(_) => Err(format!(
                "{}: `{text}` is not a date; write it as YYYY-MM-DD",
                field.label
            )),
        },
        Input::Number if text.is_empty() => Ok(None),
        Input::Number => text
            .parse()
            .map(|n| Some(Wanted::Number(n)))
            .map_err(|_| format!("{}: `{text}` is not a whole number", field.label)),
        Input::Check => Ok(Some(Wanted::Flag(!text.is_empty()))),
        Input::Choice(_) if text.is_empty() => Ok(None),
        Input::Choice(codes) if codes.contains(&text) => Ok(Some(Wanted::Text(text.to_string()))),
        Input::Choice(codes) => Err(format!("{}: `{text}` is not one of {}", field.label, codes.join(", "))),
        Input::Choices(codes) => {
            let picked: Vec<String> = form
                .all(&name)
                .into_iter()
                .filter(|c| codes.contains(c))
                .map(str::to_string)
                .collect();
            list(picked)
        }
        Input::Lines => list(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
        ),
    }
}

/// The TOML value for a wanted value.
fn to_value(wanted: &Wanted) -> Value {
    match wanted {
        Wanted::Text(s) => Value::from(s.as_str()),
        Wanted::Number(n) => Value::from(*n),
        Wanted::Flag(b) => Value::from(*b),
        Wanted::Day(d) => d
            .parse::<toml_edit::Datetime>()
            .map_or_else(|_| Value::from(d.as_str()), Value::from),
        Wanted::List(items) => Value::Array(items.iter().map(String::as_str).collect::<Array>()),
    }
}

/// `value` written the way `old` was: a list over several lines stays over several lines,
/// and the value keeps the spacing and comment around it.
fn shaped_like(old: &Value, mut value: Value) -> Value {
    if let (Value::Array(before), Value::Array(after)) = (old, &mut value)
        && before.to_string().contains('\n')
    {
        let indent = before
            .get(0)
            .and_then(|v| v.decor().prefix())
            .and_then(|p| p.as_str())
            .filter(|p| p.contains('\n'))
            .unwrap_or("\n  ")
            .to_string();
        for item in after.iter_mut() {
            item.decor_mut().set_prefix(indent.clone());
            item.decor_mut().set_suffix("");
        }
        after.set_trailing_comma(true);
        after.set_trailing("\n");
    }
    *value.decor_mut() = old.decor().clone();
    value
}

/// Puts the form's values into `doc`, touching only the keys whose values changed.
/// Returns the problems found in the form (nothing is changed when there are any).
pub fn apply(doc: &mut DocumentMut, fields: &[Field], form: &Form) -> Result<(), Vec<String>> {
    let mut changes = Vec::new();
    let mut problems = Vec::new();
    for field in fields {
        match wanted(field, form) {
            Ok(value) if value != current(doc, field) => changes.push((field, value)),
            Ok(_) => {}
            Err(problem) => problems.push(problem),
        }
    }
    if form.get("title").is_some_and(|t| t.trim().is_empty()) {
        problems.push("Title: every page needs a title".into());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (field, value) in changes {
        // A checkbox left clear on a key the file never had adds nothing.
        if value == Some(Wanted::Flag(false)) && current(doc, field).is_none() {
            continue;
        }
        let target: &mut dyn TableLike = match field.extra {
            true => match doc.entry("extra").or_insert(toml_edit::table()).as_table_like_mut() {
                Some(t) => t,
                None => continue,
            },
            false => doc.as_table_mut(),
        };
        match (value, target.get_mut(field.key).and_then(Item::as_value_mut)) {
            (None, _) => {
                target.remove(field.key);
            }
            (Some(value), Some(old)) => *old = shaped_like(old, to_value(&value)),
            (Some(value), None) => {
                target.insert(field.key, Item::Value(to_value(&value)));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = "# The lesson's card\ntitle = \"Passwords\"   # shown as the h1\nweight = 2\n\n[extra]\nband = \"ks2\"\ntopics = [\"conduct\"]\nobjectives = [\n    \"Say why passwords matter\",\n    \"Make a strong one\",\n]\nmascot = \"owl\" # a key haven does not know\n";

    fn form(pairs: &[(&str, &str)]) -> Form {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        Form::parse(body.as_bytes())
    }

    fn lesson_fields() -> Vec<Field> {
        fields(Kind::Lesson(Band::Ks2), true)
    }

    #[test]
    fn an_unchanged_form_changes_nothing() {
        let mut doc: DocumentMut = LESSON.parse().unwrap();
        let same = form(&[
            ("title", "Passwords"),
            ("weight", "2"),
            ("extra.band", "ks2"),
            ("extra.topics", "conduct"),
            ("extra.objectives", "Say why passwords matter\r\nMake a strong one\r\n"),
        ]);
        apply(&mut doc, &lesson_fields(), &same).unwrap();
        assert_eq!(doc.to_string(), LESSON);
    }

    #[test]
    fn changed_keys_keep_their_comments_and_layout() {
        let mut doc: DocumentMut = LESSON.parse().unwrap();
        let edited = form(&[
            ("title", "Strong passwords"),
            ("weight", "2"),
            ("extra.band", "ks2"),
            ("extra.topics", "conduct"),
            ("extra.topics", "contact"),
            ("extra.duration", "30"),
            (
                "extra.objectives",
                "Say why passwords matter\nMake a strong one\nKeep it secret",
            ),
        ]);
        apply(&mut doc, &lesson_fields(), &edited).unwrap();
        let text = doc.to_string();
        assert!(
            text.starts_with("# The lesson's card\ntitle = \"Strong passwords\"   # shown as the h1\n"),
            "{text}"
        );
        assert!(text.contains("topics = [\"conduct\", \"contact\"]"), "{text}");
        assert!(
            text.contains("objectives = [\n    \"Say why passwords matter\",\n    \"Make a strong one\",\n    \"Keep it secret\",\n]"),
            "{text}"
        );
        assert!(text.contains("mascot = \"owl\" # a key haven does not know"), "{text}");
        assert!(text.contains("duration = 30"), "{text}");
    }

    #[test]
    fn bad_values_are_refused_and_nothing_changes() {
        let mut doc: DocumentMut = LESSON.parse().unwrap();
        let bad = form(&[
            ("title", " "),
            ("extra.band", "ks9"),
            ("weight", "two"),
            ("date", "1/2/2026"),
        ]);
        let problems = apply(&mut doc, &lesson_fields(), &bad).unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert_eq!(doc.to_string(), LESSON);
    }

    #[test]
    fn cleared_fields_leave_the_file_and_new_ones_join_it() {
        let mut doc: DocumentMut = "title = \"A\"\n".parse().unwrap();
        let edited = form(&[("title", "A"), ("date", "2026-09-01"), ("extra.band", "ks1")]);
        apply(&mut doc, &lesson_fields(), &edited).unwrap();
        assert_eq!(
            doc.to_string(),
            "title = \"A\"\ndate = 2026-09-01\n\n[extra]\nband = \"ks1\"\n"
        );
        apply(&mut doc, &lesson_fields(), &form(&[("title", "A")])).unwrap();
        assert_eq!(doc.to_string(), "title = \"A\"\n\n[extra]\n");
    }
}
