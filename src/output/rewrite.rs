//! The pass over every page after rendering: `@/path.md` links become the reader's own
//! page, site paths (`/report/`) become relative ones (DESIGN §6), and what the checks
//! need is recorded from the page as written, so no template can slip past them. The same
//! pass minifies the page (white space and comments, see [`super::minify`]): one parse
//! per page.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{ContentType, Element, TextChunk, TextType};
use lol_html::{RewriteStrSettings, doc_comments, doc_text, element, rewrite_str, text};

use super::fetch::{Fetch, fetched_as};
use super::{css, minify};
use crate::content::Library;
use crate::error::Diagnostic;
use crate::images::Images;
use crate::routes::relative::{relative, resolve, split_suffix};
use crate::routes::{Plan, Route, Target};

/// Attributes that hold one URL.
const URL_ATTRIBUTES: [&str; 6] = ["href", "src", "action", "poster", "data", "xlink:href"];

/// A URL found in a written page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkFact {
    /// The element (`a`, `img`, `link`, ...).
    pub tag: String,
    /// The attribute (`href`, `src`, `srcset`, `ping`, ...), or `css` for a URL inside a
    /// `style` attribute or `<style>` element.
    pub attr: &'static str,
    /// The URL as written into the output.
    pub url: String,
    /// The URL as the template or Markdown wrote it, before rewriting.
    pub original: String,
    /// For links: the accessible name (text, `aria-label`, images' `alt`).
    pub name: String,
    /// What the browser fetches it as when it reads the page; `None` for links it only
    /// follows when clicked.
    pub fetch: Option<Fetch>,
}

/// An image in a written page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFact {
    /// Its `src` as written.
    pub src: String,
    /// Its `alt`, if it has the attribute at all (`Some("")` marks a decorative image).
    pub alt: Option<String>,
}

/// What the checks need to know about one written page.
#[derive(Debug, Clone, Default)]
pub struct PageFacts {
    /// Every URL in the page, in document order.
    pub links: Vec<LinkFact>,
    /// Every `id` (and `a[name]`), for `#fragment` checks.
    pub ids: Vec<String>,
    /// The `lang` of `<html>`.
    pub html_lang: Option<String>,
    /// The `dir` of `<html>`.
    pub html_dir: Option<String>,
    /// The level of every heading (`h1` = 1), in document order.
    pub headings: Vec<u8>,
    /// Every `<img>`.
    pub images: Vec<ImageFact>,
    /// For every `<table>`: whether it has a header cell (`th`).
    pub tables_with_headers: Vec<bool>,
}

/// What the pass needs besides the page.
pub struct RewriteEnv<'a> {
    /// The routes, to resolve `@/` links for the reader.
    pub plan: &'a Plan,
    /// The content, to know which `.md` files exist.
    pub library: &'a Library,
    /// Portable output: links to folders name `index.html`.
    pub portable: bool,
    /// The site's address, for pages served at any depth (the 404 page).
    pub base_url: &'a str,
    /// The site's images, whose `<img>` get sizes, `srcset` and their sidecar's alt.
    pub images: &'a Images,
}

#[derive(Default)]
struct State {
    facts: PageFacts,
    open_links: Vec<usize>,
    problems: Vec<Diagnostic>,
    /// The text of the `<style>` element being read, gathered from its chunks.
    style: String,
    /// How many `<pre>` elements the text being read is inside: its white space shows.
    preformatted: usize,
}

impl State {
    /// Records a URL of element `tag`.
    fn push_link(&mut self, tag: &str, attr: &'static str, url: String, original: String, fetch: Option<Fetch>) {
        self.facts.links.push(LinkFact {
            tag: tag.to_string(),
            attr,
            url,
            original,
            name: String::new(),
            fetch,
        });
    }
}

