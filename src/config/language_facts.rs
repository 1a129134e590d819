//! What haven knows about a language from its code alone (DESIGN §13), so a school can
//! write `[languages.bn]` and nothing else: its name for itself, which way its script
//! runs, and the digits it writes numbers with. Codes are BCP 47 tags; a script subtag
//! (`pa-Arab`, `az-Arab`, `sd-Deva`) decides over the language's usual script.

use unic_langid::LanguageIdentifier;

use super::Direction;

/// Languages whose usual script runs right to left (W3C i18n; DOMAIN §7.2): Arabic,
/// Urdu, Persian, Dari, Pashto, Hebrew, Central Kurdish, Sindhi, Uyghur, Yiddish,
/// Dhivehi, Kashmiri, Syriac, Egyptian Arabic.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arz", "ckb", "dv", "fa", "he", "iw", "ks", "prs", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Scripts (ISO 15924) written right to left.
const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
];

/// Each language's name for itself (CLDR's, capitalised as a menu item), by code: every
/// language of DESIGN §13, the right-to-left ones above, and other languages common in
/// England's schools. The most specific code is looked up first (`pa-Arab` before `pa`).
const ENDONYMS: &[(&str, &str)] = &[
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("arz", "مصرى"),
    ("az", "Azərbaycan"),
    ("az-Arab", "تۆرکجه"),
    ("bg", "Български"),
    ("bn", "বাংলা"),
    ("ckb", "کوردیی ناوەندی"),
    ("cs", "Čeština"),
    ("cy", "Cymraeg"),
    ("de", "Deutsch"),
    ("dv", "ދިވެހިބަސް"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("gd", "Gàidhlig"),
    ("gu", "ગુજરાતી"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("iw", "עברית"),
    ("ks", "کٲشُر"),
    ("ku", "Kurdî"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("ml", "മലയാളം"),
    ("ne", "नेपाली"),
    ("nl", "Nederlands"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("pa-Arab", "پنجابی"),
    ("pa-Guru", "ਪੰਜਾਬੀ"),
    ("pl", "Polski"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sd", "سنڌي"),
    ("si", "සිංහල"),
    ("sk", "Slovenčina"),
    ("so", "Soomaali"),
    ("sq", "Shqip"),
    ("sw", "Kiswahili"),
    ("syr", "ܣܘܪܝܝܐ"),
    ("ta", "தமிழ்"),
    ("te", "తెలుగు"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("tw", "Twi"),
    ("ug", "ئۇيغۇرچە"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("yi", "ייִדיש"),
    ("yo", "Yorùbá"),
    ("yue", "粵語"),
    ("zh", "中文"),
    ("zh-Hans", "简体中文"),
    ("zh-Hant", "繁體中文"),
];

/// Digit sets other than 0-9, indexed by [`digit_set`]: Arabic-Indic, Extended
/// Arabic-Indic, Bengali.
pub const DIGIT_SETS: [[char; 10]; 3] = [
    ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
    ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'],
    ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'],
];

/// The languages that write numbers in other digits than 0-9 (CLDR's default numbering
/// system), with their set in [`DIGIT_SETS`]: Arabic-Indic for Arabic, Extended
/// Arabic-Indic for Persian, Pashto and Shahmukhi Panjabi, Bengali digits for Bengali.
/// Urdu, Gurmukhi Panjabi, Gujarati and Tamil default to 0-9 in CLDR, as do all others.
const NATIVE_DIGITS: &[(&str, usize)] = &[("ar", 0), ("bn", 2), ("fa", 1), ("pa-Arab", 1), ("ps", 1)];

/// The code's language and script subtags (`pa`, `Arab`); `None` for a code that is not
/// BCP 47 (config.toml's check refuses those before anyone asks).
fn subtags(code: &str) -> Option<(String, Option<String>)> {
    let id: LanguageIdentifier = code.parse().ok()?;
    Some((
        id.language.as_str().to_string(),
        id.script.map(|s| s.as_str().to_string()),
    ))
}

/// The codes to look `code` up by, most specific first: `pa-Arab-PK`, `pa-Arab`, `pa`.
fn lookup_keys(code: &str) -> Vec<String> {
    let mut keys = vec![code.to_string()];
    if let Some((language, script)) = subtags(code) {
        if let Some(script) = script {
            keys.push(format!("{language}-{script}"));
        }
        keys.push(language);
    }
    keys
}

/// Which way `code`'s text runs: by its script subtag when it has one, else by the
/// language's usual script.
pub fn direction(code: &str) -> Direction {
    let rtl = match subtags(code) {
        Some((_, Some(script))) => RTL_SCRIPTS.contains(&script.as_str()),
        Some((language, None)) => RTL_LANGUAGES.contains(&language.as_str()),
        None => false,
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

/// The language's name for itself (`bn` -> `বাংলা`), or the code when haven does not
/// know it: the school then writes `name = "..."`.
pub fn endonym(code: &str) -> String {
    lookup_keys(code)
        .iter()
        .find_map(|key| ENDONYMS.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)))
        .map_or_else(|| code.to_string(), |(_, name)| (*name).to_string())
}

/// The set in [`DIGIT_SETS`] that `code` writes numbers with, when it is not 0-9.
pub fn digit_set(code: &str) -> Option<usize> {
    let keys = lookup_keys(code);
    // A script subtag other than the listed one means other digits (`pa` is Gurmukhi).
    let exact_or_plain = match subtags(code) {
        Some((_, Some(_))) => &keys[..keys.len() - 1],
        _ => &keys[..],
    };
    exact_or_plain
        .iter()
        .find_map(|key| NATIVE_DIGITS.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)))
        .map(|(_, set)| *set)
}

/// `text` with its ASCII digits written in `digits`.
pub fn with_digits(text: &str, digits: &[char; 10]) -> String {
    text.chars()
        .map(|c| {
            c.to_digit(10)
                .filter(|_| c.is_ascii_digit())
                .map_or(c, |d| digits[d as usize])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_script() {
        for rtl in [
            "ar", "ur", "fa", "ps", "pa-Arab", "he", "ckb", "sd", "ug", "yi", "dv", "az-Arab", "ar-EG",
        ] {
            assert_eq!(direction(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in [
            "en", "pl", "pa", "pa-Guru", "bn", "so", "zh-Hans", "uk", "sd-Deva", "ku", "ta",
        ] {
            assert_eq!(direction(ltr), Direction::Ltr, "{ltr}");
        }
    }

    #[test]
    fn every_language_of_design_13_names_itself() {
        for code in [
            "pl", "ur", "pa", "pa-Arab", "bn", "so", "ar", "gu", "pt", "ta", "fr", "tr", "zh-Hans", "ro", "uk", "es",
            "fa", "ps", "he", "ckb", "sd", "ug", "yi", "dv",
        ] {
            assert_ne!(endonym(code), code, "{code} has no endonym");
        }
        assert_eq!(endonym("pa-Arab"), "پنجابی");
        assert_eq!(endonym("pa"), "ਪੰਜਾਬੀ");
        assert_eq!(endonym("pt-BR"), "Português", "a region falls back to the language");
        assert_eq!(endonym("zh-hans"), "简体中文", "codes are case-insensitive");
        assert_eq!(endonym("xx"), "xx");
    }

    #[test]
    fn digits_follow_cldr_defaults() {
        let digits = |code: &str| &DIGIT_SETS[digit_set(code).unwrap()];
        assert_eq!(with_digits("9 2027", digits("ar")), "٩ ٢٠٢٧");
        assert_eq!(with_digits("15", digits("bn")), "১৫");
        assert_eq!(with_digits("15", digits("pa-Arab")), "۱۵");
        assert_eq!(with_digits("15", digits("ar-EG")), "١٥");
        for latin in ["ur", "pa", "ar-Latn", "en", "ta", "gu"] {
            assert_eq!(digit_set(latin), None, "{latin} writes 0-9");
        }
    }
}
