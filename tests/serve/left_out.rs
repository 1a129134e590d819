//! `haven serve` reads a change with the build's own loaders: a content file with a
//! mistake is left out and the rest of the site is still checked, so the preview shows
//! every error of the edit at once, and none that follows from another.

use super::*;

#[test]
fn a_broken_edit_shows_its_error_beside_the_others_and_none_that_follows() {
    let site = TestSite::new()
        .file("content/about.md", &page("About", "Good words."))
        .file("content/b.md", &page("B", "[About](../about/)"));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    save(
        &site,
        "content/b.md",
        &page("B", "[About](../about/) and [more](../about/more/)"),
    );
    let problem = events.wait_for("problem");
    assert!(problem.contains("broken link `../about/more/`"), "{problem}");
    save(
        &site,
        "content/about.md",
        "+++\ntitle = \"About\"\ncolour = \"red\"\n+++\nBroken words.\n",
    );
    let problem = wait_until("the edit's error beside the link's", || {
        let problem = events.wait_for("problem");
        problem.contains("content/about.md:3").then_some(problem)
    });
    assert!(problem.contains("broken link `../about/more/`"), "{problem}");
    assert!(!problem.contains("broken link `../about/`"), "{problem}");
    assert_eq!(problem.matches("error:").count(), 2, "{problem}");
    assert!(
        preview.get("/about/").text().contains("Good words."),
        "the last good page stays"
    );
}
