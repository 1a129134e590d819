//! A page in one spelling of its HTML, so tests assert what a browser reads rather than
//! how haven happens to quote attributes or space tags. Read with haven's own tokenizer
//! (`haven::web::html_scan`) into a small tree and written back as a minifier would:
//! `<!doctype html>`, no comments, attributes sorted (quoted ones first) and unquoted where
//! they can be (`<html dir=ltr lang=en>`, `<img alt src=a.png>`), empty or default values
//! dropped, white space collapsed in text and removed between blocks, kept in `<pre>`.

use std::borrow::Cow;

use haven::web::char_refs::{Place, decode};
use haven::web::html_scan::{Tag, Token, Tokens, is_void};

mod attributes;

use attributes::attributes;

/// A page in its canonical spelling (see the module's doc).
pub fn canonical(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let page = Inside { svg: false, pre: false };
    write_children(&read(html), Space::Layout, page, &mut out);
    out
}

/// A piece of the page's tree.
enum Node<'a> {
    Element(Element<'a>),
    /// Text with its character references decoded.
    Text(String),
    /// The content of `<script>`, `<style>` (as written) or `<title>`, `<textarea>` (decoded).
    Raw {
        text: &'a str,
        decode: bool,
    },
    /// A comment: written as nothing, but it still parts the text on either side.
    Comment,
    Doctype,
    /// `<?...>`, CDATA and the like, as written.
    Other(&'a str),
}

/// An element and how it was closed.
struct Element<'a> {
    name: Cow<'a, str>,
    /// Names and decoded values in the order written; a later one of the same name wins.
    attributes: Vec<(Cow<'a, str>, String)>,
    children: Vec<Node<'a>>,
    /// `<path/>` inside `<svg>`: written with its slash.
    self_closing: bool,
    /// It has no content and no end tag: void (`<br>`) or self-closing in SVG.
    void: bool,
    /// The page has its end tag (or it is void).
    ended: bool,
}

/// Reads a page into a tree: an end tag closes the elements opened since its own start
/// tag; one that matches nothing open is dropped.
fn read(html: &str) -> Vec<Node<'_>> {
    let mut open: Vec<Element<'_>> = Vec::new();
    let mut top = Vec::new();
    for token in Tokens::new(html) {
        let node = match token {
            Token::Start(tag) => match element(tag, !open.is_empty() && in_svg(&open)) {
                (el, true) => Node::Element(el),
                (el, false) => {
                    open.push(el);
                    continue;
                }
            },
            Token::End { name, .. } => {
                if let Some(i) = open.iter().rposition(|e| e.name == name) {
                    while open.len() > i {
                        let mut el = open.pop().expect("an open element");
                        el.ended = open.len() == i;
                        push(&mut open, &mut top, Node::Element(el));
                    }
                }
                continue;
            }
            Token::Text(text) => Node::Text(decode(text, Place::Text).into_owned()),
            Token::RawText { text, element } => Node::Raw {
                text,
                decode: matches!(element, "title" | "textarea"),
            },
            Token::Comment(_) => Node::Comment,
            Token::Other(raw) if raw.to_ascii_lowercase().starts_with("<!doctype") => Node::Doctype,
            Token::Other(raw) => Node::Other(raw),
        };
        push(&mut open, &mut top, node);
    }
    while let Some(el) = open.pop() {
        push(&mut open, &mut top, Node::Element(el));
    }
    top
}

/// True when the innermost open elements include an `<svg>`.
fn in_svg(open: &[Element<'_>]) -> bool {
    open.iter().any(|e| e.name == "svg")
}

/// Adds a node to the innermost open element, or to the page.
fn push<'a>(open: &mut [Element<'a>], top: &mut Vec<Node<'a>>, node: Node<'a>) {
    let children = open.last_mut().map_or(top, |e| &mut e.children);
    if let (Some(Node::Text(before)), Node::Text(more)) = (children.last_mut(), &node) {
        before.push_str(more);
        return;
    }
    children.push(node);
}

/// A start tag as an element, and whether it is already complete (void, or `<x/>` in SVG).
fn element(tag: Tag<'_>, svg: bool) -> (Element<'_>, bool) {
    let void = is_void(&tag.name);
    let complete = void || (tag.self_closing && (svg || tag.name == "svg"));
    let attributes = tag
        .attributes
        .into_iter()
        .map(|a| {
            let value = a
                .value
                .as_deref()
                .map_or(String::new(), |v| decode(v, Place::Attribute).into_owned());
            (a.name, value)
        })
        .collect();
    let el = Element {
        name: tag.name,
        attributes,
        children: Vec::new(),
        self_closing: tag.self_closing && complete && !void,
        void: complete,
        ended: complete,
    };
    (el, complete)
}

/// What white space an element's text keeps, as minifiers treat each element.
#[derive(Clone, Copy, PartialEq)]
enum Space {
    /// The page itself and block elements (`<div>`, `<ul>`, SVG shapes): white space
    /// between tags dropped, text trimmed at both ends and collapsed.
    Layout,
    /// Headings, paragraphs, list items: text trimmed at both ends and collapsed.
    Content,
    /// Inline elements (`<a>`, `<span>`) and unknown ones: collapsed only.
    Inline,
    /// `<pre>`, `<code>` and everything inside `<pre>`: as written.
    Kept,
}

/// Where an element's content is: inside `<svg>`, inside `<pre>`.
#[derive(Clone, Copy)]
struct Inside {
    svg: bool,
    pre: bool,
}

/// Elements whose text is trimmed at both ends and collapsed.
const CONTENT: &str = "address audio button canvas caption figcaption h1 h2 h3 h4 h5 h6 legend meter object \
    option p summary video dd details dt iframe label li noscript output progress slot td template th";

