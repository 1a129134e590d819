//! One start tag of a page as [`super::Tokens`] reads it: its name and attributes, read
//! as browsers read them, and written back out untouched unless an attribute was set.

use std::borrow::Cow;

use super::is_space;
use crate::web::char_refs::{Place, decode};

/// One attribute of a start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute<'a> {
    /// Its name in lower case.
    pub name: Cow<'a, str>,
    /// Its value as written (entities not decoded); `None` for a bare name (`<img alt>`).
    pub value: Option<Cow<'a, str>>,
    /// The attribute as written, name to value, quotes and all; `None` for one added.
    raw: Option<&'a str>,
    /// True once its value is set.
    set: bool,
}

/// A start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    /// The tag as written, `<` to `>`.
    pub raw: &'a str,
    /// The element's name in lower case.
    pub name: Cow<'a, str>,
    /// Its attributes in order.
    pub attributes: Vec<Attribute<'a>>,
    /// Written `<br/>`.
    pub self_closing: bool,
    /// True once an attribute is set: the tag is then written out again.
    changed: bool,
}

impl Tag<'_> {
    /// The value of the first attribute of that (lower-case) name; `Some("")` for a bare one.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.as_deref().unwrap_or(""))
    }

    /// The value of the first attribute of that (lower-case) name as a browser reads it:
    /// character references decoded (see [`crate::web::char_refs`]).
    pub fn value(&self, name: &str) -> Option<Cow<'_, str>> {
        self.get(name).map(|v| decode(v, Place::Attribute))
    }

    /// True when the tag has the attribute.
    pub fn has(&self, name: &str) -> bool {
        self.attributes.iter().any(|a| a.name == name)
    }

    /// Sets an attribute's value (as HTML: `&` stays as written), adding it at the end
    /// when the tag lacks it.
    pub fn set(&mut self, name: &str, value: &str) {
        self.changed = true;
        match self.attributes.iter_mut().find(|a| a.name == name) {
            Some(a) => {
                a.value = Some(Cow::Owned(value.to_string()));
                a.set = true;
            }
            None => self.attributes.push(Attribute {
                name: Cow::Owned(name.to_string()),
                value: Some(Cow::Owned(value.to_string())),
                raw: None,
                set: true,
            }),
        }
    }

    /// Removes every attribute of that (lower-case) name.
    pub fn remove(&mut self, name: &str) {
        self.changed = true;
        self.attributes.retain(|a| a.name != name);
    }

    /// Writes the tag keeping what was not changed as it was written: the element's name
    /// in its own case, and each attribute not set in its own spelling and quotes. Set
    /// attributes are written in double quotes, their names as spelt. The passes over a rendered body (the
    /// glossary marks, the EAL page's ids) write their tags so.
    pub fn write_keeping_spelling(&self, out: &mut String) {
        if !self.changed {
            out.push_str(self.raw);
            return;
        }
        out.push('<');
        out.push_str(&self.raw[1..1 + self.name.len()]);
        for a in &self.attributes {
            out.push(' ');
            match (a.raw, a.set) {
                (Some(raw), false) => out.push_str(raw),
                (raw, _) => {
                    out.push_str(raw.map_or(&*a.name, |r| &r[..a.name.len()]));
                    out.push_str("=\"");
                    out.push_str(&a.value.as_deref().unwrap_or("").replace('"', "&quot;"));
                    out.push('"');
                }
            }
        }
        if self.self_closing && !self.attributes.is_empty() {
            out.push(' ');
        }
        out.push_str(if self.self_closing { "/>" } else { ">" });
    }

    /// Writes the tag: as it was, or with its attributes in double quotes once changed.
    pub fn write(&self, out: &mut String) {
        if !self.changed {
            out.push_str(self.raw);
            return;
        }
        out.push('<');
        out.push_str(&self.name);
        for a in &self.attributes {
            out.push(' ');
            out.push_str(&a.name);
            if let Some(value) = &a.value {
                out.push_str("=\"");
                out.push_str(&value.replace('"', "&quot;"));
                out.push('"');
            }
        }
        out.push_str(if self.self_closing { "/>" } else { ">" });
    }
}

