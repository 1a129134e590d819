//! Markdown rendering as a page body: comrak with haven's extensions, highlighting, links to
//! other pages resolved against a real library, easy-read picture lines, right-to-left
//! isolation, key words marked and translated for EAL pages, and the body split into
//! present mode's slides. (haven has no shortcodes: DESIGN defines none, so there are none
//! to fuzz.)
//!
//! The first byte picks the file's version; the rest is its body.

#![no_main]

use std::sync::OnceLock;

use haven::content::front_matter::FrontMatter;
use haven::content::{PageFile, Variant};
use haven::kinds::lessons::{slides_at, split_slides};
use haven::markdown::Markdown;
use haven::markdown::key_words::translate_marks;
use haven::web::html_scan::top_level;
use haven_fuzz::{fixture, show, text};
use libfuzzer_sys::fuzz_target;

fn markdown() -> &'static Markdown {
    static MARKDOWN: OnceLock<Markdown> = OnceLock::new();
    MARKDOWN.get_or_init(|| Markdown::new(&fixture().config, &fixture().glossary))
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, body)) = data.split_first() else {
        return;
    };
    let Some(body) = text(body) else { return };
    let (variant, lang, source) = match choice % 4 {
        0 => (Variant::Standard, "en", "content/lessons/ks2/passwords.md"),
        1 => (Variant::Easy, "en", "content/lessons/ks2/passwords.easy.md"),
        2 => (Variant::Standard, "ur", "content/lessons/ks2/passwords.ur.md"),
        _ => (Variant::Easy, "ur", "content/parents/guide/index.easy.ur.md"),
    };
    let file = PageFile {
        source: source.into(),
        lang: lang.into(),
        variant,
        front: FrontMatter::default(),
        front_text: "title = \"A\"\n".into(),
        body: body.into(),
        body_line: 4,
    };
    let mark = choice & 4 != 0;
    let Some(rendered) = show(markdown().render(&file, &fixture().library, mark)) else {
        return;
    };
    for heading in &rendered.headings {
        assert!((1..=6).contains(&heading.level));
    }
    let slides = split_slides(&rendered.html);
    assert_eq!(
        slides,
        slides_at(&rendered.html, &rendered.slide_starts),
        "the slides found as the body is rendered are those found in its HTML"
    );
    assert!(
        slides
            .slides
            .iter()
            .all(|slide| slide.get(..3).is_some_and(|tag| tag.eq_ignore_ascii_case("<h2"))),
        "each slide starts at its heading"
    );
    assert!(
        top_level(&slides.intro, "h2").is_empty(),
        "the introduction has no top-level h2"
    );
    if let Some(marked) = &rendered.marked {
        let glossary = &fixture().glossary;
        assert!(marked.terms.iter().all(|&t| t < glossary.terms.len()));
        let _ = translate_marks(&marked.html, glossary, "pl", "ltr");
        let _ = translate_marks(&marked.html, glossary, "ur", "rtl");
    }
});
