//! The useful-links directory (issue 4): every link of data/links.toml on /links/, grouped
//! by audience and category, phone numbers as `tel:` links, and a checked data file.

use crate::support::{TestSite, hrefs, page};

/// The example school's directory, as shipped.
const EXAMPLE_LINKS: &str = include_str!("../data/links.toml");

fn site(links: &str) -> TestSite {
    TestSite::new()
        .file("content/links.md", &page("Useful links", "Trusted help."))
        .file("data/links.toml", links)
}

#[test]
fn the_links_page_holds_every_url_of_links_toml() {
    let run = site(EXAMPLE_LINKS).build().ok();
    let html = run.read("links/index.html");
    let on_page = hrefs(&html);
    let urls: Vec<&str> = EXAMPLE_LINKS
        .lines()
        .filter_map(|l| l.trim().strip_prefix("url = \""))
        .map(|rest| rest.trim_end_matches('"'))
        .collect();
    assert!(urls.len() > 10, "{urls:?}");
    for url in urls {
        assert!(on_page.iter().any(|h| h == url), "{url} is not on /links/");
    }
    assert!(html.contains("href=tel:08001111"), "Childline's number as a tel: link");
}

#[test]
fn links_are_grouped_by_audience_then_category() {
    let links = "[[link]]\ntitle = \"Parent line\"\nurl = \"https://parents.example.org/\"\ndescription = \"For parents.\"\naudience = [\"parents\"]\ncategory = \"helpline\"\nphone = \"0800 000 111\"\n\n[[link]]\ntitle = \"Everyone's charity\"\nurl = \"https://all.example.org/\"\ndescription = \"For all.\"\naudience = [\"learners\", \"parents\"]\ncategory = \"national\"\n";
    let html = site(links).build().ok().read("links/index.html");
    let at = |text: &str| html.find(text).unwrap_or_else(|| panic!("lacks {text}:\n{html}"));
    let parents = at("id=links-parents-heading");
    let learners = at("id=links-learners-heading");
    assert!(parents < learners, "parents first");
    assert!(!html.contains("links-staff-heading"), "no empty audience");
    let parents_part = &html[parents..learners];
    assert!(parents_part.find("National organisations") < parents_part.find("Helplines"));
    assert!(parents_part.contains("Parent line") && parents_part.contains("Everyone's charity"));
    let learners_part = &html[learners..];
    assert!(learners_part.contains("Everyone's charity") && !learners_part.contains("Parent line"));
    assert!(html.contains("href=tel:0800000111"), "{html}");
    assert!(
        html.contains("data-links-filter hidden"),
        "the filter box needs JavaScript"
    );
}

#[test]
fn a_bad_links_file_names_each_problem_and_its_line() {
    let links = "[[link]]\ntitle = \"A\"\nurl = \"http://a.example.org/\"\ndescription = \"x\"\naudience = [\"parents\"]\ncategory = \"national\"\nphone = \"ring us\"\n";
    site(links)
        .build()
        .fails()
        .says("`http://a.example.org/` is not a full https:// address")
        .says("data/links.toml:3")
        .says("`ring us` is not a phone number")
        .says("data/links.toml:7");
    let unknown = "[[link]]\ntitle = \"A\"\nurl = \"https://a.example.org/\"\ndescription = \"x\"\naudience = [\"pupils\"]\ncategory = \"national\"\n";
    site(unknown)
        .build()
        .fails()
        .says("unknown variant `pupils`")
        .says("data/links.toml:5");
    let extra_key = "[[link]]\ntitle = \"A\"\nurl = \"https://a.example.org/\"\ndescription = \"x\"\naudience = [\"staff\"]\ncategory = \"local\"\ncolour = \"red\"\n";
    site(extra_key).build().fails().says("colour").says("data/links.toml:7");
}
