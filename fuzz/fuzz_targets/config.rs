//! `config.toml`: any text is a config or an error naming the key and line.

#![no_main]

use haven::config::{Config, parse_duration};
use haven_fuzz::{show, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    let _ = parse_duration(text);
    let Some(config) = show(Config::parse(text)) else {
        return;
    };
    assert!(config.base_url.ends_with('/'));
    assert!(!config.languages.is_empty());
    assert!(config.is_default(&config.default_language().code));
    for lang in config.other_language_codes() {
        assert!(config.language(lang).is_some());
    }
});
