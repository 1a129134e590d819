//! UI strings from Fluent files (DESIGN §2, §6): the theme's, overridden message by message
//! by the site's; a message missing in a language falls back to the default language and
//! is counted in the translation report, never an error.

pub mod dates;
mod ftl_file;
pub mod glossary;

use std::collections::{BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;

use crate::config::Config;
use crate::config::language_facts as languages;
use crate::error::{Diagnostic, Problems, Result};
use crate::theme::FtlSource;

/// An argument to a message: `count = 3`, `name = "Harbour Lane"`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number (selects plural forms).
    Number(f64),
    /// Text.
    Text(String),
}

type Bundle = FluentBundle<FluentResource>;

/// Every language's UI strings.
pub struct Translations {
    default: String,
    bundles: HashMap<String, Bundle>,
    ids: HashMap<String, BTreeSet<String>>,
    /// Languages with a file whose header says no fluent speaker has reviewed it.
    unreviewed: BTreeSet<String>,
    /// Messages of the default language left out for a syntax error already reported:
    /// templates using them are not a second error, and show the id in their place.
    broken: BTreeSet<String>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("default", &self.default)
            .field("ids", &self.ids)
            .finish()
    }
}

impl Translations {
    /// Builds a bundle per configured language from `sources` (later files override
    /// earlier ones message by message). Files for languages the site does not use are
    /// skipped: themes may ship more languages than a school needs.
    pub fn new(config: &Config, sources: &[FtlSource]) -> Result<Self> {
        let (translations, errors) = Self::new_keeping_going(config, sources);
        let mut problems = Problems::new();
        errors.into_iter().for_each(|d| problems.push(d));
        problems.finish().map(|_| translations)
    }

    /// As [`Translations::new`], but a message with a syntax error is reported and left
    /// out, and the rest of its file and the other files still load.
    pub fn new_keeping_going(config: &Config, sources: &[FtlSource]) -> (Self, Vec<Diagnostic>) {
        let mut errors = Vec::new();
        let mut broken = BTreeSet::new();
        let mut bundles = HashMap::new();
        let mut ids: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut unreviewed = BTreeSet::new();
        for lang in &config.languages {
            let locale = lang.code.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![locale]);
            // Isolation marks keep numbers and Latin names readable inside right-to-left text.
            bundle.set_use_isolating(lang.dir == crate::config::Direction::Rtl);
            bundle.set_formatter(number_formatter(&lang.code));
            let lang_ids = ids.entry(lang.code.clone()).or_default();
            // Codes are case-insensitive: `[languages.pa-arab]` reads pa-Arab.ftl.
            for source in sources.iter().filter(|s| s.lang.eq_ignore_ascii_case(&lang.code)) {
                if !reviewed_by_fluent_speaker(&source.text) {
                    unreviewed.insert(lang.code.clone());
                }
                let read = ftl_file::read(source);
                errors.extend(read.errors);
                if config.is_default(&lang.code) {
                    broken.extend(read.broken);
                }
                if let Some(resource) = read.resource {
                    lang_ids.extend(message_ids(&resource));
                    bundle.add_resource_overriding(resource);
                }
            }
            bundles.insert(lang.code.clone(), bundle);
        }
        let default = config.default_language().code.clone();
        broken.retain(|id| !ids[&default].contains(id));
        let translations = Self {
            default,
            bundles,
            ids,
            unreviewed,
            broken,
        };
        (translations, errors)
    }

    /// True when the default language has this message.
    pub fn has_default(&self, id: &str) -> bool {
        self.ids.get(&self.default).is_some_and(|ids| ids.contains(id)) || self.broken.contains(id)
    }

    /// The language `translate(lang, id, ..)` takes its text from: `lang`, or the default
    /// language when `lang` lacks the message. Text from another language than the
    /// page's must say so with `lang` and `dir` (DESIGN §13).
    pub fn source_lang<'a>(&'a self, lang: &'a str, id: &str) -> &'a str {
        if self.ids.get(lang).is_some_and(|ids| ids.contains(id)) {
            lang
        } else {
            &self.default
        }
    }

    /// The message `id` in `lang`, or in the default language when `lang` lacks it.
    /// Fails only when the default language lacks it too, or the message is malformed.
    pub fn translate(&self, lang: &str, id: &str, args: &[(String, Arg)]) -> std::result::Result<String, String> {
        let lang = self.source_lang(lang, id);
        if self.broken.contains(id) && lang == self.default {
            // Its syntax error stands, so nothing is published: the id holds its place.
            return Ok(id.to_string());
        }
        if !self.ids.get(lang).is_some_and(|ids| ids.contains(id)) {
            return Err(format!(
                "no message `{id}` in the {} strings (i18n/{}.ftl)",
                self.default, self.default
            ));
        }
        let bundle = &self.bundles[lang];
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("message `{id}` has no value"))?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(name.as_str(), FluentValue::from(*n)),
                Arg::Text(t) => fluent_args.set(name.as_str(), FluentValue::from(t.as_str())),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        match errors.first() {
            Some(e) => Err(format!("message `{id}` in {lang}: {e}")),
            None => Ok(text.into_owned()),
        }
    }

    /// The site's languages, and every message id any of them has: what
    /// `translate(lang, id, ..)` can be asked for without an error.
    pub fn languages_and_ids(&self) -> (Vec<&str>, BTreeSet<&str>) {
        let ids = self
            .ids
            .values()
            .flatten()
            .chain(&self.broken)
            .map(String::as_str)
            .collect();
        (self.bundles.keys().map(String::as_str).collect(), ids)
    }

    /// True when one of `lang`'s Fluent files says in its header that no fluent speaker
    /// has reviewed it (DESIGN §13): the translation report lists it, as information.
    pub fn is_unreviewed(&self, lang: &str) -> bool {
        self.unreviewed.contains(lang)
    }

    /// How many default-language messages `lang` lacks, and how many there are.
    pub fn missing_count(&self, lang: &str) -> (usize, usize) {
        let Some(all) = self.ids.get(&self.default) else {
            return (0, 0);
        };
        let own = self.ids.get(lang);
        let missing = all.iter().filter(|id| !own.is_some_and(|o| o.contains(*id))).count();
        (missing, all.len())
    }
}

