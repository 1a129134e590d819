//! The link checks' findings (DESIGN §9): one per URL and result, naming every page and
//! source file where the URL appears, and the run's summary.

use std::path::PathBuf;

use serde::Serialize;

use crate::error::{Diagnostic, Location};

/// What checking a URL found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkResult {
    /// An internal or always-on problem: stops the build.
    Error,
    /// An external URL that is gone: stops the build.
    Broken,
    /// An external URL that could not be verified (401, 403, a timeout, ...).
    Unverified,
    /// `http://`, a permanent redirect: reported; stops the build under `--strict`.
    Warning,
    /// An external URL not checked this run (`--offline`, `haven build`) and not cached.
    Unchecked,
    /// An external URL that answered.
    Ok,
}

impl LinkResult {
    /// True when this result fails the run (`strict`: warnings and unverified URLs too).
    pub fn fails(self, strict: bool) -> bool {
        match self {
            LinkResult::Error | LinkResult::Broken => true,
            LinkResult::Unverified | LinkResult::Warning => strict,
            LinkResult::Unchecked | LinkResult::Ok => false,
        }
    }
}

/// One place a URL appears.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Source {
    /// The page's route path (`/links/`); empty (JSON `null`) for problems of a file.
    #[serde(serialize_with = "empty_as_null")]
    pub page: String,
    /// The file it came from: the page's content file, or the data or config file that
    /// holds the URL.
    pub file: Option<PathBuf>,
    /// The line in that file, when known.
    pub line: Option<usize>,
}

fn empty_as_null<S: serde::Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    if text.is_empty() {
        s.serialize_none()
    } else {
        s.serialize_str(text)
    }
}

/// One result for one URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The URL (for internal links, the site path it leads to); `None` for a problem that
    /// is not about a link (a missing CEOP button, in `haven check --format json`).
    pub url: Option<String>,
    /// What was found.
    pub result: LinkResult,
    /// The HTTP status, for external URLs that answered.
    pub status: Option<u16>,
    /// What is wrong (or right), in one sentence.
    pub message: String,
    /// Every place the URL appears, sorted.
    pub sources: Vec<Source>,
    /// How to fix it (not part of the JSON shape; shown to people).
    #[serde(skip)]
    pub hint: Option<String>,
}

impl Finding {
    /// A finding for `url` with no status and no hint.
    pub fn new(url: &str, result: LinkResult, message: impl Into<String>, sources: &[Source]) -> Self {
        Self {
            url: Some(url.to_string()),
            result,
            status: None,
            message: message.into(),
            sources: sources.to_vec(),
            hint: None,
        }
    }

    /// Adds how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds the HTTP status.
    pub fn status(mut self, status: Option<u16>) -> Self {
        self.status = status;
        self
    }

    /// A finding for a problem that is not about one link.
    pub fn from_diagnostic(d: &Diagnostic) -> Self {
        let sources = d
            .location
            .iter()
            .map(|l| Source {
                page: String::new(),
                file: Some(l.file.clone()),
                line: l.line,
            })
            .collect();
        Self {
            url: None,
            result: if d.is_error() {
                LinkResult::Error
            } else {
                LinkResult::Warning
            },
            status: None,
            message: d.message.clone(),
            sources,
            hint: d.hint.clone(),
        }
    }

    /// The finding as a diagnostic for the build's report: placed at its first source with
    /// a file, every other place listed in the note.
    pub fn to_diagnostic(&self, strict: bool) -> Diagnostic {
        let mut d = if self.result.fails(strict) {
            Diagnostic::error(&self.message)
        } else {
            Diagnostic::warning(&self.message)
        };
        if let Some(first) = self.sources.iter().find(|s| s.file.is_some()) {
            d.location = first.file.clone().map(|file| Location {
                file,
                line: first.line,
                column: None,
            });
        }
        d.hint = self.hint.clone();
        d.note(places(&self.sources))
    }
}

/// How many places a human report lists before counting the rest.
const PLACES_SHOWN: usize = 8;

/// "on /a/ (content/a.md:3), /b/ and 4 more pages".
fn places(sources: &[Source]) -> String {
    let shown: Vec<String> = sources
        .iter()
        .take(PLACES_SHOWN)
        .map(|s| match (&s.file, s.line) {
            (Some(file), Some(line)) => format!("{} ({}:{line})", s.page, file.display()),
            (Some(file), None) => format!("{} ({})", s.page, file.display()),
            _ => s.page.clone(),
        })
        .collect();
    let more = sources.len().saturating_sub(PLACES_SHOWN);
    let mut text = format!("on {}", shown.join(", "));
    if more > 0 {
        text.push_str(&format!(" and {more} more"));
    }
    text
}

/// The counts at the top of the JSON report (DESIGN §9): external URLs by result, and
/// every finding by what the run's severity made of it, so `errors` is 0 exactly when the
/// run passes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// External URLs that answered.
    pub ok: usize,
    /// External URLs that are gone.
    pub broken: usize,
    /// External URLs that could not be verified.
    pub unverified: usize,
    /// External URLs not checked this run.
    pub unchecked: usize,
    /// Findings reported as warnings: unverified URLs, `http://`, permanent redirects, and
    /// other problems' warnings; none under `--strict`, where they are errors.
    pub warnings: usize,
    /// Findings that fail the run: errors, broken URLs, and under `--strict` every
    /// unverified URL and every warning too.
    pub errors: usize,
}

