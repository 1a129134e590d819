//! Relative URLs between pages (DESIGN §6: every link haven writes is relative, so the site
//! works under any sub-path and from a USB stick).

/// Splits `?query#fragment` off a URL. Looked for by bytes (both are ASCII, so where
/// one is found a character starts): every URL of every page is split here.
pub fn split_suffix(url: &str) -> (&str, &str) {
    match url.bytes().position(|b| b == b'?' || b == b'#') {
        Some(i) => (&url[..i], &url[i..]),
        None => (url, ""),
    }
}

/// The path of the site's address from the root of its host, ending in `/`:
/// `/online-safety/` for `https://www.harbourlane.sch.uk/online-safety/`. The 404 page,
/// served at any depth, links from there.
pub fn root_path(base_url: &str) -> &str {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    after_scheme.find('/').map_or("/", |slash| &after_scheme[slash..])
}

/// The segments of a path, empty ones (`//`, the leading `/`) left out.
fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

/// The relative URL from the page at route path `from` to the site path `to`
/// (which starts with `/` and may carry a query or fragment). With `portable`,
/// links to folders name their `index.html`, as `file://` needs. Every link of every
/// page is written here, so the segments are read in place, not gathered into lists.
pub fn relative(from: &str, to: &str, portable: bool) -> String {
    let (path, suffix) = split_suffix(to);
    let from_dir = from.trim_start_matches('/');
    let from_dir = from_dir.rfind('/').map_or("", |i| &from_dir[..i]);
    // A path not ending in `/` names a file in the folder before its last `/`.
    let (to_dir, to_file) = match path.ends_with('/') {
        true => (path, None),
        false => match path.rfind('/') {
            Some(i) => (&path[..i], Some(&path[i + 1..])),
            None => ("", Some(path).filter(|p| !p.is_empty())),
        },
    };
    let common = segments(from_dir)
        .zip(segments(to_dir))
        .take_while(|(a, b)| a == b)
        .count();
    let up = segments(from_dir).count() - common;
    let mut out = String::with_capacity(3 * up + path.len() + suffix.len() + 10);
    for _ in 0..up {
        out.push_str("../");
    }
    for segment in segments(to_dir).skip(common) {
        out.push_str(segment);
        out.push('/');
    }
    match to_file {
        Some(file) => out.push_str(file),
        None if portable => out.push_str("index.html"),
        None if out.is_empty() => out.push_str("./"),
        None => {}
    }
    out.push_str(suffix);
    out
}

/// `/` and the segments of the folder `dir` (`a/b` or `/a/b/`), each ending in `/`.
pub fn folder_path(dir: &str) -> String {
    let mut out = String::with_capacity(dir.len() + 2);
    out.push('/');
    for segment in segments(dir) {
        out.push_str(segment);
        out.push('/');
    }
    out
}

/// Follows `path` from the folder `out` (`/a/b/`, as [`folder_path`] writes it; from the
/// top when `path` starts with `/`), segment by segment in the text itself: each folder
/// ends in `/`, and `..` cuts back to the one before (every link and picture of every
/// page is followed here, so no lists of segments are made). `None` when it climbs above
/// the top.
pub fn follow(out: &mut String, path: &str) -> Option<()> {
    if path.starts_with('/') {
        out.truncate(1);
    }
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                let parent = out[..out.len() - 1].rfind('/')?;
                out.truncate(parent + 1);
            }
            p => {
                out.push_str(p);
                out.push('/');
            }
        }
    }
    Some(())
}

