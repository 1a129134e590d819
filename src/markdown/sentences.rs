//! The sentences of a Markdown body, each with the file line it starts on, for the
//! reading-level check. Read straight from the source lines (no HTML), leaving out what a
//! learner does not read as prose: fenced code, headings, table rows, raw HTML lines,
//! pictures and link addresses. A list item or a new paragraph always ends a sentence,
//! so a list of short items without full stops is a list of short sentences.

use std::borrow::Cow;
use std::ops::Range;

use crate::web::white_space::{lines, split_white_space};

/// One sentence as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where its words are in `text`, punctuation trimmed (not a copy of each: the check
    /// reads every word of every lesson).
    words: Vec<Range<usize>>,
    /// Its text, Markdown marks taken out, as quoted in a warning.
    pub text: String,
    /// The file line it starts on (the `+++` line is 1).
    pub line: usize,
    /// True when another sentence starts later on the same line: two ideas on one line.
    pub shares_line: bool,
}

impl Sentence {
    /// Its words, punctuation trimmed.
    pub fn words(&self) -> impl ExactSizeIterator<Item = &str> {
        self.words.iter().map(|r| &self.text[r.clone()])
    }

    /// How many words it has.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }
}

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: [&str; 7] = ["e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr."];

/// The sentences of `body`, whose first line is line `body_line` of its file.
pub fn sentences(body: &str, body_line: usize) -> Vec<Sentence> {
    let mut reader = Reader::default();
    let mut fence: Option<&str> = None;
    for (i, raw) in lines(body).enumerate() {
        let line = body_line + i;
        let trimmed = raw.trim_start();
        if let Some(marks) = fence {
            if trimmed.starts_with(marks) {
                fence = None;
            }
            continue;
        }
        if let Some(marks) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
            reader.end_block();
            fence = Some(marks);
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with(['#', '|', '<']) || is_rule(trimmed) {
            reader.end_block();
            continue;
        }
        let (starts_block, text) = strip_block_marks(trimmed);
        if starts_block {
            reader.end_block();
        }
        reader.read_line(&plain_text(text), line);
    }
    reader.end_block();
    reader.found
}

/// True for a thematic break: three or more of one of `-`, `*`, `_`, spaces between them
/// allowed. Read for every line of every lesson, so nothing is copied.
fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next().filter(|c| matches!(c, '-' | '*' | '_')) else {
        return false;
    };
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    count >= 3
}

