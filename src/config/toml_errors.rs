//! TOML parse errors as diagnostics at the offending line, with a hint and a did-you-mean.

use std::path::Path;

use crate::error::{Diagnostic, Error};

/// Turns a TOML parse error into a diagnostic pointing at the offending line of `file`.
/// `line_offset` is added for TOML that starts part-way into the file (front matter).
pub fn toml_error(file: impl AsRef<Path>, text: &str, err: &toml::de::Error, line_offset: usize) -> Error {
    let message = err.message().trim().to_string();
    let hint = toml_hint(&message);
    let d = Diagnostic::error(message);
    let d = match err.span() {
        Some(span) => d.at_offset(file, text, span.start, line_offset),
        None => d.in_file(file),
    };
    match hint {
        Some(h) => d.hint(h).into(),
        None => d.into(),
    }
}

fn toml_hint(message: &str) -> Option<String> {
    if message.starts_with("unknown variant") {
        Some(format!("{}use one of the values listed above", slip(message)))
    } else if message.starts_with("unknown field") {
        Some(format!(
            "{}remove this key or correct its spelling; the allowed keys are listed above",
            slip(message)
        ))
    } else if message.contains("missing field") {
        Some("add the missing key".into())
    } else if message.contains("invalid type") {
        Some("check the value's type: text needs \"quotes\", dates are written 2026-09-01, lists use [ ]".into())
    } else {
        None
    }
}

/// "did you mean `x`? " for serde's "unknown field `y`, expected one of `x`, `z`".
fn slip(message: &str) -> String {
    let mut quoted = message.split('`').skip(1).step_by(2);
    let Some(word) = quoted.next() else {
        return String::new();
    };
    crate::error::did_you_mean(word, quoted)
}
