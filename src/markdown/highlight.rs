//! Code highlighting with syntect into CSS classes (no inline styles), and the
//! stylesheet for those classes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::{self, Write};
use std::sync::{Arc, Mutex, Once, PoisonError};

use comrak::adapters::SyntaxHighlighterAdapter;

use crate::a11y::colour::{AA_TEXT, Colour};
use syntect::highlighting::{Color, ThemeSet};
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Class names are prefixed so they cannot clash with the theme's.
const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Highlights fenced code; the syntax set is loaded once per build, and each distinct
/// block is highlighted once: the same example in every language's version of a lesson
/// (or on every lesson of a series) costs one highlighting, which is slow (syntect tries
/// dozens of regular expressions at each point of a line).
pub struct Highlighter {
    syntaxes: SyntaxSet,
    done: Mutex<HashMap<(String, String), Highlighted>>,
}

/// A block's highlighted HTML (by language token and code); `None` for a language
/// syntect lacks.
type Highlighted = Option<Arc<str>>;

/// How often one regular expression may backtrack at one place, and in one search of a
/// line, before Oniguruma gives up (the grammar's rule then does not match there). Real
/// code needs thousands; a grammar's worst case on a crafted line (Makefile's, on a
/// 200-character line found by the `markdown` fuzz target) needs billions, which took
/// seconds per line with Oniguruma's defaults (10 million per place, none per search).
/// Counting, unlike a clock, keeps the output the same on every machine.
const RETRY_LIMIT_IN_MATCH: std::ffi::c_ulong = 100_000;
const RETRY_LIMIT_IN_SEARCH: std::ffi::c_ulong = 1_000_000;

/// Sets Oniguruma's backtracking limits, once per process, before any highlighting.
fn limit_backtracking() {
    static LIMITS: Once = Once::new();
    LIMITS.call_once(|| {
        // SAFETY: these two calls only store a number in Oniguruma's process-wide
        // settings, copied into each search's parameters when it starts; they take no
        // pointers, and the `Once` makes them run once.
        unsafe {
            onig_sys::onig_set_retry_limit_in_match(RETRY_LIMIT_IN_MATCH);
            onig_sys::onig_set_retry_limit_in_search(RETRY_LIMIT_IN_SEARCH);
        }
    });
}

impl Default for Highlighter {
    fn default() -> Self {
        limit_backtracking();
        Self {
            syntaxes: SyntaxSet::load_defaults_newlines(),
            done: Mutex::default(),
        }
    }
}

impl Highlighter {
    /// The highlighted HTML of `code`, from the blocks done before when it is one of them.
    fn highlight_once(&self, lang: &str, code: &str) -> Highlighted {
        // A language syntect lacks is never highlighted: nothing to keep.
        self.syntaxes.find_syntax_by_token(lang)?;
        let key = (lang.to_string(), code.to_string());
        // Entries are only ever added whole, so a map whose lock was poisoned is still good.
        if let Some(done) = self.done.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
            return done.clone();
        }
        let html = self.highlight(lang, code).map(Arc::from);
        self.done
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, html.clone());
        html
    }

    fn highlight(&self, lang: &str, code: &str) -> Option<String> {
        let syntax = self.syntaxes.find_syntax_by_token(lang)?;
        let mut html = ClassedHTMLGenerator::new_with_class_style(syntax, &self.syntaxes, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            html.parse_html_for_line_which_includes_newline(line).ok()?;
        }
        Some(html.finalize())
    }
}

fn write_tag(
    output: &mut dyn Write,
    tag: &str,
    attributes: &HashMap<&'static str, Cow<'_, str>>,
    extra: &str,
) -> fmt::Result {
    write!(output, "<{tag}")?;
    let mut names: Vec<_> = attributes.keys().collect();
    names.sort();
    for name in names {
        write!(output, " {name}=\"")?;
        comrak::html::escape(output, &attributes[name])?;
        output.write_char('"')?;
    }
    write!(output, "{extra}>")
}

impl SyntaxHighlighterAdapter for Highlighter {
    fn write_highlighted(&self, output: &mut dyn Write, lang: Option<&str>, code: &str) -> fmt::Result {
        let lang = lang.unwrap_or("").split_whitespace().next().unwrap_or("");
        match (!lang.is_empty()).then(|| self.highlight_once(lang, code)).flatten() {
            Some(html) => output.write_str(&html),
            None => comrak::html::escape(output, code),
        }
    }