/// False when the comment lines at the top of a Fluent file say
/// `# reviewed-by-fluent-speaker: no` (the bundled files' header; docs/languages.md).
fn reviewed_by_fluent_speaker(text: &str) -> bool {
    let header = text
        .lines()
        .map(str::trim)
        .take_while(|l| l.is_empty() || l.starts_with('#'));
    !header
        .filter_map(|l| {
            l.trim_start_matches('#')
                .trim()
                .strip_prefix("reviewed-by-fluent-speaker:")
        })
        .any(|value| value.trim().eq_ignore_ascii_case("no"))
}

/// How numbers in `code`'s messages are written: in its own digits when CLDR's default
/// for it is not 0-9 (Arabic `٥`, Bengali `৫`), else Fluent's own way.
fn number_formatter<M>(code: &str) -> Option<fn(&FluentValue, &M) -> Option<String>> {
    /// A number in the digits of set `SET` of [`languages::DIGIT_SETS`].
    fn in_digits<const SET: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) => Some(languages::with_digits(&n.as_string(), &languages::DIGIT_SETS[SET])),
            _ => None,
        }
    }
    match languages::digit_set(code)? {
        0 => Some(in_digits::<0, M>),
        1 => Some(in_digits::<1, M>),
        _ => Some(in_digits::<2, M>),
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) if m.value.is_some() => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The tests' site of three languages: English, Polish and Urdu (right to left).
#[cfg(test)]
pub(crate) fn test_config() -> Config {
    Config::parse(
        "title = \"T\"\nbase_url = \"https://x/\"\n[languages.en]\nname = \"English\"\n[languages.pl]\nname = \"Polski\"\n[languages.ur]\nname = \"اردو\"\ndir = \"rtl\"\n",
    )
    .unwrap()
}

/// A strings file of the tests, `i18n/{lang}.ftl` holding `text`.
#[cfg(test)]
pub(crate) fn test_source(lang: &str, text: &str) -> FtlSource {
    FtlSource {
        origin: format!("i18n/{lang}.ftl").into(),
        lang: lang.into(),
        text: text.into(),
    }
}

