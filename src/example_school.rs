//! The example school's own values (DESIGN §12), which a real school's site must never
//! publish: its base URL and domain, its name and address, its staff, its phone number, its
//! register's test pupils, and the marked placeholders `haven init` leaves for the school
//! to fill in. A site whose config.toml says `example = true` is the example and may carry
//! them; any other site that still does fails to build, one error per value and line.
//!
//! Only these exact values count: a reserved test domain (`.example`, `.test`) or an
//! invented name in a real school's site is the school's own business.

use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Library, PageFile};
use crate::error::{Diagnostic, Problems, Result};
use crate::files::walk_files;

/// What `haven init` writes where the school has a value to fill in.
pub const FILL_IN: &str = "FILL IN:";

/// The example school's base URL, which its posters' QR codes point at.
pub const BASE_URL: &str = "https://www.harbourlane.sch.uk/online-safety/";

/// One value of the example school: the text, what it is, and how to replace it.
pub struct ExampleValue {
    /// The exact text.
    pub text: &'static str,
    /// What it is, for the error.
    pub what: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

/// Every value a real school's site must not carry. Where one contains another (the base
/// URL its domain), the longer is reported.
pub const VALUES: &[ExampleValue] = &[
    ExampleValue {
        text: BASE_URL,
        what: "the example school's base URL",
        fix: "set base_url to the address your school's site is published at",
    },
    ExampleValue {
        text: "harbourlane.sch.uk",
        what: "the example school's domain",
        fix: "use your school's own web address or email address",
    },
    ExampleValue {
        text: "Harbour Lane School",
        what: "the example school's name",
        fix: "write your school's name",
    },
    ExampleValue {
        text: "1 Harbour Lane, Kent, CT11 0AA",
        what: "the example school's address",
        fix: "write your school's address, or leave it out",
    },
    ExampleValue {
        text: "Mrs A. Example",
        what: "the example school's Designated Safeguarding Lead",
        fix: "write your Designated Safeguarding Lead's name",
    },
    ExampleValue {
        text: "Mr B. Example",
        what: "the example school's deputy Designated Safeguarding Lead",
        fix: "write your deputy Designated Safeguarding Lead's name",
    },
    ExampleValue {
        text: "01843 000000",
        what: "the example school's phone number",
        fix: "write your school office's phone number",
    },
    ExampleValue {
        text: "Test Pupil One",
        what: "a pupil of the example school's consent register",
        fix: "replace the example register with your school's (docs/images.md)",
    },
    ExampleValue {
        text: "Test Pupil Two",
        what: "a pupil of the example school's consent register",
        fix: "replace the example register with your school's (docs/images.md)",
    },
    ExampleValue {
        text: "Test Pupil Three",
        what: "a pupil of the example school's consent register",
        fix: "replace the example register with your school's (docs/images.md)",
    },
    ExampleValue {
        text: FILL_IN,
        what: "a placeholder `haven init` left for you to fill in",
        fix: "write your school's own value in its place, or delete the line",
    },
];

/// The folders whose text files are searched (content's Markdown comes from the library).
const FOLDERS: [&str; 6] = ["data", "i18n", "templates", "themes", "static", "content"];

/// Files that can hold text a page shows; images and other binary files are skipped.
const TEXT_FILES: [&str; 9] = [".toml", ".ftl", ".html", ".css", ".js", ".svg", ".txt", ".json", ".md"];

/// Every example value in a site that is not the example, one error each per line.
pub fn check(root: &Path, config: &Config, library: &Library) -> Result<Vec<Diagnostic>> {
    if config.example {
        return Ok(Vec::new());
    }
    let finder = finder();
    let mut found = Vec::new();
    let config_text = std::fs::read_to_string(root.join("config.toml")).unwrap_or_default();
    search(&finder, Path::new("config.toml"), &config_text, 0, &mut found);
    let files: Vec<&PageFile> = library
        .pages
        .values()
        .flat_map(|p| p.versions.iter())
        .chain(library.sections.values().flat_map(|s| s.versions.iter()))
        .collect();
    // Every content file in parallel, the errors in the library's order.
    let per_file: Vec<Vec<Diagnostic>> = files
        .par_iter()
        .map(|file| {
            let mut found = Vec::new();
            search(&finder, &file.source, &file.front_text, 1, &mut found);
            search(&finder, &file.source, &file.body, file.body_line - 1, &mut found);
            found
        })
        .collect();
    found.extend(per_file.into_iter().flatten());
    let mut problems = Problems::new();
    for folder in FOLDERS {
        for f in walk_files(root, folder, &mut problems)? {
            let is_text = TEXT_FILES.iter().any(|ext| f.rel.ends_with(ext));
            if !is_text || (folder == "content" && f.rel.ends_with(".md")) {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&f.path) {
                search(&finder, &Path::new(folder).join(&f.rel), &text, 0, &mut found);
            }
        }
    }
    found.extend(problems.into_vec());
    Ok(found)
}

/// Finds the values, the longest where two start at the same place.
fn finder() -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(VALUES.iter().map(|v| v.text))
        .expect("a handful of short fixed strings always build")
}

