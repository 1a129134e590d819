//! Where the pages of content files that could not be read would have been: links to
//! them are not reported again as broken (issue 18: one finding per cause), whether
//! written `@/a.md` (see `markdown::links`) or as the URL `/a/`.

use super::sections::section_path;
use super::{Library, slugify};

impl Library {
    /// The URL path (default language, standard version: `/lessons/ks2/b/`) of each
    /// content file that could not be read, as its file name gives it. A `slug` in its
    /// front matter is not known (that is what could not be read), nor is a section's
    /// `_index.md` (its section is still made from its pages).
    pub fn unreadable_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self.unreadable.iter().filter_map(|rel| would_be_path(rel)).collect();
        paths.sort();
        paths.dedup();
        paths
    }
}

/// The URL path the page in content file `rel` (`lessons/ks2/b.pl.md`) has by its name.
fn would_be_path(rel: &str) -> Option<String> {
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    let stem = name.split('.').next().unwrap_or(name);
    match stem {
        "_index" => None,
        "index" => {
            let (parent, leaf) = dir.rsplit_once('/').unwrap_or(("", dir));
            (!leaf.is_empty()).then(|| format!("{}{}/", section_path(parent), slugify(leaf)))
        }
        _ => Some(format!("{}{}/", section_path(dir), slugify(stem))),
    }
}

#[cfg(test)]
mod tests {
    use super::would_be_path;

    #[test]
    fn a_file_name_gives_the_url_its_page_would_have() {
        assert_eq!(would_be_path("a.md").as_deref(), Some("/a/"));
        assert_eq!(would_be_path("a.pl.md").as_deref(), Some("/a/"));
        assert_eq!(
            would_be_path("lessons/ks2/Passwords.easy.md").as_deref(),
            Some("/lessons/ks2/passwords/")
        );
        assert_eq!(
            would_be_path("lessons/trip/index.md").as_deref(),
            Some("/lessons/trip/")
        );
        assert_eq!(would_be_path("lessons/_index.md"), None);
        assert_eq!(would_be_path("index.md"), None);
    }
}
