//! DESIGN §7 rule 3: a registered pupil's name anywhere in the output stops the build.
//!
//! Every written file except the re-encoded raster images (which carry no text) is read
//! back and searched for every name at once (Aho-Corasick), ignoring case, spacing,
//! hyphens and HTML's escapes of apostrophes, and only as whole words. Errors name the
//! page and the pupil's register id, never the name itself, so logs do not repeat it.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use aho_corasick::AhoCorasick;
use rayon::prelude::*;

use super::consent::{ConsentRegister, REGISTER};
use super::is_raster;
use crate::error::{Diagnostic, Error, Result};
use crate::web::facts::PageRecord;
use crate::web::files::{Body, SiteFiles};

/// Text folded for matching: lower case, one space for any run of spaces, hyphens and
/// underscores, and curly or escaped apostrophes made plain.
pub fn normalise(text: &str) -> String {
    let text = text
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == '\u{2019}' || c == '\u{2018}' { '\'' } else { c };
        if c.is_whitespace() || c == '-' || c == '_' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Part of the output is new (`haven serve`): these files, each new or rewritten since
/// `before`, whose files were all searched then.
pub struct Changed<'a> {
    /// The files written since.
    pub files: &'a HashSet<String>,
    /// The files as they were.
    pub before: &'a SiteFiles,
}

/// How far either side of a change a name is looked for: more than any name, however
/// its apostrophes are escaped.
const MARGIN: usize = 1024;
/// How much further the edges may move to reach a space or tag between words.
const REACH: usize = 4096;

/// The part of `new` that can hold a name `old` did not: where they differ, widened by
/// [`MARGIN`] and then to the nearest space or tag on each side, so no name is cut and no
/// word is split. The rest is byte for byte in `old`, which was searched before.
pub fn changed_region(old: &[u8], new: &[u8]) -> Range<usize> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    if prefix == old.len() && prefix == new.len() {
        return 0..0;
    }
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let start = edge_before(new, prefix.saturating_sub(MARGIN));
    let end = edge_after(new, (new.len() - suffix + MARGIN).min(new.len()));
    match (start, end) {
        (Some(start), Some(end)) => start..end,
        _ => 0..new.len(),
    }
}

/// True for the bytes that never belong to a word or an escape: spaces and tag brackets.
fn between_words(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'<' || b == b'>'
}

/// The nearest place at or before `at` that follows a space or tag bracket (or the start).
fn edge_before(text: &[u8], at: usize) -> Option<usize> {
    (at.saturating_sub(REACH)..=at)
        .rev()
        .find(|&i| i == 0 || between_words(text[i - 1]))
}

/// The nearest place at or after `at` that is a space or tag bracket (or the end).
fn edge_after(text: &[u8], at: usize) -> Option<usize> {
    (at..=(at + REACH).min(text.len())).find(|&i| i == text.len() || between_words(text[i]))
}

/// The register's names, ready to search for.
pub struct NameGuard {
    matcher: AhoCorasick,
    ids: Vec<String>,
}

impl NameGuard {
    /// A guard for every named pupil, those of records left out for a mistake too; `None`
    /// when the register names nobody.
    pub fn new(register: &ConsentRegister) -> Result<Option<NameGuard>> {
        let left_out = register.names_left_out.iter().map(|(id, name)| (id, Some(name)));
        let (ids, names): (Vec<String>, Vec<String>) = register
            .pupils
            .values()
            .map(|p| (&p.id, p.name.as_ref()))
            .chain(left_out)
            .filter_map(|(id, name)| Some((id.clone(), normalise(name?.trim()))))
            .filter(|(_, n)| !n.trim().is_empty())
            .unzip();
        if names.is_empty() {
            return Ok(None);
        }
        let matcher =
            AhoCorasick::new(&names).map_err(|e| Error::Internal(format!("cannot search for pupils' names: {e}")))?;
        Ok(Some(NameGuard { matcher, ids }))
    }

    /// The register ids of every pupil named in `text`, as whole words.
    pub fn find(&self, text: &str) -> BTreeSet<&str> {
        let folded = normalise(text);
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.matcher
            .find_overlapping_iter(&folded)
            .filter(|m| !word(folded[..m.start()].chars().next_back()) && !word(folded[m.end()..].chars().next()))
            .map(|m| self.ids[m.pattern().as_usize()].as_str())
            .collect()
    }

