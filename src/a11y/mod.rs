//! Accessibility lints at build time (DESIGN §8, issue 9), so an author learns before CI
//! does: each written page's facts (`web::facts::PageFacts`) are checked for what
//! every page must carry (one `h1`, no skipped heading level, `alt` on every image, `lang`
//! and `dir` on `<html>`: errors) and for what usually hurts (empty links, link text like
//! "click here", tables without header cells: warnings, errors under `--strict`); and the
//! theme's colour pairs, computed from its CSS custom properties, are checked for AA contrast.

pub mod accent;
mod accent_edges;
pub mod colour;
pub mod contrast;
pub mod page;

use std::collections::BTreeMap;

use crate::error::Diagnostic;
use crate::web::facts::PageRecord;

/// How many pages are named for one rule before the rest are counted.
const NAMED_PAGES: usize = 10;

/// Every accessibility problem of the written pages and of the stylesheets
/// (`(site path, text)`). A rule broken on many pages (a template's fault) names the
/// first ten and counts the rest.
pub fn check(pages: &[PageRecord], stylesheets: &[(String, String)]) -> Vec<Diagnostic> {
    let mut by_rule: BTreeMap<page::Rule, Vec<Diagnostic>> = BTreeMap::new();
    for (rule, d) in pages.iter().flat_map(page::check) {
        by_rule.entry(rule).or_default().push(d);
    }
    let mut found = Vec::new();
    for list in by_rule.into_values() {
        let more = list.len().saturating_sub(NAMED_PAGES);
        let mut named: Vec<Diagnostic> = list.into_iter().take(NAMED_PAGES).collect();
        if more > 0
            && let Some(last) = named.last_mut()
        {
            last.note = Some(format!("and {more} more like it on other pages"));
        }
        found.extend(named);
    }
    found.extend(contrast::check(stylesheets));
    found
}
