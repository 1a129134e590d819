//! The pass over every page after rendering: `@/path.md` links become the reader's own
//! page, site paths (`/report/`) become relative ones (DESIGN §6), and what the checks
//! need is recorded from the page as written, so no template can slip past them. The same
//! pass minifies the page (white space and comments, see [`super::minify`]): one scan
//! per page ([`crate::web::html_scan`]).

use std::borrow::Cow;

use super::{css, minify};
use crate::checks::refusals;
use crate::content::Library;
use crate::error::Diagnostic;
use crate::images::Images;
use crate::routes::relative::{relative, resolve, root_path, split_suffix};
use crate::routes::{Plan, Route, Target};
use crate::web::char_refs::{Place, decode};
use crate::web::facts::{PageFacts, Refusal, record_structure};
use crate::web::fetch::Fetch;
use crate::web::html_scan::{Tag, Token, Tokens};
use crate::web::policy;
use crate::web::shared_text::TextStore;
use crate::web::url::is_relative;

mod attributes;
mod state;

use attributes::rewrite_attributes;
use state::State;

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
    /// The texts the pages' facts share (URLs, link names).
    pub texts: &'a TextStore,
}

impl RewriteEnv<'_> {
    /// Rewrites one URL written on `route`'s page (most are kept as written: another site's,
    /// a fragment, a relative one).
    fn rewrite_url<'u>(&self, url: &'u str, route: &Route) -> Result<Cow<'u, str>, Diagnostic> {
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
            return Ok(Cow::Owned(self.site_link(route, &format!("{target}{suffix}"))));
        }
        if trimmed.starts_with('/') && !trimmed.starts_with("//") {
            return Ok(Cow::Owned(self.site_link(route, trimmed)));
        }
        if self.portable && is_relative(trimmed) {
            let (path, suffix) = split_suffix(trimmed);
            let page_folder = resolve(&route.path, path).is_some_and(|p| self.names_page_folder(&p));
            if path.ends_with('/') || path == "." || path == ".." || page_folder {
                let slash = if path.ends_with('/') { "" } else { "/" };
                return Ok(Cow::Owned(format!("{path}{slash}index.html{suffix}")));
            }
        }
        Ok(Cow::Borrowed(url))
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
                st.push_link(self.texts, tag, "css", (&url, original), Some(Fetch::Css));
                url.into_owned()
            }
            Err(d) => {
                st.problems.push(d);
                original.to_string()
            }
        })
    }
}

/// Checks a `srcdoc` document as a page of its own: what it loads and what it runs count
/// as the page's own.
fn check_srcdoc(env: &RewriteEnv<'_>, route: &Route, st: &mut State, el: &Tag<'_>) {
    let Some(doc) = el.value("srcdoc") else { return };
    if st.frame_depth >= MAX_FRAME_DEPTH {
        st.facts.refusals.push(Refusal {
            what: format!("`srcdoc` frames are nested more than {MAX_FRAME_DEPTH} deep"),
            fix: "save each document as a page of the site and link to it",
            needle: String::new(),
        });
        return;
    }
    let (facts, problems) = match scan(&doc, route, env, st.frame_depth + 1) {
        Ok((_, facts)) => (facts, Vec::new()),
        Err((facts, problems)) => (facts, problems),
    };
    st.extend_links(facts.links);
    // Found in the Markdown by the `srcdoc` as written (its document is encoded there).
    let raw = el.get("srcdoc").unwrap_or_default();
    let needle: String = raw.chars().take(40).collect();
    st.facts.refusals.extend(facts.refusals.into_iter().map(|r| Refusal {
        needle: needle.clone(),
        ..r
    }));
    st.problems.extend(problems);
}

/// Writes the privacy tags before the first tag that belongs in `<head>` or `<body>`, when
/// the page has no `<head>` start tag of its own.
fn write_head_tags_before(st: &mut State, el: &Tag<'_>, out: &mut String) {
    if st.head_tags_due && !matches!(&*el.name, "html" | "head") {
        st.head_tags_due = false;
        out.push_str(&policy::head_tags());
    }
}

