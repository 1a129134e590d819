//! Lessons as slides for present mode (DESIGN §4, kind `lesson`): each `##` heading of the
//! written lesson starts a slide. The split is made here, in the page's markup, so present
//! mode's script only shows one slide at a time, and without JavaScript the slides are
//! simply the lesson's sections, one after another.

use std::borrow::Cow;

use serde::Serialize;

use crate::content::{Band, Extra, Topic};
use crate::web::html_scan::top_level;

/// What a lesson page shows about itself (DESIGN §4, kind `lesson`).
#[derive(Debug, Clone, Serialize)]
pub struct LessonMeta<'a> {
    /// The lesson's band.
    pub band: Band,
    /// Which of the four Cs it covers.
    pub topics: Vec<Topic>,
    /// Its Education for a Connected World strand.
    pub strand: Option<&'a str>,
    /// How long it takes, in minutes.
    pub duration: Option<i64>,
    /// What learners will be able to do.
    pub objectives: Vec<&'a str>,
}

impl<'a> LessonMeta<'a> {
    /// A lesson's card, from its `[extra]`.
    pub fn read(band: Band, extra: &'a Extra) -> Self {
        let lesson = extra.lesson();
        Self {
            band,
            topics: extra.topics().to_vec(),
            strand: lesson.and_then(|l| l.strand.as_deref()),
            duration: lesson.and_then(|l| l.duration),
            objectives: lesson.map_or_else(Vec::new, |l| l.objectives.iter().map(String::as_str).collect()),
        }
    }
}

/// A lesson body split into slides: what comes before the first `##` heading (the lesson's
/// introduction, which joins the title slide), then one slide per `##` heading. Only
/// top-level `h2` elements start slides: a heading inside a quote or a raw `<div>` stays
/// in its slide. Borrowed from the body where it can be: every lesson is shown in every
/// language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Slides<'a> {
    /// The HTML before the first `##` heading; may be empty.
    pub intro: Cow<'a, str>,
    /// Each slide's HTML, starting with its `h2`.
    pub slides: Vec<Cow<'a, str>>,
}

impl Slides<'_> {
    /// The slides as copies, for a body that does not outlive them.
    pub fn into_owned(self) -> Slides<'static> {
        Slides {
            intro: Cow::Owned(self.intro.into_owned()),
            slides: self.slides.into_iter().map(|s| Cow::Owned(s.into_owned())).collect(),
        }
    }
}

/// Splits a rendered lesson body at its top-level `h2` headings.
pub fn split_slides(html: &str) -> Slides<'_> {
    slides_at(html, &top_level(html, "h2"))
}

/// Splits `html` at `starts`, where its top-level `h2` headings start (found as the body
/// was rendered: [`crate::markdown::RenderedBody::slide_starts`]).
pub fn slides_at<'a>(html: &'a str, starts: &[usize]) -> Slides<'a> {
    let ends = starts.iter().skip(1).copied().chain([html.len()]);
    Slides {
        intro: Cow::Borrowed(&html[..starts.first().copied().unwrap_or(html.len())]),
        slides: starts
            .iter()
            .zip(ends)
            .map(|(&from, to)| Cow::Borrowed(&html[from..to]))
            .collect(),
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