/// A tag or attribute name in lower case, borrowed when it already is.
pub fn lower(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// A byte that ends a tag's name: white space, `/` or `>`.
const ENDS_NAME: u8 = 1;
/// A byte that ends an attribute's name: what ends a tag's name, or `=`.
const ENDS_ATTRIBUTE_NAME: u8 = 2;
/// A byte that ends an unquoted attribute value: white space or `>`.
const ENDS_VALUE: u8 = 4;

/// What each byte ends, as bits: every byte of every tag of every page is looked up here,
/// one load where the tests are a chain of comparisons.
const ENDS: [u8; 256] = {
    let mut ends = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let space = is_space(byte);
        if space || byte == b'/' || byte == b'>' {
            ends[b] |= ENDS_NAME | ENDS_ATTRIBUTE_NAME;
        }
        if byte == b'=' {
            ends[b] |= ENDS_ATTRIBUTE_NAME;
        }
        if space || byte == b'>' {
            ends[b] |= ENDS_VALUE;
        }
        b += 1;
    }
    ends
};

/// Where the first byte of `bytes` that is one of `what` ([`ENDS`]) is.
fn first_ending(bytes: &[u8], what: u8) -> Option<usize> {
    bytes.iter().position(|&b| ENDS[usize::from(b)] & what != 0)
}

/// Reads the tag `html` starts with, its name at `name_at` (after `<` or `</`); `None`
/// when the page ends inside it.
pub(super) fn read_tag(html: &str, name_at: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    let mut at = name_at + first_ending(&bytes[name_at..], ENDS_NAME)?;
    let name = lower(&html[name_at..at]);
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        match *bytes.get(at)? {
            b'>' => break,
            b'/' => {
                self_closing = bytes.get(at + 1) == Some(&b'>');
                at += 1;
            }
            b if is_space(b) => at += 1,
            _ => {
                // A name runs to white space, `/`, `>` or `=` (though it may start with `=`).
                let start = at;
                at += 1 + first_ending(&bytes[at + 1..], ENDS_ATTRIBUTE_NAME)?;
                let attr_name = lower(&html[start..at]);
                let name_end = at;
                let mut after = at + bytes[at..].iter().position(|&b| !is_space(b))?;
                let mut value = None;
                if bytes[after] == b'=' {
                    after += 1;
                    after += bytes[after..].iter().position(|&b| !is_space(b))?;
                    let (text, end) = match bytes[after] {
                        quote @ (b'"' | b'\'') => {
                            let close = after + 1 + memchr::memchr(quote, &bytes[after + 1..])?;
                            (&html[after + 1..close], close + 1)
                        }
                        b'>' => ("", after),
                        _ => {
                            let end = after + first_ending(&bytes[after..], ENDS_VALUE)?;
                            (&html[after..end], end)
                        }
                    };
                    value = Some(Cow::Borrowed(text));
                    at = end;
                } else {
                    at = after;
                }
                let written = if value.is_some() { at } else { name_end };
                attributes.push(Attribute {
                    name: attr_name,
                    value,
                    raw: Some(&html[start..written]),
                    set: false,
                });
            }
        }
    }
    Some(Tag {
        raw: &html[..at + 1],
        name,
        attributes,
        self_closing,
        changed: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_of_endings_is_the_tests_it_stands_for() {
        for b in 0..=255u8 {
            let ends_name = is_space(b) || b == b'/' || b == b'>';
            assert_eq!(ENDS[usize::from(b)] & ENDS_NAME != 0, ends_name, "{b}");
            assert_eq!(
                ENDS[usize::from(b)] & ENDS_ATTRIBUTE_NAME != 0,
                ends_name || b == b'=',
                "{b}"
            );
            assert_eq!(ENDS[usize::from(b)] & ENDS_VALUE != 0, is_space(b) || b == b'>', "{b}");
        }
    }
}