    fn write_pre_tag(&self, output: &mut dyn Write, attributes: HashMap<&'static str, Cow<'_, str>>) -> fmt::Result {
        // Focusable, so keyboard users can scroll wide code (WCAG 2.1.1).
        write_tag(output, "pre", &attributes, " tabindex=\"0\"")
    }

    fn write_code_tag(&self, output: &mut dyn Write, attributes: HashMap<&'static str, Cow<'_, str>>) -> fmt::Result {
        write_tag(output, "code", &attributes, "")
    }
}

/// The stylesheet for highlighted code: a light theme with dark text, every colour of it
/// darkened where needed to reach WCAG AA contrast (4.5:1) on its background.
pub fn stylesheet() -> String {
    let mut themes = ThemeSet::load_defaults();
    let Some(theme) = themes.themes.get_mut("InspiredGitHub") else {
        return String::new();
    };
    let page = theme.settings.background.unwrap_or(Color::WHITE);
    if let Some(fg) = theme.settings.foreground.as_mut() {
        *fg = readable(*fg, page);
    }
    for item in &mut theme.scopes {
        let background = item.style.background.unwrap_or(page);
        if let Some(fg) = item.style.foreground.as_mut() {
            *fg = readable(*fg, background);
        }
    }
    css_for_theme_with_class_style(theme, CLASS_STYLE).unwrap_or_default()
}

/// `colour` with at least AA contrast on `background`.
fn readable(colour: Color, background: Color) -> Color {
    let ours = |c: Color| Colour { r: c.r, g: c.g, b: c.b };
    let fixed = ours(colour).with_contrast_on(ours(background), AA_TEXT);
    Color {
        r: fixed.r,
        g: fixed.g,
        b: fixed.b,
        a: 0xff,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_block_is_highlighted_once() {
        let h = Highlighter::default();
        let first = h.highlight_once("python", "print('hi')\n").unwrap();
        let again = h.highlight_once("python", "print('hi')\n").unwrap();
        assert!(Arc::ptr_eq(&first, &again), "the second block came from the first");
        let other = h.highlight_once("python", "print('bye')\n").unwrap();
        assert!(other.contains("bye") && !Arc::ptr_eq(&first, &other));
        assert!(h.highlight_once("nosuchlang", "x").is_none());
    }

    #[test]
    fn known_languages_get_classes_unknown_are_escaped() {
        let h = Highlighter::default();
        let mut out = String::new();
        h.write_highlighted(&mut out, Some("rust"), "fn main() {}\n").unwrap();
        assert!(out.contains("class=\"hl-"), "{out}");
        let mut plain = String::new();
        h.write_highlighted(&mut plain, Some("nosuchlang"), "<b>").unwrap();
        assert_eq!(plain, "&lt;b&gt;");
        assert!(stylesheet().contains(".hl-"));
    }

    #[test]
    fn a_line_that_makes_a_grammar_backtrack_is_highlighted_in_bounded_time() {
        // Found by the `markdown` fuzz target: Makefile's grammar took seconds on it.
        let line = "\x0c\0\x11\0 .-! can``[```ildlineleaflet..org.uk. Call 0800 111 \0\0\0| a | <b .md.uk. C``: no```` [a](../ngie-passwordaa e\0\0\0 numbers<n-----/----------ta@UUUUU- ![]ut\x01\x09-i\0W [a](../ngie-passwordaa e\0\0\0 numbers<n\n";
        let h = Highlighter::default();
        let started = std::time::Instant::now();
        let mut out = String::new();
        h.write_highlighted(&mut out, Some("make"), &line.repeat(3)).unwrap();
        assert!(out.contains("ngie-passwordaa"), "{out}");
        let took = started.elapsed();
        // 0.03 s in a debug build; seconds a line without the limits.
        assert!(took.as_secs() < 2, "highlighting took {took:?}");
    }

    #[test]
    fn every_colour_of_the_stylesheet_is_readable() {
        let css = stylesheet();
        let sheet = [("/syntax.css".to_string(), css)];
        let pale = crate::a11y::contrast::check(&sheet);
        assert!(pale.is_empty(), "{pale:?}");
        let comment = sheet[0].1.split(".hl-comment").nth(1).unwrap();
        let hex = comment.split("color:").nth(1).unwrap().trim_start();
        let colour = Colour::parse(&hex[..7]).unwrap();
        assert!(
            colour.contrast(Colour::parse("#fff").unwrap()) >= 4.5,
            "comments: {}",
            colour.hex()
        );
    }
}
