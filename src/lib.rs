//! haven: a static site generator for schools' online-safety portals.
//!
//! The pipeline, one folder per stage:
//!
//! 1. [`config`]: `config.toml` -> an immutable [`config::Config`];
//! 2. [`content`]: `content/` -> a flat [`content::Library`] of pages and sections;
//! 3. [`routes`]: every page x language x version -> a [`routes::Plan`] of URLs;
//! 4. [`markdown`]: each file's body rendered once (comrak, syntect);
//! 5. [`templates`]: each route rendered through Tera with typed views and [`i18n`] strings;
//! 6. [`output`]: minified, links made relative, written atomically, then checked
//!    (CEOP button, [`links`]: internal, always-on, external from the cache or, for
//!    `haven check`, fetched) before the new site replaces the old; [`images`] are
//!    re-encoded meanwhile and checked against the consent register.
//!
//! [`site`] calls the stages in that order.

#![warn(missing_docs)]
// Diagnostics travel only on the error path, once per problem; boxing them would make
// every stage's code noisier for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod a11y;
pub mod brand;
pub mod checks;
pub mod cli;
pub mod config;
pub mod content;
pub mod edit;
pub mod error;
pub mod example_school;
pub mod files;
pub mod i18n;
pub mod images;
pub mod init;
pub mod kinds;
pub mod links;
pub mod markdown;
pub mod options;
pub mod output;
pub mod published;
pub mod routes;
pub mod serve;
pub mod site;
mod site_pending;
pub mod templates;
pub mod terminal;
pub mod theme;
pub mod timings;
mod toml_entries;
pub mod web;
