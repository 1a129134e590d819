//! The stylesheets a site writes, each with the file it is written from: the site's
//! `static/`, a content folder, its theme's `static/`, or the built-in theme's (found by
//! `site::sheets`, which knows the site's layout; the checks only read them). What is written is minified, all on
//! line 1; the checks that read a stylesheet (colour contrast, the links inside it) read the
//! author's own text instead, so a warning names the line the author can find and fix.

use std::path::PathBuf;

/// One written stylesheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stylesheet {
    /// Where it is written (`/haven.css`).
    pub path: String,
    /// The file it is written from, relative to the site folder
    /// (`static/school.css`, `(built-in) themes/default/haven.css`); `None` for one haven
    /// makes itself (`/syntax.css`).
    pub origin: Option<PathBuf>,
    /// Its text as the author wrote it (as written, when haven made it).
    pub text: String,
}

impl Stylesheet {
    /// What a message calls it: the file it comes from, else where it is written.
    pub fn name(&self) -> String {
        match &self.origin {
            Some(origin) => origin.display().to_string().replace('\\', "/"),
            None => self.path.clone(),
        }
    }
}

/// `(name, source text)` of each stylesheet, for checks that name a sheet and a line.
pub fn named(sheets: &[Stylesheet]) -> Vec<(String, String)> {
    sheets.iter().map(|s| (s.name(), s.text.clone())).collect()
}
