//! Counting the syllables of an English word, for the reading-level check. A heuristic (no
//! dictionary): groups of vowels, less a silent `e`, with the common exceptions of
//! children's reading. It is right for almost every word a lesson uses, and off by one on
//! a few; the check allows several long words per sentence, so that is enough.

use std::borrow::Cow;

/// How many syllables `word` has (at least 1 for a word with a letter); a hyphenated
/// word counts each part (`grown-up` is 2).
pub fn syllables(word: &str) -> usize {
    // Most words are ASCII without a hyphen: one part, found without decoding characters.
    if !word.bytes().any(|b| b == b'-' || !b.is_ascii()) {
        return part_syllables(&lowercase(word));
    }
    word.split(['-', '\u{2010}'])
        .map(|part| part_syllables(&lowercase(part)))
        .sum()
}

/// True when `word` has three syllables or more: a long word to the reading-level check.
/// Most words of a lesson are not, and a word of ASCII letters with fewer than three
/// vowels (`a e i o u y`) cannot be: every syllable counted is a run of vowels or a pair
/// said as two within one, and a word counts at least 1 (tested below against
/// [`syllables`] on generated words). Those are ruled out without counting.
pub fn is_long(word: &str) -> bool {
    could_be_long(word) && syllables(word) >= 3
}

/// False for a word that cannot have three syllables (see [`is_long`]): one of ASCII
/// letters, without a hyphen, with fewer than three vowels in either case; one pass over
/// its bytes, cheaper than anything else the check asks of a word.
#[inline]
pub fn could_be_long(word: &str) -> bool {
    // One load and one add a byte, without a branch: this is asked of every word of every
    // lesson. A byte counted otherwise weighs three, so it alone makes the sum.
    let weight: usize = word
        .as_bytes()
        .iter()
        .map(|&b| usize::from(WEIGHTS[usize::from(b)]))
        .sum();
    weight >= 3
}

/// What each byte adds to [`could_be_long`]'s sum: 1 for a vowel in either case, 3 for a
/// byte of a letter outside ASCII or a hyphen (a word [`syllables`] counts otherwise), 0
/// for the rest.
const WEIGHTS: [u8; 256] = {
    let mut weights = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        weights[b] = if !byte.is_ascii() || byte == b'-' {
            3
        } else if is_vowel(byte | 0x20) {
            1
        } else {
            0
        };
        b += 1;
    }
    weights
};

/// `text` in lower case, borrowed when it already is (most words of a lesson): the check
/// counts the syllables of every word of every lesson.
pub fn lowercase(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// The first halves of compound words, with their syllables: most end in a silent `e`
/// (`some|one`, `home|work`), and `every` is said in two (`every|one`).
const HEADS: [(&str, usize); 9] = [
    ("some", 1),
    ("home", 1),
    ("safe", 1),
    ("care", 1),
    ("time", 1),
    ("name", 1),
    ("life", 1),
    ("side", 1),
    ("every", 2),
];

/// Endings after which a word's inner `e` is silent (`safely`, `careful`, `statement`).
const SILENT_E_SUFFIXES: [&str; 5] = ["ely", "eful", "ement", "eness", "eless"];

const fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn part_syllables(word: &str) -> usize {
    let letters: Cow<str> = if word.bytes().all(|b| b.is_ascii_alphabetic()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.chars().filter(char::is_ascii_alphabetic).collect())
    };
    if letters.is_empty() {
        return usize::from(word.chars().any(char::is_alphabetic));
    }
    if letters.len() <= 3 {
        return 1;
    }
    // Every head starts with one of these: most words are ruled out by their first letter.
    let may_have_head = matches!(letters.as_bytes()[0], b's' | b'h' | b'c' | b't' | b'n' | b'l' | b'e');
    if may_have_head
        && let Some((head, n)) = HEADS
            .iter()
            .find(|(h, _)| letters.len() > h.len() + 2 && letters.starts_with(h))
    {
        return n + part_syllables(&letters[head.len()..]);
    }
    // Only ASCII letters are left, so each byte is one letter.
    let chars = letters.as_bytes();
    let mut count = vowel_groups(chars);
    count += split_pairs(chars);
    count -= silent_endings(&letters, chars).min(count.saturating_sub(1));
    count.max(1)
}

/// Runs of vowels; a leading `y` is a consonant (`yes`, `you`).
fn vowel_groups(chars: &[u8]) -> usize {
    let mut count = 0;
    let mut in_group = false;
    for (i, &c) in chars.iter().enumerate() {
        let vowel = is_vowel(c) && !(i == 0 && c == b'y');
        if vowel && !in_group {
            count += 1;
        }
        in_group = vowel;
    }
    count
}

