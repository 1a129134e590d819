//! What a written page holds, as the checks need to know it: its URLs (and what the browser
//! fetches each as), ids, language, headings, images, tables and what the build refuses on
//! it. The output pass records them as it writes each page (`output::rewrite`); the checks
//! (`checks/`, `a11y/`, `links/`) and the image stage read them.

use std::path::PathBuf;
use std::sync::Arc;

use super::fetch::Fetch;
use super::html_scan::Tag;
use super::shared_text::SharedText;

/// A URL found in a written page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkFact {
    /// The element (`a`, `img`, `link`, ...).
    pub tag: SharedText,
    /// The attribute (`href`, `src`, `srcset`, `ping`, ...), or `css` for a URL inside a
    /// `style` attribute or `<style>` element.
    pub attr: &'static str,
    /// The URL as written into the output.
    pub url: SharedText,
    /// The URL as the template or Markdown wrote it, before rewriting (character
    /// references decoded, as the browser reads it).
    pub original: SharedText,
    /// The attribute's value as written in the page, references not decoded: how the
    /// Markdown spells it, to find its line.
    pub written: SharedText,
    /// For links: the accessible name (text, `aria-label`, images' `alt`).
    pub name: SharedText,
    /// What the browser fetches it as when it reads the page; `None` for links it only
    /// follows when clicked.
    pub fetch: Option<Fetch>,
}

/// An image in a written page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFact {
    /// Its `src` as written.
    pub src: String,
    /// Its `alt`, if it has the attribute at all (`Some("")` marks a decorative image).
    pub alt: Option<String>,
}

/// What the checks need to know about one written page.
#[derive(Debug, Clone, Default)]
pub struct PageFacts {
    /// Every URL in the page, in document order.
    pub links: Vec<LinkFact>,
    /// Every `id` (and `a[name]`), for `#fragment` checks.
    pub ids: Vec<SharedText>,
    /// The `lang` of `<html>`.
    pub html_lang: Option<String>,
    /// The `dir` of `<html>`.
    pub html_dir: Option<String>,
    /// The level of every heading (`h1` = 1), in document order.
    pub headings: Vec<u8>,
    /// Every `<img>`.
    pub images: Vec<ImageFact>,
    /// For every `<table>`: whether it has a header cell (`th`).
    pub tables_with_headers: Vec<bool>,
    /// What the build refuses on the page (DESIGN §11), see `checks::refusals`.
    pub refusals: Vec<Refusal>,
}

/// Something on a page the build refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What it is, for the message ("`<img onerror=...>` runs a script of its own").
    pub what: String,
    /// How to fix it, in plain words.
    pub fix: &'static str,
    /// A piece of it as written, to find its line in the Markdown.
    pub needle: String,
}

/// A link as it appears in the body HTML, with the Markdown line it was written on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLink {
    /// The URL written into the HTML (after content-link rewriting).
    pub url: String,
    /// The file line where the link starts.
    pub line: usize,
}

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

/// Records what the accessibility lints read: the page's language, headings, images, tables.
pub fn record_structure(facts: &mut PageFacts, el: &Tag<'_>) {
    let owned = |name: &str| el.value(name).map(|v| v.into_owned());
    match &*el.name {
        "html" => {
            facts.html_lang = owned("lang");
            facts.html_dir = owned("dir");
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => facts.headings.push(el.name.as_bytes()[1] - b'0'),
        "img" => facts.images.push(ImageFact {
            src: owned("src").unwrap_or_default(),
            alt: owned("alt"),
        }),
        "table" => facts.tables_with_headers.push(false),
        "th" => {
            if let Some(last) = facts.tables_with_headers.last_mut() {
                *last = true;
            }
        }
        _ => {}
    }
}
