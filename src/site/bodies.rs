//! The second step: every content file's Markdown rendered once, in parallel; after a
//! change (`haven serve`), only the files that changed, the last build's bodies and
//! search texts kept for the rest.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use rayon::prelude::*;

use super::{Built, Site};
use crate::content::Kind;
use crate::content::{Page, PageFile, Variant};
use crate::error::{Problems, Result};
use crate::markdown::{Markdown, RenderedBody};
use crate::options::{BuildOptions, Command};
use crate::output::search::plain_texts;

/// Every body, and the content files whose rendering changed since `last` (none when
/// there is no last build: everything is new).
pub(crate) fn render(site: &Site, last: Option<&Built>) -> Result<(HashMap<PathBuf, RenderedBody>, BTreeSet<PathBuf>)> {
    match last {
        None => Ok((render_files(site, &content_files(site))?, BTreeSet::new())),
        Some(last) => render_again(site, last),
    }
}

/// The plain text of every body for search: all made, or, after a change, kept from
/// `last` for unchanged bodies.
pub(crate) fn texts(
    bodies: &HashMap<PathBuf, RenderedBody>,
    changed: &BTreeSet<PathBuf>,
    last: Option<&Built>,
) -> HashMap<PathBuf, String> {
    match last {
        None => plain_texts(bodies),
        Some(last) => texts_again(bodies, changed, last),
    }
}

/// True for the files whose EAL pages mark glossary words: default-language lessons,
/// when the site has other languages.
fn needs_key_words(site: &Site, page: &Page, file: &PageFile) -> bool {
    matches!(page.kind, Kind::Lesson(_))
        && file.variant == Variant::Standard
        && site.config.is_default(&file.lang)
        && site.config.languages.len() > 1
}

/// Every content file, each with whether its EAL pages need its key words marked.
fn content_files(site: &Site) -> Vec<(&PageFile, bool)> {
    site.library
        .pages
        .values()
        .flat_map(|p| p.versions.iter().map(move |f| (f, needs_key_words(site, p, f))))
        .chain(
            site.library
                .sections
                .values()
                .flat_map(|s| s.versions.iter().map(|f| (f, false))),
        )
        .collect()
}

/// How many files one job renders at most: the Markdown is rendered beside the static
/// files, so small jobs let the thread that finishes those take a share of what is left.
const FILES_PER_JOB: usize = 8;

/// Renders these content files' Markdown, in parallel.
fn render_files(site: &Site, files: &[(&PageFile, bool)]) -> Result<HashMap<PathBuf, RenderedBody>> {
    let markdown = Markdown::new(&site.config, &site.glossary);
    let results: Vec<(PathBuf, Result<RenderedBody>)> = files
        .par_iter()
        .with_max_len(FILES_PER_JOB)
        .map(|(f, mark)| (f.source.clone(), markdown.render_keeping_going(f, &site.library, *mark)))
        .collect();
    let mut problems = Problems::new();
    let mut bodies = HashMap::with_capacity(results.len());
    for (source, result) in results {
        if let Some(body) = problems.take(result)? {
            bodies.insert(source, body);
        }
    }
    problems.finish().map(|_| bodies)
}

/// Every body of the new content: those of unchanged files kept, the others rendered
/// again (all of them when links may now resolve differently: files came or went).
/// Also gives the source files whose rendering changed.
fn render_again(site: &Site, last: &Built) -> Result<(HashMap<PathBuf, RenderedBody>, BTreeSet<PathBuf>)> {
    let old_files: HashMap<&PathBuf, &PageFile> = content_files(&last.site)
        .into_iter()
        .map(|(f, _)| (&f.source, f))
        .collect();
    let same_links = site.library.links_resolve_like(&last.site.library);
    let files = content_files(site);
    let stale: Vec<(&PageFile, bool)> = files
        .iter()
        .filter(|(f, _)| !same_links || old_files.get(&f.source).is_none_or(|old| *old != *f))
        .copied()
        .collect();
    let mut fresh = render_files(site, &stale)?;
    let mut bodies = HashMap::with_capacity(files.len());
    let mut changed = BTreeSet::new();
    for (file, _) in &files {
        let old = last.rendered.bodies.get(&file.source);
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
fn texts_again(
    bodies: &HashMap<PathBuf, RenderedBody>,
    changed: &BTreeSet<PathBuf>,
    last: &Built,
) -> HashMap<PathBuf, String> {
    let stale = bodies
        .iter()
        .filter(|(source, _)| changed.contains(*source) || !last.rendered.texts.contains_key(*source));
    let mut texts = plain_texts(stale.collect::<Vec<_>>());
    for source in bodies.keys() {
        if !texts.contains_key(source)
            && let Some(text) = last.rendered.texts.get(source)
        {
            texts.insert(source.clone(), text.clone());
        }
    }
    texts
}

/// True when this build is kept once made (`haven serve`, the studio): its next build
/// starts from its bodies and search texts. `haven build` and `haven check` end with it.
pub(crate) fn kept(opts: &BuildOptions) -> bool {
    !matches!(opts.command, Command::Build { .. } | Command::Check { .. })
}

/// Drops the bodies' HTML, which only the pages and search texts are made from, keeping
/// what the checks read (their broken links). A 3,000-lesson site in three languages held
/// some 70 MB of it until its checks ended (issue 22).
pub(crate) fn forget_html(bodies: &mut HashMap<PathBuf, RenderedBody>) {
    for body in bodies.values_mut() {
        body.html = String::new();
        body.marked = None;
        body.slide_starts = Vec::new();
    }
}
