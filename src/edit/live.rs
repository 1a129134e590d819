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
use crate::content::{Library, PageFile, Variant, front_matter};
use crate::error::{Diagnostic, Error};
use crate::kinds::{self, Kind, extra};
use crate::markdown::{Markdown, reading_level};
use crate::output::Output;
use crate::routes::{self, Route, Target};
use crate::site::{self, Site};

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
                .is_some_and(|l| l.file.to_string_lossy().replace('\\', "/") == rel)
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
    let site = session.site();
    let default = site.config.default_language().code.clone();
    let mut file = match page_file(site, rel, text) {
        Ok(file) => file,
        Err(e) => {
            return Draft {
                path: None,
                checks: as_problems(e),
            };
        }
    };
    let mut library = site.library.clone();
    let Some((kind, target)) = replace(&mut library, &mut file, &default) else {
        let checks = vec![(
            false,
            "this file is not in the last build (a draft, or new): the preview shows it once it is saved and built"
                .into(),
        )];
        return Draft { path: None, checks };
    };
    let mut checks: Vec<(bool, String)> = extra::check(kind, &file.front.extra)
        .into_iter()
        .map(|p| (true, format!("[extra] {} ({}). {}", p.message, p.key, p.hint)))
        .collect();
    let mark = matches!(kind, Kind::Lesson(_))
        && file.variant == Variant::Standard
        && site.config.is_default(&file.lang)
        && site.config.languages.len() > 1;
    let body = match Markdown::new(&site.config, &site.glossary).render(&file, &library, mark) {
        Ok(body) => body,
        Err(e) => {
            checks.extend(as_problems(e));
            return Draft { path: None, checks };
        }
    };
    let plan = match routes::plan(&library, &site.config, &site.rooms) {
        Ok(plan) => plan,
        Err(e) => {
            checks.extend(as_problems(e));
            return Draft { path: None, checks };
        }
    };
    let draft_site = Site {
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
    };
    let mut bodies = session.rendered_bodies().clone();
    bodies.insert(file.source.clone(), body);
    let is_ours = |r: &&Route| r.target == target && r.lang == file.lang && r.version.variant() == file.variant;
    let Some(route) = draft_site.plan.routes.iter().find(is_ours) else {
        checks.push((false, "this version has no page of its own on the site".into()));
        return Draft { path: None, checks };
    };
    let out = Output::new();
    let records = match site::render_pages(&draft_site, &bodies, &studio.opts, &out, &[route]) {
        Ok(records) => records,
        Err(e) => {
            checks.extend(as_problems(e));
            return Draft { path: None, checks };
        }
    };
    let config = &draft_site.config;
    checks.extend(found(kinds::check(config, &draft_site.library, studio.opts.date), rel));
    checks.extend(found(
        reading_level::check(config, &draft_site.library, &draft_site.glossary),
        rel,
    ));
    checks.extend(all(crate::output::ceop::check(&records, &config.ceop_url)));
    checks.extend(all(crate::output::privacy::check(&records, &studio.root)));
    for record in &records {
        checks.extend(all(crate::a11y::page::check(record).into_iter().map(|(_, d)| d)));
    }
    if let Some(html) = out.finish().get(&format!("/{}", route.file())).and_then(|b| b.read().ok()) {
        studio.keep_preview(&route.path, html.to_vec());
    }
    Draft {
        path: Some(route.path.clone()),
        checks,
    }
}
