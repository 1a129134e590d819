//! CSS read as a browser reads it, for every check that looks into a stylesheet, a
//! `<style>` element or a `style` attribute: the URLs it makes the browser fetch and the
//! colours it names.
//!
//! URLs come from the CSS tokenizer (`cssparser`, the one lightningcss is built on), not
//! from a rule parser: a rule the parser does not know (or a hostile author's broken one)
//! is dropped by a parser but still fetched by some browser, while every `url(...)` token
//! is seen here wherever it stands. Found: `url()` and `src()` in every form,
//! `@import "..."`, and the strings of `image-set()` / `-webkit-image-set()`. Comments and
//! other strings (`content: "url(x)"`) are not URLs.
//!
//! Colours come from lightningcss, which reads every CSS Color 4/5 syntax (hex, names,
//! `rgb()`, `hsl()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()`, `color()`,
//! `color-mix()`) and converts it to sRGB. What cannot be one fixed colour (`currentColor`,
//! `light-dark()`, system colours, `var()` left unresolved) is said in words, never dropped.

use std::ops::Range;

use cssparser::{Parser, ParserInput, Token};
use lightningcss::traits::Parse;
use lightningcss::values::color::CssColor;

/// One URL in a piece of CSS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CssUrl {
    /// The URL, escapes decoded.
    pub url: String,
    /// Where its text is written (without quotes), for rewriting it in place.
    pub range: Range<usize>,
    /// The line it is on, from 1.
    pub line: usize,
}

/// Every URL the CSS makes the browser fetch, with its line (from 1), in order.
pub fn urls(css: &str) -> Vec<(String, usize)> {
    read_urls(css).into_iter().map(|u| (u.url, u.line)).collect()
}

/// Every URL of the CSS with where it is written.
pub fn read_urls(css: &str) -> Vec<CssUrl> {
    let mut input = ParserInput::new(css);
    let mut parser = Parser::new(&mut input);
    let mut found = Vec::new();
    walk(&mut parser, css, Within::Other, &mut found);
    found
}

/// What kind of block the tokens being read are in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Within {
    /// `url(` or `src(`: the first string is the URL.
    Url,
    /// `image-set(`: every string is a URL.
    ImageSet,
    Other,
}

fn walk(parser: &mut Parser<'_, '_>, css: &str, within: Within, found: &mut Vec<CssUrl>) {
    let mut import = false;
    loop {
        parser.skip_whitespace();
        let start = parser.position().byte_index();
        let line = parser.current_source_location().line as usize + 1;
        let token = match parser.next() {
            Ok(token) => token.clone(),
            Err(_) => return,
        };
        let end = parser.position().byte_index();
        let is_import = matches!(&token, Token::AtKeyword(k) if k.eq_ignore_ascii_case("import"));
        match token {
            Token::UnquotedUrl(url) => {
                let range = inner_of_url(css, start..end);
                found.push(CssUrl {
                    url: url.to_string(),
                    range,
                    line,
                });
            }
            Token::QuotedString(url) if import || within != Within::Other => {
                let range = inner_of_string(css, start..end);
                found.push(CssUrl {
                    url: url.to_string(),
                    range,
                    line,
                });
                if within == Within::Url {
                    return;
                }
            }
            Token::Function(name) => {
                let name = name.to_ascii_lowercase();
                let inner = match name.as_str() {
                    "url" | "src" => Within::Url,
                    n if n.ends_with("image-set") => Within::ImageSet,
                    _ => Within::Other,
                };
                let _ = parser.parse_nested_block(|p| -> Result<(), cssparser::ParseError<'_, ()>> {
                    walk(p, css, inner, found);
                    Ok(())
                });
            }
            Token::CurlyBracketBlock | Token::SquareBracketBlock | Token::ParenthesisBlock => {
                let _ = parser.parse_nested_block(|p| -> Result<(), cssparser::ParseError<'_, ()>> {
                    walk(p, css, within, found);
                    Ok(())
                });
            }
            _ => {}
        }
        import = is_import;
    }
}

/// The text between `url(` and `)` of an unquoted URL token, spaces trimmed.
fn inner_of_url(css: &str, token: Range<usize>) -> Range<usize> {
    let text = &css[token.clone()];
    let open = text.find('(').map_or(0, |i| i + 1);
    let close = if text.ends_with(')') {
        text.len() - 1
    } else {
        text.len()
    };
    let inner = &text[open..close.max(open)];
    let lead = inner.len() - inner.trim_start().len();
    let start = token.start + open + lead;
    start..start + inner.trim().len()
}

/// The text between the quotes of a string token (an unfinished one runs to its end).
fn inner_of_string(css: &str, token: Range<usize>) -> Range<usize> {
    let text = &css[token.clone()];
    let closed = text.len() >= 2 && text.ends_with(&text[..1]);
    token.start + 1..if closed { token.end - 1 } else { token.end }
}

