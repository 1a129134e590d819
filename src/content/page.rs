//! Pages and sections, each with its versions (language x standard/easy-read).

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::file_name::Variant;
use super::front_matter::FrontMatter;
use super::kind::Kind;
use crate::error::Diagnostic;

/// One version of a page as written on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct PageFile {
    /// The file, relative to the site root (`content/lessons/ks2/passwords.pl.md`).
    pub source: PathBuf,
    /// The file's language code.
    pub lang: String,
    /// Standard or easy-read.
    pub variant: Variant,
    /// Its front matter; `[extra]` already merged with the default-language standard file.
    pub front: FrontMatter,
    /// The front matter's raw TOML, for pointing at a key's line.
    pub front_text: String,
    /// The Markdown body.
    pub body: String,
    /// The file line on which the body starts.
    pub body_line: usize,
}

impl PageFile {
    /// Places `d` on the line of the front matter at byte `offset` (an `[extra]` value's
    /// span), column 1, showing that line.
    pub fn at_front_line(&self, d: Diagnostic, offset: usize) -> Diagnostic {
        let before = self.front_text.get(..offset).unwrap_or(&self.front_text);
        // The front matter starts on the file's second line, after the opening `+++`.
        let line = before.matches('\n').count() + 2;
        d.at_line(&self.source, &format!("+++\n{}", self.front_text), line, 1)
    }
}

/// A page's or section's files, by (variant, language).
#[derive(Debug, Clone, Default)]
pub struct Versions {
    files: BTreeMap<(Variant, String), PageFile>,
}

/// Which file gives a version's body, and whether it is in the version's own language.
#[derive(Debug, Clone, Copy)]
pub struct Resolved<'a> {
    /// The file to render.
    pub file: &'a PageFile,
    /// False when the reader's language or variant had no file and a fallback was used.
    pub exact: bool,
}

impl Versions {
    /// Adds a file; returns the file already there for the same version, if any.
    pub fn insert(&mut self, file: PageFile) -> Option<PageFile> {
        self.files.insert((file.variant, file.lang.clone()), file)
    }

    /// The file of one exact version.
    pub fn get(&self, variant: Variant, lang: &str) -> Option<&PageFile> {
        self.files.get(&(variant, lang.to_string()))
    }

    /// Every file, in a stable order.
    pub fn iter(&self) -> impl Iterator<Item = &PageFile> {
        self.files.values()
    }

    /// Every file, for merging inherited `[extra]`.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut PageFile> {
        self.files.values_mut()
    }

    /// Removes files that match `drop`.
    pub fn retain(&mut self, mut keep: impl FnMut(&PageFile) -> bool) {
        self.files.retain(|_, f| keep(f));
    }

    /// True when any language has an easy-read file.
    pub fn has_easy(&self) -> bool {
        self.files.keys().any(|(v, _)| *v == Variant::Easy)
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file whose body a reader of (`variant`, `lang`) sees: their own version, else the
    /// same variant in the default language, else the default-language standard file
    /// (DESIGN §6: untranslated pages show the default-language body with a notice).
    pub fn resolve(&self, variant: Variant, lang: &str, default_lang: &str) -> Option<Resolved<'_>> {
        if let Some(file) = self.get(variant, lang) {
            return Some(Resolved { file, exact: true });
        }
        self.get(variant, default_lang)
            .or_else(|| self.get(Variant::Standard, default_lang))
            .map(|file| Resolved { file, exact: false })
    }
}

/// A page: one URL per language and version, built from one or more files.
#[derive(Debug, Clone)]
pub struct Page {
    /// Content path without `.md` (`lessons/ks2/passwords`); a bundle's is its folder.
    pub key: String,
    /// What the page is.
    pub kind: Kind,
    /// Its URL path in the default language (`/lessons/ks2/passwords/`).
    pub path: String,
    /// The key of the section it belongs to.
    pub section: String,
    /// Its files.
    pub versions: Versions,
    /// True for a page bundle (`folder/index.md` with its own files).
    pub bundle: bool,
}

impl Page {
    /// The default-language standard file, which every page has.
    pub fn main_file(&self, default_lang: &str) -> &PageFile {
        self.versions
            .get(Variant::Standard, default_lang)
            .expect("the loader rejects pages without a default-language standard file")
    }
}

/// A section: a folder of pages, with an optional `_index.md` per language.
#[derive(Debug, Clone)]
pub struct Section {
    /// Content path of the folder (`""` for `content/`, `lessons/ks2`).
    pub key: String,
    /// What the section is.
    pub kind: Kind,
    /// Its URL path in the default language.
    pub path: String,
    /// Its `_index.md` files; may be empty.
    pub versions: Versions,
    /// The title to use when there is no `_index.md`: the folder name, made readable.
    pub fallback_title: String,
    /// Keys of its pages, sorted by weight, then title.
    pub pages: Vec<String>,
    /// Keys of its subsections, sorted by weight, then title.
    pub subsections: Vec<String>,
    /// The key of its parent section; `None` for the home page.
    pub parent: Option<String>,
}

impl Section {
    /// The section's title in the default language.
    pub fn title<'a>(&'a self, default_lang: &str) -> &'a str {
        self.versions
            .get(Variant::Standard, default_lang)
            .map_or(self.fallback_title.as_str(), |f| f.front.title.as_str())
    }

    /// The section's weight, for ordering among its siblings.
    pub fn weight(&self, default_lang: &str) -> Option<i64> {
        self.versions
            .get(Variant::Standard, default_lang)
            .and_then(|f| f.front.weight)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::extra;
    use crate::content::front_matter::parse;
    use crate::content::vocabulary::Band;

    #[test]
    fn an_extra_problem_points_at_its_keys_line() {
        let source = PathBuf::from("content/lessons/ks2/a.md");
        let front_text = "title = \"A\"\n[extra]\nbandwidth = 1\nband = \"ks9\"\n".to_string();
        let front = parse(&source, &front_text).unwrap();
        let problems = extra::check(Kind::Lesson(Band::Ks2), &front.extra_keys);
        let file = PageFile {
            source,
            lang: "en".into(),
            variant: Variant::Standard,
            front,
            front_text,
            body: String::new(),
            body_line: 7,
        };
        let d = file.at_front_line(Diagnostic::error("bad"), problems[0].span.start);
        let at = d.location.expect("a place");
        assert_eq!((at.line, at.column), (Some(5), Some(1)));
        assert_eq!(d.snippet.as_deref(), Some("band = \"ks9\""));
    }
}
