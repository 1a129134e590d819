//! URLs inside CSS (`url(...)`, `@import "..."`, `image-set()`), in stylesheets, `<style>`
//! elements and `style` attributes, as `web::css_read` finds them: rewritten so site paths
//! become relative like every other link haven writes (DESIGN §6).

use crate::routes::relative::relative;
use crate::web::css_read::url_ranges;

/// `css` with every URL replaced by `rewrite(url)`.
pub fn rewrite(css: &str, mut rewrite: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(css.len());
    let mut last = 0;
    for range in url_ranges(css) {
        out.push_str(&css[last..range.start]);
        out.push_str(&rewrite(&css[range.clone()]));
        last = range.end;
    }
    out.push_str(&css[last..]);
    out
}

/// A stylesheet written at the site path `at` (`/haven.css`), with the site paths in its
/// URLs (`url(/fonts/a.woff2)`) made relative, so it works under any sub-path and from disk.
pub fn relative_urls(at: &str, css: &str) -> String {
    rewrite(css, |url| {
        if url.starts_with('/') && !url.starts_with("//") {
            relative(at, url, false)
        } else {
            url.to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The URLs of a piece of CSS, in order.
    fn urls(css: &str) -> Vec<&str> {
        url_ranges(css).into_iter().map(|r| &css[r]).collect()
    }

    #[test]
    fn finds_urls_in_every_form() {
        let css = r#"@import "a.css"; @import url('b.css'); @font-face{src:url(/f.woff2) format("woff2")}
            .x{background:URL( "img/c.png" )} /* url(comment.png) */ .y:after{content:"url(text)"} .z{mask:myurl(no)}"#;
        assert_eq!(urls(css), ["a.css", "b.css", "/f.woff2", "img/c.png"]);
    }

    #[test]
    fn rewrites_only_the_urls() {
        let css = "a{background:url(/x.png)}b{background:url('/y.png')}";
        let out = rewrite(css, |u| format!("..{u}"));
        assert_eq!(out, "a{background:url(../x.png)}b{background:url('../y.png')}");
    }

    #[test]
    fn site_paths_become_relative_to_the_stylesheet() {
        let css = "@font-face{src:url(/fonts/a.woff2)}a{background:url(//cdn.example/x.png)}";
        assert_eq!(
            relative_urls("/theme/site.css", css),
            "@font-face{src:url(../fonts/a.woff2)}a{background:url(//cdn.example/x.png)}"
        );
    }

    #[test]
    fn unfinished_css_does_not_panic() {
        for css in [
            "url(",
            "url('",
            "@import '",
            "/* open",
            "'",
            "url(\"a\\",
            "url(\"é",
            "@import 'é",
        ] {
            let _ = rewrite(css, str::to_string);
        }
    }
}
