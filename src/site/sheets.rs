//! Each written stylesheet paired with the file it is written from, in the order of
//! overrides `site::write_static` follows: a content folder's file, the site's `static/`,
//! the theme's. It lives with the build because it knows the site's layout (content assets,
//! the theme); the checks (`checks::stylesheets`) only read what it finds.

use std::path::{Path, PathBuf};

use crate::checks::stylesheets::Stylesheet;
use crate::content::library::Asset;
use crate::theme::Theme;

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
