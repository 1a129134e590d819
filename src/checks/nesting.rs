//! How deeply a piece of HTML nests its elements, counted over its tokens (`html_scan`).
//!
//! A page's text that nests thousands of elements (unclosed `<div>`s pasted in, `>>>>`
//! typed by mistake) is a mistake no reader is served well by, and tree-walking tools
//! (recursive HTML minifiers, some screen readers) can fail on it. Such text is refused
//! with an error naming the file. The scan counts every element that is not void and not
//! closed by `/>`, so it errs towards depth: HTML that leaves out optional end tags
//! (`</p>`, `</li>`) hundreds of times over is refused too.

use crate::web::html_scan::outline;

/// The deepest a page's text may nest (a real page nests a few dozen levels at most).
pub const MAX_BODY_DEPTH: usize = 200;

/// The first point where `html` nests deeper than `limit`: the depth reached there and its
/// byte offset; `None` when it never does (see [`outline`], which also finds a body's
/// slides in the same pass).
pub fn too_deep(html: &str, limit: usize) -> Option<(usize, usize)> {
    outline(html, "", limit).too_deep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_shallow() {
        let page = "<!doctype html><html><head><meta charset=utf-8><title>A <b></title><style>a<b{}</style></head><body><main><p>One<br>two <img src=x alt=\"\"/></p><ul><li>a</li></ul><!-- <div><div> --><script>if (a<b) {}</script></main></body></html>";
        assert_eq!(too_deep(page, 5), None, "html > body > main > ul > li");
        assert_eq!(too_deep(page, 4), Some((5, page.find("<li>").unwrap())));
    }

    #[test]
    fn unclosed_and_nested_elements_are_counted() {
        let html = "<div>".repeat(300);
        assert_eq!(too_deep(&html, 256), Some((257, 256 * 5)));
        assert_eq!(too_deep(&"<div></div>".repeat(1000), 1), None);
        assert_eq!(too_deep(&"<blockquote>\n".repeat(3), 2).map(|(d, _)| d), Some(3));
    }

    #[test]
    fn end_tags_that_close_nothing_do_not_hide_the_depth() {
        // A browser ignores `</x>` with no `<x>` open: the `<div>`s all stay open. (Read
        // at once: the open elements are never more than the limit.)
        let html = "<div></x>".repeat(100_000);
        assert_eq!(too_deep(&html, 200), Some((201, 200 * 9)));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for html in [
            "<",
            "</",
            "<!--",
            "<div",
            "<script>",
            "<1>",
            "<é>",
            "</div></div>",
            "<style><div>",
        ] {
            assert!(too_deep(html, 0).is_none_or(|(d, _)| d == 1), "{html}");
        }
    }
}
