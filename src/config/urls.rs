//! `base_url`, `[ceop]` and `[exit]`: the site's addresses, checked.

use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawUrl {
    pub(super) url: Option<Spanned<String>>,
}

pub(crate) fn check_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("base_url `{url}` must start with https:// (the address the site is published at)"))?;
    if rest.is_empty() || rest.starts_with('/') || url.chars().any(char::is_whitespace) {
        return Err(format!("base_url `{url}` has no host name"));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

pub(super) fn check_https(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    if url.starts_with("https://") && url.len() > "https://".len() && !url.chars().any(char::is_whitespace) {
        Ok(url.to_string())
    } else {
        Err(format!("`{url}` must be a full https:// address"))
    }
}