impl Summary {
    /// Counts findings by result, and by severity (`strict`: as `--strict` sees them).
    pub fn of(findings: &[Finding], strict: bool) -> Self {
        let mut s = Summary::default();
        for f in findings {
            match f.result {
                LinkResult::Ok => s.ok += 1,
                LinkResult::Broken => s.broken += 1,
                LinkResult::Unverified => s.unverified += 1,
                LinkResult::Unchecked => s.unchecked += 1,
                LinkResult::Warning | LinkResult::Error => {}
            }
            if f.result.fails(strict) {
                s.errors += 1;
            } else if matches!(f.result, LinkResult::Unverified | LinkResult::Warning) {
                s.warnings += 1;
            }
        }
        s
    }
}

/// Everything the link checks found in one run.
#[derive(Debug, Clone, Default)]
pub struct LinkReport {
    /// Every finding, sorted by URL then result.
    pub findings: Vec<Finding>,
    /// External URLs skipped because of `links.exclude`.
    pub excluded: usize,
    /// External URLs answered from the cache without a request.
    pub cached: usize,
    /// True when external URLs were fetched this run.
    pub fetched: bool,
    /// Things people should know that are not findings (a damaged cache).
    pub notices: Vec<String>,
}

impl LinkReport {
    /// A report of these findings, sorted.
    pub fn new(mut findings: Vec<Finding>) -> Self {
        findings.sort_by(|a, b| (&a.url, a.result).cmp(&(&b.url, b.result)));
        Self {
            findings,
            ..Self::default()
        }
    }

    /// The counts (`strict`: as `--strict` sees them).
    pub fn summary(&self, strict: bool) -> Summary {
        Summary::of(&self.findings, strict)
    }

    /// True when any finding fails the run.
    pub fn fails(&self, strict: bool) -> bool {
        self.findings.iter().any(|f| f.result.fails(strict))
    }

    /// The findings people must see (not `ok`, not `unchecked`) as diagnostics.
    pub fn diagnostics(&self, strict: bool) -> Vec<Diagnostic> {
        self.findings
            .iter()
            .filter(|f| !matches!(f.result, LinkResult::Ok | LinkResult::Unchecked))
            .map(|f| f.to_diagnostic(strict))
            .collect()
    }

    /// The URLs that were not checked, in order.
    pub fn unchecked(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.result == LinkResult::Unchecked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(page: &str, line: Option<usize>) -> Source {
        Source {
            page: page.into(),
            file: Some(PathBuf::from("content/a.md")),
            line,
        }
    }

    #[test]
    fn strict_turns_warnings_and_unverified_into_failures() {
        assert!(LinkResult::Broken.fails(false));
        assert!(!LinkResult::Unverified.fails(false));
        assert!(LinkResult::Unverified.fails(true));
        assert!(!LinkResult::Unchecked.fails(true));
        assert!(!LinkResult::Ok.fails(true));
    }

    #[test]
    fn diagnostics_name_the_first_place_and_list_all() {
        let f = Finding::new(
            "https://x.uk/",
            LinkResult::Broken,
            "gone",
            &[source("/a/", Some(3)), source("/pl/a/", None)],
        );
        let d = f.to_diagnostic(false);
        assert!(d.is_error());
        assert_eq!(d.location.as_ref().and_then(|l| l.line), Some(3));
        let note = d.note.unwrap();
        assert!(
            note.contains("/a/ (content/a.md:3)") && note.contains("/pl/a/"),
            "{note}"
        );
    }

    #[test]
    fn summary_counts_each_result() {
        let r = LinkReport::new(vec![
            Finding::new("b", LinkResult::Ok, "", &[]),
            Finding::new("a", LinkResult::Warning, "", &[]),
            Finding::new("a", LinkResult::Ok, "", &[]),
        ]);
        assert_eq!(r.summary(false).ok, 2);
        assert_eq!(r.summary(false).warnings, 1);
        assert_eq!(r.findings[0].result, LinkResult::Warning);
    }

    #[test]
    fn summary_counts_what_the_runs_severity_made_of_each_finding() {
        let r = LinkReport::new(vec![
            Finding::new("a", LinkResult::Broken, "", &[]),
            Finding::new("b", LinkResult::Unverified, "", &[]),
            Finding::new("c", LinkResult::Warning, "", &[]),
            Finding::new("d", LinkResult::Error, "", &[]),
            Finding::new("e", LinkResult::Unchecked, "", &[]),
        ]);
        let lenient = r.summary(false);
        assert_eq!((lenient.errors, lenient.warnings), (2, 2));
        assert_eq!((lenient.broken, lenient.unverified, lenient.unchecked), (1, 1, 1));
        let strict = r.summary(true);
        assert_eq!((strict.errors, strict.warnings), (4, 0));
        let quiet = LinkReport::new(vec![Finding::new("b", LinkResult::Unverified, "", &[])]);
        assert_eq!(quiet.summary(false).errors, 0);
        assert_eq!(quiet.fails(false), quiet.summary(false).errors > 0);
        assert_eq!(quiet.fails(true), quiet.summary(true).errors > 0);
    }
}
