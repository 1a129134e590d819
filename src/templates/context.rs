//! Prepares one route for rendering: the chrome every page shares, its kind's view, and
//! its template, chosen in [`template`] and nowhere else.

pub use super::env::RenderEnv;
use super::kind_view::{Chrome, KindView, RenderContext, SectionView};
use super::{eal, kinds, switcher};
use crate::content::{Kind, Library, Page, Section};
use crate::error::Result;
use crate::routes::{Route, Target, Version};

/// A route, ready to render.
pub struct Prepared<'a> {
    /// The template to use.
    pub template: String,
    /// Its variables.
    pub context: RenderContext<'a>,
    /// What is being rendered, for error messages (`content/x.md for /pl/x/`).
    pub rendering: String,
}

/// A kind's view, its template, and what is being rendered.
type Made<'a> = (KindView<'a>, String, String);

/// Prepares one route for rendering.
pub fn prepare<'a>(env: &'a RenderEnv<'a>, route: &'a Route) -> Result<Prepared<'a>> {
    let lang = route.lang.as_str();
    let mut chrome = Chrome {
        lang,
        dir: env.dir_of(lang),
        version: route.version.as_str(),
        current_path: &route.path,
        canonical_url: format!("{}{}", env.config.base_url, route.path.trim_start_matches('/')),
        page: env.generated_view(lang, String::new(), "page"),
        versions: switcher::versions(env, route),
        nav: env.nav(route),
        report_path: env.plan.link_to_source(env.library, "report.md", lang, route.version),
        eal: None,
    };
    let (view, template, rendering) = match &route.target {
        Target::Page(key) => prepare_page(env, route, &env.library.pages[key], &mut chrome)?,
        Target::Section(key) => prepare_section(env, route, &env.library.sections[key], &mut chrome)?,
        other => prepare_generated(env, route, other, &mut chrome)?,
    };
    Ok(Prepared {
        template,
        context: RenderContext { chrome, view },
        rendering: format!("{rendering} for {}", route.path),
    })
}

/// The template of `route`: an EAL page's is `eal.html`; a content file may name its own
/// (`template = "..."`, `own`); otherwise its kind's, or haven's page's.
fn template(env: &RenderEnv<'_>, route: &Route, own: Option<&str>) -> String {
    template_in(env.library, route, own)
}

/// The template `route` is rendered with, as [`prepare`] chooses it: known before
/// rendering, so the pages of a template left out for an error are known too.
pub fn template_of(library: &Library, route: &Route, default: &str) -> String {
    let variant = route.version.variant();
    let own = match &route.target {
        Target::Page(_) if route.version == Version::Eal => None,
        Target::Page(key) => {
            let page = &library.pages[key];
            let resolved = page.versions.resolve(variant, &route.lang, default);
            Some(resolved.map_or(page.main_file(default), |r| r.file))
        }
        Target::Section(key) => library.sections[key]
            .versions
            .resolve(variant, &route.lang, default)
            .map(|r| r.file),
        _ => None,
    };
    template_in(library, route, own.and_then(|f| f.front.template.as_deref()))
}

/// [`template`] from the library alone.
fn template_in(library: &Library, route: &Route, own: Option<&str>) -> String {
    let chosen = match &route.target {
        Target::Page(_) if route.version == Version::Eal => return eal::TEMPLATE.to_string(),
        Target::Page(key) => kind_template(library.pages[key].kind),
        Target::Section(key) => kind_template(library.sections[key].kind),
        Target::Topic(_) => "topic.html",
        Target::Curriculum => "curriculum.html",
        Target::Posters | Target::PrintAll => "posters.html",
        Target::Poster(_) => "poster.html",
        Target::Search => "search.html",
        Target::Accessibility => "accessibility.html",
        Target::ExitHelp => "exit-this-page.html",
        Target::NotFound => "404.html",
    };
    own.unwrap_or(chosen).to_string()
}

