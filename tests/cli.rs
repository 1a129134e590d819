//! The command line: usage errors exit 1, help exits 0 (init: tests/init.rs).

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
fn check_builds_nothing_into_public() {
    let site = TestSite::new();
    // Offline: a test reaches no site but its own (the CEOP button links out).
    site.run(&["check", "--date", "2026-11-22", "--offline"]).ok();
    assert!(!site.path().join("public").exists());
}
