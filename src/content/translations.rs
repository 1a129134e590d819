//! The translation report printed after each build: per language, the UI strings it
//! lacks, how many pages it has its own text for, and whether a fluent speaker has
//! reviewed its bundled strings. Gaps are normal, never errors.

use std::fmt;

use super::{Library, Variant};
use crate::config::Config;
use crate::i18n::Translations;

/// One language's line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageReport {
    /// Language code.
    pub code: String,
    /// Language name, in itself.
    pub name: String,
    /// UI messages of the default language that this language lacks.
    pub strings_missing: usize,
    /// UI messages in the default language.
    pub strings_total: usize,
    /// Pages and sections with their own standard file in this language.
    pub pages_translated: usize,
    /// Pages and sections with a default-language file.
    pub pages_total: usize,
    /// True when its bundled UI strings have not been reviewed by a fluent speaker.
    pub unreviewed: bool,
}

/// The whole report, one line per non-default language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationReport {
    /// Per language, in config order.
    pub languages: Vec<LanguageReport>,
}

impl TranslationReport {
    /// Counts, for every non-default language, missing strings and translated pages.
    pub fn new(config: &Config, translations: &Translations, library: &Library) -> Self {
        let default = &config.default_language().code;
        let files = library
            .pages
            .values()
            .map(|p| &p.versions)
            .chain(library.sections.values().map(|s| &s.versions));
        let with_default: Vec<_> = files.filter(|v| v.get(Variant::Standard, default).is_some()).collect();
        let languages = config.languages[1..]
            .iter()
            .map(|lang| {
                let (strings_missing, strings_total) = translations.missing_count(&lang.code);
                LanguageReport {
                    code: lang.code.clone(),
                    name: lang.name.clone(),
                    strings_missing,
                    strings_total,
                    pages_translated: with_default
                        .iter()
                        .filter(|v| v.get(Variant::Standard, &lang.code).is_some())
                        .count(),
                    pages_total: with_default.len(),
                    unreviewed: translations.is_unreviewed(&lang.code),
                }
            })
            .collect();
        Self { languages }
    }
}

impl fmt::Display for TranslationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.languages.is_empty() {
            return Ok(());
        }
        writeln!(f, "translations:")?;
        for l in &self.languages {
            write!(
                f,
                "  {} ({}): {} of {} UI strings missing; {} of {} pages translated",
                l.code, l.name, l.strings_missing, l.strings_total, l.pages_translated, l.pages_total
            )?;
            if l.unreviewed {
                write!(f, "; UI strings not yet reviewed by a fluent speaker")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
