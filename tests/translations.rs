//! Translations (issue 3): right-to-left pages and the theme's logical CSS, Fluent plurals
//! per language, the translation report, and errors for bad language files.

use crate::support::{CONFIG_3_LANGS, Run, TestSite, page};
use crate::versions::{lesson, site_with_versions};

#[test]
fn right_to_left_pages_mirror_and_isolate_left_to_right_text() {
    let run = site_with_versions()
        .file(
            "content/help.ur.md",
            &page("مدد", "فون کریں 0800 1111 یا دیکھیں https://www.childline.org.uk اور [Childline](https://www.childline.org.uk)\n"),
        )
        .file("content/help.md", &page("Help", "Call 0800 1111."))
        .build()
        .ok();
    let html = run.read("ur/help/index.html");
    assert!(html.starts_with("<!doctype html><html dir=rtl lang=ur>"), "{html}");
    assert!(html.contains("<span class=phone dir=ltr>0800 1111</span>"), "{html}");
    assert!(
        html.contains("<a href=https://www.childline.org.uk><span dir=ltr>https://www.childline.org.uk</span></a>"),
        "{html}"
    );
    assert!(html.contains("<span dir=ltr>Childline</span>"), "{html}");
    let english = run.read("help/index.html");
    assert!(
        !english.contains("<span dir=ltr>"),
        "left-to-right pages are left as they are"
    );
    let fallback = run.read("ur/about/index.html");
    assert!(fallback.contains("<html dir=rtl lang=ur>"));
    assert!(fallback.contains("<div class=content dir=ltr lang=en>"), "{fallback}");
    assert!(fallback.contains("<h1 dir=ltr lang=en>About us</h1>"), "{fallback}");
}

#[test]
fn the_theme_css_has_no_physical_left_or_right() {
    let run = TestSite::new().build().ok();
    let theme = concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/static");
    let mut sheets = Vec::new();
    for entry in std::fs::read_dir(theme).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "css") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            sheets.push((name.clone(), std::fs::read_to_string(&path).unwrap()));
            sheets.push((format!("built {name}"), run.read(&name)));
        }
    }
    assert!(
        sheets.len() >= 4,
        "{:?}",
        sheets.iter().map(|s| &s.0).collect::<Vec<_>>()
    );
    for (name, css) in sheets {
        let css = without_comments(&css.to_lowercase());
        let mut rest = css.as_str();
        while let Some(i) = rest.find(['l', 'r']) {
            let word: String = rest[i..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            let before = rest[..i].chars().next_back().unwrap_or(' ');
            if (word == "left" || word == "right") && !before.is_ascii_alphanumeric() {
                let context = &rest[i.saturating_sub(30)..(i + 20).min(rest.len())];
                panic!("{name} uses a physical direction: …{context}…");
            }
            rest = &rest[i + word.len().max(1)..];
        }
    }
}

/// CSS without its `/* comments */`.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn fluent_plurals_render_per_language() {
    let mut site = TestSite::new().file("config.toml", CONFIG_3_LANGS);
    for (band, count) in [("eyfs", 1), ("ks1", 3), ("ks2", 5)] {
        for i in 0..count {
            site = site.file(
                &format!("content/lessons/{band}/l{i}.md"),
                &lesson(&format!("L{i}"), "x"),
            );
        }
    }
    let run = site.build().ok();
    let text = |file: &str| run.read(file);
    let (en, pl, ur) = (text("index.html"), text("pl/index.html"), text("ur/index.html"));
    for wanted in ["1 lesson<", "3 lessons", "5 lessons"] {
        assert!(en.contains(wanted), "en lacks {wanted}");
    }
    for wanted in ["1 lekcja", "3 lekcje", "5 lekcji"] {
        assert!(pl.contains(wanted), "pl lacks {wanted}");
    }
    // Urdu isolates the number (U+2068 ... U+2069) so it reads correctly right to left.
    for wanted in [
        "\u{2068}1\u{2069} سبق",
        "\u{2068}3\u{2069} اسباق",
        "\u{2068}5\u{2069} اسباق",
    ] {
        assert!(ur.contains(wanted), "ur lacks {wanted}");
    }
}

/// The message ids of a Fluent file.
fn message_count(ftl: &str) -> usize {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" ="))
        .count()
}

#[test]
fn the_translation_report_counts_strings_and_pages() {
    let theme_en = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/i18n/en.ftl")).unwrap();
    let total = message_count(&theme_en) + 2;
    let run: Run = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("i18n/en.ftl", "school-motto = Learn together\nschool-hours = 9 to 3\n")
        .file("i18n/pl.ftl", "school-motto = Uczymy się razem\n")
        .file("content/_index.pl.md", &page("Start", "x"))
        .file("content/a.md", &page("A", "x"))
        .file("content/a.pl.md", &page("A pl", "x"))
        .file("content/a.easy.ur.md", &page("A ur", "x"))
        .file("content/b.md", &page("B", "x"))
        .build()
        .ok();
    let pl = format!("pl (Polski): 1 of {total} UI strings missing; 2 of 3 pages translated");
    let ur = format!("ur (اردو): 2 of {total} UI strings missing; 0 of 3 pages translated");
    // The report goes to standard error, beside the warnings.
    assert!(run.stderr.contains(&pl), "wanted {pl:?} in:\n{}", run.stderr);
    assert!(run.stderr.contains(&ur), "wanted {ur:?} in:\n{}", run.stderr);
}

#[test]
fn a_file_for_an_unknown_language_or_version_is_an_error() {
    for (file, named) in [("content/a.de.md", "`de`"), ("content/a.hard.md", "`hard`")] {
        TestSite::new()
            .file("config.toml", CONFIG_3_LANGS)
            .file("content/a.md", &page("A", "x"))
            .file(file, &page("A", "x"))
            .build()
            .fails()
            .says(file)
            .says(named)
            .says("is not a language or a version of this site");
    }
}

#[test]
fn a_fluent_syntax_error_names_file_and_line() {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("i18n/pl.ftl", "nav-home = Start\n\nbroken = {\n")
        .build()
        .fails()
        .says("Fluent syntax error")
        .says("i18n/pl.ftl:3");
}
