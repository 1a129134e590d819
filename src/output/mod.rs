//! Write: the atomic output folder, minifying, the pass that makes links relative and
//! records facts, the sitemap, and the checks that read the written pages (DESIGN §8).

pub mod ceop;
pub mod char_refs;
pub mod css;
pub mod css_read;
pub mod fetch;
pub mod files;
pub mod folder;
pub mod html_scan;
pub mod minify;
pub mod nesting;
pub mod offline;
pub mod plain_text;
pub mod privacy;
pub mod rewrite;
pub mod search;
pub mod sitemap;
pub mod stylesheets;
pub mod third_party;
pub mod zip;

use std::path::PathBuf;
use std::sync::Arc;

use crate::markdown::BodyLink;
pub use files::{Output, SiteFiles};
pub use folder::OutputFolder;
pub use rewrite::PageFacts;

/// One written page and what the checks need to know about it. Cheap to clone (`haven
/// serve` keeps the records of the pages it does not render again).
#[derive(Debug, Clone)]
pub struct PageRecord {
    /// Its route path (`/pl/report/`).
    pub path: String,
    /// The file written, as a site path (`/pl/report/index.html`).
    pub file: String,
    /// The content file it shows, if any.
    pub source: Option<PathBuf>,
    /// The links of that file's Markdown, with their lines.
    pub body_links: Arc<[BodyLink]>,
    /// What the page holds.
    pub facts: Arc<PageFacts>,
}

impl PageRecord {
    /// The Markdown line where a link was written, when it came from the body.
    pub fn line_of(&self, original: &str) -> Option<usize> {
        self.body_links.iter().find(|l| l.url == original).map(|l| l.line)
    }
}
