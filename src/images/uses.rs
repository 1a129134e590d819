//! Which written pages use each image, read from the pages as written (any URL that
//! leads to the image or one of its variants), and which of those pages are printed:
//! posters (`/posters/ROOM/`, `/posters/print-all/`) and the home-school agreement.

use std::collections::{BTreeSet, HashSet};

use super::Images;
use crate::content::Kind;
use crate::content::Library;
use crate::routes::{Plan, Route, Target};
use crate::web::facts::PageRecord;

/// The pages that use one image.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Uses {
    /// Every page that shows or links to it, by route path.
    pub pages: BTreeSet<String>,
    /// The printed pages among them that show it (links do not print a picture).
    pub print_pages: BTreeSet<String>,
}

/// True for a page meant for paper (DESIGN §7 rule 2).
pub fn is_printed(route: &Route, library: &Library) -> bool {
    match &route.target {
        Target::Poster(_) | Target::PrintAll => true,
        Target::Page(key) => library.pages.get(key).is_some_and(|p| p.kind == Kind::Agreement),
        _ => false,
    }
}

/// The route paths of every page meant for paper.
pub fn print_pages(plan: &Plan, library: &Library) -> HashSet<String> {
    plan.routes
        .iter()
        .filter(|r| is_printed(r, library))
        .map(|r| r.path.clone())
        .collect()
}

/// The uses of every image, indexed like `images.list`.
pub fn find_uses(images: &Images, records: &[PageRecord], print: &HashSet<String>) -> Vec<Uses> {
    let mut uses = vec![Uses::default(); images.list.len()];
    for record in records {
        let printed = print.contains(&record.path);
        for link in &record.facts.links {
            // The URL as written before rewriting: a site path or relative, even on the 404
            // page, whose written links are absolute.
            let Some((i, _)) = images.image_of(&record.path, &link.original) else {
                continue;
            };
            uses[i].pages.insert(record.path.clone());
            if printed && link.tag != "a" {
                uses[i].print_pages.insert(record.path.clone());
            }
        }
    }
    uses
}

/// "on /a/, /b/" for an error's note; "on every page (N)" for an image on all of them.
pub fn describe_pages(pages: &BTreeSet<String>, total_pages: usize, image_path: &str) -> String {
    match pages.len() {
        0 => format!("not shown on any page, but published at {image_path}"),
        n if n == total_pages && n > 1 => format!("on every page ({n})"),
        _ => format!("on {}", pages.iter().cloned().collect::<Vec<_>>().join(", ")),
    }
}
