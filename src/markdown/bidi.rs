//! Keeping left-to-right text readable inside right-to-left pages (DESIGN §6).
//!
//! In an Urdu or Arabic paragraph the Unicode bidi algorithm reorders runs of neutral
//! characters: `0800 1111` shows as `1111 0800`, and a URL's slashes and dots jump about.
//! Files in a right-to-left language get such runs isolated as `<span dir="ltr">`: link
//! text with no right-to-left letters (URLs, e-mail addresses, English names) and phone
//! numbers in running text, which are also kept on one line.

use comrak::Arena;
use comrak::nodes::{AstNode, NodeValue};

const OPEN: &str = "<span dir=\"ltr\">";
/// Phone numbers also stay on one line (the theme's `.phone`).
const OPEN_PHONE: &str = "<span class=\"phone\" dir=\"ltr\">";
const CLOSE: &str = "</span>";

/// True for letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and
/// their presentation forms).
pub fn is_rtl_letter(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Isolates the left-to-right runs of a right-to-left file's tree.
pub fn isolate_ltr<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    let html = |s: &str| arena.alloc(NodeValue::HtmlInline(s.to_string()).into());
    let nodes: Vec<_> = root.descendants().collect();
    for node in nodes {
        let is_link = matches!(node.data().value, NodeValue::Link(_));
        if is_link {
            let text = node.collect_text();
            if !text.trim().is_empty() && !text.chars().any(is_rtl_letter) {
                node.prepend(html(OPEN));
                node.append(html(CLOSE));
            }
            continue;
        }
        let text = match &node.data().value {
            NodeValue::Text(t) if !node.ancestors().any(|a| matches!(a.data().value, NodeValue::Link(_))) => {
                t.to_string()
            }
            _ => continue,
        };
        let runs = phone_numbers(&text);
        if runs.is_empty() {
            continue;
        }
        let mut at = 0;
        for (start, end) in runs {
            node.insert_before(arena.alloc(NodeValue::Text(text[at..start].to_string().into()).into()));
            node.insert_before(html(OPEN_PHONE));
            node.insert_before(arena.alloc(NodeValue::Text(text[start..end].to_string().into()).into()));
            node.insert_before(html(CLOSE));
            at = end;
        }
        node.insert_before(arena.alloc(NodeValue::Text(text[at..].to_string().into()).into()));
        node.detach();
    }
}

/// The byte ranges of phone-number-like runs: digit groups joined by spaces or hyphens
/// (`0800 1111`, `+44 (0)1843 000000`), at least five digits in all.
fn phone_numbers(text: &str) -> Vec<(usize, usize)> {
    let is_part = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+');
    let mut runs = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !(c.is_ascii_digit() || c == '+' || c == '(') {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if !is_part(next) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        let run = text[start..end].trim_end_matches(|ch: char| !ch.is_ascii_digit() && ch != ')');
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let joined = run.trim().contains([' ', '-']);
        if digits >= 5 && joined && run.starts_with(|ch: char| ch.is_ascii_digit() || ch == '+' || ch == '(') {
            runs.push((start, start + run.len()));
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(markdown: &str) -> String {
        let arena = Arena::new();
        let mut options = comrak::Options::default();
        options.extension.autolink = true;
        options.render.r#unsafe = true;
        let root = comrak::parse_document(&arena, markdown, &options);
        isolate_ltr(&arena, root);
        let mut html = String::new();
        comrak::format_html(root, &options, &mut html).unwrap();
        html
    }

    #[test]
    fn urls_and_latin_link_text_are_isolated_urdu_link_text_is_not() {
        let html = render(
            "دیکھیں https://www.ceop.police.uk اور [Childline](https://www.childline.org.uk) یا [یہاں](https://x.uk)\n",
        );
        assert!(
            html.contains(
                "<a href=\"https://www.ceop.police.uk\"><span dir=\"ltr\">https://www.ceop.police.uk</span></a>"
            ),
            "{html}"
        );
        assert!(html.contains("<span dir=\"ltr\">Childline</span>"), "{html}");
        assert!(html.contains("<a href=\"https://x.uk\">یہاں</a>"), "{html}");
    }

    #[test]
    fn phone_numbers_are_isolated() {
        let html = render("فون کریں 0800 1111 یا +44 (0)1843 000000 پر، 10 منٹ میں۔\n");
        let phone = |number: &str| format!("<span class=\"phone\" dir=\"ltr\">{number}</span>");
        assert!(html.contains(&format!("{} یا", phone("0800 1111"))), "{html}");
        assert!(html.contains(&format!("{} پر", phone("+44 (0)1843 000000"))), "{html}");
        assert!(!html.contains("ltr\">10"), "{html}");
    }

    #[test]
    fn short_numbers_and_years_are_left_alone() {
        assert!(phone_numbers("2026").is_empty());
        assert!(phone_numbers("5 to 11").is_empty());
        assert_eq!(phone_numbers("call 116 123."), [(5, 12)]);
    }
}
