//! The search index, built at build time (issues 8 and 20), every part of it a script
//! rather than JSON, so it loads from `file://` too, and only on the search page. For each
//! language and version, a listing beside the language's search page (`/pl/search/easy.js`):
//! which pages a reader of that language and version reaches, and where the shards of
//! words begin and end. Shared by all of them, in `/search-index/`: the shards of words
//! ([`shards`]), and each page once, with its title, age band, text and addresses
//! ([`shelf`]). The theme's `haven-search.js` loads the listing, then only the shards
//! that can hold the words typed, then only the pages whose results are shown.

mod fold;
mod shards;
mod shelf;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;
use serde::Serialize;

pub use self::shards::Words;
use self::shards::shards;
pub use self::shelf::FOLDER;
use self::shelf::{Listed, Shown, Source, Text, bits, loaded, shelve};
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

/// One file of the index, ready to write.
#[derive(Debug)]
pub struct IndexFile {
    /// Its site path (`/pl/search/standard.js`, `/search-index/w3.js`).
    pub path: String,
    /// The script.
    pub script: String,
}

/// What one language and version's index says besides the pages it lists: the file the
/// search page loads first (`/pl/search/easy.js`), small whatever the site's size.
#[derive(Serialize)]
struct Listing<'a> {
    lang: &'a str,
    version: &'static str,
    /// Its name in each page's addresses (`pl/easy`).
    name: String,
    /// The direction of every other language a page's text is in, for snippets.
    dirs: BTreeMap<&'a str, &'static str>,
    /// The names of the age bands in this language.
    bands: BTreeMap<&'static str, String>,
    /// From the search page to the top of the site (`../../`).
    root: String,
    /// The first and last word of each shard of words.
    shards: Vec<[&'a str; 2]>,
    /// The pages it lists, one bit each ([`shelf::bits`]).
    pages: String,
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
            file: Some(file.source.as_path()),
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
            file: None,
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

    /// The pages a reader of `lang` in `version` finds, and what the index of that
    /// language and version says besides them, less its shards and pages.
    fn listing(
        &self,
        lang: &'a str,
        version: Version,
        search: &Route,
        texts: &'a HashMap<PathBuf, String>,
    ) -> (Listing<'a>, Vec<Listed<'a>>) {
        let mut head = Listing {
            lang,
            version: version.as_str(),
            name: format!("{lang}/{}", version.as_str()),
            dirs: BTreeMap::new(),
            bands: BTreeMap::new(),
            root: relative(&search.path, "/", false),
            shards: Vec::new(),
            pages: String::new(),
        };
        let mut listed = Vec::new();
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
            let source = shown.file.map_or(Source::Made(&chosen.path), Source::File);
            if shown.lang != lang {
                let dir = self.config.language(shown.lang).map_or("ltr", |l| l.dir.as_str());
                head.dirs.insert(shown.lang, dir);
            }
            if let Some(b) = shown.band {
                head.bands
                    .entry(b.code())
                    .or_insert_with(|| self.label(lang, &format!("band-{}", b.code()), b.code()));
            }
            let url = relative("/", &chosen.path, self.portable);
            listed.push(Listed { source, shown, url });
        }
        (head, listed)
    }

    /// Makes the index from the bodies' plain text made earlier ([`plain_texts`]) and
    /// hands each of its files to `write`: for each language and version its listing
    /// (`/pl/search/easy.js`), then the shards of words and one script per page, shared
    /// by every language and version (`/search-index/`). A page's script is made just
    /// before it is written, so the text of every page is never held twice. Gives the
    /// files' site paths and, with `keep`, every page's words for the next build, which
    /// takes those of unchanged pages from them (`known`).
    pub fn write_indexes(
        &self,
        texts: &HashMap<PathBuf, String>,
        (known, keep): (Option<&Words>, bool),
        write: impl Fn(&IndexFile) -> crate::error::Result<()> + Sync,
    ) -> crate::error::Result<(Vec<String>, Words)> {
        let wanted = self.wanted();
        let made: Vec<(Listing, Vec<Listed>)> = wanted
            .par_iter()
            .map(|&(lang, version, search)| self.listing(lang, version, search, texts))
            .collect();
        let (mut heads, listed): (Vec<Listing>, Vec<(String, Vec<Listed>)>) = made
            .into_iter()
            .map(|(head, listed)| {
                let name = head.name.clone();
                (head, (name, listed))
            })
            .unzip();
        let (books, members) = shelve(listed);
        let (shards, words) = shards(&books, known, keep);
        let mut files = Vec::with_capacity(heads.len() + shards.len());
        for ((head, mine), (_, _, search)) in heads.iter_mut().zip(&members).zip(&wanted) {
            head.shards = shards.iter().map(|s| [s.first.as_str(), s.last.as_str()]).collect();
            head.pages = bits(mine, books.len());
            files.push(IndexFile {
                path: format!("{}{}.js", search.path, head.version),
                script: loaded("listing", &head),
            });
        }
        files.extend(shards.iter().enumerate().map(|(i, shard)| IndexFile {
            path: format!("{FOLDER}w{i}.js"),
            script: shard.script.clone(),
        }));
        let mut paths: Vec<String> = files
            .par_iter()
            .map(|file| write(file).map(|()| file.path.clone()))
            .collect::<crate::error::Result<_>>()?;
        let pages: Vec<String> = books
            .par_iter()
            .enumerate()
            .map(|(i, book)| {
                let file = IndexFile {
                    path: format!("{FOLDER}p{i}.js"),
                    script: book.script(i),
                };
                write(&file).map(|()| file.path)
            })
            .collect::<crate::error::Result<_>>()?;
        paths.extend(pages);
        Ok((paths, words))
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
