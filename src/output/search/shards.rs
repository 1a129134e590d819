//! The words of every page, split into shards by where they fall in the sorted list of
//! words (the pattern of Pagefind's index, written for haven): a query loads only the
//! shards that can hold words beginning with its terms. Each shard is a script
//! (`/search-index/w3.js`), so it loads from `file://` too, where a page may not fetch.
//!
//! A shard lists words with, for each, the pages holding it: page numbers in order, each
//! as its distance from the one before times four, plus 1 if the word is in the title and
//! 2 if it is in the text (`[5, 6, 18]` = page 1 title, page 2 text, page 6 both).

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::fold::each_word;
use super::shelf::{Book, loaded};

/// A shard is closed once it holds this many bytes of script (a word's list of pages is
/// never split, so a shard of a word found on every page can be larger).
const SHARD_BYTES: usize = 16 * 1024;

/// One shard: its first and last word, and its script.
pub struct Shard {
    pub first: String,
    pub last: String,
    pub script: String,
}

/// Words as the browser orders strings (by UTF-16 code units), so that the first and last
/// word of each shard mean the same on both sides.
fn browser_order(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// Each word of a page once, with 1 if it is in the title and 2 if in the text.
fn page_words(book: &Book) -> Vec<(String, u8)> {
    let mut found: FxHashMap<String, u8> = FxHashMap::default();
    let mut add = |word: &str, place: u8| match found.get_mut(word) {
        Some(places) => *places |= place,
        None => {
            found.insert(word.to_string(), place);
        }
    };
    each_word(&book.shown.title, |word| add(word, 1));
    // The description and body, read one after the other: no word runs across the space
    // that joins them.
    for part in book.shown.text.description.into_iter().chain([&*book.shown.text.body]) {
        each_word(part, |word| add(word, 2));
    }
    found.into_iter().collect()
}

/// Each page's words, by its title and text. `haven serve` keeps them between builds, so
/// that after an edit only the pages whose title or text changed are split into words
/// again: splitting every page took most of what an edit's search index cost (issue 22).
#[derive(Default)]
pub struct Words(HashMap<String, PageWords>);

/// A page's words, each once, with where it was found (1 title, 2 text, 3 both).
type PageWords = Arc<[(String, u8)]>;

/// What a page's words are kept by: its title and text, both whole.
fn key_of(book: &Book) -> String {
    let title = &book.shown.title;
    format!("{}:{title}{}", title.len(), book.shown.text.joined())
}

/// The shards of the words of `books` (numbered by their place in it), each page's words
/// taken from `known` when its title and text are the same; with `keep`, also every
/// page's words, for the next build (empty without).
pub fn shards(books: &[Book], known: Option<&Words>, keep: bool) -> (Vec<Shard>, Words) {
    let per_page: Vec<(Option<String>, PageWords)> = books
        .par_iter()
        .map(|book| {
            let key = (keep || known.is_some()).then(|| key_of(book));
            let kept = key.as_ref().and_then(|k| known?.0.get(k));
            let found = kept.map_or_else(|| page_words(book).into(), Arc::clone);
            (key, found)
        })
        .collect();
    // For each word: the last page it was found on, and its list so far. One thread
    // reads every word of every page here, so the hash is a fast one (a build's own words).
    let mut pages_of: FxHashMap<String, (u32, Vec<u32>)> = FxHashMap::default();
    for (page, (_, found)) in per_page.iter().enumerate() {
        let page = u32::try_from(page).unwrap_or(u32::MAX);
        for (word, place) in found.iter() {
            // Looked up first: most words are met again, and each is cloned once. The
            // first page's distance is from page 0.
            match pages_of.get_mut(word) {
                Some((last, list)) => {
                    list.push(((page - *last) << 2) | u32::from(*place));
                    *last = page;
                }
                None => {
                    pages_of.insert(word.clone(), (page, vec![(page << 2) | u32::from(*place)]));
                }
            }
        }
    }
    let words = match keep {
        true => Words(
            per_page
                .into_iter()
                .filter_map(|(key, found)| Some((key?, found)))
                .collect(),
        ),
        false => Words::default(),
    };
    let mut sorted: Vec<(String, Vec<u32>)> = pages_of.into_iter().map(|(w, (_, list))| (w, list)).collect();
    sorted.sort_by(|a, b| browser_order(&a.0, &b.0));
    let mut shards = Vec::new();
    let mut entries: Vec<&(String, Vec<u32>)> = Vec::new();
    let mut bytes = 0;
    for entry in &sorted {
        bytes += entry.0.len() + entry.1.len() * 4;
        entries.push(entry);
        if bytes >= SHARD_BYTES {
            shards.push(shard(shards.len(), &entries));
            entries.clear();
            bytes = 0;
        }
    }
    if !entries.is_empty() {
        shards.push(shard(shards.len(), &entries));
    }
    (shards, words)
}

fn shard(number: usize, entries: &[&(String, Vec<u32>)]) -> Shard {
    Shard {
        first: entries.first().map(|e| e.0.clone()).unwrap_or_default(),
        last: entries.last().map(|e| e.0.clone()).unwrap_or_default(),
        script: loaded(&format!("w{number}"), &entries),
    }
}
