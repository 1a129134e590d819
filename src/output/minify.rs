//! Minifying: stylesheets with minify-html (its CSS minifier), pages by collapsing white
//! space and dropping comments in the one pass every page already gets
//! (`super::rewrite`). A second parse of every page by minify-html cost a quarter of a
//! build's time (BENCHMARKS.md) for a few per cent of bytes beyond that: attribute quotes
//! and optional tags, which gzip makes nearly free anyway. Scripts are left as written.

use minify_html::Cfg;

use super::html_scan::is_space;

fn css_settings() -> Cfg {
    Cfg {
        minify_css: true,
        minify_js: false,
        ..Cfg::new()
    }
}

/// A page's text with every run of white space made one character: a line break if the
/// run held one, a space if not. Browsers show both alike outside `<pre>` and
/// `white-space: pre` (the caller leaves preformatted text alone). `None` when nothing
/// would change, which is most text, so it is not copied.
pub fn collapse_white_space(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let needs = bytes.iter().enumerate().any(|(i, &b)| {
        matches!(b, b'\t' | b'\r' | b'\x0c') || (is_space(b) && bytes.get(i + 1).is_some_and(|&n| is_space(n)))
    });
    if !needs {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.bytes().position(is_space) {
        out.push_str(&rest[..start]);
        let run = rest[start..].bytes().take_while(|&b| is_space(b)).count();
        out.push(if rest[start..start + run].contains('\n') {
            '\n'
        } else {
            ' '
        });
        rest = &rest[start + run..];
    }
    out.push_str(rest);
    Some(out)
}

/// Minifies a stylesheet (through a `<style>` element, as minify-html takes whole pages).
pub fn css(stylesheet: &str) -> String {
    // `</style` inside the stylesheet would end the wrapping element early.
    if stylesheet.to_ascii_lowercase().contains("</style") {
        return stylesheet.to_string();
    }
    let wrapped = format!("<style>{stylesheet}</style>");
    let bytes = minify_html::minify(wrapped.as_bytes(), &css_settings());
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
    fn runs_of_white_space_become_one_character() {
        assert_eq!(collapse_white_space("One two"), None, "nothing to do, nothing copied");
        assert_eq!(collapse_white_space("\n    "), Some("\n".into()));
        assert_eq!(collapse_white_space("a  b\t\tc"), Some("a b c".into()));
        assert_eq!(collapse_white_space("a \r\n  b"), Some("a\nb".into()));
        assert_eq!(collapse_white_space("a\tb"), Some("a b".into()));
        assert_eq!(
            collapse_white_space("ł  ż\u{a0}\u{a0}x"),
            Some("ł ż\u{a0}\u{a0}x".into()),
            "no-break spaces stay"
        );
        assert_eq!(collapse_white_space("اردو   متن"), Some("اردو متن".into()));
    }

    #[test]
    fn css_shrinks() {
        let source = "body {\n  margin-inline: 0px;\n  color: #ffffff;\n}\n";
        let min = css(source);
        assert_eq!(min, "body{color:#fff;margin-inline:0}");
        assert!(min.contains("margin-inline"), "{min}");
        // minify-html would end its wrapping `<style>` at the `</style` of the comment.
        assert_eq!(css("a { b: c } /* </styles> */"), "a { b: c } /* </styles> */");
    }
}
