//! The reading-level check (issue 23): a Key Stage 1 lesson is read to six-year-olds, and an
//! easy-read page must be easy. Each band has limits on how long its lessons' sentences
//! are, on average and at most, and (in English) on how many long words (three syllables
//! or more) one sentence holds; glossary terms and proper names do not count as long, since
//! the lesson teaches the one and cannot avoid the other. Lessons in other languages are
//! held to the sentence lengths only, half as long again. Easy-read files in any language follow the Easy Read
//! practice: sentences of at most 15 words, one idea per line. Findings are warnings at the
//! sentence's line; `--strict` makes them errors only when `[checks] reading_level` is
//! `"strict"` (docs/pages.md).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::sentences::{Sentence, sentences};
use super::syllables::{could_be_long, is_long, lowercase};
use crate::config::{Config, ReadingLevel};
use crate::content::{Band, Kind};
use crate::content::{Library, PageFile, Variant};
use crate::error::Diagnostic;
use crate::i18n::glossary::Glossary;

/// What a band's lessons may ask of their readers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// The most words a sentence may have.
    pub longest: usize,
    /// The most words the lesson's sentences may have on average.
    pub average: f64,
    /// The most long words (3+ syllables) in one English sentence.
    pub long_words: usize,
}

/// The limits of a band's lessons: set so a sentence a teacher reads aloud to the band
/// stays in one breath, and tuned so the example school's lessons pass.
pub fn limits(band: Band) -> Limits {
    let (longest, average, long_words) = match band {
        Band::Eyfs => (16, 9.0, 2),
        Band::Ks1 => (18, 11.0, 2),
        Band::Ks2 => (24, 14.0, 3),
        Band::Ks3 => (28, 16.0, 4),
        Band::Ks4 => (32, 18.0, 5),
    };
    Limits {
        longest,
        average,
        long_words,
    }
}

/// How much longer sentences may be in words in other languages: the same sentence takes
/// more words in Urdu (`کے بارے میں`, "about") than in English, and the limits are English.
const OTHER_LANGUAGES: f64 = 1.5;

/// The Easy Read practice's longest sentence (Department of Health, 2010).
pub const EASY_READ_LONGEST: usize = 15;

/// The words that never count as long: every word of the glossary's English terms.
fn known_words(glossary: &Glossary) -> FxHashSet<String> {
    glossary
        .terms
        .iter()
        .flat_map(|t| t.en.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>())
        .collect()
}

/// The reading-level findings of one page file of `kind` (the studio's preview of a
/// draft, which needs no other file read again); none when `[checks] reading_level =
/// "off"`.
pub fn check_file(config: &Config, glossary: &Glossary, kind: Kind, file: &PageFile) -> Vec<Diagnostic> {
    match config.checks.reading_level {
        ReadingLevel::Off => Vec::new(),
        level => file_findings(kind, file, &mut LongWords::new(&known_words(glossary)), level),
    }
}

/// Each content file's reading-level findings, in the library's order, with what they
/// were judged against. `haven serve` keeps them between builds, so that an edit reads
/// again only the files it changed: reading every lesson again took most of a page
/// edit's time on a 1,000-lesson site (issue 22).
#[derive(Debug, Default)]
pub struct Findings {
    /// The setting they were made under.
    level: ReadingLevel,
    /// The glossary's words they were made with.
    known: FxHashSet<String>,
    /// Each file's findings, by source file.
    files: Vec<(PathBuf, Vec<Diagnostic>)>,
}

impl Findings {
    /// Every finding, file by file in the library's order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.files.iter().flat_map(|(_, found)| found)
    }
}

/// How many files one job reads at most: small jobs, so that a thread free of other work
/// can take a share of what is left rather than wait (the check runs beside the pages).
const FILES_PER_JOB: usize = 8;

/// The reading-level findings of every file of `library`; with `last` (the library of
/// the last build and its findings), those of each file unchanged since then (the same
/// text, kind, language and version, the same glossary and setting) are kept, the
/// others read again. The result is the same either way, in the same order.
pub fn check_again(
    config: &Config,
    library: &Library,
    glossary: &Glossary,
    last: Option<(&Library, &Findings)>,
) -> Findings {
    let level = config.checks.reading_level;
    let mut findings = Findings {
        level,
        ..Findings::default()
    };
    if level == ReadingLevel::Off {
        return findings;
    }
    findings.known = known_words(glossary);
    let kept = last
        .filter(|(_, found)| found.level == level && found.known == findings.known)
        .map(|(old, found)| kept(old, found))
        .unwrap_or_default();
    let known = &findings.known;
    // Every file read on its own, in parallel; the findings stay in the library's order.
    // Each job keeps the verdicts on the words it has judged (see [`LongWords`]).
    findings.files = files_of(library)
        .par_iter()
        .with_max_len(FILES_PER_JOB)
        .map_init(
            || LongWords::new(known),
            |judge, &(kind, file)| {
                let same = kept
                    .get(file.source.as_path())
                    .filter(|(old_kind, old_file, _)| *old_kind == kind && *old_file == file);
                let found = match same {
                    Some((_, _, found)) => found.to_vec(),
                    None => file_findings(kind, file, judge, level),
                };
                (file.source.clone(), found)
            },
        )
        .collect();
    findings
}

