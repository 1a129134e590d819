//! The optional service worker (`[offline] service_worker = true`, issue 8): over http(s)
//! it keeps the pages a reader has visited, and the core pages (home, report, links,
//! agreement, in every language), available with no network. The theme's
//! `haven-offline.js` registers it, and never from `file://`.

use std::collections::HashSet;

use crate::config::Config;
use crate::content::Library;
use crate::error::{Diagnostic, Result};
use crate::output::bundle;
use crate::routes::relative::relative;
use crate::routes::{Plan, Target, Version};
use crate::web::facts::PageRecord;
use crate::web::files::Output;

/// The service worker's code; `__CORE__` and `__VERSION__` are filled in per build.
const SCRIPT: &str = include_str!("service-worker.js");
/// Where it is written: at the root, so that it looks after the whole site.
pub const PATH: &str = "/haven-service-worker.js";
/// The theme script that registers it.
const REGISTRATION: &str = "haven-offline.js";
/// The content files of the core pages.
const CORE_PAGES: [&str; 3] = ["report.md", "links.md", "parents/home-school-agreement.md"];
/// The files the core pages need to look right and work: the code stylesheet (their
/// combined stylesheet is added by name, [`CORE_STYLESHEET`]), and the scripts
/// of the header menu and reading preferences, Exit this page, the links filter and the agreement's print button.
const CORE_FILES: [&str; 7] = [
    "/haven-menu.js",
    "/haven-reading.js",
    "/syntax.css",
    "/haven-offline.js",
    "/haven-exit.js",
    "/haven-links.js",
    "/haven-print.js",
];

/// The combined stylesheet the core pages link (`site.stylesheets.pages`).
const CORE_STYLESHEET: &str = "pages";

/// What the service worker is made from.
pub struct OfflineEnv<'a> {
    /// The site's settings (`[offline]`, languages).
    pub config: &'a Config,
    /// All content.
    pub library: &'a Library,
    /// All routes.
    pub plan: &'a Plan,
    /// Portable output: page URLs name `index.html`.
    pub portable: bool,
}

/// FNV-1a: a small, stable hash, so the same site gives the same service worker.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

impl OfflineEnv<'_> {
    /// The site paths of the core pages in every language, then the files they need.
    fn core_paths(&self, written: &HashSet<String>) -> Vec<String> {
        let mut paths = Vec::new();
        for lang in &self.config.languages {
            if let Some(home) = self
                .plan
                .find(&Target::Section(String::new()), &lang.code, Version::Standard)
            {
                paths.push(home.path.clone());
            }
            for source in CORE_PAGES {
                if let Some(path) = self
                    .plan
                    .link_to_source(self.library, source, &lang.code, Version::Standard)
                {
                    paths.push(path.to_string());
                }
            }
        }
        let mut sheets: Vec<&String> = written
            .iter()
            .filter(|p| bundle::name_of(p) == Some(CORE_STYLESHEET))
            .collect();
        sheets.sort();
        paths.extend(sheets.into_iter().cloned());
        paths.extend(CORE_FILES.iter().map(|f| f.to_string()));
        paths
    }

    /// The service worker, when the site asks for one: its site path and script. `out`
    /// holds what has been written so far (`written`), which sets its version.
    pub fn service_worker(&self, out: &Output, written: &HashSet<String>) -> Result<Option<(String, String)>> {
        if !self.config.offline.service_worker {
            return Ok(None);
        }
        let mut core = Vec::new();
        let mut version = 0xcbf2_9ce4_8422_2325;
        for path in self.core_paths(written) {
            let file = if path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.clone()
            };
            if !written.contains(&file) {
                continue;
            }
            let Some(bytes) = out.read(&file)? else {
                continue;
            };
            version = fnv1a(fnv1a(version, path.as_bytes()), &bytes);
            core.push(relative("/", &path, self.portable));
        }
        // Serializing a list of strings cannot fail.
        let list = serde_json::to_string(&core).unwrap_or_default();
        let script = SCRIPT
            .replace("__CORE__", &list)
            .replace("__VERSION__", &format!("{version:016x}"));
        Ok(Some((PATH.to_string(), script)))
    }
}

/// With the service worker on, a warning when no page loads the script that registers it
/// (a `base.html` copied before the option existed, say).
pub fn check_registration(config: &Config, pages: &[PageRecord]) -> Option<Diagnostic> {
    let registers = |p: &PageRecord| p.facts.links.iter().any(|l| l.url.ends_with(REGISTRATION));
    if !config.offline.service_worker || pages.iter().any(registers) {
        return None;
    }
    Some(
        Diagnostic::warning("[offline] service_worker = true, but no page loads haven-offline.js, which turns it on")
            .in_file("config.toml")
            .hint("add `{% if site.service_worker %}<script src=\"/haven-offline.js\" defer></script>{% endif %}` to the <head> of your base.html"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(0xcbf2_9ce4_8422_2325, b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
