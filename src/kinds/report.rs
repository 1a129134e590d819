//! "Report a concern" (DESIGN §4, kind `report`) and its "Exit this page" control, as
//! GOV.UK's safeguarding pages have it (DOMAIN §5.4): a plain link to `[exit] url` that
//! works without JavaScript, Shift pressed three times within five seconds, and an extra
//! skip link; plus a short page explaining what it does and what it does not do.

use serde::Serialize;

use crate::content::{Kind, Library};

/// The explainer's URL segment under the report page: `/report/exit-this-page/`.
pub const EXIT_HELP: &str = "exit-this-page/";

/// What the Exit this page control needs (`exit`).
#[derive(Debug, Serialize)]
pub struct ExitView<'a> {
    /// Where it goes.
    pub url: &'a str,
    /// That site's host name, to tell readers where they will land.
    pub host: String,
    /// The explainer page for this reader.
    pub help_path: Option<String>,
}

impl<'a> ExitView<'a> {
    /// The control for `url`, with the explainer at `help_path`.
    pub fn new(url: &'a str, help_path: Option<String>) -> Self {
        let host = url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| url.to_string());
        Self { url, host, help_path }
    }
}

/// The default-language path of the explainer, when the site has a report page.
pub fn exit_help_path(library: &Library) -> Option<String> {
    library
        .pages
        .values()
        .find(|p| p.kind == Kind::Report)
        .map(|p| format!("{}{EXIT_HELP}", p.path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_tells_readers_where_they_land() {
        assert_eq!(
            ExitView::new("https://www.bbc.co.uk/weather", None).host,
            "www.bbc.co.uk"
        );
    }
}
