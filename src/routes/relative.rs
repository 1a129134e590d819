//! Relative URLs between pages (DESIGN §6: every link haven writes is relative, so the site
//! works under any sub-path and from a USB stick).

/// The folder segments of the page at route path `from` (`/a/b/` -> [a, b]; `/a/x.html` -> [a]).
fn folder_of(from: &str) -> Vec<&str> {
    let trimmed = from.trim_start_matches('/');
    let folder = match trimmed.rfind('/') {
        Some(i) => &trimmed[..i],
        None => "",
    };
    folder.split('/').filter(|s| !s.is_empty()).collect()
}

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

/// The relative URL from the page at route path `from` to the site path `to`
/// (which starts with `/` and may carry a query or fragment). With `portable`,
/// links to folders name their `index.html`, as `file://` needs.
pub fn relative(from: &str, to: &str, portable: bool) -> String {
    let (path, suffix) = split_suffix(to);
    let from_dir = folder_of(from);
    let to_segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let to_is_folder = path.ends_with('/');
    let (to_dir, to_file) = if to_is_folder {
        (&to_segments[..], None)
    } else {
        match to_segments.split_last() {
            Some((file, dir)) => (dir, Some(*file)),
            None => (&to_segments[..], None),
        }
    };
    let common = from_dir.iter().zip(to_dir.iter()).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(from_dir.len() - common);
    for segment in &to_dir[common..] {
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

/// Follows `path` from the folder `base` (or from the top when it starts with `/`),
/// segment by segment; `None` when it climbs above the top.
pub fn walk<'a>(base: Vec<&'a str>, path: &'a str) -> Option<Vec<&'a str>> {
    let mut segments = if path.starts_with('/') { Vec::new() } else { base };
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                segments.pop()?;
            }
            p => segments.push(p),
        }
    }
    Some(segments)
}

/// Resolves a relative URL written on the page at route path `from` to a site path
/// (`../x/` from `/a/b/` -> `/a/x/`). Returns `None` when it climbs above the site root.
pub fn resolve(from: &str, url: &str) -> Option<String> {
    let (path, suffix) = split_suffix(url);
    let base = if path.starts_with('/') {
        Vec::new()
    } else {
        folder_of(from)
    };
    let segments = walk(base, path)?;
    let trailing = path.is_empty()
        || path.ends_with('/')
        || path.ends_with("/.")
        || path.ends_with("/..")
        || path == "."
        || path == "..";
    let mut out = format!("/{}", segments.join("/"));
    if trailing && !out.ends_with('/') {
        out.push('/');
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
}
