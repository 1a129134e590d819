//! The fourth step: the files besides pages (static files, the code stylesheet, search
//! indexes, the service worker, redirects, the sitemap), each claimed once: a static file
//! and a file haven makes at the same path is an error.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;

use super::{Built, Rendered, Site, bodies};
use crate::error::{Diagnostic, Problems, Result};
use crate::images::encode::Refusal;
use crate::images::is_raster;
use crate::markdown::{RenderedBody, highlight};
use crate::options::BuildOptions;
use crate::output::offline::{self, OfflineEnv};
use crate::output::search::{SearchEnv, Words};
use crate::output::{bundle, css, minify, sitemap};
use crate::timings;
use crate::web::facts::PageRecord;
use crate::web::files::Output;

/// The static files' site paths: written when `work` asks (the last build's removed
/// first), else the last build's, kept.
pub(crate) fn static_files(
    site: &Site,
    opts: &BuildOptions,
    write: bool,
    last: Option<&Built>,
    out: &Output,
) -> Result<HashSet<String>> {
    match last {
        Some(last) if !write => Ok(last.rendered.static_files.clone()),
        _ => {
            for path in last.iter().flat_map(|l| &l.rendered.static_files) {
                out.remove(path);
            }
            write_static(site, &opts.root, out)
        }
    }
}

/// True for files that must never be published from `static/`: image sidecars and the
/// consent register hold pupils' details (DESIGN §7 rule 5).
fn is_private(rel: &str) -> bool {
    rel.ends_with(".toml")
}

/// True for the files `write_static` copies: not private, and not raster images, which
/// [`Images::publish`] re-encodes.
fn is_copied(rel: &str) -> bool {
    !is_private(rel) && !is_raster(rel)
}

/// Writes the theme's and site's static files, the code stylesheet, the theme's combined
/// stylesheets and bundle files, and gives their site paths.
fn write_static(site: &Site, root: &Path, out: &Output) -> Result<HashSet<String>> {
    let mut written = HashSet::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (rel, file) in site.theme.static_files.iter().filter(|(rel, _)| is_copied(rel)) {
        files.push((format!("/{rel}"), file.bytes.to_vec()));
    }
    files.push(("/syntax.css".into(), highlight::stylesheet().into_bytes()));
    files.extend(site.config.brand.files(root)?);
    let mut problems = Problems::new();
    for f in crate::files::walk_files(root, "static", &mut problems)? {
        if !is_copied(&f.rel) {
            continue;
        }
        match std::fs::read(&f.path) {
            Ok(bytes) => files.push((format!("/{}", f.rel), bytes)),
            Err(e) => problems.push(
                Diagnostic::error(format!("cannot read this file: {e}")).in_file(Path::new("static").join(&f.rel)),
            ),
        }
    }
    for asset in site.library.assets.iter().filter(|a| !is_raster(&a.path)) {
        match std::fs::read(root.join(&asset.source)) {
            Ok(bytes) => files.push((asset.path.clone(), bytes)),
            Err(e) => problems.push(Diagnostic::error(format!("cannot read this file: {e}")).in_file(&asset.source)),
        }
    }
    problems.finish()?;
    // A later file at a path replaces an earlier one (a site's `static/haven.css` the
    // theme's): each path written once, at its first place, with its last file's text.
    let last: IndexMap<String, Vec<u8>> = files.into_iter().collect();
    // Each stylesheet minified once, for its own file and for the combined ones.
    let mut minified: HashMap<String, String> = HashMap::new();
    for (path, bytes) in last {
        let bytes = if path.ends_with(".css") {
            let text = minify::css(&String::from_utf8_lossy(&bytes));
            let written = css::relative_urls(&path, &text).into_bytes();
            minified.insert(path.clone(), text);
            written
        } else {
            bytes
        };
        out.write(&path, &bytes)?;
        written.insert(path);
    }
    for b in bundle::make(&site.config.brand, &minified) {
        out.write(&b.path, b.text.as_bytes())?;
        written.insert(b.path);
    }
    Ok(written)
}

/// Files written by both a page and a static file would silently replace each other.
fn check_collisions(records: &[PageRecord], written: &HashSet<String>) -> Vec<Diagnostic> {
    records
        .iter()
        .filter(|r| written.contains(&r.file))
        .map(|r| {
            Diagnostic::error(format!(
                "a static file and the page {} are both written to {}",
                r.path, r.file
            ))
            .hint("rename or move the file in static/ (or the content folder) so it does not shadow a page")
        })
        .collect()
}

/// Writes the files haven makes besides pages (search indexes, the service worker); one that a static file
/// has already written is an error.
fn write_generated(
    files: Vec<(String, String)>,
    out: &Output,
    written: &mut HashSet<String>,
    problems: &mut Problems,
) -> Result<()> {
    for (path, text) in files {
        if claim(path.clone(), written, problems) {
            out.write(&path, text.as_bytes())?;
        }
    }
    Ok(())
}