    /// Searches the written files except raster images: all of them, or (`haven serve`,
    /// after a small change) only what changed since the files `changed` was made from.
    pub fn check_output(
        &self,
        root: &Path,
        files: &SiteFiles,
        changed: Option<&Changed<'_>>,
        records: &[PageRecord],
    ) -> Vec<Diagnostic> {
        let mut list: Vec<(&str, &Body)> = files
            .iter()
            .filter(|(path, _)| changed.is_none_or(|c| c.files.contains(*path)) && !is_raster(path))
            .collect();
        list.sort_by_key(|(path, _)| *path);
        let found: Vec<(String, Vec<String>)> = list
            .par_iter()
            .filter_map(|(path, body)| {
                let bytes = body.read().ok()?;
                let before = changed.and_then(|c| c.before.get(path)).and_then(|b| b.read().ok());
                let part = match &before {
                    Some(old) => &bytes[changed_region(old, &bytes)],
                    None => &bytes[..],
                };
                let ids: Vec<String> = self
                    .find(&String::from_utf8_lossy(part))
                    .into_iter()
                    .map(String::from)
                    .collect();
                (!ids.is_empty()).then(|| (path.to_string(), ids))
            })
            .collect();
        self.causes(root, files, found, records)
            .into_iter()
            .map(|((id, source), files)| self.named(root, &id, source, &files, records))
            .collect()
    }

    /// The files naming each pupil, by the source a person would edit: a page's content
    /// file or a static file that holds the name, else none (a template, a data file or
    /// a sidecar's alt text, which the error says to look in). A name in a page's text is
    /// also in the page's other language and version pages and in its search entry (a
    /// file with no page of its own): one cause, so they are listed under the one error,
    /// not reported again (DESIGN: one finding per cause).
    fn causes(
        &self,
        root: &Path,
        written: &SiteFiles,
        found: Vec<(String, Vec<String>)>,
        records: &[PageRecord],
    ) -> BTreeMap<Cause, Vec<String>> {
        let mut causes: BTreeMap<Cause, Vec<String>> = BTreeMap::new();
        let mut unplaced = Vec::new();
        for (file, ids) in found {
            let record = records.iter().find(|r| r.file == file);
            let source = match record {
                Some(record) => record.source.clone(),
                None => Some(PathBuf::from("static").join(file.trim_start_matches('/'))),
            };
            for id in ids {
                let source = source.clone().filter(|s| self.line_in(root, s, &id).is_some());
                match (record, source) {
                    (None, None) => unplaced.push((id, file.clone())),
                    (_, source) => causes.entry((id, source)).or_default().push(file.clone()),
                }
            }
        }
        for (id, file) in unplaced {
            let text = written.get(&file).and_then(|b| b.read().ok());
            let text = text.map(|b| String::from_utf8_lossy(&b).into_owned());
            let home = home_of(text.as_deref(), &id, &causes, records).unwrap_or((id, None));
            causes.entry(home).or_default().push(file);
        }
        causes
    }

    /// One error: pupil `id` is named in the written `files`, made from `source` when it
    /// is known; the pages first, the default language's (the shortest path) first of all.
    fn named(
        &self,
        root: &Path,
        id: &str,
        source: Option<PathBuf>,
        files: &[String],
        records: &[PageRecord],
    ) -> Diagnostic {
        let shown = |file: &String| {
            records
                .iter()
                .find(|r| &r.file == file)
                .map_or(file.clone(), |r| r.path.clone())
        };
        let mut files: Vec<&String> = files.iter().collect();
        files.sort_by_key(|f| {
            (
                records.iter().all(|r| &r.file != *f),
                f.matches('/').count(),
                f.as_str(),
            )
        });
        let mut message = format!(
            "pupil named: the name of pupil {id} (recorded in {REGISTER}) appears in {}",
            shown(files[0])
        );
        match files.len() {
            1 => {}
            2 => message.push_str(" and 1 more written file"),
            n => message.push_str(&format!(" and {} more written files", n - 1)),
        }
        let d = Diagnostic::error(message)
            .hint("remove the name: haven never publishes a registered pupil's name, in text, alt text or file names");
        let listed = (files.len() > 1).then(|| written_files(&files));
        match source.and_then(|s| self.line_in(root, &s, id).map(|line| (s, line))) {
            Some((source, line)) => {
                let mut d = d.in_file(source);
                if let Some(loc) = d.location.as_mut() {
                    loc.line = Some(line);
                }
                match listed {
                    Some(listed) => d.note(listed),
                    None => d,
                }
            }
            None => d.note(format!(
                "{}; look in config.toml, the templates, data/ files and image sidecars (alt text)",
                listed.unwrap_or_else(|| format!("it is in the written file {}", files[0].trim_start_matches('/')))
            )),
        }
    }