/// Every page file of `library`, with its page's kind, in the library's order.
fn files_of(library: &Library) -> Vec<(Kind, &PageFile)> {
    library
        .pages
        .values()
        .flat_map(|page| page.versions.iter().map(move |file| (page.kind, file)))
        .collect()
}

/// The last build's files with their kind and findings, by source file.
fn kept<'a>(old: &'a Library, found: &'a Findings) -> HashMap<&'a Path, (Kind, &'a PageFile, &'a [Diagnostic])> {
    let by_file: HashMap<&Path, &[Diagnostic]> = found
        .files
        .iter()
        .map(|(source, found)| (source.as_path(), found.as_slice()))
        .collect();
    files_of(old)
        .into_iter()
        .filter_map(|(kind, file)| {
            let found = by_file.get(file.source.as_path())?;
            Some((file.source.as_path(), (kind, file, *found)))
        })
        .collect()
}

/// The findings of one file of a page of `kind`.
fn file_findings(kind: Kind, file: &PageFile, judge: &mut LongWords<'_>, level: ReadingLevel) -> Vec<Diagnostic> {
    let english = file.lang == "en" || file.lang.starts_with("en-");
    let found = match (file.variant, kind) {
        (Variant::Easy, _) => easy_read(file),
        (Variant::Standard, Kind::Lesson(band)) => lesson(file, band, english.then_some(judge)),
        _ => Vec::new(),
    };
    match level {
        ReadingLevel::Warn => found.into_iter().map(Diagnostic::advisory).collect(),
        _ => found,
    }
}

/// The findings of a standard lesson of `band`; long words (`judge`, which knows the
/// glossary) only for English.
fn lesson(file: &PageFile, band: Band, mut judge: Option<&mut LongWords<'_>>) -> Vec<Diagnostic> {
    let mut limits = limits(band);
    if judge.is_none() {
        limits.longest = (limits.longest as f64 * OTHER_LANGUAGES) as usize;
        limits.average *= OTHER_LANGUAGES;
    }
    let name = band_name(band);
    let all = sentences(&file.body, file.body_line);
    let mut found = Vec::new();
    for s in &all {
        if s.word_count() > limits.longest {
            found.push(at_sentence(
                file,
                s,
                format!(
                    "this sentence has {} words; {name} lessons keep every sentence to {} words at most",
                    s.word_count(),
                    limits.longest
                ),
                "split it into shorter sentences",
            ));
        }
        if let Some(judge) = judge.as_deref_mut() {
            let long = long_words(s, judge);
            if long.len() > limits.long_words {
                found.push(at_sentence(
                    file,
                    s,
                    format!(
                        "this sentence has {} long words ({}); {name} lessons use at most {} in a sentence",
                        long.len(),
                        long.join(", "),
                        limits.long_words
                    ),
                    "say it with shorter words, or add the lesson's key words to data/glossary.toml",
                ));
            }
        }
    }
    let words: usize = all.iter().map(|s| s.word_count()).sum();
    if !all.is_empty() && words as f64 / all.len() as f64 > limits.average {
        let average = words as f64 / all.len() as f64;
        found.push(
            Diagnostic::warning(format!(
                "this lesson's sentences have {average:.1} words on average; {name} lessons average {} words at most",
                limits.average
            ))
            .in_file(&file.source)
            .hint("split the longest sentences"),
        );
    }
    found
}

/// The findings of an easy-read file: long sentences, and lines with two sentences.
fn easy_read(file: &PageFile) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for s in sentences(&file.body, file.body_line) {
        if s.word_count() > EASY_READ_LONGEST {
            found.push(at_sentence(
                file,
                &s,
                format!(
                    "this easy-read sentence has {} words; Easy Read keeps sentences to {EASY_READ_LONGEST} words at most",
                    s.word_count()
                ),
                "split it into shorter sentences, one on each line",
            ));
        }
        if s.shares_line {
            found.push(at_sentence(
                file,
                &s,
                "this easy-read line has more than one sentence; Easy Read puts one idea on each line".into(),
                "start the next sentence on a new line (or a new list item)",
            ));
        }
    }
    found
}

/// The long words of a sentence: three syllables or more, not a glossary word, and not a
/// proper name (capitalised after the first word, or written in capitals: CEOP, Childline).
fn long_words<'s>(sentence: &'s Sentence, judge: &mut LongWords<'_>) -> Vec<&'s str> {
    sentence
        .words()
        .enumerate()
        .filter(|(i, w)| {
            if !could_be_long(w) {
                return false;
            }
            if is_name(*i, w) {
                return false;
            }
            judge.is_long(w)
        })
        .map(|(_, w)| w)
        .collect()
}

