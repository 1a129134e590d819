//! How findings look on the author's screen: coloured labels on a terminal only (never
//! with `NO_COLOR` or when piped; `anstream` strips the colour then), and the one summary
//! line every run ends with (DESIGN §12).

use std::io::Write;

use anstyle::{AnsiColor, Style};
use rayon::prelude::*;

use crate::error::Diagnostic;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const PLACE: Style = AnsiColor::Blue.on_default().bold();
const HELP: Style = AnsiColor::Cyan.on_default().bold();

/// Prints findings (a [`Diagnostic`]'s text, or many) on standard error, coloured on a
/// terminal.
pub fn eprint_findings(text: &str) {
    let plain = plain_stderr();
    write_stderr(&shown(text, plain), plain);
}

/// Prints many findings as [`eprint_findings`] prints one, all in one write. Each is
/// written out (and coloured, or its control sequences taken out) on every core: once a
/// build is over, its thousand warnings are what keeps the author waiting.
pub fn eprint_all(findings: &[Diagnostic]) {
    let plain = plain_stderr();
    let text = findings
        .par_iter()
        .map(|finding| shown(&finding.to_string(), plain))
        .collect::<Vec<String>>()
        .concat();
    write_stderr(&text, plain);
}

/// True when standard error shows no colour (`NO_COLOR`, or not a terminal).
fn plain_stderr() -> bool {
    anstream::AutoStream::choice(&std::io::stderr()) == anstream::ColorChoice::Never
}

/// A finding as it is shown: coloured, or with nothing to colour, the control sequences
/// a quoted file may carry taken out as anstream would.
fn shown(text: &str, plain: bool) -> String {
    match plain {
        true => anstream::adapter::strip_str(text).to_string(),
        false => paint(text),
    }
}

/// Writes what [`shown`] made at once.
fn write_stderr(text: &str, plain: bool) {
    if plain {
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    } else {
        anstream::eprint!("{text}");
    }
}

/// Colours the labels at the start of a finding's lines: `error:`, `warning:`, `-->`,
/// `= help:`. The words stay, so the text reads the same without colour.
fn paint(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let labels = [
            ("error:", ERROR),
            ("warning:", WARNING),
            ("  -->", PLACE),
            ("  = help:", HELP),
        ];
        match labels.iter().find(|(label, _)| line.starts_with(label)) {
            Some((label, style)) => {
                out.push_str(&format!("{style}{label}{style:#}"));
                out.push_str(&line[label.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// "2 errors, 1 warning": how many of each.
pub fn counts(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
}

/// The last line of a failed run: `2 errors, 1 warning: nothing was published`.
pub fn failed_summary(findings: &[Diagnostic]) -> String {
    let errors = findings.iter().filter(|d| d.is_error()).count();
    format!("{}: nothing was published", counts(errors, findings.len() - errors))
}

/// Prints the summary line of a failed run, coloured on a terminal.
pub fn eprint_failed_summary(findings: &[Diagnostic]) {
    anstream::eprintln!("{ERROR}{}{ERROR:#}", failed_summary(findings));
}

/// Prints `text` and a line break to standard output, if anyone reads it: `haven serve`
/// and the studio, started from a launcher whose output is closed, run on (`println!`
/// would stop them, the studio before it opened the browser).
pub fn say(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_each_kind() {
        let list = [Diagnostic::error("a"), Diagnostic::error("b"), Diagnostic::warning("c")];
        assert_eq!(failed_summary(&list), "2 errors, 1 warning: nothing was published");
    }

    #[test]
    fn paint_keeps_every_word() {
        let text = "error: x\n  --> a.md:1\n  = help: y\n";
        let painted = paint(text);
        assert!(painted.contains("\u{1b}["), "{painted}");
        let plain = anstream::adapter::strip_str(&painted).to_string();
        assert_eq!(plain, text);
    }
}
