//! What an `<img>` of the site's own images gets while the page is rewritten: `width` and
//! `height` (no layout shift), `srcset` and `sizes` (phones download the small file), and
//! the sidecar's alt text when the page gives none (DESIGN §7).
//!
//! The URLs added are site paths; the rewrite pass then makes them relative and records
//! them, like every other URL of the page.

use crate::web::html_scan::Tag;

use super::Images;
use super::encode::Format;
use crate::routes::relative::{resolve, split_suffix};
use crate::web::url::{decode, has_scheme};

/// The `sizes` the default theme needs: the full width less margins on a phone, the
/// page column (60rem less padding) on wider screens.
pub const SIZES: &str = "(min-width: 60rem) 58rem, calc(100vw - 2rem)";

/// The alt text of an image whose sidecar could not be read, in a build that then
/// publishes nothing.
const UNREADABLE_ALT: &str = "(its sidecar could not be read)";

/// A site path made safe inside `srcset`, where spaces and commas separate candidates.
fn srcset_url(path: &str) -> String {
    path.replace(' ', "%20").replace(',', "%2C")
}

impl Images {
    /// The image (and variant) a URL written on the page at `page_path` points to, when it
    /// is one of the site's own images.
    pub fn image_of(&self, page_path: &str, url: &str) -> Option<(usize, usize)> {
        let url = url.trim();
        if url.is_empty()
            || url.starts_with(['#', '?'])
            || url.starts_with("@/")
            || url.starts_with("//")
            || has_scheme(url)
        {
            return None;
        }
        let resolved = resolve(page_path, url)?;
        let (path, _) = split_suffix(&resolved);
        self.at_path(&decode(path))
    }

    /// The `srcset` of image `i`'s files in `format`, by width; `None` when it has no
    /// smaller ones.
    pub fn srcset_in(&self, i: usize, format: Format) -> Option<String> {
        let plan = self.plans[i].as_ref().ok()?;
        let mut family: Vec<_> = plan.files.iter().filter(|f| f.format == format).collect();
        if family.len() < 2 {
            return None;
        }
        family.sort_by_key(|f| f.width);
        let candidates: Vec<String> = family
            .iter()
            .map(|f| format!("{} {}w", srcset_url(&f.path), f.width))
            .collect();
        Some(candidates.join(", "))
    }

    /// The `srcset` of image `i` for its `<img>`: its own format's files, or a
    /// photograph's JPEG files; `None` when it has no smaller variants.
    pub fn srcset(&self, i: usize) -> Option<String> {
        let plan = self.plans[i].as_ref().ok()?;
        self.srcset_in(i, if plan.sizes.photo { Format::Jpeg } else { plan.format })
    }

    /// Completes an `<img>` on the page at `page_path`. Attributes the page already set
    /// are kept, except an empty alt, which the sidecar's alt replaces (a Markdown image's
    /// own alt text wins, so translated pages can translate it).
    pub fn decorate(&self, el: &mut Tag<'_>, page_path: &str) {
        let Some(src) = el.get("src").map(String::from) else {
            return;
        };
        let Some((i, 0)) = self.image_of(page_path, &src) else {
            return;
        };
        let has = |name: &str| el.has(name);
        let alt_missing = el.get("alt").is_none_or(|a| a.trim().is_empty());
        let mut set: Vec<(&str, String)> = Vec::new();
        if alt_missing && let Some(alt) = self.list[i].sidecar.as_ref().and_then(|s| s.page_alt()) {
            set.push(("alt", alt.to_string()));
        } else if alt_missing && self.list[i].sidecar_unreadable {
            // Its sidecar's error is reported already, and nothing is published while it
            // stands: a stand-in keeps the page's own checks from reporting it again.
            set.push(("alt", UNREADABLE_ALT.to_string()));
        }
        if let Ok(plan) = &self.plans[i] {
            let jpeg = plan.files.iter().find(|f| plan.sizes.photo && f.format == Format::Jpeg);
            if let Some(jpeg) = jpeg.filter(|f| f.path != self.list[i].path) {
                // A PNG or WebP photograph: the `<img>` falls back on the JPEG.
                set.push(("src", jpeg.path.clone()));
            }
            if !has("width") && !has("height") {
                set.push(("width", plan.sizes.width.to_string()));
                set.push(("height", plan.sizes.height.to_string()));
            }
            if !has("srcset")
                && let Some(srcset) = self.srcset(i)
            {
                set.push(("srcset", srcset));
                if !has("sizes") {
                    set.push(("sizes", SIZES.to_string()));
                }
            }
        }
        for (name, value) in set {
            el.set(name, &value);
        }
    }
}
