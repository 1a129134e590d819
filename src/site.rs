//! The one way through a build: [`make`] runs the steps in order (read, bodies, pages,
//! other files, checks), each step in its own file, collecting every problem a step finds
//! before stopping. A [`Work`] plan says how much each step does: everything for
//! `haven build` and `haven check` (which then publish or report), or after a change
//! (`haven serve`) only what it touches, the rest kept from the last build.
//!
//! - [`load`]: config, theme, strings, content, data -> a [`Site`];
//! - [`bodies`]: each content file's Markdown rendered once;
//! - [`affected`]: the [`Work`] a change asks for;
//! - [`pages`]: each route rendered, rewritten and written;
//! - [`write`]: static files, search indexes (made beside the pages), service worker,
//!   redirects, sitemap;
//! - [`check`]: every check on what was written;
//! - [`verdict`]: which findings stop the build.

mod affected;
mod bodies;
mod check;
mod load;
mod pages;
mod portable;
mod sheets;
mod verdict;
mod write;

pub(crate) use pages::render_pages;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use crate::content::translations::TranslationReport;
use crate::error::{Diagnostic, Error, Result};
use crate::images::encode::Refusal;
use crate::images::report::ConsentReport;
use crate::kinds::curriculum::GapReport;
use crate::links::LinkReport;
use crate::markdown::RenderedBody;
use crate::options::{BuildOptions, Command};
use crate::output::search;
use crate::output::{OutputFolder, folder, zip};
use crate::timings;
use crate::web::facts::PageRecord;
use crate::web::files::{Output, SiteFiles};
pub(crate) use affected::Work;
pub(crate) use check::Checked;
pub(crate) use load::{Site, load};
pub(crate) use verdict::verdict;

/// What a finished build reports.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages rendered.
    pub pages: usize,
    /// Files written, pages included.
    pub files: usize,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// Translation coverage.
    pub translations: TranslationReport,
    /// Where the site was published (`None` for `haven check`).
    pub output: Option<PathBuf>,
    /// The size in bytes of the zip file, when one was asked for.
    pub zip_bytes: Option<u64>,
    /// How long it took.
    pub seconds: f64,
    /// What the link checks found (external links from the cache only).
    pub links: LinkReport,
    /// The build's memory, for the caller to leak or free.
    pub leftovers: Leftovers,
}

/// What `haven check` found; nothing is published, and the caller decides the exit code.
#[derive(Debug)]
pub struct CheckReport {
    /// Pages rendered.
    pub pages: usize,
    /// Every problem of the checks other than links, errors and warnings.
    pub problems: Vec<Diagnostic>,
    /// What the link checks found.
    pub links: LinkReport,
    /// Translation coverage.
    pub translations: TranslationReport,
    /// Images published and the consent behind them on the build day.
    pub consent: ConsentReport,
    /// The curriculum map's gaps: information, never a warning.
    pub curriculum: GapReport,
    /// How long it took.
    pub seconds: f64,
    /// The build's memory, for the caller to leak or free.
    pub leftovers: Leftovers,
}

impl CheckReport {
    /// True when the check fails: any error, or under `strict` any warning.
    pub fn fails(&self, strict: bool) -> bool {
        self.links.fails(strict) || self.problems.iter().any(|d| d.is_error() || strict && d.fails_strict())
    }
}

/// A site rendered into memory: what the checks read, and what `haven serve` keeps to
/// render again only what a change touches.
pub(crate) struct Rendered {
    /// Every content file's body, by source file.
    pub(crate) bodies: HashMap<PathBuf, RenderedBody>,
    /// The plain text of every body, for search.
    pub(crate) texts: HashMap<PathBuf, String>,
    /// Every page written, in the plan's order.
    pub(crate) records: Vec<PageRecord>,
    /// The site paths `write_static` wrote.
    pub(crate) static_files: HashSet<String>,
    /// Images that could not be decoded, by image index.
    pub(crate) refused: Vec<(usize, Refusal)>,
    /// Every file written, by site path.
    pub(crate) written: HashSet<String>,
    /// Problems found while writing (files written twice, images' sidecar warnings).
    pub(crate) problems: Vec<Diagnostic>,
    /// What the checks that read only the sources found (the kinds' rules, reading
    /// level), made beside the pages.
    pub(crate) source_findings: check::SourceFindings,
    /// Each page's words for search, kept for the next build (`haven serve` only).
    pub(crate) search_words: search::Words,
}

