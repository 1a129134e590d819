//! How deeply a piece of HTML nests its elements, found by a quick scan of its tags.
//!
//! A page's text that nests thousands of elements (unclosed `<div>`s pasted in, `>>>>`
//! typed by mistake) is a mistake no reader is served well by, and tree-walking tools
//! (recursive HTML minifiers, some screen readers) can fail on it. Such text is refused
//! with an error naming the file. The scan counts every element that is not void and not
//! closed by `/>`, so it errs towards depth: HTML that leaves out optional end tags
//! (`</p>`, `</li>`) hundreds of times over is refused too.

use super::html_scan::VOID;

/// The deepest a page's text may nest (a real page nests a few dozen levels at most).
pub const MAX_BODY_DEPTH: usize = 200;

/// Elements whose text is not HTML: their content is skipped up to the closing tag.
const RAW_TEXT: [&str; 4] = ["script", "style", "textarea", "title"];

/// The first point where `html` nests deeper than `limit`: the depth reached there and its
/// byte offset; `None` when it never does.
pub fn too_deep(html: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(found) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + found;
        let rest = &html[start..];
        if let Some(after) = rest.strip_prefix("<!--") {
            at = start + 4 + after.find("-->").map_or(after.len(), |end| end + 3);
            continue;
        }
        let end = rest.find('>').map_or(html.len(), |i| start + i + 1);
        let tag = &html[start..end];
        let closing = tag.starts_with("</");
        let name = tag_name(tag.trim_start_matches("</").trim_start_matches('<'));
        at = end;
        if name.is_empty() {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if RAW_TEXT.contains(&name.as_str()) {
            // Skip the text and the closing tag, which the opening tag did not count.
            let close = format!("</{name}");
            let close_at = find_ascii_ci(&html[end..], &close).map_or(html.len(), |i| end + i);
            at = html[close_at..].find('>').map_or(html.len(), |i| close_at + i + 1);
        } else if !VOID.contains(&name.as_str()) && !tag.ends_with("/>") {
            depth += 1;
            if depth > limit {
                return Some((depth, start));
            }
        }
    }
    None
}

/// The lower-case element name at the start of `text`, or `""` when it is not one.
fn tag_name(text: &str) -> String {
    let name: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.to_ascii_lowercase()
    } else {
        String::new()
    }
}

/// The byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
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
