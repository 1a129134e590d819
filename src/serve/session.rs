//! The build `haven serve` keeps in memory between changes, and how a change makes the
//! next one: everything again (config, theme, templates, strings, data, images), or,
//! after edits to pages, only what [`affected`] says they touch. Either way the result
//! is the site a clean build of the same files gives, checks included; a build that fails
//! leaves the session as it was.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use super::affected::{Affected, Side, affected};
use super::watch::Rebuild;
use crate::content::PageFile;
use crate::error::{Diagnostic, Result};
use crate::markdown::RenderedBody;
use crate::options::BuildOptions;
use crate::output::search::plain_texts;
use crate::routes::relative::resolve;
use crate::routes::{Route, Target};
use crate::site::{self, Rendered, Scope, Site};
use crate::web::facts::PageRecord;
use crate::web::files::{Body, Output, SiteFiles};

/// A built site, kept to serve and to build the next one from.
pub struct Session {
    opts: BuildOptions,
    site: Site,
    rendered: Rendered,
    files: SiteFiles,
    /// The warnings of the build, for the terminal.
    pub warnings: Vec<Diagnostic>,
}

/// What one build did, for the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Pages rendered.
    pub rendered: usize,
    /// Pages in the site.
    pub pages: usize,
    /// Files written or rewritten.
    pub files: usize,
    /// How long it took, in milliseconds.
    pub millis: u128,
}

/// Which files changed between two sets of files: new ones and rewritten ones.
fn fresh_files(before: &SiteFiles, after: &SiteFiles) -> HashSet<String> {
    let same = |a: &Body, b: &Body| match (a, b) {
        (Body::Bytes(a), Body::Bytes(b)) => Arc::ptr_eq(a, b),
        (Body::Copy(a), Body::Copy(b)) => a == b,
        _ => false,
    };
    after
        .iter()
        .filter(|(path, body)| !before.get(path).is_some_and(|old| same(old, body)))
        .map(|(path, _)| path.to_string())
        .collect()
}

impl Session {
    /// Builds the whole site into memory.
    pub fn build(opts: &BuildOptions) -> Result<(Session, Summary)> {
        let started = Instant::now();
        let site = site::load(opts)?;
        let out = Output::new();
        let rendered = site::render_site(&site, opts, &out)?;
        let files = out.finish();
        let checked = site::check_site(&site, opts, &files, &rendered, Scope::All)?;
        let warnings = site::verdict(&checked, opts.strict)?;
        let summary = Summary {
            rendered: rendered.records.len(),
            pages: rendered.records.len(),
            files: files.len(),
            millis: started.elapsed().as_millis(),
        };
        let session = Session {
            opts: opts.clone(),
            site,
            rendered,
            files,
            warnings,
        };
        Ok((session, summary))
    }

    /// The site's files, to serve.
    pub fn files(&self) -> &SiteFiles {
        &self.files
    }

    /// The site as read (`haven edit` lists its pages and previews with it).
    pub(crate) fn site(&self) -> &Site {
        &self.site
    }

