//! The school's data files: `data/links.toml` (the useful-links directory) loads or is
//! refused, and `data/rooms.toml` (where posters go) loads as far as it can, with errors
//! naming their lines; what loads keeps the promises the pages rely on.
//!
//! The input is `links.toml`, a NUL byte, then `rooms.toml`.

#![no_main]

use std::collections::HashSet;

use haven::kinds::links::{group, read_links};
use haven::kinds::posters::read_rooms;
use haven_fuzz::{fixture, show, show_errors, text, two_parts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (links, rooms) = two_parts(data);
    if let Some(links) = text(links).and_then(|t| show(read_links(t))) {
        for link in &links {
            assert!(!link.title.is_empty() && link.url.starts_with("https://"));
            assert!(!link.audience.is_empty() && link.audience.is_sorted());
            assert_eq!(link.phone.is_some(), link.tel.is_some());
        }
        let shown: usize = group(&links)
            .iter()
            .flat_map(|a| &a.categories)
            .map(|c| c.links.len())
            .sum();
        let listed: usize = links.iter().map(|l| l.audience.len()).sum();
        assert_eq!(shown, listed, "each link once under each of its audiences");
    }
    let config = &fixture().config;
    if let Some(read) = text(rooms).and_then(|t| show(read_rooms(t, config))) {
        show_errors(&read.errors);
        let mut slugs = HashSet::new();
        for room in &read.rooms {
            assert!(!room.name.trim().is_empty() && slugs.insert(room.slug.clone()));
            assert!(room.languages.iter().all(|l| config.language(l).is_some()));
        }
    }
});
