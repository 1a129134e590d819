//! Links written in content (DESIGN §4): `.md` links, relative or `@/`, become
//! `@/content/path.md` tokens that the output stage turns into the reader's own URL;
//! relative links to files beside the page become their site paths.

use crate::content::Library;
use crate::routes::relative::{folder_path, follow, split_suffix};
use crate::web::url::{decode, has_scheme};

/// Why a content link cannot be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// Normalises `path` (relative to the content folder `dir`) to a content path, or `None`
/// when it climbs out of `content/`.
pub fn content_path(dir: &str, path: &str) -> Option<String> {
    let mut out = folder_path(dir);
    follow(&mut out, path)?;
    // `/a/b.md/` -> `a/b.md`; the top, `/`, -> ``.
    Some(out[1..].strip_suffix('/').unwrap_or_default().to_string())
}

/// What a link to a page that is not in the site is written as while the build goes on
/// to find the site's other mistakes: the page itself, which no check reports again (the
/// link's own error stops the build).
pub const STAND_IN: &str = "./";

/// Rewrites one link of a file in content folder `dir`. Returns the URL to put in the
/// body HTML, or why the link is broken.
pub fn rewrite(url: &str, dir: &str, library: &Library) -> Result<String, BrokenLink> {
    if url.is_empty() || url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
        return Ok(url.to_string());
    }
    let (path, suffix) = split_suffix(url);
    if let Some(target) = path.strip_prefix("@/") {
        return page_token(&decode(target), suffix, url, library);
    }
    if path.starts_with('/') || path.is_empty() {
        return Ok(url.to_string());
    }
    let decoded = decode(path);
    let Some(resolved) = content_path(dir, &decoded) else {
        return if decoded.ends_with(".md") {
            Err(BrokenLink {
                message: format!("the link `{url}` climbs out of the content folder"),
                hint: "link to a page inside content/, e.g. `@/report.md`".into(),
            })
        } else {
            Ok(url.to_string())
        };
    };
    if resolved.ends_with(".md") {
        return page_token(&resolved, suffix, url, library);
    }
    match library.asset_path(&resolved) {
        Some(site_path) => Ok(format!("{site_path}{suffix}")),
        None => Ok(url.to_string()),
    }
}

fn page_token(content_path: &str, suffix: &str, written: &str, library: &Library) -> Result<String, BrokenLink> {
    let content_path = content_path.trim_start_matches('/');
    if library.source(content_path).is_some() {
        return Ok(format!("@/{content_path}{suffix}"));
    }
    if library.is_unreadable(content_path) {
        // Its own error says what is wrong with it; the link is not a second finding.
        return Ok(STAND_IN.into());
    }
    if library.is_draft(content_path) {
        return Err(BrokenLink {
            message: format!("the link `{written}` goes to a draft, which is not published"),
            hint: format!("publish content/{content_path} (remove `draft = true`) or remove the link"),
        });
    }
    Err(BrokenLink {
        message: format!("the link `{written}` goes to content/{content_path}, which does not exist"),
        hint: "check the file name and folder; links to pages are relative to this file, or start with @/ for the content folder".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_paths_normalise() {
        assert_eq!(
            content_path("lessons/ks2", "../ks1/a.md").as_deref(),
            Some("lessons/ks1/a.md")
        );
        assert_eq!(
            content_path("lessons/ks2", "./b.md").as_deref(),
            Some("lessons/ks2/b.md")
        );
        assert_eq!(content_path("", "../x.md"), None);
        assert_eq!(content_path("a", "/b.md").as_deref(), Some("b.md"));
    }

    #[test]
    fn links_outside_content_are_left_alone() {
        let library = Library::default();
        for url in [
            "https://x.org",
            "#top",
            "/theme/a.css",
            "mailto:x@y.uk",
            "//cdn.example/x.js",
            "",
        ] {
            assert_eq!(rewrite(url, "a", &library).unwrap(), url);
        }
        assert!(
            rewrite("missing.md", "a", &library)
                .unwrap_err()
                .message
                .contains("content/a/missing.md")
        );
        assert!(rewrite("@/missing.md#x", "a", &library).is_err());
    }
}
