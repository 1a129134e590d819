//! The image size budget (issue 20): a parent on mobile data pays for every byte, so each
//! published image file (every format and width) should stay under `[images] budget_kb`
//! of config.toml. A file over it is a warning naming the image, the file and its size:
//! the school decides (crop the photo, simplify the drawing, or raise the budget). A PNG
//! photograph's own file, kept at its address for links but shown by no page, is not
//! counted.

use super::Images;
use super::encode::Format;
use crate::error::Diagnostic;

pub use crate::config::images::DEFAULT_BUDGET_KB;

/// "412 KB", "1.3 MB".
fn size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

impl Images {
    /// Remembers the size of every file image `i` was published as, in the order of its
    /// plan's files.
    pub(super) fn note_bytes(&self, i: usize, bytes: Vec<u64>) {
        if let Ok(mut published) = self.published_bytes.lock() {
            published.insert(i, bytes);
        }
    }

    /// One warning for each image published in the last [`Images::publish`] with files over
    /// `budget_kb` kilobytes, naming each such file and its size.
    pub fn over_budget(&self, budget_kb: u64) -> Vec<Diagnostic> {
        let Ok(published) = self.published_bytes.lock() else {
            return Vec::new();
        };
        let limit = budget_kb.saturating_mul(1000);
        let mut warnings = Vec::new();
        for (&i, bytes) in published.iter() {
            let Ok(plan) = &self.plans[i] else { continue };
            // A PNG photograph's own file is kept for links to it, but no page shows it.
            let shown_from = usize::from(plan.sizes.photo && plan.format == Format::Png);
            let over: Vec<String> = plan
                .files
                .iter()
                .zip(bytes)
                .skip(shown_from)
                .filter(|(_, b)| **b > limit)
                .map(|(file, b)| format!("{} ({}, {} px wide)", file.path, size(*b), file.width))
                .collect();
            if over.is_empty() {
                continue;
            }
            let image = &self.list[i];
            let hint = if plan.sizes.photo {
                "crop the photo to what matters, or raise `budget_kb` under [images] in config.toml"
            } else {
                "save the drawing with fewer colours, say `photo = true` in its sidecar if it is a photograph, or raise `budget_kb` under [images] in config.toml"
            };
            warnings.push(
                Diagnostic::warning(format!(
                    "{} is over the image budget of {budget_kb} KB a file: {}",
                    image.source.display(),
                    over.join(", ")
                ))
                .hint(hint),
            );
        }
        warnings
    }
}

#[cfg(test)]
mod tests {
    use super::size;

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        assert_eq!(size(412_345), "413 KB");
        assert_eq!(size(1_300_000), "1.3 MB");
    }
}