    /// Builds the site again after `change`; this session is left as it was.
    pub fn rebuild(&self, change: &Rebuild) -> Result<(Session, Summary)> {
        if change.everything {
            return Session::build(&self.opts);
        }
        let started = Instant::now();
        let edited: HashSet<String> = change
            .files
            .iter()
            .filter_map(|f| f.strip_prefix("content").ok())
            .map(|f| f.to_string_lossy().replace('\\', "/"))
            .collect();
        let site = self.site.reload_content(&self.opts, &edited)?;
        if site.library.assets != self.site.library.assets {
            return Session::build(&self.opts);
        }
        let (bodies, changed) = self.bodies(&site)?;
        let before = Side {
            library: &self.site.library,
            plan: &self.site.plan,
        };
        let after = Side {
            library: &site.library,
            plan: &site.plan,
        };
        let default_lang = &site.config.default_language().code;
        let (routes, everything) = match affected(before, after, &changed, default_lang) {
            Affected::Everything => (site.plan.routes.iter().collect(), true),
            Affected::Targets { targets, moved } => (self.routes_to_render(&site, &targets, &moved), false),
        };
        let out = Output::from_files(self.files.clone());
        let mut removed = false;
        for route in self.site.plan.routes.iter().filter(|r| !site.plan.has_path(&r.path)) {
            out.remove(&route.file());
            removed = true;
        }
        let static_files = match change.static_files {
            true => {
                for path in &self.rendered.static_files {
                    out.remove(path);
                }
                site::write_static(&site, &self.opts.root, &out)?
            }
            false => self.rendered.static_files.clone(),
        };
        let records = site::render_pages(&site, &bodies, &self.opts, &out, &routes)?;
        let texts = self.texts(&bodies, &changed);
        let rendered_now = records.len();
        let records = self.merge_records(&site, records);
        let refused = self.rendered.refused.clone();
        let rendered = site::finish_site(&site, &self.opts, &out, bodies, texts, records, static_files, refused)?;
        let files = out.finish();
        let fresh = fresh_files(&self.files, &files);
        let checked_pages = self.pages_to_check(&rendered.records, &routes);
        let scope = match everything || removed || change.static_files {
            true => Scope::All,
            false => Scope::Only {
                pages: &checked_pages,
                files: &fresh,
                before: &self.files,
            },
        };
        let checked = site::check_site(&site, &self.opts, &files, &rendered, scope)?;
        let warnings = site::verdict(&checked, self.opts.strict)?;
        let summary = Summary {
            rendered: rendered_now,
            pages: rendered.records.len(),
            files: fresh.len(),
            millis: started.elapsed().as_millis(),
        };
        let session = Session {
            opts: self.opts.clone(),
            site,
            rendered,
            files,
            warnings,
        };
        Ok((session, summary))
    }

    /// Every body of the new content: those of unchanged files kept, the others rendered
    /// again (all of them when links may now resolve differently: files came or went).
    /// Also gives the source files whose rendering changed.
    fn bodies(&self, site: &Site) -> Result<(HashMap<PathBuf, RenderedBody>, BTreeSet<PathBuf>)> {
        let old_files: HashMap<&PathBuf, &PageFile> = site::content_files(&self.site)
            .into_iter()
            .map(|(f, _)| (&f.source, f))
            .collect();
        let same_links = site.library.links_resolve_like(&self.site.library);
        let files = site::content_files(site);
        let stale: Vec<(&PageFile, bool)> = files
            .iter()
            .filter(|(f, _)| !same_links || old_files.get(&f.source).is_none_or(|old| *old != *f))
            .copied()
            .collect();
        let mut fresh = site::render_files(site, &stale)?;
        let mut bodies = HashMap::with_capacity(files.len());
        let mut changed = BTreeSet::new();
        for (file, _) in &files {
            let old = self.rendered.bodies.get(&file.source);
            let body = match fresh.remove(&file.source) {
                Some(body) => {
                    if old != Some(&body) {
                        changed.insert(file.source.clone());
                    }
                    body
                }
                None => old.cloned().unwrap_or_default(),
            };
            bodies.insert(file.source.clone(), body);
        }
        changed.extend(
            old_files
                .keys()
                .filter(|source| !bodies.contains_key(**source))
                .map(|s| (*s).clone()),
        );
        Ok((bodies, changed))
    }

    /// The plain text of every body for search: kept for unchanged bodies.
    fn texts(&self, bodies: &HashMap<PathBuf, RenderedBody>, changed: &BTreeSet<PathBuf>) -> HashMap<PathBuf, String> {
        let stale = bodies
            .iter()
            .filter(|(source, _)| changed.contains(*source) || !self.rendered.texts.contains_key(*source));
        let mut texts = plain_texts(stale.collect::<Vec<_>>());
        for source in bodies.keys() {
            if !texts.contains_key(source)
                && let Some(text) = self.rendered.texts.get(source)
            {
                texts.insert(source.clone(), text.clone());
            }
        }
        texts
    }

