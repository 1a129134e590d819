//! The flat content store: every page and section keyed by its content path, plus the
//! files that sit beside them. Sections hold keys, not references (as in Zola).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use super::page::{Page, Section};

/// What a `.md` file under `content/` became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceRef {
    /// A version of this page (by key).
    Page(String),
    /// A version of this section's `_index.md` (by key).
    Section(String),
}

/// A non-Markdown file under `content/`, published beside its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// The file, relative to the site root.
    pub source: PathBuf,
    /// Its URL path in the output.
    pub path: String,
}

/// Everything under `content/`, loaded and checked.
#[derive(Debug, Default, Clone)]
pub struct Library {
    /// Pages by key.
    pub pages: BTreeMap<String, Page>,
    /// Sections by key (`""` is the home page).
    pub sections: BTreeMap<String, Section>,
    /// Files beside the pages, in a stable order.
    pub assets: Vec<Asset>,
    /// Content-relative `.md` path -> what it became.
    pub(super) sources: HashMap<String, SourceRef>,
    /// Content-relative paths of draft files, for a clearer error when one is linked.
    pub(super) drafts: HashSet<String>,
    /// Content-relative asset path -> index into `assets`.
    pub(super) asset_index: HashMap<String, usize>,
    /// Content-relative paths of files that could not be read (their errors are reported
    /// already): links to them are not reported again as broken.
    pub(super) unreadable: HashSet<String>,
}

impl Library {
    /// What the `.md` file at this content-relative path became, if it is published.
    pub fn source(&self, content_path: &str) -> Option<&SourceRef> {
        self.sources.get(content_path)
    }

    /// True when this content-relative path could not be read (an error says why).
    pub fn is_unreadable(&self, content_path: &str) -> bool {
        self.unreadable.contains(content_path)
    }

    /// True when this content-relative path is a draft (never published).
    pub fn is_draft(&self, content_path: &str) -> bool {
        self.drafts.contains(content_path)
    }

    /// The output URL path of the asset at this content-relative path.
    pub fn asset_path(&self, content_path: &str) -> Option<&str> {
        self.asset_index
            .get(content_path)
            .map(|&i| self.assets[i].path.as_str())
    }

    /// True when content links resolve the same way in both libraries: the same files
    /// are published, the same are drafts, and the same assets sit beside the pages
    /// (`haven serve` then renders again only the bodies whose files changed).
    pub fn links_resolve_like(&self, other: &Library) -> bool {
        self.drafts == other.drafts
            && self.assets == other.assets
            && self.sources.len() == other.sources.len()
            && self.sources.keys().all(|k| other.sources.contains_key(k))
    }

    /// The pages of a section, in order.
    pub fn section_pages<'a>(&'a self, section: &'a Section) -> impl Iterator<Item = &'a Page> + 'a {
        section.pages.iter().map(|k| &self.pages[k])
    }
}
