//! `[languages]` and `default_language`: the site's languages, the default one first.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::language_facts;

/// Which way a script runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Urdu, Arabic, ...).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language of the site.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    /// The BCP 47 code, e.g. `pl` or `pa-Arab`; also the URL prefix.
    pub code: String,
    /// The language's name in itself, e.g. `Polski`.
    pub name: String,
    /// Text direction.
    pub dir: Direction,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLanguage {
    #[serde(default)]
    name: Option<String>,
    /// Inferred from the code's script when absent (DESIGN §13).
    #[serde(default)]
    dir: Option<Direction>,
}

type SpannedMessage = (Option<std::ops::Range<usize>>, String);

pub(super) fn collect_languages(
    raw: &IndexMap<Spanned<String>, RawLanguage>,
    default_code: &str,
) -> std::result::Result<Vec<Language>, SpannedMessage> {
    let mut languages = Vec::new();
    for (code, lang) in raw {
        check_language_code(code.get_ref()).map_err(|m| (Some(code.span()), m))?;
        languages.push(Language {
            code: code.get_ref().clone(),
            name: lang
                .name
                .clone()
                .unwrap_or_else(|| language_facts::endonym(code.get_ref())),
            dir: lang.dir.unwrap_or_else(|| language_facts::direction(code.get_ref())),
        });
    }
    if languages.is_empty() {
        check_language_code(default_code).map_err(|m| (None, m))?;
        languages.push(Language {
            code: default_code.to_string(),
            name: language_facts::endonym(default_code),
            dir: language_facts::direction(default_code),
        });
    }
    let Some(pos) = languages.iter().position(|l| l.code == default_code) else {
        let known: Vec<_> = languages.iter().map(|l| l.code.as_str()).collect();
        return Err((
            None,
            format!(
                "default_language `{default_code}` has no [languages.{default_code}] table (configured: {}); add one, e.g. [languages.{default_code}] name = \"English\"",
                known.join(", ")
            ),
        ));
    };
    let default = languages.remove(pos);
    languages.insert(0, default);
    Ok(languages)
}

/// Language codes become URL prefixes and `lang` attributes, so they must be valid BCP 47
/// tags and must not clash with haven's own URL prefixes.
fn check_language_code(code: &str) -> std::result::Result<(), String> {
    if matches!(code, "easy" | "eal") {
        return Err(format!(
            "`{code}` cannot be a language code: haven uses /{code}/ for its own pages"
        ));
    }
    let valid = code.parse::<unic_langid::LanguageIdentifier>().is_ok()
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && code.len() <= 16;
    if valid {
        Ok(())
    } else {
        Err(format!(
            "`{code}` is not a language code: use a BCP 47 tag such as `pl`, `ur` or `pa-Arab`"
        ))
    }
}