/// A colour as sRGB with alpha, each 0-255; or why it is not one fixed colour.
pub fn srgb(value: &str) -> Result<[u8; 4], String> {
    let value = value.trim();
    if value.to_ascii_lowercase().contains("var(") {
        return Err(format!("`{value}` uses a custom property haven could not resolve"));
    }
    let colour = CssColor::parse_string(value).map_err(|_| format!("`{value}` is not a CSS colour"))?;
    match colour {
        CssColor::CurrentColor => Err("`currentColor` is the text colour of wherever it is used".into()),
        CssColor::LightDark(..) => Err(format!("`{value}` depends on the reader's light or dark setting")),
        CssColor::System(_) => Err(format!("`{value}` is a system colour: each computer chooses it")),
        colour => match colour.to_rgb() {
            Ok(CssColor::RGBA(c)) => Ok([c.red, c.green, c.blue, c.alpha]),
            _ => Err(format!("`{value}` cannot be converted to sRGB")),
        },
    }
}

/// The byte ranges of every URL in a piece of CSS, in order, as [`read_urls`] finds them
/// (`url()`, `@import`, `image-set()`; not comments or other strings).
pub fn url_ranges(css: &str) -> Vec<Range<usize>> {
    read_urls(css)
        .into_iter()
        .map(|u| u.range)
        .filter(|r| !r.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_urls_in_every_form_with_their_lines() {
        let css = "@import \"a.css\";\n@import url('b.css');\n@font-face{src:url(/f.woff2) format(\"woff2\")}\n\
            .x{background:URL( \"img/c.png\" )} /* url(comment.png) */ .y:after{content:\"url(text)\"} .z{mask:myurl(no)}\n\
            .w{background-image:image-set(\"d.png\" 1x, url(e.png) 2x)}\n.v{background:-webkit-image-set('f.png' 1x)}\n\
            .u{background:url(g\\28 1\\29.png)}";
        let found: Vec<(String, usize)> = urls(css);
        let names: Vec<&str> = found.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(
            names,
            [
                "a.css",
                "b.css",
                "/f.woff2",
                "img/c.png",
                "d.png",
                "e.png",
                "f.png",
                "g(1).png"
            ]
        );
        let lines: Vec<usize> = found.iter().map(|(_, l)| *l).collect();
        assert_eq!(lines, [1, 2, 3, 4, 5, 5, 6, 7]);
    }

    #[test]
    fn ranges_point_at_the_written_text() {
        let css = "a{background:url( /x.png )}b{background:url('/y.png')}@import \"/z.css\";";
        let texts: Vec<&str> = read_urls(css).iter().map(|u| &css[u.range.clone()]).collect();
        assert_eq!(texts, ["/x.png", "/y.png", "/z.css"]);
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
            "image-set(\"",
            "}}}{",
        ] {
            for u in read_urls(css) {
                let _ = &css[u.range];
            }
        }
    }

    #[test]
    fn reads_colours_in_every_syntax() {
        let rgb = |v: &str| srgb(v).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rgb("#1345a6"), [0x13, 0x45, 0xa6, 255]);
        assert_eq!(rgb("#fff"), [255, 255, 255, 255]);
        assert_eq!(rgb("Navy"), [0, 0, 128, 255]);
        assert_eq!(rgb("rgb(19 69 166 / 50%)"), [19, 69, 166, 128]);
        assert_eq!(rgb("hsl(0 100% 50%)"), [255, 0, 0, 255]);
        assert_eq!(rgb("hwb(0 0% 0%)"), [255, 0, 0, 255]);
        assert_eq!(rgb("oklch(0 0 0)"), [0, 0, 0, 255]);
        assert_eq!(rgb("oklch(1 0 0)"), [255, 255, 255, 255]);
        assert_eq!(rgb("oklab(1 0 0)"), [255, 255, 255, 255]);
        assert_eq!(rgb("lab(100 0 0)"), [255, 255, 255, 255]);
        assert_eq!(rgb("lch(0 0 0)"), [0, 0, 0, 255]);
        assert_eq!(rgb("color(srgb 1 0 0)"), [255, 0, 0, 255]);
        assert_eq!(rgb("color-mix(in srgb, black 50%, white)")[3], 255);
        let grey = rgb("color-mix(in srgb, black 50%, white)");
        assert!((127..=128).contains(&grey[0]), "{grey:?}");
        let mid = rgb("oklch(60% 0.1 250)");
        assert!(mid[2] > mid[0], "a blue: {mid:?}");
    }

    #[test]
    fn says_why_a_colour_is_not_one_fixed_colour() {
        for (value, why) in [
            ("currentColor", "text colour"),
            ("light-dark(white, black)", "light or dark"),
            ("Canvas", "system colour"),
            ("var(--text)", "custom property"),
            ("linear-gradient(red, blue)", "not a CSS colour"),
            ("nosuchcolour", "not a CSS colour"),
        ] {
            let e = srgb(value).unwrap_err();
            assert!(e.contains(why), "{value}: {e}");
        }
    }
}
