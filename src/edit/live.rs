//! The live preview: the page as the form has it now, put in place of its file in the last
//! build's site and rendered by the real pipeline (Markdown, the theme's templates, the
//! rewriting of links and images), with the checks that belong to one page: the kind's
//! (band against folder, the vocabularies: `[extra]`), the Markdown and link checks, the
//! kinds' own and the reading level for this file, and the output checks of the written
//! page (accessibility, CEOP button, privacy). Nothing is written to disk; the page is
//! kept in memory for the built site's origin to serve at the page's own address (so its
//! images and links resolve as they will), and the studio frames it from there.

use std::path::Path;

use super::which::which;
use super::{Studio, describe};
use crate::content::{Kind, extra};
use crate::content::{Library, PageFile, Variant, front_matter};
use crate::error::{Diagnostic, Error};
use crate::kinds;
use crate::markdown::{Markdown, reading_level};
use crate::routes::{self, Route, Target};
use crate::serve::session::Session;
use crate::site::{self, Site};
use crate::web::facts::PageRecord;
use crate::web::files::Output;

/// The page as the form has it now.
#[derive(Default)]
pub struct Draft {
    /// Its URL path on the built site, when it has one in the last build.
    pub path: Option<String>,
    /// The checks' findings, as (error, text).
    pub checks: Vec<(bool, String)>,
}

fn as_problems(e: Error) -> Vec<(bool, String)> {
    match e {
        Error::User(list) => list.iter().map(|d| (d.is_error(), describe(d))).collect(),
        Error::Internal(m) => vec![(true, m)],
    }
}

/// The findings of a whole-site check that are in the file `rel`.
fn found(list: impl IntoIterator<Item = Diagnostic>, rel: &str) -> Vec<(bool, String)> {
    list.into_iter()
        .filter(|d| {
            d.location
                .as_ref()
                .is_some_and(|l| crate::files::slashed(&l.file) == rel)
        })
        .map(|d| (d.is_error(), describe(&d)))
        .collect()
}

/// The findings of a check run on this page alone.
fn all(list: impl IntoIterator<Item = Diagnostic>) -> Vec<(bool, String)> {
    list.into_iter().map(|d| (d.is_error(), describe(&d))).collect()
}

/// The draft `text` of the file `rel` as a page file.
fn page_file(site: &Site, rel: &str, text: &str) -> Result<PageFile, Error> {
    let source = Path::new(rel);
    let split = front_matter::split(source, text)?;
    let front = front_matter::parse(source, split.front)?;
    let which = which(&site.config, rel).ok_or_else(|| Error::Internal(format!("`{rel}` is not a page file")))?;
    Ok(PageFile {
        source: source.to_path_buf(),
        lang: which.lang,
        variant: which.variant,
        front,
        front_text: split.front.to_string(),
        body: split.body.to_string(),
        body_line: split.body_line,
    })
}

/// Puts `file` in place of the file of the same name in `library`; gives the page's kind
/// and target, or `None` when the last build has no such file (a draft, or a new file).
fn replace(library: &mut Library, file: &mut PageFile, default: &str) -> Option<(Kind, Target)> {
    let pages = library
        .pages
        .values_mut()
        .map(|p| (p.kind, Target::Page(p.key.clone()), &mut p.versions));
    let sections = library
        .sections
        .values_mut()
        .map(|s| (s.kind, Target::Section(s.key.clone()), &mut s.versions));
    for (kind, target, versions) in pages.chain(sections) {
        let main_extra = versions.get(Variant::Standard, default).map(|m| m.front.extra.clone());
        let Some(old) = versions.iter_mut().find(|f| f.source == file.source) else {
            continue;
        };
        // Translations and easy-read files inherit the standard file's `[extra]`.
        if !(file.variant == Variant::Standard && file.lang == default) {
            file.front.extra = main_extra.unwrap_or_default();
        }
        *old = file.clone();
        return Some((kind, target));
    }
    None
}

/// Renders the draft `text` of `rel`; the page's HTML is kept for the site's origin.
pub fn render(studio: &Studio, rel: &str, text: &str) -> Draft {
    let built = studio.built();
    let Some(session) = &built.session else {
        let checks = vec![(true, "the site has not built yet, so nothing can be previewed".into())];
        return Draft { path: None, checks };
    };
    let mut checks = Vec::new();
    let path = match render_in(studio, session, rel, text, &mut checks) {
        Ok(path) => path,
        Err(found) => {
            checks.extend(found);
            None
        }
    };
    Draft { path, checks }
}

