//! The glossary: `data/glossary.toml` loads or is refused with its line, and the key-word
//! matcher marks any Markdown with any glossary's words.
//!
//! The input is the glossary, a NUL byte, then the Markdown. A glossary that does not
//! load is replaced by one term per line (trimmed, as the loader would keep them), so the
//! matcher also meets words no fixed glossary has.

#![no_main]

use std::collections::BTreeMap;

use comrak::{Arena, Options};
use haven::i18n::glossary::{Glossary, Term, read_glossary};
use haven::markdown::key_words::{KeyWords, translate_marks};
use haven_fuzz::{fixture, show, show_errors, text, two_parts};
use libfuzzer_sys::fuzz_target;

fn line_terms(text: &str) -> Glossary {
    let terms = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|en| Term {
            en: en.to_string(),
            translations: BTreeMap::from([("pl".to_string(), en.chars().rev().collect())]),
            image: None,
        })
        .collect();
    Glossary { terms }
}

fuzz_target!(|data: &[u8]| {
    let (glossary, markdown) = two_parts(data);
    let (Some(glossary), Some(markdown)) = (text(glossary), text(markdown)) else {
        return;
    };
    let fixture = fixture();
    let glossary = match show(read_glossary(&fixture.root, &fixture.config, glossary)) {
        Some((read, errors)) if show_errors(&errors) => read,
        _ => line_terms(glossary),
    };
    let Some(key_words) = KeyWords::new(&glossary) else {
        return;
    };
    let arena = Arena::new();
    let mut options = Options::default();
    options.render.r#unsafe = true;
    options.extension.autolink = true;
    let root = comrak::parse_document(&arena, markdown, &options);
    let terms = key_words.mark(&arena, root);
    assert!(terms.iter().all(|&t| t < glossary.terms.len()));
    let mut html = String::new();
    comrak::format_html(root, &options, &mut html).expect("writing to a String cannot fail");
    let _ = translate_marks(&html, &glossary, "pl", "ltr");
});
