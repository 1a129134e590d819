//! Internal links (DESIGN §9): every relative URL in a written page, and every absolute
//! one under the site's own `base_url`, must lead to a written file (a folder to its
//! `index.html`), and every `#fragment` to an `id` in its target page.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rayon::prelude::*;

use super::extract::{LinkUse, Places};
use super::finding::{Finding, LinkResult};
use crate::routes::relative::{resolve, root_path, split_suffix};
use crate::web::facts::PageRecord;
use crate::web::shared_text::SharedText;
use crate::web::url::{decode, has_scheme};

/// The written site, as the link checks see it.
pub struct WrittenSite<'a> {
    /// Every file written, as a site path (`/lessons/index.html`, `/haven.css`).
    pub files: &'a HashSet<String>,
    /// Every rendered page, with its facts.
    pub pages: &'a [PageRecord],
    /// The site's published address, ending in `/`: links under it are internal.
    pub base_url: &'a str,
    /// URL paths of pages left out because of an earlier error (see `LinkCheck`).
    pub withheld: &'a [String],
}

/// A broken link: where it is, its URL as written on the page, and the finding's key
/// (with, for a missing id in another page, the target it reached).
type Broken<'u, 'a> = (&'u LinkUse<'a>, &'u str, ((String, Miss), Option<String>));

/// What is wrong with an internal link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Miss {
    AboveRoot,
    NoFile,
    NoId,
}

impl WrittenSite<'_> {
    /// The written file a site path refers to, if any.
    fn file_for(&self, path: &str) -> Option<String> {
        let path = decode(path);
        if path.ends_with('/') {
            let index = format!("{path}index.html");
            return self.files.contains(&index).then_some(index);
        }
        if self.files.contains(&*path) {
            return Some(path.into_owned());
        }
        let index = format!("{path}/index.html");
        self.files.contains(&index).then_some(index)
    }

    /// True when `path` is a page left out because of an earlier error: that page's own
    /// URL (`/a/`, `/a`, `/a/index.html`), never a path under it, which would be broken
    /// for a cause of its own. `*` in a withheld path stands for one segment.
    fn is_withheld(&self, path: &str) -> bool {
        let path = decode(path);
        let page = match path.strip_suffix("index.html") {
            Some(folder) if folder.ends_with('/') => folder.to_string(),
            _ if path.ends_with('/') => path.to_string(),
            _ => format!("{path}/"),
        };
        self.withheld.iter().any(|w| same_page(w, &page))
    }

    /// The site path a URL on `page` leads to, when it is internal: relative, from the
    /// root of the host (under the path of `base_url`), or under `base_url`. `Err` when it climbs above the site's root.
    fn target(&self, page: &PageRecord, url: &str) -> Option<Result<String, ()>> {
        if let Some(rest) = url.strip_prefix(self.base_url) {
            return Some(Ok(format!("/{rest}")));
        }
        if url == self.base_url.trim_end_matches('/') {
            return Some(Ok("/".into()));
        }
        if url.is_empty() || url == "#" || has_scheme(url) || url.starts_with("//") {
            return None;
        }
        if url.starts_with('#') {
            return Some(Ok(format!("{}{url}", page.path)));
        }
        if url.starts_with('/') {
            // From the root of the host (the 404 page's links): under the site's own path.
            let rest = url.strip_prefix(root_path(self.base_url)).ok_or(());
            return Some(rest.map(|rest| format!("/{rest}")));
        }
        Some(resolve(&page.path, url).ok_or(()))
    }

    /// Checks every internal link and fragment; one finding per broken target.
    pub fn check(&self, uses: &[LinkUse<'_>]) -> Vec<Finding> {
        let ids: HashMap<&str, &[SharedText]> = self
            .pages
            .iter()
            .map(|p| (p.file.as_str(), p.facts.ids.as_slice()))
            .collect();
        // Each link is resolved on its own, the pages' half a million in parallel; what is
        // broken is gathered in their order.
        let broken: Vec<Broken<'_, '_>> = uses
            .par_iter()
            .filter_map(|link| {
                let url = link.url.trim();
                let miss = match self.target(link.page, url)? {
                    Err(()) => ((url.to_string(), Miss::AboveRoot), None),
                    // A missing id in the page itself is one cause however many pages (each
                    // language's version, say) carry the link: one finding lists them all.
                    Ok(resolved) if url.starts_with('#') => {
                        let (_, miss) = self.miss(&resolved, link.page, &ids)?;
                        ((url.to_string(), miss), None)
                    }
                    // So is a missing id in another page (`@/b.md#x`) reached from each
                    // language's version: one finding for the link as written, naming each target.
                    Ok(resolved) => match self.miss(&resolved, link.page, &ids)? {
                        (target, Miss::NoId) => ((link.as_written().to_string(), Miss::NoId), Some(target)),
                        other => (other, None),
                    },
                };
                Some((link, url, miss))
            })
            .collect();
        let mut misses: Places<(String, Miss)> = Places::default();
        let mut written: BTreeMap<String, &str> = BTreeMap::new();
        let mut reached: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (link, url, (key, target)) in broken {
            if let Some(target) = target {
                reached.entry(key.0.clone()).or_default().insert(target);
            }
            written.entry(key.0.clone()).or_insert(url);
            misses.add(key, &link.sources());
        }
        misses
            .into_groups()
            .map(|((key, miss), sources)| {
                let as_written = written.get(&key).copied().unwrap_or(&key);
                let target = reached
                    .get(&key)
                    .map_or(key.clone(), |t| t.iter().cloned().collect::<Vec<_>>().join(", "));
                let url = reached.get(&key).and_then(|t| t.first()).unwrap_or(&key);
                let shown = if reached.contains_key(&key) {
                    key.as_str()
                } else {
                    as_written
                };
                Finding::new(url, LinkResult::Error, message(shown, &target, miss), &sources).hint(HINT)
            })
            .collect()
    }

    /// Why `resolved` (written on `page`) is broken, if it is.
    fn miss(&self, resolved: &str, page: &PageRecord, ids: &HashMap<&str, &[SharedText]>) -> Option<(String, Miss)> {
        let (path, suffix) = split_suffix(resolved);
        let fragment = suffix.split_once('#').map(|(_, f)| decode(f));
        let file = if path == page.path {
            page.file.clone()
        } else {
            match self.file_for(path) {
                Some(file) => file,
                None if self.is_withheld(path) => return None,
                None => return Some((path.to_string(), Miss::NoFile)),
            }
        };
        let fragment = fragment.filter(|f| !f.is_empty())?;
        let target_ids = ids.get(file.as_str())?;
        (!target_ids.iter().any(|id| *id == *fragment)).then(|| (format!("{path}#{fragment}"), Miss::NoId))
    }
}

