//! Lessons (issue 4): band and topic pages list the right lessons, the home page leads to
//! each band in one step, and each lesson's slides are split at its `##` headings.

use crate::support::{TestSite, hrefs, page};

fn lesson(title: &str, topics: &str, extra: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n[extra]\ntopics = [{topics}]\n{extra}+++\n{body}")
}

fn site() -> TestSite {
    TestSite::new()
        .file(
            "content/lessons/ks1/hello.md",
            &lesson("Alpha lesson", "\"contact\"", "", "x"),
        )
        .file(
            "content/lessons/ks2/shop.md",
            &lesson(
                "Bravo lesson",
                "\"contact\", \"commerce\"",
                "duration = 45\nobjectives = [\"I can spot a scam.\", \"I can ask for help.\"]\n",
                "x",
            ),
        )
        .file(
            "content/lessons/ks2/news.md",
            &lesson("Charlie lesson", "\"content\"", "", "x"),
        )
}

#[test]
fn band_and_topic_pages_list_the_right_lessons() {
    let run = site().build().ok();
    let ks2 = run.read("lessons/ks2/index.html");
    assert!(ks2.contains("Bravo lesson") && ks2.contains("Charlie lesson"), "{ks2}");
    assert!(!ks2.contains("Alpha lesson"), "{ks2}");
    assert!(ks2.contains("Years 3 to 6") && ks2.contains("Ages 7 to 11"), "{ks2}");
    let contact = run.read("topics/contact/index.html");
    assert!(contact.contains("Alpha lesson") && contact.contains("Bravo lesson"));
    assert!(!contact.contains("Charlie lesson"));
    assert!(
        contact.find("Alpha lesson") < contact.find("Bravo lesson"),
        "youngest band first"
    );
    let commerce = run.read("topics/commerce/index.html");
    assert!(commerce.contains("Bravo lesson") && !commerce.contains("Alpha lesson"));
    run.missing("topics/conduct/index.html");
}

#[test]
fn a_lesson_shows_its_band_duration_objectives_and_topics() {
    let html = site().build().ok().read("lessons/ks2/shop/index.html");
    for text in [
        "Key Stage 2",
        "Years 3 to 6",
        "45 minutes",
        "I can spot a scam.",
        "I can ask for help.",
        ">Contact<",
        ">Commerce<",
    ] {
        assert!(html.contains(text), "lacks {text}:\n{html}");
    }
    let links = hrefs(&html);
    assert!(links.contains(&"../".to_string()), "the band page: {links:?}");
    assert!(links.contains(&"../../../topics/commerce/".to_string()), "{links:?}");
}

#[test]
fn the_home_page_leads_to_every_band_and_topic_in_one_step() {
    let run = site().build().ok();
    let home = run.read("index.html");
    let links = hrefs(&home);
    for place in ["lessons/ks1/", "lessons/ks2/", "topics/contact/", "topics/commerce/"] {
        assert!(links.contains(&place.to_string()), "{place}: {links:?}");
    }
    assert!(home.contains("Years 1 and 2") && home.contains("Ages 5 to 7"), "{home}");
}

#[test]
fn each_h2_starts_a_slide_and_nested_headings_do_not() {
    let body = "Warm up.\n\n## First idea\n\nOne.\n\n### A detail\n\nStill one.\n\n> ## A quoted heading\n\n## Second idea\n\nTwo.\n";
    let html = TestSite::new()
        .file(
            "content/lessons/ks3/ideas.md",
            &lesson("Ideas", "\"conduct\"", "", body),
        )
        .build()
        .ok()
        .read("lessons/ks3/ideas/index.html");
    let slides: Vec<&str> = html.split("<section class=\"slide").skip(1).collect();
    assert_eq!(slides.len(), 3, "the title slide and two more:\n{html}");
    assert!(slides[0].contains("<h1>Ideas</h1>") && slides[0].contains("Warm up."));
    assert!(slides[1].contains("First idea") && slides[1].contains("A detail"));
    assert!(slides[1].contains("A quoted heading") && slides[1].contains("Still one."));
    assert!(slides[2].contains("Second idea") && slides[2].contains("Two."));
    assert!(html.contains("haven-present.js"), "present mode's script");
    assert!(
        html.contains("data-present-controls hidden"),
        "the Present button stays hidden without JavaScript"
    );
}

#[test]
fn lessons_and_their_eal_pages_have_present_mode_other_pages_none() {
    let run = TestSite::new()
        .file("config.toml", crate::support::CONFIG_3_LANGS)
        .file(
            "content/lessons/ks2/a.md",
            &lesson("A", "\"contact\"", "", "## One\n\nx\n"),
        )
        .file("content/about.md", &page("About", "x"))
        .build()
        .ok();
    assert!(run.read("pl/lessons/ks2/a/index.html").contains("data-slides"));
    // Issue 20: an EAL lesson is presented on the board too (tests/eal.rs says how).
    let eal = run.read("eal/pl/lessons/ks2/a/index.html");
    assert!(
        eal.contains("data-slides") && eal.contains("data-present-start"),
        "{eal}"
    );
    let about = run.read("about/index.html");
    assert!(
        !about.contains("data-slides") && !about.contains("haven-present.js"),
        "{about}"
    );
}