/// Vowel pairs said as two syllables: `vid-e-o`, `me-di-a`, `u-su-al`, `bul-ly-ing`,
/// `an-y-one`, unless after one of the letters beside them (`nation`, `people`, `language`).
fn split_pairs(word: &[u8]) -> usize {
    let mut extra = 0;
    for (i, pair) in word.windows(2).enumerate() {
        // Matched on the two bytes at once: this runs for every long-looking word of every lesson.
        let not_after: &[u8] = match (pair[0], pair[1]) {
            (b'i', b'a') => b"ctsg",
            (b'i', b'o') => b"ctsgx",
            (b'e', b'o') => b"lp",
            (b'u', b'a' | b'o') => b"gq",
            (b'y', b'i') => b"",
            _ => continue,
        };
        if !i.checked_sub(1).is_some_and(|b| not_after.contains(&word[b])) {
            extra += 1;
        }
    }
    extra + usize::from(word.windows(4).any(|w| w == b"yone"))
}

/// Silent letters at the end: `make`, `jumped`, `likes`, and an inner `e` before `-ly`,
/// `-ful` and their kind; but `table`, `wanted` and `boxes` keep theirs.
fn silent_endings(word: &str, chars: &[u8]) -> usize {
    let n = chars.len();
    let before = |k: usize| chars.get(n.wrapping_sub(k)).copied().unwrap_or(b'a');
    let consonant_before = !is_vowel(before(3));
    // Each ending is looked for only after its last letter: most words end otherwise.
    let (silent, inner_e) = match chars.last() {
        Some(b'e') => (
            !(word.ends_with("ee") || (word.ends_with("le") && consonant_before)),
            false,
        ),
        Some(b'd') => (
            word.ends_with("ed") && consonant_before && !matches!(before(3), b't' | b'd'),
            false,
        ),
        Some(b's') => (
            word.ends_with("es") && consonant_before && !matches!(before(3), b's' | b'x' | b'z' | b'h' | b'g' | b'c'),
            inner_silent_e(word, before),
        ),
        Some(b'y' | b'l' | b't') => (false, inner_silent_e(word, before)),
        _ => (false, false),
    };
    usize::from(silent) + usize::from(inner_e)
}

/// True when `word` ends in one of [`SILENT_E_SUFFIXES`] after a consonant.
fn inner_silent_e(word: &str, before: impl Fn(usize) -> u8) -> bool {
    SILENT_E_SUFFIXES
        .iter()
        .any(|s| word.ends_with(s) && !is_vowel(before(s.len() + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::white_space::generated_texts;

    #[test]
    fn counts_the_words_of_a_lesson() {
        let cases = [
            ("a", 1),
            ("the", 1),
            ("you", 1),
            ("yes", 1),
            ("make", 1),
            ("likes", 1),
            ("jumped", 1),
            ("friend", 1),
            ("screen", 1),
            ("wanted", 2),
            ("boxes", 2),
            ("table", 2),
            ("little", 2),
            ("people", 2),
            ("someone", 2),
            ("sometimes", 2),
            ("safely", 2),
            ("careful", 2),
            ("online", 2),
            ("password", 2),
            ("grown-up", 2),
            ("secret", 2),
            ("worried", 2),
            ("social", 2),
            ("nation", 2),
            ("teacher", 2),
            ("family", 3),
            ("internet", 3),
            ("computer", 3),
            ("video", 3),
            ("media", 3),
            ("usual", 3),
            ("everyone", 3),
            ("everything", 3),
            ("anyone", 3),
            ("radio", 3),
            ("information", 4),
            ("cyberbullying", 5),
            ("responsibility", 6),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(w, n)| syllables(w) != *n)
            .map(|(w, n)| format!("{w}: {} not {n}", syllables(w)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    #[test]
    fn a_word_is_long_when_it_counts_three() {
        // Words of letters, marks and digits, generated so the vowels' runs, the pairs and
        // the endings all occur: `is_long` rules out a word without counting only when
        // counting would say it is short.
        let alphabet = "aeiouyAEYbcdgklmnpqrstxz-'\u{e9}\u{2010}1";
        let mut checked = 0;
        for word in generated_texts(alphabet, 200_000, 1..=11) {
            assert_eq!(is_long(&word), syllables(&word) >= 3, "{word}");
            checked += usize::from(syllables(&word) >= 3);
        }
        assert!(checked > 10_000, "too few long words generated: {checked}");
        for (word, long) in [
            ("family", true),
            ("online", false),
            ("everyone", true),
            ("hasło", false),
        ] {
            assert_eq!(is_long(word), long, "{word}");
        }
    }

    #[test]
    fn words_without_latin_letters_still_count_once() {
        assert_eq!(syllables("hasło"), 2);
        assert_eq!(syllables("پاس"), 1);
        assert_eq!(syllables("2026"), 0);
    }
}
