//! Words as search compares them, made exactly as the theme's `haven-search.js` makes
//! them in the browser (its `WORD` and `fold`): the index is built here and searched there,
//! so a word folded differently on either side would never be found.

use std::borrow::Cow;

use icu_normalizer::DecomposingNormalizerBorrowed;
use icu_properties::CodePointMapData;
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};

/// Letters that do not decompose into a base letter and an accent, and letters readers type
/// in more than one way (Arabic kaf, yeh and heh for the Urdu ones): `FOLDS` in the script.
const FOLDS: [(char, &str); 13] = [
    ('ł', "l"),
    ('ø', "o"),
    ('đ', "d"),
    ('ð', "d"),
    ('þ', "th"),
    ('ß', "ss"),
    ('æ', "ae"),
    ('œ', "oe"),
    ('ı', "i"),
    ('\u{0643}', "\u{06a9}"),
    ('\u{064a}', "\u{06cc}"),
    ('\u{0649}', "\u{06cc}"),
    ('\u{0647}', "\u{06c1}"),
];

/// Joiners Urdu and Persian use inside words, and tatweel.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}' | '\u{0640}')
}

/// A character of a word: a letter, digit or mark, or a joiner (`WORD` in the script).
fn in_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    is_joiner(c)
        || GeneralCategoryGroup::Letter.contains(category)
        || GeneralCategoryGroup::Number.contains(category)
        || GeneralCategoryGroup::Mark.contains(category)
}

/// The form of a word that matching compares: compatibility forms and accents taken off,
/// lower case, digits of Arabic script as 0-9, joiners and tatweel removed. Borrowed when
/// the word is already so (most words of a page, each read on every page).
pub fn fold(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return Cow::Borrowed(word);
    }
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Cow::Owned(word.to_ascii_lowercase());
    }
    let marks = CodePointMapData::<GeneralCategory>::new();
    let bare: String = DecomposingNormalizerBorrowed::new_nfkd()
        .normalize(word)
        .chars()
        .filter(|c| marks.get(*c) != GeneralCategory::NonspacingMark)
        .collect();
    let mut out = String::with_capacity(bare.len());
    for c in bare.to_lowercase().chars() {
        if let Some((_, to)) = FOLDS.iter().find(|(from, _)| *from == c) {
            out.push_str(to);
        } else if matches!(c, '\u{0660}'..='\u{0669}' | '\u{06f0}'..='\u{06f9}') {
            out.push(char::from(b'0' + ((c as u32 & 0xf) % 10) as u8));
        } else if !is_joiner(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Calls `each` with the folded words of a text, in order: what splitting it at every
/// character that is not a word character ([`in_word`]) and folding each piece gives, less
/// the empty ones (as the script does). Every word of every page comes through here, so a
/// word of ASCII letters and digits, most of a page, is read in one pass over its bytes,
/// and one with a capital (a sentence's first word) is lowered into one buffer kept for
/// the whole text, not a string of its own.
pub fn each_word(text: &str, mut each: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut lowered = String::new();
    let mut at = 0;
    loop {
        let start = boundary(text, at, true);
        if start == bytes.len() {
            return;
        }
        // The word characters of ASCII from here, and which kinds of bytes they are; a
        // byte outside ASCII is taken in for now, and the word read again if there is one.
        let mut end = start;
        let mut kinds = 0;
        while let Some(&b) = bytes.get(end) {
            let kind = KINDS[usize::from(b)];
            if kind == OTHER {
                break;
            }
            kinds |= kind;
            end += 1;
        }
        if kinds & BEYOND_ASCII != 0 {
            end = boundary(text, start, false);
            let word = fold(&text[start..end]);
            if !word.is_empty() {
                each(&word);
            }
        } else if kinds & CAPITAL != 0 {
            lowered.clear();
            lowered.push_str(&text[start..end]);
            lowered.make_ascii_lowercase();
            each(&lowered);
        } else {
            each(&text[start..end]);
        }
        at = end;
    }
}

/// A byte that is not a word character: ASCII, not a letter or digit.
const OTHER: u8 = 0;
/// A lower-case ASCII letter or a digit.
const SMALL: u8 = 1;
/// An upper-case ASCII letter.
const CAPITAL: u8 = 2;
/// A byte of a character outside ASCII (a word character or not).
const BEYOND_ASCII: u8 = 4;

/// Each byte's kind, looked up once a byte.
const KINDS: [u8; 256] = {
    let mut kinds = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        kinds[b] = if !byte.is_ascii() {
            BEYOND_ASCII
        } else if byte.is_ascii_uppercase() {
            CAPITAL
        } else if byte.is_ascii_alphanumeric() {
            SMALL
        } else {
            OTHER
        };
        b += 1;
    }
    kinds
};

/// Where the first character at or after `from` that is (`wanted`) or is not a word
/// character starts in `text`; its length when there is none.
fn boundary(text: &str, from: usize, wanted: bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        let kind = KINDS[usize::from(b)];
        let (is_word, len) = if kind == BEYOND_ASCII {
            let c = text[i..].chars().next().unwrap_or_default();
            (in_word(c), c.len_utf8())
        } else {
            (kind != OTHER, 1)
        };
        if is_word == wanted {
            return i;
        }
        i += len;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::white_space::generated_texts;

    /// The same cases as the script's own folding test (tests/browser/suites/search.test.mjs).
    #[test]
    fn words_fold_as_the_browser_folds_them() {
        assert_eq!(fold("ZGŁOŚ"), "zglos");
        assert_eq!(fold("Café"), "cafe");
        assert_eq!(fold("بُلنگ"), "بلنگ");
        assert_eq!(fold("اكاؤنٹ"), fold("اکاؤنٹ"));
        assert_eq!(fold("ي"), fold("ی"));
        assert_eq!(fold("۱۲"), "12");
        assert_eq!(fold("می\u{200c}خواہم"), "میخواہم");
        assert_eq!(fold("Straße"), "strasse");
    }

    fn words(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        each_word(text, |w| found.push(w.to_string()));
        found
    }

    #[test]
    fn words_are_runs_of_letters_digits_and_marks() {
        assert_eq!(
            words("Tell a trusted adult: 0800 1111, e-SAFETY… می\u{200c}خواہم Zgłoś"),
            [
                "tell",
                "a",
                "trusted",
                "adult",
                "0800",
                "1111",
                "e",
                "safety",
                "میخواہم",
                "zglos"
            ]
        );
    }

    /// The words as the script finds them: the text split at every character that is not
    /// a word character, each piece folded, the empty ones left out.
    #[test]
    fn each_word_is_every_piece_between_other_characters_folded() {
        let alphabet = "aB Z9 .-,\u{e9}\u{301}\u{200c}\u{640}\u{2014}\u{a0}\u{633}\u{6f1}\u{1f600}\u{130}";
        for text in generated_texts(alphabet, 20_000, 0..=23) {
            let folded: Vec<String> = text
                .split(|c: char| !in_word(c))
                .map(|piece| fold(piece).into_owned())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(&text), folded, "{text:?}");
        }
    }
}
