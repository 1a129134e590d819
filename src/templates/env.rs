//! Everything shared by all routes of a build, and the views every kind's page is made
//! of: a content file as the reader sees it, listing entries, bands, topics and the
//! navigation.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;

use super::views::{BandView, Entry, PageView, TopicView};
use crate::config::Config;
use crate::content::front_matter::Date;
use crate::content::{Band, Kind, Library, Page, PageFile, Section, Topic, Variant};
use crate::error::{Diagnostic, Result};
use crate::i18n::Translations;
use crate::i18n::glossary::Glossary;
use crate::kinds::lessons::{LessonMeta, Slides, slides_at};
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
    /// The site view every template gets (`site`), made into the templates' values once
    /// for every page rather than again for each (every language's details are in it).
    pub site: tera::Value,
}

static NO_BODY: RenderedBody = RenderedBody {
    html: String::new(),
    headings: Vec::new(),
    links: Vec::new(),
    words: 0,
    marked: None,
    slide_starts: Vec::new(),
    broken: Vec::new(),
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

    /// The slides of `file`'s lesson body, borrowed from it; where they start was found
    /// as the body was rendered ([`RenderedBody::slide_starts`]), once however many routes
    /// show it (an untranslated lesson is shown in every language).
    pub(super) fn slides(&self, file: &PageFile) -> Slides<'a> {
        let body = self.body(file);
        slides_at(&body.html, &body.slide_starts)
    }

    pub(super) fn t(&self, lang: &str, id: &str) -> Result<String> {
        self.translations.translate(lang, id, &[]).map_err(|m| {
            Diagnostic::error(m)
                .hint("add the message to the theme's or site's i18n/ files")
                .into()
        })
    }

    /// The page view of a content file as a reader of `route` sees it.
    pub(super) fn file_view(&self, file: &'a PageFile, exact: bool, kind: Kind) -> PageView<'a> {
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
    pub(super) fn generated_view(&self, lang: &'a str, title: String, kind: &'static str) -> PageView<'a> {
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

    pub(super) fn section_entry(&self, section: &'a Section, route: &Route) -> Entry<'a> {
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
    pub(super) fn band_view(&self, band: Band, route: &Route, with_lessons: bool) -> Option<BandView<'a>> {
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

    pub(super) fn topic_view(&self, topic: Topic, route: &Route) -> TopicView<'a> {
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

    pub(super) fn nav(&self, route: &Route) -> Vec<Entry<'a>> {
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
