//! Report a concern (issue 4): the standard texts in every language, the DSL from config,
//! Exit this page as GOV.UK has it, the page explaining it, and the CEOP check on a
//! template that drops the button.

use crate::support::{CONFIG_3_LANGS, TestSite, hrefs, page};

fn site(config: &str) -> TestSite {
    TestSite::new()
        .file("config.toml", config)
        .file("content/report.md", &page("Report a concern", "Our own words."))
}

#[test]
fn the_report_page_carries_the_standard_texts_in_each_language() {
    let run = site(CONFIG_3_LANGS).build().ok();
    let en = run.read("report/index.html");
    for text in [
        "Call 999",
        "href=tel:999",
        "Reports are not anonymous",
        "part of the National Crime Agency, a law enforcement agency",
        "not deal with bullying, fake accounts or hacking",
        "href=tel:08001111",
        "href=tel:08088005000",
        "href=https://report.iwf.org.uk/",
        "Our own words.",
    ] {
        assert!(en.contains(text), "lacks {text}:\n{en}");
    }
    let pl = run.read("pl/report/index.html");
    assert!(
        pl.contains("Zgłoszenia nie są anonimowe") && pl.contains("organu ścigania"),
        "{pl}"
    );
    let ur = run.read("ur/report/index.html");
    assert!(
        ur.contains("رپورٹ گمنام نہیں ہوتی") && ur.contains("نیشنل کرائم ایجنسی"),
        "{ur}"
    );
}

#[test]
fn the_dsl_is_shown_when_config_names_one() {
    let with = format!(
        "{}[school]\ndsl = \"Mrs A. Lead\"\ndeputy_dsl = \"Mr B. Deputy\"\n",
        crate::support::CONFIG
    );
    let html = site(&with).build().ok().read("report/index.html");
    assert!(html.contains("Mrs A. Lead") && html.contains("Mr B. Deputy"), "{html}");
    let without = site(crate::support::CONFIG).build().ok().read("report/index.html");
    assert!(!without.contains("Designated Safeguarding Lead"), "{without}");
}

#[test]
fn exit_this_page_is_a_plain_link_with_a_second_skip_link_and_an_explainer() {
    let config = format!("{CONFIG_3_LANGS}[exit]\nurl = \"https://weather.example.org/\"\n");
    let run = site(&config).build().ok();
    let html = run.read("report/index.html");
    let links = hrefs(&html);
    assert_eq!(
        links.iter().filter(|h| *h == "https://weather.example.org/").count(),
        2,
        "{links:?}"
    );
    let skip = html.find("href=#main").unwrap();
    let exit_skip = html.find("data-exit-skip-link").unwrap();
    let header = html.find("<header").unwrap();
    assert!(
        skip < exit_skip && exit_skip < header,
        "the second skip link, before the header"
    );
    assert!(html.contains("haven-exit.js") && html.contains("Shift, press 2 more times to exit."));
    assert!(links.contains(&"exit-this-page/".to_string()), "{links:?}");
    let help = run.read("report/exit-this-page/index.html");
    assert!(help.contains("weather.example.org") && help.contains("does not clear your browsing history"));
    assert!(help.contains("3 times within 5 seconds"), "{help}");
    assert!(
        run.read("pl/report/exit-this-page/index.html")
            .contains("nie czyści historii")
    );
    let default = site(crate::support::CONFIG).build().ok().read("report/index.html");
    assert!(
        default.contains("href=https://www.bbc.co.uk/weather"),
        "BBC Weather by default"
    );
    let other = TestSite::new()
        .file("content/about.md", &page("About", "x"))
        .build()
        .ok();
    assert!(
        !other.read("about/index.html").contains("exit-this-page"),
        "only on the report page"
    );
}

#[test]
fn a_report_template_without_the_ceop_button_fails_the_build_and_names_the_page() {
    site(crate::support::CONFIG)
        .file(
            "templates/report.html",
            "<!DOCTYPE html><html lang=\"{{ lang }}\"><head><title>x</title></head><body><main><h1>{{ page.title }}</h1></main></body></html>",
        )
        .build()
        .fails()
        .says("page /report/ has no CEOP report button");
}
