//! Errors a school can act on (DESIGN §12): one finding per cause, none that only follows
//! from another, the nearest allowed word for a slip, a summary line ending every run, and
//! colour only on a terminal.

use std::process::Command;

use crate::support::{CONFIG_3_LANGS, TestSite, page};

/// Three mistakes in one site: the run lists all three and ends with one summary line.
fn site_with_three_mistakes() -> TestSite {
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\nwieght = 2\n+++\nx")
        .file(
            "content/lessons/ks2/b.md",
            "+++\ntitle = \"B\"\n[extra]\nband = \"ks5\"\n+++\nx",
        )
        .file("content/c.md", &page("C", "[Gone](@/no-such-page.md)"))
}

#[test]
fn a_failed_run_ends_with_one_summary_line() {
    let run = site_with_three_mistakes().build().fails();
    let last = run.stderr.lines().last().unwrap_or_default();
    assert!(
        last.ends_with("errors, 0 warnings: nothing was published"),
        "last line {last:?}:\n{}",
        run.stderr
    );
    let run = TestSite::new().build().ok();
    let last = run.stdout.lines().last().unwrap_or_default();
    assert!(last.starts_with("Built 4 pages"), "last line {last:?}:\n{}", run.stdout);
}

#[test]
fn slips_get_the_nearest_allowed_word() {
    site_with_three_mistakes()
        .build()
        .fails()
        .says("did you mean `weight`?")
        .says("did you mean `ks4`?");
}

#[test]
fn a_page_that_cannot_be_read_is_one_error_not_also_its_translations() {
    let run = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/a.md", "+++\ntitle = \"A\"\ncolour = 1\n+++\nx")
        .file("content/a.pl.md", &page("A pl", "x"))
        .file("content/a.ur.md", &page("A ur", "x"))
        .file("content/s/_index.md", "+++\ntitle = \n+++\n")
        .file("content/s/_index.pl.md", &page("S pl", "x"))
        .build()
        .fails();
    assert!(!run.stderr.contains("no default-language"), "{}", run.stderr);
    assert_eq!(run.stderr.matches("error:").count(), 2, "{}", run.stderr);
}

#[test]
fn one_bad_fragment_in_every_language_is_one_error_listing_the_pages() {
    let run = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/a.md", &page("A", "[Jump](#nowhere)"))
        .file("content/a.pl.md", &page("A pl", "[Skok](#nowhere)"))
        .file("content/a.ur.md", &page("A ur", "[x](#nowhere)"))
        .build()
        .fails()
        .says("no part of the page has the id `nowhere`");
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
    for page in ["/a/", "/pl/a/", "/ur/a/"] {
        assert!(run.stderr.contains(page), "{page} not listed:\n{}", run.stderr);
    }
}

/// Runs `haven build` on `site` with standard error piped and these variables set.
fn build_with(site: &TestSite, vars: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_haven"));
    command
        .args(["--root", site.path().to_str().unwrap(), "build", "--date", "2026-11-22"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    for (name, value) in vars {
        command.env(name, value);
    }
    String::from_utf8(command.output().unwrap().stderr).unwrap()
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let site = site_with_three_mistakes();
    let piped = build_with(&site, &[]);
    assert!(piped.contains("error:") && !piped.contains('\u{1b}'), "{piped}");
    let forced = build_with(&site, &[("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains("\u{1b}["), "a terminal would get colour: {forced}");
    let refused = build_with(&site, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!refused.contains('\u{1b}'), "NO_COLOR wins: {refused}");
}
