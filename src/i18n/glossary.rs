//! Key words for learners new to English (`data/glossary.toml`, DESIGN §5): each English
//! word with its translation into the site's other languages, read and checked once per
//! build. The EAL pages mark these words in the English lessons (`markdown::key_words`).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::config::{Config, toml_error};
use crate::error::{Diagnostic, Problems, Result};
use crate::files::read_text;

/// Where the glossary lives in a site.
const FILE: &str = "data/glossary.toml";

/// One key word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The English word or phrase, as it appears in the lessons (`password`).
    pub en: String,
    /// Its translation by language code (`pl` -> `hasło`).
    pub translations: BTreeMap<String, String>,
    /// A picture of it: a site path under `static/` (`/pictures/key.svg`).
    pub image: Option<String>,
}

/// Every key word of the site, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    /// The terms.
    pub terms: Vec<Term>,
}

impl Glossary {
    /// The translation of term number `index` into `lang`, if the glossary has one.
    pub fn translation(&self, index: usize, lang: &str) -> Option<&str> {
        self.terms.get(index)?.translations.get(lang).map(String::as_str)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<toml::Spanned<BTreeMap<String, toml::Spanned<toml::Value>>>>,
}

/// Reads `ROOT/data/glossary.toml` as far as it can: every term that can be read,
/// beside the errors of the others (each left out: its word is simply not marked; a
/// file that cannot be read at all is an empty glossary and its errors). No file means
/// no key words. `Err` only when haven itself fails.
pub fn load_glossary(root: &Path, config: &Config) -> Result<(Glossary, Vec<Diagnostic>)> {
    let rel = Path::new(FILE);
    if !root.join(rel).exists() {
        return Ok((Glossary::default(), Vec::new()));
    }
    match read_text(root, rel) {
        Ok(text) => read_glossary(root, config, &text),
        Err(e) => Ok((Glossary::default(), crate::toml_entries::user_errors(e)?)),
    }
}

/// Reads the text of a site's glossary, as [`load_glossary`]; `root` is the site, whose
/// `static/` holds the terms' pictures.
pub fn read_glossary(root: &Path, config: &Config, text: &str) -> Result<(Glossary, Vec<Diagnostic>)> {
    let parse = |t: &str| toml::from_str::<GlossaryFile>(t).map_err(|e| toml_error(FILE, t, &e, 0));
    let kept = match crate::toml_entries::parse_leaving_out(text, "[[term]]", parse) {
        Ok(kept) => kept,
        Err(e) => return Ok((Glossary::default(), crate::toml_entries::user_errors(e)?)),
    };
    let (glossary, problems) = check_terms(root, config, &kept.text, &kept.value);
    let mut found = kept.problems;
    found.extend(problems.into_vec());
    Ok((glossary, found))
}

/// Checks each term read; a term with a mistake is left out.
fn check_terms(root: &Path, config: &Config, text: &str, file: &GlossaryFile) -> (Glossary, Problems) {
    let mut problems = Problems::new();
    let mut terms: Vec<Term> = Vec::with_capacity(file.term.len());
    let mut words = HashSet::with_capacity(file.term.len());
    let reader = TermReader { root, config, text };
    for raw in &file.term {
        match reader.read(raw) {
            Ok(term) if !words.insert(term.en.to_ascii_lowercase()) => problems.push(reader.at(
                raw.span().start,
                format!("the key word `{}` is in the glossary twice", term.en),
                "keep one [[term]] for each English word and delete the other",
            )),
            Ok(term) => terms.push(term),
            Err(d) => problems.push(d),
        }
    }
    (Glossary { terms }, problems)
}

/// Checks one `[[term]]` table against the site's languages and files.
struct TermReader<'a> {
    root: &'a Path,
    config: &'a Config,
    text: &'a str,
}

type RawTerm = toml::Spanned<BTreeMap<String, toml::Spanned<toml::Value>>>;

