//! The CEOP button on every page, proved on the output (DESIGN §8): each written page must
//! link to the configured CEOP URL with an accessible name. Reading the written pages, not
//! the templates, means no template override can silently drop it.

use crate::error::Diagnostic;
use crate::web::facts::PageRecord;

/// True when `url` is the CEOP address, ignoring a trailing slash.
fn is_ceop(url: &str, ceop_url: &str) -> bool {
    url.trim().trim_end_matches('/') == ceop_url.trim_end_matches('/')
}

/// One error per page without a named CEOP link (the first ten, then a count).
pub fn check(pages: &[PageRecord], ceop_url: &str) -> Vec<Diagnostic> {
    let missing: Vec<&PageRecord> = pages
        .iter()
        .filter(|p| {
            !p.facts
                .links
                .iter()
                .any(|l| l.tag == "a" && l.attr == "href" && is_ceop(&l.url, ceop_url) && !l.name.trim().is_empty())
        })
        .collect();
    let hint = format!(
        "every page must carry the CEOP report button: a link to {ceop_url} with visible text; keep `{{% include \"partials/ceop.html\" %}}` in your base.html"
    );
    let mut out: Vec<Diagnostic> = missing
        .iter()
        .take(10)
        .map(|p| Diagnostic::error(format!("page {} has no CEOP report button", p.path)).hint(hint.clone()))
        .collect();
    if missing.len() > 10 {
        out.push(Diagnostic::error(format!("{} more pages have no CEOP report button", missing.len() - 10)).hint(hint));
    }
    out
}
