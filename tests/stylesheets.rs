//! One stylesheet a page (issue 20: a parent's phone over mobile data): every page links
//! one combined, hashed file of the theme's stylesheets it needs and the school's
//! `[brand]` ones; a page with code links the code stylesheet too. A site's own copy of a
//! theme stylesheet and `[brand] css` still win, and findings in a stylesheet still name
//! the file the author wrote.

use crate::support::{CONFIG, TestSite, hrefs, page};

/// The stylesheets a written page links, in order.
fn stylesheets(html: &str) -> Vec<String> {
    hrefs(html).into_iter().filter(|h| h.ends_with(".css")).collect()
}

/// The one combined stylesheet a page links (a path under the output, as written).
fn combined(run: &crate::support::Run, page: &str) -> (String, String) {
    let sheets = stylesheets(&run.read_raw(page));
    let name = |h: &String| h.rsplit('/').next().unwrap_or_default().to_string();
    let bundle = sheets
        .iter()
        .find(|h| name(h).starts_with("haven.") && name(h).matches('.').count() == 3)
        .unwrap_or_else(|| panic!("{page} links no combined stylesheet: {sheets:?}"));
    // The 404 page links from the root of the site's address (/safety/), others relatively.
    let at = match bundle.strip_prefix("/safety/") {
        Some(from_root) => std::path::PathBuf::from(from_root),
        None => std::path::Path::new(page).parent().unwrap().join(bundle),
    };
    let text = std::fs::read_to_string(run.output.join(&at)).unwrap_or_else(|e| panic!("{}: {e}", at.display()));
    (name(bundle), text)
}

#[test]
fn every_page_links_one_stylesheet_and_a_page_with_code_two() {
    let run = TestSite::new()
        .file("content/report.md", &page("Report", "Tell us."))
        .file(
            "content/code.md",
            &page("Code", "```rust\nfn main() { let x = 1; }\n```\n"),
        )
        .build()
        .ok();
    for page in ["index.html", "report/index.html", "search/index.html", "404.html"] {
        let sheets = stylesheets(&run.read_raw(page));
        assert_eq!(sheets.len(), 1, "{page}: {sheets:?}");
        let (name, text) = combined(&run, page);
        assert!(
            text.contains(".skip-link") && text.contains(".site-header"),
            "{page} {name}"
        );
    }
    let (home, text) = combined(&run, "index.html");
    assert!(home.starts_with("haven.pages."), "{home}");
    assert!(text.contains(".report-ceop-facts"), "the home page's set has pages.css");
    assert!(
        combined(&run, "404.html").0.contains("haven.pages."),
        "the same file as every page"
    );
    let code = stylesheets(&run.read_raw("code/index.html"));
    assert_eq!(code.len(), 2, "{code:?}");
    assert!(
        code[0].ends_with("syntax.css"),
        "the code stylesheet first, so the school's still come last: {code:?}"
    );
    // The separate files are still written, for a site's own templates.
    run.exists("haven.css").exists("pages.css").exists("syntax.css");
}

#[test]
fn a_sites_own_copy_of_a_theme_stylesheet_wins_in_the_combined_file() {
    let run = TestSite::new()
        .file("static/pages.css", ".our-own-pages { color: #123456; }\n")
        .build()
        .ok();
    let (_, text) = combined(&run, "index.html");
    assert!(text.contains(".our-own-pages"), "{text}");
    assert!(
        !text.contains(".report-ceop-facts"),
        "the theme's pages.css is replaced, not added"
    );
    assert!(
        text.find(".skip-link") < text.find(".our-own-pages"),
        "in the theme's place, after haven.css"
    );
    let first = combined(&run, "index.html").0;
    let changed = TestSite::new()
        .file("static/pages.css", ".our-own-pages { color: #654321; }\n")
        .build()
        .ok();
    assert_ne!(
        first,
        combined(&changed, "index.html").0,
        "a changed stylesheet is a new name"
    );
}

#[test]
fn the_schools_stylesheets_come_last_and_their_urls_still_lead_to_their_files() {
    let run = TestSite::new()
        .file(
            "config.toml",
            &format!("{CONFIG}\n[brand]\ncolour = \"#1d4d2b\"\ncss = \"theme/school.css\"\n"),
        )
        .file(
            "static/theme/school.css",
            ".site-header { border-color: #1d4d2b; background: url(paper.svg); }\n.last-rule { color: #000; }\n",
        )
        .file("static/theme/paper.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .build()
        .ok();
    for page in ["index.html", "404.html"] {
        let (_, text) = combined(&run, page);
        let theme = text.find(".site-header").unwrap();
        let colour = text.find("--accent:#1d4d2b").expect("brand.css");
        let school = text.find(".last-rule").expect("[brand] css");
        assert!(
            theme < colour && colour < school,
            "{page}: theme, brand.css, then [brand] css: {text}"
        );
        assert!(text.contains("url(theme/paper.svg)"), "{text}");
        assert!(
            text.trim_end().ends_with(".last-rule{color:#000}"),
            "nothing after the school's rules: {text}"
        );
    }
    assert_eq!(stylesheets(&run.read_raw("index.html")).len(), 1);
}

#[test]
fn a_finding_in_a_stylesheet_names_the_authors_file_not_the_combined_one() {
    let run = TestSite::new()
        .file("config.toml", &format!("{CONFIG}\n[brand]\ncss = \"school.css\"\n"))
        .file(
            "static/school.css",
            "body {\n  color: #000;\n}\n.banner { background: url(img/paper.png); }\n",
        )
        .file(
            "static/pages.css",
            "p {\n  color: #111;\n}\n.x { background: url(missing.png); }\n",
        )
        .build()
        .fails()
        .says("static/school.css:4")
        .says("static/pages.css:4");
    assert!(!run.stderr.contains("haven.pages."), "{}", run.stderr);
}
