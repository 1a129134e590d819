//! The reading-level check (issue 23): a sentence too long for its band is a warning at its
//! line, quoting it with the band's limit; `--strict` makes it an error only when the site
//! opts in with `[checks] reading_level = "strict"`; easy-read files keep to short
//! sentences, one idea per line; and the example school passes.

use std::path::Path;

use crate::support::{CONFIG, TestSite, run_haven};

/// The long sentence is on line 9 of its file (the `+++` line is 1).
const LESSON: &str = "+++\ntitle = \"Passwords\"\n[extra]\nstrand = \"privacy-and-security\"\n+++\n## A password\n\nA password is a secret word.\nIf anyone ever asks you for your password in a game or on a website, say no and tell a grown-up.\n";

const LONG: &str = "“If anyone ever asks you for your password in a game or on a website, say no and tell a grown-up.”";

fn site(checks: &str) -> TestSite {
    TestSite::new()
        .file("config.toml", &format!("{CONFIG}{checks}"))
        .file("content/lessons/ks1/passwords.md", LESSON)
}

#[test]
fn a_long_sentence_in_a_ks1_lesson_is_a_warning_at_its_line() {
    let run = site("").build().ok();
    assert!(
        run.stderr.contains(&format!(
            "warning: this sentence has 21 words; Key Stage 1 lessons keep every sentence to 18 words at most: {LONG}"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> content/lessons/ks1/passwords.md:9:1"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("warning: this sentence").count(),
        1,
        "{}",
        run.stderr
    );
    // By default it is advice: --strict leaves it a warning.
    let strict = site("").run(&["build", "--strict", "--date", "2026-11-22"]).ok();
    assert!(
        strict.stderr.contains("warning: this sentence has 21 words"),
        "{}",
        strict.stderr
    );
}

#[test]
fn strict_opt_in_makes_it_an_error_under_strict_only() {
    let opted = "[checks]\nreading_level = \"strict\"\n";
    let run = site(opted).build().ok();
    assert!(
        run.stderr.contains("warning: this sentence has 21 words"),
        "{}",
        run.stderr
    );
    let run = site(opted).run(&["build", "--strict", "--date", "2026-11-22"]).fails();
    assert!(
        run.stderr.contains("error: this sentence has 21 words"),
        "{}",
        run.stderr
    );
    let check = site(opted).run(&["check", "--offline", "--strict", "--date", "2026-11-22"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let check = site("")
        .run(&["check", "--offline", "--strict", "--date", "2026-11-22"])
        .ok();
    assert!(
        check.stderr.contains("warning: this sentence has 21 words"),
        "{}",
        check.stderr
    );
    let off = site("[checks]\nreading_level = \"off\"\n").build().ok();
    assert!(!off.stderr.contains("this sentence"), "{}", off.stderr);
    let bad = site("[checks]\nreading_level = \"loud\"\n").build().fails();
    assert!(bad.stderr.contains("reading_level"), "{}", bad.stderr);
}

#[test]
fn easy_read_rules_fire_on_a_crafted_easy_read_file() {
    let easy = "+++\ntitle = \"Passwords (easy read)\"\n+++\n- A password is a secret.\n- Keep it safe. Do not tell.\n- When someone in a game or an app asks you for your password you should always say no.\n";
    let run = site("")
        .file("content/lessons/ks1/passwords.easy.md", easy)
        .build()
        .ok();
    let err = &run.stderr;
    assert!(
        err.contains(
            "this easy-read line has more than one sentence; Easy Read puts one idea on each line: “Keep it safe.”"
        ),
        "{err}"
    );
    assert!(err.contains("--> content/lessons/ks1/passwords.easy.md:5:1"), "{err}");
    assert!(
        err.contains("this easy-read sentence has 18 words; Easy Read keeps sentences to 15 words at most"),
        "{err}"
    );
    assert!(err.contains("--> content/lessons/ks1/passwords.easy.md:6:1"), "{err}");
    assert!(!err.contains("“A password is a secret.”"), "{err}");
}

#[test]
fn the_example_school_passes_the_reading_level_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = run_haven(
        &[
            "--root",
            root.to_str().unwrap(),
            "check",
            "--offline",
            "--date",
            "2026-11-22",
        ],
        root,
        root.join("public"),
    );
    for finding in ["this sentence", "this easy-read", "this lesson's sentences"] {
        assert!(!run.stderr.contains(finding), "{}", run.stderr);
    }
    assert!(run.stdout.contains("Checked "), "{}\n{}", run.stdout, run.stderr);
}

#[test]
fn control_sequences_in_a_quoted_sentence_never_reach_the_output() {
    // A sentence that sets the terminal's title and clears the screen, quoted in a warning:
    // piped (and with NO_COLOR) the warning is there, the sequences are not.
    let hostile = LESSON.replace("say no", "say \u{1b}]0;owned\u{7}\u{1b}[2J no");
    let site = TestSite::new()
        .file("config.toml", CONFIG)
        .file("content/lessons/ks1/passwords.md", &hostile);
    let run = site.build().ok();
    assert!(run.stderr.contains("warning: this sentence has"), "{}", run.stderr);
    assert!(
        !run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'),
        "{:?}",
        run.stderr
    );
}
