//! The pages every search index lists, each once (issue 20): a content file that several
//! languages and versions show (an untranslated lesson in every language, a standard page
//! standing in for a missing easy-read one) is one page here, with the address each
//! language's search page links it by. Each page's text is written once, as its own small
//! script (`/search-index/p12.js`), loaded only when it is among the results shown.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Serialize;

use super::fold::fold;
use crate::content::Band;

/// The folder of the shared parts of the index: words and pages.
pub const FOLDER: &str = "/search-index/";

/// A page's text in the index: its description, if any, then its body. The two are joined
/// only as a page is written, so building the index never holds a second copy of every
/// lesson's text (BENCHMARKS.md).
#[derive(Clone)]
pub struct Text<'a> {
    pub description: Option<&'a str>,
    pub body: Cow<'a, str>,
}

impl Text<'_> {
    /// Both parts, as one string (what `haven serve` keeps its words by).
    pub fn joined(&self) -> Cow<'_, str> {
        match self.description {
            Some(d) => Cow::Owned(format!("{d} {}", self.body)),
            None => Cow::Borrowed(&self.body),
        }
    }
}

/// What a search result shows of one page.
#[derive(Clone)]
pub struct Shown<'a> {
    /// The content file it shows (none for a page haven makes).
    pub file: Option<&'a Path>,
    pub title: Cow<'a, str>,
    pub band: Option<Band>,
    /// The language its text is in.
    pub lang: &'a str,
    pub text: Text<'a>,
}

/// What makes two listed pages the same page: the content file they show, or, for a
/// page haven makes (a topic, the curriculum map), its address in one language.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Source<'a> {
    File(&'a Path),
    Made(&'a str),
}

/// One page as one language's index lists it.
pub struct Listed<'a> {
    pub source: Source<'a>,
    pub shown: Shown<'a>,
    /// Its address from the top of the site (`pl/lessons/ks1/`).
    pub url: String,
}

/// One page of the shelf, with its address in each index that lists it.
pub struct Book<'a> {
    pub shown: Shown<'a>,
    /// (index name such as `pl/easy`, address from the top of the site).
    pub urls: Vec<(String, String)>,
}

impl Book<'_> {
    /// The script holding this page for results: `havenSearchLoaded("p12",{...});`, the
    /// JSON written here as serde_json writes it (keys `t`itle, `l`anguage, `b`and,
    /// te`x`t and `u`rls, the URLs sorted so a build writes the same bytes every time).
    /// By hand, for the text: it is most of the index's bytes, and escaping it a word
    /// at a time was a tenth of writing the index (issue 22).
    pub fn script(&self, id: usize) -> String {
        let text = &self.shown.text;
        let extra = text.description.map_or(0, str::len) + text.body.len();
        let mut script = Vec::with_capacity(extra + self.shown.title.len() + 96);
        script.extend_from_slice(format!("havenSearchLoaded(\"p{id}\",{{\"t\":\"").as_bytes());
        push_escaped(&mut script, &self.shown.title);
        script.extend_from_slice(b"\",\"l\":\"");
        push_escaped(&mut script, self.shown.lang);
        script.extend_from_slice(b"\",\"b\":\"");
        push_escaped(&mut script, self.shown.band.map_or("", Band::code));
        script.extend_from_slice(b"\",\"x\":\"");
        if let Some(description) = text.description {
            push_escaped(&mut script, description);
            script.push(b' ');
        }
        push_escaped(&mut script, &text.body);
        script.extend_from_slice(b"\",\"u\":{");
        let urls: BTreeMap<&str, &str> = self.urls.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        for (i, (index, url)) in urls.into_iter().enumerate() {
            if i > 0 {
                script.push(b',');
            }
            script.push(b'"');
            push_escaped(&mut script, index);
            script.extend_from_slice(b"\":\"");
            push_escaped(&mut script, url);
            script.push(b'"');
        }
        script.extend_from_slice(b"}});\n");
        // Only whole characters were copied, and escapes are ASCII.
        String::from_utf8(script).unwrap_or_default()
    }
}

/// Appends `text` to `out` escaped for the inside of a JSON string, exactly as serde_json
/// escapes it: `"` and `\` by a backslash, the control characters by their short escape
/// or `\u00xx`, everything else as it is. Eight bytes are looked at together while none
/// needs escaping, as in nearly all of a page's text.
fn push_escaped(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(eight) = bytes.get(i..i + 8)
            && !any_to_escape(u64::from_le_bytes(eight.try_into().unwrap_or_default()))
        {
            i += 8;
            continue;
        }
        let b = bytes[i];
        let unicode = [
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xf)],
        ];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..0x20 => &unicode,
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(escape);
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// True when one of the eight bytes of `x` may need escaping (a `"`, a `\`, or below
/// 0x20); never false when one does (the bytes are then read one by one).
const fn any_to_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `v` is zero, or below `n`, only if its high bit is set here.
    const fn below(v: u64, n: u64) -> u64 {
        v.wrapping_sub(ONES * n) & !v & HIGH
    }
    (below(x ^ (ONES * b'"' as u64), 1) | below(x ^ (ONES * b'\\' as u64), 1) | below(x, 0x20)) != 0
}