impl TermReader<'_> {
    fn at(&self, offset: usize, message: String, hint: &str) -> Diagnostic {
        Diagnostic::error(message)
            .at_offset(FILE, self.text, offset, 0)
            .hint(hint)
    }

    /// A non-empty text value, or an error at the value.
    fn text_of<'v>(
        &self,
        key: &str,
        value: &'v toml::Spanned<toml::Value>,
    ) -> std::result::Result<&'v str, Diagnostic> {
        match value.get_ref().as_str().map(str::trim) {
            Some(s) if !s.is_empty() => Ok(s),
            Some(_) => Err(self.at(
                value.span().start,
                format!("`{key}` is empty"),
                "write the word, or delete the line",
            )),
            None => Err(self.at(
                value.span().start,
                format!("`{key}` must be text"),
                &format!("write it in quotes: {key} = \"...\""),
            )),
        }
    }

    fn read(&self, raw: &RawTerm) -> std::result::Result<Term, Diagnostic> {
        let table = raw.get_ref();
        let Some(en) = table.get("en") else {
            return Err(self.at(
                raw.span().start,
                "a glossary term has no English word (`en`)".into(),
                "add en = \"...\": the word as it appears in the English lessons",
            ));
        };
        let mut term = Term {
            en: self.text_of("en", en)?.to_string(),
            translations: BTreeMap::new(),
            image: None,
        };
        for (key, value) in table {
            match key.as_str() {
                "en" => {}
                "image" => term.image = Some(self.image(self.text_of(key, value)?, value.span().start)?),
                lang if self.config.language(lang).is_some() && !self.config.is_default(lang) => {
                    term.translations
                        .insert(lang.to_string(), self.text_of(key, value)?.to_string());
                }
                other => return Err(self.unknown_key(other, value.span().start)),
            }
        }
        Ok(term)
    }

    fn unknown_key(&self, key: &str, offset: usize) -> Diagnostic {
        let others: Vec<&str> = self.config.other_language_codes().collect();
        let allowed = if others.is_empty() {
            "this site has no languages besides the default, so only `en` and `image`".to_string()
        } else {
            format!("`en`, `image` and the site's languages: {}", others.join(", "))
        };
        self.at(
            offset,
            format!("`{key}` is not a language of this site"),
            &format!("a term may have {allowed}; add [languages.{key}] to config.toml or correct the key"),
        )
    }

    /// A picture's path under `static/`, which must exist; returns its site path.
    fn image(&self, path: &str, offset: usize) -> std::result::Result<String, Diagnostic> {
        let rel = path.trim_start_matches('/');
        let inside = !rel.is_empty() && !rel.split('/').any(|s| s == ".." || s.is_empty());
        if !inside || !self.root.join("static").join(rel).is_file() {
            return Err(self.at(
                offset,
                format!("the picture `{path}` is not a file in static/"),
                "give the path of a file under static/, e.g. image = \"pictures/key.svg\"",
            ));
        }
        Ok(format!("/{rel}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            "title = \"T\"\nbase_url = \"https://x/\"\n[languages.en]\nname = \"English\"\n[languages.pl]\nname = \"Polski\"\n",
        )
        .unwrap()
    }

    fn load(text: &str) -> Result<Glossary> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        std::fs::create_dir_all(dir.path().join("static/pictures")).unwrap();
        std::fs::write(dir.path().join("static/pictures/key.svg"), "<svg/>").unwrap();
        std::fs::write(dir.path().join(FILE), text).unwrap();
        let (glossary, errors) = load_glossary(dir.path(), &config())?;
        match errors.is_empty() {
            true => Ok(glossary),
            false => Err(crate::error::Error::User(errors)),
        }
    }

    #[test]
    fn terms_keep_translations_and_pictures() {
        let g = load("[[term]]\nen = \"password\"\npl = \"hasło\"\nimage = \"pictures/key.svg\"\n").unwrap();
        assert_eq!(g.terms[0].en, "password");
        assert_eq!(g.translation(0, "pl"), Some("hasło"));
        assert_eq!(g.terms[0].image.as_deref(), Some("/pictures/key.svg"));
    }

    #[test]
    fn a_term_without_english_is_named_on_its_line() {
        let err = load("[[term]]\nen = \"a\"\n\n[[term]]\npl = \"hasło\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("no English word"), "{err}");
        assert!(err.contains("data/glossary.toml:4"), "{err}");
    }

    #[test]
    fn bad_keys_values_and_pictures_are_errors() {
        let cases = [
            ("[[term]]\nen = \"a\"\nde = \"b\"\n", "`de` is not a language"),
            ("[[term]]\nen = \"a\"\nen_gb = \"b\"\n", "not a language"),
            ("[[term]]\nen = \"\"\n", "`en` is empty"),
            ("[[term]]\nen = 3\n", "must be text"),
            ("[[term]]\nen = \"a\"\nimage = \"nope.png\"\n", "not a file in static/"),
            (
                "[[term]]\nen = \"a\"\nimage = \"../config.toml\"\n",
                "not a file in static/",
            ),
            ("[[term]]\nen = \"Chat\"\n[[term]]\nen = \"chat\"\n", "twice"),
            ("[[terms]]\nen = \"a\"\n", "unknown field"),
        ];
        for (text, wanted) in cases {
            let err = load(text).unwrap_err().to_string();
            assert!(err.contains(wanted), "{text}: {err}");
        }
    }
}
