//! Marking glossary words in an English lesson for its EAL pages (DESIGN §6).
//!
//! The matcher is built once per build from `data/glossary.toml`. Each English lesson is
//! marked once, in its Markdown tree: whole words, any case of ASCII letters, simple plurals
//! (`password`/`passwords`, `search`/`searches`, `story`/`stories`), longest phrase first.
//! Text inside code, links, images, headings and raw HTML elements such as `<a>` is never
//! touched, so heading ids, URLs and attributes stay as they were. Each EAL page then fills
//! in its own language's translations with [`translate_marks`].

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use comrak::Arena;
use comrak::nodes::{AstNode, NodeValue};

use crate::i18n::glossary::Glossary;
use crate::web::char_refs::{Escape, escape};
use crate::web::html_scan::{Token, Tokens};

/// The class of a marked word in the English text.
const MARK_CLASS: &str = "key-word";

/// Finds glossary words in English text.
#[derive(Debug)]
pub struct KeyWords {
    matcher: AhoCorasick,
    /// Which term each pattern (a word or one of its plurals) belongs to.
    term_of_pattern: Vec<usize>,
    /// How many terms the glossary has.
    term_count: usize,
}

/// One word found in a text: its byte range and its term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    term: usize,
}

/// The simple English plurals of a word or phrase (its last word changes).
pub fn plural_forms(phrase: &str) -> Vec<String> {
    let lower = phrase.to_ascii_lowercase();
    let mut forms = vec![lower.clone()];
    let ends = |s: &str| lower.ends_with(s);
    if ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") {
        forms.push(format!("{lower}es"));
    } else if ends("y") && !lower[..lower.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']) {
        forms.push(format!("{}ies", &lower[..lower.len() - 1]));
    } else {
        forms.push(format!("{lower}s"));
    }
    forms
}

impl KeyWords {
    /// The matcher for a glossary; `None` when it has no terms.
    pub fn new(glossary: &Glossary) -> Option<Self> {
        let mut patterns = Vec::new();
        let mut term_of_pattern = Vec::new();
        for (index, term) in glossary.terms.iter().enumerate() {
            for form in plural_forms(&term.en) {
                patterns.push(form);
                term_of_pattern.push(index);
            }
        }
        if patterns.is_empty() {
            return None;
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok()?;
        Some(Self {
            matcher,
            term_of_pattern,
            term_count: glossary.terms.len(),
        })
    }

    /// Every whole-word match in `text`, longest first where matches overlap.
    fn find(&self, text: &str) -> Vec<Found> {
        // Line breaks inside a paragraph count as spaces, so phrases may wrap.
        let haystack = text.replace('\n', " ");
        let mut all: Vec<Found> = self
            .matcher
            .find_overlapping_iter(&haystack)
            .filter(|m| is_whole_word(&haystack, m.start(), m.end()))
            .map(|m| Found {
                start: m.start(),
                end: m.end(),
                term: self.term_of_pattern[m.pattern().as_usize()],
            })
            .collect();
        all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        let mut chosen: Vec<Found> = Vec::new();
        for f in all {
            if chosen.last().is_none_or(|last| f.start >= last.end) {
                chosen.push(f);
            }
        }
        chosen
    }

    /// Marks every glossary word in the tree under `root` as
    /// `<dfn class="key-word" data-term="N">`; returns the terms found, in order of
    /// first appearance.
    pub fn mark<'a>(&self, arena: &'a Arena<'a>, root: &'a AstNode<'a>) -> Vec<usize> {
        join_wrapped_lines(root);
        let mut found_terms: Vec<usize> = Vec::new();
        let mut seen = vec![false; self.term_count];
        for node in markable_text(root) {
            let text = match &node.data().value {
                NodeValue::Text(t) => t.to_string(),
                _ => continue,
            };
            let found = self.find(&text);
            if found.is_empty() {
                continue;
            }
            let mut at = 0;
            for f in &found {
                if !std::mem::replace(&mut seen[f.term], true) {
                    found_terms.push(f.term);
                }
                insert_before(arena, node, NodeValue::Text(text[at..f.start].to_string().into()));
                let open = format!("<dfn class=\"{MARK_CLASS}\" data-term=\"{}\">", f.term);
                insert_before(arena, node, NodeValue::HtmlInline(open));
                insert_before(arena, node, NodeValue::Text(text[f.start..f.end].to_string().into()));
                insert_before(arena, node, NodeValue::HtmlInline("</dfn>".into()));
                at = f.end;
            }
            insert_before(arena, node, NodeValue::Text(text[at..].to_string().into()));
            node.detach();
        }
        found_terms
    }
}

