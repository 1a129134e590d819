//! TOML front matter between `+++` lines (Zola's format), and its top-level keys.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;

use super::extra::{Extra, ExtraKeys};

use crate::config::toml_error;
use crate::error::{Diagnostic, Error, Result};

/// A calendar day, as written in TOML (`2026-09-01`).
pub type Date = jiff::civil::Date;

/// The top-level keys of a page's front matter (DESIGN §4). Any other key is an error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// The page's title; required and non-empty.
    pub title: String,
    /// One sentence about the page, for listings and search results.
    pub description: Option<String>,
    /// The page's date.
    pub date: Option<Date>,
    /// Order within its section (lower first).
    pub weight: Option<i64>,
    /// Drafts are never published.
    pub draft: bool,
    /// A template file name for this page only.
    pub template: Option<String>,
    /// Replaces the file's stem in the URL.
    pub slug: Option<String>,
    /// Old URL paths of the page (`aliases = ["/old/path/"]`, Zola's form), each kept
    /// working by a redirect page (DESIGN §12).
    pub aliases: Vec<String>,
    /// The `[extra]` table as written (templates see it as `page.extra`); versions
    /// inherit the default-language file's keys.
    pub extra_keys: ExtraKeys,
    /// What `[extra]` says for the page's kind, read once the loader knows the kind.
    pub extra: Extra,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Option<toml::Spanned<String>>,
    description: Option<String>,
    date: Option<toml::Spanned<toml::value::Datetime>>,
    weight: Option<i64>,
    #[serde(default)]
    draft: bool,
    template: Option<String>,
    slug: Option<toml::Spanned<String>>,
    #[serde(default)]
    aliases: Vec<toml::Spanned<String>>,
    #[serde(default)]
    extra: ExtraKeys,
}

/// A file split into its front matter and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The TOML between the `+++` lines.
    pub front: &'a str,
    /// The Markdown after the closing `+++` line.
    pub body: &'a str,
    /// The file line on which `body` starts (the opening `+++` is line 1).
    pub body_line: usize,
}

/// Splits `text` (BOM already removed) at its `+++` lines.
pub fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "+++" {
        return Err(Diagnostic::error("the page does not start with front matter")
            .at_line(file, text, 1, 1)
            .hint("start the file with a line `+++`, then `title = \"...\"`, then a closing line `+++`")
            .into());
    }
    let mut offset = first_line_end;
    for (line, raw_line) in (2..).zip(text[first_line_end..].split_inclusive('\n')) {
        if raw_line.trim_end() == "+++" {
            return Ok(Split {
                front: &text[first_line_end..offset],
                body: &text[offset + raw_line.len()..],
                body_line: line + 1,
            });
        }
        offset += raw_line.len();
    }
    Err(Diagnostic::error("the front matter is never closed")
        .at_line(file, text, 1, 1)
        .hint("add a line `+++` after the last front matter key, before the page's text")
        .into())
}

/// Parses the front matter TOML of `file`. `front` starts on file line 2.
pub fn parse(file: &Path, front: &str) -> Result<FrontMatter> {
    let raw: RawFrontMatter = toml::from_str(front).map_err(|e| toml_error(file, front, &e, 1))?;
    let at = |span: Range<usize>, message: String, hint: &str| error_at(file, front, span, message, hint);
    let title = match raw.title {
        Some(t) if !t.get_ref().trim().is_empty() => t.into_inner().trim().to_string(),
        Some(t) => return Err(at(t.span(), "`title` is empty".into(), "give the page a title")),
        None => {
            return Err(Diagnostic::error("the page has no `title`")
                .at_line(file, front, 1, 1)
                .hint("add `title = \"...\"` to the front matter; every version of a page needs its own title")
                .into());
        }
    };
    let date = match raw.date {
        Some(d) => Some(toml_date(d.get_ref()).ok_or_else(|| {
            at(
                d.span(),
                format!("`date = {}` is not a calendar day", d.get_ref()),
                "write a date such as 2026-09-01",
            )
        })?),
        None => None,
    };
    let slug = match raw.slug {
        Some(s) if crate::content::is_valid_slug(s.get_ref()) => Some(s.into_inner()),
        Some(s) => {
            return Err(at(
                s.span(),
                format!("slug `{}` cannot be used in a web address", s.get_ref()),
                "use lower-case letters, digits and hyphens, e.g. slug = \"keeping-safe\"",
            ));
        }
        None => None,
    };
    Ok(FrontMatter {
        title,
        aliases: read_aliases(file, front, raw.aliases)?,
        description: raw.description.map(|d| d.trim().to_string()).filter(|d| !d.is_empty()),
        date,
        weight: raw.weight,
        draft: raw.draft,
        template: raw.template,
        slug,
        extra_keys: raw.extra,
        extra: Extra::None,
    })
}

