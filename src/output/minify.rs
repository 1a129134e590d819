//! Minifying HTML and CSS with minify-html. Its JavaScript minifier stays off: it can
//! break scripts, and ours are small.

use minify_html::Cfg;

use super::nesting;
use crate::error::Diagnostic;

fn html_settings() -> Cfg {
    Cfg {
        minify_css: true,
        minify_js: false,
        // Closing tags and the <html> tag stay, so every parser (and the output checks)
        // reads the page the same way.
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        ..Cfg::new()
    }
}

/// Minifies a page; a page nested too deeply for the minifier is refused.
pub fn html(page: &str) -> Result<String, Diagnostic> {
    if let Some((depth, _)) = nesting::too_deep(page, nesting::MAX_PAGE_DEPTH) {
        return Err(Diagnostic::error(format!(
            "the page nests its elements {depth} deep, more than the {} haven can write",
            nesting::MAX_PAGE_DEPTH
        ))
        .hint("close every HTML element a template or page opens (each <div> needs its </div>)"));
    }
    if has_false_raw_text_end(page) {
        return Ok(page.to_string());
    }
    let bytes = minify_html::minify(page.as_bytes(), &html_settings());
    Ok(String::from_utf8(bytes).unwrap_or_else(|_| page.to_string()))
}

/// The elements whose text minify-html reads up to the first `</` and their name.
const RAW_TEXT_ENDS: [&[u8]; 4] = [b"</script", b"</style", b"</textarea", b"</title"];

/// Whether the page holds text such as `</styles` or `</style8`: a browser reads it as
/// text inside a `<style>`, but minify-html ends the element there (and, with debug
/// assertions, panics; found by the `page_links` fuzz target). Such a page is written
/// unminified, so it means what it says.
fn has_false_raw_text_end(page: &str) -> bool {
    let bytes = page.as_bytes();
    let mut from = 0;
    while let Some(at) = page[from..].find("</").map(|i| from + i) {
        from = at + 2;
        let rest = &bytes[at..];
        let Some(end) = RAW_TEXT_ENDS
            .iter()
            .find(|end| rest.len() >= end.len() && rest[..end.len()].eq_ignore_ascii_case(end))
        else {
            continue;
        };
        if rest
            .get(end.len())
            .is_some_and(|&next| !next.is_ascii_whitespace() && next != b'/' && next != b'>')
        {
            return true;
        }
    }
    false
}

/// Minifies a stylesheet (through a `<style>` element, as minify-html takes whole pages).
pub fn css(stylesheet: &str) -> String {
    // `</style` inside the stylesheet would end the wrapping element early.
    if stylesheet.to_ascii_lowercase().contains("</style") {
        return stylesheet.to_string();
    }
    let wrapped = format!("<style>{stylesheet}</style>");
    let bytes = minify_html::minify(wrapped.as_bytes(), &html_settings());
    let out = String::from_utf8(bytes).unwrap_or_default();
    match out.strip_prefix("<style>").and_then(|s| s.strip_suffix("</style>")) {
        Some(min) => min.to_string(),
        None => stylesheet.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_shrinks_and_keeps_structure() {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <title> A </title>\n  </head>\n  <body>\n    <p>One</p>\n    <p>Two</p>\n    <script>var a = 1;   var b = 2;</script>\n  </body>\n</html>\n";
        let min = html(page).unwrap();
        assert!(min.len() < page.len());
        assert!(min.contains("<html lang=en>"), "{min}");
        assert!(min.contains("</p>"), "{min}");
        assert!(min.contains("var a = 1;   var b = 2;"), "scripts are left alone: {min}");
    }

    #[test]
    fn a_page_nested_too_deeply_is_refused_not_crashed() {
        let page = format!("<html><body>{}x</body></html>", "<div>".repeat(100_000));
        assert!(html(&page).unwrap_err().message.contains("deep"));
    }

    #[test]
    fn text_that_only_starts_like_an_end_tag_is_left_as_written() {
        // Found by the `page_links` fuzz target: minify-html ended the `<style>` at
        // `</style8` and `</styleu`, where a browser reads on.
        for page in [
            "<html><head><style>a{}</style8 x></style></head><body><p>Hi</p></body></html>",
            "<html><head><style>a{}</styleu></head><body><a href=/>x</a></body></html>",
            "<html><body><script>let a = \"</scripts\";</script></body></html>",
        ] {
            assert_eq!(html(page).unwrap(), page);
        }
        let plain = "<html><head><STYLE>a { color: red }</STYLE ></head><body><p>Hi</p></body></html>";
        assert!(
            html(plain).unwrap().len() < plain.len(),
            "a real end tag is still minified"
        );
        assert_eq!(css("a { b: c } /* </styles> */"), "a { b: c } /* </styles> */");
    }

    #[test]
    fn css_shrinks() {
        let source = "body {\n  margin-inline: 0px;\n  color: #ffffff;\n}\n";
        let min = css(source);
        assert_eq!(min, "body{color:#fff;margin-inline:0}");
        assert!(min.contains("margin-inline"), "{min}");
    }
}
