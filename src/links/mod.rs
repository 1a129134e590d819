//! Link checks (DESIGN §9), read from the pages haven wrote so content, templates and
//! data are all covered:
//!
//! - [`extract`]: every URL of every page, with its page, source file and Markdown line;
//! - [`internal`]: relative links and `#fragments` against the written files;
//! - [`stylesheets`]: the URLs inside stylesheets, against the written files;
//! - [`syntax`], [`host_name`]: the checks that need no network;
//! - [`external`]: web addresses, from the cache or fetched politely;
//! - [`finding`], [`report`]: one finding per URL and result, shown to people or to CI.

pub mod external;
pub mod extract;
pub mod finding;
pub mod host_name;
pub mod internal;
pub mod report;
pub mod stylesheets;
pub mod syntax;

use std::collections::HashSet;
use std::path::Path;

use crate::checks::stylesheets::Stylesheet;
use crate::config::Config;
use crate::kinds::links::UsefulLink;
use crate::web::facts::PageRecord;
use external::ExternalCheck;
pub use finding::{Finding, LinkReport, LinkResult};
use internal::WrittenSite;

/// What a link check run is asked to do.
pub struct LinkCheck<'a> {
    /// The site folder.
    pub root: &'a Path,
    /// The site's settings (`base_url`, `[links]`).
    pub config: &'a Config,
    /// Fetch external URLs the cache cannot answer (`haven check` without `--offline`).
    pub fetch: bool,
    /// Show a progress bar on the terminal while fetching.
    pub progress: bool,
    /// A local preview (`haven serve`): the site's own address is http:// on this
    /// computer, which is no reason to warn.
    pub preview: bool,
    /// Check only the links of these pages (route paths); `None`: every page's.
    pub only: Option<&'a HashSet<String>>,
    /// The stylesheets written, with their source text, whose URLs are checked too.
    pub stylesheets: &'a [Stylesheet],
    /// The useful links of `data/links.toml`, whose lines a finding names.
    pub useful_links: &'a [UsefulLink],
    /// URL paths (`/a/`, `/posters/`) of pages left out because of an error already
    /// reported: a link into one is not reported again.
    pub withheld: &'a [String],
}

/// Checks every link of every written page (or of the pages `run.only` names). `files`
/// are the written files' site paths; `pages` every written page, whose ids fragments
/// are checked against.
pub fn check(files: &HashSet<String>, pages: &[PageRecord], run: &LinkCheck<'_>) -> LinkReport {
    let data = extract::DataFiles::new(run.config, run.useful_links);
    let checked: Vec<&PageRecord> = pages
        .iter()
        .filter(|p| run.only.is_none_or(|only| only.contains(&p.path)))
        .collect();
    let uses = extract::extract(&checked, &data);
    let base_url = run.config.base_url.as_str();
    let site = WrittenSite {
        files,
        pages,
        base_url,
        withheld: run.withheld,
    };
    let own_http = |f: &Finding| {
        run.preview && f.result == LinkResult::Warning && f.url.as_deref().is_some_and(|u| u.starts_with(base_url))
    };
    let external = ExternalCheck {
        root: run.root,
        settings: &run.config.links,
        base_url,
        fetch: run.fetch,
        progress: run.progress,
    };
    // The checks that need no network run beside the external one (its cache, or fetches).
    let (mut findings, external) = rayon::join(
        || {
            let mut findings = site.check(&uses);
            findings.extend(syntax::check(&uses).into_iter().filter(|f| !own_http(f)));
            findings.extend(host_name::check(&uses));
            findings.extend(stylesheets::check(run.stylesheets, files, base_url));
            findings
        },
        || external.run(&uses),
    );
    findings.extend(external.findings);
    let mut report = LinkReport::new(findings);
    report.excluded = external.excluded;
    report.cached = external.cached;
    report.fetched = run.fetch;
    report.notices = external.notices;
    report
}
