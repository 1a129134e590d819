//! A data file of entries (`[[room]]`, `[[term]]`, `[pupil.x]`) with a mistake in one
//! entry: that entry is left out and the rest read, so one slip does not hide the rest of
//! the file, or the rest of the site, until the next run (issue 18, DESIGN §12 "one
//! finding per cause"). Nothing is published while any error stands, so leaving an entry
//! out only decides what else can still be checked.

use crate::error::{Diagnostic, Error, Result};

/// How many entries one file may have left out before haven stops trying: a file
/// this broken is one mistake, not many.
const MOST_LEFT_OUT: usize = 50;

/// What reading a file of entries gave.
pub(crate) struct Kept<T> {
    /// The file as read with the entries that had a mistake left out.
    pub(crate) value: T,
    /// The text `value` was parsed from: the file with those entries' lines blanked (each
    /// line where it was), so the spans in `value` are places in it, on the lines of the
    /// file as written.
    pub(crate) text: String,
    /// The error of each entry left out, at its line in the file as written.
    pub(crate) problems: Vec<Diagnostic>,
    /// The text of each entry left out (to find, say, a room's name in it).
    pub(crate) left_out: Vec<String>,
}

/// Parses `text` with `parse`. When it fails on a line inside an entry (the lines from a
/// header starting with `header` to the next table header), that entry is blanked (its
/// lines kept, so every other line number stays true) and the rest parsed again. Fails
/// with every error found when a mistake is outside any entry (the file itself cannot be
/// read) or too many entries have one.
pub(crate) fn parse_leaving_out<T>(text: &str, header: &str, parse: impl Fn(&str) -> Result<T>) -> Result<Kept<T>> {
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    let mut problems = Vec::new();
    let mut left_out = Vec::new();
    loop {
        let parsed = lines.join("\n");
        let found = match parse(&parsed) {
            Ok(value) => {
                return Ok(Kept {
                    value,
                    text: parsed,
                    problems,
                    left_out,
                });
            }
            Err(Error::User(found)) => found,
            Err(other) => return Err(other),
        };
        let lines_of: Vec<Option<usize>> = found.iter().map(|d| d.location.as_ref().and_then(|l| l.line)).collect();
        problems.extend(found.into_iter().map(|d| with_written_line(d, text)));
        let entry = lines_of
            .first()
            .copied()
            .flatten()
            .and_then(|line| entry_around(&lines, line.saturating_sub(1), header));
        let Some(entry) = entry.filter(|_| left_out.len() < MOST_LEFT_OUT) else {
            return Err(Error::User(problems));
        };
        left_out.push(lines[entry.clone()].join("\n"));
        for line in &mut lines[entry] {
            line.clear();
        }
    }
}

/// The errors of a data file that cannot be read at all (not UTF-8 text, or a mistake
/// outside any entry), for its loader to give beside an empty value; haven's own failure
/// as it is.
pub(crate) fn user_errors(err: Error) -> Result<Vec<Diagnostic>> {
    match err {
        Error::User(found) => Ok(found),
        other => Err(other),
    }
}

/// The lines (as a range of indexes) of the entry holding line index `at`: from its
/// header to the next table header or the end.
fn entry_around(lines: &[String], at: usize, header: &str) -> Option<std::ops::Range<usize>> {
    let start = (0..=at.min(lines.len().checked_sub(1)?))
        .rev()
        .find(|&i| lines[i].trim_start().starts_with('['))?;
    if !lines[start].trim_start().starts_with(header) {
        return None;
    }
    let end = (start + 1..lines.len())
        .find(|&i| lines[i].trim_start().starts_with('['))
        .unwrap_or(lines.len());
    Some(start..end)
}

/// The diagnostic with its snippet taken from the file as written (it was found in a
/// copy with entries blanked).
fn with_written_line(mut d: Diagnostic, text: &str) -> Diagnostic {
    if let Some(line) = d.location.as_ref().and_then(|l| l.line) {
        d.snippet = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r').to_string());
    }
    d
}

/// The string value of `key = "..."` in an entry's text, when it can be read.
pub(crate) fn string_in(entry: &str, key: &str) -> Option<String> {
    entry.lines().find_map(|line| {
        let table: toml::Table = toml::from_str(line.trim()).ok()?;
        table.get(key)?.as_str().map(String::from)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<toml::Table> {
        toml::from_str(text).map_err(|e| crate::config::toml_error("data/x.toml", text, &e, 0))
    }

    #[test]
    fn an_entry_with_a_mistake_is_left_out_and_the_rest_read() {
        let text = "[[room]]\nname = \"A\"\n\n[[room]]\nname = \"B\nband = 1\n\n[[room]]\nname = \"C\"\n";
        let kept = parse_leaving_out(text, "[[room]]", parse).unwrap();
        let rooms = kept.value["room"].as_array().unwrap();
        let names: Vec<_> = rooms.iter().filter_map(|r| r.get("name")?.as_str()).collect();
        assert_eq!(names, ["A", "C"]);
        assert_eq!(kept.problems.len(), 1);
        let line = kept.problems[0].location.as_ref().unwrap().line;
        assert_eq!(line, Some(5), "{:?}", kept.problems);
        assert_eq!(kept.problems[0].snippet.as_deref(), Some("name = \"B"));
        assert_eq!(string_in(&kept.left_out[0], "band"), None);
    }

    #[test]
    fn a_mistake_outside_any_entry_stops_with_every_error_found() {
        let text = "[[room]]\nname = \"A\"\n[other\n";
        let Err(Error::User(found)) = parse_leaving_out(text, "[[room]]", parse) else {
            panic!("a broken header is the file's own mistake");
        };
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].snippet.as_deref(), Some("[other"));
    }

    #[test]
    fn a_name_is_found_in_an_entry_left_out() {
        assert_eq!(
            string_in("[[room]]\nname = \"ICT suite\"\nband = \"ks9\"", "name").as_deref(),
            Some("ICT suite")
        );
    }
}
