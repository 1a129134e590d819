//! What a browser fetches by itself as it reads a page (scripts, stylesheets, fonts,
//! images, media, frames), as opposed to links it follows only when the reader clicks.
//! The no-third-party rule (DESIGN §8) holds for the first kind only.

/// Something a browser fetches without being asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// `<script src>`, or a preload of one.
    Script,
    /// `<link rel=stylesheet>`, or a preload of one.
    Stylesheet,
    /// A font preload.
    Font,
    /// `<img>`, `<source srcset>`, `<video poster>`, SVG `<image>`, icons.
    Image,
    /// `<video>`, `<audio>`, `<track>`, `<source src>`.
    Media,
    /// `<iframe>`, `<frame>`.
    Frame,
    /// `<embed>`, `<object data>`.
    Object,
    /// `<link rel=manifest>`, or a preload or prefetch of anything else.
    Resource,
    /// `<link rel=preconnect|dns-prefetch>`: a connection opened in advance.
    Connection,
    /// `<a ping>`: a request sent when a link is followed.
    Ping,
    /// `url()` or `@import` in CSS: a font, image or stylesheet.
    Css,
}

impl Fetch {
    /// What it is, for messages: "page /x/ loads {a script} from another site".
    pub fn describe(self) -> &'static str {
        match self {
            Fetch::Script => "a script",
            Fetch::Stylesheet => "a stylesheet",
            Fetch::Font => "a font",
            Fetch::Image => "an image",
            Fetch::Media => "audio or video",
            Fetch::Frame => "a frame",
            Fetch::Object => "an embedded object",
            Fetch::Resource => "a file",
            Fetch::Connection => "a connection",
            Fetch::Ping => "a tracking ping",
            Fetch::Css => "a font, image or stylesheet (from CSS)",
        }
    }
}

/// What a `<link>` fetches, from its `rel` and `as` attributes.
fn link_fetch(rel: &str, as_: &str) -> Option<Fetch> {
    let rel = rel.to_ascii_lowercase();
    let has = |token: &str| rel.split_ascii_whitespace().any(|t| t == token);
    if has("stylesheet") {
        Some(Fetch::Stylesheet)
    } else if has("icon") || has("apple-touch-icon") || has("apple-touch-icon-precomposed") || has("mask-icon") {
        Some(Fetch::Image)
    } else if has("preconnect") || has("dns-prefetch") {
        Some(Fetch::Connection)
    } else if has("preload") || has("prefetch") || has("modulepreload") || has("prerender") {
        Some(match as_.to_ascii_lowercase().as_str() {
            "script" | "worker" => Fetch::Script,
            "style" => Fetch::Stylesheet,
            "font" => Fetch::Font,
            "image" => Fetch::Image,
            "audio" | "video" | "track" => Fetch::Media,
            _ if has("modulepreload") => Fetch::Script,
            _ => Fetch::Resource,
        })
    } else if has("manifest") {
        Some(Fetch::Resource)
    } else {
        None
    }
}

/// What the browser fetches for the URL in attribute `attr` of element `tag` (`rel` and
/// `as` being the element's attributes of those names), or `None` for a link it only
/// follows when clicked. `attr` is `css` for URLs inside CSS.
pub fn fetched_as(tag: &str, attr: &str, rel: Option<&str>, as_: Option<&str>) -> Option<Fetch> {
    // Called for every URL of every page, whose tag names are lower case already.
    let tag = match tag.bytes().any(|b| b.is_ascii_uppercase()) {
        true => std::borrow::Cow::Owned(tag.to_ascii_lowercase()),
        false => std::borrow::Cow::Borrowed(tag),
    };
    match (&*tag, attr) {
        (_, "css") => Some(Fetch::Css),
        (_, "ping") => Some(Fetch::Ping),
        (_, "background") => Some(Fetch::Image),
        ("script", "src" | "href" | "xlink:href") => Some(Fetch::Script),
        ("link", "href") => link_fetch(rel.unwrap_or(""), as_.unwrap_or("")),
        ("img" | "input" | "image" | "feimage" | "use", _) | ("source", "srcset") | ("video", "poster") => {
            Some(Fetch::Image)
        }
        ("video" | "audio" | "track" | "source", "src") => Some(Fetch::Media),
        ("iframe" | "frame", "src") => Some(Fetch::Frame),
        ("embed", "src") | ("object", "data") => Some(Fetch::Object),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_are_told_from_links() {
        assert_eq!(fetched_as("SCRIPT", "src", None, None), Some(Fetch::Script));
        assert_eq!(
            fetched_as("link", "href", Some("Stylesheet"), None),
            Some(Fetch::Stylesheet)
        );
        assert_eq!(
            fetched_as("link", "href", Some("preload"), Some("font")),
            Some(Fetch::Font)
        );
        assert_eq!(
            fetched_as("link", "href", Some("shortcut icon"), None),
            Some(Fetch::Image)
        );
        assert_eq!(fetched_as("img", "srcset", None, None), Some(Fetch::Image));
        assert_eq!(fetched_as("iframe", "src", None, None), Some(Fetch::Frame));
        assert_eq!(fetched_as("div", "css", None, None), Some(Fetch::Css));
        assert_eq!(fetched_as("a", "href", None, None), None);
        assert_eq!(fetched_as("link", "href", Some("canonical"), None), None);
        assert_eq!(fetched_as("link", "href", Some("alternate"), None), None);
        assert_eq!(fetched_as("form", "action", None, None), None);
    }
}
