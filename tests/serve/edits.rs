//! Edits while the preview runs: pages reload with the new text, rename-saves are seen,
//! a broken edit keeps the last good page, and an edit renders only what shows it.

use super::*;

#[test]
fn an_edit_reloads_open_pages_with_the_new_text() {
    let site = TestSite::new().file("content/about.md", &page("About", "First words."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    let hello = events.wait_for("hello");
    assert!(
        preview
            .get("/about/")
            .text()
            .contains(&format!("data-build=\"{hello}\""))
    );
    save(&site, "content/about.md", &page("About", "Second words."));
    let build = events.wait_for("reload");
    assert_ne!(build, hello, "a new build has a new number");
    let about = preview.get("/about/").text();
    assert!(about.contains("Second words."), "{about}");
    assert!(about.contains(&format!("data-build=\"{build}\"")));
}

#[test]
fn editors_that_save_by_renaming_are_seen_and_their_temporary_files_are_not() {
    let site = TestSite::new().file("content/about.md", &page("About", "First words."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    // vim: a test file, a swap file, a backup by renaming, the new file, then cleaning up.
    let dir = site.path().join("content");
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::remove_file(dir.join("4913")).unwrap();
    std::fs::write(dir.join(".about.md.swp"), "swap").unwrap();
    std::fs::rename(dir.join("about.md"), dir.join("about.md~")).unwrap();
    std::fs::write(dir.join("about.md"), page("About", "Saved by vim.")).unwrap();
    std::fs::remove_file(dir.join("about.md~")).unwrap();
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Saved by vim."));
    // VS Code and others: a temporary file renamed over the page.
    std::fs::write(dir.join(".about.md.tmp"), page("About", "Saved by renaming.")).unwrap();
    std::fs::rename(dir.join(".about.md.tmp"), dir.join("about.md")).unwrap();
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Saved by renaming."));
    assert!(preview.get("/about.md~").status == 404 && preview.get("/4913").status == 404);
}

#[test]
fn a_broken_edit_keeps_the_last_good_page_and_shows_the_error_until_it_is_fixed() {
    let site = TestSite::new().file("content/about.md", &page("About", "Good words."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    save(
        &site,
        "content/about.md",
        "+++\ntitle = \"About\"\ncolour = \"red\"\n+++\nBroken words.\n",
    );
    let problem = events.wait_for("problem");
    assert!(problem.contains("colour"), "{problem}");
    assert!(problem.contains("content/about.md:3"), "{problem}");
    wait_until("the message on the terminal", || {
        preview.stderr().contains(&problem).then_some(())
    });
    let about = preview.get("/about/");
    assert_eq!(about.status, 200);
    assert!(about.text().contains("Good words."), "the last good page stays");
    // A tab opened now is told at once.
    let mut late = preview.events();
    late.wait_for("hello");
    assert_eq!(late.wait_for("problem"), problem);
    save(&site, "content/about.md", &page("About", "Fixed words."));
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Fixed words."));
    let mut after = preview.events();
    after.wait_for("hello");
    save(&site, "content/about.md", &page("About", "Fixed again."));
    assert_eq!(after.next().0, "reload", "no problem is left to show");
}

#[test]
fn a_site_that_does_not_build_at_first_is_served_once_fixed() {
    let site = TestSite::new().file("content/about.md", "+++\ntitle = \"About\"\n");
    let preview = Preview::start(&site);
    let page_now = preview.get("/about/");
    assert_eq!(page_now.status, 503);
    assert!(page_now.text().contains("content/about.md"), "{}", page_now.text());
    assert!(page_now.text().contains("/__haven/live-reload.js"));
    the_privacy_policy_comes_first_and_nothing_inline_breaks_it(&page_now.text());
    let mut events = preview.events();
    events.wait_for("hello");
    assert!(events.wait_for("problem").contains("never closed"));
    save(&site, "content/about.md", &page("About", "Now it builds."));
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Now it builds."));
}
/// The numbers in "rendered N of M pages" on the last such line of the terminal.
fn last_rendered(preview: &Preview, before: usize) -> (usize, usize) {
    wait_until("a rebuild's summary", || {
        let out = preview.stdout();
        let lines: Vec<&str> = out.lines().filter(|l| l.contains(": rendered ")).collect();
        let line = lines.get(before)?;
        let numbers = line.split(": rendered ").nth(1)?;
        let mut parts = numbers.split_whitespace();
        let rendered = parts.next()?.parse().ok()?;
        let total = parts.nth(1)?.parse().ok()?;
        Some((rendered, total))
    })
}

#[test]
fn an_edit_renders_only_the_pages_that_show_it() {
    let site = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson("Passwords", "ks2", "\"conduct\"", 1, "Secret."),
        )
        .file(
            "content/lessons/ks2/games.md",
            &lesson("Games", "ks2", "\"contact\"", 2, "Kind."),
        )
        .file(
            "content/lessons/ks1/sharing.md",
            &lesson("Sharing", "ks1", "\"contact\"", 1, "Ask."),
        )
        .file("content/parents/apps.md", &page("Apps", "Ratings."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    save(
        &site,
        "content/lessons/ks2/games.md",
        &lesson("Games", "ks2", "\"contact\"", 2, "Kinder."),
    );
    events.wait_for("reload");
    let (rendered, total) = last_rendered(&preview, 0);
    // The lesson in three languages, and its two EAL pages.
    assert_eq!(rendered, 5, "a change to a lesson's text renders its own pages only");
    save(
        &site,
        "content/lessons/ks2/games.md",
        &lesson("Online games", "ks2", "\"contact\"", 2, "Kinder."),
    );
    events.wait_for("reload");
    let (listed, _) = last_rendered(&preview, 1);
    assert!(
        listed > rendered && listed < total / 2,
        "a new title renders its listings too: {listed} of {total}"
    );
    save(
        &site,
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{% include \"partials/title.html\" %}{% include \"partials/body.html\" %}{% endblock main %}",
    );
    events.wait_for("reload");
    assert_eq!(
        last_rendered(&preview, 2),
        (total, total),
        "a template renders everything"
    );
}

/// The page serve writes itself carries the site pages' CSP and referrer policy first in
/// `<head>`, and needs nothing the policy forbids (scripts only from the site, no inline
/// script, style or handler).
#[track_caller]
fn the_privacy_policy_comes_first_and_nothing_inline_breaks_it(page: &str) {
    let head = page.split_once("<head>").map(|(_, rest)| rest).unwrap_or("");
    let policy = head.split('>').next().unwrap_or("");
    assert!(
        policy.starts_with("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"),
        "the policy is not first in <head>:\n{page}"
    );
    for rule in [
        "script-src 'self';",
        "style-src 'self';",
        "object-src 'none';",
        "base-uri 'self';",
    ] {
        assert!(policy.contains(rule), "{rule} missing: {policy}");
    }
    assert!(!policy.contains("unsafe"), "{policy}");
    assert!(
        page.contains("<meta name=\"referrer\" content=\"no-referrer\">"),
        "{page}"
    );
    let lower = page.to_ascii_lowercase();
    assert!(
        !lower.contains("<style") && !lower.contains(" style="),
        "inline style:\n{page}"
    );
    for script in lower.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap_or("");
        assert!(tag.contains(" src=\"/"), "an inline script:\n{page}");
    }
    let handlers = lower
        .split(['<', ' '])
        .filter(|w| w.starts_with("on") && w.contains('='));
    assert_eq!(handlers.count(), 0, "an event handler attribute:\n{page}");
}
