//! The reading level after edits (issue 22): serve keeps each unchanged lesson's findings
//! between builds and reads again only the lessons edited, yet warns exactly as a whole
//! build of the same files does, in the same order.

use super::*;

/// A Key Stage 1 lesson (sentences of 18 words at most) with this body.
fn ks1_lesson(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n[extra]\nstrand = \"privacy-and-security\"\n+++\n{body}\n")
}

const SHORT: &str = "A password is a secret word.\nKeep it to yourself.";

const LONG: &str = "A password is a secret word.\nIf anyone ever asks you for your password in a game or on a website, say no and tell a grown-up.";

/// The warnings `haven build` prints for these lessons, on a site of their own.
fn build_warnings(lessons: &[(&str, &str)]) -> String {
    let mut site = TestSite::new();
    for (rel, text) in lessons {
        site = site.file(rel, text);
    }
    site.build().ok().stderr
}

/// What the server printed since `from`, once it holds `expected`.
#[track_caller]
fn printed_since(preview: &Preview, from: usize, expected: &str) -> String {
    wait_until(expected, || {
        let printed = preview.stderr()[from..].to_string();
        printed.contains(expected).then_some(printed)
    })
}

#[test]
fn an_edit_that_raises_a_lessons_reading_level_warns_and_its_undoing_clears_it() {
    let (a, b) = ("content/lessons/ks1/a-phones.md", "content/lessons/ks1/b-passwords.md");
    let site = TestSite::new()
        .file(a, &ks1_lesson("Phones", LONG))
        .file(b, &ks1_lesson("Passwords", SHORT));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    let at_a = format!("--> {a}:7:1");
    let at_b = format!("--> {b}:7:1");
    let first = printed_since(&preview, 0, &at_a);
    assert!(!first.contains(&at_b), "{first}");

    // Lesson b gets a sentence too long for Key Stage 1: its warning comes, a's stays.
    let from = preview.stderr().len();
    save(&site, b, &ks1_lesson("Passwords", LONG));
    events.wait_for("reload");
    let raised = printed_since(&preview, from, &at_b);
    assert!(
        raised.contains(&at_a),
        "the unchanged lesson's warning stays:\n{raised}"
    );
    assert!(
        raised.find(&at_a) < raised.find(&at_b),
        "in the library's order:\n{raised}"
    );
    assert_eq!(
        raised.matches("warning: this sentence has 21 words").count(),
        2,
        "{raised}"
    );
    let whole = build_warnings(&[(a, &ks1_lesson("Phones", LONG)), (b, &ks1_lesson("Passwords", LONG))]);
    assert!(
        whole.contains(&raised),
        "as a whole build warns:\n{whole}\nserve:\n{raised}"
    );

    // Undone: b's warning goes, a's stays.
    let from = preview.stderr().len();
    save(&site, b, &ks1_lesson("Passwords", SHORT));
    events.wait_for("reload");
    let lowered = printed_since(&preview, from, &at_a);
    assert!(!lowered.contains(&at_b), "{lowered}");
    assert_eq!(lowered.matches("warning: this sentence").count(), 1, "{lowered}");
    let whole = build_warnings(&[(a, &ks1_lesson("Phones", LONG)), (b, &ks1_lesson("Passwords", SHORT))]);
    assert!(
        whole.contains(&lowered),
        "as a whole build warns:\n{whole}\nserve:\n{lowered}"
    );
}
