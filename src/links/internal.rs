//! Internal links (DESIGN §9): every relative URL in a written page must lead to a written
//! file, and every `#fragment` to an `id` in its target page.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::error::Diagnostic;
use crate::markdown::links::has_scheme;
use crate::output::PageRecord;
use crate::routes::relative::{resolve, split_suffix};

/// The written site, as the link checks see it.
pub struct WrittenSite<'a> {
    /// Every file written, as a site path (`/lessons/index.html`, `/haven.css`).
    pub files: &'a HashSet<String>,
    /// Every rendered page, with its facts.
    pub pages: &'a [PageRecord],
}

/// Where a broken link was found, for grouping.
struct Seen {
    written: String,
    pages: Vec<String>,
    first: Option<(std::path::PathBuf, Option<usize>)>,
}

fn decode_fragment(fragment: &str) -> String {
    let mut out = Vec::new();
    let bytes = fragment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = fragment.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| fragment.to_string())
}

impl WrittenSite<'_> {
    /// The written file a site path refers to, if any.
    fn file_for(&self, path: &str) -> Option<String> {
        let candidates = if path.ends_with('/') {
            vec![format!("{path}index.html")]
        } else {
            vec![path.to_string(), format!("{path}/index.html")]
        };
        candidates.into_iter().find(|c| self.files.contains(c))
    }

    /// Checks every internal link and fragment of every page.
    pub fn check(&self) -> Vec<Diagnostic> {
        let ids: HashMap<String, HashSet<&str>> = self
            .pages
            .iter()
            .map(|p| (p.file.clone(), p.facts.ids.iter().map(String::as_str).collect()))
            .collect();
        let mut broken: BTreeMap<String, Seen> = BTreeMap::new();
        for page in self.pages {
            for link in &page.facts.links {
                let url = link.url.trim();
                if url.is_empty() || url == "#" || has_scheme(url) || url.starts_with("//") {
                    continue;
                }
                let Some(resolved) = resolve(&page.path, url) else {
                    self.note(
                        &mut broken,
                        format!("{url} (above the site's root)"),
                        page,
                        &link.original,
                        url,
                    );
                    continue;
                };
                let (path, suffix) = split_suffix(&resolved);
                let fragment = suffix.split_once('#').map(|(_, f)| decode_fragment(f));
                let Some(file) = self.file_for(path) else {
                    self.note(&mut broken, path.to_string(), page, &link.original, url);
                    continue;
                };
                if let Some(fragment) = fragment.filter(|f| !f.is_empty())
                    && let Some(target_ids) = ids.get(&file)
                    && !target_ids.contains(fragment.as_str())
                {
                    self.note(&mut broken, format!("{path}#{fragment}"), page, &link.original, url);
                }
            }
        }
        broken.into_iter().map(|(target, seen)| report(&target, seen)).collect()
    }

    fn note(
        &self,
        broken: &mut BTreeMap<String, Seen>,
        target: String,
        page: &PageRecord,
        original: &str,
        written: &str,
    ) {
        let seen = broken.entry(target).or_insert_with(|| Seen {
            written: written.to_string(),
            pages: Vec::new(),
            first: None,
        });
        if seen.first.is_none() {
            seen.first = page.source.clone().map(|s| (s, page.line_of(original)));
        }
        seen.pages.push(page.path.clone());
    }
}

fn report(target: &str, seen: Seen) -> Diagnostic {
    let shown: Vec<&str> = seen.pages.iter().take(5).map(String::as_str).collect();
    let more = seen.pages.len().saturating_sub(shown.len());
    let pages = if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    };
    let what = if target.contains('#') {
        "a part of a page that has no such id"
    } else {
        "a page or file that is not in the site"
    };
    let d = Diagnostic::error(format!("broken link `{}`: it goes to {target}, {what}", seen.written))
        .note(format!("on {pages}"))
        .hint(
            "correct the link; link to pages by their .md file (e.g. [Report](@/report.md)) so haven can resolve them",
        );
    match seen.first {
        Some((file, Some(line))) => {
            let mut d = d.in_file(file);
            if let Some(loc) = d.location.as_mut() {
                loc.line = Some(line);
            }
            d
        }
        Some((file, None)) => d.in_file(file),
        None => d,
    }
}