/// The theme template that renders a kind of content.
fn kind_template(kind: Kind) -> &'static str {
    match kind {
        Kind::Home => "index.html",
        Kind::Section => "section.html",
        Kind::Band(_) => "band.html",
        Kind::Lesson(_) => "lesson.html",
        Kind::Rules(_) => "page.html",
        Kind::SidHub | Kind::SidYear(_) => "sid.html",
        Kind::Agreement => "agreement.html",
        Kind::Links => "links.html",
        Kind::Report => "report.html",
        Kind::Policy => "policy.html",
        Kind::Page => "page.html",
    }
}

fn prepare_page<'a>(
    env: &'a RenderEnv<'a>,
    route: &'a Route,
    page: &'a Page,
    chrome: &mut Chrome<'a>,
) -> Result<Made<'a>> {
    let default = env.default_lang();
    let resolved = match route.version {
        Version::Eal => None,
        v => page.versions.resolve(v.variant(), &route.lang, default),
    };
    let (file, exact) = resolved.map_or((page.main_file(default), true), |r| (r.file, r.exact));
    chrome.page = env.file_view(file, exact, page.kind);
    if route.version == Version::Eal {
        chrome.eal = Some(eal::eal_view(env, &route.lang, page));
    }
    // The EAL version is presented too: its English, key words translated in place.
    let eal_body = chrome.eal.as_ref().map(|eal| eal.content.clone());
    let view = kinds::page_view(env, route, page, file, eal_body.as_deref())?;
    let template = template(env, route, file.front.template.as_deref());
    Ok((view, template, file.source.display().to_string()))
}

fn prepare_section<'a>(
    env: &'a RenderEnv<'a>,
    route: &'a Route,
    section: &'a Section,
    chrome: &mut Chrome<'a>,
) -> Result<Made<'a>> {
    let resolved = section
        .versions
        .resolve(route.version.variant(), &route.lang, env.default_lang());
    let entry = env.section_entry(section, route);
    chrome.page = match resolved {
        Some(r) => env.file_view(r.file, r.exact, section.kind),
        None => env.generated_view(&route.lang, entry.title.into_owned(), section.kind.name()),
    };
    let view = SectionView {
        pages: env
            .library
            .section_pages(section)
            .map(|p| env.page_entry(p, route))
            .collect(),
        subsections: section
            .subsections
            .iter()
            .map(|k| env.section_entry(&env.library.sections[k], route))
            .collect(),
        of: kinds::section_view(env, route, section, resolved.map(|r| r.file))?,
    };
    let template = template(env, route, resolved.and_then(|r| r.file.front.template.as_deref()));
    let rendering = resolved.map_or_else(
        || format!("the folder content/{}", section.key),
        |r| r.file.source.display().to_string(),
    );
    Ok((KindView::Section(view), template, rendering))
}

fn prepare_generated<'a>(
    env: &'a RenderEnv<'a>,
    route: &'a Route,
    target: &Target,
    chrome: &mut Chrome<'a>,
) -> Result<Made<'a>> {
    let lang = route.lang.as_str();
    let (title_id, kind) = match target {
        Target::Topic(t) => (format!("topic-{}", t.code()), "topic"),
        Target::Curriculum => ("curriculum-title".into(), "curriculum"),
        Target::Posters => ("posters-title".into(), "posters"),
        Target::PrintAll => ("print-all-title".into(), "print-all"),
        Target::Poster(_) => ("poster-title".into(), "poster"),
        Target::Search => ("search-title".into(), "search"),
        Target::Accessibility => ("accessibility-title".into(), "accessibility"),
        Target::ExitHelp => ("exit-help-title".into(), "exit-help"),
        Target::NotFound => ("not-found-title".into(), "404"),
        Target::Page(_) | Target::Section(_) => unreachable!("content targets are prepared elsewhere"),
    };
    chrome.page = env.generated_view(lang, env.t(lang, &title_id)?, kind);
    let view = kinds::generated_view(env, route, target)?;
    Ok((view, template(env, route, None), format!("haven's {kind} page")))
}