/// Which words are long and not the glossary's, each judged once: a lesson says the same
/// words again and again (the example school's 30 English lessons have 6,710 words, 1,135
/// different ones as written), so a verdict looked up costs a fraction of one made again
/// (lowering, counting syllables, two glossary lookups). The verdict depends on the word
/// as written and the glossary alone (whether it is a name depends on its place: asked
/// before). Kept for one job of files (see [`check_again`]), not shared between threads.
struct LongWords<'k> {
    /// The glossary's words.
    known: &'k FxHashSet<String>,
    /// Each word judged so far, as written, and whether it is long and not known.
    judged: FxHashMap<Box<str>, bool>,
}

impl<'k> LongWords<'k> {
    /// Judges words against the glossary's words `known`.
    fn new(known: &'k FxHashSet<String>) -> Self {
        Self {
            known,
            judged: FxHashMap::default(),
        }
    }

    /// True when `word` has three syllables or more and is not a glossary word (in the
    /// singular either).
    fn is_long(&mut self, word: &str) -> bool {
        if let Some(&long) = self.judged.get(word) {
            return long;
        }
        // Counting syllables is cheaper than looking the word up, and rules out most words.
        let lower = lowercase(word);
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        let long = is_long(&lower) && !self.known.contains(&*lower) && !self.known.contains(singular);
        self.judged.insert(word.into(), long);
        long
    }
}

/// True when the `i`th word of a sentence is a proper name: capitalised after the first
/// word, or with two capitals or more. Read by bytes when the word is ASCII, as most are.
fn is_name(i: usize, w: &str) -> bool {
    if w.is_ascii() {
        let bytes = w.as_bytes();
        (i > 0 && bytes.first().is_some_and(u8::is_ascii_uppercase))
            || bytes.iter().filter(|b| b.is_ascii_uppercase()).count() > 1
    } else {
        (i > 0 && w.starts_with(char::is_uppercase)) || w.chars().filter(|c| c.is_uppercase()).count() > 1
    }
}

fn band_name(band: Band) -> &'static str {
    match band {
        Band::Eyfs => "Early Years",
        Band::Ks1 => "Key Stage 1",
        Band::Ks2 => "Key Stage 2",
        Band::Ks3 => "Key Stage 3",
        Band::Ks4 => "Key Stage 4",
    }
}

/// A warning at a sentence's line, quoting it.
fn at_sentence(file: &PageFile, s: &Sentence, what: String, hint: &str) -> Diagnostic {
    let quote: String = if s.text.chars().count() > 160 {
        s.text.chars().take(157).chain("...".chars()).collect()
    } else {
        s.text.clone()
    };
    let mut d = Diagnostic::warning(format!("{what}: \u{201c}{quote}\u{201d}"))
        .at_line(&file.source, &file.body, s.line + 1 - file.body_line, 1)
        .hint(hint);
    if let Some(place) = d.location.as_mut() {
        place.line = Some(s.line);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Sentence {
        sentences(text, 1).remove(0)
    }

    #[test]
    fn names_and_glossary_words_are_not_long() {
        let known: FxHashSet<String> = ["cyberbullying".to_string()].into_iter().collect();
        let s = sentence("Everybody can report cyberbullying to Childline or CEOP, or tell a relative.");
        assert_eq!(long_words(&s, &mut LongWords::new(&known)), ["Everybody", "relative"]);
    }

    #[test]
    fn a_word_judged_before_is_judged_the_same() {
        // Sentences of words that are long or not, glossary words in the singular and
        // plural, names in every place and words in capitals: each sentence's long words,
        // with one judge kept over all of them, are those a fresh judge finds.
        let vocabulary = [
            "Everybody",
            "everybody",
            "family",
            "Family",
            "FAMILY",
            "cyberbullying",
            "Cyberbullying",
            "cyberbullyings",
            "relative",
            "relatives",
            "CEOP",
            "internet",
            "Internet",
            "video",
            "médium",
            "grown-up",
            "yes",
            "and",
            "Childline",
            "information",
        ];
        let letters: String = ('a'..='t').collect();
        let known: FxHashSet<String> = ["cyberbullying".to_string(), "relative".to_string()]
            .into_iter()
            .collect();
        let mut kept = LongWords::new(&known);
        let mut long_seen = 0;
        for picks in crate::web::white_space::generated_texts(&letters, 3_000, 1..=12) {
            let words: Vec<&str> = picks.chars().map(|c| vocabulary[c as usize - 'a' as usize]).collect();
            let s = sentence(&format!("{}.", words.join(" ")));
            let fresh = long_words(&s, &mut LongWords::new(&known));
            assert_eq!(long_words(&s, &mut kept), fresh, "{}", s.text);
            long_seen += fresh.len();
        }
        assert!(long_seen > 1_000, "too few long words: {long_seen}");
    }

    #[test]
    fn limits_grow_with_the_band() {
        let all = Band::ALL.map(limits);
        assert!(
            all.windows(2)
                .all(|w| w[0].longest < w[1].longest && w[0].average < w[1].average)
        );
    }
}