/// An error at byte `span.start` of the front matter `front` of `file`.
fn error_at(file: &Path, front: &str, span: Range<usize>, message: String, hint: &str) -> Error {
    Diagnostic::error(message)
        .at_offset(file, front, span.start, 1)
        .hint(hint)
        .into()
}

/// The `aliases` as URL paths; the first that is not a path of the site is an error.
fn read_aliases(file: &Path, front: &str, aliases: Vec<toml::Spanned<String>>) -> Result<Vec<String>> {
    aliases
        .into_iter()
        .map(|alias| {
            alias_path(alias.get_ref()).ok_or_else(|| {
                error_at(
                    file,
                    front,
                    alias.span(),
                    format!("alias `{}` is not a path of this site", alias.get_ref()),
                    "write the old address's path from the site's root, e.g. aliases = [\"/old/path/\"]",
                )
            })
        })
        .collect()
}

/// An alias as a URL path of the site, or `None` when it is not one: it starts with `/`,
/// and holds no `..`, query, fragment or characters a path would need escaping for.
pub fn alias_path(text: &str) -> Option<String> {
    let text = text.trim();
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-_./~".contains(c);
    if !text.starts_with('/') || text.starts_with("//") || text.contains("..") || !text.chars().all(allowed) {
        return None;
    }
    let last = text.rsplit('/').next().unwrap_or_default();
    Some(if text.ends_with('/') || last.contains('.') {
        text.to_string()
    } else {
        format!("{text}/")
    })
}

/// The calendar day of a TOML date or date-time.
pub fn toml_date(value: &toml::value::Datetime) -> Option<Date> {
    let d = value.date?;
    Date::new(
        i16::try_from(d.year).ok()?,
        i8::try_from(d.month).ok()?,
        i8::try_from(d.day).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file() -> &'static Path {
        Path::new("content/a.md")
    }

    #[test]
    fn splits_and_counts_lines() {
        let s = split(file(), "+++\ntitle = \"A\"\n+++\nHello\n").unwrap();
        assert_eq!(s.front, "title = \"A\"\n");
        assert_eq!(s.body, "Hello\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn crlf_and_empty_body() {
        let s = split(file(), "+++\r\ntitle = \"A\"\r\n+++\r\n").unwrap();
        assert_eq!(s.body, "");
        let s = split(file(), "+++\ntitle = \"A\"\n+++").unwrap();
        assert_eq!(s.body, "");
    }

    #[test]
    fn truncated_front_matter_is_an_error() {
        let e = split(file(), "+++\ntitle = \"A\"\n").unwrap_err().to_string();
        assert!(e.contains("never closed"), "{e}");
        assert!(split(file(), "title = 1").is_err());
        assert!(split(file(), "").is_err());
    }

    #[test]
    fn unknown_key_is_reported_on_its_file_line() {
        let e = parse(file(), "title = \"A\"\ncolour = \"red\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("colour"), "{e}");
        assert!(e.contains("content/a.md:3"), "{e}");
    }

    #[test]
    fn fields_are_read() {
        let f = parse(
            file(),
            "title = \" A \"\ndate = 2026-09-01\nweight = 3\ndraft = true\n[extra]\nband = \"ks2\"\n",
        )
        .unwrap();
        assert_eq!(f.title, "A");
        assert_eq!(f.date, Some(jiff::civil::date(2026, 9, 1)));
        assert_eq!(f.weight, Some(3));
        assert!(f.draft);
        assert_eq!(f.extra_keys["band"].get_ref().as_str(), Some("ks2"));
    }

    #[test]
    fn aliases_are_paths_of_the_site() {
        assert_eq!(alias_path("/old/path"), Some("/old/path/".into()));
        assert_eq!(alias_path("/old.html"), Some("/old.html".into()));
        for bad in ["old/", "https://x.uk/", "//x.uk/", "/a/../b/", "/a b/", "/a?q=1"] {
            assert_eq!(alias_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn missing_or_empty_title_and_bad_slug() {
        assert!(
            parse(file(), "weight = 1\n")
                .unwrap_err()
                .to_string()
                .contains("no `title`")
        );
        assert!(
            parse(file(), "title = \"  \"\n")
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
        assert!(parse(file(), "title = \"A\"\nslug = \"a/b\"\n").is_err());
    }
}