    /// The first line of the site file `rel` that names pupil `id`.
    fn line_in(&self, root: &Path, rel: &Path, id: &str) -> Option<usize> {
        let text = std::fs::read_to_string(root.join(rel)).ok()?;
        text.lines().position(|l| self.find(l).contains(id)).map(|i| i + 1)
    }
}

/// A pupil named in a written file, by the source that names them (none when no
/// content or static file does).
type Cause = (String, Option<PathBuf>);

/// The cause a file with no page of its own (a search entry) belongs to: the pupil's
/// cause whose page it lists (`"trip/"` in the entry of `/trip/`), else the pupil's first
/// cause; `None` when the pupil has none yet.
fn home_of(
    text: Option<&str>,
    id: &str,
    causes: &BTreeMap<Cause, Vec<String>>,
    records: &[PageRecord],
) -> Option<Cause> {
    let mine = || causes.iter().filter(|((i, _), _)| i == id);
    let listed = |path: &str| text.is_some_and(|t| t.contains(&format!("\"{}\"", path.trim_start_matches('/'))));
    let lists = |files: &Vec<String>| {
        files
            .iter()
            .any(|f| records.iter().any(|r| &r.file == f && listed(&r.path)))
    };
    let found = mine().find(|(_, files)| lists(files)).or_else(|| mine().next());
    found.map(|(key, _)| key.clone())
}

/// How many written files an error lists before counting the rest.
const FILES_SHOWN: usize = 6;

/// "written files: a/index.html, pl/a/index.html and 3 more".
fn written_files(files: &[&String]) -> String {
    let shown: Vec<&str> = files
        .iter()
        .take(FILES_SHOWN)
        .map(|f| f.trim_start_matches('/'))
        .collect();
    let mut text = format!("written files: {}", shown.join(", "));
    if files.len() > FILES_SHOWN {
        text.push_str(&format!(" and {} more", files.len() - FILES_SHOWN));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::consent::Pupil;

    fn guard(names: &[(&str, &str)]) -> NameGuard {
        let mut register = ConsentRegister::default();
        for (id, name) in names {
            register.pupils.insert(
                id.to_string(),
                Pupil {
                    id: id.to_string(),
                    name: Some(name.to_string()),
                    website: true,
                    print: true,
                    social: false,
                    granted: None,
                    expires: None,
                    withdrawn: None,
                    line: 1,
                },
            );
        }
        NameGuard::new(&register).unwrap().unwrap()
    }

    #[test]
    fn names_are_found_whatever_the_case_spacing_or_escaping() {
        let g = guard(&[("P1", "Amy O'Neill"), ("P2", "Jo Bloggs")]);
        assert_eq!(g.find("<p>by AMY\n  o&#39;neill</p>"), BTreeSet::from(["P1"]));
        assert_eq!(g.find("/amy-o’neill/"), BTreeSet::from(["P1"]));
        assert_eq!(g.find("Jo Bloggs and Amy O'Neill"), BTreeSet::from(["P1", "P2"]));
    }

    #[test]
    fn only_the_changed_part_is_searched_and_never_a_cut_word() {
        let old = format!("<p>{}</p><p>Amy O'Neill? no</p>", "x ".repeat(3000));
        let new = old.replace("no</p>", "yes</p>");
        let region = changed_region(old.as_bytes(), new.as_bytes());
        assert!(region.len() < new.len() / 2, "{region:?}");
        assert!(new[region.clone()].contains("yes"));
        assert!(new.is_char_boundary(region.start) && new.is_char_boundary(region.end));
        let before = new.as_bytes()[region.start.saturating_sub(1)];
        assert!(region.start == 0 || before == b' ' || before == b'>', "{region:?}");
        assert_eq!(changed_region(b"same", b"same"), 0..0);
        assert_eq!(changed_region(b"", b"new text"), 0..8);
        let no_spaces = "y".repeat(9000);
        assert_eq!(
            changed_region(no_spaces.as_bytes(), format!("{no_spaces}z").as_bytes()),
            0..9001
        );
    }

    #[test]
    fn only_whole_words_count() {
        let g = guard(&[("P1", "Jo Bloggs")]);
        assert!(g.find("Mojo Bloggsworth").is_empty());
        assert_eq!(g.find("(Jo Bloggs)"), BTreeSet::from(["P1"]));
    }
}
