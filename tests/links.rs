//! The link checks that need no network (issue 5, DESIGN §9): internal links and
//! fragments, links that go nowhere, malformed URLs, `mailto:`/`tel:`, `http://`, and link
//! text naming another host. Every one names the file and Markdown line.

use crate::support::{CONFIG, TestSite, page};

/// A site whose `content/a.md` has `body`.
fn site_with(body: &str) -> TestSite {
    TestSite::new().file("content/a.md", &page("A", body))
}

#[test]
fn a_broken_relative_link_fails_the_build_naming_file_and_line() {
    let site = site_with("Intro\n\n[old](../nowhere/)\n");
    site.build()
        .fails()
        .says("broken link `../nowhere/`")
        .says("/nowhere/")
        .says("content/a.md:6");
    assert!(!site.path().join("public").exists(), "nothing is published");
}

#[test]
fn fragments_must_name_an_id_in_the_target() {
    let site = TestSite::new()
        .file("content/b.md", &page("B", "## Safe passwords\n"))
        .file(
            "content/a.md",
            &page("A", "[ok](@/b.md#safe-passwords) [bad](@/b.md#unsafe) [self](#nope)\n"),
        );
    let run = site
        .build()
        .fails()
        .says("/b/#unsafe")
        .says("no part of the page has the id `nope`");
    assert!(!run.stderr.contains("safe-passwords`"), "{}", run.stderr);
}

#[test]
fn links_that_go_nowhere_are_errors() {
    let site = site_with("<a href=\"\">empty</a> <a href=\"#\">hash</a> <a href=\"javascript:alert(1)\">js</a>\n");
    site.build()
        .fails()
        .says("has an empty address")
        .says("goes to `#`")
        .says("javascript: link")
        .says("content/a.md");
}

#[test]
fn mailto_and_tel_must_be_written_right() {
    site_with("[Email](mailto:office@st-marys.sch.uk) [Call](tel:+441843000000) [Childline](tel:08001111)\n")
        .build()
        .ok();
    site_with("[Email](mailto:office.st-marys.sch.uk)\n\n[Call](tel:0800-CALL-NOW)\n")
        .build()
        .fails()
        .says("not a valid email address")
        .says("content/a.md:4")
        .says("not a phone number")
        .says("content/a.md:6");
}

#[test]
fn malformed_urls_are_errors() {
    site_with("[Bad](https://exa[mple.org/) and <a href=\"https://www.nspcc .org.uk/\">x</a>\n")
        .build()
        .fails()
        .says("not a valid URL")
        .says("has a space in it");
}

#[test]
fn http_links_are_warnings_and_errors_under_strict() {
    let site = site_with("[Old site](http://www.example.org/)\n");
    site.build()
        .ok()
        .says("warning")
        .says("uses http://")
        .says("use https://");
    site.run(&["build", "--date", "2026-11-22", "--strict"])
        .fails()
        .says("uses http://");
}

#[test]
fn link_text_naming_another_host_is_an_error() {
    let site = site_with("Call the police: [www.kent.police.uk](https://www.west-midlands.police.uk/)\n");
    site.build()
        .fails()
        .says("the link text names www.kent.police.uk, but the link goes to www.west-midlands.police.uk")
        .says("content/a.md:4");
    site_with(
        "[kent.police.uk](https://www.kent.police.uk/contact/) and [report.iwf.org.uk](https://www.iwf.org.uk/)\n",
    )
    .build()
    .ok();
}

#[test]
fn links_under_base_url_are_checked_as_internal_links() {
    let base = "https://test.sch.uk/safety/";
    site_with(&format!("[Report]({base}a/)\n")).build().ok();
    site_with(&format!("[Gone]({base}gone/)\n"))
        .build()
        .fails()
        .says("/gone/, a page or file that is not in the site");
}

#[test]
fn build_lists_external_links_as_not_checked_without_fetching() {
    let run = site_with("[NSPCC](https://www.nspcc.org.uk/) [Childline](https://www.childline.org.uk/)\n")
        .build()
        .ok();
    assert!(
        run.stdout.contains("3 not checked"),
        "two links and the CEOP button:\n{}",
        run.stdout
    );
}

