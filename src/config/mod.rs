//! `config.toml` -> an immutable [`Config`] (DESIGN §3).
//!
//! Every table denies unknown keys, so a misspelt setting is an error that names the key,
//! the file and the line, never a silently ignored line.

mod accessibility;
mod brand;
mod ca_file;
mod checks;
pub mod images;
pub mod language_facts;
mod languages;
mod links;
mod school;
mod toml_errors;
mod urls;

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

pub use accessibility::{AccessibilitySettings, Compliance, KnownIssue};
pub use brand::{Brand, BrandColour, Written};
pub use checks::{CheckSettings, OfflineSettings, ReadingLevel};
pub use images::ImageSettings;
pub use languages::{Direction, Language};
pub use links::{LinkSettings, parse_duration};
pub use school::School;
pub use toml_errors::toml_error;
pub(crate) use urls::check_base_url;

use languages::{RawLanguage, collect_languages};
use links::RawLinks;
use urls::{RawUrl, check_https};

use crate::error::{Diagnostic, Error, Result, line_and_column};

/// The CEOP Safety Centre, where the report button goes unless the config says otherwise.
pub const DEFAULT_CEOP_URL: &str = "https://www.ceop.police.uk/Safety-Centre/";
/// Where "Exit this page" goes unless the config says otherwise (GOV.UK's default).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The site's settings, read once and never changed.
#[derive(Debug, Clone)]
pub struct Config {
    /// The school's name, shown on every page.
    pub title: String,
    /// The published address of the site, always ending in `/`.
    pub base_url: String,
    /// The theme's name; `default` is built into haven.
    pub theme: String,
    /// Contact details and safeguarding people.
    pub school: School,
    /// The site's languages, the default one first, then in config order.
    pub languages: Vec<Language>,
    /// The report button's destination.
    pub ceop_url: String,
    /// The `config.toml` line of each address written there that pages link to
    /// (`base_url`, `[ceop]`, `[exit]`), taken from the parse's spans, so a link finding
    /// names the line without reading the file again.
    pub url_lines: Vec<(String, usize)>,
    /// Where "Exit this page" goes.
    pub exit_url: String,
    /// External link checking settings.
    pub links: LinkSettings,
    /// The accessibility statement's facts.
    pub accessibility: AccessibilitySettings,
    /// Offline options.
    pub offline: OfflineSettings,
    /// Which checks a site tunes (`[checks]`).
    pub checks: CheckSettings,
    /// Published images (`[images]`, issue 20).
    pub images: ImageSettings,
    /// True for the bundled example school: its pages say so, and it may carry the
    /// example's own values, which any other site may not (DESIGN §12).
    pub example: bool,
    /// The school's logo, colour and extra stylesheet (`[brand]`, DESIGN §12).
    pub brand: Brand,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Spanned<String>,
    base_url: Spanned<String>,
    #[serde(default)]
    default_language: Option<Spanned<String>>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    school: School,
    #[serde(default)]
    languages: IndexMap<Spanned<String>, RawLanguage>,
    #[serde(default)]
    ceop: RawUrl,
    #[serde(default)]
    exit: RawUrl,
    #[serde(default)]
    links: RawLinks,
    #[serde(default)]
    accessibility: Option<AccessibilitySettings>,
    #[serde(default)]
    offline: OfflineSettings,
    #[serde(default)]
    checks: CheckSettings,
    #[serde(default)]
    images: ImageSettings,
    #[serde(default)]
    example: bool,
    #[serde(default)]
    brand: brand::RawBrand,
}

