//! The search index, built at build time (issue 8). For each language and version there
//! is one index of the pages a reader of that language and version reaches, written as a
//! script beside the language's search page (`/pl/search/easy.js`): a script rather than
//! JSON, so it loads from `file://` too, and only on the search page. Each page gives its
//! URL (relative to the search page), title, age band and text; the theme's
//! `haven-search.js` matches words in the browser.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;
use serde::{Serialize, Serializer};

use super::plain_text::plain_text;
use crate::config::Config;
use crate::content::{Band, Kind};
use crate::content::{Library, PageFile};
use crate::i18n::Translations;
use crate::markdown::RenderedBody;
use crate::routes::relative::relative;
use crate::routes::{Plan, Route, Target, Version};

/// The text search reads of each body, by source file (`haven serve` keeps it and
/// makes it again only for the bodies that changed).
pub fn plain_texts<'a>(
    bodies: impl IntoParallelIterator<Item = (&'a PathBuf, &'a RenderedBody)>,
) -> HashMap<PathBuf, String> {
    bodies
        .into_par_iter()
        .map(|(source, body)| (source.clone(), plain_text(&body.html)))
        .collect()
}

/// The versions a reader can be searching from.
const VERSIONS: [Version; 3] = [Version::Standard, Version::Easy, Version::Eal];

/// What the index builder reads.
pub struct SearchEnv<'a> {
    /// The site's settings (languages).
    pub config: &'a Config,
    /// All content.
    pub library: &'a Library,
    /// All routes.
    pub plan: &'a Plan,
    /// UI strings, for the titles of generated pages and band names.
    pub translations: &'a Translations,
    /// Portable output: URLs to pages name `index.html`.
    pub portable: bool,
}

/// One index, ready to write.
#[derive(Debug)]
pub struct IndexFile {
    /// Its site path (`/pl/search/standard.js`).
    pub path: String,
    /// The script.
    pub script: String,
    /// How many pages it lists.
    pub pages: usize,
}

/// One page in an index: URL, title, band name (or ""), the language of its text when it
/// is not the index's (an untranslated page), and its text.
#[derive(Serialize)]
struct Entry<'a>(String, Cow<'a, str>, String, &'a str, Text<'a>);

/// A page's text in an index: its description, if any, then its body. The two are joined
/// only as the index is written, so building an index never holds a second copy of every
/// lesson's text (BENCHMARKS.md).
struct Text<'a> {
    description: Option<&'a str>,
    body: Cow<'a, str>,
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.description {
            Some(d) => serializer.collect_str(&format_args!("{d} {}", self.body)),
            None => serializer.serialize_str(&self.body),
        }
    }
}

#[derive(Serialize)]
struct Index<'a> {
    lang: &'a str,
    version: &'static str,
    /// The direction of every language a page's text is in, for snippets.
    dirs: BTreeMap<&'a str, &'static str>,
    pages: Vec<Entry<'a>>,
}

/// What a search result shows of one page.
struct Shown<'a> {
    title: Cow<'a, str>,
    band: Option<Band>,
    lang: &'a str,
    text: Text<'a>,
}

/// The age band a page or section belongs to, for results.
fn band_of(kind: Kind) -> Option<Band> {
    match kind {
        Kind::Lesson(b) | Kind::Band(b) | Kind::Rules(b) => Some(b),
        _ => None,
    }
}

