//! The fifth step: every check on the written site, beside each other; after a change
//! (`haven serve`) only on what it could have broken, the last build having passed them all.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use super::affected::Work;
use super::{Built, Rendered, Site};
use crate::a11y;
use crate::checks::stylesheets;
use crate::checks::{ceop, third_party};
use crate::error::{Diagnostic, Problems, Result};
use crate::images::Written;
use crate::images::names::Changed;
use crate::images::uses::print_pages;
use crate::kinds;
use crate::links::{self, LinkCheck, LinkReport};
use crate::markdown::reading_level;
use crate::options::BuildOptions;
use crate::routes::Route;
use crate::routes::relative::resolve;
use crate::timings;
use crate::web::facts::PageRecord;
use crate::web::files::{Body, SiteFiles};

/// Runs the checks `work` asks for on `rendered` (written as `files`): on every page, or
/// on those a change could have broken. Also gives how many files are new or rewritten
/// since `last` (all of them without one).
#[allow(clippy::too_many_arguments)] // the parts of a build, each from its own step
pub(crate) fn check_work(
    site: &Site,
    opts: &BuildOptions,
    files: &SiteFiles,
    rendered: &Rendered,
    work: &Work,
    last: Option<&Built>,
    routes: &[&Route],
) -> Result<(Checked, usize)> {
    let Some(last) = last else {
        return Ok((check_site(site, opts, files, rendered, Scope::All)?, files.len()));
    };
    let fresh = fresh_files(&last.files, files);
    let pages = pages_to_check(last, &rendered.records, routes);
    let scope = match work.check_all {
        true => Scope::All,
        false => Scope::Only {
            pages: &pages,
            files: &fresh,
            before: &last.files,
        },
    };
    Ok((check_site(site, opts, files, rendered, scope)?, fresh.len()))
}

/// What the checks found.
pub(crate) struct Checked {
    pub(crate) pages: usize,
    pub(crate) files: usize,
    pub(crate) problems: Vec<Diagnostic>,
    pub(crate) links: LinkReport,
}

/// What the checks read: the whole site, or after a small change (`haven serve`) only
/// what the change could have broken, the last good build having passed every check.
#[derive(Clone, Copy)]
enum Scope<'a> {
    /// Every page and file.
    All,
    /// These pages (route paths) and files (site paths).
    Only {
        /// The pages whose links, button and fetches to check.
        pages: &'a HashSet<String>,
        /// The files new or rewritten since `before`, to search for pupils' names.
        files: &'a HashSet<String>,
        /// The last good build's files.
        before: &'a SiteFiles,
    },
}

/// Runs every check on the written site, or on the part `scope` names.
fn check_site(
    site: &Site,
    opts: &BuildOptions,
    files: &SiteFiles,
    rendered: &Rendered,
    scope: Scope<'_>,
) -> Result<Checked> {
    let written = &rendered.written;
    let (only_pages, changed) = match scope {
        Scope::All => (None, None),
        Scope::Only { pages, files, before } => (Some(pages), Some(Changed { files, before })),
    };
    let scoped: Vec<PageRecord>;
    let records = match only_pages {
        None => rendered.records.as_slice(),
        Some(only) => {
            scoped = rendered
                .records
                .iter()
                .filter(|r| only.contains(&r.path))
                .cloned()
                .collect();
            scoped.as_slice()
        }
    };
    // The combined stylesheets are made of the others: their findings are the parts'.
    let mut written_sheets = third_party::read_stylesheets(files, written)?;
    written_sheets.retain(|(path, _)| !crate::output::bundle::is_bundle(path));
    let sheets = super::sheets::with_sources(&written_sheets, &opts.root, &site.theme, &site.library.assets);
    let link_check = LinkCheck {
        root: &opts.root,
        config: &site.config,
        fetch: opts.fetches(),
        progress: opts.progress(),
        preview: opts.preview(),
        only: only_pages,
        stylesheets: &sheets,
        useful_links: &site.links,
        withheld: &site.withheld,
    };
    let written_site = Written {
        root: &opts.root,
        files,
        changed,
        records,
        print_pages: print_pages(&site.plan, &site.library),
    };
    // The link checks take longest (and may fetch); the others run beside them.
    let (problems, links) = rayon::join(
        || page_checks(site, opts, rendered, &written_site, &sheets),
        || links::check(written, &rendered.records, &link_check),
    );
    timings::mark("checks");
    Ok(Checked {
        pages: rendered.records.len(),
        files: written.len(),
        problems: problems?,
        links,
    })
}

