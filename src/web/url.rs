//! URLs as the web reads them: whether one has a scheme, whether it is relative, how the
//! browser's URL parser trims it, and the one percent-decoder every stage uses (links in
//! content, the link checker, image paths, `haven serve`'s requests).

use std::borrow::Cow;

/// True when `url` starts with a scheme such as `https:`, `mailto:` or `javascript:`.
pub fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(i) if i > 0 => {
            let scheme = &url[..i];
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        _ => false,
    }
}

/// True for a URL without a scheme, host or leading `/` or `#`.
pub fn is_relative(url: &str) -> bool {
    !url.is_empty() && !url.starts_with(['/', '#', '?']) && !has_scheme(url)
}

/// A URL as the browser's URL parser sees it: tabs and newlines dropped, spaces and control
/// characters trimmed from both ends (so `java\tscript:` is `javascript:`).
pub fn as_browser_reads(url: &str) -> String {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    // Most URLs have none to drop: copied whole, not a character at a time.
    if !trimmed.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
        return trimmed.to_string();
    }
    trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
}

/// What [`percent_decode`] does with an escape that is not one (`%zz`, `100%`) and with
/// escapes that decode to bytes that are not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformed {
    /// Keeps the escape as written, and the whole text when the bytes are not UTF-8: a
    /// link as an author wrote it.
    Kept,
    /// Gives `None`: a request to `haven serve`, which is refused.
    Refused,
}

/// True when `url`, as the browser reads it ([`as_browser_reads`]), starts with `prefix`
/// in any case (`JavaScript:`). `prefix` is lower case ASCII. Asked of every URL of every
/// page (does it run script?), so nothing is copied.
pub fn browser_reads_starting(url: &str, prefix: &str) -> bool {
    let mut read = url
        .trim_start_matches(|c: char| c <= ' ')
        .bytes()
        .filter(|b| !matches!(b, b'\t' | b'\n' | b'\r'));
    prefix
        .bytes()
        .all(|p| read.next().is_some_and(|b| b.to_ascii_lowercase() == p))
}

/// Decodes `%20` and friends in a path, query or fragment.
pub fn percent_decode(text: &str, malformed: Malformed) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let hex = |b: u8| (b as char).to_digit(16);
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let byte = bytes
                .get(i + 1)
                .and_then(|&b| hex(b))
                .zip(bytes.get(i + 2).and_then(|&b| hex(b)));
            match (byte, malformed) {
                (Some((h, l)), _) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                (None, Malformed::Refused) => return None,
                (None, Malformed::Kept) => {}
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    match (String::from_utf8(out), malformed) {
        (Ok(decoded), _) => Some(decoded),
        (Err(_), Malformed::Kept) => Some(text.to_string()),
        (Err(_), Malformed::Refused) => None,
    }
}

/// A link's path or fragment decoded ([`percent_decode`]), what is malformed kept as written.
/// Most have no escape: borrowed as they are (every internal link is decoded to be checked).
pub fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains('%') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(percent_decode(text, Malformed::Kept).unwrap_or_else(|| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_read_as_the_browser_reads_them() {
        for url in [
            "javascript:x",
            " JavaScript:x",
            "\u{1}java\tscr\nipt:x",
            "\r\njavascript:",
        ] {
            assert!(browser_reads_starting(url, "javascript:"), "{url:?}");
            assert_eq!(
                browser_reads_starting(url, "javascript:"),
                as_browser_reads(url).to_ascii_lowercase().starts_with("javascript:")
            );
        }
        for url in [
            "java script:x",
            "javascript",
            "",
            "jav",
            "xjavascript:",
            "javascrip\u{e9}:",
        ] {
            assert!(!browser_reads_starting(url, "javascript:"), "{url:?}");
        }
    }

    #[test]
    fn schemes_are_recognised() {
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b"));
        assert!(has_scheme("javascript:alert(1)"));
        assert!(!has_scheme("a/b:c"));
        assert!(!has_scheme("../x.md"));
        assert!(!has_scheme(":x"));
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(decode("My%20Photo.png"), "My Photo.png");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%e2%82"), "%e2%82");
        assert_eq!(
            percent_decode("/a%2e%2E/b", Malformed::Refused).as_deref(),
            Some("/a../b")
        );
        for refused in ["100%", "%zz", "%e2%82", "%4"] {
            assert_eq!(percent_decode(refused, Malformed::Refused), None, "{refused}");
        }
    }
}
