//! Errors a build keeps until its checks have run (issue 18: five independent mistakes
//! show in one run, not four): a content file that cannot be read is left out, the rest of
//! the site is built and checked, and its error is reported with theirs. Whatever stops the
//! build first, these errors are in its report. So are mistakes in data/rooms.toml,
//! data/glossary.toml and data/consent.toml (the entry left out, see each file's one
//! loader), and two pages at one URL (the first kept). `haven serve` reads a change to
//! the content the same way.

use std::collections::HashSet;
use std::path::Path;

use crate::config::Config;
use crate::content::{self, Library, ReadFiles};
use crate::error::{Diagnostic, Error, Problems, Result};
use crate::i18n::glossary::{Glossary, load_glossary};
use crate::kinds::links::{UsefulLink, load_links};
use crate::kinds::posters::{Room, load_rooms};
use crate::routes::{self, Version};

/// What `site::load` reads from `content/` and `data/links.toml`: the library of every
/// content file that could be read, the useful links (none when the file has a mistake:
/// nothing else depends on them), and their errors, kept for later. Their warnings go to
/// `problems` as before.
/// `remember`: keep what was read, for reading it again (`haven serve`).
pub(crate) fn content_and_links(
    root: &Path,
    config: &Config,
    remember: bool,
    problems: &mut Problems,
) -> Result<Loaded> {
    let loaded = content::load_keeping_going(root, config, (&ReadFiles::default(), remember), &HashSet::new());
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

/// The rooms of `data/rooms.toml` that can be read (the others' errors kept for later),
/// and the URL segments of those left out (`None`: a room whose name cannot be read).
pub(crate) fn rooms(
    root: &Path,
    config: &Config,
    pending: &mut Vec<Diagnostic>,
) -> Result<(Vec<Room>, Vec<Option<String>>)> {
    let read = load_rooms(root, config)?;
    pending.extend(read.errors);
    Ok((read.rooms, read.left_out))
}

/// The rooms whose band has rules to print; each other room is an error kept for later,
/// and left out.
pub(crate) fn rooms_with_rules(
    library: &Library,
    rooms: Vec<Room>,
    pending: &mut Vec<Diagnostic>,
    gone: &mut Vec<Option<String>>,
) -> Vec<Room> {
    let (kept, left_out): (Vec<Room>, Vec<Room>) = rooms
        .into_iter()
        .partition(|room| routes::room_without_rules(library, room).is_none());
    for room in left_out {
        pending.extend(routes::room_without_rules(library, &room));
        gone.push(Some(room.slug));
    }
    kept
}

/// The glossary's terms that can be read (the others' errors kept for later; a file that
/// cannot be read at all is an empty glossary and its errors).
pub(crate) fn glossary(root: &Path, config: &Config, pending: &mut Vec<Diagnostic>) -> Result<Glossary> {
    let (glossary, errors) = load_glossary(root, config)?;
    pending.extend(errors);
    Ok(glossary)
}

/// The URL paths, in every language and version, of the pages left out because of an
/// error kept for later: content files that could not be read, and the posters of rooms
/// left out. Each is one page's own URL (links to other paths under it are checked as
/// usual, see `links::internal`). `*` stands for one URL segment: the poster of a room
/// whose name cannot be read. With no room left at all, the posters' own pages (the
/// list, print-all) are not made either.
pub(crate) fn withheld(
    config: &Config,
    library: &Library,
    rooms: &[Room],
    gone_rooms: &[Option<String>],
) -> Vec<String> {
    let mut bases: Vec<String> = library.unreadable_paths();
    for slug in gone_rooms {
        bases.push(format!("/posters/{}/", slug.as_deref().unwrap_or("*")));
    }
    if rooms.is_empty() && !gone_rooms.is_empty() {
        bases.extend(["/posters/".to_string(), "/posters/print-all/".to_string()]);
    }
    let mut paths = Vec::new();
    for lang in &config.languages {
        for version in [Version::Standard, Version::Easy, Version::Eal] {
            let prefix = routes::prefix(config, &lang.code, version);
            paths.extend(bases.iter().map(|base| format!("{prefix}{base}")));
        }
    }
    paths.sort();
    paths.dedup();
    paths
}

/// `content/` read again after a change (see [`content::load_keeping_going`]): every file that
/// can be read, and the errors of the others, kept for later (warnings were shown when
/// the files were first read, and are not again).
pub(crate) fn content_again(
    root: &Path,
    config: &Config,
    before: &ReadFiles,
    changed: &HashSet<String>,
) -> Result<(Library, ReadFiles, Vec<Diagnostic>)> {
    let (library, read, found) = content::load_keeping_going(root, config, (before, true), changed)?;
    let errors = found.into_vec().into_iter().filter(Diagnostic::is_error).collect();
    Ok((library, read, errors))
}

/// [`withheld`] of a site whose content, read as `before` (with `withheld_before`), is read
/// again as `after`: the rooms' part kept, the unreadable pages' part made again.
pub(crate) fn withheld_again(
    config: &Config,
    rooms: &[Room],
    (before, withheld_before): (&Library, &[String]),
    after: &Library,
) -> Vec<String> {
    let pages_before = withheld(config, before, rooms, &[]);
    let mut paths: Vec<String> = withheld_before
        .iter()
        .filter(|w| !pages_before.contains(w))
        .cloned()
        .chain(withheld(config, after, rooms, &[]))
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// The errors of a check whose failure stops nothing else (the brand colour's contrast),
/// kept for later; haven's own failure as it is.
pub(crate) fn kept(checked: Result<()>) -> Result<Vec<Diagnostic>> {
    let mut found = Vec::new();
    or_empty(checked, &mut found)?;
    Ok(found)
}