/// Reads and rewrites one start tag.
fn on_element(env: &RewriteEnv<'_>, route: &Route, st: &mut State, el: &mut Tag<'_>) {
    refusals::refusals(el, env.base_url, &mut st.facts.refusals);
    if el.name == "script" {
        st.script_has_src = el.has("src");
    }
    if el.has("srcdoc") {
        check_srcdoc(env, route, st, el);
    }
    if matches!(&*el.name, "object" | "embed" | "applet") {
        // Refused whole, so what it names is not a link to check as well.
        return;
    }
    if el.name == "img" {
        env.images.decorate(el, &route.path);
        crate::images::picture::load_when_near(el, st.facts.images.is_empty(), route, env.library);
    }
    if el.name == "picture" {
        st.pictures += 1;
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
    if let Some(id) = el.value("id") {
        st.facts.ids.push(env.texts.share(&id));
    }
    if let Some(name) = el.value("name").filter(|_| is_link) {
        st.facts.ids.push(env.texts.share(&name));
    }
    let recorded_before = st.facts.links.len();
    rewrite_attributes(env, route, st, el);
    if el.name == "img"
        && let Some(alt) = el.value("alt")
    {
        st.name_open_links(&alt);
    }
    if is_link {
        // The link this element's `href` just recorded, if it could be rewritten (if not,
        // the page fails with that problem, and its name is not needed).
        let href = (recorded_before..st.facts.links.len()).find(|&i| st.facts.links[i].attr == "href");
        if let (Some(index), Some(label)) = (href, el.value("aria-label")) {
            st.names[index].push_str(&label);
        }
        st.open_links.push(href);
    }
}

/// Opens a `<picture>` with the WebP `<source>` of a photograph's `<img>`
/// ([`crate::images::picture`]), its URLs rewritten and recorded like the page's own; true
/// when it did, so the caller closes it after the `<img>`.
fn open_picture(env: &RewriteEnv<'_>, route: &Route, st: &mut State, img: &Tag<'_>, out: &mut String) -> bool {
    let Some(source) = (st.pictures == 0)
        .then(|| env.images.webp_source(img, &route.path))
        .flatten()
    else {
        return false;
    };
    out.push_str("<picture>");
    for token in Tokens::new(&source) {
        if let Token::Start(mut tag) = token {
            on_element(env, route, st, &mut tag);
            tag.write(out);
        }
    }
    true
}

/// Reads one end tag.
fn on_end_tag(st: &mut State, name: &str) {
    match name {
        "a" => {
            st.open_links.pop();
        }
        "pre" => st.preformatted = st.preformatted.saturating_sub(1),
        "picture" => st.pictures = st.pictures.saturating_sub(1),
        _ => {}
    }
}

/// Names the links the text is in, and writes it with its white space collapsed unless
/// it shows (inside `<pre>`).
fn on_text(st: &mut State, text: &str, out: &mut String) {
    if !st.open_links.is_empty() {
        st.name_open_links(&decode(text, Place::Text));
    }
    if st.preformatted == 0 {
        minify::push_collapsed(text, out);
    } else {
        out.push_str(text);
    }
}

/// Rewrites one page's URLs, records its facts and minifies it, in one scan
/// ([`crate::web::html_scan`]), and puts the privacy tags first in its `<head>` ([`policy`]). Errors
/// name the page.
pub fn rewrite(html: &str, route: &Route, env: &RewriteEnv<'_>) -> Result<(String, PageFacts), Vec<Diagnostic>> {
    scan(html, route, env, 0).map_err(|(_, problems)| problems)
}

/// How deep `srcdoc` frames may nest inside one another before the build stops reading
/// them (each is read by a call of its own).
const MAX_FRAME_DEPTH: usize = 4;

/// [`rewrite`], for a page (`frame_depth` 0) or a `srcdoc` document inside one; on
/// failure, what was recorded all the same.
fn scan(
    html: &str,
    route: &Route,
    env: &RewriteEnv<'_>,
    frame_depth: usize,
) -> Result<(String, PageFacts), (PageFacts, Vec<Diagnostic>)> {
    let mut st = State {
        head_tags_due: frame_depth == 0,
        frame_depth,
        ..State::default()
    };
    let mut out = String::with_capacity(html.len() + 512);
    for token in Tokens::new(html) {
        match token {
            Token::Text(text) => on_text(&mut st, text, &mut out),
            Token::RawText { text, element: "style" } => {
                let css_text = env.rewrite_css(text, route, "style", &mut st);
                out.push_str(&css_text);
            }
            Token::RawText {
                text,
                element: "script",
            } => {
                if !st.script_has_src {
                    st.facts.refusals.extend(refusals::inline_script(text));
                }
                out.push_str(text);
            }
            Token::RawText { text, .. } | Token::Other(text) => out.push_str(text),
            Token::Start(mut el) => {
                write_head_tags_before(&mut st, &el, &mut out);
                let picture = open_picture(env, route, &mut st, &el, &mut out);
                on_element(env, route, &mut st, &mut el);
                el.write(&mut out);
                if picture {
                    out.push_str("</picture>");
                }
                if st.head_tags_due && el.name == "head" {
                    st.head_tags_due = false;
                    out.push_str(&policy::head_tags());
                }
            }
            Token::End { name, raw } => {
                on_end_tag(&mut st, &name);
                out.push_str(raw);
            }
            Token::Comment(_) => {}
        }
    }
    if st.head_tags_due {
        out.insert_str(0, &policy::head_tags());
    }
    let facts = st.finish(env.texts);
    if st.problems.is_empty() {
        Ok((out, facts))
    } else {
        Err((facts, st.problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Version;
    use crate::theme::Theme;
    use crate::web::char_refs::{Escape, escape};

    fn facts_of(html: &str) -> Result<PageFacts, Vec<Diagnostic>> {
        written(html).map(|(_, facts)| facts)
    }

    fn html_of(html: &str) -> String {
        written(html).unwrap().0
    }

    fn written(html: &str) -> Result<(String, PageFacts), Vec<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::default();
        let images = Images::prepare(dir.path(), &Theme::default(), &library).unwrap().0;
        let plan = Plan::default();
        let env = RewriteEnv {
            plan: &plan,
            library: &library,
            portable: false,
            base_url: "https://x.sch.uk/",
            images: &images,
            texts: &TextStore::default(),
        };
        let route = Route {
            path: "/".into(),
            lang: "en".into(),
            version: Version::Standard,
            target: Target::Search,
        };
        rewrite(html, &route, &env)
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
    fn srcdoc_frames_are_read_as_pages_of_their_own_but_not_too_deep() {
        let facts = facts_of("<iframe srcdoc=\"<p>Hi<img src=https&#58;//x.example/a.png>\"></iframe>").unwrap();
        assert!(
            facts.links.iter().any(|l| l.url == "https://x.example/a.png"),
            "{:?}",
            facts.links
        );
        let mut page = "<script>x()</script>".to_string();
        for _ in 0..50 {
            page = format!("<iframe srcdoc=\"{}\"></iframe>", escape(&page, Escape::Quoted));
        }
        let facts = facts_of(&page).unwrap();
        let refusals: Vec<&str> = facts.refusals.iter().map(|r| r.what.as_str()).collect();
        assert_eq!(refusals, ["`srcdoc` frames are nested more than 4 deep"]);
    }

    #[test]
    fn the_privacy_tags_come_first_in_head_even_without_a_head_tag() {
        for (page, before) in [
            ("<!doctype html><html><head><title>x</title>", "<title>"),
            ("<!doctype html><title>x</title>", "<title>"),
            ("<p>x", "<p>"),
        ] {
            let html = html_of(page);
            let policy = html.find("Content-Security-Policy").unwrap();
            assert!(policy < html.find(before).unwrap(), "{html}");
            assert_eq!(html.matches("no-referrer").count(), 1, "{html}");
        }
    }

    #[test]
    fn a_first_link_that_cannot_be_rewritten_is_reported_not_a_panic() {
        // Found by the `page_links` fuzz target: naming a link whose `href` could not be
        // rewritten indexed an empty list of links.
        let problems = facts_of("<a href=\"@/nope.md\" aria-label=\"Report\">x</a>").unwrap_err();
        assert!(problems[0].message.contains("content/nope.md"), "{problems:?}");
    }
}
