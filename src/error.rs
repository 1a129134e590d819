//! Problems haven reports to the author: what is wrong, where, and how to fix it.
//!
//! Every stage reports through [`Diagnostic`]; `main.rs` prints them in one place.
//! A build collects every problem it can find before stopping, so the author sees
//! all of them at once rather than one per run.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Stops the build; nothing is published.
    Error,
    /// Reported; the build goes on (unless `--strict` turns it into an error).
    Warning,
}

/// Where a problem is: a file, and the line and column when known (both from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, relative to the site root when it is inside it.
    pub file: PathBuf,
    /// Line number, counting the file's first line as 1.
    pub line: Option<usize>,
    /// Column number in characters, from 1.
    pub column: Option<usize>,
}

/// One problem found in the author's input or in the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where it is, when known.
    pub location: Option<Location>,
    /// The offending line of the file, shown under the location.
    pub snippet: Option<String>,
    /// How to fix it.
    pub hint: Option<String>,
    /// What haven was doing when it found the problem (`while rendering ...`).
    pub note: Option<String>,
    /// True for a warning that `--strict` leaves a warning: advice the author may weigh
    /// (the reading-level check, unless the site opts in to it being strict).
    pub advisory: bool,
}

impl Diagnostic {
    /// A new error with a message and no location yet.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            snippet: None,
            hint: None,
            note: None,
            advisory: false,
        }
    }

    /// A new warning with a message and no location yet.
    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// Places the problem in a file, without a line.
    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.location = Some(Location {
            file: file.as_ref().to_path_buf(),
            line: None,
            column: None,
        });
        self
    }

    /// Places the problem at a line (and column) of `text`, the content of `file`, and
    /// keeps that line as the snippet.
    pub fn at_line(mut self, file: impl AsRef<Path>, text: &str, line: usize, column: usize) -> Self {
        self.location = Some(Location {
            file: file.as_ref().to_path_buf(),
            line: Some(line),
            column: Some(column),
        });
        self.snippet = nth_line(text, line.saturating_sub(1)).map(|l| l.trim_end_matches('\r').to_string());
        self
    }

    /// Places the problem at a byte offset of `text`, the content of `file`, plus
    /// `line_offset` lines (for text that starts part-way into the file).
    pub fn at_offset(self, file: impl AsRef<Path>, text: &str, offset: usize, line_offset: usize) -> Self {
        let (line, column) = line_and_column(text, offset);
        let file_text_line = line + line_offset;
        let mut d = self.at_line(file, text, line, column);
        if let Some(loc) = d.location.as_mut() {
            loc.line = Some(file_text_line);
        }
        d
    }

    /// Adds how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Says what haven was doing when it found the problem.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Marks the finding as advice: `--strict` does not make it an error.
    pub fn advisory(mut self) -> Self {
        self.advisory = true;
        self
    }

    /// True when `--strict` makes this finding an error: any warning but advice.
    pub fn fails_strict(&self) -> bool {
        self.is_error() || !self.advisory
    }

    /// True for errors, false for warnings.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Line `n` (from 0) of `text` as [`str::lines`] counts them (a last line break starts no
/// line), its `\r`s left on: found with memchr, as a big site's warnings each quote one.
fn nth_line(text: &str, n: usize) -> Option<&str> {
    let start = match n {
        0 => 0,
        n => memchr::memchr_iter(b'\n', text.as_bytes()).nth(n - 1)? + 1,
    };
    let rest = text.get(start..).filter(|rest| !rest.is_empty())?;
    Some(memchr::memchr(b'\n', rest.as_bytes()).map_or(rest, |end| &rest[..end]))
}

/// The 1-based line and character column of a byte offset in `text`.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        if let Some(loc) = &self.location {
            write!(f, "  --> {}", loc.file.display())?;
            if let Some(line) = loc.line {
                write!(f, ":{line}")?;
                if let Some(col) = loc.column {
                    write!(f, ":{col}")?;
                }
            }
            writeln!(f)?;
            if let (Some(line), Some(snippet)) = (loc.line, &self.snippet) {
                let gutter = line.to_string().len();
                writeln!(f, "{:gutter$} |", "")?;
                writeln!(f, "{line} | {snippet}")?;
                if let Some(col) = loc.column {
                    let pad: String = snippet
                        .chars()
                        .take(col.saturating_sub(1))
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    writeln!(f, "{:gutter$} | {pad}^", "")?;
                }
            }
        }
        if let Some(note) = &self.note {
            writeln!(f, "  = note: {note}")?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = help: {hint}")?;
        }
        Ok(())
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum Error {
    /// Bad input or a failed check: the author can fix it (exit code 1).
    User(Vec<Diagnostic>),
    /// haven itself failed: a bug, or the machine refused (exit code 2).
    Internal(String),
}

