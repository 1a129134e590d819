//! Building sites: pages, sections, drafts, links, code, templates (issue 2).

use crate::support::{TestSite, hrefs, page};

#[test]
fn every_content_file_becomes_a_page_with_the_ceop_button() {
    let run = TestSite::new()
        .file("content/about.md", &page("About", "Hello."))
        .file(
            "content/lessons/ks2/passwords.md",
            &page("Passwords", "Keep them secret."),
        )
        .file("content/things/deep/item.md", &page("Item", "x"))
        .build()
        .ok();
    for file in [
        "index.html",
        "about/index.html",
        "lessons/ks2/passwords/index.html",
        "things/deep/item/index.html",
        "things/index.html",
        "404.html",
    ] {
        let run = &run;
        assert!(
            run.read(file)
                .contains("href=https://www.ceop.police.uk/Safety-Centre/"),
            "{file} lacks CEOP"
        );
    }
    run.exists("sitemap.xml")
        .has("sitemap.xml", "<loc>https://test.sch.uk/safety/about/</loc>");
}

#[test]
fn sections_list_pages_by_weight_then_title_and_drafts_are_absent() {
    let weighted = |title: &str, weight: i32| format!("+++\ntitle = \"{title}\"\nweight = {weight}\n+++\nx");
    let run = TestSite::new()
        .file("content/news/_index.md", &page("News", ""))
        .file("content/news/b.md", &weighted("Bravo", 2))
        .file("content/news/a.md", &weighted("Alpha", 2))
        .file("content/news/c.md", &weighted("Charlie", 1))
        .file("content/news/z.md", &page("Zulu unweighted", "x"))
        .file(
            "content/news/secret.md",
            "+++\ntitle = \"Secret draft\"\ndraft = true\n+++\nx",
        )
        .build()
        .ok();
    let html = run.read("news/index.html");
    let order: Vec<usize> = ["Charlie", "Alpha", "Bravo", "Zulu unweighted"]
        .iter()
        .map(|t| html.find(t).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "wrong order: {html}");
    assert!(!html.contains("Secret draft"));
    run.missing("news/secret/index.html");
}

#[test]
fn md_links_become_relative_links_that_resolve() {
    let run = TestSite::new()
        .file("content/report.md", &page("Report", "## Who to tell\nTell someone."))
        .file(
            "content/lessons/ks1/a.md",
            &page(
                "A",
                "[report](../../report.md#who-to-tell) and [b](b.md) and [home](@/_index.md) and [css](/haven.css)",
            ),
        )
        .file("content/lessons/ks1/b.md", &page("B", "x"))
        .build()
        .ok();
    let html = run.read("lessons/ks1/a/index.html");
    let links = hrefs(&html);
    for wanted in [
        "../../../report/#who-to-tell",
        "../b/",
        "../../../",
        "../../../haven.css",
    ] {
        assert!(links.iter().any(|l| l == wanted), "no link {wanted} in {links:?}");
    }
    assert!(
        !links.iter().any(|l| l.starts_with('/') || l.starts_with("@/")),
        "absolute link left: {links:?}"
    );
}