/// Marks `path` written by haven, or, when a static file has it already, reports that.
fn claim(path: String, written: &mut HashSet<String>, problems: &mut Problems) -> bool {
    if written.contains(&path) {
        problems.push(
            Diagnostic::error(format!(
                "a static file is written to {path}, where haven writes its own file"
            ))
            .hint("rename or move the file in static/ (or your theme's static/ folder)"),
        );
        return false;
    }
    written.insert(path)
}

/// Writes the search indexes into `out`, each as it is made, but for any at a path a
/// static file, an image or a page has (reported by [`finish_site`]), and gives their
/// site paths, and each page's words when the build is kept (`haven serve`: the next
/// build takes the words of unchanged pages from `last`). It needs the bodies' text,
/// not the pages, so it runs beside the pages.
pub(crate) fn search_indexes(
    site: &Site,
    opts: &BuildOptions,
    texts: &HashMap<PathBuf, String>,
    (static_files, last): (&HashSet<String>, Option<&Built>),
    out: &Output,
) -> Result<(Vec<String>, Words)> {
    let search = SearchEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        translations: &site.translations,
        portable: opts.portable(),
    };
    let mut taken: HashSet<String> = site.plan.routes.iter().map(|r| format!("/{}", r.file())).collect();
    taken.extend(site.images.output_paths().map(String::from));
    let known = last.map(|l| &l.rendered.search_words);
    search.write_indexes(texts, (known, bodies::kept(opts)), |index| {
        if static_files.contains(&index.path) || taken.contains(&index.path) {
            return Ok(());
        }
        out.write(&index.path, index.script.as_bytes())
    })
}

/// Claims the search indexes written already and writes, when the site asks for it, the
/// service worker (which reads the pages written before it).
fn write_search_and_offline(
    site: &Site,
    opts: &BuildOptions,
    out: &Output,
    indexes: Vec<String>,
    written: &mut HashSet<String>,
    problems: &mut Problems,
) -> Result<()> {
    for path in indexes {
        claim(path, written, problems);
    }
    let offline = OfflineEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        portable: opts.portable(),
    };
    let service_worker = offline.service_worker(out, written)?;
    write_generated(service_worker.into_iter().collect(), out, written, problems)
}

/// Writes what is made from every page (search indexes, service worker, sitemap) and
/// gathers what was written; the last step of every build, full or (`haven serve`) not.
#[allow(clippy::too_many_arguments)] // the parts of a build, each from its own stage
pub(crate) fn finish_site(
    site: &Site,
    opts: &BuildOptions,
    out: &Output,
    mut bodies: HashMap<PathBuf, RenderedBody>,
    texts: HashMap<PathBuf, String>,
    records: Vec<PageRecord>,
    static_files: HashSet<String>,
    refused: Vec<(usize, Refusal)>,
    indexes: Vec<String>,
) -> Result<Rendered> {
    if !bodies::kept(opts) {
        bodies::forget_html(&mut bodies);
    }
    let mut written = static_files.clone();
    written.extend(site.images.output_paths().map(String::from));
    let mut problems = Problems::new();
    let over_budget = site.images.over_budget(site.config.images.budget_kb);
    for d in site.images.warnings.iter().cloned().chain(over_budget) {
        problems.push(d);
    }
    for d in check_collisions(&records, &written) {
        problems.push(d);
    }
    written.extend(records.iter().map(|r| r.file.clone()));
    let mut rendered = Rendered {
        bodies,
        texts,
        records,
        static_files,
        refused,
        written: HashSet::new(),
        problems: Vec::new(),
        source_findings: Default::default(),
        search_words: Words::default(),
    };
    write_search_and_offline(site, opts, out, indexes, &mut written, &mut problems)?;
    if !bodies::kept(opts) {
        // Written into the indexes: nothing after them reads the texts.
        rendered.texts = HashMap::new();
    }
    if let Some(d) = offline::check_registration(&site.config, &rendered.records) {
        problems.push(d);
    }
    let redirects = crate::published::redirects(&site.plan, &site.library, &site.rooms)?;
    let redirect_pages = redirects
        .iter()
        .map(|r| {
            let page = crate::published::redirect_page(r, &site.config.base_url, opts.portable());
            (format!("/{}", crate::published::file_of(&r.from)), page)
        })
        .collect();
    write_generated(redirect_pages, out, &mut written, &mut problems)?;
    timings::mark("service worker, redirects");
    out.write("sitemap.xml", sitemap::sitemap(&site.plan, &site.config).as_bytes())?;
    written.insert("/sitemap.xml".into());
    rendered.written = written;
    rendered.problems = problems.into_vec();
    Ok(rendered)
}
