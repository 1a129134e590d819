//! The output folder: atomic, never clobbering what haven did not make (issue 2).

use crate::support::{TestSite, leftovers, page, run_haven};

#[test]
fn a_failed_build_leaves_the_previous_output_intact() {
    let site = TestSite::new().file("content/a.md", &page("Version one", "x"));
    site.build().ok().has("a/index.html", "Version one");
    let site = site.file("content/a.md", &page("Version two", "[broken](missing.md)"));
    let run = site.build().fails();
    run.has("a/index.html", "Version one");
    let left = leftovers(site.path(), "haven-new");
    assert!(left.is_empty(), "staging left behind: {left:?}");
}

#[test]
fn a_new_build_replaces_the_old_one_completely() {
    let site = TestSite::new().file("content/old.md", &page("Old", "x"));
    site.build().ok().exists("old/index.html");
    // Stopping publishing /old/ on purpose: its line goes from published-urls.txt too.
    site.remove("content/old.md")
        .remove("published-urls.txt")
        .file("content/new.md", &page("New", "x"))
        .build()
        .ok()
        .exists("new/index.html")
        .missing("old/index.html");
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let site = TestSite::new().file("precious/essay.txt", "my homework");
    site.run(&["build", "--date", "2026-11-22", "-o", "precious"])
        .fails()
        .says("refusing")
        .says("precious");
    assert_eq!(
        std::fs::read_to_string(site.path().join("precious/essay.txt")).unwrap(),
        "my homework"
    );
}

#[test]
fn relative_output_is_relative_to_the_current_folder_and_root_works() {
    let site = TestSite::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let root = site.path().to_str().unwrap().to_string();
    run_haven(
        &["--root", &root, "build", "--date", "2026-11-22", "-o", "out"],
        elsewhere.path(),
        elsewhere.path().join("out"),
    )
    .ok()
    .exists("index.html");
    assert!(!site.path().join("out").exists());
}

#[test]
fn source_date_epoch_fixes_today() {
    let site = TestSite::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["--root", site.path().to_str().unwrap(), "build"])
        .env("SOURCE_DATE_EPOCH", "not-a-number")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SOURCE_DATE_EPOCH"));
}
