//! A progress bar while images are encoded (issue 18: long work shows progress), on a
//! terminal only: never when standard error is piped or redirected, so logs and tests see
//! the same text as before. Images already in the cache are copied and not counted.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// A bar counting `encodings` images to encode, or a hidden one (nothing to encode, not
/// asked for, or standard error not a terminal).
pub fn bar(encodings: usize, show: bool) -> ProgressBar {
    if !show || encodings == 0 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(encodings as u64);
    if let Ok(style) = ProgressStyle::with_template("Encoding images {bar:30} {pos}/{len} {elapsed}") {
        bar.set_style(style);
    }
    bar
}
