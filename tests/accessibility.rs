//! The accessibility statement (issue 4): made from `[accessibility]` in config.toml,
//! following GOV.UK's model statement, and linked from every page's footer.

use crate::support::{CONFIG, TestSite, hrefs, page};

const SETTINGS: &str = "[school]\nemail = \"office@test.sch.uk\"\n[accessibility]\ncompliance = \"partial\"\nresponse_days = 5\nprepared = 2026-09-01\nreviewed = 2026-11-02\ntested = 2026-10-15\ntest_method = \"We tested with a keyboard and NVDA.\"\n[[accessibility.issues]]\nproblem = \"Some pictures have short descriptions.\"\ncriterion = \"1.1.1 Non-text content\"\nfix_by = 2027-03-31\n";

#[test]
fn the_statement_follows_the_model_with_the_schools_facts() {
    let run = TestSite::new()
        .file("config.toml", &format!("{CONFIG}{SETTINGS}"))
        .file("content/about.md", &page("About", "x"))
        .build()
        .ok();
    let html = run.read("accessibility/index.html");
    for text in [
        "Accessibility statement for Test School",
        "This accessibility statement applies to https://test.sch.uk/safety/.",
        "How accessible this website is",
        "Feedback and contact information",
        "href=mailto:office@test.sch.uk",
        "get back to you in 5 working days",
        "Reporting accessibility problems with this website",
        "Enforcement procedure",
        "Equality and Human Rights Commission (EHRC)",
        "href=https://www.equalityadvisoryservice.com/",
        "Compliance status",
        "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
        "Non-compliance with the accessibility regulations",
        "Some pictures have short descriptions.",
        "This fails WCAG 2.2 success criterion 1.1.1 Non-text content. We plan to fix this by 31 March 2027.",
        "Disproportionate burden",
        "within the scope of the accessibility regulations",
        "This statement was prepared on 1 September 2026. It was last reviewed on 2 November 2026.",
        "This website was last tested on 15 October 2026.",
    ] {
        assert!(html.contains(text), "lacks {text:?}:\n{html}");
    }
    for file in ["index.html", "about/index.html", "404.html"] {
        let links = hrefs(&run.read(file));
        assert!(links.iter().any(|h| h.ends_with("accessibility/")), "{file}: {links:?}");
    }
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn an_unfinished_statement_is_a_warning_and_a_site_without_one_gets_a_draft() {
    TestSite::new()
        .file(
            "config.toml",
            &format!("{CONFIG}[accessibility]\ncompliance = \"full\"\n"),
        )
        .build()
        .ok()
        .says("warning: the accessibility statement has no date")
        .has("accessibility/index.html", "This website is fully compliant");
    let draft = TestSite::new().build().ok();
    assert!(!draft.stderr.contains("accessibility"), "{}", draft.stderr);
    draft.lacks("accessibility/index.html", "equalityadvisoryservice");
}
