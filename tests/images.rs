//! Images and consent (issue 6, DESIGN §7): sidecars, the register's rules on the build
//! day, print scope, pupils' names, and the consent report of `haven check`.

use crate::pictures;
use crate::support::{CONFIG_3_LANGS, TestSite, page};

const REGISTER: &str = "\
[pupil.P1]
name = \"Amy Example\"
website = true
print = true
granted = 2025-09-01
expires = 2027-07-31

[pupil.P2]
name = \"Bo Sample\"
website = true
print = false
granted = 2025-09-01
";

const PUPILS: &str = "alt = \"Two pupils at a tablet\"\npupils = [\"P1\", \"P2\"]\n";

/// A site with one static image, used by one page, with `sidecar` (if any) beside it.
fn site_with_image(sidecar: Option<&str>) -> TestSite {
    let site = TestSite::new()
        .bytes("static/images/class.png", &pictures::png(40, 30))
        .file("data/consent.toml", REGISTER)
        .file(
            "content/trip.md",
            &page("Trip", "Our trip.\n\n![](/images/class.png)\n"),
        );
    match sidecar {
        Some(text) => site.file("static/images/class.png.toml", text),
        None => site,
    }
}

#[test]
fn an_image_without_a_sidecar_stops_the_build_and_names_its_pages() {
    site_with_image(None)
        .build()
        .fails()
        .says("no sidecar: static/images/class.png has no class.png.toml")
        .says("--> static/images/class.png")
        .says("on /trip/")
        .says("create static/images/class.png.toml")
        .missing("index.html");
}

#[test]
fn missing_alt_missing_credit_and_unknown_pupils_are_all_reported_in_one_run() {
    let run = site_with_image(Some("pupils = []\n"))
        .bytes("static/images/other.png", &pictures::png(10, 10))
        .file(
            "static/images/other.png.toml",
            "alt = \"A pupil\"\npupils = [\n  \"P9\",\n]\n",
        )
        .file("content/other.md", &page("Other", "![](/images/other.png)"))
        .build()
        .fails()
        .says("no alt text: static/images/class.png has no alt text in its sidecar")
        .says("no credit: static/images/class.png shows no pupils, so it needs a credit")
        .says("unknown pupil: static/images/other.png shows pupil P9, who is not in data/consent.toml")
        .says("--> static/images/other.png.toml:3")
        .says("on /other/")
        .missing("index.html");
    assert_eq!(run.stderr.matches("error:").count(), 3, "{}", run.stderr);
}

#[test]
fn a_decorative_image_needs_no_alt_and_gets_an_empty_one() {
    site_with_image(Some("decorative = true\npupils = []\ncredit = \"Drawn by Year 5\"\n"))
        .build()
        .ok()
        .has("trip/index.html", "<img alt ");
    site_with_image(Some("decorative = true\nalt = \"x\"\npupils = []\ncredit = \"Y5\"\n"))
        .build()
        .fails()
        .says("is marked decorative = true but also has alt text");
}

#[test]
fn the_sidecars_alt_fills_an_empty_markdown_alt_and_a_written_alt_wins() {
    let run = site_with_image(Some(PUPILS))
        .file(
            "content/own.md",
            &page("Own", "![Pupils sharing a tablet](/images/class.png)"),
        )
        .build()
        .ok();
    run.has("trip/index.html", "alt=\"Two pupils at a tablet\"")
        .has("own/index.html", "alt=\"Pupils sharing a tablet\"")
        .lacks("own/index.html", "Two pupils at a tablet");
}

#[test]
fn a_pupil_without_website_consent_is_refused() {
    site_with_image(Some(PUPILS))
        .file(
            "data/consent.toml",
            &REGISTER.replace("website = true\nprint = false", "website = false\nprint = false"),
        )
        .build()
        .fails()
        .says("no website consent: static/images/class.png shows pupil P2, who has no website consent in data/consent.toml (build day 2026-11-22)")
        .says("--> static/images/class.png.toml:2")
        .says("on /trip/")
        .says("the pupil's record is data/consent.toml line 8");
}

#[test]
fn withdrawn_consent_makes_a_previously_good_build_fail() {
    let site = site_with_image(Some(PUPILS));
    site.build().ok().has("trip/index.html", "class.png");
    let site = site.file("data/consent.toml", &format!("{REGISTER}withdrawn = 2026-11-20\n"));
    site.build()
        .fails()
        .says("no website consent: static/images/class.png shows pupil P2, whose consent was withdrawn on 2026-11-20 (build day 2026-11-22)")
        .has("trip/index.html", "class.png");
}

