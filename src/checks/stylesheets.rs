//! The stylesheets a site writes, each with the file it is written from: the site's
//! `static/`, a content folder, its theme's `static/`, or the built-in theme's (the same
//! order of overrides `site::write_static` follows). What is written is minified, all on
//! line 1; the checks that read a stylesheet (colour contrast, the links inside it) read the
//! author's own text instead, so a warning names the line the author can find and fix.

use std::path::{Path, PathBuf};

use crate::content::library::Asset;
use crate::theme::Theme;

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

/// The written stylesheets (`(site path, written text)`), each with its source file and
/// text: the last of the site's `static/`, a content folder's file, the theme's that was
/// written there. A source that cannot be read now keeps the written text.
pub fn with_sources(written: &[(String, String)], root: &Path, theme: &Theme, assets: &[Asset]) -> Vec<Stylesheet> {
    written
        .iter()
        .map(|(path, text)| {
            let rel = path.trim_start_matches('/');
            let from_disk = |file: PathBuf| {
                let text = std::fs::read(root.join(&file)).ok()?;
                Some((file, String::from_utf8_lossy(&text).into_owned()))
            };
            let source = assets
                .iter()
                .rev()
                .find(|a| a.path == *path)
                .and_then(|a| from_disk(a.source.clone()))
                .or_else(|| from_disk(Path::new("static").join(rel)))
                .or_else(|| {
                    let file = theme.static_files.get(rel)?;
                    Some((file.origin.clone(), String::from_utf8_lossy(&file.bytes).into_owned()))
                });
            match source {
                Some((origin, text)) => Stylesheet {
                    path: path.clone(),
                    origin: Some(origin),
                    text,
                },
                None => Stylesheet {
                    path: path.clone(),
                    origin: None,
                    text: text.clone(),
                },
            }
        })
        .collect()
}

/// `(name, source text)` of each stylesheet, for checks that name a sheet and a line.
pub fn named(sheets: &[Stylesheet]) -> Vec<(String, String)> {
    sheets.iter().map(|s| (s.name(), s.text.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    use crate::theme::StaticFile;

    #[test]
    fn each_written_sheet_is_read_from_the_file_that_wrote_it() {
        let root = std::env::temp_dir().join(format!("haven-stylesheets-{}", std::process::id()));
        std::fs::create_dir_all(root.join("static")).unwrap();
        std::fs::create_dir_all(root.join("content/trip")).unwrap();
        std::fs::write(root.join("static/school.css"), "a {\n  color: red;\n}\n").unwrap();
        std::fs::write(root.join("content/trip/map.css"), "b { color: blue }\n").unwrap();
        let mut theme = Theme::default();
        theme.static_files.insert(
            "haven.css".into(),
            StaticFile {
                origin: PathBuf::from("(built-in) themes/default/haven.css"),
                bytes: Cow::Borrowed(b"p {\n color: black }"),
            },
        );
        let assets = [Asset {
            source: PathBuf::from("content/trip/map.css"),
            path: "/trip/map.css".into(),
        }];
        let written: Vec<(String, String)> = ["/school.css", "/trip/map.css", "/haven.css", "/syntax.css"]
            .iter()
            .map(|p| (p.to_string(), "minified".to_string()))
            .collect();
        let sheets = with_sources(&written, &root, &theme, &assets);
        let names: Vec<String> = sheets.iter().map(Stylesheet::name).collect();
        assert_eq!(
            names,
            [
                "static/school.css",
                "content/trip/map.css",
                "(built-in) themes/default/haven.css",
                "/syntax.css"
            ]
        );
        assert_eq!(sheets[0].text, "a {\n  color: red;\n}\n");
        assert_eq!(sheets[2].text, "p {\n color: black }");
        assert_eq!(sheets[3].text, "minified", "haven's own sheet keeps its written text");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
