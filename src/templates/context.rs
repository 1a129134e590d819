//! Assembles what one route's template receives: the page's text in the reader's language
//! (or the default-language fallback), listings, the version switcher and navigation.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;

use super::views::{BandView, Entry, PageView, RenderContext, SiteView, TopicView};
use super::{eal, kinds, switcher};
use crate::config::Config;
use crate::content::front_matter::Date;
use crate::content::{Band, Kind, Topic};
use crate::content::{Library, Page, PageFile, Section, Variant};
use crate::error::{Diagnostic, Result};
use crate::i18n::Translations;
use crate::i18n::glossary::Glossary;
use crate::kinds::lessons::LessonMeta;
use crate::kinds::links::UsefulLink;
use crate::kinds::posters::Room;
use crate::markdown::RenderedBody;
use crate::routes::{Plan, Route, Target, Version};

/// Everything shared by all routes of a build.
pub struct RenderEnv<'a> {
    /// The site's settings.
    pub config: &'a Config,
    /// All content.
    pub library: &'a Library,
    /// All routes.
    pub plan: &'a Plan,
    /// Rendered bodies by source file.
    pub bodies: &'a HashMap<PathBuf, RenderedBody>,
    /// The rooms, for posters.
    pub rooms: &'a [Room],
    /// The useful-links directory.
    pub links: &'a [UsefulLink],
    /// The build day.
    pub today: Date,
    /// The key words, for EAL pages.
    pub glossary: &'a Glossary,
    /// UI strings, for generated pages' titles.
    pub translations: &'a Translations,
    /// The site view every template gets.
    pub site: SiteView<'a>,
}

/// A route, ready to render.
pub struct Prepared<'a> {
    /// The template to use.
    pub template: String,
    /// Its variables.
    pub context: RenderContext<'a>,
    /// What is being rendered, for error messages (`content/x.md for /pl/x/`).
    pub rendering: String,
}

static NO_BODY: RenderedBody = RenderedBody {
    html: String::new(),
    headings: Vec::new(),
    links: Vec::new(),
    words: 0,
    marked: None,
};