#[test]
fn slug_and_page_bundles_set_urls_and_carry_their_files() {
    TestSite::new()
        .file(
            "content/news/first-post.md",
            "+++\ntitle = \"First\"\nslug = \"hello\"\n+++\nx",
        )
        .file("content/trip/index.md", &page("Trip", "![A map](map.svg)"))
        .file("content/trip/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .build()
        .ok()
        .exists("news/hello/index.html")
        .exists("trip/index.html")
        .exists("trip/map.svg")
        .has("trip/index.html", "map.svg");
}

#[test]
fn code_is_highlighted_with_classes_and_a_stylesheet() {
    TestSite::new()
        .file(
            "content/code.md",
            &page("Code", "```rust\nfn main() { let x = 1; }\n```\n"),
        )
        .build()
        .ok()
        .has("code/index.html", "class=\"hl-")
        .lacks("code/index.html", "style=")
        .has("syntax.css", ".hl-")
        // Only pages with highlighted code load its stylesheet (issue 20).
        .has("code/index.html", "syntax.css")
        .lacks("index.html", "syntax.css")
        .lacks("404.html", "syntax.css");
}

#[test]
fn output_is_minified() {
    let run = TestSite::new()
        .file(
            "content/a.md",
            &page(
                "A",
                "One   and\ttwo\n\n<!-- a note -->\n\n    keep   this\n      indented\n",
            ),
        )
        .build()
        .ok();
    let html = run.read_raw("a/index.html");
    let (before, pre) = html.split_once("<pre").expect("the code block");
    assert!(!before.contains("\n  "), "indentation left in:\n{html}");
    assert!(!before.contains("  "), "runs of spaces left in:\n{html}");
    assert!(before.contains("One and two"), "{html}");
    assert!(
        pre.contains("keep   this\n  indented"),
        "preformatted text changed:\n{html}"
    );
    assert!(!html.contains("<!--"), "comments left in:\n{html}");
    assert!(
        html.to_ascii_lowercase().starts_with("<!doctype html>\n<html"),
        "{html}"
    );
    let css = run.read("haven.css");
    assert!(!css.contains("\n  "), "css not minified");
}

#[test]
fn a_site_template_overrides_the_theme() {
    TestSite::new()
        .file(
            "templates/page.html",
            "{% extends \"base.html\" %}{% block main %}<h1>OVERRIDDEN {{ page.title }}</h1>{% endblock main %}",
        )
        .file("content/a.md", &page("A", "x"))
        .build()
        .ok()
        .has("a/index.html", "OVERRIDDEN A");
}

#[test]
fn a_template_override_that_drops_the_ceop_button_fails_and_names_the_page() {
    TestSite::new()
        .file(
            "templates/base.html",
            "<!DOCTYPE html><html lang=\"{{ lang }}\"><body>{% block main %}{% endblock main %}</body></html>",
        )
        .build()
        .fails()
        .says("page / has no CEOP report button");
}

#[test]
fn rebuilds_are_byte_identical() {
    let site = TestSite::new()
        .file(
            "content/lessons/ks2/a.md",
            "+++\ntitle = \"A\"\n[extra]\ntopics = [\"contact\"]\n+++\n## One\n\n```rust\nfn x() {}\n```\n",
        )
        .file("content/about.md", &page("About", "[a](lessons/ks2/a.md)"));
    site.run(&["build", "--date", "2026-11-22", "-o", "one"]).ok();
    site.run(&["build", "--date", "2026-11-22", "-o", "two"]).ok();
    let files = crate::support::assert_identical(&site.path().join("one"), &site.path().join("two"));
    assert!(files > 10);
}

#[test]
fn lessons_get_band_and_topic_pages() {
    let lesson = |t: &str| format!("+++\ntitle = \"{t}\"\n[extra]\ntopics = [\"contact\"]\nduration = 30\n+++\nx");
    TestSite::new()
        .file("content/lessons/ks2/a.md", &lesson("Alpha lesson"))
        .file("content/lessons/ks1/b.md", &lesson("Bravo lesson"))
        .build()
        .ok()
        .has("lessons/ks2/index.html", "Alpha lesson")
        .lacks("lessons/ks2/index.html", "Bravo lesson")
        .has("topics/contact/index.html", "Alpha lesson")
        .has("topics/contact/index.html", "Bravo lesson")
        .has("lessons/ks2/a/index.html", "30 minutes")
        .missing("topics/content/index.html");
}

#[test]
fn the_404_page_links_from_the_root_of_any_host_because_it_is_served_at_any_depth() {
    let run = TestSite::new()
        .file("content/report.md", &page("Report", "x"))
        .build()
        .ok();
    let links = hrefs(&run.read("404.html"));
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("/safety/haven.pages.") && l.ends_with(".css")),
        "{links:?}"
    );
    assert!(links.contains(&"/safety/report/".to_string()), "{links:?}");
    // Only the canonical and hreflang links name the school's host (DESIGN §6).
    let own_host: Vec<_> = links.iter().filter(|l| l.contains("test.sch.uk")).collect();
    assert!(own_host.iter().all(|l| l.ends_with("/safety/404.html")), "{own_host:?}");
    assert!(
        !run.read("404.html").contains("src=\"https://"),
        "no script from the school's host"
    );
}
