//! The Fluent loader: any `.ftl` text, as the site's English and Polish strings over the
//! theme's, loads or is refused with its line; every message it defines then formats.

#![no_main]

use std::sync::OnceLock;

use haven::config::Config;
use haven::i18n::{Arg, Translations};
use haven::theme::FtlSource;
use haven_fuzz::{CONFIG, text, two_parts};
use libfuzzer_sys::fuzz_target;

fn config() -> &'static Config {
    static CONFIG_ONCE: OnceLock<Config> = OnceLock::new();
    CONFIG_ONCE.get_or_init(|| Config::parse(CONFIG).expect("the fixture config is valid"))
}

fn source(lang: &str, text: &str) -> FtlSource {
    FtlSource {
        origin: format!("i18n/{lang}.ftl").into(),
        lang: lang.into(),
        text: text.into(),
    }
}

fuzz_target!(|data: &[u8]| {
    let (en, pl) = two_parts(data);
    let (Some(en), Some(pl)) = (text(en), text(pl)) else {
        return;
    };
    let sources = [
        source(
            "en",
            "title = Online safety\nlessons = { $count ->\n    [one] {$count} lesson\n   *[other] {$count} lessons\n}\n",
        ),
        source("en", en),
        source("pl", pl),
        source("ur", en),
    ];
    let translations = match Translations::new(config(), &sources) {
        Ok(t) => t,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let args = [
        ("count".to_string(), Arg::Number(3.0)),
        ("name".to_string(), Arg::Text("Harbour Lane".into())),
    ];
    let defined = en
        .lines()
        .chain(pl.lines())
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()));
    for id in defined.chain(["title", "lessons"]) {
        for lang in ["en", "pl", "ur"] {
            let _ = translations.translate(lang, id, &args);
        }
    }
    let _ = translations.missing_count("pl");
});