impl<'a> RenderEnv<'a> {
    pub(super) fn default_lang(&self) -> &'a str {
        &self.config.default_language().code
    }

    /// The configured code of `lang`, borrowed for the whole build.
    fn lang_code(&self, lang: &str) -> &'a str {
        self.config
            .language(lang)
            .map_or(self.default_lang(), |l| l.code.as_str())
    }

    pub(super) fn dir_of(&self, lang: &str) -> &'static str {
        self.config.language(lang).map_or("ltr", |l| l.dir.as_str())
    }

    pub(super) fn body(&self, file: &PageFile) -> &'a RenderedBody {
        self.bodies.get(&file.source).unwrap_or(&NO_BODY)
    }

    fn t(&self, lang: &str, id: &str) -> Result<String> {
        self.translations.translate(lang, id, &[]).map_err(|m| {
            Diagnostic::error(m)
                .hint("add the message to the theme's or site's i18n/ files")
                .into()
        })
    }

    /// The page view of a content file as a reader of `route` sees it.
    fn file_view(&self, file: &'a PageFile, exact: bool, kind: Kind) -> PageView<'a> {
        let body = self.body(file);
        PageView {
            title: Cow::Borrowed(&file.front.title),
            description: file.front.description.as_deref(),
            content: &body.html,
            kind: kind.name(),
            lang: &file.lang,
            dir: self.dir_of(&file.lang),
            translated: exact,
            variant: file.variant.as_str(),
            date: file.front.date.map(|d| d.to_string()),
            extra: Some(&file.front.extra_keys),
            headings: &body.headings,
            source: Some(file.source.to_string_lossy().replace('\\', "/")),
            words: body.words,
        }
    }

    /// A generated page's view: a translated title and no body.
    fn generated_view(&self, lang: &'a str, title: String, kind: &'static str) -> PageView<'a> {
        PageView {
            title: Cow::Owned(title),
            description: None,
            content: "",
            kind,
            lang,
            dir: self.dir_of(lang),
            translated: true,
            variant: "standard",
            date: None,
            extra: None,
            headings: &[],
            source: None,
            words: 0,
        }
    }

    /// Where a reader of `route` is sent for `target` (see [`Plan::link`]): its path, and the
    /// variant whose title to show there.
    fn link(&self, target: &Target, route: &Route) -> Option<(String, Variant)> {
        let to = self
            .plan
            .find(target, &route.lang, route.version)
            .or_else(|| self.plan.find(target, &route.lang, Version::Standard))?;
        Some((to.path.clone(), to.version.variant()))
    }

    pub(super) fn page_entry(&self, page: &'a Page, route: &Route) -> Entry<'a> {
        let target = Target::Page(page.key.clone());
        let (path, variant) = self
            .link(&target, route)
            .unwrap_or_else(|| (page.path.clone(), Variant::Standard));
        let resolved = page.versions.resolve(variant, &route.lang, self.default_lang());
        let file = resolved.map_or_else(|| page.main_file(self.default_lang()), |r| r.file);
        Entry {
            title: Cow::Borrowed(&file.front.title),
            lang: &file.lang,
            dir: self.dir_of(&file.lang),
            description: file.front.description.as_deref(),
            current: path == route.path,
            path,
            kind: page.kind.name(),
            lesson: match page.kind {
                Kind::Lesson(band) => Some(LessonMeta::read(band, &file.front.extra)),
                _ => None,
            },
            extra: Some(&file.front.extra_keys),
        }
    }

    fn section_entry(&self, section: &'a Section, route: &Route) -> Entry<'a> {
        let target = Target::Section(section.key.clone());
        let (path, variant) = self
            .link(&target, route)
            .unwrap_or_else(|| (section.path.clone(), Variant::Standard));
        let resolved = section.versions.resolve(variant, &route.lang, self.default_lang());
        let band_title = match section.kind {
            Kind::Band(b) if resolved.is_none() => self.t(&route.lang, &format!("band-{}", b.code())).ok(),
            _ => None,
        };
        let (title, lang) = match (resolved, band_title) {
            (Some(r), _) => (Cow::Borrowed(r.file.front.title.as_str()), r.file.lang.as_str()),
            (None, Some(t)) => (Cow::Owned(t), self.lang_code(&route.lang)),
            (None, None) => (Cow::Borrowed(section.fallback_title.as_str()), self.default_lang()),
        };
        Entry {
            title,
            lang,
            dir: self.dir_of(lang),
            description: resolved.and_then(|r| r.file.front.description.as_deref()),
            current: path == route.path,
            path,
            kind: section.kind.name(),
            lesson: None,
            extra: resolved.map(|r| &r.file.front.extra_keys),
        }
    }

    /// The lessons of a band, in their section's order.
    /// A band with its lessons listed; `with_lessons` is false on lesson pages, which
    /// would otherwise list the whole band each and make the build quadratic.
    fn band_view(&self, band: Band, route: &Route, with_lessons: bool) -> Option<BandView<'a>> {
        let section = self.library.sections.get(&format!("lessons/{}", band.code()))?;
        let lessons = match with_lessons {
            true => self
                .library
                .section_pages(section)
                .map(|p| self.page_entry(p, route))
                .collect(),
            false => Vec::new(),
        };
        let path = self
            .plan
            .link(&Target::Section(section.key.clone()), &route.lang, route.version)?
            .to_string();
        Some(BandView::new(band, path, lessons))
    }

    fn topic_view(&self, topic: Topic, route: &Route) -> TopicView<'a> {
        let mut lessons: Vec<(Band, Entry<'a>)> = Vec::new();
        for page in self.library.pages.values() {
            if let Kind::Lesson(band) = page.kind
                && page
                    .main_file(self.default_lang())
                    .front
                    .extra
                    .topics()
                    .contains(&topic)
            {
                lessons.push((band, self.page_entry(page, route)));
            }
        }
        lessons.sort_by_key(|a| a.0);
        TopicView {
            code: topic.code(),
            lessons: lessons.into_iter().map(|(_, e)| e).collect(),
        }
    }

    fn nav(&self, route: &Route) -> Vec<Entry<'a>> {
        let Some(home) = self.library.sections.get("") else {
            return Vec::new();
        };
        // Weighted entries first, by weight; then sections, then pages, each in their order.
        let default = self.default_lang();
        let mut entries: Vec<_> = home
            .subsections
            .iter()
            .map(|k| &self.library.sections[k])
            .map(|s| (s.weight(default), self.section_entry(s, route)))
            .chain(
                self.library
                    .section_pages(home)
                    .map(|p| (p.main_file(default).front.weight, self.page_entry(p, route))),
            )
            .collect();
        entries.sort_by_key(|(weight, _)| weight.unwrap_or(i64::MAX));
        entries.into_iter().map(|(_, entry)| entry).collect()
    }
}