/// Elements whose white space between tags is dropped.
const LAYOUT: &str = "article aside blockquote body colgroup datalist dialog div dl fieldset figure footer form \
    head header hgroup html main map menu nav ol optgroup picture section select table tbody tfoot thead tr ul";

/// True when `name` is one of the space-separated `names`.
fn listed(names: &str, name: &str) -> bool {
    names.split_ascii_whitespace().any(|n| n == name)
}

/// How the content of `name` treats white space.
fn space_in(name: &str, at: Inside) -> Space {
    if at.svg {
        return match name {
            "a" | "tspan" | "textpath" | "altglyph" | "tref" => Space::Inline,
            "desc" | "text" | "title" => Space::Content,
            _ => Space::Layout,
        };
    }
    match name {
        _ if at.pre || matches!(name, "textarea" | "code" | "pre") => Space::Kept,
        _ if listed(CONTENT, name) => Space::Content,
        _ if listed(LAYOUT, name) => Space::Layout,
        _ => Space::Inline,
    }
}

/// Writes the nodes of one element (or of the page), its text spaced by `space`.
fn write_children(nodes: &[Node<'_>], space: Space, at: Inside, out: &mut String) {
    let texts = spaced(nodes, space);
    for (node, text) in nodes.iter().zip(texts) {
        match node {
            Node::Element(el) => write_element(el, at, out),
            Node::Text(_) => escape(&text, out),
            Node::Raw { text, decode: true } => {
                let text = ampersands(&decode(text, Place::Text), Place::Text);
                out.push_str(
                    &text
                        .replace("</title", "&lt;/title")
                        .replace("</textarea", "&lt;/textarea"),
                );
            }
            Node::Raw { text, decode: false } => out.push_str(text),
            Node::Comment => {}
            Node::Doctype => out.push_str("<!doctype html>"),
            Node::Other(raw) => out.push_str(raw),
        }
    }
}

/// Each text node's text with its white space treated as `space` says (empty for the rest).
fn spaced(nodes: &[Node<'_>], space: Space) -> Vec<String> {
    let (collapse, drop_blank, trim) = match space {
        Space::Layout => (true, true, true),
        Space::Content => (true, false, true),
        Space::Inline => (true, false, false),
        Space::Kept => (false, false, false),
    };
    let mut texts = vec![String::new(); nodes.len()];
    let mut first = true;
    let mut last = None;
    for (i, node) in nodes.iter().enumerate() {
        match node {
            Node::Element(_) => {
                first = false;
                last = Some(i);
            }
            Node::Text(text) => {
                let mut text = text.as_str();
                if first && trim {
                    text = text.trim_start_matches(is_space);
                }
                first = false;
                texts[i] = if drop_blank && text.chars().all(is_space) {
                    String::new()
                } else if collapse {
                    collapsed(text)
                } else {
                    text.to_string()
                };
                last = Some(i);
            }
            _ => {}
        }
    }
    if let Some(i) = last.filter(|_| trim) {
        let kept = texts[i].trim_end_matches(is_space).len();
        texts[i].truncate(kept);
    }
    texts
}

/// HTML's white space.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r')
}

/// `text` with each run of white space one space.
fn collapsed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if is_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Text written back: `<` as `&lt;`, `&` as `&amp;` where it would start a reference.
fn escape(text: &str, out: &mut String) {
    out.push_str(&ampersands(text, Place::Text).replace('<', "&lt;"));
}

/// `text` with each `&` that a browser would read as the start of a character reference
/// written `&amp;`.
fn ampersands(text: &str, place: Place) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, piece) in text.split('&').enumerate() {
        if i > 0 {
            let probe = format!("&{piece}");
            out.push_str(if decode(&probe, place) != probe { "&amp;" } else { "&" });
        }
        out.push_str(piece);
    }
    out
}

/// Writes an element: its start tag, its content, its end tag if the page had one.
fn write_element(el: &Element<'_>, at: Inside, out: &mut String) {
    let svg = at.svg || el.name == "svg";
    out.push('<');
    out.push_str(&el.name);
    out.push_str(&attributes(el));
    if el.self_closing && svg {
        out.push_str(if out.ends_with('"') || out.ends_with('\'') {
            "/"
        } else {
            " /"
        });
    }
    out.push('>');
    if el.void {
        return;
    }
    let inner = Inside {
        svg,
        pre: at.pre || (!svg && el.name == "pre"),
    };
    write_children(&el.children, space_in(&el.name, inner), inner, out);
    if el.ended {
        out.push_str("</");
        out.push_str(&el.name);
        out.push('>');
    }
}

#[test]
fn pages_are_compared_as_a_browser_reads_them() {
    let written = "<!DOCTYPE html>\n<html lang=\"en\" dir='ltr'>\n<head>\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n<body>\n  <!-- menu -->\n  <p class=\" lead  intro \">Tom &amp; Jerry\n   &lt;3 <a href=\"/a/?x=1&amp;y=2\" title=\"\">here</a> </p>\n  <img src=\"a.png\" alt=\"\" decoding=\"auto\">\n  <pre>  kept\n  </pre>\n</body>\n</html>\n";
    assert_eq!(
        canonical(written),
        "<!doctype html><html dir=ltr lang=en><head><meta content=\"width=device-width,initial-scale=1\" name=viewport></head><body><p class=\"lead intro\">Tom & Jerry &lt;3 <a href=\"/a/?x=1&y=2\">here</a></p><img alt src=a.png><pre>  kept\n  </pre></body></html>"
    );
}