/// Takes off quote marks, list markers and footnote labels; true when the line starts a
/// new block (a list item or a footnote).
fn strip_block_marks(mut line: &str) -> (bool, &str) {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            let rest = rest.trim_start();
            let rest = ["[ ] ", "[x] ", "[X] "]
                .iter()
                .find_map(|t| rest.strip_prefix(t))
                .unwrap_or(rest);
            return (true, rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with([')', '.']) && line[digits + 1..].starts_with(' ') {
        return (true, line[digits + 2..].trim_start());
    }
    if line.starts_with("[^")
        && let Some(end) = line.find("]:")
    {
        return (true, line[end + 2..].trim_start());
    }
    (false, line)
}

/// The words of a line as read: pictures and inline HTML left out, links as their text,
/// code spans and emphasis marks taken off.
fn plain_text(line: &str) -> Cow<'_, str> {
    // Most lines of a lesson are plain words: nothing to take out, nothing copied. Every
    // byte is compared (no stop at the first mark), so the compiler compares many at once.
    if !line.bytes().fold(false, |found, b| found | is_mark(b)) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("![")
            && let Some(end) = link_end(rest)
        {
            rest = &rest[end..];
            continue;
        }
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            rest = &rest[end + 1..];
            continue;
        }
        if c == '`' {
            let after = &rest[1..];
            rest = after.find('`').map_or(after, |end| &after[end + 1..]);
            continue;
        }
        if c == ']'
            && rest[1..].starts_with('(')
            && let Some(end) = rest.find(')')
        {
            rest = &rest[end + 1..];
            continue;
        }
        if !matches!(c, '*' | '_' | '[' | '~' | '\\') {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// True for the bytes [`plain_text`] may take out.
const fn is_mark(b: u8) -> bool {
    matches!(b, b'<' | b'`' | b']' | b'*' | b'_' | b'[' | b'~' | b'\\')
}

/// Where a `![alt](address)` or `[text](address)` starting at `text` ends.
fn link_end(text: &str) -> Option<usize> {
    let close = text.find("](")?;
    let end = text[close..].find(')')?;
    Some(close + end + 1)
}

#[derive(Default)]
struct Reader {
    words: Vec<Range<usize>>,
    text: String,
    line: usize,
    /// The line the last sentence ended on, and its index in `found`.
    last_end: Option<(usize, usize)>,
    found: Vec<Sentence>,
}

impl Reader {
    /// Reads a line's words into the sentence being read, ending sentences at their stops.
    /// The sentence's text is copied from the line a stretch at a time (`pending`: words
    /// one space apart, as the text joins them), not word by word: this runs for every
    /// word of every lesson.
    fn read_line(&mut self, text: &str, line: usize) {
        let ascii = text.is_ascii();
        // The part of `text` read into the sentence but not yet copied into its text.
        let mut pending = 0..0;
        for token in split_white_space(text) {
            let at = token.as_ptr() as usize - text.as_ptr() as usize;
            if self.words.is_empty() {
                // A sentence grows word by word: room for most sentences at once.
                self.words.reserve(32);
                self.text.reserve(192);
                self.line = line;
                if let Some((end_line, index)) = self.last_end
                    && end_line == line
                {
                    self.found[index].shares_line = true;
                    self.text.clear();
                    pending = 0..0;
                }
            }
            // Where the token starts in the sentence's text.
            let token_at = if !pending.is_empty() && pending.end + 1 == at && text.as_bytes()[pending.end] == b' ' {
                let token_at = self.text.len() + (at - pending.start);
                pending.end = at + token.len();
                token_at
            } else {
                self.text.push_str(&text[pending]);
                if !self.text.is_empty() {
                    self.text.push(' ');
                }
                pending = at..at + token.len();
                self.text.len()
            };
            let word = if ascii { ascii_word_in(token) } else { word_in(token) };
            if let Some(word) = word {
                self.words.push(token_at + word.start..token_at + word.end);
            }
            if ends_sentence(token) && !self.words.is_empty() {
                self.text.push_str(&text[pending]);
                pending = 0..0;
                self.finish(line);
            }
        }
        self.text.push_str(&text[pending]);
    }

    fn finish(&mut self, end_line: usize) {
        if self.words.is_empty() {
            self.text.clear();
            return;
        }
        self.found.push(Sentence {
            words: std::mem::take(&mut self.words),
            text: std::mem::take(&mut self.text),
            line: self.line,
            shares_line: false,
        });
        self.last_end = Some((end_line, self.found.len() - 1));
    }

    /// A paragraph or item ends: what is left is a sentence without a full stop.
    fn end_block(&mut self) {
        let line = self.line;
        self.finish(line);
        self.last_end = None;
    }
}

/// Where the word is in `token`: punctuation trimmed from both ends; `None` when it has no
/// letter or digit. Read by bytes when the token is ASCII, as most are (the same result:
/// an ASCII character is alphanumeric exactly when its byte is).
fn word_in(token: &str) -> Option<Range<usize>> {
    if token.is_ascii() {
        return ascii_word_in(token);
    }
    let start = token.len() - token.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let word = token[start..].trim_end_matches(|c: char| !c.is_alphanumeric());
    (!word.is_empty()).then(|| start..start + word.len())
}

/// [`word_in`] for a token of ASCII alone.
fn ascii_word_in(token: &str) -> Option<Range<usize>> {
    let bytes = token.as_bytes();
    let start = bytes.iter().position(u8::is_ascii_alphanumeric)?;
    let end = bytes.iter().rposition(u8::is_ascii_alphanumeric)? + 1;
    Some(start..end)
}

/// True when a word ends its sentence: a full stop, question or exclamation mark (also
/// Urdu's and Arabic's), perhaps inside closing quotes or brackets, and not an
/// abbreviation.
fn ends_sentence(token: &str) -> bool {
    // Most words end in a letter: nothing to trim, and not an end.
    if token.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    let core = token.trim_end_matches(['"', '\'', ')', '\u{201d}', '\u{2019}', '*', '_']);
    let ends = core.ends_with(['.', '!', '?', '\u{6d4}', '\u{61f}', '\u{2026}']);
    // No letter outside ASCII lowercases to one of the abbreviations' letters.
    ends && !ABBREVIATIONS.iter().any(|a| core.eq_ignore_ascii_case(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thematic_breaks_are_three_of_one_mark() {
        for rule in ["---", "***", "___", "- - -", "*  *  * *", "_____"] {
            assert!(is_rule(rule), "{rule}");
        }
        for not in ["--", "-*-", "- a", "text", "", "=== ", "\u{e9}\u{e9}\u{e9}"] {
            assert!(!is_rule(not), "{not}");
        }
    }

    fn texts(body: &str) -> Vec<(String, usize)> {
        sentences(body, 10).into_iter().map(|s| (s.text, s.line)).collect()
    }

    #[test]
    fn sentences_keep_their_first_line() {
        let found = texts("One two. Three\nfour five.\n\n- An item\n- ![](a.svg) Another item.\n");
        let want = [
            ("One two.", 10),
            ("Three four five.", 10),
            ("An item", 13),
            ("Another item.", 14),
        ];
        assert_eq!(found, want.map(|(t, l)| (t.to_string(), l)));
    }

    #[test]
    fn code_headings_tables_and_html_are_not_read() {
        let body = "## A heading here\n```\nlet x = a very long line of code.\n```\n| a | b |\n<div>\nText with [a link](https://x.org/a.b) and `code`.\n";
        assert_eq!(texts(body), [("Text with a link and .".to_string(), 16)]);
    }

    #[test]
    fn two_sentences_on_one_line_share_it() {
        let found = sentences("Stop. Tell an adult.\nBe kind.\n", 1);
        assert_eq!(
            found.iter().map(|s| s.shares_line).collect::<Vec<_>>(),
            [true, false, false]
        );
    }

    #[test]
    fn words_are_trimmed_of_punctuation_in_any_script() {
        for (token, word) in [
            ("(Stop!)", Some("Stop")),
            ("\u{201c}Tell\u{201d}", Some("Tell")),
            ("\u{bf}Qu\u{e9}?", Some("Qu\u{e9}")),
            (
                "\u{a1}\u{633}\u{644}\u{627}\u{645}\u{61f}",
                Some("\u{633}\u{644}\u{627}\u{645}"),
            ),
            ("grown-up,", Some("grown-up")),
            ("...", None),
            ("\u{2014}", None),
        ] {
            assert_eq!(word_in(token).map(|r| &token[r]), word, "{token}");
        }
    }

    #[test]
    fn a_sentence_is_its_words_as_written_one_space_apart() {
        // Lines with runs of spaces, tabs, NBSP and stops, so that the stretches copied
        // whole meet every kind of gap.
        let alphabet = "ab. !  \t\t\u{a0}\u{e9}\u{6d4}\n";
        for body in crate::web::white_space::generated_texts(alphabet, 20_000, 0..=60) {
            for s in sentences(&body, 1) {
                let joined = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert_eq!(s.text, joined, "{body:?}");
                assert!(
                    s.words().all(|w| s.text.split_whitespace().any(|t| t.contains(w))),
                    "{body:?}"
                );
            }
        }
    }

    #[test]
    fn abbreviations_and_urdu_stops() {
        assert_eq!(texts("Use a tool, e.g. a filter. Next.").len(), 2);
        assert_eq!(texts("یہ ایک جملہ ہے۔ یہ دوسرا ہے۔").len(), 2);
    }
}
