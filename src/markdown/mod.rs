//! Render Markdown: comrak with GFM extensions, footnotes and heading ids; code
//! highlighted by syntect into CSS classes; content links resolved (DESIGN §4).
//!
//! Each source file is rendered once; the output stage adapts its links to every page
//! that shows it.

pub mod bidi;
pub mod easy_read;
mod heading_ids;
pub mod highlight;
pub mod key_words;
pub mod links;
pub mod reading_level;
pub mod sentences;
pub mod syllables;

use comrak::nodes::{AstNode, NodeValue};
use comrak::options::Plugins;
use comrak::{Arena, Options};
use serde::Serialize;

use crate::checks::nesting;
use crate::config::{Config, Direction};
use crate::content::{Library, PageFile, Variant};
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::glossary::Glossary;
pub use crate::web::facts::BodyLink;
use crate::web::html_scan::outline;
use heading_ids::HeadingIds;
use highlight::Highlighter;
use key_words::KeyWords;

/// A heading of a rendered body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Its `id`, for `#fragment` links.
    pub id: String,
    /// Its text.
    pub text: String,
}

/// A file's body, rendered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RenderedBody {
    /// The HTML.
    pub html: String,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
    /// Its links and images, with their lines.
    pub links: Vec<BodyLink>,
    /// Roughly how many words it has.
    pub words: usize,
    /// For English lessons: the body again with its glossary words marked (EAL pages).
    pub marked: Option<MarkedBody>,
    /// Where its top-level `h2` headings start: a lesson's slides ([`crate::kinds::lessons`]),
    /// found in the same pass over the HTML as its depth.
    pub slide_starts: Vec<usize>,
    /// Its links to pages that do not exist (each written as `links::STAND_IN`), reported with the
    /// checks' findings so one run shows the site's other mistakes too.
    pub broken: Vec<Diagnostic>,
}

/// A body with its glossary words marked (see [`key_words`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarkedBody {
    /// The HTML, each word a `<dfn data-term>` still to be translated.
    pub html: String,
    /// The glossary terms found, in order of first appearance.
    pub terms: Vec<usize>,
}

/// The Markdown renderer, set up once per build.
pub struct Markdown {
    options: Options<'static>,
    /// Easy-read files: every line written is a line shown.
    easy_options: Options<'static>,
    highlighter: Highlighter,
    /// Languages written right to left, whose files get left-to-right runs isolated.
    rtl_languages: Vec<String>,
    /// The glossary matcher, when the site has key words.
    key_words: Option<KeyWords>,
}

impl Default for Markdown {
    fn default() -> Self {
        let mut options = Options::default();
        options.extension.strikethrough = true;
        options.extension.table = true;
        options.extension.autolink = true;
        options.extension.tasklist = true;
        options.extension.footnotes = true;
        // Raw HTML is passed through, then held to every output check like the rest.
        options.render.r#unsafe = true;
        let mut easy_options = options.clone();
        easy_options.render.hardbreaks = true;
        Self {
            options,
            easy_options,
            highlighter: Highlighter::default(),
            rtl_languages: Vec::new(),
            key_words: None,
        }
    }
}

impl Markdown {
    /// The renderer for a site: its right-to-left languages and its glossary.
    pub fn new(config: &Config, glossary: &Glossary) -> Self {
        Self {
            rtl_languages: config
                .languages
                .iter()
                .filter(|l| l.dir == Direction::Rtl)
                .map(|l| l.code.clone())
                .collect(),
            key_words: KeyWords::new(glossary),
            ..Self::default()
        }
    }
}

impl Markdown {
    /// Renders one file's body. `library` resolves its links to other pages and files;
    /// with `mark_key_words`, the body is also rendered with its glossary words marked.
    pub fn render(&self, file: &PageFile, library: &Library, mark_key_words: bool) -> Result<RenderedBody> {
        let body = self.render_keeping_going(file, library, mark_key_words)?;
        if body.broken.is_empty() {
            Ok(body)
        } else {
            Err(Error::User(body.broken))
        }
    }

    /// As [`Markdown::render`], but a link to a page that does not exist is written as
    /// [`links::STAND_IN`] and its error kept in [`RenderedBody::broken`].
    pub fn render_keeping_going(
        &self,
        file: &PageFile,
        library: &Library,
        mark_key_words: bool,
    ) -> Result<RenderedBody> {
        let arena = Arena::new();
        let root = comrak::parse_document(&arena, &file.body, &self.options);
        let content_dir = content_dir(file);
        let mut problems = Vec::new();
        let mut links = Vec::new();
        for node in root.descendants() {
            let mut data = node.data_mut();
            let line = data.sourcepos.start.line + file.body_line - 1;
            let column = data.sourcepos.start.column;
            if let NodeValue::Link(link) | NodeValue::Image(link) = &mut data.value {
                match links::rewrite(&link.url, &content_dir, library) {
                    Ok(url) => link.url = url,
                    Err(broken) => {
                        problems.push(
                            Diagnostic::error(broken.message)
                                .at_line(&file.source, &self.file_text(file), line, column)
                                .hint(broken.hint),
                        );
                        link.url = links::STAND_IN.into();
                    }
                }
                links.push(BodyLink {
                    url: link.url.clone(),
                    line,
                });
            }
        }
        if file.variant == Variant::Easy {
            easy_read::picture_lines(&arena, root);
        }
        if self.rtl_languages.contains(&file.lang) {
            bidi::isolate_ltr(&arena, root);
        }
        let (html, headings) = self.format(root, file)?;
        let slide_starts = check_nesting(&html, file)?;
        let marked = match &self.key_words {
            Some(key_words) if mark_key_words => {
                let terms = key_words.mark(&arena, root);
                // Written again only when a word was marked: otherwise it reads as before.
                if terms.is_empty() {
                    None
                } else {
                    Some(MarkedBody {
                        html: self.format(root, file)?.0,
                        terms,
                    })
                }
            }
            _ => None,
        };
        Ok(RenderedBody {
            html,
            headings,
            links,
            words: word_count(&file.body),
            marked,
            slide_starts,
            broken: problems,
        })
    }

