//! The studio's page shell: one stylesheet and one script of its own (never inline, never
//! from another origin), a skip link, landmarks, and a navigation the keyboard reaches
//! first. Every text put into a page goes through [`escape`].

/// Escapes text for HTML content and attribute values between either quotes: the one
/// escape ([`crate::web::char_refs::escape`]) with the studio's set.
pub fn escape(text: &str) -> String {
    crate::web::char_refs::escape(text, crate::web::char_refs::Escape::AnyQuotes).into_owned()
}

/// A hidden field with the session's form token.
pub fn token_field(token: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
        super::guard::TOKEN_FIELD,
        escape(token)
    )
}

/// A whole studio page: `title` (already plain text) and `main` (HTML).
pub fn layout(site_title: &str, title: &str, main: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
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
        title = escape(title),
        site = escape(site_title),
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
            escape(text)
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
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn every_page_has_only_its_own_script_and_stylesheet() {
        // The policy itself travels as a header on every answer (`Reply::send`).
        let page = layout("School", "Pages", "<h1>Pages</h1>");
        assert!(!page.contains("<script>"));
        assert!(page.contains("<script src=\"/assets/studio.js\" defer></script>"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/assets/studio.css\">"));
    }
}
