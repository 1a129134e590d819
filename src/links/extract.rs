//! Every URL of every written page, with where it came from: the page, and the content
//! file and Markdown line that wrote it, or the data or config file holding it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::finding::Source;
use crate::web::facts::PageRecord;

/// One URL in one written page.
#[derive(Debug)]
pub struct LinkUse<'a> {
    /// The URL as written into the page.
    pub url: &'a str,
    /// The element (`a`, `img`, ...).
    pub tag: &'a str,
    /// The link's accessible name (empty for non-links).
    pub name: &'a str,
    /// The page it is on.
    pub page: &'a PageRecord,
    /// The URL as the template or Markdown wrote it, to find where it came from.
    original: &'a str,
    /// The data files, to find a URL written in one.
    data: &'a DataFiles,
}

impl LinkUse<'_> {
    /// Where it came from (one per Markdown line when it is written more than once). Made
    /// only when asked, for the few links a finding names: a big multilingual site has
    /// hundreds of thousands of links, and their places held at once cost more memory than
    /// its pages' text.
    pub fn sources(&self) -> Vec<Source> {
        sources_of(self.page, self.original, self.data)
    }

    /// The URL as the template or Markdown wrote it (`@/b.md#x`), the same in every
    /// language version of a page.
    pub fn as_written(&self) -> &str {
        self.original.trim()
    }
}

/// The files outside `content/` that hold URLs, indexed by every quoted string in them, so
/// a link from `data/links.toml` or `config.toml` names its file and line.
#[derive(Debug, Default)]
pub struct DataFiles {
    strings: HashMap<String, (PathBuf, usize)>,
}

impl DataFiles {
    /// Reads `config.toml` and `data/*.toml` under `root`; unreadable files are skipped
    /// (the build reports them elsewhere).
    pub fn read(root: &Path) -> Self {
        let mut files = vec![PathBuf::from("config.toml")];
        if let Ok(entries) = std::fs::read_dir(root.join("data")) {
            let mut names: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .filter_map(|p| p.file_name().map(|n| Path::new("data").join(n)))
                .collect();
            names.sort();
            files.extend(names);
        }
        let mut index = Self::default();
        for file in files {
            if let Ok(text) = std::fs::read_to_string(root.join(&file)) {
                index.add(&file, &text);
            }
        }
        index
    }

    /// Indexes the quoted strings of one file; the first place a string appears wins.
    fn add(&mut self, file: &Path, text: &str) {
        for (number, line) in text.lines().enumerate() {
            for (i, part) in line.split('"').enumerate() {
                if i % 2 == 1 && !part.is_empty() {
                    self.strings
                        .entry(part.to_string())
                        .or_insert_with(|| (file.to_path_buf(), number + 1));
                }
            }
        }
    }

    /// The file and line where `url` is written, if it is.
    fn find(&self, url: &str) -> Option<&(PathBuf, usize)> {
        self.strings.get(url)
    }
}

/// The places a link of `page` comes from: each Markdown line that wrote it, else the
/// data file holding it, else the page's content file.
fn sources_of(page: &PageRecord, original: &str, data: &DataFiles) -> Vec<Source> {
    let at = |file: Option<PathBuf>, line: Option<usize>| Source {
        page: page.path.clone(),
        file,
        line,
    };
    let lines: Vec<Source> = page
        .body_links
        .iter()
        .filter(|link| link.url == original)
        .map(|link| at(page.source.clone(), Some(link.line)))
        .collect();
    if !lines.is_empty() {
        return lines;
    }
    match data.find(original.trim()) {
        Some((file, line)) => vec![at(Some(file.clone()), Some(*line))],
        None => vec![at(page.source.clone(), None)],
    }
}

/// Every URL of every page, in page and document order, once per page.
pub fn extract<'a>(pages: &[&'a PageRecord], data: &'a DataFiles) -> Vec<LinkUse<'a>> {
    let mut uses = Vec::new();
    for &page in pages {
        let mut seen = BTreeSet::new();
        for fact in &page.facts.links {
            if !seen.insert((fact.url.as_str(), fact.name.as_str())) {
                continue;
            }
            uses.push(LinkUse {
                url: &fact.url,
                tag: &fact.tag,
                name: &fact.name,
                page,
                original: &fact.original,
                data,
            });
        }
    }
    uses
}

/// Places grouped by a key (a URL, or a URL and a problem), each list sorted and without
/// repeats.
#[derive(Debug)]
pub struct Places<K: Ord> {
    groups: BTreeMap<K, BTreeSet<Source>>,
}

impl<K: Ord> Default for Places<K> {
    fn default() -> Self {
        Self {
            groups: BTreeMap::new(),
        }
    }
}

impl<K: Ord> Places<K> {
    /// Records that `key` appears at `sources`.
    pub fn add(&mut self, key: K, sources: &[Source]) {
        self.groups.entry(key).or_default().extend(sources.iter().cloned());
    }

    /// Each key with its places, in key order.
    pub fn into_groups(self) -> impl Iterator<Item = (K, Vec<Source>)> {
        self.groups.into_iter().map(|(k, s)| (k, s.into_iter().collect()))
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_name_the_line_of_a_url() {
        let mut data = DataFiles::default();
        data.add(
            Path::new("data/links.toml"),
            "[[link]]\ntitle = \"A\"\nurl = \"https://a.org/\"\n",
        );
        assert_eq!(
            data.find("https://a.org/"),
            Some(&(PathBuf::from("data/links.toml"), 3))
        );
        assert_eq!(data.find("https://b.org/"), None);
    }

    #[test]
    fn places_group_and_deduplicate() {
        let s = Source {
            page: "/a/".into(),
            file: None,
            line: None,
        };
        let mut places = Places::default();
        places.add("x", std::slice::from_ref(&s));
        places.add("x", &[s]);
        let groups: Vec<_> = places.into_groups().collect();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].1.len(), 1);
    }
}
