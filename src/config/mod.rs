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
mod leaving_out;
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
    #[serde(default)]
    title: Option<Spanned<String>>,
    #[serde(default)]
    base_url: Option<Spanned<String>>,
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
    /// Reads and checks `ROOT/config.toml`, failing with every mistake it has.
    pub fn load(root: &Path) -> Result<Config> {
        match Config::load_keeping_going(root)? {
            (Some(config), errors) if errors.is_empty() => Ok(config),
            (_, errors) => Err(Error::User(errors)),
        }
    }

    /// Reads and checks `ROOT/config.toml`, reporting every mistake: the config (with
    /// the mistaken keys left out) when the site can still be built and checked from
    /// it, so the run goes on to report the rest of the site's mistakes.
    pub fn load_keeping_going(root: &Path) -> Result<(Option<Config>, Vec<Diagnostic>)> {
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
        let (mut config, mut errors) = Config::parse_keeping_going(&text)?;
        if let Some(config) = config.as_mut() {
            if let Some(ca_file) = &config.links.ca_file {
                match ca_file::read_ca_file(root, ca_file.get_ref()) {
                    Ok(roots) => config.links.extra_roots = roots,
                    Err(d) => errors.push(d.at_offset("config.toml", &text, ca_file.span().start, 0)),
                }
            }
            match config.brand.check_files(root) {
                Err(Error::User(list)) => {
                    // Left out while their errors stand: no page or icon is made from them.
                    (config.brand.logo, config.brand.css) = (None, None);
                    errors.extend(list);
                }
                other => other?,
            }
        }
        Ok((config, errors))
    }

    /// Parses the text of a `config.toml`, failing with every mistake it has.
    pub fn parse(text: &str) -> Result<Config> {
        match Config::parse_keeping_going(text)? {
            (Some(config), errors) if errors.is_empty() => Ok(config),
            (_, errors) => Err(Error::User(errors)),
        }
    }

    /// Parses the text of a `config.toml`, reporting every mistake once (a TOML syntax
    /// error alone fails: the file cannot be read past it). The config comes with them
    /// when its title, address and languages could be read.
    pub fn parse_keeping_going(text: &str) -> Result<(Option<Config>, Vec<Diagnostic>)> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let read = leaving_out::read::<RawConfig>(text)?;
        let mut errors = read.errors;
        let Some(raw) = read.raw else {
            return Ok((None, errors));
        };
        let mut fault = |d: Diagnostic| errors.push(d);
        // A key left out at the top (`titel`) may be the required one misspelt.
        let touched = |key: &str| {
            read.touched
                .iter()
                .any(|k| k == key || crate::error::nearest(k, [key]).is_some())
        };
        let title = checked_title(&raw.title, text, touched("title"), &mut fault);
        let base_url = required(&raw.base_url, "base_url", text, touched("base_url"), &mut fault).and_then(|u| {
            check_base_url(u.get_ref())
                .map_err(|m| fault(at(text, u.span(), m)))
                .ok()
        });
        let languages = match read.touched.contains("languages") || read.touched.contains("default_language") {
            true => None,
            false => read_languages(&raw, text).map_err(&mut fault).ok(),
        };
        let mut url_or = |u: &RawUrl, default: &str| match &u.url {
            Some(s) => check_https(s.get_ref()).map_err(|m| fault(at(text, s.span(), m))).ok(),
            None => Some(default.to_string()),
        };
        let (ceop_url, exit_url) = (url_or(&raw.ceop, DEFAULT_CEOP_URL), url_or(&raw.exit, DEFAULT_EXIT_URL));
        let url_lines = url_lines(&raw, text);
        let brand = Brand::parse(raw.brand, text).map_err(&mut fault).ok();
        // Without its theme, `example` or `[links]` as written, the site would be checked
        // against the wrong templates, placeholders or link settings: errors that only
        // follow from the mistake.
        let settled = !touched("theme") && !touched("example") && !touched("links");
        let (Some(title), Some(base_url), Some(languages), true) = (title, base_url, languages, settled) else {
            return Ok((None, errors));
        };
        let config =
            Config {
                title,
                base_url,
                url_lines,
                theme: raw.theme.map_or("default".to_string(), |t| t.into_inner()),
                school: raw.school,
                languages,
                ceop_url: ceop_url.unwrap_or_else(|| DEFAULT_CEOP_URL.to_string()),
                exit_url: exit_url.unwrap_or_else(|| DEFAULT_EXIT_URL.to_string()),
                links: link_settings(raw.links),
                accessibility: raw.accessibility.map_or_else(AccessibilitySettings::default, |a| {
                    AccessibilitySettings { configured: true, ..a }
                }),
                offline: raw.offline,
                checks: raw.checks,
                images: raw.images,
                example: raw.example,
                brand: brand.unwrap_or_default(),
            };
        Ok((Some(config), errors))
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

