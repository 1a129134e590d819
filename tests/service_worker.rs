//! The optional service worker (issue 8): off unless `[offline] service_worker = true`;
//! then every page registers it, and it keeps the core pages of every language.
//! What it does in a browser: tests/browser/suites/service-worker.test.mjs.

use crate::support::{CONFIG_3_LANGS, Run, TestSite, page};

fn site(offline: &str) -> TestSite {
    TestSite::new()
        .file("config.toml", &format!("{CONFIG_3_LANGS}{offline}"))
        .file("content/report.md", &page("Report a concern", "Tell an adult."))
        .file("content/links.md", &page("Useful links", "Helplines."))
        .file(
            "content/parents/home-school-agreement.md",
            &page("Agreement", "We agree."),
        )
        .file("content/lessons/ks2/a.md", &page("Lesson", "x"))
}

const ON: &str = "[offline]\nservice_worker = true\n";

/// The core list of a written service worker.
#[track_caller]
fn core_list(run: &Run) -> Vec<String> {
    let script = run.read("haven-service-worker.js");
    let start = script.find("var CORE = ").expect("a CORE list") + "var CORE = ".len();
    let end = start + script[start..].find(";\n").unwrap();
    serde_json::from_str(&script[start..end]).unwrap()
}

#[test]
fn off_by_default() {
    let run = site("").build().ok().missing("haven-service-worker.js");
    assert!(!run.read("index.html").contains("haven-offline.js"));
}

#[test]
fn when_on_every_page_registers_it_and_it_keeps_the_core_pages() {
    let run = site(ON)
        .build()
        .ok()
        .has(
            "lessons/ks2/a/index.html",
            "<script defer src=../../../haven-offline.js>",
        )
        .has("pl/index.html", "haven-offline.js")
        .has("haven-offline.js", "file://")
        .has("haven-offline.js", "https?:");
    let core = core_list(&run);
    for expected in [
        "./",
        "report/",
        "links/",
        "parents/home-school-agreement/",
        "pl/",
        "pl/report/",
        "ur/parents/home-school-agreement/",
    ] {
        assert!(core.contains(&expected.to_string()), "{expected} not in {core:?}");
    }
    // The core pages' one combined stylesheet (issue 20).
    assert!(core.iter().any(|p| p.starts_with("haven.pages.")), "{core:?}");
    for path in &core {
        let file = if path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.clone()
        };
        let file = file.trim_start_matches("./").to_string();
        assert!(run.output.join(&file).is_file(), "{file} is not written");
    }
}

#[test]
fn its_version_follows_the_core_pages() {
    let version = |run: &Run| {
        let script = run.read("haven-service-worker.js");
        let start = script.find("haven-core-").unwrap();
        script[start..start + 27].to_string()
    };
    let site = site(ON);
    let first = version(&site.build().ok());
    assert_eq!(
        version(&site.build().ok()),
        first,
        "the same site gives the same worker"
    );
    let site = site.file("content/lessons/ks2/a.md", &page("Lesson", "changed"));
    assert_eq!(version(&site.build().ok()), first, "other pages do not matter");
    let site = site.file("content/report.md", &page("Report a concern", "Tell a trusted adult."));
    assert_ne!(
        version(&site.build().ok()),
        first,
        "a changed core page renews the copies"
    );
}

#[test]
fn portable_copies_name_index_html() {
    let run = site(ON).run(&["build", "--date", "2026-11-22", "--portable"]).ok();
    let core = core_list(&run);
    assert!(core.contains(&"index.html".to_string()), "{core:?}");
    assert!(core.contains(&"pl/report/index.html".to_string()), "{core:?}");
}

#[test]
fn a_base_template_that_never_registers_it_is_a_warning() {
    site(ON)
        .file(
            "templates/base.html",
            "<!DOCTYPE html><html lang=\"{{ lang }}\" dir=\"{{ dir }}\"><head><title>{{ page.title }}</title></head><body><a href=\"#main\">Skip</a><main id=\"main\">{% include \"partials/ceop.html\" %}{% block main %}{% endblock main %}</main></body></html>",
        )
        .build()
        .ok()
        .says("no page loads haven-offline.js");
}