/// A site built and checked: what `haven serve` keeps to make the next one from.
pub(crate) struct Built {
    /// The site as read.
    pub(crate) site: Site,
    /// What was rendered.
    pub(crate) rendered: Rendered,
    /// Every file written, by site path.
    pub(crate) files: SiteFiles,
    /// What the checks found.
    pub(crate) checked: Checked,
    /// How many pages this build rendered (all, or those the change touched).
    pub(crate) pages_rendered: usize,
    /// How many files it wrote new or rewrote.
    pub(crate) files_written: usize,
}

/// What changed since the last build, for [`make`].
pub(crate) enum Change<'a> {
    /// Everything, or there is no last build: read and make the whole site.
    Everything,
    /// Files under `content/` (content paths, `lessons/a.md`) and, with `static_files`,
    /// under `static/`, since `last`.
    Content {
        /// The last good build, kept.
        last: &'a Built,
        /// The content files edited, added or removed.
        edited: HashSet<String>,
        /// Whether files under `static/` changed too.
        static_files: bool,
    },
}

/// Reads, renders, writes into the output `open` gives (once the site is read; after a
/// change, a copy of the last build's files instead) and checks the site: all of it, or
/// the [`Work`] a change asks for. The same steps run either way.
pub(crate) fn make(opts: &BuildOptions, change: Change<'_>, open: impl FnOnce() -> Result<Output>) -> Result<Built> {
    let (site, last, static_changed) = read(opts, change)?;
    let out = start_output(last, open)?;
    timings::mark("load");
    let pending = |e| crate::site_pending::with(&site.pending, e);
    // The static files (stylesheets minified one by one) are written beside the Markdown,
    // which starts by loading the highlighter's grammars: neither waits for the other.
    let write_static = last.is_none() || static_changed;
    let (bodies, static_files) = rayon::join(
        || bodies::render(&site, last),
        || {
            pages::remove_gone(&site, last, &out);
            write::static_files(&site, opts, write_static, last, &out)
        },
    );
    let (bodies, changed) = bodies.map_err(pending)?;
    timings::mark("markdown and static files");
    let work = match last {
        Some(last) => affected::work(&last.site, &site, &changed, static_changed),
        None => Work::everything(),
    };
    let routes = pages::to_render(&site, &work, last);
    let static_files = static_files?;
    let (records, ((refused, (texts, indexes)), sources)) = rayon::join(
        || pages::render_pages(&site, &bodies, opts, &out, &routes, &static_files),
        || {
            rayon::join(
                || {
                    rayon::join(
                        || images(&site, opts, &work, last, &out),
                        || search(&site, opts, &bodies, &changed, last, &static_files, &out),
                    )
                },
                || check::source_checks(&site, opts, last),
            )
        },
    );
    timings::mark("pages, images, search text and indexes");
    let records = records.map_err(pending)?;
    let refused = refused.map_err(pending)?;
    let (indexes, words) = indexes.map_err(pending)?;
    let pages_rendered = records.len();
    let records = pages::merge(&site, records, last);
    let mut rendered = write::finish_site(
        &site,
        opts,
        &out,
        bodies,
        texts,
        records,
        static_files,
        refused,
        indexes,
    )
    .map_err(pending)?;
    rendered.source_findings = sources;
    rendered.search_words = words;
    let files = out.finish();
    let (checked, files_written) = check::check_work(&site, opts, &files, &rendered, &work, last, &routes)?;
    Ok(Built {
        site,
        rendered,
        files,
        checked,
        pages_rendered,
        files_written,
    })
}

/// The search indexes' site paths, and each page's words when the build is kept.
type SearchIndexes = (Vec<String>, search::Words);

/// The plain text of every body for search, and the search indexes made of it, written
/// into `out`: they need the bodies, not the pages, so they are made beside the pages.
fn search(
    site: &Site,
    opts: &BuildOptions,
    bodies: &HashMap<PathBuf, RenderedBody>,
    changed: &BTreeSet<PathBuf>,
    last: Option<&Built>,
    static_files: &HashSet<String>,
    out: &Output,
) -> (HashMap<PathBuf, String>, Result<SearchIndexes>) {
    let texts = bodies::texts(bodies, changed, last);
    let indexes = write::search_indexes(site, opts, &texts, (static_files, last), out);
    (texts, indexes)
}

/// The site read for [`make`] (all of it, or `content/` again after a change), with the
/// last build to start from and whether files under `static/` changed.
fn read<'a>(opts: &BuildOptions, change: Change<'a>) -> Result<(Site, Option<&'a Built>, bool)> {
    match change {
        Change::Everything => Ok((load(opts)?, None, true)),
        Change::Content {
            last,
            edited,
            static_files,
        } => {
            let site = last.site.reload_content(opts, &edited)?;
            // The images' plan reads the library's assets: when they differ, read everything.
            if site.library.assets != last.site.library.assets {
                return read(opts, Change::Everything);
            }
            Ok((site, Some(last), static_files))
        }
    }
}

