//! The words of a rendered body, for the search index: tags dropped (block ends become
//! spaces, so paragraphs do not run together), scripts and styles skipped, character
//! references decoded, white space collapsed.

use std::borrow::Cow;

use crate::web::char_refs::{Place, decode};
use crate::web::html_scan::lower;
use crate::web::white_space::split_white_space;

/// True for the elements that sit inside a word's run of text; every other tag separates
/// words. (Matched, not looked up in a list: every tag of every body is asked.)
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "del"
            | "dfn"
            | "em"
            | "i"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "u"
    )
}

/// The name of the tag whose text (between `<` and `>`) is `inside`, lower-cased
/// (borrowed when it already is, as in every page haven renders).
fn tag_name(inside: &str) -> Cow<'_, str> {
    lower(
        inside
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or(""),
    )
}

/// The text of an HTML fragment, on one line, its character references decoded as a
/// browser decodes them (`web::char_refs`).
pub fn plain_text(html: &str) -> String {
    let mut line = Line::default();
    // The text is never longer than its HTML (a tag gives at most one space, a character
    // reference is longer than what it stands for): room for it at once, not grown (and
    // copied) on the way; most of a lesson's HTML is its text.
    line.text.reserve(html.len());
    let mut rest = html;
    while let Some(i) = memchr::memchr(b'<', rest.as_bytes()) {
        line.push(&decode(&rest[..i], Place::Text));
        rest = &rest[i..];
        let Some(end) = memchr::memchr(b'>', rest.as_bytes()) else {
            break;
        };
        let opening = !rest[1..end].starts_with('/');
        let name = tag_name(&rest[1..end]);
        rest = &rest[end + 1..];
        if !is_inline(&name) {
            line.space = true;
        }
        if opening && (name == "script" || name == "style") {
            let close = format!("</{name}");
            rest = memchr::memmem::find(rest.as_bytes(), close.as_bytes()).map_or("", |j| &rest[j..]);
        }
    }
    line.push(&decode(rest, Place::Text));
    line.text
}

/// Words joined by one space, made as the text is read: white space, and any tag that
/// is not inline, separates words (the text was once gathered whole, then split).
#[derive(Default)]
struct Line {
    text: String,
    /// True when the next word is a new one, not the rest of the last.
    space: bool,
}

impl Line {
    fn push(&mut self, piece: &str) {
        if is_spaced_once(piece) {
            // Its words joined by one space are the piece itself, as most of a paragraph is.
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.text.push_str(piece);
            self.space = false;
            return;
        }
        if piece.starts_with(char::is_whitespace) {
            self.space = true;
        }
        let mut any = false;
        for word in split_white_space(piece) {
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.text.push_str(word);
            self.space = true;
            any = true;
        }
        if any && !piece.ends_with(char::is_whitespace) {
            self.space = false;
        }
    }
}

/// True when `piece` is printable ASCII words parted by single spaces, with none at
/// either end. Read in one pass without a branch.
fn is_spaced_once(piece: &str) -> bool {
    let mut simple = !piece.is_empty();
    let mut after_space = true;
    for &b in piece.as_bytes() {
        let space = b == b' ';
        simple &= (b > b' ' && b < 0x7f) || (space && !after_space);
        after_space = space;
    }
    simple && !after_space
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_separate_words_and_inline_tags_do_not() {
        let html = "<h2 id=a>Keep it <em>private</em></h2><p>Tell&nbsp;an adult &amp; <strong>stop</strong>.</p><ul><li>one</li><li>two</li></ul>";
        assert_eq!(plain_text(html), "Keep it private Tell an adult & stop. one two");
    }

    #[test]
    fn scripts_styles_and_references() {
        let html = "<style>p{color:red}</style><p>Caf&#233; &#x141;&oacute;d&eacute; 3 &lt; 4 & 5 &notin; &notit;</p><script>var x = '<p>';</script>";
        assert_eq!(plain_text(html), "Café Łódé 3 < 4 & 5 ∉ ¬it;");
    }

    #[test]
    fn words_run_on_across_inline_tags_and_stop_at_white_space() {
        let cases = [
            ("Caf<em>\u{e9}</em> au <b> lait </b>!", "Caf\u{e9} au lait !"),
            ("  one\u{a0}two\u{b}three\u{2003}four  ", "one two three four"),
            ("<p> </p><p>a</p>b<i></i>c <br>d", "a bc d"),
            ("", ""),
            ("<p>   </p>", ""),
        ];
        for (html, want) in cases {
            assert_eq!(plain_text(html), want, "{html:?}");
        }
    }

    /// The way the text was once made: gathered whole, then split at white space.
    fn gathered_then_split(html: &str) -> String {
        let mut text = String::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            text.push_str(&decode(&rest[..i], Place::Text));
            rest = &rest[i..];
            let Some(end) = rest.find('>') else { break };
            let opening = !rest[1..end].starts_with('/');
            let name = tag_name(&rest[1..end]);
            rest = &rest[end + 1..];
            if !is_inline(&name) {
                text.push(' ');
            }
            if opening && (name == "script" || name == "style") {
                let close = format!("</{name}");
                rest = rest.find(&close).map_or("", |j| &rest[j..]);
            }
        }
        text.push_str(&decode(rest, Place::Text));
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn made_as_read_it_is_the_text_gathered_then_split() {
        let pieces = [
            "<p>",
            "</p>",
            "<em>",
            "</em>",
            "<b >",
            " ",
            "\u{a0}",
            "\u{b}",
            "\u{2003}",
            "&nbsp;",
            "&amp;",
            "&#32;",
            "a",
            "\u{e9}",
            "\u{627}",
            "<script>",
            "</script>",
            "<style>",
            "</style>",
            "<",
            ">",
            "\n",
            "\t",
            "<br/>",
            "x y",
            "</",
        ];
        // A small deterministic generator: the same fragments on every run.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut html = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                html.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            assert_eq!(plain_text(&html), gathered_then_split(&html), "{html:?}");
        }
    }

    #[test]
    fn unfinished_html_does_not_panic() {
        for html in ["<p", "&", "&amp", "a &#xZZ; b", "<script>never closed", "é&"] {
            let _ = plain_text(html);
        }
    }
}