#[test]
fn check_json_reports_internal_problems_and_other_checks() {
    let site = site_with("[old](../nowhere/)\n").file(
        "templates/base.html",
        "<!DOCTYPE html><html lang=\"{{ lang }}\"><body>{% block main %}{% endblock main %}</body></html>",
    );
    let run = site
        .run(&["check", "--date", "2026-11-22", "--offline", "--format", "json"])
        .fails();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let broken = findings
        .iter()
        .find(|f| f["url"] == "/nowhere/")
        .expect("the broken link");
    assert_eq!(broken["result"], "error");
    assert_eq!(broken["sources"][0]["page"], "/a/");
    assert_eq!(broken["sources"][0]["file"], "content/a.md");
    assert_eq!(broken["sources"][0]["line"], 4);
    assert!(
        findings
            .iter()
            .any(|f| f["url"].is_null() && f["message"].as_str().unwrap().contains("CEOP")),
        "other checks' problems are findings without a URL:\n{json:#}"
    );
    assert!(json["summary"]["errors"].as_u64().unwrap() >= 2);
}

#[test]
fn check_json_prints_json_even_when_the_site_cannot_be_built() {
    // A mistake that stops the run before rendering (a slip elsewhere would let it go on).
    let site = TestSite::new().file("config.toml", "title = \"Test School\"\nbase_url = 5\n");
    let run = site.run(&["check", "--format", "json"]).fails();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["findings"][0]["sources"][0]["file"], "config.toml");
}

#[test]
fn a_stylesheet_naming_a_missing_font_or_import_is_a_broken_link_at_its_line() {
    let css = "/* The school's fonts */\n@import \"colours.css\";\n@import url(gone.css);\n@font-face {\n  font-family: School;\n  src: url(/fonts/school.woff2) format(\"woff2\"), url(/fonts/missing.woff2);\n}\n";
    let site = TestSite::new()
        .file("static/fonts.css", css)
        .file("static/colours.css", "p { color: #1a1a1a }\n")
        .bytes("static/fonts/school.woff2", b"wOF2")
        .file(
            "themes/default/static/brand.css",
            "header {\n  background: image-set(\"/logo.svg\" 1x);\n}\n",
        );
    let run = site.build().fails();
    let run = run
        .says("broken link `/fonts/missing.woff2` in a stylesheet: it goes to /fonts/missing.woff2, a file that is not in the site")
        .says("static/fonts.css:6")
        .says("broken link `gone.css` in a stylesheet: it goes to /gone.css")
        .says("static/fonts.css:3")
        .says("broken link `/logo.svg` in a stylesheet")
        .says("themes/default/static/brand.css:2")
        .says("help: put the file at that path in static/");
    assert!(!run.stderr.contains("school.woff2"), "{}", run.stderr);
    assert!(!run.stderr.contains("colours.css"), "{}", run.stderr);
    assert!(!site.path().join("public").exists(), "nothing is published");
}

/// A `data/links.toml` written as TOML allows beyond `[[link]]`: an array of inline tables
/// over several lines, a literal string, a quoted key after an escaped quote, a string in
/// triple quotes.
const LINKS_EVERY_WAY: &str = r#"link = [
  { title = "One", url = 'https://one.example.org/', description = "", audience = ["staff"], category = "local" },
  { title = "Say \"two\"", "url" = "https://two.example.org/", description = "", audience = ["staff"], category = "local" },
  { title = "Three", url = """https://three.example.org/""", description = "", audience = ["staff"], category = "local" },
]
"#;

#[test]
fn a_link_from_config_or_links_toml_names_its_file_and_line() {
    let config = format!("{CONFIG}[ceop]\nurl = \"https://ceop.example.org/\"\n");
    let site = TestSite::new()
        .file("config.toml", &config)
        .file("content/links.md", &page("Useful links", "Trusted help."))
        .file("data/links.toml", LINKS_EVERY_WAY);
    let run = site.run(&["check", "--date", "2026-11-22", "--offline", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stderr));
    let place = |url: &str| {
        let findings = json["findings"].as_array().unwrap();
        let finding = findings.iter().find(|f| f["url"] == url);
        let source = &finding.unwrap_or_else(|| panic!("no finding for {url}:\n{json:#}"))["sources"][0];
        (
            source["file"].as_str().unwrap_or("").to_string(),
            source["line"].as_u64().unwrap_or(0),
        )
    };
    assert_eq!(place("https://ceop.example.org/"), ("config.toml".into(), 4));
    assert_eq!(place("https://one.example.org/"), ("data/links.toml".into(), 2));
    assert_eq!(place("https://two.example.org/"), ("data/links.toml".into(), 3));
    assert_eq!(place("https://three.example.org/"), ("data/links.toml".into(), 4));
}
