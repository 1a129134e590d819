//! `haven init` writes a real school's site with nothing of the example school in it, and
//! a site that is not the example may not publish the example's values (DESIGN §12).

use std::path::Path;

use haven::example_school::VALUES;

use crate::support::{CONFIG, TestSite, files_under, page, run_haven};

/// Every example value found in the files under `dir`, with the file; TOML comments (the
/// config's commented placeholders) are never published, and left out.
fn example_values_in(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for rel in files_under(dir) {
        let bytes = std::fs::read(dir.join(&rel)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let published: String = text
            .lines()
            .filter(|l| !(rel.ends_with(".toml") && l.trim_start().starts_with('#')))
            .collect();
        for value in VALUES.iter().filter(|v| published.contains(v.text)) {
            found.push(format!("{rel}: {}", value.text));
        }
    }
    found
}

#[test]
fn init_with_flags_writes_a_site_of_its_own_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("school");
    let site_arg = site.to_str().unwrap();
    let args = [
        "init",
        site_arg,
        "--name",
        "St Mary's Primary",
        "--base-url",
        "https://www.st-marys.test/online-safety",
        "--languages",
        "en,pl",
    ];
    run_haven(&args, dir.path(), dir.path().join("x")).ok();
    for needed in [
        "content/_index.md",
        "themes/default/templates/base.html",
        "themes/default/static/haven.css",
    ] {
        assert!(site.join(needed).is_file(), "init did not write {needed}");
    }
    assert!(!site.join("content/report.ur.md").exists(), "Urdu was not asked for");
    let config = std::fs::read_to_string(site.join("config.toml")).unwrap();
    assert!(config.contains("title = \"St Mary's Primary\""), "{config}");
    assert!(config.contains("# dsl = \"FILL IN:"), "{config}");
    assert!(!config.contains("example"), "{config}");
    let rooms = std::fs::read_to_string(site.join("data/rooms.toml")).unwrap();
    assert_eq!(rooms.matches("[[room]]").count(), 5, "{rooms}");
    let register = std::fs::read_to_string(site.join("data/consent.toml")).unwrap();
    assert!(
        register.lines().all(|l| l.is_empty() || l.starts_with('#')),
        "{register}"
    );

    let built = run_haven(
        &["--root", site_arg, "build", "--date", "2026-11-22"],
        dir.path(),
        site.join("public"),
    )
    .ok()
    .has("index.html", "<bdi>St Mary's Primary</bdi>")
    .has(
        "posters/ks2-room/index.html",
        "https://www.st-marys.test/online-safety/",
    )
    .lacks("index.html", "example-banner")
    .exists("pl/index.html");
    assert!(
        built.stderr.is_empty() || !built.stderr.contains("error"),
        "{}",
        built.stderr
    );
    let left = example_values_in(&site);
    assert!(
        left.is_empty(),
        "the new site carries the example school's values: {left:#?}"
    );
    let published = example_values_in(&site.join("public"));
    assert!(
        published.is_empty(),
        "the built site carries the example school's values: {published:#?}"
    );
    let again = run_haven(&args, dir.path(), dir.path().join("x"));
    assert_eq!(again.code, 1, "init must refuse a non-empty folder");
}

#[test]
fn init_without_a_terminal_names_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("school");
    run_haven(&["init", site.to_str().unwrap()], dir.path(), dir.path().join("x"))
        .fails()
        .says("--name");
    run_haven(
        &[
            "init",
            site.to_str().unwrap(),
            "--name",
            "St Mary's",
            "--base-url",
            "https://www.harbourlane.sch.uk/",
        ],
        dir.path(),
        dir.path().join("x"),
    )
    .fails()
    .says("example school's address");
    assert!(!site.exists(), "nothing is written before the answers are good");
}

/// A site carrying one of each example value, each on its own line.
fn site_with_example_values(config_extra: &str) -> TestSite {
    let config = format!(
        "{config_extra}title = \"Test School\"\nbase_url = \"https://www.harbourlane.sch.uk/online-safety/\"\n[school]\ndsl = \"Mrs A. Example\"\nphone = \"01843 000000\"\naddress = \"FILL IN: the school's postal address\"\n"
    );
    TestSite::new()
        .file("config.toml", &config)
        .file(
            "content/report.md",
            &page("Report", "Ask Mr B. Example.\n\nOr email office@harbourlane.sch.uk."),
        )
        .file(
            "data/consent.toml",
            "[pupil.P1]\nname = \"Test Pupil Two\"\nwebsite = true\ngranted = 2025-09-01\n",
        )
}

#[test]
fn each_example_value_in_a_real_site_is_one_error_naming_file_and_line() {
    let run = site_with_example_values("").build().fails();
    for (value, place) in [
        ("the example school's base URL", "config.toml:2"),
        ("the example school's Designated Safeguarding Lead", "config.toml:4"),
        ("the example school's phone number", "config.toml:5"),
        ("a placeholder `haven init` left", "config.toml:6"),
        ("the example school's deputy", "content/report.md:4"),
        ("the example school's domain", "content/report.md:6"),
        (
            "a pupil of the example school's consent register",
            "data/consent.toml:2",
        ),
    ] {
        let at = run
            .stderr
            .find(value)
            .unwrap_or_else(|| panic!("no error for {value}:\n{}", run.stderr));
        assert!(
            run.stderr[at..].lines().nth(1).unwrap().contains(place),
            "{value} not at {place}:\n{}",
            run.stderr
        );
    }
    assert_eq!(
        run.stderr.matches("this site is not the example").count(),
        7,
        "{}",
        run.stderr
    );
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn the_example_may_carry_its_values_and_every_page_says_it_is_an_example() {
    site_with_example_values("example = true\n")
        .build()
        .ok()
        .has("index.html", "class=example-banner")
        .has("report/index.html", "made-up school");
    TestSite::new().build().ok().lacks("index.html", "example-banner");
    let _ = CONFIG;
}

/// Runs git in `dir`.
fn git(dir: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(ok, "git {args:?} failed");
}

#[test]
fn build_warns_when_git_would_push_the_consent_register() {
    let site = TestSite::new().file("data/consent.toml", "# nobody yet\n");
    git(site.path(), &["init", "--quiet"]);
    git(site.path(), &["add", "data/consent.toml"]);
    let quiet = site.build().ok();
    assert!(
        !quiet.stderr.contains("pupils' names"),
        "no remote, no warning:\n{}",
        quiet.stderr
    );
    git(
        site.path(),
        &["remote", "add", "origin", "https://git.invalid/school/site.git"],
    );
    site.build()
        .ok()
        .says("data/consent.toml holds pupils' names")
        .says("`origin`")
        .says("git rm --cached");
}