/// Prepares one route for rendering.
pub fn prepare<'a>(env: &'a RenderEnv<'a>, route: &'a Route) -> Result<Prepared<'a>> {
    let lang = route.lang.as_str();
    let mut cx = RenderContext {
        site: &env.site,
        lang,
        dir: env.dir_of(lang),
        version: route.version.as_str(),
        current_path: &route.path,
        canonical_url: format!("{}{}", env.config.base_url, route.path.trim_start_matches('/')),
        page: env.generated_view(lang, String::new(), "page"),
        versions: switcher::versions(env, route),
        nav: env.nav(route),
        pages: Vec::new(),
        subsections: Vec::new(),
        lesson: None,
        band: None,
        bands: Vec::new(),
        topic: None,
        topics: Vec::new(),
        curriculum: None,
        curriculum_path: None,
        posters: Vec::new(),
        report_path: env.plan.link_to_source(env.library, "report.md", lang, route.version),
        eal: None,
        slides: None,
        sid_banner: None,
        sid: None,
        useful_links: Vec::new(),
        exit: None,
        policy: None,
        agreement: None,
        statement: None,
    };
    let (template, rendering) = match &route.target {
        Target::Page(key) => prepare_page(env, route, &env.library.pages[key], &mut cx)?,
        Target::Section(key) => prepare_section(env, route, &env.library.sections[key], &mut cx)?,
        other => prepare_generated(env, route, other, &mut cx)?,
    };
    Ok(Prepared {
        template,
        context: cx,
        rendering: format!("{rendering} for {}", route.path),
    })
}

fn prepare_page<'a>(
    env: &'a RenderEnv<'a>,
    route: &'a Route,
    page: &'a Page,
    cx: &mut RenderContext<'a>,
) -> Result<(String, String)> {
    let default = env.default_lang();
    let resolved = match route.version {
        Version::Eal => None,
        v => page.versions.resolve(v.variant(), &route.lang, default),
    };
    let (file, exact) = resolved.map_or((page.main_file(default), true), |r| (r.file, r.exact));
    cx.page = env.file_view(file, exact, page.kind);
    if route.version == Version::Eal {
        cx.eal = Some(eal::eal_view(env, &route.lang, page));
    }
    if let Kind::Lesson(band) = page.kind {
        cx.lesson = Some(LessonMeta::read(band, &file.front.extra));
        cx.band = env.band_view(band, route, false);
    }
    let template = match route.version {
        Version::Eal => eal::TEMPLATE.to_string(),
        _ => file
            .front
            .template
            .clone()
            .unwrap_or_else(|| page.kind.template().to_string()),
    };
    kinds::add_page_views(env, route, page, file, cx)?;
    Ok((template, file.source.display().to_string()))
}

