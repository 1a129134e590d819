//! Every family's language and every learner (issue 3): the URLs of DESIGN §6, the version
//! switcher, right-to-left pages, "not yet translated" notices, Fluent plurals, the
//! translation report, easy-read pages and bad input.

use std::collections::HashMap;

use haven::routes::relative::resolve;

use crate::support::{CONFIG_3_LANGS, Run, TestSite, page};

/// A lesson's front matter and body.
fn lesson(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n[extra]\ntopics = [\"contact\"]\n+++\n{body}")
}

/// A three-language site with one lesson in four versions and one plain page.
fn site_with_versions() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson("Passwords", "Keep it secret."),
        )
        .file(
            "content/lessons/ks2/passwords.pl.md",
            &page("Hasła", "Trzymaj je w tajemnicy."),
        )
        .file(
            "content/lessons/ks2/passwords.easy.md",
            &page("Passwords (easy)", "Keep it secret."),
        )
        .file(
            "content/lessons/ks2/passwords.easy.ur.md",
            &page("پاس ورڈ", "اسے راز رکھیں۔"),
        )
        .file("content/about.md", &page("About us", "We are a school."))
}

/// The attributes of every `<TAG ...>` in `html`, in order (quoted or bare values).
pub fn tags(html: &str, tag: &str) -> Vec<HashMap<String, String>> {
    let open = format!("<{tag} ");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        rest = &rest[i + open.len()..];
        let mut attrs = HashMap::new();
        loop {
            rest = rest.trim_start();
            if rest.starts_with('>') || rest.starts_with("/>") || rest.is_empty() {
                break;
            }
            let name_end = rest
                .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
                .unwrap_or(rest.len());
            let name = rest[..name_end].to_string();
            rest = &rest[name_end..];
            let value = if let Some(after) = rest.strip_prefix('=') {
                let (value, next) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let end = after[1..].find(q).map_or(after.len(), |e| e + 1);
                        (&after[1..end], &after[(end + 1).min(after.len())..])
                    }
                    _ => {
                        let end = after
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                rest = next;
                value.replace("&amp;", "&")
            } else {
                String::new()
            };
            attrs.insert(name, value);
        }
        out.push(attrs);
    }
    out
}

/// The `<a>` tags of a page's version switcher.
fn switcher_links(html: &str) -> Vec<HashMap<String, String>> {
    let start = html.find("data-versions").expect("the page has a version switcher");
    let end = start + html[start..].find("</nav>").unwrap();
    tags(&html[start..end], "a")
}

/// The site path of an output file (`pl/a/index.html` -> `/pl/a/`).
fn route_of(file: &str) -> String {
    format!("/{}", file.trim_end_matches("index.html"))
}

/// The output file of a site path.
fn file_of(path: &str) -> String {
    let p = path.trim_start_matches('/');
    if p.is_empty() || p.ends_with('/') {
        format!("{p}index.html")
    } else {
        p.to_string()
    }
}

#[test]
fn every_url_of_design_6_exists_for_the_versions_present() {
    let run = site_with_versions().build().ok();
    for file in [
        "lessons/ks2/passwords/index.html",
        "pl/lessons/ks2/passwords/index.html",
        "ur/lessons/ks2/passwords/index.html",
        "easy/lessons/ks2/passwords/index.html",
        "pl/easy/lessons/ks2/passwords/index.html",
        "ur/easy/lessons/ks2/passwords/index.html",
        "eal/pl/lessons/ks2/passwords/index.html",
        "eal/ur/lessons/ks2/passwords/index.html",
        "about/index.html",
        "pl/about/index.html",
        "ur/about/index.html",
        "pl/index.html",
        "ur/lessons/ks2/index.html",
        "pl/topics/contact/index.html",
        "ur/search/index.html",
        "pl/accessibility/index.html",
    ] {
        assert!(run.output.join(file).is_file(), "{file} was not written");
    }
    let run = run
        .missing("eal/en/lessons/ks2/passwords/index.html")
        .missing("easy/about/index.html")
        .missing("pl/easy/about/index.html")
        .missing("eal/pl/about/index.html");
    let sitemap = run.read("sitemap.xml");
    for (lang, url) in [
        ("pl", "https://test.sch.uk/safety/pl/easy/lessons/ks2/passwords/"),
        ("ur", "https://test.sch.uk/safety/eal/ur/lessons/ks2/passwords/"),
    ] {
        assert!(
            sitemap.contains(&format!("hreflang=\"{lang}\" href=\"{url}\"")),
            "sitemap lacks {url}"
        );
    }
}

