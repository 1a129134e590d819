//! `haven build --portable` (issue 8): a site that works opened straight from disk, and
//! `--zip` packing it into one deterministic file.

use std::path::{Path, PathBuf};

use crate::support::{CONFIG_3_LANGS, Run, TestSite, files_under, page, run_haven};

/// The values of the URL attributes of a written page (`srcset` split into its URLs).
fn urls_in(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in ["href", "src", "action", "poster", "data", "srcset"] {
        let needle = format!(" {name}=");
        let mut rest = html;
        while let Some(i) = rest.find(&needle) {
            rest = &rest[i + needle.len()..];
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
                _ => rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
            };
            let value = value.replace("&amp;", "&");
            if name == "srcset" {
                out.extend(
                    value
                        .split(',')
                        .filter_map(|c| c.split_whitespace().next())
                        .map(String::from),
                );
            } else {
                out.push(value);
            }
        }
    }
    out
}

/// True for a URL that leaves the site (or stays on the page).
fn is_external(url: &str) -> bool {
    url.starts_with('#')
        || url.starts_with("//")
        || url.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
}

/// Where a relative URL written in `page` leads on disk, the query and fragment dropped.
fn target_on_disk(page: &Path, url: &str) -> PathBuf {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut target = page.parent().unwrap().to_path_buf();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                target.pop();
            }
            p => target.push(p),
        }
    }
    target
}

/// Every URL of every HTML page of a built site, with the page it is on.
fn all_links(root: &Path) -> Vec<(String, String)> {
    let mut links = Vec::new();
    for file in files_under(root).into_iter().filter(|f| f.ends_with(".html")) {
        let html = std::fs::read_to_string(root.join(&file)).unwrap();
        links.extend(urls_in(&html).into_iter().map(|url| (file.clone(), url)));
    }
    links
}

/// Asserts that every internal URL of a built site names a file that exists: no folder,
/// nothing a web server would have to resolve.
#[track_caller]
fn assert_every_link_is_a_file(root: &Path) -> usize {
    let links: Vec<(String, String)> = all_links(root).into_iter().filter(|(_, u)| !is_external(u)).collect();
    let bad: Vec<String> = links
        .iter()
        .filter(|(file, url)| url.is_empty() || !target_on_disk(&root.join(file), url).is_file())
        .map(|(file, url)| format!("{file}: {url}"))
        .collect();
    assert!(bad.is_empty(), "links that are not files:\n{}", bad.join("\n"));
    links.len()
}

fn portable(site: &TestSite) -> Run {
    site.run(&["build", "--date", "2026-11-22", "--portable"]).ok()
}

fn multilingual_site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file(
            "content/_index.md",
            &page("Home", "[Lesson](lessons/ks2/a.md), [report](/report), [about](about/) and [here](./)"),
        )
        .file("content/report.md", &page("Report", "[Home](@/_index.md#main)"))
        .file("content/lessons/ks2/a.md", &page("Lesson A", "[B](b.md) and [report](/report/)"))
        .file("content/lessons/ks2/b.md", &page("Lesson B", "[A](a.md)"))
        .file("content/lessons/ks2/b.pl.md", &page("Lekcja B", "[A](a.md)"))
        .file("content/lessons/ks2/b.easy.md", &page("Lesson B, easy", "Easy."))
        .file(
            "content/about/_index.md",
            &page(
                "About",
                "[Back](..) [Report](../report)\n\n<p style=\"background:url(/dots.svg)\">Dots</p>\n\n<style>.x{background:url('/dots.svg')}</style>",
            ),
        )
        .file("static/dots.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
}

#[test]
fn portable_links_all_end_in_files_that_exist() {
    let site = multilingual_site();
    let run = portable(&site);
    let count = assert_every_link_is_a_file(&run.output);
    assert!(count > 100, "only {count} links checked");
    let home = run.read("index.html");
    assert!(home.contains("report/index.html"), "{home}");
    assert!(home.contains("about/index.html"), "{home}");
    run.has("about/index.html", "../index.html")
        .has("about/index.html", "url(../dots.svg)")
        .has("about/index.html", ".x{background:url('../dots.svg')}")
        .has("about/index.html", "../report/index.html")
        .has("404.html", "haven.pages.")
        .lacks("404.html", "https://test.sch.uk/safety/haven.pages.");
}

