//! The pass over every page after rendering: `@/path.md` links become the reader's own
//! page, site paths (`/report/`) become relative ones (DESIGN §6), and what the checks
//! need is recorded from the page as written, so no template can slip past them. The same
//! pass minifies the page (white space and comments, see [`super::minify`]): one scan
//! per page ([`super::html_scan`]).

use super::fetch::{Fetch, fetched_as};
use super::html_scan::{Tag, Token, Tokens};
use super::{css, minify};
use crate::content::Library;
use crate::error::Diagnostic;
use crate::images::Images;
use crate::routes::relative::{relative, resolve, root_path, split_suffix};
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
    /// For each `<a>` open here: the link its `href` recorded, if any.
    open_links: Vec<Option<usize>>,
    problems: Vec<Diagnostic>,
    /// How many `<pre>` elements the text being read is inside: its white space shows.
    preformatted: usize,
}

impl State {
    /// Adds to the names of the links open here.
    fn name_open_links(&mut self, text: &str) {
        for i in self.open_links.iter().flatten() {
            self.facts.links[*i].name.push_str(text);
        }
    }

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
    /// servers show at any depth and so links from the root of its host, under the path of
    /// `base_url` (`/online-safety/haven.css`): styled and working on any host name (a
    /// staging server, `haven serve`, a move), never pointing at the school's own host
    /// (unless the site is portable: from disk there is no server, and the page sits at
    /// the root).
    fn site_link(&self, route: &Route, to: &str) -> String {
        if route.target == Target::NotFound && !self.portable {
            return format!("{}{}", root_path(self.base_url), to.trim_start_matches('/'));
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
fn record_structure(facts: &mut PageFacts, el: &Tag<'_>) {
    let owned = |name: &str| el.get(name).map(String::from);
    match &*el.name {
        "html" => {
            facts.html_lang = owned("lang");
            facts.html_dir = owned("dir");
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => facts.headings.push(el.name.as_bytes()[1] - b'0'),
        "img" => facts.images.push(ImageFact {
            src: owned("src").unwrap_or_default(),
            alt: owned("alt"),
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
fn rewrite_attributes(env: &RewriteEnv<'_>, route: &Route, st: &mut State, el: &mut Tag<'_>) {
    let tag = el.name.to_string();
    let rel = el.get("rel").map(String::from);
    let as_ = el.get("as").map(String::from);
    let fetch = |attr: &str| fetched_as(&tag, attr, rel.as_deref(), as_.as_deref());
    for attr in URL_ATTRIBUTES {
        let Some(original) = el.get(attr).map(String::from) else {
            continue;
        };
        match env.rewrite_url(&original, route) {
            Ok(url) => {
                if url != original {
                    el.set(attr, &url);
                }
                st.push_link(&tag, attr, url, original, fetch(attr));
            }
            Err(d) => st.problems.push(d),
        }
    }
    if let Some(srcset) = el.get("srcset").map(String::from) {
        match rewrite_srcset(env, &srcset, route) {
            Ok((new, urls)) => {
                el.set("srcset", &new);
                for (original, url) in urls {
                    st.push_link(&tag, "srcset", url, original, fetch("srcset"));
                }
            }
            Err(d) => st.problems.push(d),
        }
    }
    if let Some(style) = el.get("style").map(String::from) {
        let new = env.rewrite_css(&style, route, &tag, st);
        if new != style {
            el.set("style", &new);
        }
    }
    let pings: Vec<String> = el
        .get("ping")
        .iter()
        .flat_map(|p| p.split_ascii_whitespace())
        .map(String::from)
        .collect();
    for url in pings {
        st.push_link(&tag, "ping", url.clone(), url, fetch("ping"));
    }
}

/// Reads and rewrites one start tag.
fn on_element(env: &RewriteEnv<'_>, route: &Route, st: &mut State, el: &mut Tag<'_>) {
    if el.name == "img" {
        env.images.decorate(el, &route.path);
    }
    record_structure(&mut st.facts, el);
    if el.name == "pre" {
        st.preformatted += 1;
    }
    let is_link = el.name == "a";
    if el.attributes.is_empty() {
        // Most elements of a page's text (`p`, `li`, `td`): no URL, id or name to read.
        if is_link {
            st.open_links.push(None);
        }
        return;
    }
    if let Some(id) = el.get("id") {
        st.facts.ids.push(id.to_string());
    }
    if let Some(name) = el.get("name").filter(|_| is_link) {
        st.facts.ids.push(name.to_string());
    }
    let recorded_before = st.facts.links.len();
    rewrite_attributes(env, route, st, el);
    if el.name == "img"
        && let Some(alt) = el.get("alt")
    {
        st.name_open_links(alt);
    }
    if is_link {
        // The link this element's `href` just recorded, if it could be rewritten (if not,
        // the page fails with that problem, and its name is not needed).
        let href = (recorded_before..st.facts.links.len()).find(|&i| st.facts.links[i].attr == "href");
        if let (Some(index), Some(label)) = (href, el.get("aria-label")) {
            st.facts.links[index].name.push_str(label);
        }
        st.open_links.push(href);
    }
}

/// Reads one end tag.
fn on_end_tag(st: &mut State, name: &str) {
    match name {
        "a" => {
            st.open_links.pop();
        }
        "pre" => st.preformatted = st.preformatted.saturating_sub(1),
        _ => {}
    }
}

/// Names the links the text is in, and writes it with its white space collapsed unless
/// it shows (inside `<pre>`).
fn on_text(st: &mut State, text: &str, out: &mut String) {
    st.name_open_links(text);
    match (st.preformatted == 0)
        .then(|| minify::collapse_white_space(text))
        .flatten()
    {
        Some(collapsed) => out.push_str(&collapsed),
        None => out.push_str(text),
    }
}

/// Rewrites one page's URLs, records its facts and minifies it, in one scan
/// ([`html_scan`]). Errors name the page.
pub fn rewrite(html: &str, route: &Route, env: &RewriteEnv<'_>) -> Result<(String, PageFacts), Vec<Diagnostic>> {
    let mut st = State::default();
    let mut out = String::with_capacity(html.len());
    for token in Tokens::new(html) {
        match token {
            Token::Text(text) => on_text(&mut st, text, &mut out),
            Token::RawText { text, element: "style" } => {
                let css_text = env.rewrite_css(text, route, "style", &mut st);
                out.push_str(&css_text);
            }
            Token::RawText { text, .. } | Token::Other(text) => out.push_str(text),
            Token::Start(mut el) => {
                on_element(env, route, &mut st, &mut el);
                el.write(&mut out);
            }
            Token::End { name, raw } => {
                on_end_tag(&mut st, &name);
                out.push_str(raw);
            }
            Token::Comment(_) => {}
        }
    }
    if st.problems.is_empty() {
        Ok((out, st.facts))
    } else {
        Err(st.problems)
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
