//! The tokens of a page, for the one pass every written page gets (`output::rewrite`), the
//! glossary and EAL passes and the checks:
//! text, start tags with their attributes, end tags, comments and the rest, each a slice of
//! the page, so what the pass does not change is copied through untouched.
//!
//! It splits HTML as browsers do (the HTML standard's tokenizer, without the tree): tags
//! and attributes with any quoting, comments, `<!doctype>`, CDATA, a `<` that starts no tag,
//! and the elements whose content is not HTML (`<script>`, `<style>`, `<textarea>`,
//! `<title>`, ...), read up to their end tag. It needs no tree, so it cannot be nested too
//! deeply, and anything it cannot read as a tag it passes through as text. A page goes
//! through it in one scan: lol_html, which did this before, took a third of a build.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem;

mod tag;

use tag::read_tag;
pub use tag::{Attribute, Tag, lower};

/// The element `name` if its content runs as text up to its end tag, as browsers and
/// lol_html read it. `<noscript>` is not one: with JavaScript off a browser reads its
/// content as HTML and loads what it names, so the checks read it too (DESIGN §11).
/// (Matched, not looked up in a list: every start tag of every page is asked, and each
/// name is then compared whole, not byte by byte in a call.)
fn raw_text_element(name: &str) -> Option<&'static str> {
    Some(match name {
        "script" => "script",
        "style" => "style",
        "textarea" => "textarea",
        "title" => "title",
        "xmp" => "xmp",
        "iframe" => "iframe",
        "noembed" => "noembed",
        "noframes" => "noframes",
        "plaintext" => "plaintext",
        _ => return None,
    })
}

