//! The last step before publishing: which of the checks' findings stop the build.

use super::check::Checked;
use crate::error::{Diagnostic, Error, Problems, Result, Severity};

/// The build's problems that stop it (errors, or under `strict` warnings), or the
/// warnings to show.
pub(crate) fn verdict(checked: &Checked, strict: bool) -> Result<Vec<Diagnostic>> {
    let mut problems = Problems::new();
    for d in checked.problems.iter().cloned().chain(checked.links.diagnostics(false)) {
        problems.push(d);
    }
    problems.finish().and_then(|w| apply_strict(w, strict))
}

/// Under `--strict`, warnings stop the build as errors.
fn apply_strict(warnings: Vec<Diagnostic>, strict: bool) -> Result<Vec<Diagnostic>> {
    if strict && warnings.iter().any(Diagnostic::fails_strict) {
        let errors = warnings
            .into_iter()
            .map(|d| Diagnostic {
                severity: if d.fails_strict() { Severity::Error } else { d.severity },
                ..d
            })
            .collect();
        return Err(Error::User(errors));
    }
    Ok(warnings)
}
