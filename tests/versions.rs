//! Every family's language and every learner (issue 3): the URLs of DESIGN §6, the version
//! switcher, "not yet translated" notices, navigation per language and easy-read pages.

use std::collections::HashMap;

use haven::routes::relative::resolve;

use crate::support::{CONFIG_3_LANGS, TestSite, page};

/// A lesson's front matter and body.
pub fn lesson(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n[extra]\ntopics = [\"contact\"]\n+++\n{body}")
}

/// A three-language site with one lesson in four versions and one plain page.
pub fn site_with_versions() -> TestSite {
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
        easy.contains("<li><span class=picture-line><img alt src=../../../../pictures/key.svg><span class=picture-words> A password is a key.</span></span>"),
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
fn navigation_names_pages_in_the_readers_language_and_marks_the_rest() {
    let run = site_with_versions()
        .file("content/contact.md", &page("Contact us", "x"))
        .file("content/contact.pl.md", &page("Kontakt", "x"))
        .build()
        .ok();
    // From an easy-read page, a page with no easy-read version is linked (and named) in its
    // standard version in the reader's language.
    let html = run.read("pl/easy/lessons/ks2/passwords/index.html");
    assert!(html.contains("<a href=../../../../contact/>Kontakt</a>"), "{html}");
    assert!(
        html.contains("<a dir=ltr href=../../../../about/ lang=en>About us</a>"),
        "an untranslated title carries its language: {html}"
    );
}
