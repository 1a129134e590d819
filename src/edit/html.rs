//! The studio's page shell: one stylesheet and one script of its own (never inline, never
//! from another origin), a skip link, landmarks, and a navigation the keyboard reaches
//! first. Every text put into a page goes through [`escape`].

use super::http::POLICY;
use crate::web::char_refs::{Escape, escape};

/// A hidden field with the session's form token.
pub fn token_field(token: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
        super::guard::TOKEN_FIELD,
        escape(token, Escape::AnyQuotes)
    )
}

/// A whole studio page: `title` (already plain text) and `main` (HTML).
pub fn layout(site_title: &str, title: &str, main: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\
<meta name=\"referrer\" content=\"same-origin\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>{title} · haven studio</title>\
<link rel=\"stylesheet\" href=\"/assets/studio.css\">\
<script src=\"/assets/studio.js\" defer></script></head>\
<body><a class=\"skip\" href=\"#main\">Skip to the content</a>\
<header class=\"bar\"><p class=\"brand\">haven studio · {site}</p>\
<nav aria-label=\"Studio\"><ul>\
<li><a href=\"/\">Pages</a></li><li><a href=\"/new\">New page</a></li>\
<li><a href=\"/consent\">Consent register</a></li><li><a href=\"/rooms\">Rooms</a></li>\
<li><a href=\"/publish\">Publish</a></li></ul></nav></header>\
<main id=\"main\" tabindex=\"-1\">{main}</main></body></html>\n",
        policy = escape(POLICY, Escape::AnyQuotes),
        title = escape(title, Escape::AnyQuotes),
        site = escape(site_title, Escape::AnyQuotes),
    )
}

/// A list of problems (errors and warnings), or nothing when there are none.
pub fn problems(items: &[(bool, String)]) -> String {
    if items.is_empty() {
        return "<p class=\"ok\">No errors or warnings.</p>".into();
    }
    let mut out = String::from("<ul class=\"problems\">");
    for (error, text) in items {
        let (class, word) = match error {
            true => ("error", "Error"),
            false => ("warning", "Warning"),
        };
        out.push_str(&format!(
            "<li class=\"{class}\"><strong>{word}:</strong> <span class=\"message\">{}</span></li>",
            escape(text, Escape::AnyQuotes)
        ));
    }
    out.push_str("</ul>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_become_markup() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>", Escape::AnyQuotes),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn every_page_carries_the_policy_and_no_inline_script() {
        let page = layout("School", "Pages", "<h1>Pages</h1>");
        assert!(page.contains("default-src &#39;self&#39;"), "{page}");
        assert!(!page.contains("<script>"));
        assert!(page.contains("<script src=\"/assets/studio.js\" defer></script>"));
    }
}
