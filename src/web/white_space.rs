//! Text split at white space as `str::split_whitespace` splits it, by bytes where the text
//! is ASCII, and into lines as `str::lines` splits it, by the memchr crate's search: the
//! search text and the reading-level check split every line of every lesson, and most
//! lines are ASCII.

/// The pieces of `text` between runs of white space (`char::is_whitespace`).
pub fn split_white_space(text: &str) -> Pieces<'_> {
    // U+000B (line tabulation) is white space to Unicode, not to the ASCII test.
    if text.is_ascii() && !text.as_bytes().contains(&0x0b) {
        Pieces::Ascii(text.split_ascii_whitespace())
    } else {
        Pieces::Unicode(text.split_whitespace())
    }
}

/// The pieces [`split_white_space`] gives.
pub enum Pieces<'a> {
    /// Text of ASCII alone, split by bytes.
    Ascii(std::str::SplitAsciiWhitespace<'a>),
    /// Any other text, split by characters.
    Unicode(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Pieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Pieces::Ascii(pieces) => pieces.next(),
            Pieces::Unicode(pieces) => pieces.next(),
        }
    }
}

/// The lines of `text`, as `str::lines` gives them (a `\r` before a `\n` dropped with it,
/// no empty line after a last `\n`), each line break found by memchr's vector search
/// rather than the standard library's search for a character.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text).filter(|t| !t.is_empty());
    std::iter::from_fn(move || {
        let now = rest?;
        let (line, next) = match memchr::memchr(b'\n', now.as_bytes()) {
            Some(end) => {
                let line = &now[..end];
                (
                    line.strip_suffix('\r').unwrap_or(line),
                    Some(&now[end + 1..]).filter(|t| !t.is_empty()),
                )
            }
            None => (now, None),
        };
        rest = next;
        Some(line)
    })
}

/// `count` texts of `alphabet`'s characters, each of a length in `lengths`, the same on
/// every run (xorshift): for the tests that hold a quick way of reading text to the plain
/// way it replaced.
#[cfg(test)]
pub(crate) fn generated_texts(alphabet: &str, count: usize, lengths: std::ops::RangeInclusive<usize>) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let (shortest, longest) = (*lengths.start(), *lengths.end());
    (0..count)
        .map(|_| {
            let len = shortest + next(longest - shortest + 1);
            (0..len).map(|_| alphabet[next(alphabet.len())]).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_pieces_as_splitting_by_characters() {
        let alphabet = "ab. \t\n\r\u{b}\u{c}\u{a0}\u{2003}\u{85}\u{e9}\u{633}";
        for text in generated_texts(alphabet, 20_000, 0..=15) {
            let want: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(split_white_space(&text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn the_same_lines_as_the_standard_library() {
        for text in generated_texts("ab \n\n\r\r\u{e9}", 20_000, 0..=12) {
            let want: Vec<&str> = text.lines().collect();
            assert_eq!(lines(&text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }
}
