//! Rooms (`data/rooms.toml`, DESIGN §5): every room gets its band's Acceptable Use poster
//! in each of its languages.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::config::{Config, toml_error};
use crate::content::{Band, Kind, Library, Variant, slugify};
use crate::error::{Diagnostic, Problems, Result};
use crate::files::read_text;

/// The paper a room's poster is printed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Paper {
    /// 210 x 297 mm, portrait.
    #[default]
    A4,
    /// 297 x 420 mm, portrait.
    A3,
}

/// A room of the school, from `data/rooms.toml`.
#[derive(Debug, Clone, Serialize)]
pub struct Room {
    /// The room's name, e.g. "Computing suite".
    pub name: String,
    /// The name as a URL segment.
    pub slug: String,
    /// Whose rules hang in it.
    pub band: Band,
    /// The languages its posters are printed in; the default language when not given.
    pub languages: Vec<String>,
    /// The paper size.
    pub paper: Paper,
    /// The URL segments of the room's old names (`aliases = ["Old name"]`): their
    /// posters' QR codes hang on walls, so each old address redirects to the new one.
    pub aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoomsFile {
    #[serde(default)]
    room: Vec<RawRoom>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoom {
    name: toml::Spanned<String>,
    band: Band,
    #[serde(default)]
    languages: Option<toml::Spanned<Vec<String>>>,
    #[serde(default)]
    paper: Paper,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Where the rooms are listed.
const ROOMS: &str = "data/rooms.toml";

/// What `data/rooms.toml` gave: every room that could be read, beside the errors of
/// the others (each left out, its posters not made).
#[derive(Debug, Default)]
pub struct Rooms {
    /// The rooms read.
    pub rooms: Vec<Room>,
    /// The error of each room left out, or of the file when it cannot be read at all.
    pub errors: Vec<Diagnostic>,
    /// The URL segments of the rooms left out, so links to their posters are not
    /// reported again; `None` for a room whose name cannot be read, or the whole file.
    pub left_out: Vec<Option<String>>,
}

impl Rooms {
    /// No rooms: the file cannot be read at all, for these reasons.
    fn unreadable(errors: Vec<Diagnostic>) -> Rooms {
        Rooms {
            rooms: Vec::new(),
            errors,
            left_out: vec![None],
        }
    }
}

/// Reads `ROOT/data/rooms.toml` as far as it can; no file means no rooms. `Err` only
/// when haven itself fails.
pub fn load_rooms(root: &Path, config: &Config) -> Result<Rooms> {
    if !root.join(ROOMS).exists() {
        return Ok(Rooms::default());
    }
    match read_text(root, Path::new(ROOMS)) {
        Ok(text) => read_rooms(&text, config),
        Err(e) => Ok(Rooms::unreadable(crate::toml_entries::user_errors(e)?)),
    }
}

/// The rooms of the text of `data/rooms.toml`, as [`load_rooms`].
pub fn read_rooms(text: &str, config: &Config) -> Result<Rooms> {
    let parse = |t: &str| toml::from_str::<RoomsFile>(t).map_err(|e| toml_error(ROOMS, t, &e, 0));
    let kept = match crate::toml_entries::parse_leaving_out(text, "[[room]]", parse) {
        Ok(kept) => kept,
        Err(e) => return Ok(Rooms::unreadable(crate::toml_entries::user_errors(e)?)),
    };
    let (rooms, problems, mut left_out) = check_rooms(kept.value, &kept.text, config);
    let mut errors = kept.problems;
    errors.extend(problems.into_vec());
    left_out.extend(
        kept.left_out
            .iter()
            .map(|entry| crate::toml_entries::string_in(entry, "name").map(|n| slugify(&n))),
    );
    Ok(Rooms {
        rooms,
        errors,
        left_out,
    })
}

/// Checks each room read; a room with a mistake is left out (its URL segment, when
/// it has a name, in the third list).
fn check_rooms(file: RoomsFile, text: &str, config: &Config) -> (Vec<Room>, Problems, Vec<Option<String>>) {
    let rel = Path::new(ROOMS);
    let mut problems = Problems::new();
    let mut rooms: Vec<Room> = Vec::new();
    let mut gone = Vec::new();
    for raw in file.room {
        let at = |span: std::ops::Range<usize>, m: String, h: &str| {
            Diagnostic::error(m).at_offset(rel, text, span.start, 0).hint(h)
        };
        let slug = slugify(raw.name.get_ref());
        if raw.name.get_ref().trim().is_empty() {
            problems.push(at(
                raw.name.span(),
                "a room has an empty name".into(),
                "give every room a name",
            ));
            continue;
        }
        if rooms.iter().any(|r| r.slug == slug) {
            problems.push(at(
                raw.name.span(),
                format!(
                    "two rooms are called `{}` (their posters would share /posters/{slug}/)",
                    raw.name.get_ref()
                ),
                "give every room a different name",
            ));
            continue;
        }
        let languages = match room_languages(raw.languages, raw.name.get_ref(), config) {
            Ok(languages) => languages,
            Err((span, message, hint)) => {
                problems.push(at(span, message, &hint));
                gone.push(Some(slug));
                continue;
            }
        };
        rooms.push(Room {
            name: raw.name.into_inner(),
            slug,
            band: raw.band,
            languages,
            paper: raw.paper,
            aliases: raw
                .aliases
                .iter()
                .map(|a| slugify(a))
                .filter(|a| !a.is_empty())
                .collect(),
        });
    }
    (rooms, problems, gone)
}

/// A problem at a place in `data/rooms.toml`: the place, what is wrong, how to fix it.
type RoomProblem = (std::ops::Range<usize>, String, String);

/// The languages of room `name`'s posters: those it asks for, which must be the site's,
/// or the default language.
fn room_languages(
    asked: Option<toml::Spanned<Vec<String>>>,
    name: &str,
    config: &Config,
) -> std::result::Result<Vec<String>, RoomProblem> {
    let Some(langs) = asked else {
        return Ok(vec![config.default_language().code.clone()]);
    };
    if let Some(bad) = langs.get_ref().iter().find(|l| config.language(l).is_none()) {
        let known: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        return Err((
            langs.span(),
            format!("room `{name}` asks for language `{bad}`, which is not in config.toml"),
            format!(
                "use the site's languages ({}) or add [languages.{bad}] to config.toml",
                known.join(", ")
            ),
        ));
    }
    Ok(langs.into_inner())
}

/// The characters of an HTML fragment's text, tags left out.
fn text_length(html: &str) -> usize {
    let mut in_tag = false;
    html.chars()
        .filter(|c| {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ => return !in_tag,
            }
            false
        })
        .count()
}

/// How much a poster says: the characters of its rules and introduction, each rule also
/// counting for the space between rules.
fn amount_of_text(rules: &[&str], intro_html: &str) -> usize {
    rules.iter().map(|r| r.chars().count() + 40).sum::<usize>() + text_length(intro_html)
}

/// How large a poster's type can be and still fit one sheet: `roomy`, `standard`,
/// `compact` or `dense` (the theme's `posters.css` sizes each).
pub fn text_size(rules: &[&str], intro_html: &str) -> &'static str {
    match amount_of_text(rules, intro_html) {
        0..=500 => "roomy",
        501..=800 => "standard",
        801..=1100 => "compact",
        _ => "dense",
    }
}

/// The most text (see [`amount_of_text`]) that fits one sheet in the smallest type; the
/// theme cuts off what does not fit rather than spill onto a second sheet.
const MOST_TEXT: usize = 1400;

/// A warning for every rules file, in every language, that says more than one poster
/// sheet holds.
pub fn overfull(library: &Library) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for page in library.pages.values().filter(|p| matches!(p.kind, Kind::Rules(_))) {
        for file in page.versions.iter().filter(|f| f.variant == Variant::Standard) {
            let rules = file.front.extra.rules();
            // The Markdown's length is close enough to its text's for a warning.
            let amount = amount_of_text(&rules, "") + file.body.trim().chars().count();
            if amount > MOST_TEXT {
                found.push(
                    Diagnostic::warning(format!(
                        "these rules are too long for one poster sheet ({amount} of about {MOST_TEXT} characters): printed, the end would be cut off"
                    ))
                    .in_file(&file.source)
                    .hint("shorten the rules or the text above them, or keep the details on another page"),
                );
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistake_after_a_room_left_out_is_named_on_its_own_line() {
        let config = Config::parse("title = \"T\"\nbase_url = \"https://x/\"\n").unwrap();
        let text = "[[room]]\nname = \"A\nband = \"ks2\"\n\n\
                    [[room]]\nname = \"B\"\nband = \"ks2\"\nlanguages = [\"xx\"]\n\n\
                    [[room]]\nname = \"C\"\nband = \"ks2\"\n";
        let read = read_rooms(text, &config).unwrap();
        let names: Vec<&str> = read.rooms.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["C"]);
        assert_eq!(read.errors.len(), 2, "{:?}", read.errors);
        assert_eq!(read.errors[1].location.as_ref().unwrap().line, Some(8));
        assert_eq!(read.errors[1].snippet.as_deref(), Some("languages = [\"xx\"]"));
        assert_eq!(read.left_out, [Some("b".to_string()), None]);
    }

    #[test]
    fn more_words_make_smaller_type() {
        assert_eq!(text_size(&["Be kind."], "<p>We agree.</p>"), "roomy");
        let long = "I keep my passwords private and only ever log in as myself, every time.";
        assert_eq!(text_size(&[long; 6], ""), "standard");
        assert_eq!(text_size(&[long; 9], "<p>x</p>"), "compact");
        assert_eq!(text_size(&[long; 20], ""), "dense");
    }
}
