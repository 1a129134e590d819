//! The checks of the written pages that no template can slip past, read from each page's
//! facts (`web::facts`) and the written stylesheets: the CEOP button ([`ceop`]), no
//! third-party loads ([`third_party`]), what the build refuses (DESIGN §11,
//! [`refusals`]), and how deeply a page's text nests ([`nesting`]). Accessibility
//! (`a11y/`) and links (`links/`) are checks of their own folders.

pub mod ceop;
pub mod nesting;
pub mod refusals;
pub mod stylesheets;
pub mod third_party;
