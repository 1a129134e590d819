//! The route plan: every page the build writes, in every language and version, with its
//! URL (DESIGN §6). Built once from the library; collisions are found here, and the
//! version switcher, link resolution and sitemap all read it.

mod plan;
pub mod relative;

use std::collections::HashMap;

use serde::Serialize;

pub use plan::{plan, room_without_rules, topics_in_use};

use crate::config::Config;
use crate::content::Topic;
use crate::content::{Library, SourceRef, Variant};

/// Which version of a page a reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Version {
    /// The ordinary page.
    Standard,
    /// Easy-read (SEND).
    Easy,
    /// EAL support: the English lesson with key words in the reader's language.
    Eal,
}

impl Version {
    /// Which file variant gives this version's body.
    pub fn variant(self) -> Variant {
        match self {
            Version::Easy => Variant::Easy,
            Version::Standard | Version::Eal => Variant::Standard,
        }
    }

    /// The name templates see.
    pub fn as_str(self) -> &'static str {
        match self {
            Version::Standard => "standard",
            Version::Easy => "easy",
            Version::Eal => "eal",
        }
    }
}

/// What a route renders.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// A content page, by key.
    Page(String),
    /// A section, by key.
    Section(String),
    /// The lessons about one of the four Cs.
    Topic(Topic),
    /// The curriculum map: the eight strands against the five bands.
    Curriculum,
    /// The list of every room's poster.
    Posters,
    /// One room's poster, by index into the rooms list.
    Poster(usize),
    /// Every poster of a language, one per sheet.
    PrintAll,
    /// The search page.
    Search,
    /// The accessibility statement.
    Accessibility,
    /// What "Exit this page" on the report page does, and does not do.
    ExitHelp,
    /// The "page not found" page.
    NotFound,
}

impl Target {
    /// The target a content file's link points at.
    pub fn of_source(source: &SourceRef) -> Target {
        match source {
            SourceRef::Page(k) => Target::Page(k.clone()),
            SourceRef::Section(k) => Target::Section(k.clone()),
        }
    }
}

/// One page of output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Its URL path from the site root: `/pl/easy/lessons/ks2/passwords/`, or `/404.html`.
    pub path: String,
    /// The reader's language (the chrome's language).
    pub lang: String,
    /// Which version.
    pub version: Version,
    /// What it renders.
    pub target: Target,
}

impl Route {
    /// The output file, relative to the output folder.
    pub fn file(&self) -> String {
        let p = self.path.trim_start_matches('/');
        if p.is_empty() || p.ends_with('/') {
            format!("{p}index.html")
        } else {
            p.to_string()
        }
    }
}

/// Every route of the build, in a stable order, with lookups.
#[derive(Debug, Default)]
pub struct Plan {
    /// All routes, sorted by path.
    pub routes: Vec<Route>,
    index: HashMap<(Target, String, Version), usize>,
}

impl Plan {
    /// The route of `target` for a reader of `lang` in `version`, if it is built.
    pub fn find(&self, target: &Target, lang: &str, version: Version) -> Option<&Route> {
        self.index
            .get(&(target.clone(), lang.to_string(), version))
            .map(|&i| &self.routes[i])
    }

    /// The URL path a reader of (`lang`, `version`) should follow to `target`: the same
    /// version when it exists, else the standard page in their language.
    pub fn link(&self, target: &Target, lang: &str, version: Version) -> Option<&str> {
        self.find(target, lang, version)
            .or_else(|| self.find(target, lang, Version::Standard))
            .map(|r| r.path.as_str())
    }

    /// The URL path of a content file's page for a reader (for `@/path.md` links).
    pub fn link_to_source(&self, library: &Library, content_path: &str, lang: &str, version: Version) -> Option<&str> {
        let source = library.source(content_path)?;
        self.link(&Target::of_source(source), lang, version)
    }

    /// True when some route is written at exactly this URL path (`/report/`).
    pub fn has_path(&self, path: &str) -> bool {
        self.routes.binary_search_by(|r| r.path.as_str().cmp(path)).is_ok()
    }
}

/// The URL prefix of a language and version: `""`, `/pl`, `/easy`, `/pl/easy`, `/eal/pl`.
pub fn prefix(config: &Config, lang: &str, version: Version) -> String {
    let lang_part = if config.is_default(lang) {
        String::new()
    } else {
        format!("/{lang}")
    };
    match version {
        Version::Standard => lang_part,
        Version::Easy => format!("{lang_part}/easy"),
        Version::Eal => format!("/eal/{lang}"),
    }
}