/// The output a build writes into: the folder `open` gives, or after a change a copy of
/// the last build's files without its search index (made again whole: a page number it
/// no longer uses must go).
fn start_output(last: Option<&Built>, open: impl FnOnce() -> Result<Output>) -> Result<Output> {
    let Some(last) = last else {
        return open();
    };
    let out = Output::from_files(last.files.clone());
    for (path, _) in last.files.iter().filter(|(p, _)| p.starts_with(search::FOLDER)) {
        out.remove(path);
    }
    Ok(out)
}

/// Publishes the images when `work` asks, else keeps the last build's refusals (the
/// images themselves are in its files, which this build starts from).
fn images(
    site: &Site,
    opts: &BuildOptions,
    work: &Work,
    last: Option<&Built>,
    out: &Output,
) -> Result<Vec<(usize, Refusal)>> {
    match last {
        Some(last) if !work.images => Ok(last.rendered.refused.clone()),
        _ => site.images.publish(out, opts.progress()),
    }
}

/// A finished build's memory (its site, bodies and files), handed to the caller. Freeing
/// a big site's bodies, texts and page facts one allocation at a time takes a tenth of a
/// second at 10,000 pages: a command about to end leaks it ([`Self::leak`]), and the
/// system takes it back at once when the command ends; one that goes on frees it on
/// another thread ([`Self::free_later`]). Dropped, it is freed there and then.
pub struct Leftovers {
    /// Held only to be freed or leaked.
    _held: Box<dyn Send>,
}

impl Leftovers {
    fn new(value: impl Send + 'static) -> Self {
        Self { _held: Box::new(value) }
    }

    /// Leaves the memory to the system: for a command that ends next.
    pub fn leak(self) {
        std::mem::forget(self);
    }

    /// Frees the memory on another thread: nothing waits for it.
    pub fn free_later(self) {
        std::thread::spawn(move || drop(self));
    }
}

impl std::fmt::Debug for Leftovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Leftovers")
    }
}

/// Builds the site and publishes it when no check failed.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let Command::Build { output, zip, .. } = &opts.command else {
        return Err(Error::Internal(
            "haven build was asked to run as another command".into(),
        ));
    };
    if let Some(zip_file) = zip {
        zip::check_destination(zip_file, output)?;
    }
    folder::check_placement(&opts.root, output)?;
    timings::start();
    let mut target = None;
    // The output folder is opened once the site is read, so a site that cannot be read
    // leaves no trace.
    let built = make(opts, Change::Everything, || {
        target.insert(OutputFolder::create(output)?).stage()
    })?;
    let Some(target) = target else {
        return Err(Error::Internal("the site was built without an output folder".into()));
    };
    let Built {
        site,
        rendered,
        files,
        checked,
        ..
    } = built;
    let mut warnings = verdict(&checked, opts.strict())?;
    warnings.extend(crate::images::register_in_git::warning(&opts.root));
    let redirects = crate::published::redirects(&site.plan, &site.library, &site.rooms)?;
    let urls = crate::published::urls(&site.plan, &redirects);
    if !site.config.example {
        crate::published::check_list(&opts.root, &urls)?;
    }
    timings::mark("verdict");
    let output = target.publish(&files)?;
    if !site.config.example {
        crate::published::write_list(&opts.root, &urls)?;
    }
    timings::mark("publish");
    let zip_bytes = match zip {
        Some(zip_file) => Some(zip::pack(&output, zip_file, opts.date)?),
        None => None,
    };
    let report = BuildReport {
        pages: checked.pages,
        files: checked.files,
        warnings,
        translations: TranslationReport::new(&site.config, &site.translations, &site.library),
        output: Some(output),
        zip_bytes,
        seconds: started.elapsed().as_secs_f64(),
        links: checked.links,
        leftovers: Leftovers::new((site, rendered, files)),
    };
    Ok(report)
}

/// Runs every check on a build made in memory and then dropped. Fails only when the
/// site cannot be built at all; the checks' findings are in the report.
pub fn check(opts: &BuildOptions) -> Result<CheckReport> {
    let started = Instant::now();
    let Built {
        site,
        rendered,
        files,
        checked,
        ..
    } = make(opts, Change::Everything, || Ok(Output::new()))?;
    let report = CheckReport {
        pages: checked.pages,
        problems: checked.problems,
        links: checked.links,
        translations: TranslationReport::new(&site.config, &site.translations, &site.library),
        consent: ConsentReport::new(&site.images, opts.date),
        curriculum: GapReport::new(&site.library, &site.config.default_language().code),
        seconds: started.elapsed().as_secs_f64(),
        leftovers: Leftovers::new((site, rendered, files)),
    };
    Ok(report)
}