#[test]
fn switcher_links_resolve_and_carry_hreflang_and_lang() {
    let run = site_with_versions().build().ok();
    let pages = [
        "lessons/ks2/passwords/index.html",
        "pl/lessons/ks2/passwords/index.html",
        "ur/easy/lessons/ks2/passwords/index.html",
        "eal/ur/lessons/ks2/passwords/index.html",
        "pl/about/index.html",
    ];
    for file in pages {
        let html = run.read(file);
        let links = switcher_links(&html);
        assert!(links.len() >= 3, "{file}: {links:?}");
        for link in &links {
            let target = resolve(&route_of(file), &link["href"]).expect("stays inside the site");
            let target_html = run.read(&file_of(&target));
            // What the link says it leads to is what the page is (versions.js relies on it).
            let lang = &link["data-lang"];
            assert!(
                target_html.contains(&format!("lang={lang}>")) || target_html.contains(&format!("lang=\"{lang}\">")),
                "{file}: {target} is not in {lang}"
            );
            assert!(
                target_html.contains(&format!("version-{} ", link["data-version"])),
                "{file}: {target} is not the {} version",
                link["data-version"]
            );
            if link.contains_key("hreflang") || link.get("class").is_none() {
                assert_eq!(link.get("hreflang"), Some(lang), "{file}: {link:?}");
                assert_eq!(link.get("lang"), Some(lang), "{file}: {link:?}");
            }
        }
    }
    let english = switcher_links(&run.read("lessons/ks2/passwords/index.html"));
    let names: Vec<&str> = english
        .iter()
        .filter(|l| l.contains_key("hreflang") && l.get("class").is_none())
        .map(|l| l["data-lang"].as_str())
        .collect();
    assert_eq!(names, ["en", "pl", "ur"]);
    let html = run.read("lessons/ks2/passwords/index.html");
    assert!(
        html.contains(">Polski</a>") && html.contains(">اردو</a>"),
        "languages are named in themselves"
    );
    let eal: Vec<&str> = english
        .iter()
        .filter(|l| l.get("class").map(String::as_str) == Some("version-eal"))
        .map(|l| l["lang"].as_str())
        .collect();
    assert_eq!(eal, ["pl", "ur"], "the English lesson offers each EAL page");
    assert!(
        html.contains("<link href=https://test.sch.uk/safety/pl/lessons/ks2/passwords/ hreflang=pl rel=alternate>"),
        "head alternates: {html}"
    );
    let about = switcher_links(&run.read("pl/about/index.html"));
    assert!(
        about.iter().all(|l| l["data-version"] == "standard"),
        "no easy-read or EAL link where there is none: {about:?}"
    );
}

#[test]
fn the_switcher_script_is_published_and_linked() {
    let run = site_with_versions().build().ok();
    let html = run.read("pl/lessons/ks2/passwords/index.html");
    let scripts = tags(&html, "script");
    let src = &scripts
        .iter()
        .find(|s| s["src"].ends_with("versions.js"))
        .expect("versions.js is linked")["src"];
    let path = resolve("/pl/lessons/ks2/passwords/", src).unwrap();
    let script = run.read(&file_of(&path));
    assert!(script.contains("localStorage") && script.contains("data-versions"));
    assert!(
        !script.contains("import ") && !script.contains("=>"),
        "plain ES5, no modules: works from file://"
    );
}

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
fn untranslated_pages_carry_the_notice_in_the_readers_language() {
    let run = site_with_versions()
        .file("content/news.md", &page("News", "x"))
        .file("content/news.easy.ur.md", &page("خبریں", "x"))
        .build()
        .ok();
    run.has("pl/about/index.html", "Ta strona nie jest jeszcze przetłumaczona")
        .has("pl/about/index.html", "role=note")
        .has("ur/about/index.html", "اس صفحے کا اردو ترجمہ ابھی نہیں ہوا")
        .lacks("about/index.html", "not-translated")
        .lacks("pl/lessons/ks2/passwords/index.html", "not-translated")
        .has(
            "pl/easy/lessons/ks2/passwords/index.html",
            "Ta strona nie jest jeszcze przetłumaczona",
        )
        .has(
            "easy/news/index.html",
            "There is no easy-read version of this page in English yet",
        )
        .lacks("ur/easy/news/index.html", "not-translated");
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
fn easy_read_keeps_each_line_and_sets_pictures_beside_words() {
    let run = TestSite::new()
        .file("static/pictures/key.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file(
            "content/lessons/ks1/passwords.md",
            &lesson("Passwords", "One idea.\nSame paragraph.\n"),
        )
        .file(
            "content/lessons/ks1/passwords.easy.md",
            &page(
                "Passwords",
                "One idea.\nAnother idea.\n\n- ![](/pictures/key.svg) A password is a key.\n- No picture.\n",
            ),
        )
        .build()
        .ok();
    let easy = run.read("easy/lessons/ks1/passwords/index.html");
    assert!(easy.contains("class=\"version-easy kind-lesson\""), "{easy}");
    assert!(easy.contains("One idea.<br>"), "{easy}");
    assert!(
        easy.contains("<li><span class=picture-line><img alt src=\"../../../../pictures/key.svg\"><span class=picture-words> A password is a key.</span></span>"),
        "{easy}"
    );
    let standard = run.read("lessons/ks1/passwords/index.html");
    assert!(!standard.contains("<br>"), "standard pages join lines: {standard}");
    let css = run.read("versions.css");
    assert!(
        css.contains(".version-easy main{font-size:") && css.contains(".picture-line"),
        "{css}"
    );
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

#[test]
fn navigation_names_pages_in_the_readers_language_and_marks_the_rest() {
    let run = site_with_versions()
        .file("content/contact.md", &page("Contact us", "x"))
        .file("content/contact.pl.md", &page("Kontakt", "x"))
        .build()
        .ok();
    // From an easy-read page, a page with no easy-read version is linked (and named) in its
    // standard version in the reader's language.
    let html = run.read("pl/easy/lessons/ks2/passwords/index.html");
    assert!(html.contains("<a href=\"../../../../contact/\">Kontakt</a>"), "{html}");
    assert!(
        html.contains("<a dir=ltr href=\"../../../../about/\" lang=en>About us</a>"),
        "an untranslated title carries its language: {html}"
    );
}