impl Config {
    /// Reads and checks `ROOT/config.toml`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join("config.toml");
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                Diagnostic::error("config.toml is not valid UTF-8 text")
                    .in_file("config.toml")
                    .hint("save the file as UTF-8")
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Diagnostic::error(format!(
                    "no config.toml in {}: this folder is not a haven site",
                    root.display()
                ))
                .hint("run haven from your site's folder, pass --root DIR, or make a new site with `haven init DIR`")
                .into());
            }
            Err(e) => return Err(Error::io("read", &path, e)),
        };
        let mut config = Config::parse(&text)?;
        if let Some(ca_file) = &config.links.ca_file {
            config.links.extra_roots = ca_file::read_ca_file(root, ca_file.get_ref())
                .map_err(|d| d.at_offset("config.toml", &text, ca_file.span().start, 0))?;
        }
        config.brand.check_files(root)?;
        Ok(config)
    }

    /// Parses the text of a `config.toml`.
    pub fn parse(text: &str) -> Result<Config> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| toml_error("config.toml", text, &e, 0))?;
        let at = |span: std::ops::Range<usize>, message: String| at(text, span, message);

        let title = raw.title.get_ref().trim().to_string();
        if title.is_empty() {
            return Err(at(raw.title.span(), "`title` is empty".into()));
        }
        let base_url = check_base_url(raw.base_url.get_ref()).map_err(|m| at(raw.base_url.span(), m))?;
        let languages = read_languages(&raw, text)?;

        let theme = raw.theme.map_or("default".to_string(), |t| t.into_inner());
        let url_or = |u: &RawUrl, default: &str| -> Result<String> {
            match &u.url {
                Some(s) => check_https(s.get_ref()).map_err(|m| at(s.span(), m)),
                None => Ok(default.to_string()),
            }
        };
        let url_lines = [Some(&raw.base_url), raw.ceop.url.as_ref(), raw.exit.url.as_ref()]
            .into_iter()
            .flatten()
            .map(|url| (url.get_ref().clone(), line_and_column(text, url.span().start).0))
            .collect();
        Ok(Config {
            title,
            base_url,
            url_lines,
            theme,
            school: raw.school,
            languages,
            ceop_url: url_or(&raw.ceop, DEFAULT_CEOP_URL)?,
            exit_url: url_or(&raw.exit, DEFAULT_EXIT_URL)?,
            links: link_settings(raw.links),
            accessibility: raw
                .accessibility
                .map_or_else(AccessibilitySettings::default, |a| AccessibilitySettings {
                    configured: true,
                    ..a
                }),
            offline: raw.offline,
            checks: raw.checks,
            images: raw.images,
            example: raw.example,
            brand: Brand::parse(raw.brand, text)?,
        })
    }

    /// The default language.
    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    /// The language with this code, if configured.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// True when `code` is the default language.
    pub fn is_default(&self, code: &str) -> bool {
        self.languages[0].code == code
    }

    /// Codes of the languages other than the default, in config order.
    pub fn other_language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages[1..].iter().map(|l| l.code.as_str())
    }
}

/// An error placed at `span` of config.toml.
fn at(text: &str, span: std::ops::Range<usize>, message: String) -> Error {
    Diagnostic::error(message)
        .at_offset("config.toml", text, span.start, 0)
        .into()
}

/// `[languages]` with the default language first (`en` unless `default_language` says);
/// an error is placed on its line, or the default language's, or on the file.
fn read_languages(raw: &RawConfig, text: &str) -> Result<Vec<Language>> {
    let (default_code, default_span) = match &raw.default_language {
        Some(s) => (s.get_ref().clone(), Some(s.span())),
        None => ("en".to_string(), None),
    };
    collect_languages(&raw.languages, &default_code).map_err(|(span, m)| match span.or(default_span) {
        Some(span) => at(text, span, m),
        None => Diagnostic::error(m).in_file("config.toml").into(),
    })
}

/// `[links]` as the link checker takes it; the certificates of `ca_file` are read by
/// [`Config::load`], which knows the site's folder.
fn link_settings(raw: RawLinks) -> LinkSettings {
    LinkSettings {
        cache_max_age: raw.cache_max_age,
        exclude: raw.exclude,
        timeout: raw.timeout,
        max_run: raw.max_run,
        ca_file: raw.ca_file,
        extra_roots: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_config_gets_defaults() {
        let c = Config::parse("title = \"T\"\nbase_url = \"https://x.sch.uk\"\n").unwrap();
        assert_eq!(c.base_url, "https://x.sch.uk/");
        assert_eq!(c.languages.len(), 1);
        assert_eq!(c.default_language().code, "en");
        assert_eq!(c.ceop_url, DEFAULT_CEOP_URL);
        assert_eq!(c.links.cache_max_age, std::time::Duration::from_secs(604_800));
    }

    #[test]
    fn default_language_comes_first() {
        let c = Config::parse(
            "title = \"T\"\nbase_url = \"https://x/\"\n[languages.pl]\nname = \"Polski\"\n[languages.en]\nname = \"English\"\n",
        )
        .unwrap();
        let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "pl"]);
    }

    #[test]
    fn unknown_nested_key_names_key_and_line() {
        let err = Config::parse("title = \"T\"\nbase_url = \"https://x/\"\n[school]\ncolour = 1\n").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("colour"), "{text}");
        assert!(text.contains("config.toml:4"), "{text}");
        let err = Config::parse("title = \"T\"\nbase_url = \"https://x/\"\n[school]\nadress = 1\n").unwrap_err();
        assert!(err.to_string().contains("did you mean `address`?"), "{err}");
    }
}
