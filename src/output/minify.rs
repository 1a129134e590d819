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
    let bytes = minify_html::minify(page.as_bytes(), &html_settings());
    Ok(String::from_utf8(bytes).unwrap_or_else(|_| page.to_string()))
}

/// Minifies a stylesheet (through a `<style>` element, as minify-html takes whole pages).
pub fn css(stylesheet: &str) -> String {
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
    fn css_shrinks() {
        let source = "body {\n  margin-inline: 0px;\n  color: #ffffff;\n}\n";
        let min = css(source);
        assert_eq!(min, "body{color:#fff;margin-inline:0}");
        assert!(min.contains("margin-inline"), "{min}");
    }
}
