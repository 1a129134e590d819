//! Accessibility lints at build time (issue 9): what DESIGN §8 says every page must carry
//! stops the build with the page, the content file and the fix; what usually hurts is a
//! warning, an error under `--strict`; the stylesheets' colour pairs are checked for AA.

use crate::support::{TestSite, page};

#[test]
fn a_second_h1_in_the_body_stops_the_build_naming_the_file() {
    TestSite::new()
        .file("content/about.md", &page("About", "# About us\n\nHello.\n"))
        .build()
        .fails()
        .says("page /about/ has 2 h1 headings; every page has exactly one")
        .says("content/about.md")
        .says("start the body's headings at `##`");
}

#[test]
fn a_skipped_heading_level_stops_the_build() {
    TestSite::new()
        .file(
            "content/about.md",
            &page("About", "## Who we are\n\n#### Our staff\n\nHello.\n"),
        )
        .build()
        .fails()
        .says("page /about/ skips a heading level: an h4 follows an h2")
        .says("make it an h3 (`###` in Markdown)");
}

#[test]
fn an_image_without_alt_stops_the_build_naming_the_file() {
    TestSite::new()
        .file("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file(
            "content/about.md",
            &page("About", "Hello.\n\n<img src=\"/logo.svg\">\n"),
        )
        .build()
        .fails()
        .says("page /about/ has an image without alt text")
        .says("--> content/about.md")
        .says("alt=\"\" if it only decorates");
}

#[test]
fn a_template_without_lang_and_dir_stops_the_build() {
    TestSite::new()
        .file(
            "templates/page.html",
            "<!DOCTYPE html><html><head><title>x</title></head><body><a href=\"#main\">Skip</a><main id=\"main\"><h1>{{ page.title }}</h1></main><a href=\"{{ site.ceop_url }}\">Report to CEOP</a></body></html>",
        )
        .file("content/about.md", &page("About", "Hello."))
        .build()
        .fails()
        .says("page /about/ has no `lang` or `dir` on <html>");
}

#[test]
fn vague_and_empty_links_and_bare_tables_are_warnings_and_errors_under_strict() {
    let body = "Hello.\n\n[click here](https://www.nspcc.org.uk/)\n\n<a href=\"https://www.childline.org.uk/\"></a>\n\n<table><tr><td>1</td></tr></table>\n";
    let site = TestSite::new().file("content/about.md", &page("About", body));
    site.build()
        .ok()
        .says("warning: page /about/ has a link whose words say nothing on their own: \"click here\"")
        .says("content/about.md:6")
        .says("warning: page /about/ has a link with no words: https://www.childline.org.uk/")
        .says("warning: page /about/ has 1 table(s) without header cells");
    site.run(&["build", "--date", "2026-11-22", "--strict"])
        .fails()
        .says("page /about/ has a link whose words say nothing");
}

#[test]
fn a_good_page_has_no_lint() {
    let body = "Hello.\n\n## Who to tell\n\nRead [Childline's advice on bullying](https://www.childline.org.uk/).\n\n| Day | Club |\n| --- | --- |\n| Monday | Coding |\n\n### More\n\nText.\n";
    let run = TestSite::new()
        .file("content/about.md", &page("About", body))
        .build()
        .ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn pale_text_in_a_stylesheet_is_a_warning_naming_the_rule_and_ratio() {
    TestSite::new()
        .file(
            "static/extra.css",
            "/* Quiet notes */\n\n.quiet {\n  color: #aaaaaa;\n  background: #ffffff;\n}\n",
        )
        .build()
        .ok()
        .says("warning: text #aaaaaa (#aaaaaa) on #ffffff (#ffffff) has contrast 2.32:1, below the 4.5:1 WCAG AA asks for; in static/extra.css, line 3, `.quiet`");
}

#[test]
fn a_theme_colour_changed_in_a_reading_preference_is_checked_too() {
    let css = ":root[data-reading-background=\"night\"] { --background: #1d1d1f; }\n";
    let run = TestSite::new().file("static/night.css", css).build().ok().says(
        "warning: text var(--text) (#1d1d1f) on var(--background) (#1d1d1f) has contrast 1.00:1 with the reading preference `:root[data-reading-background=\"night\"]`",
    );
    assert!(
        !run.stderr.contains("data-reading-background=cream"),
        "the theme's own preferences pass:\n{}",
        run.stderr
    );
}

#[test]
fn the_menu_follows_weights_then_sections_then_pages() {
    let weighted = |title: &str, weight: u32| format!("+++\ntitle = \"{title}\"\nweight = {weight}\n+++\nx");
    let run = TestSite::new()
        .file("content/lessons/_index.md", &weighted("Lessons", 10))
        .file("content/report.md", &weighted("Report a concern", 20))
        .file("content/parents/_index.md", &weighted("Parents", 30))
        .file("content/zebra/_index.md", &page("Zebra", "x"))
        .file("content/about.md", &page("About", "x"))
        .build()
        .ok();
    let html = run.read("index.html");
    let nav = &html[html.find("site-nav").unwrap()..];
    let order: Vec<usize> = ["Lessons", "Report a concern", "Parents", "Zebra", "About"]
        .iter()
        .map(|t| nav.find(&format!(">{t}<")).unwrap_or_else(|| panic!("{t} in {nav}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn a_theme_override_in_oklch_is_checked_and_an_unreadable_colour_is_reported() {
    // A school's override of the theme's colours, written in a modern syntax.
    let css = ":root {\n  --muted: oklch(80% 0 0);\n}\n.banner { color: light-dark(#333, #eee); background: #fff; }\n";
    let run = TestSite::new().file("static/school.css", css).build().ok();
    let run = run
        .says("warning: text var(--muted) (#")
        .says("on var(--background) (#ffffff) has contrast")
        .says("warning: the contrast of text light-dark(#333, #eee) on #fff cannot be checked: `light-dark(#333, #eee)` depends on the reader's light or dark setting; in static/school.css, line 4, `.banner`");
    let muted = run
        .stderr
        .lines()
        .find(|l| l.contains("var(--muted) (#"))
        .unwrap()
        .to_string();
    let ratio: f64 = muted
        .split("has contrast ")
        .nth(1)
        .unwrap()
        .split(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(ratio < 2.0, "oklch(80% 0 0) is a pale grey: {muted}");
}
