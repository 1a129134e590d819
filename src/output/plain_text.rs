//! The words of a rendered body, for the search index: tags dropped (block ends become
//! spaces, so paragraphs do not run together), scripts and styles skipped, character
//! references decoded, white space collapsed.

use std::borrow::Cow;

use crate::web::char_refs::{Place, decode};
use crate::web::html_scan::lower;

/// Elements that sit inside a word's run of text; every other tag separates words.
const INLINE: [&str; 21] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
    "small", "span", "strong", "u",
];

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
    let mut text = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        text.push_str(&decode(&rest[..i], Place::Text));
        rest = &rest[i..];
        let Some(end) = rest.find('>') else { break };
        let opening = !rest[1..end].starts_with('/');
        let name = tag_name(&rest[1..end]);
        rest = &rest[end + 1..];
        if !INLINE.contains(&&*name) {
            text.push(' ');
        }
        if opening && (name == "script" || name == "style") {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |j| &rest[j..]);
        }
    }
    text.push_str(&decode(rest, Place::Text));
    let mut line = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    line
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
    fn unfinished_html_does_not_panic() {
        for html in ["<p", "&", "&amp", "a &#xZZ; b", "<script>never closed", "é&"] {
            let _ = plain_text(html);
        }
    }
}