fn insert_before<'a>(arena: &'a Arena<'a>, node: &'a AstNode<'a>, value: NodeValue) {
    if matches!(&value, NodeValue::Text(t) if t.is_empty()) {
        return;
    }
    node.insert_before(arena.alloc(value.into()));
}

/// True when the bytes `start..end` of `text` are not part of a longer word.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Folds each soft line break into the text around it (it renders as the same `\n`),
/// so a phrase that wraps across two lines of Markdown can still be found.
fn join_wrapped_lines<'a>(root: &'a AstNode<'a>) {
    let breaks: Vec<_> = root
        .descendants()
        .filter(|n| matches!(n.data().value, NodeValue::SoftBreak))
        .collect();
    for node in breaks {
        let is_text = |n: Option<&'a AstNode<'a>>| n.is_some_and(|n| matches!(n.data().value, NodeValue::Text(_)));
        if !(is_text(node.previous_sibling()) && is_text(node.next_sibling())) {
            continue;
        }
        let (Some(before), Some(after)) = (node.previous_sibling(), node.next_sibling()) else {
            continue;
        };
        let tail = match &after.data().value {
            NodeValue::Text(t) => t.to_string(),
            _ => continue,
        };
        if let NodeValue::Text(t) = &mut before.data_mut().value {
            *t = format!("{t}\n{tail}").into();
        }
        node.detach();
        after.detach();
    }
}

/// The opening and closing of raw HTML elements whose text must not be marked.
fn raw_element_change(html: &str) -> i32 {
    const KEEP_OUT: [&str; 6] = ["a", "code", "kbd", "samp", "dfn", "abbr"];
    let lower = html.trim().to_ascii_lowercase();
    let (closing, rest) = match lower.strip_prefix("</") {
        Some(rest) => (true, rest),
        None => match lower.strip_prefix('<') {
            Some(rest) => (false, rest),
            None => return 0,
        },
    };
    let name: String = rest.chars().take_while(char::is_ascii_alphanumeric).collect();
    match (KEEP_OUT.contains(&name.as_str()), closing, lower.ends_with("/>")) {
        (false, _, _) | (true, false, true) => 0,
        (true, true, _) => -1,
        (true, false, false) => 1,
    }
}

/// The text nodes that may be marked, in document order.
fn markable_text<'a>(root: &'a AstNode<'a>) -> Vec<&'a AstNode<'a>> {
    // How deep the walk is inside raw `<a>`, `<code>`...; raw HTML closes with its block.
    let mut inside_raw = 0;
    let mut out = Vec::new();
    for node in root.descendants() {
        let value = &node.data().value;
        if value.block() {
            inside_raw = 0;
        }
        match value {
            NodeValue::HtmlInline(html) => inside_raw = (inside_raw + raw_element_change(html)).max(0),
            NodeValue::Text(_) if inside_raw == 0 && !in_kept_out_node(node) => out.push(node),
            _ => {}
        }
    }
    out
}

/// True inside links, images and headings.
fn in_kept_out_node<'a>(node: &'a AstNode<'a>) -> bool {
    node.ancestors().any(|a| {
        matches!(
            a.data().value,
            NodeValue::Link(_) | NodeValue::Image(_) | NodeValue::Heading(_) | NodeValue::WikiLink(_)
        )
    })
}

