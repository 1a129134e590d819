//! DESIGN §7 rule 3: a registered pupil's name anywhere in the output stops the build.
//!
//! Every written file except the re-encoded raster images (which carry no text) is read
//! back and searched for every name at once (Aho-Corasick), ignoring case, spacing,
//! hyphens and HTML's escapes of apostrophes, and only as whole words. Errors name the
//! page and the pupil's register id, never the name itself, so logs do not repeat it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use aho_corasick::AhoCorasick;
use rayon::prelude::*;
use walkdir::WalkDir;

use super::consent::{ConsentRegister, REGISTER};
use super::is_raster;
use crate::error::{Diagnostic, Error, Result};
use crate::output::PageRecord;
use crate::output::folder::MARKER;

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

/// The register's names, ready to search for.
pub struct NameGuard {
    matcher: AhoCorasick,
    ids: Vec<String>,
}

impl NameGuard {
    /// A guard for every named pupil; `None` when the register names nobody.
    pub fn new(register: &ConsentRegister) -> Result<Option<NameGuard>> {
        let (ids, names): (Vec<String>, Vec<String>) = register
            .pupils
            .values()
            .filter_map(|p| Some((p.id.clone(), normalise(p.name.as_deref()?.trim()))))
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

    /// Searches every file written into `dir` (the staging output of the site at `root`).
    pub fn check_output(&self, root: &Path, dir: &Path, records: &[PageRecord]) -> Vec<Diagnostic> {
        let files: Vec<PathBuf> = WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file() && e.file_name() != MARKER)
            .map(|e| e.into_path())
            .filter(|p| !is_raster(&p.to_string_lossy()))
            .collect();
        let found: Vec<(String, Vec<String>)> = files
            .par_iter()
            .filter_map(|path| {
                let bytes = std::fs::read(path).ok()?;
                let ids: Vec<String> = self
                    .find(&String::from_utf8_lossy(&bytes))
                    .into_iter()
                    .map(String::from)
                    .collect();
                let rel = path.strip_prefix(dir).ok()?.to_string_lossy().replace('\\', "/");
                (!ids.is_empty()).then(|| (format!("/{rel}"), ids))
            })
            .collect();
        found
            .into_iter()
            .flat_map(|(file, ids)| {
                ids.into_iter()
                    .map(move |id| self.named(root, &file, &id, records))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// One error: pupil `id` is named in the written `file`.
    fn named(&self, root: &Path, file: &str, id: &str, records: &[PageRecord]) -> Diagnostic {
        let record = records.iter().find(|r| r.file == file);
        let shown = record.map_or(file, |r| r.path.as_str());
        let d = Diagnostic::error(format!(
            "pupil named: the name of pupil {id} (recorded in {REGISTER}) appears in {shown}"
        ))
        .hint("remove the name: haven never publishes a registered pupil's name, in text, alt text or file names");
        let source = match record {
            Some(r) => r.source.clone(),
            None => Some(PathBuf::from("static").join(file.trim_start_matches('/'))),
        };
        match source.and_then(|s| self.line_in(root, &s, id).map(|line| (s, line))) {
            Some((source, line)) => {
                let mut d = d.in_file(source);
                if let Some(loc) = d.location.as_mut() {
                    loc.line = Some(line);
                }
                d
            }
            None => d.note(format!(
                "it is in the written file {}; look in the templates, data/ files and image sidecars (alt text)",
                file.trim_start_matches('/')
            )),
        }
    }

    /// The first line of the site file `rel` that names pupil `id`.
    fn line_in(&self, root: &Path, rel: &Path, id: &str) -> Option<usize> {
        let text = std::fs::read_to_string(root.join(rel)).ok()?;
        text.lines().position(|l| self.find(l).contains(id)).map(|i| i + 1)
    }
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
    fn only_whole_words_count() {
        let g = guard(&[("P1", "Jo Bloggs")]);
        assert!(g.find("Mojo Bloggsworth").is_empty());
        assert_eq!(g.find("(Jo Bloggs)"), BTreeSet::from(["P1"]));
    }
}
