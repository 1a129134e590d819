//! Privacy the browser enforces (DESIGN §11): every page haven writes gets a
//! Content-Security-Policy and a referrer policy, first in `<head>`, added by the output
//! pass (`output::rewrite`, and the redirect pages of `published`) rather than by the
//! theme, so no template override can drop them. What the build refuses before the
//! browser ever sees it is `checks::refusals`.

/// The policy: everything from the site itself only; `data:` images for the images haven
/// inlines; no plugins; no `<base>` or form posts elsewhere. `'self'` keeps working from
/// `file://` (`--portable`), where Chromium counts the page's own folder tree as the site.
pub const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     font-src 'self'; media-src 'self'; frame-src 'self'; connect-src 'self'; worker-src 'self'; \
     manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// What goes first in every page's `<head>`: the policy, then the referrer policy (a child
/// following a link out tells the other site nothing about where they came from).
pub fn head_tags() -> String {
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\"><meta name=\"referrer\" content=\"no-referrer\">"
    )
}
