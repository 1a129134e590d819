//! The lints of one written page, read from its facts: `lang` and `dir` on `<html>`, one
//! `h1`, heading levels in order, `alt` on every image (errors, DESIGN §8); links with no
//! name or a name like "click here", and tables without header cells (warnings).

use std::path::Path;

use crate::error::{Diagnostic, Location};
use crate::web::facts::PageRecord;

/// What a lint is about, so the same problem on many pages can be counted once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    /// `<html>` without `lang` or `dir`.
    Language,
    /// No `h1`, or more than one.
    OneHeading,
    /// A heading more than one level below the one before it.
    HeadingLevels,
    /// An `<img>` without `alt`.
    ImageAlt,
    /// A link with nothing to read out.
    EmptyLink,
    /// A link whose words say nothing out of context ("click here").
    VagueLink,
    /// A table without a header cell.
    TableHeaders,
}

/// Link words that say nothing about where a link goes (WCAG 2.4.4), in the theme's
/// languages, compared without case or closing punctuation.
const VAGUE_LINK_TEXT: [&str; 19] = [
    "click here",
    "click",
    "here",
    "read more",
    "more",
    "learn more",
    "find out more",
    "more info",
    "this link",
    "link",
    "this page",
    "tutaj",
    "kliknij",
    "kliknij tutaj",
    "więcej",
    "czytaj więcej",
    "یہاں",
    "یہاں کلک کریں",
    "مزید",
];

/// Every lint finding of one page, with its rule.
pub fn check(page: &PageRecord) -> Vec<(Rule, Diagnostic)> {
    let mut found = language(page);
    found.extend(headings(page));
    found.extend(images(page));
    found.extend(links(page));
    found.extend(tables(page));
    found
}

/// Places a finding in the page's content file, at `line` when known.
fn placed(d: Diagnostic, page: &PageRecord, line: Option<usize>) -> Diagnostic {
    match &page.source {
        Some(file) => Diagnostic {
            location: Some(Location {
                file: file.clone(),
                line,
                column: None,
            }),
            ..d
        },
        None => d,
    }
}

/// Where a template problem is fixed: the page's template, since it has no content.
fn template_hint(page: &PageRecord, fix: &str) -> String {
    let from = page
        .source
        .as_deref()
        .map_or(String::new(), |s| format!(" (or in {})", Path::new(s).display()));
    format!("{fix} in the page's template{from}")
}

fn language(page: &PageRecord) -> Vec<(Rule, Diagnostic)> {
    let f = &page.facts;
    let missing: Vec<&str> = [("lang", &f.html_lang), ("dir", &f.html_dir)]
        .into_iter()
        .filter(|(_, v)| v.as_deref().is_none_or(|v| v.trim().is_empty()))
        .map(|(name, _)| name)
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    let d = Diagnostic::error(format!("page {} has no `{}` on <html>", page.path, missing.join("` or `")))
        .hint("keep `<html lang=\"{{ lang }}\" dir=\"{{ dir }}\">` in base.html: screen readers choose their voice by it, and right-to-left pages need it");
    vec![(Rule::Language, d)]
}

fn headings(page: &PageRecord) -> Vec<(Rule, Diagnostic)> {
    let levels = &page.facts.headings;
    let mut found = Vec::new();
    let h1s = levels.iter().filter(|&&l| l == 1).count();
    if h1s != 1 {
        let d = Diagnostic::error(format!(
            "page {} has {h1s} h1 headings; every page has exactly one",
            page.path
        ))
        .hint(template_hint(
            page,
            if h1s == 0 {
                "add the page's title as <h1> (`{% include \"partials/title.html\" %}`)"
            } else {
                "start the body's headings at `##`: the page's title is its only h1; change the other h1s to h2"
            },
        ));
        found.push((Rule::OneHeading, placed(d, page, None)));
    }
    for pair in levels.windows(2) {
        if pair[1] > pair[0] + 1 {
            let d = Diagnostic::error(format!(
                "page {} skips a heading level: an h{} follows an h{}",
                page.path, pair[1], pair[0]
            ))
            .hint(format!(
                "make it an h{} (`{}` in Markdown), so the page's outline has no gap",
                pair[0] + 1,
                "#".repeat(usize::from(pair[0]) + 1)
            ));
            found.push((Rule::HeadingLevels, placed(d, page, None)));
            break;
        }
    }
    found
}

fn images(page: &PageRecord) -> Vec<(Rule, Diagnostic)> {
    page.facts
        .images
        .iter()
        .filter(|i| i.alt.is_none())
        .map(|i| {
            let d = Diagnostic::error(format!("page {} has an image without alt text: {}", page.path, i.src))
                .hint("describe the image in `alt` (in Markdown ![words](image.png)), or give it alt=\"\" if it only decorates");
            // The src as written in the page (Markdown images are found at their line).
            let line = page.line_of(&i.src);
            (Rule::ImageAlt, placed(d, page, line))
        })
        .collect()
}

/// True when link words say nothing out of context.
fn is_vague(name: &str) -> bool {
    let words = name
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == '۔')
        .to_lowercase();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    VAGUE_LINK_TEXT.contains(&words.as_str())
}

fn links(page: &PageRecord) -> Vec<(Rule, Diagnostic)> {
    let mut found = Vec::new();
    for link in page.facts.links.iter().filter(|l| l.tag == "a" && l.attr == "href") {
        let line = page.line_of(&link.original);
        if link.name.trim().is_empty() {
            let d = Diagnostic::warning(format!(
                "page {} has a link with no words: {}",
                page.path, link.original
            ))
            .hint("give the link text, or an image inside it alt text, that says where it goes");
            found.push((Rule::EmptyLink, placed(d, page, line)));
        } else if is_vague(&link.name) {
            let d = Diagnostic::warning(format!(
                "page {} has a link whose words say nothing on their own: \"{}\"",
                page.path,
                link.name.trim()
            ))
            .hint("name where the link goes (\"the NSPCC's advice on gaming\", not \"click here\"): screen reader users hear links as a list");
            found.push((Rule::VagueLink, placed(d, page, line)));
        }
    }
    found
}

fn tables(page: &PageRecord) -> Vec<(Rule, Diagnostic)> {
    let without = page.facts.tables_with_headers.iter().filter(|&&h| !h).count();
    if without == 0 {
        return Vec::new();
    }
    let d = Diagnostic::warning(format!("page {} has {without} table(s) without header cells", page.path))
        .hint("give each table a header row (in Markdown the first row, then a `| --- |` line), so each cell is read with its column's name");
    vec![(Rule::TableHeaders, placed(d, page, None))]
}