fn prepare_section<'a>(
    env: &'a RenderEnv<'a>,
    route: &'a Route,
    section: &'a Section,
    cx: &mut RenderContext<'a>,
) -> Result<(String, String)> {
    let resolved = section
        .versions
        .resolve(route.version.variant(), &route.lang, env.default_lang());
    let entry = env.section_entry(section, route);
    cx.page = match resolved {
        Some(r) => env.file_view(r.file, r.exact, section.kind),
        None => env.generated_view(&route.lang, entry.title.into_owned(), section.kind.name()),
    };
    cx.pages = env
        .library
        .section_pages(section)
        .map(|p| env.page_entry(p, route))
        .collect();
    cx.subsections = section
        .subsections
        .iter()
        .map(|k| env.section_entry(&env.library.sections[k], route))
        .collect();
    match section.kind {
        Kind::Band(band) => cx.band = env.band_view(band, route, true),
        Kind::Home | Kind::Section | Kind::SidHub
            if section.key.is_empty() || section.key == "lessons" || section.kind == Kind::SidHub =>
        {
            cx.bands = Band::ALL
                .iter()
                .filter_map(|b| env.band_view(*b, route, true))
                .collect();
            cx.topics = crate::routes::topics_in_use(env.library, env.default_lang())
                .into_iter()
                .collect();
            if section.key == "lessons" {
                cx.curriculum_path = env.plan.link(&Target::Curriculum, &route.lang, route.version);
            }
        }
        _ => {}
    }
    kinds::add_section_views(env, route, section, resolved.map(|r| r.file), cx)?;
    let template = resolved
        .and_then(|r| r.file.front.template.clone())
        .unwrap_or_else(|| section.kind.template().to_string());
    let rendering = resolved.map_or_else(
        || format!("the folder content/{}", section.key),
        |r| r.file.source.display().to_string(),
    );
    Ok((template, rendering))
}

fn prepare_generated<'a>(
    env: &'a RenderEnv<'a>,
    route: &'a Route,
    target: &Target,
    cx: &mut RenderContext<'a>,
) -> Result<(String, String)> {
    let lang = route.lang.as_str();
    let (template, title_id, kind) = match target {
        Target::Topic(t) => {
            cx.topic = Some(env.topic_view(*t, route));
            ("topic.html", format!("topic-{}", t.code()), "topic")
        }
        Target::Curriculum => {
            cx.curriculum = Some(env.curriculum_view(route));
            ("curriculum.html", "curriculum-title".into(), "curriculum")
        }
        Target::Posters => ("posters.html", "posters-title".into(), "posters"),
        Target::PrintAll => {
            cx.posters = (0..env.rooms.len())
                .filter(|i| env.rooms[*i].languages.iter().any(|l| l == lang))
                .filter_map(|i| env.poster_view(i, lang, true))
                .collect();
            ("posters.html", "print-all-title".into(), "print-all")
        }
        Target::Poster(i) => {
            cx.posters = env.poster_view(*i, lang, true).into_iter().collect();
            ("poster.html", "poster-title".into(), "poster")
        }
        Target::Search => ("search.html", "search-title".into(), "search"),
        Target::Accessibility => ("accessibility.html", "accessibility-title".into(), "accessibility"),
        Target::ExitHelp => ("exit-this-page.html", "exit-help-title".into(), "exit-help"),
        Target::NotFound => ("404.html", "not-found-title".into(), "404"),
        Target::Page(_) | Target::Section(_) => unreachable!("content targets are prepared elsewhere"),
    };
    if matches!(target, Target::Posters) {
        cx.posters = (0..env.rooms.len())
            .filter_map(|i| env.poster_view(i, env.rooms[i].languages[0].as_str(), false))
            .collect();
    }
    cx.page = env.generated_view(lang, env.t(lang, &title_id)?, kind);
    kinds::add_generated_views(env, route, cx)?;
    Ok((template.to_string(), format!("haven's {kind} page")))
}