impl RewriteEnv<'_> {
    /// Rewrites one URL written on `route`'s page.
    fn rewrite_url(&self, url: &str, route: &Route) -> Result<String, Diagnostic> {
        let trimmed = url.trim();
        if let Some(rest) = trimmed.strip_prefix("@/") {
            let (path, suffix) = split_suffix(rest);
            let target = self
                .plan
                .link_to_source(self.library, path, &route.lang, route.version)
                .ok_or_else(|| {
                    Diagnostic::error(format!(
                        "the link `{trimmed}` goes to content/{path}, which is not a published page"
                    ))
                    .hint("check the file name; links written @/path.md start from the content folder")
                })?;
            return Ok(self.site_link(route, &format!("{target}{suffix}")));
        }
        if trimmed.starts_with('/') && !trimmed.starts_with("//") {
            return Ok(self.site_link(route, trimmed));
        }
        if self.portable && is_relative(trimmed) {
            let (path, suffix) = split_suffix(trimmed);
            let page_folder = resolve(&route.path, path).is_some_and(|p| self.names_page_folder(&p));
            if path.ends_with('/') || path == "." || path == ".." || page_folder {
                let slash = if path.ends_with('/') { "" } else { "/" };
                return Ok(format!("{path}{slash}index.html{suffix}"));
            }
        }
        Ok(url.to_string())
    }

    /// True for a page's site path written without its final slash (`/report`).
    fn names_page_folder(&self, site_path: &str) -> bool {
        !site_path.ends_with('/') && self.plan.has_path(&format!("{site_path}/"))
    }

    /// A link from `route` to the site path `to`: relative, except on the 404 page, which
    /// servers show at any depth and so needs absolute links (unless the site is portable:
    /// from disk there is no server, and the page sits at the root).
    fn site_link(&self, route: &Route, to: &str) -> String {
        if route.target == Target::NotFound && !self.portable {
            return format!("{}{}", self.base_url, to.trim_start_matches('/'));
        }
        let (path, suffix) = split_suffix(to);
        if self.portable && self.names_page_folder(path) {
            return relative(&route.path, &format!("{path}/{suffix}"), true);
        }
        relative(&route.path, to, self.portable)
    }

    /// Rewrites the URLs in a piece of CSS on `route`'s page, recording each on `tag`.
    fn rewrite_css(&self, css_text: &str, route: &Route, tag: &str, st: &mut State) -> String {
        css::rewrite(css_text, |original| match self.rewrite_url(original, route) {
            Ok(url) => {
                st.push_link(tag, "css", url.clone(), original.to_string(), Some(Fetch::Css));
                url
            }
            Err(d) => {
                st.problems.push(d);
                original.to_string()
            }
        })
    }
}

/// True for a URL without a scheme, host or leading `/` or `#`.
pub fn is_relative(url: &str) -> bool {
    !url.is_empty() && !url.starts_with(['/', '#', '?']) && !crate::markdown::links::has_scheme(url)
}

fn rewrite_srcset(
    env: &RewriteEnv<'_>,
    srcset: &str,
    route: &Route,
) -> Result<(String, Vec<(String, String)>), Diagnostic> {
    let mut out = Vec::new();
    let mut urls = Vec::new();
    for candidate in srcset.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let (url, descriptor) = candidate.split_once(char::is_whitespace).unwrap_or((candidate, ""));
        let new = env.rewrite_url(url, route)?;
        urls.push((url.to_string(), new.clone()));
        out.push(if descriptor.is_empty() {
            new
        } else {
            format!("{new} {}", descriptor.trim())
        });
    }
    Ok((out.join(", "), urls))
}