/// Whether the page path `page` is the withheld path `withheld`, where a `*` segment
/// stands for any one segment.
fn same_page(withheld: &str, page: &str) -> bool {
    if !withheld.contains('*') {
        return withheld == page;
    }
    let (mut w, mut p) = (withheld.split('/'), page.split('/'));
    loop {
        match (w.next(), p.next()) {
            (None, None) => return true,
            (Some("*"), Some(segment)) if !segment.is_empty() => {}
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

const HINT: &str =
    "correct the link; link to pages by their .md file (e.g. [Report](@/report.md)) so haven can resolve them";

fn message(written: &str, target: &str, miss: Miss) -> String {
    match miss {
        Miss::AboveRoot => format!("broken link `{written}`: it climbs above the site's root folder"),
        Miss::NoFile => format!("broken link `{written}`: it goes to {target}, a page or file that is not in the site"),
        Miss::NoId if target.starts_with('#') => {
            format!(
                "broken link `{written}`: no part of the page has the id `{}`",
                &target[1..]
            )
        }
        Miss::NoId => format!("broken link `{written}`: it goes to {target}, a part of a page that has no such id"),
    }
}

#[cfg(test)]
mod tests {
    use super::same_page;

    #[test]
    fn a_withheld_page_is_its_own_url_not_the_paths_under_it() {
        assert!(same_page("/a/", "/a/"));
        assert!(!same_page("/a/", "/a/b/"));
        assert!(!same_page("/a/b/", "/a/"));
        assert!(same_page("/pl/posters/*/", "/pl/posters/ict-suite/"));
        assert!(!same_page("/pl/posters/*/", "/pl/posters/"));
        assert!(!same_page("/pl/posters/*/", "/pl/posters/ict-suite/extra/"));
        assert!(!same_page("/posters/*/", "/pl/posters/ict-suite/"));
    }
}