impl<'a> SearchEnv<'a> {
    fn default_lang(&self) -> &'a str {
        &self.config.default_language().code
    }

    /// A UI string, or `fallback` if the strings lack it.
    fn label(&self, lang: &str, id: &str, fallback: &str) -> String {
        self.translations
            .translate(lang, id, &[])
            .unwrap_or_else(|_| fallback.to_string())
    }

    /// A content file's title and text (its description, then its body).
    fn file_shown(&self, file: &'a PageFile, kind: Kind, texts: &'a HashMap<PathBuf, String>) -> Shown<'a> {
        let body = texts.get(file.source.as_path()).map_or("", String::as_str);
        let text = Text {
            description: file.front.description.as_deref(),
            body: Cow::Borrowed(body),
        };
        Shown {
            title: Cow::Borrowed(&file.front.title),
            band: band_of(kind),
            lang: &file.lang,
            text,
        }
    }

    /// What a reader of `route` sees, or `None` for pages search does not list.
    fn shown(&self, route: &'a Route, texts: &'a HashMap<PathBuf, String>) -> Option<Shown<'a>> {
        let (lang, default) = (route.lang.as_str(), self.default_lang());
        let generated = |title: String, text: String| Shown {
            title: Cow::Owned(title),
            band: None,
            lang,
            text: Text {
                description: None,
                body: Cow::Owned(text),
            },
        };
        Some(match &route.target {
            Target::Page(key) => {
                let page = &self.library.pages[key];
                let file = match route.version {
                    Version::Eal => None,
                    v => page.versions.resolve(v.variant(), lang, default).map(|r| r.file),
                };
                self.file_shown(file.unwrap_or_else(|| page.main_file(default)), page.kind, texts)
            }
            Target::Section(key) => {
                let section = &self.library.sections[key];
                match section.versions.resolve(route.version.variant(), lang, default) {
                    Some(r) => self.file_shown(r.file, section.kind, texts),
                    None => {
                        let title = match section.kind {
                            Kind::Band(b) => self.label(lang, &format!("band-{}", b.code()), &section.fallback_title),
                            _ => section.fallback_title.clone(),
                        };
                        Shown {
                            band: band_of(section.kind),
                            ..generated(title, String::new())
                        }
                    }
                }
            }
            Target::Topic(t) => {
                let id = format!("topic-{}", t.code());
                generated(
                    self.label(lang, &id, t.code()),
                    self.label(lang, &format!("{id}-about"), ""),
                )
            }
            Target::Curriculum => generated(self.label(lang, "curriculum-title", "Curriculum map"), String::new()),
            Target::Posters => generated(self.label(lang, "posters-title", "Posters"), String::new()),
            Target::Accessibility => generated(self.label(lang, "accessibility-title", "Accessibility"), String::new()),
            Target::ExitHelp => generated(self.label(lang, "exit-help-title", "Exit this page"), String::new()),
            _ => return None,
        })
    }

    /// The index of `lang` in `version`, for the search page at `search`.
    fn index(&self, lang: &'a str, version: Version, search: &Route, texts: &'a HashMap<PathBuf, String>) -> IndexFile {
        let mut dirs = BTreeMap::new();
        let mut pages = Vec::new();
        for route in self
            .plan
            .routes
            .iter()
            .filter(|r| r.lang == lang && r.version == Version::Standard)
        {
            let chosen = self.plan.find(&route.target, lang, version).unwrap_or(route);
            let Some(shown) = self.shown(chosen, texts) else {
                continue;
            };
            let other_lang = if shown.lang == lang {
                ""
            } else {
                let dir = self.config.language(shown.lang).map_or("ltr", |l| l.dir.as_str());
                dirs.insert(shown.lang, dir);
                shown.lang
            };
            let band = shown
                .band
                .map(|b| self.label(lang, &format!("band-{}", b.code()), b.code()))
                .unwrap_or_default();
            let url = relative(&search.path, &chosen.path, self.portable);
            pages.push(Entry(url, shown.title, band, other_lang, shown.text));
        }
        let count = pages.len();
        let index = Index {
            lang,
            version: version.as_str(),
            dirs,
            pages,
        };
        // Written straight after its prefix: the index of a large site is tens of
        // megabytes, and a JSON string copied into a script would hold it twice.
        let mut script = b"window.havenSearchIndex=".to_vec();
        // Serializing strings and numbers into memory cannot fail.
        let _ = serde_json::to_writer(&mut script, &index);
        script.extend_from_slice(b";\n");
        IndexFile {
            path: format!("{}{}.js", search.path, version.as_str()),
            // serde_json writes UTF-8.
            script: String::from_utf8(script).unwrap_or_default(),
            pages: count,
        }
    }

    /// Makes every index in parallel from the bodies' plain text made earlier
    /// ([`plain_texts`]) and hands each to `write` as soon as it is made, so only the
    /// indexes being made are in memory at once: each holds the text of every lesson, and
    /// a site in three languages has five. Gives the indexes' site paths.
    pub fn write_indexes(
        &self,
        texts: &HashMap<PathBuf, String>,
        write: impl Fn(&IndexFile) -> crate::error::Result<()> + Sync,
    ) -> crate::error::Result<Vec<String>> {
        self.wanted()
            .into_par_iter()
            .map(|(lang, version, search)| {
                let index = self.index(lang, version, search, texts);
                write(&index).map(|()| index.path)
            })
            .collect()
    }

    /// The language, version and search page of every index the site has.
    fn wanted(&self) -> Vec<(&'a str, Version, &'a Route)> {
        let built: HashSet<(&str, Version)> = self.plan.routes.iter().map(|r| (r.lang.as_str(), r.version)).collect();
        let mut wanted = Vec::new();
        for lang in &self.config.languages {
            let Some(search) = self.plan.find(&Target::Search, &lang.code, Version::Standard) else {
                continue;
            };
            for version in VERSIONS
                .into_iter()
                .filter(|v| built.contains(&(lang.code.as_str(), *v)))
            {
                wanted.push((lang.code.as_str(), version, search));
            }
        }
        wanted
    }
}
