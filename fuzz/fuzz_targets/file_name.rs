//! File names: `STEM[.VARIANT][.LANG].md` is taken apart or refused with a reason, and
//! the names and keys derived from it (slugs, titles, kinds) never panic.

#![no_main]

use haven::content::file_name::parse_file_name;
use haven::content::{classify_page, classify_section};
use haven::content::{humanize, is_valid_slug, slugify};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(path) = std::str::from_utf8(data) else { return };
    let name = path.rsplit('/').next().unwrap_or(path);
    for (default, others) in [("en", &["pl", "ur"][..]), ("pl", &["en"][..]), ("en", &[][..])] {
        match parse_file_name(name, default, others) {
            Ok(parsed) => {
                assert!(!parsed.stem.is_empty());
                assert!(parsed.lang.is_none_or(|l| others.contains(&l)));
                assert!(name.starts_with(parsed.stem));
            }
            Err(e) => assert!(!e.message.is_empty() && !e.hint.is_empty()),
        }
    }
    let slug = slugify(path);
    assert!(is_valid_slug(&slug) || slug.len() > 200, "slugify made `{slug}`");
    let _ = humanize(name);
    let key = path.strip_suffix(".md").unwrap_or(path);
    let _ = classify_page(key);
    let _ = classify_section(key);
});
