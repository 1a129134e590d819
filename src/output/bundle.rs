//! The theme's stylesheets combined (issue 20: a page on a phone over mobile data loads
//! one stylesheet, not five). For each set of theme stylesheets a kind of page needs
//! ([`BUNDLES`]), haven writes one minified file holding them in their cascade order,
//! followed by the school's `[brand]` stylesheets (the colour's `brand.css`, then
//! `[brand] css`), so the school's rules still come last and win. Its name carries a hash
//! of its text (`/haven.pages.1a2b3c4d5e6f.css`): a browser keeps it across pages and
//! visits, and a changed stylesheet is a new name, never a stale copy. Each part is read
//! from the file that would be written at its path (a site's `static/pages.css` wins over
//! the theme's, as it always has: the text written there, minified once for both), and
//! the separate files are still written, so a site's own template may link them. The
//! checks read the separate sources, never the bundle, so a finding names the author's
//! file and line (`checks::stylesheets`).

use std::collections::{BTreeMap, HashMap};

use crate::config::Brand;
use crate::routes::relative::{relative, resolve};

use super::css;

/// The sets of theme stylesheets templates link, by the name templates use
/// (`site.stylesheets.pages`), each in cascade order. A sheet the theme lacks is left out.
/// `posters.css` and `curriculum.css` print only the poster or the map (their print rules
/// hide the rest of the page), so they are not in the set every other page shares.
pub const BUNDLES: [(&str, &[&str]); 3] = [
    ("pages", &["/haven.css", "/versions.css", "/header.css", "/pages.css"]),
    (
        "posters",
        &[
            "/haven.css",
            "/versions.css",
            "/header.css",
            "/pages.css",
            "/posters.css",
        ],
    ),
    (
        "curriculum",
        &["/haven.css", "/versions.css", "/header.css", "/curriculum.css"],
    ),
];

/// One combined stylesheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The name templates use (`pages`).
    pub name: &'static str,
    /// Where it is written (`/haven.pages.1a2b3c4d5e6f.css`).
    pub path: String,
    /// Its minified text.
    pub text: String,
}

/// True for the site path of a combined stylesheet: `/haven.NAME.HASH.css`, HASH 12 hex digits.
pub fn is_bundle(path: &str) -> bool {
    name_of(path).is_some()
}

/// The name of the combined stylesheet at `path` (`pages`), `None` for any other file.
pub fn name_of(path: &str) -> Option<&'static str> {
    let middle = path.strip_prefix("/haven.")?.strip_suffix(".css")?;
    let (name, hash) = middle.split_once('.')?;
    let known = BUNDLES.iter().find(|(n, _)| *n == name)?.0;
    (hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(known)
}

/// The combined stylesheets of a site whose `[brand]` is `brand`, from `parts`: the
/// minified text of each stylesheet written, by site path (as `site::write` writes it:
/// a content folder's file, else the site's `static/`, else the brand colour's generated
/// sheet, else the theme's). A part not written is left out.
pub fn make(brand: &Brand, parts: &HashMap<String, String>) -> Vec<Bundle> {
    let brand = brand.view().stylesheets;
    let mut bundles = Vec::new();
    for (name, sheets) in BUNDLES {
        let texts: Vec<(&str, &str)> = sheets
            .iter()
            .copied()
            .chain(brand.iter().map(String::as_str))
            .filter_map(|path| parts.get(path).map(|text| (path, text.as_str())))
            .collect();
        if texts.iter().any(|(path, _)| sheets.contains(path)) {
            bundles.push(combine(name, &texts));
        }
    }
    bundles
}

/// The combined stylesheets' paths by name, found among the static files a build wrote
/// (the pages link them; they are made and written once, with the static files).
pub fn hrefs<'a>(static_files: impl IntoIterator<Item = &'a String>) -> BTreeMap<&'static str, String> {
    static_files
        .into_iter()
        .filter_map(|p| name_of(p).map(|name| (name, p.clone())))
        .collect()
}

/// One bundle of the minified `parts` (`(site path, text)`): each part's URLs made relative
/// to the bundle, its `@import` rules moved to the top (a browser ignores them anywhere
/// else), and its `@charset` dropped (the bundle is UTF-8).
fn combine(name: &'static str, parts: &[(&str, &str)]) -> Bundle {
    let mut imports = String::new();
    let mut rules = String::new();
    // The bundle is written at the root, like the theme's sheets: its name is fixed
    // after its text, and URLs relative to the root do not depend on it.
    let at = "/haven.bundle.css";
    for (path, text) in parts {
        let text = moved_urls(path, at, text);
        let (top, rest) = split_imports(&text);
        imports.push_str(top);
        rules.push_str(rest);
        rules.push('\n');
    }
    let text = imports + &rules;
    let hash = blake3::hash(text.as_bytes()).to_hex();
    Bundle {
        name,
        path: format!("/haven.{name}.{}.css", &hash[..12]),
        text,
    }
}

/// `css` written for `from`, with its URLs made relative to `to` instead: a URL relative
/// to `from` or a site path becomes relative to `to`; other sites', `data:` and `#` URLs
/// stay as written.
fn moved_urls(from: &str, to: &str, text: &str) -> String {
    css::rewrite(text, |url| {
        let own =
            !url.is_empty() && !url.starts_with("//") && !url.starts_with('#') && !crate::web::url::has_scheme(url);
        match resolve(from, url).filter(|_| own) {
            Some(site_path) => relative(to, &site_path, false),
            None => url.to_string(),
        }
    })
}

/// The `@charset` and `@import` rules at the start of a minified stylesheet (the imports
/// kept, the charset dropped), and the rest.
fn split_imports(css: &str) -> (&str, &str) {
    let mut rest = css.trim_start();
    if rest.starts_with("@charset") {
        rest = rest.split_once(';').map_or("", |(_, r)| r.trim_start());
    }
    let start = rest;
    let mut end = 0;
    while start[end..].starts_with("@import") {
        match start[end..].find(';') {
            Some(semi) => end += semi + 1,
            None => break,
        }
        end += start[end..].len() - start[end..].trim_start().len();
    }
    (&start[..end], &start[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_is_named_after_its_text() {
        let a = combine("pages", &[("/haven.css", "a{color:red}")]);
        let b = combine("pages", &[("/haven.css", "a{color:blue}")]);
        assert!(is_bundle(&a.path) && is_bundle(&b.path), "{} {}", a.path, b.path);
        assert_ne!(a.path, b.path);
        assert_eq!(a, combine("pages", &[("/haven.css", "a{color:red}")]));
        assert!(!is_bundle("/haven.css") && !is_bundle("/haven.school.1a2b3c4d5e6f.css"));
    }

    #[test]
    fn parts_keep_their_order_and_their_urls_still_lead_to_the_same_files() {
        let b = combine(
            "core",
            &[
                ("/haven.css", "a{background:url(/img/a.png)}"),
                (
                    "/theme/school.css",
                    "@charset \"utf-8\";@import url(fonts.css);@import 'more.css';b{background:url(img/b.png)}c{background:url(data:x)}d{background:url(https://x.example/c.png)}",
                ),
            ],
        );
        assert_eq!(
            b.text,
            "@import url(theme/fonts.css);@import 'theme/more.css';a{background:url(img/a.png)}\nb{background:url(theme/img/b.png)}c{background:url(data:x)}d{background:url(https://x.example/c.png)}\n"
        );
    }

    #[test]
    fn unfinished_imports_do_not_panic() {
        for css in [
            "@import",
            "@charset",
            "@import 'a",
            "@import a; @import",
            "@charset 'x';",
        ] {
            let _ = split_imports(css);
        }
    }
}
