//! Images and consent (DESIGN §7): nothing about a pupil leaves the school without
//! current consent.
//!
//! - [`inventory`] finds every raster image the site would publish, with its [`sidecar`];
//! - [`consent`] reads the register, `data/consent.toml`;
//! - [`Images::prepare`] plans each image's published sizes from its header (or the
//!   [`cache`]), so pages get `srcset`, `width` and `height` while they render
//!   ([`responsive`]);
//! - [`Images::publish`] re-encodes each distinct image once, in parallel ([`encode`]),
//!   reusing the cache, and writes the results;
//! - [`photo`] tells photographs from drawings and writes photographs as lossy WebP with
//!   a JPEG fallback, which [`picture`] offers in a `<picture>`; [`budget`] warns of files
//!   over the size budget;
//! - [`rules`] checks every image against the register on the build day, with the pages
//!   that use it ([`uses`]); [`names`] finds registered pupils' names anywhere in the
//!   output; [`report`] sums it up for `haven check`.

pub mod budget;
pub mod cache;
pub mod consent;
pub mod encode;
pub mod inventory;
pub mod names;
pub mod photo;
pub mod picture;
pub mod progress;
pub mod register_in_git;
pub mod report;
pub mod responsive;
pub mod rules;
pub mod sidecar;
pub mod uses;

pub use crate::files::is_raster;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;

use crate::content::Library;
use crate::content::front_matter::Date;
use crate::error::{Diagnostic, Problems, Result};
use crate::theme::Theme;
use crate::web::facts::PageRecord;
use crate::web::files::{Output, SiteFiles};
use cache::{CacheKey, ImageCache, Lookup};
use consent::ConsentRegister;
use encode::{Format, Refusal, Sizes, plan_sizes, read_header};
use inventory::{SiteImage, find_images};
use names::NameGuard;
use photo::File;
use rules::ConsentCheck;
use uses::find_uses;

/// How one image will be published.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Its cache entry.
    pub key: CacheKey,
    /// The format its file name asks for.
    pub format: Format,
    /// Its published sizes.
    pub sizes: Sizes,
    /// Every file it is published as, its own path first ([`photo::files`]).
    pub files: Vec<File>,
    /// True when the cache holds it, checked whole when it was planned.
    pub cached: bool,
}

/// The site's images, the register, and how each image will be published.
#[derive(Debug)]
pub struct Images {
    /// Every raster image the site would publish, sorted by output path.
    pub list: Vec<SiteImage>,
    /// For each image, its plan, or why it cannot be published.
    pub plans: Vec<std::result::Result<Planned, Refusal>>,
    /// The consent register, as far as it could be read.
    pub register: ConsentRegister,
    /// Problems that do not stop the build (sidecars whose image is gone).
    pub warnings: Vec<Diagnostic>,
    /// Output path of every image and variant -> (image index, variant index: 0 is the
    /// published image itself).
    by_path: HashMap<String, (usize, usize)>,
    cache: ImageCache,
    /// The size in bytes of every file published, by image: for [`budget`].
    published_bytes: std::sync::Mutex<BTreeMap<usize, Vec<u64>>>,
}

/// The output path of a variant: `/a/photo.jpg` at 480 px -> `/a/photo-480w.jpg`.
pub fn variant_path(path: &str, width: u32) -> String {
    let name_start = path.rfind('/').map_or(0, |i| i + 1);
    match path[name_start..].rfind('.') {
        Some(dot) if dot > 0 => {
            let (stem, ext) = path.split_at(name_start + dot);
            format!("{stem}-{width}w{ext}")
        }
        _ => format!("{path}-{width}w"),
    }
}

/// Plans one image from the cache, or from its header when the cache has no usable
/// entry; a damaged entry also gives a warning.
fn plan_one(image: &SiteImage, cache: &ImageCache) -> (std::result::Result<Planned, Refusal>, Option<Diagnostic>) {
    let format = Format::of(&image.path).unwrap_or(Format::Png);
    let bytes = match image.read() {
        Ok(bytes) => bytes,
        Err(refusal) => return (Err(refusal), None),
    };
    let answer = image.sidecar.as_ref().and_then(|s| s.photo);
    let key = ImageCache::key(&bytes, format, answer);
    let (cached, warning) = match cache.lookup(&key) {
        Lookup::Hit(sizes) => (Some(sizes), None),
        Lookup::Miss => (None, None),
        Lookup::Damaged(why) => (
            None,
            Some(
                Diagnostic::warning(format!(
                    "the image cache's copy of {} is damaged ({why}); it is made again",
                    image.source.display()
                ))
                .hint("nothing to do: haven re-encodes the image; delete .haven/images/ if this keeps happening"),
            ),
        ),
    };
    let sizes = match cached {
        Some(sizes) => Ok((sizes, true)),
        None => read_header(&bytes, format).and_then(|(w, h)| {
            let mut sizes = plan_sizes(format, w, h);
            sizes.photo = photo::is_photo(format, answer, || encode::decode(&bytes, format))?;
            Ok((sizes, false))
        }),
    };
    let planned = sizes.map(|(sizes, cached)| Planned {
        files: photo::files(&image.path, format, &sizes),
        key,
        format,
        sizes,
        cached,
    });
    (planned, warning)
}

