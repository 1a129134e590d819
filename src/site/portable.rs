//! What a site must not do to build the same on every computer a school may use: two
//! written files whose paths differ only in case (`/Images/logo.png` and
//! `/images/logo.png`) are one file on Windows and macOS, whose file systems ignore
//! case, so one would silently overwrite the other there (and on a USB stick).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::error::Diagnostic;

/// One error for each set of written site paths that differ only in case.
pub(super) fn case_clashes(written: &HashSet<String>) -> Vec<Diagnostic> {
    let mut by_folded: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for path in written {
        by_folded.entry(path.to_lowercase()).or_default().insert(path);
    }
    by_folded
        .into_values()
        .filter(|paths| paths.len() > 1)
        .map(|paths| {
            let named: Vec<String> = paths.iter().map(|p| format!("`{p}`")).collect();
            Diagnostic::error(format!(
                "{} differ only in capital letters: on Windows and macOS, which ignore case in file names, they are one file, and one would overwrite the other",
                named.join(" and ")
            ))
            .hint("rename one of them (in static/ or content/) so the names differ in more than case; lower-case file names are safest")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::case_clashes;

    #[test]
    fn paths_that_differ_only_in_case_are_one_error() {
        let written = [
            "/images/Logo.png",
            "/images/logo.png",
            "/images/LOGO.png",
            "/a/index.html",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        let found = case_clashes(&written);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("`/images/LOGO.png` and `/images/Logo.png` and `/images/logo.png`")
        );
        let apart = ["/a/index.html", "/b/index.html"]
            .into_iter()
            .map(String::from)
            .collect();
        assert!(case_clashes(&apart).is_empty());
    }
}