    /// Writes a parsed body as HTML, with its headings.
    fn format<'a>(&self, root: &'a AstNode<'a>, file: &PageFile) -> Result<(String, Vec<Heading>)> {
        let headings = HeadingIds::default();
        let mut plugins = Plugins::default();
        plugins.render.codefence_syntax_highlighter = Some(&self.highlighter);
        plugins.render.heading_adapter = Some(&headings);
        let options = match file.variant {
            Variant::Easy => &self.easy_options,
            Variant::Standard => &self.options,
        };
        // Room for the HTML at once: a lesson's is about one and a half times its Markdown,
        // more with highlighted code, and grown it is copied each time it doubles.
        let mut html = String::with_capacity(file.body.len() * 2);
        comrak::format_html_with_plugins(root, options, &mut html, &plugins)
            .map_err(|_| Error::Internal(format!("could not render {}", file.source.display())))?;
        Ok((html, headings.into_headings()))
    }

    /// The whole file's text as the author sees it, so snippets show the right line.
    fn file_text(&self, file: &PageFile) -> String {
        format!("+++\n{}+++\n{}", file.front_text, file.body)
    }
}

/// Refuses a body nested too deeply to write out (see [`nesting`]); gives where its
/// top-level `h2`s start, found in the same pass.
fn check_nesting(html: &str, file: &PageFile) -> Result<Vec<usize>> {
    let outline = outline(html, "h2", nesting::MAX_BODY_DEPTH);
    match outline.too_deep {
        Some((depth, _)) => Err(Diagnostic::error(format!(
            "the page's text nests {depth} levels deep, more than the {} haven allows",
            nesting::MAX_BODY_DEPTH
        ))
        .in_file(&file.source)
        .hint("close every HTML tag you open (each <div> needs its </div>), and keep quotes (>) and lists a few levels deep")
        .into()),
        None => Ok(outline.top_level),
    }
}

/// Roughly how many words `text` has: its runs of bytes that are not ASCII white space.
/// Spaces, tabs and line breaks part words in every language haven serves. A word starts
/// at each byte that is not white space after one that is (or at the start): each pair of
/// bytes is looked at on its own, and a block's starts are summed in a byte, so the
/// compiler reads many pairs at once (a third of the instructions of reading byte by byte).
fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let space = |b: u8| b.is_ascii_whitespace();
    let mut count = usize::from(bytes.first().is_some_and(|&b| !space(b)));
    let afters = bytes.get(1..).unwrap_or_default();
    // A block of 255 pairs has at most 255 starts.
    for (befores, afters) in bytes.chunks(255).zip(afters.chunks(255)) {
        let starts = befores.iter().zip(afters).fold(0u8, |n, (&before, &b)| {
            n.wrapping_add(u8::from(space(before) & !space(b)))
        });
        count += usize::from(starts);
    }
    count
}

/// The content folder a file is in (`content/lessons/ks2/a.md` -> `lessons/ks2`).
fn content_dir(file: &PageFile) -> String {
    let rel = file.source.strip_prefix("content").unwrap_or(&file.source);
    rel.parent()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Variant;
    use crate::content::front_matter::FrontMatter;

    fn file(body: &str) -> PageFile {
        PageFile {
            source: "content/a.md".into(),
            lang: "en".into(),
            variant: Variant::Standard,
            front: FrontMatter::default(),
            front_text: "title = \"A\"\n".into(),
            body: body.into(),
            body_line: 4,
        }
    }

    #[test]
    fn gfm_footnotes_headings_and_code() {
        let md = Markdown::default();
        let body = md
            .render(&file("## Keep it secret\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\nNote[^1]\n\n[^1]: A note.\n\n```rust\nfn main() {}\n```\n"), &Library::default(), false)
            .unwrap();
        assert!(
            body.html.contains("<h2 id=\"keep-it-secret\">Keep it secret</h2>"),
            "{}",
            body.html
        );
        assert!(body.html.contains("<table>"));
        assert!(body.html.contains("type=\"checkbox\""));
        assert!(body.html.contains("footnote"));
        assert!(body.html.contains("class=\"hl-"), "{}", body.html);
        assert_eq!(body.headings[0].id, "keep-it-secret");
    }

    #[test]
    fn words_are_the_runs_between_ascii_white_space() {
        for text in [
            "",
            " ",
            "one",
            " one  two\tthree\n",
            "a\u{a0}b \u{b}c\r\nd\x0ce",
            "\u{633} \u{644}",
        ] {
            assert_eq!(word_count(text), text.split_ascii_whitespace().count(), "{text:?}");
        }
        // Long texts too, whose blocks of pairs meet inside words and inside white space.
        let alphabet = "ab \t\n\r\x0c\x0b\x00\x1f\u{a0}\u{633}";
        for text in crate::web::white_space::generated_texts(alphabet, 20_000, 0..=600) {
            assert_eq!(word_count(&text), text.split_ascii_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn missing_md_link_names_file_and_line() {
        let err = Markdown::default()
            .render(&file("Hi\n\nSee [x](nope.md).\n"), &Library::default(), false)
            .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("content/a.md:6"), "{text}");
        assert!(text.contains("nope.md"), "{text}");
    }
}