/// The tests' translations from (language, Fluent text) pairs, for [`test_config`]'s site.
#[cfg(test)]
pub(crate) fn test_translations(sources: &[(&str, &str)]) -> Translations {
    let sources: Vec<FtlSource> = sources.iter().map(|(lang, text)| test_source(lang, text)).collect();
    Translations::new(&test_config(), &sources).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let t = test_translations(&[
            (
                "en",
                "lessons = { $count ->\n    [one] {$count} lesson\n   *[other] {$count} lessons\n}\n",
            ),
            (
                "pl",
                "lessons = { $count ->\n    [one] {$count} lekcja\n    [few] {$count} lekcje\n   *[many] {$count} lekcji\n}\n",
            ),
        ]);
        let n = |lang: &str, count: f64| {
            t.translate(lang, "lessons", &[("count".into(), Arg::Number(count))])
                .unwrap()
        };
        assert_eq!(n("en", 1.0), "1 lesson");
        assert_eq!(n("en", 3.0), "3 lessons");
        assert_eq!(n("pl", 1.0), "1 lekcja");
        assert_eq!(n("pl", 3.0), "3 lekcje");
        assert_eq!(n("pl", 5.0), "5 lekcji");
        assert_eq!(n("ur", 3.0), "3 lessons", "falls back to English");
        assert_eq!(t.missing_count("ur"), (1, 1));
    }

    /// CLDR's plural category for 0, 1, 2, 5, 11 and 100 in each language of DESIGN §13.
    /// fluent-bundle finds the rules by language subtag when the code has a script:
    /// `pa-Arab` takes Panjabi's, `zh-Hans` Chinese's.
    const CLDR_PLURALS: &[(&str, [&str; 6])] = &[
        ("en", ["other", "one", "other", "other", "other", "other"]),
        ("pl", ["many", "one", "few", "many", "many", "many"]),
        ("ur", ["other", "one", "other", "other", "other", "other"]),
        ("pa", ["one", "one", "other", "other", "other", "other"]),
        ("pa-Arab", ["one", "one", "other", "other", "other", "other"]),
        ("bn", ["one", "one", "other", "other", "other", "other"]),
        ("so", ["other", "one", "other", "other", "other", "other"]),
        ("ar", ["zero", "one", "two", "few", "many", "other"]),
        ("gu", ["one", "one", "other", "other", "other", "other"]),
        ("pt", ["one", "one", "other", "other", "other", "other"]),
        ("ta", ["other", "one", "other", "other", "other", "other"]),
        ("fr", ["one", "one", "other", "other", "other", "other"]),
        ("tr", ["other", "one", "other", "other", "other", "other"]),
        ("zh-Hans", ["other", "other", "other", "other", "other", "other"]),
        ("ro", ["few", "one", "few", "few", "few", "other"]),
        ("uk", ["many", "one", "few", "many", "many", "many"]),
        ("es", ["other", "one", "other", "other", "other", "other"]),
        ("fa", ["one", "one", "other", "other", "other", "other"]),
        ("ps", ["other", "one", "other", "other", "other", "other"]),
    ];

    #[test]
    fn plural_categories_follow_cldr_for_every_bundled_language() {
        let codes: String = CLDR_PLURALS.iter().map(|(c, _)| format!("[languages.{c}]\n")).collect();
        let config = Config::parse(&format!("title = \"T\"\nbase_url = \"https://x/\"\n{codes}")).unwrap();
        let message =
            "n = { $count ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        let sources: Vec<_> = CLDR_PLURALS.iter().map(|(c, _)| test_source(c, message)).collect();
        let t = Translations::new(&config, &sources).unwrap();
        for (code, wanted) in CLDR_PLURALS {
            for (count, category) in [0.0, 1.0, 2.0, 5.0, 11.0, 100.0].into_iter().zip(wanted) {
                let got = t.translate(code, "n", &[("count".into(), Arg::Number(count))]).unwrap();
                assert_eq!(&got, category, "{code} {count}");
            }
        }
    }

    #[test]
    fn numbers_take_each_languages_digits_and_files_match_codes_in_any_case() {
        let config = Config::parse(
            "title = \"T\"\nbase_url = \"https://x/\"\n[languages.en]\n[languages.ar]\n[languages.pa-arab]\n",
        )
        .unwrap();
        let t = Translations::new(
            &config,
            &[
                test_source("en", "n = { $count }\n"),
                test_source("ar", "n = { $count }\n"),
                test_source("pa-Arab", "n = ({ $count })\n"),
            ],
        )
        .unwrap();
        let n = |lang: &str| t.translate(lang, "n", &[("count".into(), Arg::Number(105.0))]).unwrap();
        assert_eq!(n("en"), "105");
        assert_eq!(n("ar"), "١٠٥", "a lone placeable is not isolated");
        assert_eq!(
            n("pa-arab"),
            "(\u{2068}۱۰۵\u{2069})",
            "pa-Arab.ftl serves [languages.pa-arab]"
        );
    }

    #[test]
    fn the_header_says_whether_a_fluent_speaker_reviewed_a_file() {
        assert!(!reviewed_by_fluent_speaker(
            "# haven UI strings: Bengali (বাংলা)\n# reviewed-by-fluent-speaker: no\na = b\n"
        ));
        assert!(reviewed_by_fluent_speaker(
            "# reviewed-by-fluent-speaker: yes (A. Reviewer, 2027)\na = b\n"
        ));
        assert!(reviewed_by_fluent_speaker("a = b\n"), "a school's own file is its own");
        assert!(
            reviewed_by_fluent_speaker("a = b\n# reviewed-by-fluent-speaker: no\n"),
            "only the header counts"
        );
    }

    #[test]
    fn later_files_override_by_message() {
        let t = test_translations(&[("en", "a = theme\nb = kept\n"), ("en", "a = site\n")]);
        assert_eq!(t.translate("en", "a", &[]).unwrap(), "site");
        assert_eq!(t.translate("en", "b", &[]).unwrap(), "kept");
        assert!(t.translate("en", "zzz", &[]).is_err());
    }

    #[test]
    fn a_bad_escape_before_a_non_ascii_letter_is_an_error_not_a_panic() {
        // Found by the `fluent` fuzz target: fluent-syntax 0.12 panicked on this.
        let err = Translations::new(&test_config(), &[test_source("pl", "ok = fine\na = { \"\\u12ś\" }\n")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("i18n/pl.ftl:2"), "{err}");
        assert!(
            err.contains("a = { \"\\u12ś\" }"),
            "the snippet shows the real text: {err}"
        );
        let fine = test_translations(&[("pl", "path = C:\\u12ś and { \"\\u0105\" }\n")]);
        assert_eq!(fine.translate("pl", "path", &[]).unwrap(), "C:\\u12ś and ą");
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let err = Translations::new(&test_config(), &[test_source("pl", "ok = fine\nbroken = {\n")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("i18n/pl.ftl:2"), "{err}");
    }
}
