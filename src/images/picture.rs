//! What phones need of a page's pictures besides their sizes (issue 20): a photograph's
//! `<img>` is wrapped in a `<picture>` whose `<source type="image/webp">` offers the lossy
//! WebP files (browsers without WebP take the `<img>`'s JPEG); and every image after the
//! page's first, whose size the page gives, loads only when the reader scrolls near it
//! (`loading="lazy"`) and is decoded off the main thread (`decoding="async"`). The first image is left to load at
//! once: it may be the largest thing in the first screen (Largest Contentful Paint). So
//! are all the images of a page meant for paper (posters, the agreement): a browser may
//! print before a lazy image has loaded.

use super::Images;
use super::encode::Format;
use super::responsive::SIZES;
use super::uses::is_printed;
use crate::content::Library;
use crate::routes::Route;
use crate::web::char_refs::{Escape, escape};
use crate::web::html_scan::Tag;

impl Images {
    /// The `<source>` to put before the `<img>` `el` on the page at `page_path` (site
    /// paths, to be rewritten like the page's own), when it shows a photograph with WebP
    /// files and the page left its `srcset` to haven.
    pub fn webp_source(&self, el: &Tag<'_>, page_path: &str) -> Option<String> {
        if el.name != "img" || el.has("srcset") {
            return None;
        }
        let Some((i, 0)) = self.image_of(page_path, el.get("src")?) else {
            return None;
        };
        let plan = self.plans[i].as_ref().ok().filter(|p| p.sizes.photo)?;
        let srcset = match self.srcset_in(i, Format::WebP) {
            Some(srcset) => srcset,
            None => plan.files.iter().find(|f| f.format == Format::WebP)?.path.clone(),
        };
        let sizes = el.get("sizes").unwrap_or(SIZES);
        Some(format!(
            "<source type=\"image/webp\" srcset=\"{}\" sizes=\"{sizes}\">",
            escape(&srcset, Escape::Quoted)
        ))
    }
}

/// Marks an `<img>` after the page's first to load lazily and decode asynchronously,
/// unless the page says otherwise or is printed, or the image's size is not given (an SVG):
/// a lazy image of unknown size would push the text down when it arrives, and slides are
/// fitted to the board by the size of what they hold.
pub fn load_when_near(el: &mut Tag<'_>, first_on_page: bool, route: &Route, library: &Library) {
    let sized = el.has("width") && el.has("height");
    if first_on_page || !sized || is_printed(route, library) {
        return;
    }
    for (name, value) in [("loading", "lazy"), ("decoding", "async")] {
        if !el.has(name) {
            el.set(name, value);
        }
    }
}
