//! The easy-read look in the Markdown (DESIGN §6): each line the author writes stays a line
//! (one idea per line, set by the renderer's hard breaks), and a picture at the start of a
//! paragraph or list item is set beside its words.

use comrak::Arena;
use comrak::nodes::{AstNode, NodeValue};

/// Wraps every paragraph that starts with an image and goes on with words as
/// `<span class="picture-line">IMAGE<span class="picture-words">WORDS</span></span>`,
/// which the theme lays out side by side.
pub fn picture_lines<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    let paragraphs: Vec<_> = root
        .descendants()
        .filter(|n| matches!(n.data().value, NodeValue::Paragraph))
        .collect();
    for paragraph in paragraphs {
        let Some(image) = paragraph.first_child() else { continue };
        if !matches!(image.data().value, NodeValue::Image(_)) || !has_words_after(image) {
            continue;
        }
        let html = |s: &str| arena.alloc(NodeValue::HtmlInline(s.to_string()).into());
        image.insert_before(html("<span class=\"picture-line\">"));
        image.insert_after(html("<span class=\"picture-words\">"));
        paragraph.append(html("</span></span>"));
    }
}

/// True when something other than white space follows `node`.
fn has_words_after<'a>(node: &'a AstNode<'a>) -> bool {
    node.following_siblings().skip(1).any(|n| match &n.data().value {
        NodeValue::Text(t) => !t.trim().is_empty(),
        NodeValue::SoftBreak | NodeValue::LineBreak => false,
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(markdown: &str) -> String {
        let arena = Arena::new();
        let mut options = comrak::Options::default();
        options.render.hardbreaks = true;
        options.render.r#unsafe = true;
        let root = comrak::parse_document(&arena, markdown, &options);
        picture_lines(&arena, root);
        let mut html = String::new();
        comrak::format_html(root, &options, &mut html).unwrap();
        html
    }

    #[test]
    fn a_leading_picture_sits_beside_its_words() {
        let html = render(
            "- ![](key.svg) A password is a key.\n- No picture here.\n\n![](alone.svg)\n\nWords ![](late.svg)\n",
        );
        assert!(
            html.contains("<li><span class=\"picture-line\"><img src=\"key.svg\" alt=\"\" /><span class=\"picture-words\"> A password is a key.</span></span></li>"),
            "{html}"
        );
        assert_eq!(html.matches("picture-line").count(), 1, "{html}");
    }

    #[test]
    fn each_written_line_stays_a_line() {
        let html = render("One idea.\nAnother idea.\n");
        assert!(html.contains("One idea.<br />\nAnother idea."), "{html}");
    }
}
