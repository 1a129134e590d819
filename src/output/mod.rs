//! Write and publish: the pass that writes each page (links made relative, the privacy
//! tags put first, white space minified, its facts recorded), stylesheets minified, the
//! atomic output folder, the zip, the search index, the offline service worker and the
//! sitemap (DESIGN §8). What it reads with (HTML, CSS, URLs, the file store) is the ground
//! floor, `web/`; the checks of the written pages are `checks/`.

pub mod bundle;
pub mod css;
pub mod folder;
pub mod minify;
pub mod offline;
pub mod plain_text;
pub mod rewrite;
pub mod search;
pub mod sitemap;
pub mod zip;

pub use folder::OutputFolder;