/// True for the elements that never have content, so never stay open.
pub fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// HTML's white space: space, tab, line feed, form feed, carriage return.
pub const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// A piece of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text between tags, as written.
    Text(&'a str),
    /// The content of an element of raw text ([`raw_text_element`]), up to its end tag.
    RawText {
        /// The text as written.
        text: &'a str,
        /// The element it belongs to.
        element: &'static str,
    },
    /// A start tag.
    Start(Tag<'a>),
    /// An end tag.
    End {
        /// The element's name in lower case.
        name: Cow<'a, str>,
        /// The tag as written.
        raw: &'a str,
    },
    /// A comment, `<!--` to `-->`.
    Comment(&'a str),
    /// Anything else, written back as it is: `<!doctype html>`, CDATA, `<?...>`, `</>`,
    /// a tag cut off by the end of the page.
    Other(&'a str),
}

impl Token<'_> {
    /// The token as written.
    pub fn raw(&self) -> &str {
        match self {
            Token::Text(t) | Token::Comment(t) | Token::Other(t) | Token::RawText { text: t, .. } => t,
            Token::Start(tag) => tag.raw,
            Token::End { raw, .. } => raw,
        }
    }
}

/// Where each `name` element that is inside no other element starts in `html` (the byte
/// offset of its `<`). An end tag closes the elements opened since its own start tag, as
/// browsers do with a missing `</p>`; one that matches nothing open is ignored.
pub fn top_level(html: &str, name: &str) -> Vec<usize> {
    outline(html, name, usize::MAX).top_level
}

/// What one pass over a piece of HTML finds: where its top-level elements of one name
/// start ([`top_level`]), and whether it nests too deeply ([`crate::checks::nesting`]). A
/// rendered body is read once for both: its depth is checked, and a lesson's slides
/// start at its top-level `h2`s.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outline {
    /// Where each top-level element of the name starts (up to where it nests too deeply).
    pub top_level: Vec<usize>,
    /// The first point where it nests deeper than the limit: the depth and byte offset.
    pub too_deep: Option<(usize, usize)>,
}

/// Reads `html`'s [`Outline`] for elements called `name`, nesting at most `limit` deep. The
/// depth counts every element that is not void and not closed by `/>`, less one for each
/// end tag; as the elements still open (an end tag that matches nothing closes nothing, as
/// in a browser) can be more, the deeper of the two counts. The reading stops where the
/// depth passes `limit`, so no end tag is looked for among more than `limit` open elements.
pub fn outline(html: &str, name: &str, limit: usize) -> Outline {
    let mut open: Vec<Cow<'_, str>> = Vec::new();
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    for token in Tokens::new(html) {
        match &token {
            Token::Start(tag) => {
                if open.is_empty() && tag.name == name {
                    found.push(at);
                }
                if !is_void(&tag.name) && !tag.self_closing {
                    open.push(tag.name.clone());
                    depth += 1;
                    let deepest = depth.max(open.len());
                    if deepest > limit {
                        return Outline {
                            top_level: found,
                            too_deep: Some((deepest, at)),
                        };
                    }
                }
            }
            Token::End { name, .. } => {
                depth = depth.saturating_sub(1);
                if let Some(i) = open.iter().rposition(|n| n == name) {
                    open.truncate(i);
                }
            }
            _ => {}
        }
        at += token.raw().len();
    }
    Outline {
        top_level: found,
        too_deep: None,
    }
}

/// The tokens of a page, in order.
pub struct Tokens<'a> {
    html: &'a str,
    at: usize,
    /// The element whose raw text comes next.
    raw_text: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    /// Starts at the beginning of `html`.
    pub fn new(html: &'a str) -> Self {
        Self {
            html,
            at: 0,
            raw_text: None,
        }
    }

    /// Takes `len` bytes from here.
    fn take(&mut self, len: usize) -> &'a str {
        let piece = &self.html[self.at..self.at + len];
        self.at += len;
        piece
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let rest = &self.html[self.at..];
        if let Some(element) = self.raw_text.take() {
            let len = if element == "plaintext" {
                rest.len()
            } else {
                end_tag_at(rest, element).unwrap_or(rest.len())
            };
            if len > 0 {
                return Some(Token::RawText {
                    text: self.take(len),
                    element,
                });
            }
        }
        let bytes = rest.as_bytes();
        let next = *bytes.first()?;
        if next != b'<' {
            let len = memchr::memchr(b'<', bytes).unwrap_or(bytes.len());
            return Some(Token::Text(self.take(len)));
        }
        let up_to_gt = || memchr::memchr(b'>', bytes).map_or(bytes.len(), |i| i + 1);
        let token = match bytes.get(1).copied() {
            Some(b'!') if rest.starts_with("<!--") => Token::Comment(self.take(comment_len(rest))),
            Some(b'!') if rest.starts_with("<![CDATA[") => {
                let len = memmem::find(bytes, b"]]>").map_or(bytes.len(), |i| i + 3);
                Token::Other(self.take(len))
            }
            Some(b'!' | b'?') => Token::Other(self.take(up_to_gt())),
            Some(b'/') if bytes.get(2).is_some_and(u8::is_ascii_alphabetic) => match read_tag(rest, 2) {
                Some(tag) => Token::End {
                    raw: self.take(tag.raw.len()),
                    name: tag.name,
                },
                None => Token::Other(self.take(rest.len())),
            },
            Some(b'/') => Token::Other(self.take(up_to_gt())),
            Some(c) if c.is_ascii_alphabetic() => match read_tag(rest, 1) {
                Some(tag) => {
                    self.raw_text = raw_text_element(&tag.name);
                    self.at += tag.raw.len();
                    Token::Start(tag)
                }
                None => Token::Other(self.take(rest.len())),
            },
            // A `<` that starts no tag is text.
            _ => Token::Text(self.take(memchr::memchr(b'<', &bytes[1..]).map_or(bytes.len(), |i| i + 1))),
        };
        Some(token)
    }
}

/// The length of the comment `html` starts with (`<!--`), its end included: `-->`, `--!>`,
/// or the empty `<!-->` and `<!--->`; to the end of the page if it has none.
fn comment_len(html: &str) -> usize {
    for empty in ["<!-->", "<!--->"] {
        if html.starts_with(empty) {
            return empty.len();
        }
    }
    let body = &html.as_bytes()[4..];
    let mut from = 0;
    while let Some(i) = memmem::find(&body[from..], b"--") {
        let at = from + i + 2;
        if body.get(at) == Some(&b'>') {
            return 4 + at + 1;
        }
        if body.get(at..at + 2) == Some(&b"!>"[..]) {
            return 4 + at + 2;
        }
        from = from + i + 1;
    }
    html.len()
}

/// The start of an end tag, looked for in every `<title>`, `<script>` and `<style>` of
/// every page: the searcher is made once.
static END_TAG: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"</"));

