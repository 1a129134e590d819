//! One Fluent file read past its mistakes: each message with a syntax error is one error
//! (file, line, fix) and is left out; the rest of the file still loads.
//!
//! fluent-syntax 0.12 cuts its input at byte offsets when it reports some errors (an
//! invalid `\u` escape just before a letter such as `ś`), which panics inside a
//! character. Fluent's syntax is all ASCII, so the file with each non-ASCII byte replaced
//! by `~` parses the same way, at the same offsets, and cannot be cut inside a character:
//! the real text is parsed only once the entries that copy finds broken are blanked out.

use std::collections::BTreeSet;
use std::ops::Range;

use fluent_bundle::FluentResource;
use fluent_syntax::parser::ParserError;

use crate::error::Diagnostic;
use crate::theme::FtlSource;

/// What a Fluent file gave: its messages (when any could be read), one error per broken
/// entry, and the ids of the broken messages (so nothing that uses them is a second error).
pub(super) struct Read {
    pub(super) resource: Option<FluentResource>,
    pub(super) errors: Vec<Diagnostic>,
    pub(super) broken: BTreeSet<String>,
}

impl Read {
    /// A file without mistakes.
    fn whole(resource: FluentResource) -> Self {
        Read {
            resource: Some(resource),
            errors: Vec::new(),
            broken: BTreeSet::new(),
        }
    }
}

/// The file with each non-ASCII byte replaced by `~`: parsed the same way, at the same
/// offsets, and never cut inside a character.
fn ascii_copy(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii() { char::from(b) } else { '~' })
        .collect()
}

/// Parses one Fluent file, leaving out the entries with syntax errors.
pub(super) fn read(source: &FtlSource) -> Read {
    let ascii = source.text.is_ascii();
    let first = if ascii {
        source.text.clone()
    } else {
        ascii_copy(&source.text)
    };
    // The usual case, a file without mistakes: an ASCII file is then parsed once, another
    // once more as it is; nothing is blanked.
    let errors = match FluentResource::try_new(first) {
        Ok(resource) if ascii => return Read::whole(resource),
        Ok(_) => {
            return Read::whole(FluentResource::try_new(source.text.clone()).unwrap_or_else(|(resource, _)| resource));
        }
        Err((_, errors)) => errors,
    };
    let places: Vec<Range<usize>> = errors
        .iter()
        .map(|e| e.slice.clone().unwrap_or(e.pos.clone()))
        .collect();
    let text = blanked(&source.text, &places);
    // Blanked, the real text has no syntax error left: parsing it cannot panic. If the
    // check says otherwise, the file is left out whole rather than risk it.
    let resource = match FluentResource::try_new(ascii_copy(&text)) {
        Ok(_) => Some(FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource)),
        Err(_) => None,
    };
    let mut seen = BTreeSet::new();
    let mut out = Read {
        resource,
        errors: Vec::new(),
        broken: BTreeSet::new(),
    };
    for (error, place) in errors.iter().zip(&places) {
        if !seen.insert(place.start) {
            continue;
        }
        out.errors.push(syntax_error(source, error, place.start));
        if let Some(id) = message_id(&source.text, place) {
            out.broken.insert(id);
        }
    }
    out
}

/// `text` with every character that touches one of `places` (byte ranges) replaced by
/// spaces of its length, line breaks kept, so the lines and offsets stay as they were.
fn blanked(text: &str, places: &[Range<usize>]) -> String {
    text.char_indices()
        .map(|(i, c)| {
            let end = i + c.len_utf8();
            let touched = places.iter().any(|p| i < p.end && p.start < end);
            match touched && c != '\n' && c != '\r' {
                true => " ".repeat(c.len_utf8()),
                false => c.to_string(),
            }
        })
        .collect()
}

/// The id of the message a broken entry starts (`broken = {`), if it is one.
fn message_id(text: &str, place: &Range<usize>) -> Option<String> {
    let start = place.start.min(text.len());
    let entry = text.get(start..)?;
    let id = entry.split('=').next()?.trim();
    let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| id.to_string())
}

/// One syntax error, placed on the line its broken entry starts.
fn syntax_error(source: &FtlSource, error: &ParserError, at: usize) -> Diagnostic {
    Diagnostic::error(format!("Fluent syntax error: {}", error.kind))
        .at_offset(&source.origin, &source.text, at, 0)
        .hint(
            "each message is `id = text`; continuation lines are indented; see https://projectfluent.org/fluent/guide/",
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_message_is_one_error_and_the_rest_of_the_file_loads() {
        let source = FtlSource {
            origin: "i18n/pl.ftl".into(),
            lang: "pl".into(),
            text: "a = fine\nbroken = { \"unclosed\nb = zażółć\nc = { \"\\u12ś\" }\nd = last\n".into(),
        };
        let read = read(&source);
        let lines: Vec<_> = read.errors.iter().map(|d| d.location.as_ref().unwrap().line).collect();
        assert_eq!(lines, [Some(2), Some(4)], "{:#?}", read.errors);
        assert_eq!(read.broken, BTreeSet::from(["broken".to_string(), "c".to_string()]));
        let resource = read.resource.expect("the rest loads");
        let ids: Vec<_> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["a", "b", "d"]);
    }
}