/// Maps every output path to its image and variant. A variant that would land on another
/// image (`photo-480w.jpg` beside `photo.jpg`) is an error.
fn index_paths(
    list: &[SiteImage],
    plans: &[std::result::Result<Planned, Refusal>],
) -> Result<HashMap<String, (usize, usize)>> {
    let mut by_path: HashMap<String, (usize, usize)> = list
        .iter()
        .enumerate()
        .map(|(i, image)| (image.path.clone(), (i, 0)))
        .collect();
    let mut problems = Problems::new();
    for (i, (image, plan)) in list.iter().zip(plans).enumerate() {
        let Ok(plan) = plan else { continue };
        for (v, file) in plan.files.iter().enumerate().skip(1) {
            let path = &file.path;
            if let Some(&(other, _)) = by_path.get(path) {
                problems.push(
                    Diagnostic::error(format!(
                        "the {} px copy of {} would be written to {path}, which is {}",
                        file.width,
                        image.source.display(),
                        list[other].source.display()
                    ))
                    .in_file(&list[other].source)
                    .hint("rename one of the two files: haven writes smaller copies of images as NAME-WIDTHw.EXT, and photographs also as NAME.jpg and NAME.webp"),
                );
                continue;
            }
            by_path.insert(path.clone(), (i, v));
        }
    }
    problems.finish().map(|_| by_path)
}

impl Images {
    /// Finds the site's images and sidecars, reads the register, and plans every image
    /// from its header or the cache. A malformed sidecar (that image unusable, and not
    /// checked again) or pupil's record (that pupil not checked again) is an error returned
    /// beside the images, for the build to report with the rest; images that cannot be
    /// published are reported by [`rules`] with their pages.
    pub fn prepare(root: &Path, theme: &Theme, library: &Library) -> Result<(Images, Vec<Diagnostic>)> {
        let mut problems = Problems::new();
        let list = find_images(root, theme, library, &mut problems)?;
        let (register, register_errors) = ConsentRegister::load(root)?;
        let (mut errors, mut warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
            problems.into_vec().into_iter().partition(Diagnostic::is_error);
        errors.extend(register_errors);
        let cache = ImageCache::new(root);
        if let Some(why) = cache.unusable() {
            warnings.push(
                Diagnostic::warning(format!("{why}; every image is encoded afresh and not kept"))
                    .hint("make .haven/ in the site a folder haven can write, or delete it"),
            );
        }
        let planned: Vec<_> = list.par_iter().map(|image| plan_one(image, &cache)).collect();
        let mut plans = Vec::with_capacity(planned.len());
        for (plan, warning) in planned {
            plans.push(plan);
            warnings.extend(warning);
        }
        let by_path = index_paths(&list, &plans)?;
        let images = Images {
            list,
            plans,
            register,
            warnings,
            by_path,
            cache,
            published_bytes: Default::default(),
        };
        Ok((images, errors))
    }

    /// The image (and variant) published at an output path.
    pub fn at_path(&self, path: &str) -> Option<(usize, usize)> {
        self.by_path.get(path).copied()
    }

    /// Every output path images are written to (those that could be planned).
    pub fn output_paths(&self) -> impl Iterator<Item = &str> {
        self.by_path
            .iter()
            .filter(|(_, (i, _))| self.plans[*i].is_ok())
            .map(|(p, _)| p.as_str())
    }

    /// Re-encodes every distinct image not yet in the cache, in parallel, then writes
    /// each image and its variants into `out`. Returns the problems of images that could
    /// not be decoded, by image index. With `progress`, a bar on a terminal counts the encodings.
    pub fn publish(&self, out: &Output, progress: bool) -> Result<Vec<(usize, Refusal)>> {
        let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, plan) in self.plans.iter().enumerate() {
            if let Ok(plan) = plan {
                by_key.entry(plan.key.as_str()).or_default().push(i);
            }
        }
        let to_encode = by_key
            .values()
            .filter(|users| self.plans[users[0]].as_ref().is_ok_and(|p| !p.cached));
        let bar = progress::bar(to_encode.count(), progress);
        let results: Vec<Result<Vec<(usize, Refusal)>>> = by_key
            .par_iter()
            .map(|(key, users)| {
                let published = self.publish_key(key, users, out);
                if self.plans[users[0]].as_ref().is_ok_and(|p| !p.cached) {
                    bar.inc(1);
                }
                published
            })
            .collect();
        bar.finish_and_clear();
        let mut refused = Vec::new();
        for r in results {
            refused.extend(r?);
        }
        self.cache.prune(&by_key.keys().copied().collect::<HashSet<_>>());
        Ok(refused)
    }

