//! The command line: usage errors exit 1, help exits 0, init makes a site that builds.

use crate::support::{TestSite, run_haven};

#[test]
fn bad_arguments_exit_1_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_haven(&["build", "--no-such-flag"], dir.path(), dir.path().join("public"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--no-such-flag"));
    let run = run_haven(
        &["build", "--date", "31/12/2026"],
        dir.path(),
        dir.path().join("public"),
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
    let run = run_haven(&["frobnicate"], dir.path(), dir.path().join("public"));
    assert_eq!(run.code, 1);
}

#[test]
fn help_explains_each_command() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_haven(&["--help"], dir.path(), dir.path().join("public")).ok();
    for command in ["init", "build", "serve", "check"] {
        assert!(run.stdout.contains(command), "{}", run.stdout);
    }
    assert!(run.stdout.contains("CEOP"));
}

#[test]
fn init_makes_a_complete_editable_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("school");
    run_haven(&["init", site.to_str().unwrap()], dir.path(), dir.path().join("x")).ok();
    for needed in [
        "config.toml",
        "content/_index.md",
        "themes/default/templates/base.html",
        "themes/default/i18n/en.ftl",
        "themes/default/static/haven.css",
        "data/rooms.toml",
    ] {
        assert!(site.join(needed).is_file(), "init did not write {needed}");
    }
    run_haven(
        &["--root", site.to_str().unwrap(), "build", "--date", "2026-11-22"],
        dir.path(),
        site.join("public"),
    )
    .ok()
    .exists("lessons/index.html")
    .exists("pl/index.html");
    let again = run_haven(&["init", site.to_str().unwrap()], dir.path(), dir.path().join("x"));
    assert_eq!(again.code, 1, "init must refuse a non-empty folder");
}

#[test]
fn check_builds_nothing_into_public() {
    let site = TestSite::new();
    // Offline: a test reaches no site but its own (the CEOP button links out).
    site.run(&["check", "--date", "2026-11-22", "--offline"]).ok();
    assert!(!site.path().join("public").exists());
}