    /// The routes of `targets`, and of the pages that link to a `moved` file.
    fn routes_to_render<'s>(
        &self,
        site: &'s Site,
        targets: &BTreeSet<Target>,
        moved: &BTreeSet<String>,
    ) -> Vec<&'s Route> {
        let linking: HashSet<&str> = if moved.is_empty() {
            HashSet::new()
        } else {
            self.rendered
                .records
                .iter()
                .filter(|r| r.facts.links.iter().any(|l| links_to(&l.original, moved)))
                .map(|r| r.path.as_str())
                .collect()
        };
        site.plan
            .routes
            .iter()
            .filter(|r| targets.contains(&r.target) || linking.contains(r.path.as_str()))
            .collect()
    }

    /// The pages a partial build checks: those rendered again, and those with links to a
    /// part (`#id`) of one of them that lost ids. Nothing else can have broken: no file
    /// went (or every page is checked), and the last build passed every check.
    fn pages_to_check(&self, records: &[PageRecord], routes: &[&Route]) -> HashSet<String> {
        let mut pages: HashSet<String> = routes.iter().map(|r| r.path.clone()).collect();
        let old: HashMap<&str, &PageRecord> = self.rendered.records.iter().map(|r| (r.path.as_str(), r)).collect();
        let lost_ids: HashSet<&str> = records
            .iter()
            .filter(|r| pages.contains(&r.path))
            .filter(|r| {
                old.get(r.path.as_str())
                    .is_some_and(|o| o.facts.ids.iter().any(|id| !r.facts.ids.contains(id)))
            })
            .map(|r| r.path.as_str())
            .collect();
        if !lost_ids.is_empty() {
            let linking = records
                .iter()
                .filter(|r| {
                    r.facts
                        .links
                        .iter()
                        .any(|l| fragment_target(&r.path, &l.url).is_some_and(|t| lost_ids.contains(t.as_str())))
                })
                .map(|r| r.path.clone());
            pages.extend(linking.collect::<Vec<_>>());
        }
        pages
    }

    /// The records of every page in the new plan's order: the new ones, and the earlier
    /// ones of pages not rendered again.
    fn merge_records(&self, site: &Site, fresh: Vec<PageRecord>) -> Vec<PageRecord> {
        let mut fresh: HashMap<String, PageRecord> = fresh.into_iter().map(|r| (r.path.clone(), r)).collect();
        let old: HashMap<&str, &PageRecord> = self.rendered.records.iter().map(|r| (r.path.as_str(), r)).collect();
        site.plan
            .routes
            .iter()
            .filter_map(|route| {
                fresh
                    .remove(&route.path)
                    .or_else(|| old.get(route.path.as_str()).map(|r| (*r).clone()))
            })
            .collect()
    }
}

/// The page (route path) a link to a part of another page leads to, for a link written
/// on the page at `page`: `../a/#top` on `/b/` -> `/a/`.
fn fragment_target(page: &str, url: &str) -> Option<String> {
    let (path, _) = url.trim().split_once('#')?;
    if path.is_empty() || path.contains(':') {
        return None;
    }
    let target = resolve(page, path)?;
    Some(target.strip_suffix("index.html").map_or(target.clone(), str::to_string))
}

/// True when a URL as written (`@/lessons/ks2/a.md#top`) is a content link to one of
/// `paths`.
fn links_to(original: &str, paths: &BTreeSet<String>) -> bool {
    original.trim().strip_prefix("@/").is_some_and(|rest| {
        let end = rest.find(['#', '?']).unwrap_or(rest.len());
        paths.contains(&rest[..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_links_are_recognised_with_or_without_fragments() {
        let moved = BTreeSet::from(["lessons/ks2/a.md".to_string()]);
        assert!(links_to("@/lessons/ks2/a.md", &moved));
        assert!(links_to(" @/lessons/ks2/a.md#top", &moved));
        assert!(!links_to("@/lessons/ks2/b.md", &moved));
        assert!(!links_to("/lessons/ks2/a/", &moved));
    }

    #[test]
    fn links_to_parts_of_pages_name_the_page() {
        assert_eq!(fragment_target("/b/", "../a/#top").as_deref(), Some("/a/"));
        assert_eq!(
            fragment_target("/pl/b/", "../../a/index.html#x").as_deref(),
            Some("/a/")
        );
        assert_eq!(fragment_target("/b/", "#top"), None);
        assert_eq!(fragment_target("/b/", "../a/"), None);
        assert_eq!(fragment_target("/b/", "https://x.org/#a"), None);
    }

    #[test]
    fn only_new_and_rewritten_files_are_fresh() {
        let old = Output::new();
        old.write("/a.html", b"A").unwrap();
        old.write("/b.html", b"B").unwrap();
        let before = old.finish();
        let next = Output::from_files(before.clone());
        next.write("/b.html", b"B").unwrap();
        next.write("/c.html", b"C").unwrap();
        let after = next.finish();
        let fresh = fresh_files(&before, &after);
        assert_eq!(fresh, HashSet::from(["/b.html".to_string(), "/c.html".to_string()]));
    }
}
