//! Nothing lost (issue 11): haven writes only its output folder and its `.haven/` cache,
//! wherever `-o` points; a build killed mid-write leaves the previous site complete; a
//! damaged cache is ignored with a warning and made again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::process::Command;
#[cfg(unix)]
use std::time::{Duration, Instant};

use crate::pictures;
use crate::support::{TestSite, files_under, leftovers, page, run_haven};

/// Every file under `dir` with its bytes, leaving out the folders haven may write.
fn snapshot(dir: &Path, skip: &[&Path]) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for rel in files_under(dir) {
        let path = dir.join(&rel);
        if !skip.iter().any(|s| path.starts_with(s)) {
            files.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    files
}

/// A folder holding a site (`site/`), a neighbour's folder and a note beside it.
fn school_folder() -> (tempfile::TempDir, PathBuf) {
    let top = tempfile::tempdir().unwrap();
    let site = top.path().join("site");
    let write = |rel: &str, text: &str| {
        let path = top.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("site/config.toml", crate::support::CONFIG);
    write("site/content/_index.md", &page("Home", "Welcome."));
    write("site/content/a.md", &page("A", "[Report](@/report.md)"));
    write("site/content/report.md", &page("Report", "Tell us."));
    write("site/static/leaflet.txt", "Leaflet");
    write("neighbour/minutes.txt", "Governors' minutes");
    write("note.txt", "A note");
    (top, site)
}

#[test]
fn wherever_output_points_nothing_else_is_touched() {
    let (top, site) = school_folder();
    let cache = site.join(".haven");
    let before = snapshot(top.path(), &[&cache]);
    let build = |output: &str| {
        run_haven(
            &["--root", "site", "build", "--date", "2026-11-22", "-o", output],
            top.path(),
            top.path().join(output),
        )
    };
    for refused in [
        "site",
        "site/content",
        "site/static",
        "neighbour",
        "note.txt",
        ".",
        "site/static/new",
        "site/content/new",
        "site/templates/new",
    ] {
        let run = build(refused).fails();
        assert!(
            run.stderr.contains("refusing") || run.stderr.contains("inside the site's"),
            "-o {refused}: {}",
            run.stderr
        );
        assert_eq!(snapshot(top.path(), &[&cache]), before, "-o {refused} changed files");
    }
    let fresh = top.path().join("fresh");
    build("fresh").ok();
    build("fresh").ok().exists("index.html").exists("a/index.html");
    // The list of published URLs is the build's own file at the site's root (DESIGN §12).
    let list = site.join("published-urls.txt");
    assert_eq!(snapshot(top.path(), &[&cache, &fresh, &list]), before);
    let left = leftovers(top.path(), "haven");
    assert!(left.is_empty(), "staging folders left: {left:?}");
    let marker_folder = top.path().join("site/public");
    build("site/public").ok();
    assert!(marker_folder.join(".haven-output").is_file());
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_folder_is_replaced_not_followed() {
    let (top, site) = school_folder();
    let elsewhere = top.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, site.join("public")).unwrap();
    let build = || {
        let root = site.to_str().unwrap();
        run_haven(
            &["--root", root, "build", "--date", "2026-11-22"],
            top.path(),
            site.join("public"),
        )
    };
    std::fs::write(elsewhere.join("keep.txt"), "keep").unwrap();
    build().fails().says("refusing");
    std::fs::remove_file(elsewhere.join("keep.txt")).unwrap();
    build().ok().exists("index.html");
    assert!(site.join("public").is_dir() && !site.join("public").is_symlink());
    assert!(elsewhere.is_dir(), "the folder the link pointed at is still there");
    assert_eq!(
        std::fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "and nothing was written into it"
    );
}

/// A site big enough that building it takes a few seconds.
#[cfg(unix)]
fn big_site(pages: usize, word: &str) -> TestSite {
    let mut site = TestSite::new().file("content/news/_index.md", &page("News", "All the news."));
    for i in 0..pages {
        site = site.file(
            &format!("content/news/item-{i:04}.md"),
            &page(&format!("Item {i}"), &format!("{word} {i}.\n\n## More\n\nText.\n")),
        );
    }
    site
}

#[cfg(unix)]
#[test]
fn a_build_killed_mid_write_leaves_the_previous_site_complete() {
    let site = big_site(1500, "First edition");
    let first = site.build().ok();
    let published = snapshot(&first.output, &[]);
    let staging = site.path().join(".public.haven-new");
    // Change every page, then kill the next build while it writes its pages.
    let site = (0..1500).fold(site, |s, i| {
        s.file(
            &format!("content/news/item-{i:04}.md"),
            &page(&format!("Item {i}"), &format!("Second edition {i}.\n")),
        )
    });
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["--root", site.path().to_str().unwrap(), "build", "--date", "2026-11-22"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut killed = false;
    while started.elapsed() < Duration::from_secs(120) {
        let written = std::fs::read_dir(staging.join("news")).map_or(0, Iterator::count);
        if written >= 20 {
            child.kill().unwrap(); // SIGKILL: no clean-up runs
            killed = true;
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.wait().unwrap();
    assert!(killed, "the build finished before it could be killed mid-write");
    assert!(staging.exists(), "the half-written build is in its staging folder");
    assert_eq!(snapshot(&first.output, &[]), published, "the published site changed");
    let again = site.build().ok().has("news/item-0000/index.html", "Second edition 0.");
    assert!(!staging.exists(), "the half-written build was cleared away");
    assert!(again.read("news/item-1499/index.html").contains("Second edition 1499."));
}

const NO_PUPILS: &str = "alt = \"A padlock\"\npupils = []\ncredit = \"Drawn by Year 5\"\n";

fn site_with_photo() -> TestSite {
    TestSite::new()
        .bytes("static/photo.jpg", &pictures::jpeg(900, 600))
        .file("static/photo.jpg.toml", NO_PUPILS)
        .file("content/p.md", &page("P", "![](/photo.jpg)"))
}

fn cache_entry(site: &TestSite) -> PathBuf {
    let entries: Vec<PathBuf> = std::fs::read_dir(site.path().join(".haven/images"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    entries[0].clone()
}

#[test]
fn a_damaged_image_cache_entry_is_made_again_with_a_warning() {
    let site = site_with_photo();
    let good = site.build().ok();
    let published = std::fs::read(good.output.join("photo.jpg")).unwrap();
    let entry = cache_entry(&site);
    let damages: [(&str, &[u8]); 4] = [
        ("0.img", b"garbage"),
        ("1.img", b""),
        ("meta.json", b"{\"sizes\": {\"width\": 9"),
        (
            "meta.json",
            b"{\"sizes\": {\"width\": 9, \"height\": 6, \"variants\": []}}",
        ),
    ];
    for (file, bytes) in damages {
        std::fs::write(entry.join(file), bytes).unwrap();
        let run = site.build().ok().says("image cache");
        assert_eq!(
            std::fs::read(run.output.join("photo.jpg")).unwrap(),
            published,
            "after damaging {file}"
        );
        let quiet = site.build().ok();
        assert!(!quiet.stderr.contains("image cache"), "{}", quiet.stderr);
    }
}

#[test]
fn an_unusable_image_cache_folder_is_a_warning_not_a_failure() {
    let site = site_with_photo().file(".haven/images", "not a folder");
    let run = site.build().ok().says("image cache");
    assert_eq!(
        pictures::dimensions(&std::fs::read(run.output.join("photo.jpg")).unwrap()),
        (900, 600)
    );
}