/// [`render`] in the last good build `session`: the page's path, its findings put in
/// `checks` as they come (an error that stops the rendering is the `Err`).
fn render_in(
    studio: &Studio,
    session: &Session,
    rel: &str,
    text: &str,
    checks: &mut Vec<(bool, String)>,
) -> Result<Option<String>, Vec<(bool, String)>> {
    let site = session.site();
    let default = site.config.default_language().code.clone();
    let mut file = page_file(site, rel, text).map_err(as_problems)?;
    let mut library = site.library.clone();
    let Some((kind, target)) = replace(&mut library, &mut file, &default) else {
        let why =
            "this file is not in the last build (a draft, or new): the preview shows it once it is saved and built";
        checks.push((false, why.into()));
        return Ok(None);
    };
    checks.extend(
        extra::check(kind, &file.front.extra_keys)
            .into_iter()
            .map(|p| (true, format!("[extra] {} ({}). {}", p.message, p.key, p.hint))),
    );
    // Reading level is judged per page file: only the draft's is read.
    let reading = match target {
        Target::Page(_) => reading_level::check_file(&site.config, &site.glossary, kind, &file),
        _ => Vec::new(),
    };
    let mark = matches!(kind, Kind::Lesson(_))
        && file.variant == Variant::Standard
        && site.config.is_default(&file.lang)
        && site.config.languages.len() > 1;
    let body = Markdown::new(&site.config, &site.glossary)
        .render(&file, &library, mark)
        .map_err(as_problems)?;
    let plan = draft_plan(site, &library)?;
    let draft_site = with_library(site, library, plan);
    let mut bodies = session.rendered_bodies().clone();
    bodies.insert(file.source.clone(), body);
    let is_ours = |r: &&Route| r.target == target && r.lang == file.lang && r.version.variant() == file.variant;
    let Some(route) = draft_site.plan.routes.iter().find(is_ours) else {
        checks.push((false, "this version has no page of its own on the site".into()));
        return Ok(None);
    };
    let out = Output::new();
    let records = site::render_pages(
        &draft_site,
        &bodies,
        &studio.opts,
        &out,
        &[route],
        session.static_files(),
    )
    .map_err(as_problems)?;
    checks.extend(page_checks(studio, &draft_site, &records, rel, reading));
    if let Some(html) = out
        .finish()
        .get(&format!("/{}", route.file()))
        .and_then(|b| b.read().ok())
    {
        studio.keep_preview(&route.path, html.to_vec());
    }
    Ok(Some(route.path.clone()))
}

/// The routes of the site with the draft's `library`, or its URL clashes as problems.
fn draft_plan(site: &Site, library: &Library) -> Result<routes::Plan, Vec<(bool, String)>> {
    match routes::plan(library, &site.config, &site.rooms) {
        (plan, clashes) if clashes.is_empty() => Ok(plan),
        (_, clashes) => Err(as_problems(Error::User(clashes))),
    }
}

/// The last build's site with the draft's `library` and `plan`.
fn with_library(site: &Site, library: Library, plan: routes::Plan) -> Site {
    Site {
        config: site.config.clone(),
        library,
        rooms: site.rooms.clone(),
        links: site.links.clone(),
        glossary: site.glossary.clone(),
        plan,
        translations: site.translations.clone(),
        templates: site.templates.clone(),
        theme: site.theme.clone(),
        images: site.images.clone(),
        read: Default::default(),
        pending: Vec::new(),
        standing: site.standing.clone(),
        withheld: site.withheld.clone(),
    }
}

/// The checks of the written page `records`, the draft's `reading` level and, among the
/// whole-site checks that need no other output, those in the file `rel`.
fn page_checks(
    studio: &Studio,
    site: &Site,
    records: &[PageRecord],
    rel: &str,
    reading: Vec<Diagnostic>,
) -> Vec<(bool, String)> {
    let config = &site.config;
    let mut checks = found(kinds::check(config, &site.library, studio.opts.date), rel);
    checks.extend(found(reading, rel));
    checks.extend(all(crate::checks::ceop::check(records, &config.ceop_url)));
    checks.extend(all(crate::checks::refusals::check(records, &studio.root)));
    for record in records {
        checks.extend(all(crate::a11y::page::check(record).into_iter().map(|(_, d)| d)));
    }
    checks
}