/// Every check but the links': CEOP, the kinds' own, third parties, accessibility and
/// consent, on the pages of `written`.
fn page_checks(
    site: &Site,
    opts: &BuildOptions,
    rendered: &Rendered,
    written: &Written<'_>,
    sheets: &[stylesheets::Stylesheet],
) -> Result<Vec<Diagnostic>> {
    let records = written.records;
    let mut problems = Problems::new();
    let mut broken: Vec<Diagnostic> = rendered
        .bodies
        .values()
        .flat_map(|b| b.broken.iter().cloned())
        .collect();
    broken.sort_by_key(|d| d.location.as_ref().map(|l| (l.file.clone(), l.line, l.column)));
    for d in site
        .pending
        .iter()
        .cloned()
        .chain(broken)
        .chain(rendered.problems.iter().cloned())
    {
        problems.push(d);
    }
    // Each check reads every page on its own: they run side by side, and report in this order.
    type Check<'c> = &'c (dyn Fn() -> Result<Vec<Diagnostic>> + Sync);
    let checks: [Check<'_>; 7] = [
        &|| Ok(super::portable::case_clashes(&rendered.written)),
        &|| Ok(ceop::check(records, &site.config.ceop_url)),
        &|| Ok(rendered.source_findings.iter().cloned().collect()),
        &|| Ok(third_party::check(records, sheets, &site.config.base_url, &opts.root)),
        &|| Ok(crate::checks::refusals::check(records, &opts.root)),
        &|| Ok(a11y::check(records, &stylesheets::named(sheets))),
        &|| site.images.check(written, &rendered.refused, opts.date),
    ];
    // One check a job: they take unequal times, and a thread done with the links' checks
    // takes the next whole check rather than wait for a pair to finish.
    let found: Vec<Vec<Diagnostic>> = checks
        .par_iter()
        .with_max_len(1)
        .map(|check| check())
        .collect::<Result<_>>()?;
    for d in found.into_iter().flatten() {
        problems.push(d);
    }
    Ok(problems.into_vec())
}

/// What the checks that read only the sources found: the kinds' rules, and each file's
/// reading level (kept for the next build, which reads again only the files it changed).
#[derive(Default)]
pub(crate) struct SourceFindings {
    kinds: Vec<Diagnostic>,
    reading: reading_level::Findings,
}

impl SourceFindings {
    /// Every finding, the kinds' first.
    fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.kinds.iter().chain(self.reading.iter())
    }
}

/// The checks that read only the sources, not the pages (the kinds' rules, reading
/// level): run beside the pages, so the checks after them have less to do. After a
/// change, each unchanged file's reading level is kept from `last`.
pub(crate) fn source_checks(site: &Site, opts: &BuildOptions, last: Option<&Built>) -> SourceFindings {
    let last = last.map(|b| (&b.site.library, &b.rendered.source_findings.reading));
    SourceFindings {
        kinds: kinds::check(&site.config, &site.library, opts.date),
        reading: reading_level::check_again(&site.config, &site.library, &site.glossary, last),
    }
}

/// The pages a partial build checks: those rendered again, and those with links to a
/// part (`#id`) of one of them that lost ids. Nothing else can have broken: no file
/// went (or every page is checked), and the last build passed every check.
fn pages_to_check(last: &Built, records: &[PageRecord], routes: &[&Route]) -> HashSet<String> {
    let mut pages: HashSet<String> = routes.iter().map(|r| r.path.clone()).collect();
    let old: HashMap<&str, &PageRecord> = last.rendered.records.iter().map(|r| (r.path.as_str(), r)).collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::files::Output;

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
