//! Minifying: stylesheets with lightningcss (already built to read CSS, `web::css_read`),
//! pages by collapsing white space and dropping comments in the one pass every page
//! already gets (`super::rewrite`). A second parse of every page by an HTML minifier cost
//! a quarter of a build's time (BENCHMARKS.md) for a few per cent of bytes beyond that:
//! attribute quotes and optional tags, which gzip makes nearly free anyway. Scripts are
//! left as written.

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

use crate::web::html_scan::is_space;

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

/// Minifies a stylesheet: the shorter of lightningcss's minified form and the stylesheet
/// with the white space at its ends trimmed (a stylesheet lightningcss cannot read is only
/// trimmed). A stylesheet holding `</style` is left as written, as it always has been
/// (minify-html, which haven used before, read stylesheets inside a `<style>` element).
pub fn css(stylesheet: &str) -> String {
    if stylesheet.to_ascii_lowercase().contains("</style") {
        return stylesheet.to_string();
    }
    let minified = StyleSheet::parse(stylesheet, ParserOptions::default())
        .ok()
        .and_then(|mut sheet| {
            sheet.minify(MinifyOptions::default()).ok()?;
            let printer = PrinterOptions {
                minify: true,
                ..PrinterOptions::default()
            };
            sheet.to_css(printer).ok().map(|css| css.code)
        });
    match minified {
        Some(min) if min.len() < stylesheet.len() => min,
        _ => stylesheet
            .trim_matches(|c: char| c.is_ascii() && is_space(c as u8))
            .to_string(),
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
        assert_eq!(css("  a{b:c}\n"), "a{b:c}");
    }
}
