//! Tokenizes every written page under the folders given, with haven's reader
//! (`html_scan`, the one every check uses) and with html5gum (a WHATWG tokenizer), and
//! prints each one's speed in MB/s: the evidence issue 16 asks for before keeping
//! html_scan. Both do the work haven's pass needs: every token of the page, the contents
//! of `<script>`/`<style>` as text, and every attribute value with its character
//! references decoded (html5gum decodes text too, html_scan leaves text as written: the
//! pass copies it through, and the search text decodes it once). Best of several rounds.
//!
//! usage: html-reader FOLDER...

// haven's reader, compiled from its own source so this benchmark needs nothing else of
// haven's (and haven nothing of html5gum).
#[path = "../../src/output/char_refs.rs"]
#[allow(dead_code)]
mod char_refs;
#[path = "../../src/output/html_scan.rs"]
#[allow(dead_code)]
mod html_scan;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What one reader made of every page: tags started, attributes, bytes of attribute
/// values read (so nothing is optimised away).
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    start_tags: usize,
    attributes: usize,
    value_bytes: usize,
}

fn with_html_scan(pages: &[String]) -> Tally {
    let mut tally = Tally::default();
    for page in pages {
        for token in html_scan::Tokens::new(page) {
            if let html_scan::Token::Start(tag) = token {
                tally.start_tags += 1;
                for attribute in &tag.attributes {
                    tally.attributes += 1;
                    if let Some(value) = tag.value(&attribute.name) {
                        tally.value_bytes += value.len();
                    }
                }
            }
        }
    }
    tally
}

fn with_html5gum(pages: &[String]) -> Tally {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut tally = Tally::default();
    for page in pages {
        let mut emitter = DefaultEmitter::default();
        // Read <script>, <style>, <title>... as text, as a browser (and html_scan) does.
        emitter.naively_switch_states(true);
        for Ok(token) in Tokenizer::new_with_emitter(page.as_str(), emitter) {
            if let Token::StartTag(tag) = token {
                tally.start_tags += 1;
                for value in tag.attributes.values() {
                    tally.attributes += 1;
                    tally.value_bytes += value.len();
                }
            }
        }
    }
    tally
}

/// The best time of `rounds` runs of `read` over `pages`, and what it counted.
fn best_of(rounds: usize, pages: &[String], read: fn(&[String]) -> Tally) -> (Duration, Tally) {
    let mut best = Duration::MAX;
    let mut tally = Tally::default();
    for _ in 0..rounds {
        let start = Instant::now();
        tally = std::hint::black_box(read(std::hint::black_box(pages)));
        best = best.min(start.elapsed());
    }
    (best, tally)
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

fn main() {
    let folders: Vec<String> = std::env::args().skip(1).collect();
    if folders.is_empty() {
        eprintln!("usage: html-reader FOLDER...   (folders of written pages)");
        std::process::exit(2);
    }
    println!("| pages | files | MB | html_scan MB/s | html5gum MB/s | html_scan / html5gum |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for folder in folders {
        let mut files = Vec::new();
        html_files(Path::new(&folder), &mut files);
        let pages: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
        let mb = pages.iter().map(String::len).sum::<usize>() as f64 / 1e6;
        let rounds = if mb > 20.0 { 3 } else { 10 };
        let (scan, scan_tally) = best_of(rounds, &pages, with_html_scan);
        let (gum, gum_tally) = best_of(rounds, &pages, with_html5gum);
        let speed = |d: Duration| mb / d.as_secs_f64();
        println!(
            "| {folder} | {} | {mb:.1} | {:.0} | {:.0} | {:.1}x |",
            pages.len(),
            speed(scan),
            speed(gum),
            gum.as_secs_f64() / scan.as_secs_f64()
        );
        eprintln!("{folder}: html_scan read {scan_tally:?}; html5gum read {gum_tally:?}");
    }
}
