//! The tokens of a written page, for the one pass every page gets ([`super::rewrite`]):
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

use super::char_refs::{Place, decode};

/// Elements whose content runs as text up to their end tag, as browsers and lol_html read
/// it. `<noscript>` is not one: with JavaScript off a browser reads its content as HTML and
/// loads what it names, so the checks read it too (DESIGN §11).
const RAW_TEXT: [&str; 9] = [
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements that never have content, so never stay open.
pub const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

/// HTML's white space: space, tab, line feed, form feed, carriage return.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// One attribute of a start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute<'a> {
    /// Its name in lower case.
    pub name: Cow<'a, str>,
    /// Its value as written (entities not decoded); `None` for a bare name (`<img alt>`).
    pub value: Option<Cow<'a, str>>,
}

/// A start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    /// The tag as written, `<` to `>`.
    pub raw: &'a str,
    /// The element's name in lower case.
    pub name: Cow<'a, str>,
    /// Its attributes in order.
    pub attributes: Vec<Attribute<'a>>,
    /// Written `<br/>`.
    pub self_closing: bool,
    /// True once an attribute is set: the tag is then written out again.
    changed: bool,
}

impl Tag<'_> {
    /// The value of the first attribute of that (lower-case) name; `Some("")` for a bare one.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.as_deref().unwrap_or(""))
    }

    /// The value of the first attribute of that (lower-case) name as a browser reads it:
    /// character references decoded (see [`super::char_refs`]).
    pub fn value(&self, name: &str) -> Option<Cow<'_, str>> {
        self.get(name).map(|v| decode(v, Place::Attribute))
    }

    /// True when the tag has the attribute.
    pub fn has(&self, name: &str) -> bool {
        self.attributes.iter().any(|a| a.name == name)
    }

    /// Sets an attribute's value (as HTML: `&` stays as written), adding it at the end
    /// when the tag lacks it.
    pub fn set(&mut self, name: &str, value: &str) {
        self.changed = true;
        match self.attributes.iter_mut().find(|a| a.name == name) {
            Some(a) => a.value = Some(Cow::Owned(value.to_string())),
            None => self.attributes.push(Attribute {
                name: Cow::Owned(name.to_string()),
                value: Some(Cow::Owned(value.to_string())),
            }),
        }
    }

    /// Writes the tag: as it was, or with its attributes in double quotes once changed.
    pub fn write(&self, out: &mut String) {
        if !self.changed {
            out.push_str(self.raw);
            return;
        }
        out.push('<');
        out.push_str(&self.name);
        for a in &self.attributes {
            out.push(' ');
            out.push_str(&a.name);
            if let Some(value) = &a.value {
                out.push_str("=\"");
                out.push_str(&value.replace('"', "&quot;"));
                out.push('"');
            }
        }
        out.push_str(if self.self_closing { "/>" } else { ">" });
    }
}

/// A piece of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text between tags, as written.
    Text(&'a str),
    /// The content of an element in [`RAW_TEXT`], up to its end tag.
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
    let mut open: Vec<Cow<'_, str>> = Vec::new();
    let mut found = Vec::new();
    let mut at = 0;
    for token in Tokens::new(html) {
        match &token {
            Token::Start(tag) => {
                if open.is_empty() && tag.name == name {
                    found.push(at);
                }
                if !VOID.contains(&&*tag.name) && !tag.self_closing {
                    open.push(tag.name.clone());
                }
            }
            Token::End { name, .. } => {
                if let Some(i) = open.iter().rposition(|n| n == name) {
                    open.truncate(i);
                }
            }
            _ => {}
        }
        at += token.raw().len();
    }
    found
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
                let len = memchr::memmem::find(bytes, b"]]>").map_or(bytes.len(), |i| i + 3);
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
                    self.raw_text = RAW_TEXT.iter().find(|e| **e == tag.name).copied();
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
    while let Some(i) = memchr::memmem::find(&body[from..], b"--") {
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

/// Where the end tag of `element` (`</script` then white space, `/` or `>`, in any case)
/// starts in `text`.
fn end_tag_at(text: &str, element: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&bytes[from..], b"</") {
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

/// Lower case, borrowed when it already is.
fn lower(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// Reads the tag `html` starts with, its name at `name_at` (after `<` or `</`); `None`
/// when the page ends inside it.
fn read_tag(html: &str, name_at: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    let stop = |b: u8| is_space(b) || b == b'/' || b == b'>';
    let mut at = name_at + bytes[name_at..].iter().position(|&b| stop(b))?;
    let name = lower(&html[name_at..at]);
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        match *bytes.get(at)? {
            b'>' => break,
            b'/' => {
                self_closing = bytes.get(at + 1) == Some(&b'>');
                at += 1;
            }
            b if is_space(b) => at += 1,
            _ => {
                // A name runs to white space, `/`, `>` or `=` (though it may start with `=`).
                let start = at;
                at += 1 + bytes[at + 1..].iter().position(|&b| stop(b) || b == b'=')?;
                let attr_name = lower(&html[start..at]);
                let mut after = at + bytes[at..].iter().position(|&b| !is_space(b))?;
                let mut value = None;
                if bytes[after] == b'=' {
                    after += 1;
                    after += bytes[after..].iter().position(|&b| !is_space(b))?;
                    let (text, end) = match bytes[after] {
                        quote @ (b'"' | b'\'') => {
                            let close = after + 1 + memchr::memchr(quote, &bytes[after + 1..])?;
                            (&html[after + 1..close], close + 1)
                        }
                        b'>' => ("", after),
                        _ => {
                            let end = after + bytes[after..].iter().position(|&b| is_space(b) || b == b'>')?;
                            (&html[after..end], end)
                        }
                    };
                    value = Some(Cow::Borrowed(text));
                    at = end;
                } else {
                    at = after;
                }
                attributes.push(Attribute { name: attr_name, value });
            }
        }
    }
    Some(Tag {
        raw: &html[..at + 1],
        name,
        attributes,
        self_closing,
        changed: false,
    })
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
