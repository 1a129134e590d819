//! Links inside stylesheets (DESIGN §9): every `url()`, `@import` and `image-set()` URL of
//! the site's own files must lead to a written file, like a page's links. A font or picture
//! a stylesheet names but the site lacks is a broken internal link, reported at the line of
//! the stylesheet the author wrote (the theme's or the site's `static/` file), not at the
//! minified copy. URLs to other sites are the third-party check's; fragments (`url(#clip)`)
//! and `data:` URLs need no file.

use std::collections::HashSet;

use super::extract::Places;
use super::finding::{Finding, LinkResult, Source};
use crate::checks::stylesheets::Stylesheet;
use crate::routes::relative::{resolve, split_suffix};
use crate::web::css_read;
use crate::web::url::{decode, has_scheme};

/// How to fix a broken URL in a stylesheet.
const HINT: &str =
    "put the file at that path in static/ (or your theme's static/ folder), or correct the URL in the stylesheet";

/// One error per missing file, naming every stylesheet (and line) that asks for it.
/// `files` are the written files' site paths; `base_url` the site's address (a URL under
/// it is the site's own).
pub fn check(sheets: &[Stylesheet], files: &HashSet<String>, base_url: &str) -> Vec<Finding> {
    let mut missing: Places<(String, String)> = Places::default();
    for sheet in sheets {
        for (url, line) in css_read::urls(&sheet.text) {
            let Some(target) = target(&sheet.path, url.trim(), base_url) else {
                continue;
            };
            let found = match &target {
                Some(path) => files.contains(&*decode(split_suffix(path).0)),
                None => false,
            };
            if !found {
                let source = Source {
                    page: sheet.path.clone(),
                    file: Some(sheet.origin.clone().unwrap_or_else(|| sheet.path.clone().into())),
                    line: Some(line),
                };
                missing.add((target.unwrap_or_default(), url.trim().to_string()), &[source]);
            }
        }
    }
    missing
        .into_groups()
        .map(|((target, url), sources)| {
            let message = match target.is_empty() {
                true => format!("broken link `{url}` in a stylesheet: it climbs above the site's root folder"),
                false => format!(
                    "broken link `{url}` in a stylesheet: it goes to {}, a file that is not in the site",
                    split_suffix(&target).0
                ),
            };
            Finding::new(&target, LinkResult::Error, message, &sources).hint(HINT)
        })
        .collect()
}

/// The site path a stylesheet's URL asks for: `None` when it is not the site's own
/// (another site, `data:`, a fragment), `Some(None)` when it climbs above the root.
fn target(sheet: &str, url: &str, base_url: &str) -> Option<Option<String>> {
    if let Some(rest) = url.strip_prefix(base_url) {
        return Some(Some(format!("/{rest}")));
    }
    if url.is_empty() || url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
        return None;
    }
    // A site path (`/fonts/a.woff2`) is written relative to the stylesheet, as every URL
    // that starts at the site's root is (`css::relative_urls`).
    Some(resolve(sheet, url))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(path: &str, text: &str) -> Stylesheet {
        Stylesheet {
            path: path.into(),
            origin: Some(format!("static{path}").into()),
            text: text.into(),
        }
    }

    #[test]
    fn a_missing_font_or_import_is_broken_at_its_line() {
        let files: HashSet<String> = ["/fonts/a.woff2", "/css/base.css", "/dot.svg"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let css = "@import \"base.css\";\n@import url(gone.css);\n@font-face {\n  src: url(/fonts/a.woff2), url('/fonts/missing.woff2?v=2');\n}\n\
                   p { background: image-set(\"../dot.svg\" 1x, \"../none.png\" 2x) }\n\
                   q { mask: url(#clip); background: url(data:image/png;base64,AA) url(https://school.example/dot.svg) url(https://cdn.example/x.png) }\n";
        let found = check(&[sheet("/css/site.css", css)], &files, "https://school.example/");
        let said: Vec<(&str, usize)> = found
            .iter()
            .map(|f| (f.url.as_deref().unwrap(), f.sources[0].line.unwrap()))
            .collect();
        assert_eq!(
            said,
            [("/css/gone.css", 2), ("/fonts/missing.woff2?v=2", 4), ("/none.png", 6)]
        );
        assert_eq!(
            found[1].message,
            "broken link `/fonts/missing.woff2?v=2` in a stylesheet: it goes to /fonts/missing.woff2, a file that is not in the site"
        );
        assert_eq!(
            found[1].sources[0].file.as_deref(),
            Some(std::path::Path::new("static/css/site.css"))
        );
        assert_eq!(found[1].sources[0].page, "/css/site.css");
    }

    #[test]
    fn a_url_above_the_root_is_broken() {
        let found = check(
            &[sheet("/site.css", "a{background:url(../../x.png)}")],
            &HashSet::new(),
            "https://s.example/",
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("climbs above"), "{}", found[0].message);
    }
}