impl Error {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::User(_) => 1,
            Error::Internal(_) => 2,
        }
    }

    /// An internal failure while touching `path`.
    pub fn io(action: &str, path: &Path, err: std::io::Error) -> Self {
        Error::Internal(format!("could not {action} {}: {err}", path.display()))
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::User(vec![d])
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::User(diagnostics) => {
                for d in diagnostics {
                    writeln!(f, "{d}")?;
                }
                Ok(())
            }
            Error::Internal(message) => writeln!(f, "internal error: {message}"),
        }
    }
}

/// The result type of every stage.
pub type Result<T> = std::result::Result<T, Error>;

/// Folds problems that differ only in their note (the same template error on every
/// page, say) into the first, whose note then counts the others.
pub fn collapse_repeats(list: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<(Diagnostic, usize)> = Vec::new();
    for d in list {
        let same = |o: &Diagnostic| o.severity == d.severity && o.message == d.message && o.location == d.location;
        match out.iter_mut().find(|(o, _)| same(o)) {
            Some((_, count)) => *count += 1,
            None => out.push((d, 0)),
        }
    }
    out.into_iter()
        .map(|(mut d, others)| {
            if others > 0 {
                let note = d.note.take().unwrap_or_default();
                d.note = Some(
                    format!("{note} (and {others} other page{})", if others == 1 { "" } else { "s" })
                        .trim()
                        .to_string(),
                );
            }
            d
        })
        .collect()
}

/// The allowed word nearest to `word`, when it is near enough to be a likely slip
/// (`wieght` for `weight`, `ks5` for `ks4`).
pub fn nearest<'a>(word: &str, allowed: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    allowed
        .into_iter()
        .map(|a| (strsim::normalized_damerau_levenshtein(&word, &a.to_lowercase()), a))
        .filter(|(score, _)| *score >= 0.5)
        .max_by(|x, y| x.0.total_cmp(&y.0))
        .map(|(_, a)| a)
}

/// "did you mean `weight`? " for a hint's start, or nothing when no allowed word is near.
pub fn did_you_mean<'a>(word: &str, allowed: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, allowed).map_or_else(String::new, |a| format!("did you mean `{a}`? "))
}

/// Collects problems across many files, so one run reports them all.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Diagnostic>,
}

impl Problems {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one problem.
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    /// Adds the problems of a failed step; internal failures pass straight through.
    pub fn absorb(&mut self, err: Error) -> Result<()> {
        match err {
            Error::User(list) => {
                self.list.extend(list);
                Ok(())
            }
            internal => Err(internal),
        }
    }

    /// Keeps the value of a step, or records its problems and gives `None`.
    pub fn take<T>(&mut self, result: Result<T>) -> Result<Option<T>> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(e) => self.absorb(e).map(|()| None),
        }
    }

    /// Adds every problem of `other`, after this one's.
    pub fn extend(&mut self, other: Problems) {
        self.list.extend(other.list);
    }

    /// True when an error (not just a warning) was recorded.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(Diagnostic::is_error)
    }

    /// Fails with every recorded problem when any is an error; otherwise hands back
    /// the warnings for the build summary.
    pub fn finish(self) -> Result<Vec<Diagnostic>> {
        if self.has_errors() {
            Err(Error::User(self.list))
        } else {
            Ok(self.list)
        }
    }

    /// Everything recorded, errors and warnings.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line a warning quotes is the one `str::lines` gives, over generated texts of
    /// `a`, `\n`, `\r` and a two-byte letter, for every line number and one past the end.
    #[test]
    fn the_nth_line_is_the_one_lines_gives() {
        for text in crate::web::white_space::generated_texts("a\n\r\u{e9}", 20_000, 0..=11) {
            for n in 0..=text.lines().count() + 1 {
                let lines = text.lines().nth(n).map(|l| l.trim_end_matches('\r'));
                assert_eq!(
                    nth_line(&text, n).map(|l| l.trim_end_matches('\r')),
                    lines,
                    "{text:?} {n}"
                );
            }
        }
    }

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 6), (2, 1));
        assert_eq!(line_and_column(text, 9), (2, 3));
        assert_eq!(line_and_column(text, 999), (3, 1));
    }

    #[test]
    fn slips_get_the_nearest_allowed_word() {
        assert_eq!(nearest("wieght", ["title", "weight", "slug"]), Some("weight"));
        assert_eq!(nearest("KS5", ["eyfs", "ks1", "ks4"]), Some("ks4"));
        assert_eq!(did_you_mean("banana", ["title", "weight"]), "");
    }

    #[test]
    fn display_shows_file_line_snippet_and_hint() {
        let d = Diagnostic::error("unknown key `colour`")
            .at_line("config.toml", "title = \"x\"\ncolour = 1\n", 2, 1)
            .hint("remove it");
        let shown = d.to_string();
        assert!(shown.contains("--> config.toml:2:1"), "{shown}");
        assert!(shown.contains("2 | colour = 1"), "{shown}");
        assert!(shown.contains("help: remove it"), "{shown}");
    }
}
