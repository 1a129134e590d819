//! The build `haven serve` keeps in memory between changes, and how a change makes the
//! next one: everything again (config, theme, templates, strings, data, images), or,
//! after edits to pages, only the [`Work`](crate::site::Work) they ask for, through the
//! same [`site::make`] a whole build runs. Either way the result is the site a clean
//! build of the same files gives, checks included; a build that fails leaves the session
//! as it was.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use super::watch::Rebuild;
use crate::error::{Diagnostic, Result};
use crate::markdown::RenderedBody;
use crate::options::BuildOptions;
use crate::site::{self, Built, Change, Site};
use crate::web::files::{Output, SiteFiles};

/// A built site, kept to serve and to build the next one from.
pub struct Session {
    opts: BuildOptions,
    built: Built,
    /// The warnings of the build, for the terminal.
    pub warnings: Vec<Diagnostic>,
}

/// What one build did, for the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Pages rendered.
    pub rendered: usize,
    /// Pages in the site.
    pub pages: usize,
    /// Files written or rewritten.
    pub files: usize,
    /// How long it took, in milliseconds.
    pub millis: u128,
}

/// The content files (content paths, `lessons/a.md`) among the changed files.
fn edited_content(change: &Rebuild) -> HashSet<String> {
    change
        .files
        .iter()
        .filter_map(|f| f.strip_prefix("content").ok())
        .map(|f| f.to_string_lossy().replace('\\', "/"))
        .collect()
}

impl Session {
    /// Builds the whole site into memory.
    pub fn build(opts: &BuildOptions) -> Result<(Session, Summary)> {
        Session::make(opts, Change::Everything)
    }

    /// The site's files, to serve.
    pub fn files(&self) -> &SiteFiles {
        &self.built.files
    }

    /// The site as read (`haven edit` lists its pages and previews with it).
    pub(crate) fn site(&self) -> &Site {
        &self.built.site
    }

    /// The rendered Markdown bodies by source file (`haven edit` renders a draft with them).
    pub(crate) fn rendered_bodies(&self) -> &HashMap<PathBuf, RenderedBody> {
        &self.built.rendered.bodies
    }

    /// The static files' site paths the last build wrote (`haven edit`'s previews link
    /// the same combined stylesheets).
    pub(crate) fn static_files(&self) -> &std::collections::HashSet<String> {
        &self.built.rendered.static_files
    }

    /// Builds the site again after `change`; this session is left as it was.
    pub fn rebuild(&self, change: &Rebuild) -> Result<(Session, Summary)> {
        if change.everything {
            return Session::build(&self.opts);
        }
        let change = Change::Content {
            last: &self.built,
            edited: edited_content(change),
            static_files: change.static_files,
        };
        Session::make(&self.opts, change)
    }

    /// Makes the site `change` asks for into memory and judges its checks.
    fn make(opts: &BuildOptions, change: Change<'_>) -> Result<(Session, Summary)> {
        let started = Instant::now();
        let built = site::make(opts, change, || Ok(Output::new()))?;
        let warnings = site::verdict(&built.checked, opts.strict())?;
        let summary = Summary {
            rendered: built.pages_rendered,
            pages: built.rendered.records.len(),
            files: built.files_written,
            millis: started.elapsed().as_millis(),
        };
        let session = Session {
            opts: opts.clone(),
            built,
            warnings,
        };
        Ok((session, summary))
    }
}