#[test]
fn consent_passes_before_it_expires_and_fails_after() {
    let site = site_with_image(Some(PUPILS));
    site.run(&["build", "--date", "2027-07-31"]).ok();
    site.run(&["build", "--date", "2027-08-01"])
        .fails()
        .says("no website consent: static/images/class.png shows pupil P1, whose consent expired on 2027-07-31 (build day 2027-08-01)")
        .says("until the office records current consent");
    site.run(&["check", "--date", "2027-08-01", "--offline"])
        .fails()
        .says("whose consent expired on 2027-07-31 (build day 2027-08-01)");
    site.run(&["build", "--date", "2025-08-31"])
        .fails()
        .says("whose consent is only granted from 2025-09-01");
}

#[test]
fn posters_and_the_agreement_need_print_consent() {
    let poster = "+++\ntitle = \"Our rules\"\n[extra]\nrules = [\"Be kind\"]\n+++\n![](/images/class.png)\n";
    let agreement = "+++\ntitle = \"Agreement\"\n[extra]\nversion = \"1\"\n+++\n![](/images/class.png)\n";
    let run = site_with_image(Some(PUPILS))
        .file("data/rooms.toml", "[[room]]\nname = \"Class 4\"\nband = \"ks2\"\n")
        .file("content/aup/ks2.md", poster)
        .file("content/parents/home-school-agreement.md", agreement)
        .build()
        .fails()
        .says("no print consent: static/images/class.png shows pupil P2, who has no print consent in data/consent.toml (build day 2026-11-22)")
        .says("printed on /parents/home-school-agreement/, /posters/class-4/");
    assert!(!run.stderr.contains("shows pupil P1"), "{}", run.stderr);
}

#[test]
fn an_image_in_a_template_is_checked_on_every_page() {
    TestSite::new()
        .file("content/a.md", &page("A", "x"))
        .bytes("static/logo.png", &pictures::png(20, 20))
        .file("static/logo.png.toml", "alt = \"Our class\"\npupils = [\"P1\"]\n")
        .file(
            "data/consent.toml",
            "[pupil.P1]\nwebsite = true\ngranted = 2027-01-01\n",
        )
        .file(
            "templates/partials/footer.html",
            "<footer><img src=\"/logo.png\" alt=\"\"></footer>",
        )
        .build()
        .fails()
        .says("no website consent: static/logo.png shows pupil P1")
        .says("on every page (");
}

#[test]
fn a_page_bundle_image_is_checked_too() {
    TestSite::new()
        .file("content/trip/index.md", &page("Trip", "![](beach.jpg)"))
        .bytes("content/trip/beach.jpg", &pictures::jpeg(30, 20))
        .build()
        .fails()
        .says("no sidecar: content/trip/beach.jpg has no beach.jpg.toml")
        .says("on /trip/");
}

#[test]
fn a_site_themes_own_image_needs_a_sidecar_too() {
    let theme_config = format!("{}theme = \"school\"\n", crate::support::CONFIG);
    let site = TestSite::new()
        .file("config.toml", &theme_config)
        .bytes("themes/school/static/crest.png", &pictures::png(16, 16));
    site.build()
        .fails()
        .says("no sidecar: themes/school/static/crest.png has no crest.png.toml");
    site.file(
        "themes/school/static/crest.png.toml",
        "alt = \"The school crest\"\npupils = []\ncredit = \"The school\"\n",
    )
    .build()
    .ok()
    .exists("crest.png")
    .missing("crest.png.toml");
}

#[test]
fn a_registered_pupils_name_in_the_output_stops_the_build_without_repeating_it() {
    let run = site_with_image(Some(PUPILS))
        .file(
            "content/news.md",
            &page("News", "Well done to\nAMY   example for her poster!\n"),
        )
        .file("content/lessons/ks2/a.md", &page("A", "Hello"))
        .file(
            "static/images/class.png.toml",
            "alt = \"Bo Sample and a friend\"\npupils = [\"P1\", \"P2\"]\n",
        )
        .build()
        .fails()
        .says("pupil named: the name of pupil P1 (recorded in data/consent.toml) appears in /news/")
        .says("--> content/news.md:5")
        .says("pupil named: the name of pupil P2 (recorded in data/consent.toml) appears in /trip/")
        .says("look in config.toml, the templates, data/ files and image sidecars");
    assert!(!run.stderr.to_lowercase().contains("amy"), "{}", run.stderr);
    assert!(!run.stderr.contains("Bo Sample"), "{}", run.stderr);
    // One cause, one error: the page's search entries and word shards say the name too,
    // and are listed under the page's error, not reported again.
    assert_eq!(run.stderr.matches("the name of pupil P1").count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("search-index/"), "{}", run.stderr);
}