#[test]
fn the_example_school_works_from_disk() {
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("usb");
    let example = env!("CARGO_MANIFEST_DIR");
    let run = run_haven(
        &[
            "--root",
            example,
            "build",
            "--portable",
            "--date",
            "2026-11-22",
            "-o",
            output.to_str().unwrap(),
        ],
        out.path(),
        output.clone(),
    )
    .ok();
    let count = assert_every_link_is_a_file(&run.output);
    assert!(count > 3000, "only {count} links checked");
}

/// A link's target as a site path, whichever way the build in `root` wrote it
/// (`x/index.html`, `x/` and `x` all give `/x/` when `x` is a folder); absolute links to
/// the site's own address, and links from the root of its host (the 404 page's), count as
/// site paths.
fn site_target(root: &Path, page: &str, url: &str, base_url: &str) -> String {
    let (path, suffix) = url.split_at(url.find(['?', '#']).unwrap_or(url.len()));
    let host_root = &base_url[base_url[8..].find('/').map_or(base_url.len(), |i| i + 8)..];
    if let Some(rest) = path.strip_prefix(base_url).or_else(|| path.strip_prefix(host_root)) {
        return format!("/{rest}{suffix}").replace("index.html", "");
    }
    if is_external(url) {
        return url.to_string();
    }
    let on_disk = target_on_disk(&Path::new("/").join(page), path);
    let mut out = on_disk.to_string_lossy().into_owned();
    if let Some(folder) = out.strip_suffix("index.html") {
        out = folder.to_string();
    } else if path.is_empty() || path.ends_with('/') || path.ends_with('.') || root.join(&out[1..]).is_dir() {
        out.push('/');
    }
    format!("{}{suffix}", out.replace("//", "/"))
}

#[test]
fn portable_output_is_otherwise_identical() {
    let site = multilingual_site();
    let normal = site.build().ok();
    let normal_files = files_under(&normal.output);
    let targets = |root: &Path| -> Vec<String> {
        all_links(root)
            .into_iter()
            .map(|(page, url)| {
                format!(
                    "{page}: {}",
                    site_target(root, &page, &url, "https://test.sch.uk/safety/")
                )
            })
            .collect()
    };
    let normal_links = targets(&normal.output);
    let portable = portable(&site);
    assert_eq!(files_under(&portable.output), normal_files);
    let portable_links = targets(&portable.output);
    let differences: Vec<String> = normal_links
        .iter()
        .zip(&portable_links)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("{a} <> {b}"))
        .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    assert_eq!(portable_links.len(), normal_links.len());
}

/// The names of a zip's entries, in order, and the text of one of them.
fn zip_entries(zip: &Path, read: &str) -> (Vec<String>, String) {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    let names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().to_string())
        .collect();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(read).unwrap(), &mut text).unwrap();
    (names, text)
}

#[test]
fn zip_packs_the_portable_site_the_same_way_every_time() {
    let site = multilingual_site();
    let zip = site.path().join("school.zip");
    let args = ["build", "--date", "2026-11-22", "--zip", zip.to_str().unwrap()];
    let run = site.run(&args).ok();
    assert!(run.stdout.contains("school.zip"), "{}", run.stdout);
    let first = std::fs::read(&zip).unwrap();
    let (names, home) = zip_entries(&zip, "index.html");
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries are sorted");
    assert!(names.contains(&"lessons/ks2/a/index.html".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("haven-output")), "{names:?}");
    assert!(
        home.contains("report/index.html"),
        "the zip holds the portable site: {home}"
    );
    assert_eq!(names.len(), files_under(&run.output).len() - 1);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    site.run(&args).ok();
    assert!(
        std::fs::read(&zip).unwrap() == first,
        "a second build gives other bytes"
    );
}

#[test]
fn a_zip_that_cannot_be_written_stops_the_build_before_it_starts() {
    let site = multilingual_site();
    site.run(&["build", "--date", "2026-11-22", "--zip", "no/such/folder/site.zip"])
        .fails()
        .says("no/such/folder")
        .says("does not exist");
    assert!(!site.path().join("public").exists());
    site.run(&["build", "--date", "2026-11-22", "--zip", "public/site.zip"])
        .fails()
        .says("inside the site's output folder");
    site.run(&["build", "--date", "2026-11-22", "--zip", "content"])
        .fails()
        .says("it is a folder");
}