    /// Copies one cache entry to every image that uses it; an image not yet cached is
    /// encoded, kept in the cache, and written from memory.
    fn publish_key(&self, key: &str, users: &[usize], out: &Output) -> Result<Vec<(usize, Refusal)>> {
        let first = users[0]; // by_key only holds non-empty lists
        let Ok(plan) = &self.plans[first] else {
            return Ok(Vec::new());
        };
        let paths = |i: usize| {
            photo::files(&self.list[i].path, plan.format, &plan.sizes)
                .into_iter()
                .map(|f| f.path)
        };
        if plan.cached {
            let sizes = (0..plan.files.len())
                .map(|v| std::fs::metadata(self.cache.file(key, v)).map_or(0, |m| m.len()))
                .collect();
            self.note_bytes(first, sizes);
            for &i in users {
                for (v, path) in paths(i).enumerate() {
                    out.copy(&path, &self.cache.file(key, v))?;
                }
            }
            return Ok(Vec::new());
        }
        let image = &self.list[first];
        let encoded = match image
            .read()
            .and_then(|bytes| encode::encode(&bytes, plan.format, plan.sizes.photo))
        {
            Ok(encoded) if encoded.sizes == plan.sizes && encoded.variants.len() + 1 == plan.files.len() => encoded,
            Ok(_) => {
                return Err(crate::error::Error::Internal(format!(
                    "{} was planned at one size and encoded at another",
                    image.source.display()
                )));
            }
            Err(refusal) => return Ok(users.iter().map(|&i| (i, refusal.clone())).collect()),
        };
        // A cache that cannot be written costs time, not the build: `prepare` has warned
        // when the folder cannot be used, and the next build simply encodes again.
        let _ = self.cache.put(key, &encoded);
        let all = || std::iter::once(&encoded.full).chain(&encoded.variants);
        self.note_bytes(first, all().map(|b| b.len() as u64).collect());
        for &i in users {
            for (path, bytes) in paths(i).zip(all()) {
                out.write(&path, bytes)?;
            }
        }
        Ok(Vec::new())
    }
}

/// The written site, as the consent checks see it.
pub struct Written<'a> {
    /// The site folder.
    pub root: &'a Path,
    /// The files written.
    pub files: &'a SiteFiles,
    /// What changed since the last good build (`haven serve`, after a small change), when
    /// only that needs searching for pupils' names.
    pub changed: Option<names::Changed<'a>>,
    /// Every written page.
    pub records: &'a [PageRecord],
    /// The route paths of printed pages.
    pub print_pages: HashSet<String>,
}

impl Images {
    /// Every check of DESIGN §7 on the written site: the rules for each image with the
    /// pages that use it (`refused`: images that could not be decoded), and pupils' names
    /// anywhere in the output.
    pub fn check(&self, written: &Written<'_>, refused: &[(usize, Refusal)], day: Date) -> Result<Vec<Diagnostic>> {
        let uses = find_uses(self, written.records, &written.print_pages);
        let rules = ConsentCheck {
            images: self,
            uses: &uses,
            total_pages: written.records.len(),
            day,
        };
        let mut found = rules.check(refused);
        if let Some(guard) = NameGuard::new(&self.register)? {
            found.extend(guard.check_output(written.root, written.files, written.changed.as_ref(), written.records));
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_sit_beside_their_image() {
        assert_eq!(variant_path("/a/photo.jpg", 480), "/a/photo-480w.jpg");
        assert_eq!(variant_path("/a.b/photo", 800), "/a.b/photo-800w");
        assert_eq!(variant_path("/a/.png", 800), "/a/.png-800w");
        assert!(is_raster("x/Y.PNG"));
        assert!(!is_raster("x/y.svg"));
        for name in [
            "a.png",
            "a.JPG",
            "a.jpeg",
            "a.gif",
            "a.WebP",
            "a.svg",
            "a.tiff",
            "png",
            "a.png.toml",
        ] {
            assert_eq!(is_raster(name), Format::of(name).is_some(), "{name}");
        }
    }
}
