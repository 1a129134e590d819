//! Lessons as slides for present mode (DESIGN §4, kind `lesson`): each `##` heading of the
//! written lesson starts a slide. The split is made here, in the page's markup, so present
//! mode's script only shows one slide at a time, and without JavaScript the slides are
//! simply the lesson's sections, one after another.

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use serde::Serialize;

/// Marks where a slide starts; a comment cannot occur inside a tag, so splitting at it is safe.
const MARK: &str = "<!--haven-slide-->";

/// A lesson body split into slides: what comes before the first `##` heading (the lesson's
/// introduction, which joins the title slide), then one slide per `##` heading. Only
/// top-level `h2` elements start slides: a heading inside a quote or a raw `<div>` stays
/// in its slide.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Slides {
    /// The HTML before the first `##` heading; may be empty.
    pub intro: String,
    /// Each slide's HTML, starting with its `h2`.
    pub slides: Vec<String>,
}

/// Splits a rendered lesson body at its top-level `h2` headings.
pub fn split_slides(html: &str) -> Slides {
    let wrapped = format!("<haven-body>{html}</haven-body>");
    let settings = RewriteStrSettings::new().append_element_content_handler(element!("haven-body > h2", |el| {
        el.before(MARK, ContentType::Html);
        Ok(())
    }));
    let marked = match rewrite_str(&wrapped, settings) {
        Ok(marked) => marked,
        // lol_html only fails on memory limits; one slide is still a readable lesson.
        Err(_) => {
            return Slides {
                intro: html.to_string(),
                slides: Vec::new(),
            };
        }
    };
    let inner = marked
        .strip_prefix("<haven-body>")
        .and_then(|m| m.strip_suffix("</haven-body>"))
        .unwrap_or(&marked);
    let mut parts = inner.split(MARK);
    Slides {
        intro: parts.next().unwrap_or_default().to_string(),
        slides: parts.map(str::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_top_level_h2_starts_a_slide() {
        let html = "<p>Intro</p>\n<h2 id=\"a\">A</h2>\n<p>one</p>\n<h3>sub</h3><p>still A</p><h2 id=\"b\">B</h2><ul><li>two</li></ul>";
        let s = split_slides(html);
        assert_eq!(s.intro, "<p>Intro</p>\n");
        assert_eq!(
            s.slides,
            [
                "<h2 id=\"a\">A</h2>\n<p>one</p>\n<h3>sub</h3><p>still A</p>",
                "<h2 id=\"b\">B</h2><ul><li>two</li></ul>"
            ]
        );
    }

    #[test]
    fn nested_headings_stay_in_their_slide() {
        let s = split_slides("<h2>A</h2><blockquote><h2>Quoted</h2></blockquote><div><h2>Raw</h2></div>");
        assert_eq!(s.intro, "");
        assert_eq!(s.slides.len(), 1, "{:?}", s.slides);
    }

    #[test]
    fn a_lesson_without_headings_is_all_introduction() {
        let s = split_slides("<p>Just text.</p>");
        assert_eq!(s.intro, "<p>Just text.</p>");
        assert!(s.slides.is_empty());
    }
}
