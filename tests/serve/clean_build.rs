//! After any sequence of edits the preview serves exactly what a clean build writes.

use std::cell::RefCell;
use std::collections::BTreeSet;

use super::*;

thread_local! {
    /// Every file the clean builds of this test's steps have written so far.
    static SEEN: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Asserts that the preview serves exactly the files a clean `haven build` of the site
/// writes, byte for byte but for the live-reload script.
/// A file an earlier step's clean build wrote and this one does not must be gone.
#[track_caller]
fn assert_same_as_clean_build(preview: &Preview, site: &TestSite, step: &str) {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    // A clean build has no history: the URLs an earlier step published do not bind it.
    let _ = std::fs::remove_file(site.path().join("published-urls.txt"));
    let built = site.run(&["build", "--date", "2026-11-22", "-o", target.to_str().unwrap()]);
    assert_eq!(built.code, 0, "{step}: the clean build failed:\n{}", built.stderr);
    let files: Vec<String> = files_under(&target)
        .into_iter()
        .filter(|f| f != ".haven-output")
        .collect();
    let gone: Vec<String> = SEEN.with_borrow_mut(|seen| {
        seen.extend(files.iter().cloned());
        seen.iter().filter(|f| !files.contains(f)).cloned().collect()
    });
    for file in gone {
        let served = preview.get(&format!("/{}", file.replace(' ', "%20")));
        assert_eq!(served.status, 404, "{step}: /{file} is still served");
    }
    for file in &files {
        let clean = std::fs::read(target.join(file)).unwrap();
        let served = preview.get(&format!("/{}", file.replace(' ', "%20")));
        assert_eq!(served.status, 200, "{step}: /{file} is not served");
        if file.ends_with(".html") {
            let served = without_live_reload(&served.text());
            assert_eq!(served, String::from_utf8(clean).unwrap(), "{step}: /{file} differs");
        } else {
            assert!(served.body == clean, "{step}: /{file} differs");
        }
    }
}

/// An edit that writes `text` into the site file `rel`.
fn edit(rel: &'static str, text: String) -> impl FnOnce(&Path) {
    move |root: &Path| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap()
    }
}

/// A step of the editing session: what the author does, and what the preview must do.
fn step(preview: &Preview, site: &TestSite, events: &mut Events, name: &str, edit: impl FnOnce(&Path)) {
    edit(site.path());
    events.wait_for("reload");
    assert_same_as_clean_build(preview, site, name);
}

#[test]
fn after_any_sequence_of_edits_the_served_site_equals_a_clean_build() {
    let port = free_port();
    let config = CONFIG_3_LANGS.replace("https://test.sch.uk/safety/", &format!("http://127.0.0.1:{port}/"));
    let section = |title: &str| page(title, "");
    let site = TestSite::new()
        .file("config.toml", &config)
        .file("content/lessons/_index.md", &section("Lessons"))
        .file("content/lessons/ks1/_index.md", &section("Key stage 1"))
        .file("content/lessons/ks2/_index.md", &section("Key stage 2"))
        .file(
            "content/lessons/ks1/sharing.md",
            &lesson("Sharing", "ks1", "\"contact\"", 1, "## Share\n\nAsk first."),
        )
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson(
                "Passwords",
                "ks2",
                "\"conduct\"",
                1,
                "## Keep\n\nSecret. See [sharing](@/lessons/ks1/sharing.md#share).",
            ),
        )
        .file(
            "content/lessons/ks2/games.md",
            &lesson("Games", "ks2", "\"contact\"", 2, "Play kindly."),
        )
        .file("content/parents/_index.md", &section("Parents"))
        .file("content/parents/apps.md", &page("Apps", "Check the age rating."))
        .file("content/about.md", &page("About", "Our school."))
        .file("static/extra.css", "p { color: #222; }\n");
    let preview = Preview::start_on(&site, port, &[]);
    let mut events = preview.events();
    events.wait_for("hello");
    assert_same_as_clean_build(&preview, &site, "the first build");
    step(
        &preview,
        &site,
        &mut events,
        "a lesson's text",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Games", "ks2", "\"contact\"", 2, "Play kindly, and stop when you want."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a new lesson",
        edit(
            "content/lessons/ks2/chat.md",
            lesson("Chat", "ks2", "\"contact\", \"commerce\"", 3, "Who is it?"),
        ),
    );
    step(&preview, &site, &mut events, "a lesson renamed", |root| {
        std::fs::rename(
            root.join("content/lessons/ks2/chat.md"),
            root.join("content/lessons/ks2/group-chat.md"),
        )
        .unwrap()
    });
    assert_eq!(preview.get("/lessons/ks2/chat/").status, 404);
    step(&preview, &site, &mut events, "a page deleted", |root| {
        std::fs::remove_file(root.join("content/parents/apps.md")).unwrap()
    });
    assert_eq!(preview.get("/pl/parents/apps/").status, 404);
    step(
        &preview,
        &site,
        &mut events,
        "a translation added",
        edit("content/lessons/ks2/games.pl.md", page("Gry", "Graj uprzejmie.")),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a title changed",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Online games", "ks2", "\"contact\"", 2, "Play kindly."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a weight changed",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Online games", "ks2", "\"contact\"", 0, "Play kindly."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "topics changed",
        edit(
            "content/lessons/ks2/passwords.md",
            lesson(
                "Passwords",
                "ks2",
                "\"content\"",
                1,
                "## Keep\n\nSecret. See [sharing](@/lessons/ks1/sharing.md#share).",
            ),
        ),
    );
    save(
        &site,
        "content/lessons/ks2/games.md",
        "+++\ntitle = \"Online games\nweight = 0\n+++\nBroken.\n",
    );
    events.wait_for("problem");
    step(
        &preview,
        &site,
        &mut events,
        "front matter broken and fixed",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Online games", "ks2", "\"contact\"", 0, "Fixed."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "an easy-read version added",
        edit("content/lessons/ks2/games.easy.md", page("Games (easy)", "Be kind.")),
    );
    // Another page links to #share: renaming the heading breaks that link, as a clean
    // build would say, though the linking page itself did not change.
    save(
        &site,
        "content/lessons/ks1/sharing.md",
        &lesson("Sharing", "ks1", "\"contact\"", 1, "## Sharing safely\n\nAsk first."),
    );
    let broken = events.wait_for("problem");
    assert!(broken.contains("#share"), "{broken}");
    step(
        &preview,
        &site,
        &mut events,
        "a heading others link to renamed, then put back",
        edit(
            "content/lessons/ks1/sharing.md",
            lesson("Sharing", "ks1", "\"contact\"", 1, "## Share\n\nAsk first, always."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a section's title changed",
        edit("content/lessons/ks2/_index.md", section("Years 3 to 6")),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a top-level page's title changed",
        edit("content/about.md", page("About us", "Our school.")),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a stylesheet changed",
        edit("static/extra.css", "p { color: #111; }\n".into()),
    );
    step(&preview, &site, &mut events, "a template added", edit("templates/page.html", "{% extends \"base.html\" %}{% block main %}{% include \"partials/title.html\" %}<p class=own>Own template</p>{% include \"partials/body.html\" %}{% endblock main %}".into()));
}
