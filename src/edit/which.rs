//! What a content file is, from its path alone (so a page made a moment ago, not yet
//! built, opens with the right fields): its kind, language and version.

use std::sync::Arc;

use crate::config::Config;
use crate::content::Variant;
use crate::content::file_name::parse_file_name;
use crate::content::{self, Kind};

/// A content file, identified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Which {
    /// What the page or section is.
    pub kind: Kind,
    /// Its language code.
    pub lang: String,
    /// Standard or easy-read.
    pub variant: Variant,
    /// True for the default-language standard file.
    pub main: bool,
    /// The site-relative path of the default-language standard file of the same page.
    pub main_file: String,
    /// The page's default-language URL path in the built site, as far as the path tells.
    pub folder: String,
}

/// Identifies `rel` (`content/lessons/ks2/a.pl.md`); `None` when its name cannot be read.
pub fn which(config: &Config, rel: &str) -> Option<Which> {
    let inner = rel.strip_prefix("content/")?;
    let (folder, name) = inner.rsplit_once('/').unwrap_or(("", inner));
    let default = &config.default_language().code;
    let others: Vec<&str> = config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .filter(|c| c != default)
        .collect();
    let parsed = parse_file_name(name, default, &others).ok()?;
    let kind = match parsed.stem {
        "_index" => content::classify_section(folder),
        "index" => content::classify_page(folder).unwrap_or(Kind::Page),
        stem => {
            let key = if folder.is_empty() {
                stem.to_string()
            } else {
                format!("{folder}/{stem}")
            };
            content::classify_page(&key).unwrap_or(Kind::Page)
        }
    };
    let main_name = format!("{}.md", parsed.stem);
    let main_file = match folder.is_empty() {
        true => format!("content/{main_name}"),
        false => format!("content/{folder}/{main_name}"),
    };
    Some(Which {
        kind,
        lang: parsed.lang.unwrap_or(default).to_string(),
        variant: parsed.variant,
        main: parsed.lang.is_none() && parsed.variant == Variant::Standard,
        main_file,
        folder: folder.to_string(),
    })
}

/// The site's settings: the last build's, else read afresh.
pub fn config(studio: &super::Studio) -> Option<Arc<Config>> {
    if let Some(session) = &studio.built().session {
        return Some(session.site().config.clone());
    }
    Config::load(&studio.root).ok().map(Arc::new)
}