/// The script that hands `data` to the search page's `havenSearchLoaded` under `name`.
pub fn loaded(name: &str, data: &impl Serialize) -> String {
    let mut script = format!("havenSearchLoaded(\"{name}\",").into_bytes();
    // Serializing strings and numbers into memory cannot fail.
    let _ = serde_json::to_writer(&mut script, data);
    script.extend_from_slice(b");\n");
    // serde_json writes UTF-8.
    String::from_utf8(script).unwrap_or_default()
}

/// Every listed page once, in the order results with equal scores are shown (by title,
/// ignoring case and accents, as near as a build can come to the reader's language's
/// order), and for each index the numbers of the pages it lists.
pub fn shelve<'a>(listings: Vec<(String, Vec<Listed<'a>>)>) -> (Vec<Book<'a>>, Vec<Vec<usize>>) {
    let mut found: HashMap<Source<'a>, usize> = HashMap::new();
    let mut books: Vec<Book<'a>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (name, listed) in listings {
        let mut mine = Vec::with_capacity(listed.len());
        for page in listed {
            let at = *found.entry(page.source).or_insert_with(|| {
                books.push(Book {
                    shown: page.shown,
                    urls: Vec::new(),
                });
                books.len() - 1
            });
            books[at].urls.push((name.clone(), page.url));
            mine.push(at);
        }
        members.push(mine);
    }
    let keys: Vec<(String, usize)> = books
        .iter()
        .enumerate()
        .map(|(i, b)| (fold(&b.shown.title).into_owned(), i))
        .collect();
    let mut order: Vec<usize> = (0..books.len()).collect();
    order.sort_by(|&a, &b| (&keys[a].0, &books[a].shown.title, a).cmp(&(&keys[b].0, &books[b].shown.title, b)));
    let mut renumbered = vec![0; books.len()];
    for (new, &old) in order.iter().enumerate() {
        renumbered[old] = new;
    }
    let mut slots: Vec<Option<Book<'a>>> = books.into_iter().map(Some).collect();
    let sorted = order.iter().filter_map(|&old| slots[old].take()).collect();
    for list in &mut members {
        for at in list.iter_mut() {
            *at = renumbered[*at];
        }
    }
    (sorted, members)
}

/// The pages an index lists, one bit each, six to a character (`A-Za-z0-9-_`): 1.7 KB
/// for 10,000 pages.
pub fn bits(members: &[usize], count: usize) -> String {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut sixes = vec![0u8; count.div_ceil(6)];
    for &m in members {
        sixes[m / 6] |= 1 << (m % 6);
    }
    sixes.into_iter().map(|s| char::from(DIGITS[usize::from(s)])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::white_space::generated_texts;

    #[test]
    fn text_is_escaped_as_serde_json_escapes_it() {
        // Every control character, both escaped marks, a slash, DEL, accents, Urdu and an
        // emoji, in texts long and short, so an escape falls at every place of an
        // eight-byte stretch and at its ends.
        let controls: String = (0u8..0x20).map(char::from).collect();
        let alphabet = format!("{controls}\"\\/\u{7f}aaaaaaaaaaaaaaaa bcd\u{e9}\u{6cc}\u{1f600}");
        for text in generated_texts(&alphabet, 20_000, 0..=40) {
            let mut mine = b"\"".to_vec();
            push_escaped(&mut mine, &text);
            mine.push(b'"');
            assert_eq!(
                String::from_utf8(mine).unwrap(),
                serde_json::to_string(&text).unwrap(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_page_script_is_the_json_serde_would_write() {
        let book = Book {
            shown: Shown {
                file: None,
                title: "Stay \"safe\"\\online".into(),
                band: Some(Band::Ks2),
                lang: "ur",
                text: Text {
                    description: Some("A line\twith a tab."),
                    body: "Tell an adult. \u{6cc}\u{6c1}".into(),
                },
            },
            urls: vec![("pl".into(), "pl/a/".into()), ("en".into(), "a/\"b\"/".into())],
        };
        // The struct the script was once serialized from, its fields in this order.
        #[derive(Serialize)]
        struct BookFile<'a> {
            t: &'a str,
            l: &'a str,
            b: &'a str,
            x: &'a str,
            u: BTreeMap<&'a str, &'a str>,
        }
        let json = serde_json::to_string(&BookFile {
            t: "Stay \"safe\"\\online",
            l: "ur",
            b: "ks2",
            x: "A line\twith a tab. Tell an adult. \u{6cc}\u{6c1}",
            u: [("pl", "pl/a/"), ("en", "a/\"b\"/")].into(),
        })
        .unwrap();
        assert_eq!(book.script(7), format!("havenSearchLoaded(\"p7\",{json});\n"));
    }
}