/// Records what the accessibility lints read: the page's language, headings, images, tables.
fn record_structure(facts: &mut PageFacts, tag: &str, el: &Element) {
    match tag {
        "html" => {
            facts.html_lang = el.get_attribute("lang");
            facts.html_dir = el.get_attribute("dir");
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => facts.headings.push(tag.as_bytes()[1] - b'0'),
        "img" => facts.images.push(ImageFact {
            src: el.get_attribute("src").unwrap_or_default(),
            alt: el.get_attribute("alt"),
        }),
        "table" => facts.tables_with_headers.push(false),
        "th" => {
            if let Some(last) = facts.tables_with_headers.last_mut() {
                *last = true;
            }
        }
        _ => {}
    }
}

/// Rewrites the URL attributes of an element and records them.
fn rewrite_attributes(env: &RewriteEnv<'_>, route: &Route, st: &mut State, tag: &str, el: &mut Element) {
    let rel = el.get_attribute("rel");
    let as_ = el.get_attribute("as");
    let fetch = |attr: &str| fetched_as(tag, attr, rel.as_deref(), as_.as_deref());
    for attr in URL_ATTRIBUTES {
        let Some(original) = el.get_attribute(attr) else {
            continue;
        };
        match env.rewrite_url(&original, route) {
            Ok(url) => {
                if url != original {
                    let _ = el.set_attribute(attr, &url);
                }
                st.push_link(tag, attr, url, original, fetch(attr));
            }
            Err(d) => st.problems.push(d),
        }
    }
    if let Some(srcset) = el.get_attribute("srcset") {
        match rewrite_srcset(env, &srcset, route) {
            Ok((new, urls)) => {
                let _ = el.set_attribute("srcset", &new);
                for (original, url) in urls {
                    st.push_link(tag, "srcset", url, original, fetch("srcset"));
                }
            }
            Err(d) => st.problems.push(d),
        }
    }
    if let Some(style) = el.get_attribute("style") {
        let new = env.rewrite_css(&style, route, tag, st);
        if new != style {
            let _ = el.set_attribute("style", &new);
        }
    }
    for url in el.get_attribute("ping").iter().flat_map(|p| p.split_ascii_whitespace()) {
        st.push_link(tag, "ping", url.to_string(), url.to_string(), fetch("ping"));
    }
}

fn on_element(env: &RewriteEnv<'_>, route: &Route, state: &Rc<RefCell<State>>, el: &mut Element) {
    let tag = el.tag_name();
    if tag == "img" {
        env.images.decorate(el, &route.path);
    }
    let mut st = state.borrow_mut();
    record_structure(&mut st.facts, &tag, el);
    if tag == "pre" {
        st.preformatted += 1;
        let state = Rc::clone(state);
        let _ = el.on_end_tag(Box::new(move |_| {
            let mut st = state.borrow_mut();
            st.preformatted = st.preformatted.saturating_sub(1);
            Ok(())
        }));
    }
    if el.attributes().is_empty() {
        // Most elements of a page's text (`p`, `li`, `td`): no URL, id or name to read.
        return;
    }
    for attr in ["id", "name"] {
        if let Some(id) = el.get_attribute(attr).filter(|_| attr == "id" || tag == "a") {
            st.facts.ids.push(id);
        }
    }
    let recorded_before = st.facts.links.len();
    rewrite_attributes(env, route, &mut st, &tag, el);
    if tag == "img"
        && let Some(alt) = el.get_attribute("alt")
    {
        let open: Vec<usize> = st.open_links.clone();
        for i in open {
            st.facts.links[i].name.push_str(&alt);
        }
    }
    // The link this element's `href` just recorded, if it could be rewritten (if not,
    // the page fails with that problem, and its name is not needed).
    let href = (tag == "a")
        .then(|| (recorded_before..st.facts.links.len()).find(|&i| st.facts.links[i].attr == "href"))
        .flatten();
    if let Some(index) = href {
        if let Some(label) = el.get_attribute("aria-label") {
            st.facts.links[index].name.push_str(&label);
        }
        st.open_links.push(index);
        drop(st);
        let state = Rc::clone(state);
        let _ = el.on_end_tag(Box::new(move |_| {
            state.borrow_mut().open_links.pop();
            Ok(())
        }));
    }
}

/// Gathers a `<style>` element's text and rewrites its URLs once the text is complete.
fn on_style_text(env: &RewriteEnv<'_>, route: &Route, state: &Rc<RefCell<State>>, chunk: &mut TextChunk) {
    let mut st = state.borrow_mut();
    st.style.push_str(chunk.as_str());
    if !chunk.last_in_text_node() {
        chunk.remove();
        return;
    }
    let text = std::mem::take(&mut st.style);
    let new = env.rewrite_css(&text, route, "style", &mut st);
    // CSS is raw text: written back as is, never HTML-escaped.
    chunk.replace(&new, ContentType::Html);
}

/// Names the links the text is in, and collapses its white space unless it shows (in
/// `<pre>`, `<textarea>`) or is not HTML text (scripts, styles).
fn on_text(state: &Rc<RefCell<State>>, text: &mut TextChunk) {
    let mut st = state.borrow_mut();
    if !st.open_links.is_empty() {
        let open = st.open_links.clone();
        for i in open {
            st.facts.links[i].name.push_str(text.as_str());
        }
    }
    if st.preformatted == 0
        && text.text_type() == TextType::Data
        && let Some(collapsed) = minify::collapse_white_space(text.as_str())
    {
        // The text as written, entities and all: written back without escaping.
        text.replace(&collapsed, ContentType::Html);
    }
}

/// Rewrites one page's URLs and records its facts. Errors name the page.
pub fn rewrite(html: &str, route: &Route, env: &RewriteEnv<'_>) -> Result<(String, PageFacts), Vec<Diagnostic>> {
    let state = Rc::new(RefCell::new(State::default()));
    let (element_state, text_state, style_state) = (Rc::clone(&state), Rc::clone(&state), Rc::clone(&state));
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", move |el| {
            on_element(env, route, &element_state, el);
            Ok(())
        }))
        .append_element_content_handler(text!("style", move |chunk| {
            on_style_text(env, route, &style_state, chunk);
            Ok(())
        }))
        .append_document_content_handler(doc_text!(move |text| {
            on_text(&text_state, text);
            Ok(())
        }))
        .append_document_content_handler(doc_comments!(|comment| {
            comment.remove();
            Ok(())
        }));
    let out = rewrite_str(html, settings).map_err(|e| {
        vec![Diagnostic::error(format!(
            "could not read the HTML of {}: {e}",
            route.path
        ))]
    })?;
    let mut state = state.borrow_mut();
    if state.problems.is_empty() {
        Ok((out, std::mem::take(&mut state.facts)))
    } else {
        Err(std::mem::take(&mut state.problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Version;
    use crate::theme::Theme;

    fn facts_of(html: &str) -> Result<PageFacts, Vec<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::default();
        let images = Images::prepare(dir.path(), &Theme::default(), &library).unwrap();
        let plan = Plan::default();
        let env = RewriteEnv {
            plan: &plan,
            library: &library,
            portable: false,
            base_url: "https://x.sch.uk/",
            images: &images,
        };
        let route = Route {
            path: "/".into(),
            lang: "en".into(),
            version: Version::Standard,
            target: Target::Search,
        };
        rewrite(html, &route, &env).map(|(_, facts)| facts)
    }

    #[test]
    fn links_are_named_by_their_text_label_and_images() {
        let facts = facts_of("<a href=\"/a/\">One</a><a name=x>Not a link</a><a href=\"/b/\" aria-label=\"Two\"><img src=\"/t.svg\" alt=\"Three\"></a>").unwrap();
        let names: Vec<&str> = facts
            .links
            .iter()
            .filter(|l| l.tag == "a")
            .map(|l| l.name.as_str())
            .collect();
        assert_eq!(names, ["One", "TwoThree"]);
    }

    #[test]
    fn a_first_link_that_cannot_be_rewritten_is_reported_not_a_panic() {
        // Found by the `page_links` fuzz target: naming a link whose `href` could not be
        // rewritten indexed an empty list of links.
        let problems = facts_of("<a href=\"@/nope.md\" aria-label=\"Report\">x</a>").unwrap_err();
        assert!(problems[0].message.contains("content/nope.md"), "{problems:?}");
    }
}
