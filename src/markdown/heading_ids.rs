//! Heading ids: comrak's ids (its `Anchorizer`), made without the anchor link comrak
//! would add, and by bytes for a heading written in ASCII, as nearly all are: comrak
//! lower-cases each heading and looks every character up in Unicode's tables, a
//! hundredth of a 1,000-page build (issue 22). The ids are the same either way (a test
//! holds them to comrak's own).

use std::borrow::Cow;
use std::sync::Mutex;

use comrak::adapters::{HeadingAdapter, HeadingMeta};
use comrak::nodes::Sourcepos;
use rustc_hash::{FxHashMap, FxHashSet};

use super::Heading;

/// Gives one body's headings their ids, and keeps them.
#[derive(Default)]
pub(super) struct HeadingIds {
    anchors: Mutex<Anchors>,
    found: Mutex<Vec<Heading>>,
}

impl HeadingIds {
    /// The headings written, in order.
    pub(super) fn into_headings(self) -> Vec<Heading> {
        self.found.into_inner().unwrap_or_default()
    }
}

impl HeadingAdapter for HeadingIds {
    fn enter(&self, output: &mut dyn std::fmt::Write, heading: &HeadingMeta, _: Option<Sourcepos>) -> std::fmt::Result {
        let id = self
            .anchors
            .lock()
            .map_err(|_| std::fmt::Error)?
            .anchor(&heading.content);
        // One write: comrak's output looks at every piece written to it.
        let mut tag = String::with_capacity(id.len() + 12);
        tag.push_str("<h");
        match heading.level {
            level @ 0..=9 => tag.push(char::from(b'0' + level)),
            level => tag.push_str(&level.to_string()),
        }
        tag.push_str(" id=\"");
        tag.push_str(&id);
        tag.push_str("\">");
        output.write_str(&tag)?;
        self.found.lock().map_err(|_| std::fmt::Error)?.push(Heading {
            level: heading.level,
            id,
            text: heading.content.clone(),
        });
        Ok(())
    }

    fn exit(&self, output: &mut dyn std::fmt::Write, heading: &HeadingMeta) -> std::fmt::Result {
        write!(output, "</h{}>", heading.level)
    }
}

/// The ids given so far in one body, and the next number to try after each repeated one
/// (comrak's rule: `tell-an-adult`, then `tell-an-adult-1`, `tell-an-adult-2`).
#[derive(Default)]
struct Anchors {
    taken: FxHashSet<String>,
    next_number: FxHashMap<String, u32>,
}

impl Anchors {
    /// The id of a heading whose text is `heading`: its [`base_id`], numbered when that is
    /// taken.
    fn anchor(&mut self, heading: &str) -> String {
        let id = base_id(heading);
        let mut number = self.next_number.get(&id).copied().unwrap_or(0);
        let chosen = loop {
            let anchor = match number {
                0 => Cow::Borrowed(id.as_str()),
                n => Cow::Owned(format!("{id}-{n}")),
            };
            if !self.taken.contains(&*anchor) {
                break anchor.into_owned();
            }
            number += 1;
        };
        self.taken.insert(chosen.clone());
        self.next_number.insert(id, number + 1);
        chosen
    }
}

/// A heading's id before numbering: lower case, letters, numbers, marks, `_` and `-` kept,
/// spaces as `-`, anything else left out. In ASCII that is by bytes; otherwise comrak's
/// own, from a fresh anchorizer (which numbers nothing).
fn base_id(heading: &str) -> String {
    if !heading.is_ascii() {
        return comrak::Anchorizer::new().anchorize(heading);
    }
    // Pushed one by one into room for all: collected from an iterator that may skip, the
    // text would be grown as it went (every heading of every page is read here).
    let mut id = String::with_capacity(heading.len());
    for b in heading.bytes() {
        match b {
            b' ' => id.push('-'),
            b'-' | b'_' => id.push(char::from(b)),
            _ if b.is_ascii_alphanumeric() => id.push(char::from(b.to_ascii_lowercase())),
            _ => {}
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_comraks_for_any_heading_and_any_repeat() {
        let pieces = [
            "Tell",
            "an",
            "ADULT",
            "  ",
            "-",
            "_",
            "1",
            "Part 2",
            "Stop!",
            "(Why?)",
            "a-1",
            "Łódź",
            "ÉCOLE",
            "e\u{301}",
            "ہم",
            "\u{200d}",
            "\t",
            "日本",
            "x\u{1f600}",
            "&amp;",
            "İ",
            "ß",
            "Ǆ",
            "٣",
        ];
        // Every heading of one to three pieces, twice over, in one body: repeats and
        // headings whose text looks like a numbered id (`a-1`).
        let mut headings = Vec::new();
        for a in pieces {
            headings.push(a.to_string());
            for b in pieces {
                headings.push(format!("{a}{b}"));
                for c in ["", " ", "-1", "Part 2", "Łódź"] {
                    headings.push(format!("{a} {b}{c}"));
                }
            }
        }
        let mut ours = Anchors::default();
        let mut comraks = comrak::Anchorizer::new();
        for heading in headings.iter().chain(&headings) {
            assert_eq!(ours.anchor(heading), comraks.anchorize(heading), "{heading:?}");
        }
    }
}