/// The line a match is on, in the text [`search`] reads.
#[derive(Clone, Copy)]
struct MatchLine {
    /// Where it starts and ends (before its line break), in bytes.
    start: usize,
    end: usize,
    /// Its number, from 0.
    index: usize,
    /// True for a comment line of a TOML or Fluent file, never published.
    comment: bool,
}

/// Records an error for each value on each line of `text`, which starts `line_offset`
/// lines into `file`. Comment lines of TOML and Fluent files are never published.
///
/// The text is searched whole, not line by line (no value spans two lines, tested below),
/// and a line is found only for a match: most files hold none, and a site's every lesson
/// is searched on every build.
fn search(finder: &AhoCorasick, file: &Path, text: &str, line_offset: usize, found: &mut Vec<Diagnostic>) {
    let comments = file.extension().is_some_and(|e| e == "toml" || e == "ftl");
    // The line of the last match: each line is looked at, and its line breaks counted,
    // once however many matches it holds.
    let mut line_at: Option<MatchLine> = None;
    let mut seen = Vec::new();
    for m in finder.find_iter(text) {
        let here = match line_at {
            Some(line) if m.start() < line.end => line,
            last => {
                let start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
                let end = text[m.end()..].find('\n').map_or(text.len(), |i| m.end() + i);
                let (counted_to, before) = last.map_or((0, 0), |l| (l.start, l.index));
                seen.clear();
                MatchLine {
                    start,
                    end,
                    index: before + memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count(),
                    comment: comments && text[start..end].trim_start().starts_with('#'),
                }
            }
        };
        line_at = Some(here);
        let MatchLine {
            start,
            end,
            index,
            comment,
        } = here;
        let line = &text[start..end];
        if comment {
            continue;
        }
        let value = &VALUES[m.pattern().as_usize()];
        let (from, to) = (m.start() - start, m.end() - start);
        if seen.contains(&value.text) || !whole_words(line, from, to) {
            continue;
        }
        seen.push(value.text);
        let column = line[..from].chars().count() + 1;
        found.push(
            Diagnostic::error(format!(
                "`{}` is {}, and this site is not the example",
                value.text, value.what
            ))
            .at_line(file, text, index + 1, column)
            .hint(format!(
                "{}; if this really is the example site, add `example = true` to config.toml",
                value.fix
            )),
        );
        if let Some(loc) = found.last_mut().and_then(|d| d.location.as_mut()) {
            loc.line = Some(index + 1 + line_offset);
        }
    }
}

/// True when `line[start..end]` is not part of a longer word ("Mrs A. Exampleton").
fn whole_words(line: &str, start: usize, end: usize) -> bool {
    let before = line[..start].chars().next_back();
    let after = line[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        search(&finder(), Path::new("config.toml"), text, 0, &mut found);
        found.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_longest_value_is_named_once_a_line() {
        let found = errors("base_url = \"https://www.harbourlane.sch.uk/online-safety/\"\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("base URL"), "{found:?}");
        assert!(found[0].contains("config.toml:1:13"), "{found:?}");
    }

    #[test]
    fn each_line_is_named_once_per_value_with_its_own_line_and_column() {
        // The text is searched whole: no value may span two lines.
        assert!(VALUES.iter().all(|v| !v.text.contains(['\n', '\r'])));
        let found = errors(
            "# FILL IN: a comment\r\nname = \"FILL IN: x\" # FILL IN: again\r\n\nzz = \"Mr B. Example\", \"Mr B. Example\"\ndsl = \"\u{e9}Mr B. Example\"\n",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("config.toml:2:9"), "{found:?}");
        assert!(found[1].contains("config.toml:4:7"), "{found:?}");
        // A line holding a value ten thousand times is one error, its line read once.
        let found = errors(&format!("a = 1\nb = \"{}\"\n", "FILL IN: ".repeat(10_000)));
        assert_eq!(found.len(), 1, "{}", found.len());
        assert!(found[0].contains("config.toml:2:6"), "{}", &found[0][..200]);
    }

    #[test]
    fn test_domains_invented_names_and_comments_pass() {
        assert!(
            errors("email = \"office@st-marys.example\"\ndsl = \"Mrs A. Exampleton\"\n# dsl = \"FILL IN: x\"\n")
                .is_empty()
        );
        assert_eq!(
            errors("dsl = \"Mrs A. Example\"\nphone = \"FILL IN: a number\"\n").len(),
            2
        );
    }
}