/// Fills in one language's translations after each marked word of a rendered English
/// body: `<dfn>passwords</dfn> <span class="key-word-translation">(<span lang="pl">hasła</span>)`.
/// Words the glossary does not translate into `lang` lose their mark.
pub fn translate_marks(html: &str, glossary: &Glossary, lang: &str, dir: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    // For each `<dfn>` open here: what its end tag becomes (`None`: left as written).
    let mut open: Vec<Option<String>> = Vec::new();
    for token in Tokens::new(html) {
        match token {
            Token::Start(mut el) if el.name == "dfn" && el.has("data-term") => {
                let term = el.get("data-term").and_then(|t| t.parse::<usize>().ok());
                el.remove("data-term");
                match term.and_then(|t| glossary.translation(t, lang)) {
                    Some(word) => {
                        el.write_keeping_spelling(&mut out);
                        open.push(Some(format!(
                            " <span class=\"key-word-translation\">(<span lang=\"{lang}\" dir=\"{dir}\">{}</span>)</span>",
                            escape(word, Escape::Markup)
                        )));
                    }
                    // The mark goes, its word stays.
                    None => open.push(Some(String::new())),
                }
            }
            Token::Start(el) if el.name == "dfn" => {
                out.push_str(el.raw);
                open.push(None);
            }
            Token::End { name, raw } if name == "dfn" => match open.pop().flatten() {
                Some(after) if after.is_empty() => {}
                Some(after) => {
                    out.push_str(raw);
                    out.push_str(&after);
                }
                None => out.push_str(raw),
            },
            token => out.push_str(token.raw()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::glossary::Term;

    fn glossary(words: &[(&str, &str)]) -> Glossary {
        Glossary {
            terms: words
                .iter()
                .map(|(en, pl)| Term {
                    en: en.to_string(),
                    translations: [("pl".to_string(), pl.to_string())].into(),
                    image: None,
                })
                .collect(),
        }
    }

    fn mark(markdown: &str, words: &[(&str, &str)]) -> (String, Vec<usize>) {
        let g = glossary(words);
        let key_words = KeyWords::new(&g).unwrap();
        let arena = Arena::new();
        let mut options = comrak::Options::default();
        options.render.r#unsafe = true;
        let root = comrak::parse_document(&arena, markdown, &options);
        let terms = key_words.mark(&arena, root);
        let mut html = String::new();
        comrak::format_html(root, &options, &mut html).unwrap();
        (translate_marks(&html, &g, "pl", "ltr"), terms)
    }

    #[test]
    fn plurals_are_simple() {
        assert_eq!(plural_forms("Password"), ["password", "passwords"]);
        assert_eq!(plural_forms("search"), ["search", "searches"]);
        assert_eq!(plural_forms("story"), ["story", "stories"]);
        assert_eq!(plural_forms("day"), ["day", "days"]);
        assert_eq!(plural_forms("online friend"), ["online friend", "online friends"]);
    }

    #[test]
    fn whole_words_any_case_and_plurals() {
        let (html, terms) = mark(
            "Passwords and a PASSWORD, not passwordless or apps.\n",
            &[("password", "hasło"), ("app", "aplikacja")],
        );
        assert_eq!(html.matches("<dfn class=\"key-word\">").count(), 3, "{html}");
        assert!(html.contains("<dfn class=\"key-word\">Passwords</dfn> <span class=\"key-word-translation\">(<span lang=\"pl\" dir=\"ltr\">hasło</span>)</span>"), "{html}");
        assert!(html.contains("passwordless"), "{html}");
        assert!(html.contains("<dfn class=\"key-word\">apps</dfn>"), "{html}");
        assert_eq!(terms, [0, 1]);
    }

    #[test]
    fn the_longest_phrase_wins_even_across_a_line_break() {
        let (html, terms) = mark(
            "Tell a trusted\nadult. An adult helps.\n",
            &[("adult", "dorosły"), ("trusted adult", "zaufana osoba dorosła")],
        );
        assert!(html.contains("<dfn class=\"key-word\">trusted\nadult</dfn>"), "{html}");
        assert!(html.contains("<dfn class=\"key-word\">adult</dfn> <span"), "{html}");
        assert_eq!(terms, [1, 0]);
    }

    #[test]
    fn code_links_headings_images_and_raw_html_are_left_alone() {
        let (html, terms) = mark(
            "## Password rules\n\n`password` [a password](https://x/password) ![password](p.svg)\n\n<a href=\"x\">my password</a> <code>password</code>\n\n```\npassword\n```\n",
            &[("password", "hasło")],
        );
        assert!(!html.contains("<dfn"), "{html}");
        assert!(html.contains("<h2>Password rules</h2>"), "{html}");
        assert!(terms.is_empty());
    }

    #[test]
    fn untranslated_words_lose_their_mark_and_text_is_escaped() {
        let g = Glossary {
            terms: vec![Term {
                en: "chat".into(),
                translations: [("pl".to_string(), "<czat>".to_string())].into(),
                image: None,
            }],
        };
        let html = "<p><dfn class=\"key-word\" data-term=\"0\">chat</dfn></p>";
        assert!(translate_marks(html, &g, "pl", "ltr").contains("&lt;czat&gt;"));
        assert_eq!(translate_marks(html, &g, "ur", "rtl"), "<p>chat</p>");
    }
}
