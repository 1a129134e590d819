//! Front matter: any file splits at its `+++` lines or is refused with an error, and the
//! TOML between them parses into a page's keys or is refused, never a panic.

#![no_main]

use std::path::Path;

use haven::content::classify_page;
use haven::content::extra::{self, Extra};
use haven::content::front_matter;
use haven_fuzz::{show, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    let file = Path::new("content/lessons/ks2/a.md");
    let Some(split) = show(front_matter::split(file, text)) else {
        return;
    };
    assert!(split.body_line >= 3, "the body starts after two `+++` lines");
    assert!(text.len() >= split.front.len() + split.body.len());
    let Some(front) = show(front_matter::parse(file, split.front)) else {
        return;
    };
    assert!(!front.title.is_empty(), "a page always has a title");
    if let Ok(kind) = classify_page("lessons/ks2/a") {
        for problem in extra::check(kind, &front.extra_keys) {
            assert!(!problem.message.is_empty());
        }
        let _ = Extra::read(kind, &front.extra_keys);
    }
});