#[test]
fn the_register_and_sidecars_are_never_published() {
    let run = site_with_image(Some(PUPILS))
        .file("static/consent.toml", REGISTER)
        .file("static/notes/data.toml", "x = 1\n")
        .file("content/outing/index.md", &page("Bundle", "![](a.png)"))
        .bytes("content/outing/a.png", &pictures::png(8, 8))
        .file(
            "content/outing/a.png.toml",
            "alt = \"A star\"\npupils = []\ncredit = \"Y5\"\n",
        )
        .build()
        .ok();
    let files = crate::support::files_under(&run.output);
    assert!(files.iter().all(|f| !f.ends_with(".toml")), "{files:?}");
    assert!(files.contains(&"images/class.png".to_string()), "{files:?}");
    assert!(files.contains(&"outing/a.png".to_string()), "{files:?}");
    for file in &files {
        let bytes = std::fs::read(run.output.join(file)).unwrap();
        assert!(!pictures::contains(&bytes, b"Amy Example"), "{file}");
        assert!(!pictures::contains(&bytes, b"pupil.P1"), "{file}");
    }
}

#[test]
fn a_sidecar_without_its_image_is_a_warning() {
    TestSite::new()
        .file("static/old.png.toml", "alt = \"x\"\npupils = []\ncredit = \"y\"\n")
        .build()
        .ok()
        .says("warning: this sidecar describes static/old.png, which does not exist");
}

#[test]
fn a_malformed_sidecar_or_register_names_its_line() {
    site_with_image(Some("alt = \"x\"\npupils = []\ncredit = \"y\"\ncaption = \"z\"\n"))
        .build()
        .fails()
        .says("static/images/class.png.toml:4")
        .says("caption");
    site_with_image(Some(PUPILS))
        .file("data/consent.toml", "[pupil.P1]\nwebsite = true\ngranted = \"soon\"\n")
        .build()
        .fails()
        .says("data/consent.toml:3");
}

#[test]
fn check_reports_images_pupils_and_consent_ending_soon() {
    let run = site_with_image(Some(PUPILS))
        .file(
            "data/consent.toml",
            &REGISTER.replace("expires = 2027-07-31", "expires = 2026-12-10"),
        )
        .run(&["check", "--date", "2026-11-22", "--offline"])
        .ok();
    assert!(run.stdout.contains("Photo consent on 2026-11-22:"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("1 image published, 1 showing pupils (2 pupils: P1, P2)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("P1 on 2026-12-10: static/images/class.png"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("P2 on"), "{}", run.stdout);
}

#[test]
fn a_name_in_one_page_is_one_error_whatever_the_languages_and_versions_it_is_written_in() {
    let run = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("data/consent.toml", REGISTER)
        .file("content/news.md", &page("News", "Well done to Amy Example!\n"))
        .file("content/trip.md", &page("Trip", "And to Amy Example again.\n"))
        .build()
        .fails()
        .says("the name of pupil P1 (recorded in data/consent.toml) appears in /news/ and")
        .says("--> content/news.md:4")
        .says("--> content/trip.md:4")
        .says("pl/news/index.html")
        .says("ur/news/index.html")
        .says("2 errors, 0 warnings: nothing was published");
    assert!(!run.stderr.contains("Amy"), "{}", run.stderr);
    // Each page's search entry is listed under its own page's error.
    assert_eq!(run.stderr.matches("search-index/").count(), 2, "{}", run.stderr);
}

#[test]
fn a_name_on_every_page_from_the_config_is_one_error() {
    let config = format!("{CONFIG_3_LANGS}[school]\naddress = \"c/o Amy Example, 1 Harbour Road\"\n");
    let run = TestSite::new()
        .file("config.toml", &config)
        .file("data/consent.toml", REGISTER)
        .file("content/news.md", &page("News", "Hello.\n"))
        .build()
        .fails()
        .says("the name of pupil P1 (recorded in data/consent.toml) appears in /")
        .says("look in config.toml, the templates, data/ files and image sidecars")
        .says("1 error, 0 warnings: nothing was published");
    assert!(!run.stderr.contains("Amy"), "{}", run.stderr);
}
