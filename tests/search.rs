//! Search (issues 8 and 20): a listing per language and version beside each search page,
//! shards of words and each page once in `/search-index/`, all scripts built at build
//! time, and a search page that still helps with JavaScript off.
//! The matching itself runs in the browser: tests/browser/suites/search.test.mjs.

use serde_json::Value;

use crate::support::{CONFIG_3_LANGS, Run, TestSite, files_under, page};

fn lesson(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n[extra]\nband = \"ks2\"\n+++\n{body}")
}

fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/lessons/ks2/_index.md", &page("Key Stage 2", ""))
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson("Passwords", "A strong **passphrase** keeps your account private."),
        )
        .file(
            "content/lessons/ks2/passwords.pl.md",
            &lesson("Hasła", "Silne hasło chroni Twoje konto. Zgłoś problem dorosłemu."),
        )
        .file(
            "content/lessons/ks2/passwords.ur.md",
            &lesson("پاس ورڈ", "مضبوط پاس ورڈ آپ کے اکاؤنٹ کو محفوظ رکھتا ہے۔"),
        )
        .file(
            "content/lessons/ks2/passwords.easy.md",
            &lesson("Passwords (easy read)", "Keep your password secret."),
        )
        .file("content/report.md", &page("Report a concern", "Tell a trusted adult."))
}

/// The data a script of the index hands to `havenSearchLoaded`.
#[track_caller]
fn loaded(run: &Run, rel: &str) -> Value {
    let script = run.read(rel);
    let json = script
        .strip_prefix("havenSearchLoaded(\"")
        .and_then(|s| s.split_once("\","))
        .and_then(|(_, s)| s.trim_end().strip_suffix(");"))
        .unwrap_or_else(|| panic!("{rel} is not a script of the index: {script}"));
    serde_json::from_str(json).unwrap()
}

/// `url` (relative to the folder `from`), relative to `from` again the shortest way.
fn shortest(from: &str, url: &str) -> String {
    let mut at: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let base = at.len();
    let mut to = at.clone();
    for segment in url.split('/') {
        match segment {
            ".." => drop(to.pop()),
            "." | "" => {}
            s => to.push(s),
        }
    }
    let folder = url.ends_with('/') || url.ends_with("./");
    let common = at.iter().zip(&to).take_while(|(a, b)| a == b).count();
    at.truncate(common);
    let mut out = "../".repeat(base - common) + &to[common..].join("/");
    if folder && !out.is_empty() && !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// The listing at `rel` and its pages, each `[url, title, band, lang, text]` as the search
/// page shows them (the page's language only when it is not the listing's).
#[track_caller]
fn index(run: &Run, rel: &str) -> (Value, Vec<Vec<String>>) {
    let listing = loaded(run, rel);
    let from = rel.rsplit_once('/').map_or("", |(folder, _)| folder);
    let root_to_index = format!("{from}/{}search-index", listing["root"].as_str().unwrap());
    let digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut pages = Vec::new();
    for (i, c) in listing["pages"].as_str().unwrap().chars().enumerate() {
        let six = digits.find(c).unwrap();
        for bit in (0..6).filter(|b| six & (1 << b) != 0) {
            let folder = shortest("", &root_to_index);
            let page = loaded(run, &format!("{folder}/p{}.js", i * 6 + bit));
            let url = format!(
                "{}{}",
                listing["root"].as_str().unwrap(),
                page["u"][listing["name"].as_str().unwrap()].as_str().unwrap()
            );
            let lang = page["l"].as_str().unwrap();
            pages.push(vec![
                shortest(from, &url),
                page["t"].as_str().unwrap().to_string(),
                listing["bands"][page["b"].as_str().unwrap()]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                if lang == listing["lang"] {
                    String::new()
                } else {
                    lang.to_string()
                },
                page["x"].as_str().unwrap().to_string(),
            ]);
        }
    }
    (listing, pages)
}

/// The one page of an index whose text has `word`.
#[track_caller]
fn with_word<'a>(pages: &'a [Vec<String>], word: &str) -> &'a Vec<String> {
    let found: Vec<&Vec<String>> = pages.iter().filter(|p| p[4].contains(word)).collect();
    assert_eq!(found.len(), 1, "pages with {word:?}: {found:?}");
    found[0]
}

#[test]
fn search_finds_words_in_english_polish_and_urdu_pages() {
    let run = site().build().ok();
    let (en, en_pages) = index(&run, "search/standard.js");
    assert_eq!(en["lang"], "en");
    let hit = with_word(&en_pages, "passphrase");
    assert_eq!(hit[..4], ["../lessons/ks2/passwords/", "Passwords", "Key Stage 2", ""]);
    let (_, pl_pages) = index(&run, "pl/search/standard.js");
    let hit = with_word(&pl_pages, "hasło");
    assert_eq!(
        hit[..4],
        ["../lessons/ks2/passwords/", "Hasła", "Etap 2 (Key Stage 2)", ""]
    );
    assert!(hit[4].contains("Zgłoś"), "{hit:?}");
    let (_, ur_pages) = index(&run, "ur/search/standard.js");
    let hit = with_word(&ur_pages, "اکاؤنٹ");
    assert_eq!(hit[..4], ["../lessons/ks2/passwords/", "پاس ورڈ", "کی اسٹیج 2", ""]);
    run.exists("pl/lessons/ks2/passwords/index.html")
        .exists("ur/lessons/ks2/passwords/index.html");
}