/// Resolves a relative URL written on the page at route path `from` to a site path
/// (`../x/` from `/a/b/` -> `/a/x/`). Returns `None` when it climbs above the site root.
pub fn resolve(from: &str, url: &str) -> Option<String> {
    let (path, suffix) = split_suffix(url);
    let from = from.trim_start_matches('/');
    let mut out = folder_path(from.rfind('/').map_or("", |i| &from[..i]));
    follow(&mut out, path)?;
    let trailing = path.is_empty()
        || path.ends_with('/')
        || path.ends_with("/.")
        || path.ends_with("/..")
        || path == "."
        || path == "..";
    if !trailing && out.len() > 1 {
        out.pop();
    }
    out.push_str(suffix);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_path_is_the_path_of_the_site_address() {
        assert_eq!(
            root_path("https://www.harbourlane.sch.uk/online-safety/"),
            "/online-safety/"
        );
        assert_eq!(root_path("http://127.0.0.1:1111/"), "/");
        assert_eq!(root_path("https://x.sch.uk"), "/");
    }

    #[test]
    fn relative_links_between_pages() {
        assert_eq!(relative("/lessons/ks2/a/", "/report/", false), "../../../report/");
        assert_eq!(relative("/lessons/ks2/a/", "/lessons/ks2/b/#top", false), "../b/#top");
        assert_eq!(relative("/", "/", false), "./");
        assert_eq!(relative("/", "/theme/haven.css", false), "theme/haven.css");
        assert_eq!(relative("/pl/", "/", false), "../");
        assert_eq!(relative("/404.html", "/report/", false), "report/");
        assert_eq!(relative("/a/", "/a/", false), "./");
    }

    #[test]
    fn portable_links_name_index_html() {
        assert_eq!(
            relative("/lessons/ks2/a/", "/report/", true),
            "../../../report/index.html"
        );
        assert_eq!(relative("/", "/", true), "index.html");
        assert_eq!(relative("/a/", "/a/#x", true), "index.html#x");
        assert_eq!(relative("/a/", "/a/p.png", true), "p.png");
    }

    #[test]
    fn resolving_relative_urls() {
        assert_eq!(resolve("/a/b/", "../x/").as_deref(), Some("/a/x/"));
        assert_eq!(resolve("/a/b/", "p.png").as_deref(), Some("/a/b/p.png"));
        assert_eq!(resolve("/a/b/", "./").as_deref(), Some("/a/b/"));
        assert_eq!(resolve("/a/b/", "#t").as_deref(), Some("/a/b/#t"));
        assert_eq!(resolve("/a/", "../../x"), None);
        assert_eq!(resolve("/404.html", "report/").as_deref(), Some("/report/"));
    }

    #[test]
    fn relative_then_resolve_round_trips() {
        for (from, to) in [("/a/b/", "/c/"), ("/", "/x/y/"), ("/x/y/", "/"), ("/p/", "/p/q.png#f")] {
            assert_eq!(
                resolve(from, &relative(from, to, false)).as_deref(),
                Some(to),
                "{from} -> {to}"
            );
        }
    }

    /// Every pair of pages and files from a few names at depths 0 to 3, with and without a
    /// fragment or query: the link written from one leads to the other, and climbs no
    /// higher than it must.
    #[test]
    fn every_relative_link_leads_to_its_page() {
        let names = ["a", "b", "ab", "a.png"];
        let mut paths = vec!["/".to_string(), "/404.html".to_string()];
        for depth in 1..=3 {
            let mut level = vec![String::new()];
            for _ in 0..depth {
                level = level.iter().flat_map(|p| names.map(|n| format!("{p}/{n}"))).collect();
            }
            for p in level {
                paths.push(format!("{p}/"));
                paths.push(p);
            }
        }
        let pages: Vec<&String> = paths
            .iter()
            .filter(|p| p.ends_with('/') || p.ends_with(".html"))
            .collect();
        for from in &pages {
            for to in &paths {
                for suffix in ["", "#top", "?q=1"] {
                    let to = format!("{to}{suffix}");
                    let link = relative(from, &to, false);
                    assert_eq!(
                        resolve(from, &link).as_deref(),
                        Some(to.as_str()),
                        "{from} -> {to}: {link}"
                    );
                    // It climbs no higher than it must: never out of a folder and back in.
                    let up = link.matches("../").count();
                    let folders: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
                    let folders = &folders[..folders.len() - usize::from(!from.ends_with('/'))];
                    if up > 0 {
                        let left = folders[folders.len() - up];
                        assert!(
                            !link[3 * up..].starts_with(&format!("{left}/")),
                            "{from} -> {to}: {link}"
                        );
                    }
                }
            }
        }
    }
}
