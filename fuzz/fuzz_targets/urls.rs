//! The URL normaliser and the checks that need no network: relative links between pages,
//! resolving them back, content links (`../a.md`, `@/a.md`, `%20`), URL syntax (`mailto:`,
//! `tel:`, `https:`), host names in link text, and URLs inside CSS.
//!
//! The input is a page's path, a NUL byte, then a URL (or a stylesheet).

#![no_main]

use haven::links::host_name::{hosts_named, registrable_domain};
use haven::links::syntax::flaw;
use haven::markdown::links::{content_path, rewrite};
use haven::output::css;
use haven::routes::relative::{relative, resolve, split_suffix};
use haven::web::css_read;
use haven::web::url::{decode, has_scheme, is_relative};
use haven_fuzz::{fixture, two_parts};
use libfuzzer_sys::fuzz_target;

/// A site path as haven writes them: `/` then plain segments, none `.` or `..`.
fn site_path(text: &str) -> Option<String> {
    let plain = text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.'));
    let segments_ok = text.split('/').skip(1).all(|s| s != "." && s != "..");
    (plain && segments_ok && text.starts_with('/') && !text.contains("//")).then(|| text.to_string())
}

fn normaliser(from: &str, url: &str) {
    let (path, suffix) = split_suffix(url);
    assert_eq!(format!("{path}{suffix}"), url);
    let _ = resolve(from, url);
    if let (Some(from), Some(to)) = (site_path(from), site_path(url)) {
        for portable in [false, true] {
            let link = relative(&from, &to, portable);
            assert!(!link.starts_with('/'), "{from} -> {to} gave {link}");
            if !portable {
                assert_eq!(
                    resolve(&from, &link).as_deref(),
                    Some(to.as_str()),
                    "{from} -> {to} via {link}"
                );
            }
        }
    }
}

fn content_links(dir: &str, url: &str) {
    let _ = has_scheme(url);
    let _ = decode(url);
    if let Some(path) = content_path(dir, url) {
        assert!(!path.split('/').any(|s| s == ".." || s == "."), "{path}");
    }
    match rewrite(url, dir, &fixture().library) {
        Ok(_) => {}
        Err(broken) => assert!(!broken.message.is_empty()),
    }
}

fn syntax(url: &str) {
    for tag in ["a", "img", "link"] {
        if let Some(f) = flaw(url, tag) {
            assert!(!f.message.is_empty());
        }
    }
    for (host, domain) in hosts_named(url) {
        assert!(
            host.to_ascii_lowercase().ends_with(&domain),
            "{host} is not in {domain}"
        );
    }
    let _ = registrable_domain(url);
    let _ = is_relative(url);
}

fn stylesheet(at: &str, text: &str) {
    for range in css_read::url_ranges(text) {
        assert!(text.get(range.clone()).is_some(), "{range:?} cuts a character");
    }
    let same = css::rewrite(text, str::to_string);
    assert_eq!(same, text, "rewriting every URL as itself changes nothing");
    if at.starts_with('/') {
        let _ = css::relative_urls(at, text);
    }
}

fuzz_target!(|data: &[u8]| {
    let (from, url) = two_parts(data);
    let (Ok(from), Ok(url)) = (std::str::from_utf8(from), std::str::from_utf8(url)) else {
        return;
    };
    normaliser(from, url);
    // A content folder never has a segment named `.` or `..`.
    let dir = from.trim_matches('/');
    if !dir.split('/').any(|s| s == "." || s == "..") {
        content_links(dir, url);
    }
    syntax(url);
    stylesheet(from, url);
});
