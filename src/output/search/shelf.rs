//! The pages every search index lists, each once (issue 20): a content file that several
//! languages and versions show (an untranslated lesson in every language, a standard page
//! standing in for a missing easy-read one) is one page here, with the address each
//! language's search page links it by. Each page's text is written once, as its own small
//! script (`/search-index/p12.js`), loaded only when it is among the results shown.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Serialize, Serializer};

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

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.description {
            Some(d) => serializer.collect_str(&format_args!("{d} {}", self.body)),
            None => serializer.serialize_str(&self.body),
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

#[derive(Serialize)]
struct BookFile<'s, 'a> {
    t: &'s str,
    l: &'a str,
    b: &'static str,
    x: &'s Text<'a>,
    /// Sorted, so that a build writes the same bytes every time.
    u: BTreeMap<&'s str, &'s str>,
}

impl Book<'_> {
    /// The script holding this page for results: `havenSearchLoaded("p12", {...});`.
    pub fn script(&self, id: usize) -> String {
        let file = BookFile {
            t: &self.shown.title,
            l: self.shown.lang,
            b: self.shown.band.map_or("", Band::code),
            x: &self.shown.text,
            u: self.urls.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
        };
        loaded(&format!("p{id}"), &file)
    }
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
