//! The ground floor for web formats, which every stage may use and which uses no stage:
//! HTML read as browsers read it ([`html_scan`], [`char_refs`]), CSS read with a real
//! parser ([`css_read`]), URLs ([`url`]) and what the browser fetches by itself
//! ([`fetch`]), what a written page holds ([`facts`], its repeated texts kept once:
//! [`shared_text`]), the privacy tags every page carries
//! ([`policy`]), text split at white space ([`white_space`]), the build's files as the web serves them ([`files`]), and the HTTP server
//! `haven serve` and the studio answer with ([`http`]). Writing pages
//! is `output/`; checking them is `checks/`; `[links] ca_file` is read with the config
//! (`config/ca_file.rs`).

pub mod char_refs;
pub mod css_read;
pub mod facts;
pub mod fetch;
pub mod files;
pub mod html_scan;
pub mod http;
pub mod policy;
pub mod shared_text;
pub mod url;
pub mod white_space;
