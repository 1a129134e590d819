//! Internal URLs in written stylesheets (DESIGN §9, like pages' links): every `url()`,
//! `@import` and `image-set()` that is not another site's (those are the third-party
//! check's) nor a `data:` URL must lead to a written file, so a school's extra stylesheet
//! (`[brand] css`) cannot point at a background or font the site does not have.

use std::collections::{BTreeMap, HashSet};

use crate::error::Diagnostic;
use crate::markdown::links::{decode, has_scheme};
use crate::output::css;
use crate::routes::relative::{resolve, split_suffix};

/// One error per missing file, naming every stylesheet that points at it.
pub fn check(stylesheets: &[(String, String)], written: &HashSet<String>) -> Vec<Diagnostic> {
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (sheet, text) in stylesheets {
        for url in css::urls(text) {
            if url.is_empty() || url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
                continue;
            }
            let target = resolve(sheet, url).map(|t| decode(split_suffix(&t).0));
            let found = target.as_ref().is_some_and(|t| written.contains(t));
            if !found {
                let shown = target.unwrap_or_else(|| url.to_string());
                missing.entry(shown).or_default().push(format!("{sheet} (`{url}`)"));
            }
        }
    }
    missing
        .into_iter()
        .map(|(target, sheets)| {
            Diagnostic::error(format!(
                "{target} is not a file of the site, but the stylesheet {} points at it",
                sheets.join(", ")
            ))
            .hint("put the file in static/ (static/fonts/x.woff2 is /fonts/x.woff2), or correct the path in the stylesheet")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_background_is_named_once_with_its_stylesheets() {
        let written: HashSet<String> = ["/school.css", "/img/ok.png"].map(String::from).into();
        let sheets = vec![
            (
                "/school.css".to_string(),
                "a{background:url(img/ok.png)}b{background:url(img/gone.png?v=1)}".to_string(),
            ),
            (
                "/more/x.css".to_string(),
                "c{background:url(\"../img/gone.png\")}d{background:url(data:image/gif;base64,R0l)}".to_string(),
            ),
        ];
        let found = check(&sheets, &written);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with("/img/gone.png is not a file of the site"),
            "{}",
            found[0].message
        );
        assert!(
            found[0]
                .message
                .contains("/school.css (`img/gone.png?v=1`), /more/x.css"),
            "{}",
            found[0].message
        );
    }
}