/// Where the end tag of `element` (`</script` then white space, `/` or `>`, in any case)
/// starts in `text`.
fn end_tag_at(text: &str, element: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = END_TAG.find(&bytes[from..]) {
        let at = from + i;
        let name_end = at + 2 + element.len();
        if bytes
            .get(at + 2..name_end)
            .is_some_and(|name| name.eq_ignore_ascii_case(element.as_bytes()))
            && bytes
                .get(name_end)
                .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(html: &str) -> Vec<Token<'_>> {
        Tokens::new(html).collect()
    }

    /// Every token's text, joined: the page itself, whatever it holds.
    fn joined(html: &str) -> String {
        Tokens::new(html).map(|t| t.raw().to_string()).collect()
    }

    #[test]
    fn tags_and_attributes_are_read_whatever_their_quoting() {
        let t = tokens("<IMG Src='a b.png' alt=\"x > y\" data-x=1 hidden/>");
        let [Token::Start(tag)] = &t[..] else { panic!("{t:?}") };
        assert_eq!(tag.name, "img");
        assert_eq!(tag.get("src"), Some("a b.png"));
        assert_eq!(tag.get("alt"), Some("x > y"));
        assert_eq!(tag.get("data-x"), Some("1"));
        assert_eq!(tag.get("hidden"), Some(""));
        assert!(tag.self_closing && tag.get("title").is_none());
    }

    #[test]
    fn a_changed_tag_is_written_again_and_an_unchanged_one_as_it_was() {
        let mut t = tokens("<a href='/x' title=\"Say &quot;hi&quot;\" download>");
        let Token::Start(tag) = &mut t[0] else { panic!() };
        let mut same = String::new();
        tag.write(&mut same);
        assert_eq!(same, "<a href='/x' title=\"Say &quot;hi&quot;\" download>");
        tag.set("href", "../x\"y");
        tag.set("rel", "next");
        let mut out = String::new();
        tag.write(&mut out);
        assert_eq!(
            out,
            "<a href=\"../x&quot;y\" title=\"Say &quot;hi&quot;\" download rel=\"next\">"
        );
    }

    #[test]
    fn raw_text_runs_to_its_own_end_tag() {
        let t = tokens("<script>if (a<b) { s = '</scripts>'; }</SCRIPT ><p>x</p>");
        assert_eq!(
            t[1],
            Token::RawText {
                text: "if (a<b) { s = '</scripts>'; }",
                element: "script"
            }
        );
        assert!(matches!(&t[2], Token::End { name, .. } if name == "script"));
        let t = tokens("<title>A <b> title</title>");
        assert_eq!(
            t[1],
            Token::RawText {
                text: "A <b> title",
                element: "title"
            }
        );
    }

    #[test]
    fn comments_end_where_browsers_end_them() {
        for (html, comment) in [
            ("<!-- a -- b -->x", "<!-- a -- b -->"),
            ("<!-->x", "<!-->"),
            ("<!--->x", "<!--->"),
            ("<!-- a --!>x", "<!-- a --!>"),
            ("<!-- never closed", "<!-- never closed"),
        ] {
            assert_eq!(tokens(html)[0], Token::Comment(comment), "{html}");
        }
    }

    #[test]
    fn what_is_not_a_tag_stays_text_and_nothing_is_lost() {
        assert_eq!(tokens("a < b")[..], [Token::Text("a "), Token::Text("< b")]);
        assert_eq!(tokens("<!doctype html>")[0], Token::Other("<!doctype html>"));
        assert_eq!(tokens("<p class=\"cut off")[0], Token::Other("<p class=\"cut off"));
        for html in [
            "<!DOCTYPE html><html lang=en><body><p>Hi <b>you</b></p></body></html>",
            "<a href=x>1</a><</>< /p><?php x ?><![CDATA[ <a> ]]>",
            "<div =odd a= b c = 'd'>x</div><br/><img src=x/>",
            "<style>a{b:url('c')}</style><textarea> <b> </textarea><plaintext><a>",
            "ł ż ü — اردو <p dir=rtl>متن</p>",
            "<p",
            "<",
            "",
        ] {
            assert_eq!(joined(html), html);
        }
    }

    #[test]
    fn top_level_elements_are_found_past_unclosed_and_stray_tags() {
        let html = "<h2>A</h2><div><h2>in</h2></div></span><p>open<h2>B</h2>";
        assert_eq!(top_level(html, "h2"), [0]);
        let html = "<h2>A</h2><br><img src=x><h2 id=b>B</h2><section><p>x</section><h2>C</h2>";
        let starts = top_level(html, "h2");
        assert_eq!(starts.len(), 3);
        assert!(html[starts[1]..].starts_with("<h2 id=b>") && html[starts[2]..].starts_with("<h2>C"));
    }

    #[test]
    fn deep_nesting_costs_nothing_special() {
        let html = "<div>".repeat(200_000);
        assert_eq!(Tokens::new(&html).count(), 200_000);
    }
}