#[test]
fn untranslated_pages_are_found_in_their_own_language() {
    let run = site().build().ok();
    let (pl, pages) = index(&run, "pl/search/standard.js");
    let report = with_word(&pages, "trusted adult");
    assert_eq!(report[..4], ["../report/", "Report a concern", "", "en"]);
    assert_eq!(pl["dirs"]["en"], "ltr");
    let titles: Vec<&str> = pages.iter().map(|p| p[1].as_str()).collect();
    assert!(
        titles.contains(&"Etap 2 (Key Stage 2)") || titles.contains(&"Key Stage 2"),
        "{titles:?}"
    );
}

#[test]
fn each_version_has_its_own_index() {
    let run = site().build().ok();
    let (easy, pages) = index(&run, "search/easy.js");
    assert_eq!(easy["version"], "easy");
    let hit = with_word(&pages, "secret");
    assert_eq!(hit[0], "../easy/lessons/ks2/passwords/");
    assert!(
        !pages.iter().any(|p| p[4].contains("passphrase")),
        "easy readers get the easy page"
    );
    let report = with_word(&pages, "trusted");
    assert_eq!(
        report[0], "../report/",
        "pages with no easy version lead to the standard one"
    );
    let (eal, pages) = index(&run, "pl/search/eal.js");
    assert_eq!(eal["version"], "eal");
    assert_eq!(
        with_word(&pages, "passphrase")[0],
        "../../eal/pl/lessons/ks2/passwords/"
    );
    run.missing("search/eal.js");
}

#[test]
fn portable_index_urls_name_files_that_exist() {
    let run = site().run(&["build", "--date", "2026-11-22", "--portable"]).ok();
    for rel in ["search/standard.js", "pl/search/easy.js", "ur/search/eal.js"] {
        let folder = run.output.join(rel).parent().unwrap().to_path_buf();
        for p in index(&run, rel).1 {
            assert!(p[0].ends_with("index.html"), "{rel}: {}", p[0]);
            assert!(folder.join(&p[0]).is_file(), "{rel}: {} does not exist", p[0]);
        }
    }
}

#[test]
fn the_search_page_helps_without_javascript() {
    let run = site()
        .build()
        .ok()
        .has("pl/search/index.html", "Wyszukiwanie wymaga JavaScriptu")
        .has("pl/search/index.html", "href=../lessons/")
        .has("pl/search/index.html", "haven-search.js")
        .has("ur/search/index.html", "تلاش کے لیے جاوا اسکرپٹ")
        .has("search/index.html", "name=q")
        .has("lessons/ks2/passwords/index.html", "role=search")
        .has("easy/lessons/ks2/passwords/index.html", "name=v type=hidden value=easy")
        .lacks("search/index.html", "search-box-words");
    for file in files_under(&run.output).iter().filter(|f| f.ends_with(".html")) {
        let html = run.read(file);
        if !file.ends_with("search/index.html") {
            assert!(!html.contains("haven-search.js"), "{file} loads search");
            assert!(!html.contains("standard.js"), "{file} loads an index");
        }
    }
}

#[test]
fn an_untranslated_page_is_in_the_index_once_and_every_word_in_its_shard() {
    let run = site().build().ok();
    let with_report: Vec<String> = files_under(&run.output.join("search-index"))
        .into_iter()
        .filter(|f| run.read(&format!("search-index/{f}")).contains("Tell a trusted adult"))
        .collect();
    assert_eq!(
        with_report.len(),
        1,
        "the English report page, shown in 3 languages and 2 versions: {with_report:?}"
    );
    let listing = loaded(&run, "pl/search/standard.js");
    let shards = listing["shards"].as_array().unwrap();
    let mut found = 0;
    for (i, range) in shards.iter().enumerate() {
        let (first, last) = (range[0].as_str().unwrap(), range[1].as_str().unwrap());
        for entry in loaded(&run, &format!("search-index/w{i}.js")).as_array().unwrap() {
            let word = entry[0].as_str().unwrap();
            assert!(first <= word && word <= last, "{word} outside {first}..{last}");
            found += usize::from(["hasło", "haslo", "zglos", "اکاونٹ", "trusted"].contains(&word));
        }
    }
    assert_eq!(
        found, 4,
        "words are folded (hasło as haslo, Zgłoś as zglos, اکاؤنٹ without its hamza) and found once"
    );
}
