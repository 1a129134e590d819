//! Every URL of every written page, with where it came from: the page, and the content
//! file and Markdown line that wrote it, or the data or config file holding it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::FxHashSet;

use super::finding::Source;
use crate::config::Config;
use crate::kinds::links::UsefulLink;
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

/// The URLs written outside `content/`, in `config.toml` and `data/links.toml`, each with
/// its file and line as their parse placed them, so a link found there names its line.
#[derive(Debug, Default)]
pub struct DataFiles {
    strings: HashMap<String, (PathBuf, usize)>,
}

impl DataFiles {
    /// The addresses of `config` and of the useful links; where one is written twice, the
    /// config's place wins, then the first link's.
    pub fn new(config: &Config, useful_links: &[UsefulLink]) -> Self {
        let config_file = Path::new("config.toml");
        let links_file = Path::new(crate::kinds::links::FILE);
        let places = config.url_lines.iter().map(|(url, line)| (url, config_file, *line));
        let places = places.chain(useful_links.iter().map(|link| (&link.url, links_file, link.line)));
        let mut index = Self::default();
        for (url, file, line) in places {
            index
                .strings
                .entry(url.trim().to_string())
                .or_insert_with(|| (file.to_path_buf(), line));
        }
        index
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

/// Every URL of every page, in page and document order, once per page; the pages read
/// in parallel (a big site's pages hold half a million links).
pub fn extract<'a>(pages: &[&'a PageRecord], data: &'a DataFiles) -> Vec<LinkUse<'a>> {
    pages
        .par_iter()
        .flat_map_iter(|&page| {
            let mut seen = FxHashSet::default();
            page.facts
                .links
                .iter()
                .filter(move |fact| seen.insert((fact.url.as_str(), fact.name.as_str())))
                .map(move |fact| LinkUse {
                    url: &fact.url,
                    tag: &fact.tag,
                    name: &fact.name,
                    page,
                    original: &fact.original,
                    data,
                })
        })
        .collect()
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
        let config =
            Config::parse("title = \"T\"\nbase_url = \"https://x.sch.uk/\"\n[exit]\nurl = \"https://a.org/\"\n")
                .unwrap();
        let text = "[[link]]\ntitle = \"A\"\nurl = \"https://a.org/\"\ndescription = \"\"\naudience = [\"staff\"]\ncategory = \"local\"\n\n[[link]]\ntitle = \"B\"\ndescription = \"\"\naudience = [\"staff\"]\ncategory = \"local\"\nurl = \"https://b.org/\"\n";
        let links = crate::kinds::links::read_links(text).unwrap();
        let data = DataFiles::new(&config, &links);
        assert_eq!(data.find("https://a.org/"), Some(&(PathBuf::from("config.toml"), 4)));
        assert_eq!(
            data.find("https://b.org/"),
            Some(&(PathBuf::from("data/links.toml"), 13))
        );
        assert_eq!(data.find("https://c.org/"), None);
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
