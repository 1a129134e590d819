//! Policies (issue 4): their dates and who agreed them; a policy past its review date is
//! a warning, and an error under `--strict`.

use crate::support::{CONFIG_3_LANGS, TestSite};

const POLICY: &str = "+++\ntitle = \"Online safety policy\"\n[extra]\npublished = 2026-09-01\nreview = 2027-09-01\nagreed_by = \"Full governing board\"\n+++\nOur policy.\n";

fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/policy/online-safety.md", POLICY)
}

#[test]
fn a_policy_shows_when_it_was_published_and_reviewed_and_who_agreed_it() {
    let run = site().build().ok();
    let html = run.read("policy/online-safety/index.html");
    for text in [
        "1 September 2026",
        "1 September 2027",
        "Full governing board",
        "Next review",
    ] {
        assert!(html.contains(text), "lacks {text}:\n{html}");
    }
    assert!(!run.stderr.contains("due for review"), "not yet due: {}", run.stderr);
    assert!(
        run.read("pl/policy/online-safety/index.html")
            .contains("1 września 2027")
    );
}

#[test]
fn a_policy_past_its_review_is_a_warning_and_fails_under_strict() {
    let site = site();
    let run = site.run(&["build", "--date", "2027-09-02"]).ok();
    assert!(
        run.stderr
            .contains("warning: the policy `Online safety policy` was due for review on 2027-09-01")
    );
    assert!(
        run.stderr.contains("content/policy/online-safety.md:5"),
        "{}",
        run.stderr
    );
    site.run(&["build", "--date", "2027-09-01"]).ok();
    site.run(&["build", "--date", "2027-09-02", "--strict"])
        .fails()
        .says("error: the policy `Online safety policy` was due for review");
    site.run(&["check", "--date", "2027-09-02", "--offline", "--strict"])
        .fails()
        .says("was due for review");
}
