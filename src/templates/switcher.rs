//! The version switcher (DESIGN §6): every page links to its other versions that exist,
//! languages first (each named in itself), then standard, easy-read and EAL in the reader's
//! language. The current page is listed too, marked, so readers see where they are.

use super::env::RenderEnv;
use super::views::VersionLink;
use crate::routes::{Route, Version};

/// The links of `route`'s switcher, in the order the theme shows them.
pub(super) fn versions(env: &RenderEnv<'_>, route: &Route) -> Vec<VersionLink> {
    let mut links = Vec::new();
    let mut push = |kind: &'static str, to: &Route| {
        let language = env.config.language(&to.lang);
        links.push(VersionLink {
            kind,
            version: to.version.as_str(),
            lang: to.lang.clone(),
            name: language.map_or_else(|| to.lang.clone(), |l| l.name.clone()),
            dir: language.map_or("ltr", |l| l.dir.as_str()),
            path: to.path.clone(),
            url: format!("{}{}", env.config.base_url, to.path.trim_start_matches('/')),
            current: to.path == route.path,
        });
    };
    // Each language in the same version where it exists (an EAL page's English is the
    // standard lesson), else the standard page.
    for lang in &env.config.languages {
        let same = env.plan.find(&route.target, &lang.code, route.version);
        if let Some(to) = same.or_else(|| env.plan.find(&route.target, &lang.code, Version::Standard)) {
            push("language", to);
        }
    }
    for version in [Version::Standard, Version::Easy] {
        if let Some(to) = env.plan.find(&route.target, &route.lang, version) {
            push(version.as_str(), to);
        }
    }
    // EAL pages are in the learner's language; the default-language standard page, which
    // they are made from, offers each of them.
    let from_original = env.config.is_default(&route.lang) && route.version == Version::Standard;
    let eal_langs: Vec<&str> = if from_original {
        env.config.other_language_codes().collect()
    } else {
        vec![route.lang.as_str()]
    };
    for lang in eal_langs {
        if let Some(to) = env.plan.find(&route.target, lang, Version::Eal) {
            push("eal", to);
        }
    }
    links
}
