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

/// The folded words of a text, in order (empty ones left out, as the script does).
pub fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    Runs { rest: text }.map(fold).filter(|w| !w.is_empty())
}

/// The runs of word characters ([`in_word`]) of a text: what splitting it at every other
/// character gives, less the empty pieces. Read by bytes where it is ASCII, as most of a
/// page is: every word of every page goes through here.
struct Runs<'a> {
    rest: &'a str,
}

impl Runs<'_> {
    /// Where the first character at or after `from` that is (`wanted`) or is not a word
    /// character starts; the text's length when there is none.
    fn boundary(&self, from: usize, wanted: bool) -> usize {
        let bytes = self.rest.as_bytes();
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            let (is_word, len) = if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = self.rest[i..].chars().next().unwrap_or_default();
                (in_word(c), c.len_utf8())
            };
            if is_word == wanted {
                return i;
            }
            i += len;
        }
        bytes.len()
    }
}

impl<'a> Iterator for Runs<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.boundary(0, true);
        let end = self.boundary(start, false);
        let rest = self.rest;
        self.rest = &rest[end..];
        (start < end).then(|| &rest[start..end])
    }
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

    #[test]
    fn runs_are_the_pieces_split_at_every_other_character() {
        let alphabet = "ab Z9 .-,\u{e9}\u{301}\u{200c}\u{640}\u{2014}\u{a0}\u{633}\u{6f1}\u{1f600}";
        for text in generated_texts(alphabet, 20_000, 0..=23) {
            let split: Vec<&str> = text.split(|c: char| !in_word(c)).filter(|w| !w.is_empty()).collect();
            assert_eq!(Runs { rest: &text }.collect::<Vec<_>>(), split, "{text:?}");
        }
    }

    #[test]
    fn words_are_runs_of_letters_digits_and_marks() {
        let found: Vec<Cow<str>> = words("Tell a trusted adult: 0800 1111, e-safety… می\u{200c}خواہم").collect();
        assert_eq!(
            found,
            [
                "tell",
                "a",
                "trusted",
                "adult",
                "0800",
                "1111",
                "e",
                "safety",
                "میخواہم"
            ]
        );
    }
}
