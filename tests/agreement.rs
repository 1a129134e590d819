//! The home-school agreement (issue 4): its version and date, the three sets of
//! commitments, and signature lines (its one-sheet print is checked in the browser suite
//! `print`).

use crate::support::{TestSite, page};

#[test]
fn the_agreement_shows_its_version_date_commitments_and_signature_lines() {
    let agreement = "+++\ntitle = \"Home-school agreement\"\n[extra]\nversion = \"2026.1\"\nagreed = 2026-09-01\n+++\n## The school will\n\n- Teach.\n\n## As a parent or carer, I will\n\n- Talk.\n\n## As a learner, I will\n\n- Tell.\n";
    let run = TestSite::new()
        .file("content/parents/home-school-agreement.md", agreement)
        .file("content/parents/_index.md", &page("Parents", "x"))
        .build()
        .ok();
    let html = run.read("parents/home-school-agreement/index.html");
    for text in [
        "Version 2026.1",
        "Agreed on 1 September 2026",
        "The school will",
        "As a parent or carer, I will",
        "As a learner, I will",
        "Parent or carer",
        "For the school",
        "haven-print.js",
    ] {
        assert!(html.contains(text), "lacks {text}:\n{html}");
    }
    assert_eq!(html.matches("class=signature-block").count(), 3, "{html}");
    assert_eq!(html.matches(">Signature<").count(), 3);
}
