//! Errors a build keeps until its checks have run (issue 18: five independent mistakes
//! show in one run, not four): a content file that cannot be read is left out, the rest of
//! the site is built and checked, and its error is reported with theirs. Whatever stops the
//! build first, these errors are in its report.

use std::collections::HashSet;
use std::path::Path;

use crate::config::Config;
use crate::content::{self, Library, ReadFiles};
use crate::error::{Diagnostic, Error, Problems, Result};
use crate::kinds::links::{UsefulLink, load_links};

/// What `site::load` reads from `content/` and `data/links.toml`: the library of every
/// content file that could be read, the useful links (none when the file has a mistake:
/// nothing else depends on them), and their errors, kept for later. Their warnings go to
/// `problems` as before.
pub(crate) fn content_and_links(root: &Path, config: &Config, problems: &mut Problems) -> Result<Loaded> {
    let loaded = content::load_keeping_going(root, config, &ReadFiles::default(), &HashSet::new());
    let Some((library, read, found)) = problems.take(loaded)? else {
        return Ok((None, None, Vec::new()));
    };
    let (mut pending, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        found.into_vec().into_iter().partition(Diagnostic::is_error);
    for d in warnings {
        problems.push(d);
    }
    let links = or_empty(load_links(root), &mut pending)?;
    Ok((Some((library, read)), Some(links), pending))
}

/// The content, the useful links and the errors kept for later.
type Loaded = (Option<(Library, ReadFiles)>, Option<Vec<UsefulLink>>, Vec<Diagnostic>);

/// `err` with the kept errors first (an author fixes files in the order they are read);
/// haven's own failure as it is.
pub(crate) fn with(pending: &[Diagnostic], err: Error) -> Error {
    match err {
        Error::User(list) if !pending.is_empty() => Error::User(pending.iter().cloned().chain(list).collect()),
        other => other,
    }
}

/// `loaded`, or when it has the author's errors, nothing (kept for later with them).
fn or_empty<T: Default>(loaded: Result<T>, pending: &mut Vec<Diagnostic>) -> Result<T> {
    match loaded {
        Ok(value) => Ok(value),
        Err(Error::User(list)) => {
            pending.extend(list);
            Ok(T::default())
        }
        Err(other) => Err(other),
    }
}
