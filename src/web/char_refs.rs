//! Character references (`&amp;`, `&#58;`, `&colon;`, `&#x2F;`) decoded as browsers decode
//! them, so every check reads a page as the browser will (DESIGN §11): an author who writes
//! `java&#115;cript:` or `&sol;&sol;host` gets the same answer as one who writes it plainly.
//! The names come from the HTML standard's full table (the `entities` crate, already built
//! for comrak); the rules for numbers and for names without `;` are the standard's.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where a reference is read: attribute values keep `&name` followed by `=` or a letter or
/// digit as written (so `?a=1&copy=2` stays a query), text decodes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Text between tags.
    Text,
    /// An attribute's value.
    Attribute,
}

/// The longest name in the table (`&CounterClockwiseContourIntegral;`), without `&` and `;`.
const LONGEST_NAME: usize = 32;

/// The table: a name as written after `&` (`amp;`, or `amp` for the legacy names browsers
/// also read without `;`) to its characters.
fn names() -> &'static HashMap<&'static str, &'static str> {
    static NAMES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|e| (&e.entity[1..], e.characters))
            .collect()
    })
}

/// What the windows-1252 bytes 0x80 to 0x9F stand for, as the standard reads `&#128;` to
/// `&#159;`; zero where it keeps the number.
const WINDOWS_1252: [u32; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// The character a numeric reference's number stands for.
fn number_char(code: u32) -> char {
    match code {
        0 => '\u{FFFD}',
        0x80..=0x9F if WINDOWS_1252[(code - 0x80) as usize] != 0 => {
            char::from_u32(WINDOWS_1252[(code - 0x80) as usize]).unwrap_or('\u{FFFD}')
        }
        _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
    }
}

/// Reads the numeric reference after `&#` in `rest`: its character and how many bytes of
/// `rest` it took (`;` included when written); `None` when no digit follows.
fn numeric(rest: &str) -> Option<(char, usize)> {
    let bytes = rest.as_bytes();
    let (radix, start) = match bytes.first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let digits = bytes[start..]
        .iter()
        .take_while(|b| (**b as char).is_digit(radix))
        .count();
    if digits == 0 {
        return None;
    }
    let text = rest[start..start + digits].trim_start_matches('0');
    // A number too long for a `u32` is out of range, like any number past U+10FFFF.
    let code = if text.len() > 8 {
        u32::MAX
    } else {
        u32::from_str_radix(text, radix).unwrap_or(0)
    };
    let end = start + digits;
    let end = if bytes.get(end) == Some(&b';') { end + 1 } else { end };
    Some((number_char(code), end))
}

/// Reads the named reference at the start of `rest` (after `&`): its characters and how
/// many bytes it took; `None` when it stays as written.
fn named(rest: &str, place: Place) -> Option<(&'static str, usize)> {
    let run = rest
        .bytes()
        .take(LONGEST_NAME + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if rest.as_bytes().get(run) == Some(&b';')
        && let Some(chars) = names().get(&rest[..=run])
    {
        return Some((chars, run + 1));
    }
    // The longest legacy name (written without `;`) the run starts with.
    let (len, chars) = (2..=run.min(6))
        .rev()
        .find_map(|len| names().get(&rest[..len]).map(|c| (len, *c)))?;
    let next = rest.as_bytes().get(len);
    let kept = place == Place::Attribute && next.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'=');
    (!kept).then_some((chars, len))
}

/// `html` with its character references decoded; borrowed when it has none.
pub fn decode(html: &str, place: Place) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', html.as_bytes()) else {
        return Cow::Borrowed(html);
    };
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..first]);
    let mut rest = &html[first..];
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let found = match after.strip_prefix('#') {
            Some(number) => numeric(number).map(|(c, len)| {
                out.push(c);
                len + 1
            }),
            None => named(after, place).map(|(chars, len)| {
                out.push_str(chars);
                len
            }),
        };
        match found {
            Some(len) => rest = &after[len..],
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Which characters [`escape`] writes as character references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// `&` and `"`: a value the output pass writes back between double quotes, its `<`
    /// and `>` left as the page had them.
    Quoted,
    /// `&`, `<`, `>` and `"`: text, or a value between double quotes.
    Markup,
    /// `&`, `<`, `>`, `"` and `'`: text, or a value between either quotes (the studio's
    /// pages).
    AnyQuotes,
}

/// `text` with the characters of `set` written as references; borrowed when it has none.
/// The one escape every stage uses.
pub fn escape(text: &str, set: Escape) -> Cow<'_, str> {
    let reference = |c: char| match (c, set) {
        ('&', _) => Some("&amp;"),
        ('"', _) => Some("&quot;"),
        ('<', Escape::Markup | Escape::AnyQuotes) => Some("&lt;"),
        ('>', Escape::Markup | Escape::AnyQuotes) => Some("&gt;"),
        ('\'', Escape::AnyQuotes) => Some("&#39;"),
        _ => None,
    };
    let Some(first) = text.find(|c| reference(c).is_some()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        match reference(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(s: &str) -> String {
        decode(s, Place::Attribute).into_owned()
    }

    #[test]
    fn numbers_and_names_decode_as_browsers_decode_them() {
        assert_eq!(attr("javascript&#58;x"), "javascript:x");
        assert_eq!(attr("javascript&colon;x"), "javascript:x");
        assert_eq!(attr("&#x2F;&#X2f;host"), "//host");
        assert_eq!(attr("&#0000106avascript:"), "javascript:");
        assert_eq!(attr("&sol;&sol;host"), "//host");
        assert_eq!(attr("&NewLine;&Tab;&CounterClockwiseContourIntegral;"), "\n\t∳");
        assert_eq!(attr("&#128;&#0;&#x110000;&#xD800;"), "€\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(attr("&#99999999999999;"), "\u{FFFD}");
        assert_eq!(
            attr("a &amp b &unknown; c &# d &#x; e &"),
            "a & b &unknown; c &# d &#x; e &"
        );
    }

    #[test]
    fn legacy_names_without_semicolon_follow_the_attribute_rule() {
        assert_eq!(attr("?a=1&copy=2&lang=en"), "?a=1&copy=2&lang=en");
        assert_eq!(attr("&copyx &copy. &lt"), "&copyx ©. <");
        assert_eq!(decode("&copyx &notit;", Place::Text), "©x ¬it;");
    }

    #[test]
    fn escaping_round_trips() {
        let text = "a&b \"c\" &amp;";
        assert_eq!(attr(&escape(text, Escape::Quoted)), text);
        assert_eq!(escape(text, Escape::Quoted), "a&amp;b &quot;c&quot; &amp;amp;");
        assert_eq!(escape("<a b='c'>", Escape::Markup), "&lt;a b='c'&gt;");
        assert_eq!(escape("<a b='c'>", Escape::AnyQuotes), "&lt;a b=&#39;c&#39;&gt;");
        assert!(matches!(escape("plain", Escape::AnyQuotes), Cow::Borrowed("plain")));
    }
}
