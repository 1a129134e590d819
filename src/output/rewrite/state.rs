//! What the pass over one page keeps while it reads it: the facts so far, what is open
//! around the text being read, and the problems found.

use crate::error::Diagnostic;
use crate::web::facts::{LinkFact, PageFacts};
use crate::web::fetch::Fetch;
use crate::web::shared_text::{SharedText, TextStore};

#[derive(Default)]
pub(super) struct State {
    pub(super) facts: PageFacts,
    /// The name of each link in `facts.links` so far (the text read inside it grows it),
    /// shared once the page is read ([`State::finish`]).
    pub(super) names: Vec<String>,
    /// For each `<a>` open here: the link its `href` recorded, if any.
    pub(super) open_links: Vec<Option<usize>>,
    pub(super) problems: Vec<Diagnostic>,
    /// How many `<pre>` elements the text being read is inside: its white space shows.
    pub(super) preformatted: usize,
    /// Whether the privacy tags are still to be written (see [`crate::web::policy::head_tags`]).
    pub(super) head_tags_due: bool,
    /// How many `srcdoc` documents deep the scan is: 0 for the page itself.
    pub(super) frame_depth: usize,
    /// Whether the `<script>` being read has a `src` (its text then never runs).
    pub(super) script_has_src: bool,
    /// The value as written of the attribute whose URLs are being recorded, when it is
    /// spelt otherwise than it reads (`&#x2F;&#x2F;host`).
    pub(super) written: Option<String>,
    /// How many `<picture>` elements are open: a photograph inside one is not wrapped again.
    pub(super) pictures: usize,
    /// The names of the elements whose links this page has recorded, shared: a page's
    /// links are nearly all `<a>`, so the store is asked once a page for each name.
    pub(super) tags: Vec<SharedText>,
}

impl State {
    /// Adds to the names of the links open here.
    pub(super) fn name_open_links(&mut self, text: &str) {
        for i in self.open_links.iter().flatten() {
            self.names[*i].push_str(text);
        }
    }

    /// Records a URL of element `tag`, its texts shared through `texts`.
    pub(super) fn push_link(
        &mut self,
        texts: &TextStore,
        tag: &str,
        attr: &'static str,
        (url, original): (&str, &str),
        fetch: Option<Fetch>,
    ) {
        let original = texts.share(original);
        let written = match &self.written {
            Some(written) => texts.share(written),
            None => original.clone(),
        };
        // Most URLs not on this site, and fragments, are written as they were.
        let url = if url == original.as_str() {
            original.clone()
        } else {
            texts.share(url)
        };
        let tag = match self.tags.iter().find(|t| t.as_str() == tag) {
            Some(known) => known.clone(),
            None => {
                let shared = texts.share(tag);
                self.tags.push(shared.clone());
                shared
            }
        };
        self.facts.links.push(LinkFact {
            tag,
            attr,
            url,
            original,
            written,
            name: Default::default(),
            fetch,
        });
        self.names.push(String::new());
    }

    /// Adds the links of a document read inside this one (a `srcdoc` frame's), named.
    pub(super) fn extend_links(&mut self, links: Vec<LinkFact>) {
        self.names.extend(links.iter().map(|l| l.name.to_string()));
        self.facts.links.extend(links);
    }

    /// The page's facts, each link named with its shared name.
    pub(super) fn finish(&mut self, texts: &TextStore) -> PageFacts {
        let mut facts = std::mem::take(&mut self.facts);
        for (link, name) in facts.links.iter_mut().zip(&self.names) {
            link.name = texts.share(name);
        }
        facts
    }
}
