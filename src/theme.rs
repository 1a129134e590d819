//! The bundled theme and example site, compiled into the binary, and the layering by which
//! a site overrides the theme piece by piece (DESIGN §2): the built-in `default` theme,
//! then the site's `themes/NAME/`, then the site's own `templates/` and `i18n/`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::config::Config;
use crate::error::{Diagnostic, Problems, Result};
use crate::files::{read_text, walk_files};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
static EXAMPLE_CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static EXAMPLE_DATA: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");
static EXAMPLE_STATIC: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/static");
static EXAMPLE_I18N: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/i18n");

/// One Fluent file, from the theme or the site, in override order: the theme finds them,
/// `i18n::Translations` reads them.
#[derive(Debug, Clone)]
pub struct FtlSource {
    /// Where it came from, for error messages.
    pub origin: PathBuf,
    /// Its language code (the file's stem).
    pub lang: String,
    /// Its text.
    pub text: String,
}

/// A template's text and where it came from.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// The file shown in error messages.
    pub origin: PathBuf,
    /// The template text.
    pub text: Cow<'static, str>,
}

/// A static file of the theme and where it came from.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// The file shown in error messages.
    pub origin: PathBuf,
    /// Its bytes.
    pub bytes: Cow<'static, [u8]>,
}

/// The theme as this site sees it, after every override.
#[derive(Debug, Default)]
pub struct Theme {
    /// Templates by file name (`base.html`, `partials/nav.html`).
    pub templates: BTreeMap<String, TemplateSource>,
    /// Static files by path under `static/`.
    pub static_files: BTreeMap<String, StaticFile>,
    /// Fluent files, in override order.
    pub i18n: Vec<FtlSource>,
}

fn builtin_origin(rel: &Path) -> PathBuf {
    Path::new("(built-in) themes/default").join(rel)
}

impl Theme {
    /// Layers the built-in theme, the site's theme folder, and the site's own files.
    pub fn load(root: &Path, config: &Config) -> Result<Theme> {
        let mut theme = Theme::default();
        theme.add_builtin();
        let theme_dir = format!("themes/{}", config.theme);
        if config.theme != "default" && !root.join(&theme_dir).is_dir() {
            return Err(Diagnostic::error(format!("theme `{}` is not in {theme_dir}/", config.theme))
                .in_file("config.toml")
                .hint("set theme = \"default\" (built in), or put the theme's templates/, static/ and i18n/ in that folder")
                .into());
        }
        let mut problems = Problems::new();
        theme.add_folder(root, &theme_dir, &mut problems)?;
        theme.add_templates(root, "templates", &mut problems)?;
        theme.add_i18n(root, "i18n", &mut problems)?;
        problems.finish()?;
        Ok(theme)
    }

    fn add_builtin(&mut self) {
        for file in all_files(&DEFAULT_THEME) {
            let path = file.path();
            let origin = builtin_origin(path);
            let rel = path.to_string_lossy().replace('\\', "/");
            if let Some(name) = rel.strip_prefix("templates/") {
                let text = String::from_utf8_lossy(file.contents());
                self.templates.insert(name.to_string(), TemplateSource { origin, text });
            } else if let Some(name) = rel.strip_prefix("static/") {
                self.static_files.insert(
                    name.to_string(),
                    StaticFile {
                        origin,
                        bytes: Cow::Borrowed(file.contents()),
                    },
                );
            } else if let Some(lang) = rel.strip_prefix("i18n/").and_then(|n| n.strip_suffix(".ftl")) {
                let text = String::from_utf8_lossy(file.contents()).into_owned();
                self.i18n.push(FtlSource {
                    origin,
                    lang: lang.to_string(),
                    text,
                });
            }
        }
    }

    fn add_folder(&mut self, root: &Path, dir: &str, problems: &mut Problems) -> Result<()> {
        self.add_templates(root, &format!("{dir}/templates"), problems)?;
        for f in walk_files(root, &format!("{dir}/static"), problems)? {
            let origin = Path::new(dir).join("static").join(&f.rel);
            match std::fs::read(&f.path) {
                Ok(bytes) => {
                    self.static_files.insert(
                        f.rel,
                        StaticFile {
                            origin,
                            bytes: Cow::Owned(bytes),
                        },
                    );
                }
                Err(e) => problems.push(Diagnostic::error(format!("cannot read this file: {e}")).in_file(origin)),
            }
        }
        self.add_i18n(root, &format!("{dir}/i18n"), problems)
    }

    fn add_templates(&mut self, root: &Path, dir: &str, problems: &mut Problems) -> Result<()> {
        for f in walk_files(root, dir, problems)? {
            let origin = Path::new(dir).join(&f.rel);
            if let Some(text) = problems.take(read_text(root, &origin))? {
                self.templates.insert(
                    f.rel,
                    TemplateSource {
                        origin,
                        text: Cow::Owned(text),
                    },
                );
            }
        }
        Ok(())
    }

    fn add_i18n(&mut self, root: &Path, dir: &str, problems: &mut Problems) -> Result<()> {
        for f in walk_files(root, dir, problems)? {
            let Some(lang) = f.rel.strip_suffix(".ftl") else {
                continue;
            };
            let origin = Path::new(dir).join(&f.rel);
            if let Some(text) = problems.take(read_text(root, &origin))? {
                self.i18n.push(FtlSource {
                    origin,
                    lang: lang.to_string(),
                    text,
                });
            }
        }
        Ok(())
    }
}

/// True when `bytes` are the bundled theme's own static file `rel` (under `static/`),
/// unchanged: such files are haven's, not the school's (DESIGN §7 exempts their images).
pub fn is_builtin_static(rel: &str, bytes: &[u8]) -> bool {
    DEFAULT_THEME
        .get_file(Path::new("static").join(rel))
        .is_some_and(|f| f.contents() == bytes)
}

fn all_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut files: Vec<_> = dir.files().collect();
    for sub in dir.dirs() {
        files.extend(all_files(sub));
    }
    files.sort_by_key(|f| f.path());
    files
}

/// The bundled example site's files, as `haven init` starts from them: each path relative
/// to the site's folder, with its bytes. The theme is copied whole into `themes/default/`
/// to edit; config.toml is not among them (init writes the school's own).
pub(crate) fn example_files() -> Vec<(PathBuf, &'static [u8])> {
    let folders: [(&str, &Dir<'static>); 5] = [
        ("content", &EXAMPLE_CONTENT),
        ("data", &EXAMPLE_DATA),
        ("static", &EXAMPLE_STATIC),
        ("i18n", &EXAMPLE_I18N),
        ("themes/default", &DEFAULT_THEME),
    ];
    let mut files = Vec::new();
    for (folder, dir) in folders {
        for file in all_files(dir) {
            files.push((Path::new(folder).join(file.path()), file.contents()));
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unchanged_builtin_files_count_as_the_themes_own() {
        let css = DEFAULT_THEME
            .get_file("static/haven.css")
            .expect("the theme has a stylesheet")
            .contents();
        assert!(is_builtin_static("haven.css", css));
        assert!(!is_builtin_static("haven.css", b"changed"));
        assert!(!is_builtin_static("logo.png", css));
    }
}
