//! Safer Internet Day (issue 4): the countdown on every home page, in each language with
//! its plurals, from 42 days before the day to the day, following `--date`; the hub and
//! the yearly pages.

use crate::support::{CONFIG_3_LANGS, TestSite, canonical, hrefs, page};

const HUB: &str = "+++\ntitle = \"Safer Internet Day 2027\"\n[extra]\ndate = 2027-02-09\n+++\nJoin in.\n";

fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/sid/_index.md", HUB)
        .file(
            "content/sid/2026.md",
            "+++\ntitle = \"Safer Internet Day 2026\"\n[extra]\ndate = 2026-02-10\ntheme = \"Smart tech, safe choices\"\n+++\nWe took part.\n",
        )
        .file("content/lessons/ks2/a.md", &page("A lesson", "x"))
}

/// The banner's text on a home page, without Fluent's isolation marks; `None` when there
/// is no banner.
fn banner(site: &TestSite, day: &str, home: &str) -> Option<String> {
    let out = format!("out-{day}");
    let run = site.run(&["build", "--date", day, "-o", &out]).ok();
    let html = canonical(&std::fs::read_to_string(site.path().join(&out).join(home)).unwrap());
    drop(run);
    let start = html.find("id=sid-banner-text>")? + "id=sid-banner-text>".len();
    let text = &html[start..start + html[start..].find('<').unwrap()];
    Some(text.replace(['\u{2068}', '\u{2069}'], ""))
}

#[test]
fn the_banner_counts_down_from_42_days_to_the_day_and_then_goes() {
    let site = site();
    assert_eq!(banner(&site, "2026-12-28", "index.html"), None, "43 days before");
    assert_eq!(
        banner(&site, "2026-12-29", "index.html").as_deref(),
        Some("Safer Internet Day is on Tuesday 9 February 2027: 42 days to go")
    );
    assert_eq!(
        banner(&site, "2027-01-20", "index.html").as_deref(),
        Some("Safer Internet Day is on Tuesday 9 February 2027: 20 days to go")
    );
    assert_eq!(
        banner(&site, "2027-02-08", "index.html").as_deref(),
        Some("Safer Internet Day is on Tuesday 9 February 2027: 1 day to go")
    );
    assert_eq!(
        banner(&site, "2027-02-09", "index.html").as_deref(),
        Some("Safer Internet Day is today, Tuesday 9 February 2027!")
    );
    assert_eq!(banner(&site, "2027-02-10", "index.html"), None, "the day after");
}

#[test]
fn every_languages_home_page_has_the_banner_with_its_plurals() {
    let site = site();
    let pl = |day| banner(&site, day, "pl/index.html").unwrap();
    assert_eq!(
        pl("2027-01-20"),
        "Dzień Bezpiecznego Internetu: wtorek, 9 lutego 2027. Zostało 20 dni"
    );
    assert_eq!(
        pl("2027-01-17"),
        "Dzień Bezpiecznego Internetu: wtorek, 9 lutego 2027. Zostały 23 dni"
    );
    assert_eq!(
        pl("2027-02-08"),
        "Dzień Bezpiecznego Internetu: wtorek, 9 lutego 2027. Został 1 dzień"
    );
    assert!(pl("2027-02-09").contains("dzisiaj"));
    let ur = |day| banner(&site, day, "ur/index.html").unwrap();
    assert_eq!(
        ur("2027-01-20"),
        "سیفر انٹرنیٹ ڈے منگل، 9 فروری 2027 کو ہے: 20 دن باقی ہیں"
    );
    assert_eq!(
        ur("2027-02-08"),
        "سیفر انٹرنیٹ ڈے منگل، 9 فروری 2027 کو ہے: 1 دن باقی ہے"
    );
    assert!(ur("2027-02-09").starts_with("آج"));
}

#[test]
fn the_hub_and_yearly_pages_show_their_day() {
    let run = site().run(&["build", "--date", "2026-11-22"]).ok();
    let hub = run.read("sid/index.html");
    assert!(
        hub.contains("Tuesday 9 February 2027") && hub.contains("Join in."),
        "{hub}"
    );
    let links = hrefs(&hub);
    assert!(links.contains(&"2026/".to_string()), "past years: {links:?}");
    assert!(
        links.contains(&"../lessons/ks2/".to_string()),
        "lessons by age: {links:?}"
    );
    assert!(!hub.contains("days to go"), "no countdown 79 days before");
    let year = run.read("sid/2026/index.html");
    assert!(year.contains("Tuesday 10 February 2026") && year.contains("Smart tech, safe choices"));
    let pl = run.read("pl/sid/2026/index.html");
    assert!(pl.contains("wtorek, 10 lutego 2026"), "{pl}");
}

#[test]
fn a_site_without_a_hub_date_has_no_banner() {
    let run = TestSite::new()
        .file("content/sid/_index.md", &page("Safer Internet Day", "x"))
        .run(&["build", "--date", "2027-02-01"])
        .ok();
    assert!(!run.read("index.html").contains("sid-banner"));
}

#[test]
fn a_hub_whose_day_has_passed_warns_and_fails_under_strict() {
    let site = site();
    let run = site.run(&["build", "--date", "2027-02-10"]).ok();
    assert!(
        run.stderr.contains("Safer Internet Day hub gives 2027-02-09")
            && run.stderr.contains("content/sid/_index.md")
            && run.stderr.contains("content/sid/2027.md"),
        "{}",
        run.stderr
    );
    site.run(&["build", "--date", "2027-02-10", "--strict"]).fails();
    let on_the_day = site.run(&["build", "--date", "2027-02-09"]).ok();
    assert!(
        !on_the_day.stderr.contains("Safer Internet Day hub gives"),
        "{}",
        on_the_day.stderr
    );
}
