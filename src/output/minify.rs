//! Minifying: stylesheets with lightningcss (already built to read CSS, `web::css_read`),
//! pages by collapsing white space and dropping comments in the one pass every page
//! already gets (`super::rewrite`). A second parse of every page by an HTML minifier cost
//! a quarter of a build's time (BENCHMARKS.md) for a few per cent of bytes beyond that:
//! attribute quotes and optional tags, which gzip makes nearly free anyway. Scripts are
//! left as written.

use std::sync::LazyLock;

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use memchr::memmem;

use crate::web::html_scan::is_space;

/// Writes a page's text to `out` with every run of white space made one character: a
/// line break if the run held one, a space if not. Browsers show both alike outside
/// `<pre>` and `white-space: pre` (the caller leaves preformatted text alone). One pass,
/// copying the text between the runs that change: most text has none.
pub fn push_collapsed(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    if !needs_collapsing(bytes) {
        out.push_str(text);
        return;
    }
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = bytes[at..].iter().position(|&b| is_space(b)) {
        let start = at + found;
        let run = bytes[start..].iter().take_while(|&&b| is_space(b)).count();
        at = start + run;
        if run == 1 && matches!(bytes[start], b' ' | b'\n') {
            continue;
        }
        out.push_str(&text[copied..start]);
        out.push(if bytes[start..at].contains(&b'\n') { '\n' } else { ' ' });
        copied = at;
    }
    out.push_str(&text[copied..]);
}

/// Two spaces, looked for in every text of every page: the searcher is made once.
static TWO_SPACES: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"  "));

/// True when `text` has white space to collapse: a tab, carriage return or form feed, two
/// spaces, or a line break beside other white space. Looked for with memchr's vector
/// searches, not byte by byte: a lesson's paragraphs, most of a page, have none.
fn needs_collapsing(bytes: &[u8]) -> bool {
    memchr::memchr3(b'\t', b'\r', b'\x0c', bytes).is_some()
        || TWO_SPACES.find(bytes).is_some()
        || memchr::memchr_iter(b'\n', bytes).any(|i| {
            i.checked_sub(1).is_some_and(|before| is_space(bytes[before]))
                || bytes.get(i + 1).is_some_and(|&after| is_space(after))
        })
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

    fn collapsed(text: &str) -> String {
        let mut out = String::from("<");
        push_collapsed(text, &mut out);
        out
    }

    #[test]
    fn runs_of_white_space_become_one_character() {
        assert_eq!(collapsed("One two\nthree"), "<One two\nthree");
        assert_eq!(collapsed("\n    "), "<\n");
        assert_eq!(collapsed("a  b\t\tc"), "<a b c");
        assert_eq!(collapsed("a \r\n  b"), "<a\nb");
        assert_eq!(collapsed("a\tb\r"), "<a b ");
        assert_eq!(collapsed("\x0c"), "< ");
        assert_eq!(collapsed(""), "<");
        assert_eq!(
            collapsed("ł  ż\u{a0}\u{a0}x"),
            "<ł ż\u{a0}\u{a0}x",
            "no-break spaces stay"
        );
        assert_eq!(collapsed("اردو   متن"), "<اردو متن");
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
