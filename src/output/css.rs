//! URLs inside CSS (`url(...)` and `@import "..."`), in stylesheets, `<style>` elements and
//! `style` attributes: found so the checks can read them, and rewritten so site paths
//! become relative like every other link haven writes (DESIGN §6).

use std::ops::Range;

use crate::routes::relative::relative;

/// True for characters that continue a CSS identifier (so `myurl(` is not `url(`).
fn is_ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' || byte >= 0x80
}

/// The quoted string starting at `start`: the range of its text, and where it ends (just
/// past the closing quote, or the end of the CSS when it is never closed).
fn string_at(css: &[u8], start: usize) -> (Range<usize>, usize) {
    let quote = css[start];
    let mut i = start + 1;
    while i < css.len() && css[i] != quote {
        i += if css[i] == b'\\' { 2 } else { 1 };
    }
    if i < css.len() {
        (start + 1..i, i + 1)
    } else {
        (start + 1..css.len(), css.len())
    }
}

fn skip_spaces(css: &[u8], mut i: usize) -> usize {
    while i < css.len() && css[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The URL of a `url(` whose parenthesis ends at `open`: its range, and where scanning goes on.
fn url_function(css: &[u8], open: usize) -> (Option<Range<usize>>, usize) {
    let start = skip_spaces(css, open);
    match css.get(start) {
        Some(b'"' | b'\'') => {
            let (text, end) = string_at(css, start);
            (Some(text), end)
        }
        Some(_) => {
            let mut end = start;
            while end < css.len() && css[end] != b')' && !css[end].is_ascii_whitespace() {
                end += 1;
            }
            // White space then anything but `)` makes a bad URL, which browsers drop
            // whole (as a Markdown autolink inside raw CSS does: `url(<a href=...>)`).
            let close = skip_spaces(css, end);
            if close < css.len() && css[close] != b')' {
                return (None, close);
            }
            (Some(start..end), end)
        }
        None => (None, start),
    }
}

/// The byte ranges of every URL in a piece of CSS, in order. Comments are skipped, and
/// so are strings that are not URLs (`content: "url(x)"`).
pub fn url_ranges(css: &str) -> Vec<Range<usize>> {
    let bytes = css.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if rest.starts_with(b"/*") {
            i = css[i + 2..].find("*/").map_or(bytes.len(), |end| i + 2 + end + 2);
        } else if rest[0] == b'"' || rest[0] == b'\'' {
            i = string_at(bytes, i).1;
        } else if rest.len() >= 4 && rest[..4].eq_ignore_ascii_case(b"url(") && (i == 0 || !is_ident(bytes[i - 1])) {
            let (range, next) = url_function(bytes, i + 4);
            found.extend(range.filter(|r| !r.is_empty()));
            i = next;
        } else if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"@import") {
            let start = skip_spaces(bytes, i + 7);
            if matches!(bytes.get(start), Some(b'"' | b'\'')) {
                let (text, end) = string_at(bytes, start);
                found.extend(Some(text).filter(|r| !r.is_empty()));
                i = end;
            } else {
                i = start;
            }
        } else {
            i += 1;
        }
    }
    found
}

/// The URLs of a piece of CSS, in order.
pub fn urls(css: &str) -> Vec<&str> {
    url_ranges(css).into_iter().map(|r| &css[r]).collect()
}

/// `css` with every URL replaced by `rewrite(url)`.
pub fn rewrite(css: &str, mut rewrite: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(css.len());
    let mut last = 0;
    for range in url_ranges(css) {
        out.push_str(&css[last..range.start]);
        out.push_str(&rewrite(&css[range.clone()]));
        last = range.end;
    }
    out.push_str(&css[last..]);
    out
}

/// A stylesheet written at the site path `at` (`/haven.css`), with the site paths in its
/// URLs (`url(/fonts/a.woff2)`) made relative, so it works under any sub-path and from disk.
pub fn relative_urls(at: &str, css: &str) -> String {
    rewrite(css, |url| {
        if url.starts_with('/') && !url.starts_with("//") {
            relative(at, url, false)
        } else {
            url.to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_urls_in_every_form() {
        let css = r#"@import "a.css"; @import url('b.css'); @font-face{src:url(/f.woff2) format("woff2")}
            .x{background:URL( "img/c.png" )} /* url(comment.png) */ .y:after{content:"url(text)"} .z{mask:myurl(no)}"#;
        assert_eq!(urls(css), ["a.css", "b.css", "/f.woff2", "img/c.png"]);
    }

    #[test]
    fn rewrites_only_the_urls() {
        let css = "a{background:url(/x.png)}b{background:url('/y.png')}";
        let out = rewrite(css, |u| format!("..{u}"));
        assert_eq!(out, "a{background:url(../x.png)}b{background:url('../y.png')}");
    }

    #[test]
    fn site_paths_become_relative_to_the_stylesheet() {
        let css = "@font-face{src:url(/fonts/a.woff2)}a{background:url(//cdn.example/x.png)}";
        assert_eq!(
            relative_urls("/theme/site.css", css),
            "@font-face{src:url(../fonts/a.woff2)}a{background:url(//cdn.example/x.png)}"
        );
    }

    #[test]
    fn unfinished_css_does_not_panic() {
        for css in [
            "url(",
            "url('",
            "@import '",
            "/* open",
            "'",
            "url(\"a\\",
            "url(\"é",
            "@import 'é",
        ] {
            let _ = rewrite(css, str::to_string);
        }
    }
}