/// The line of each address written in config.toml that pages link to.
fn url_lines(raw: &RawConfig, text: &str) -> Vec<(String, usize)> {
    [raw.base_url.as_ref(), raw.ceop.url.as_ref(), raw.exit.url.as_ref()]
        .into_iter()
        .flatten()
        .map(|url| (url.get_ref().clone(), line_and_column(text, url.span().start).0))
        .collect()
}

/// An error placed at `span` of config.toml.
fn at(text: &str, span: std::ops::Range<usize>, message: String) -> Diagnostic {
    Diagnostic::error(message).at_offset("config.toml", text, span.start, 0)
}

/// The school's name, trimmed: never empty.
fn checked_title(
    value: &Option<Spanned<String>>,
    text: &str,
    touched: bool,
    fault: &mut impl FnMut(Diagnostic),
) -> Option<String> {
    let written = required(value, "title", text, touched, fault)?;
    let title = written.get_ref().trim().to_string();
    if title.is_empty() {
        fault(at(text, written.span(), "`title` is empty".into()));
        return None;
    }
    Some(title)
}

/// A key every config has; its absence is an error unless its value was left out for
/// a mistake already reported (`touched`).
fn required<'a>(
    value: &'a Option<Spanned<String>>,
    key: &str,
    text: &str,
    touched: bool,
    fault: &mut impl FnMut(Diagnostic),
) -> Option<&'a Spanned<String>> {
    if value.is_none() && !touched {
        fault(
            Diagnostic::error(format!("missing field `{key}`"))
                .at_offset("config.toml", text, 0, 0)
                .hint(format!(
                    "add the missing key: {key} = \"...\" at the top of config.toml"
                )),
        );
    }
    value.as_ref()
}

/// `[languages]` with the default language first (`en` unless `default_language` says);
/// an error is placed on its line, or the default language's, or on the file.
fn read_languages(raw: &RawConfig, text: &str) -> std::result::Result<Vec<Language>, Diagnostic> {
    let (default_code, default_span) = match &raw.default_language {
        Some(s) => (s.get_ref().clone(), Some(s.span())),
        None => ("en".to_string(), None),
    };
    collect_languages(&raw.languages, &default_code).map_err(|(span, m)| match span.or(default_span) {
        Some(span) => at(text, span, m),
        None => Diagnostic::error(m).in_file("config.toml"),
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

    /// The messages of every error and their lines.
    fn mistakes(text: &str) -> Vec<String> {
        let (_, errors) = Config::parse_keeping_going(text).unwrap();
        errors
            .iter()
            .map(|d| {
                format!(
                    "{}: {}",
                    d.location.as_ref().and_then(|l| l.line).unwrap_or(0),
                    d.message
                )
            })
            .collect()
    }

    #[test]
    fn every_mistake_is_reported_once_in_one_run() {
        let text = "titel = \"T\"\nbase_url = \"https://x/\"\n[school]\nadress = \"1 Road\"\nphone = 5\n\
                    [links]\ntimeout = \"soon\"\n[languages.pl]\nname = 3\n[ceop]\nurl = \"http://x\"\n";
        let found = mistakes(text);
        assert_eq!(found.len(), 6, "{found:#?}");
        for (line, what) in [
            (1, "titel"),
            (4, "adress"),
            (5, "invalid type"),
            (7, "soon"),
            (9, "invalid type"),
            (11, "https"),
        ] {
            assert!(
                found
                    .iter()
                    .any(|f| f.starts_with(&format!("{line}: ")) && f.contains(what)),
                "{line} {what}: {found:#?}"
            );
        }
    }

    #[test]
    fn a_site_goes_on_past_mistakes_that_leave_it_buildable() {
        let (config, errors) =
            Config::parse_keeping_going("title = \"T\"\nbase_url = \"https://x/\"\n[school]\nadress = 1\n").unwrap();
        assert_eq!(errors.len(), 1);
        assert_eq!(config.unwrap().title, "T");
        for stops in ["title = 5", "title = \"T\"\nexmaple = true", "title = \"T\"\ntheme = 1"] {
            let (config, errors) =
                Config::parse_keeping_going(&format!("{stops}\nbase_url = \"https://x/\"\n")).unwrap();
            assert_eq!(errors.len(), 1, "{errors:#?}");
            assert!(config.is_none(), "{stops}");
        }
        let wrong_required = "title = \"T\"\nbase_url = \"https://x/\"\n[[accessibility.issues]]\nproblem = 5\n";
        let found = mistakes(wrong_required);
        assert_eq!(found.len(), 1, "a key left out is not also missing: {found:#?}");
        let (_, errors) = Config::parse_keeping_going("base_url = \"https://x/\"\n").unwrap();
        assert!(errors[0].message.contains("missing field `title`"), "{errors:#?}");
    }

    #[test]
    fn a_syntax_error_is_one_error() {
        let err = Config::parse_keeping_going("title = \"T\nbase_url = 1\nfoo = 2\n").unwrap_err();
        assert!(matches!(&err, Error::User(list) if list.len() == 1), "{err}");
    }
}
