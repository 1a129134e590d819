//! `STEM[.VARIANT][.LANG].md` (DESIGN §4): which page, which version, which language.

use std::fmt;

/// Which version of a page a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    /// The ordinary page.
    Standard,
    /// The easy-read version, for learners with SEND.
    Easy,
}

impl Variant {
    /// The name used in file names and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Standard => "standard",
            Variant::Easy => "easy",
        }
    }
}

/// A content file's name, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileName<'a> {
    /// The page's own name: `passwords`, `_index` or `index`.
    pub stem: &'a str,
    /// Standard or easy-read.
    pub variant: Variant,
    /// A language other than the default, or `None` for the default language.
    pub lang: Option<&'a str>,
}

/// Why a file name cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileNameError {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl fmt::Display for FileNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.hint)
    }
}

/// Splits a Markdown file name into stem, variant and language.
///
/// `default_lang` is the site's default language and `other_langs` the rest; a suffix that
/// is neither a configured language nor `easy` is an error, not part of the stem, so a typo
/// such as `passwords.pll.md` cannot silently become a page of its own.
pub fn parse_file_name<'a>(
    name: &'a str,
    default_lang: &str,
    other_langs: &[&str],
) -> Result<FileName<'a>, FileNameError> {
    let Some(base) = name.strip_suffix(".md") else {
        return Err(FileNameError {
            message: format!("`{name}` is not a Markdown file"),
            hint: "content pages end in .md".into(),
        });
    };
    let mut parts: Vec<&str> = base.split('.').collect();
    let mut lang = None;
    let mut variant = Variant::Standard;

    if parts.len() > 1 {
        let last = parts[parts.len() - 1];
        if other_langs.contains(&last) {
            lang = Some(last);
            parts.pop();
        } else if last == default_lang {
            return Err(FileNameError {
                message: format!("`{name}` names the default language `{default_lang}`"),
                hint: format!(
                    "default-language files carry no language suffix: rename it to `{}.md`",
                    parts[..parts.len() - 1].join(".")
                ),
            });
        }
    }
    if parts.len() > 1 && parts[parts.len() - 1] == "easy" {
        variant = Variant::Easy;
        parts.pop();
    }
    if parts.len() > 1 {
        let unknown = parts[1..].join(".");
        let langs = if other_langs.is_empty() {
            "no languages besides the default".to_string()
        } else {
            format!("languages {}", other_langs.join(", "))
        };
        return Err(FileNameError {
            message: format!("`{name}`: `{unknown}` is not a language or a version of this site"),
            hint: format!(
                "{}name files STEM.md, STEM.easy.md, STEM.LANG.md or STEM.easy.LANG.md (this site has {langs}; the only version is `easy`); add the language to config.toml or remove the dot from the name",
                crate::error::did_you_mean(&unknown, other_langs.iter().copied().chain(["easy"]))
            ),
        });
    }
    let stem = parts[0];
    if stem.is_empty() {
        return Err(FileNameError {
            message: format!("`{name}` has no name before its suffixes"),
            hint: "give the file a name, e.g. `passwords.md`".into(),
        });
    }
    Ok(FileName { stem, variant, lang })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str) -> Result<FileName<'_>, FileNameError> {
        parse_file_name(name, "en", &["pl", "ur"])
    }

    #[test]
    fn four_versions_of_one_page() {
        assert_eq!(
            parse("passwords.md").unwrap(),
            FileName {
                stem: "passwords",
                variant: Variant::Standard,
                lang: None
            }
        );
        assert_eq!(parse("passwords.pl.md").unwrap().lang, Some("pl"));
        assert_eq!(parse("passwords.easy.md").unwrap().variant, Variant::Easy);
        let both = parse("passwords.easy.ur.md").unwrap();
        assert_eq!((both.variant, both.lang), (Variant::Easy, Some("ur")));
    }

    #[test]
    fn a_page_named_like_a_language_is_a_stem() {
        assert_eq!(parse("pl.md").unwrap().stem, "pl");
        assert_eq!(parse("easy.md").unwrap().stem, "easy");
    }

    #[test]
    fn unknown_suffixes_are_errors() {
        assert!(parse("passwords.de.md").unwrap_err().message.contains("`de`"));
        assert!(parse("passwords.hard.md").is_err());
        assert!(parse("passwords.en.md").unwrap_err().hint.contains("passwords.md"));
        assert!(parse("passwords.ur.easy.md").is_err(), "variant comes before language");
        assert!(parse(".md").is_err());
        assert!(parse(".pl.md").is_err());
        assert!(parse("notes.txt").is_err());
    }
}
