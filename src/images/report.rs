//! The consent report `haven check` prints: how many images are published, which pupils
//! they show, and whose consent ends within 30 days, so the office can renew it before
//! the build starts failing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use super::Images;
use crate::content::front_matter::Date;

/// How far ahead the report looks for consent that ends.
pub const WARNING_DAYS: i32 = 30;

/// A pupil shown in a published image whose consent ends soon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiring {
    /// The register id.
    pub id: String,
    /// The last day of consent.
    pub expires: Date,
    /// The images that show the pupil.
    pub images: Vec<PathBuf>,
}

/// The state of image consent on the build day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentReport {
    /// The build day.
    pub day: Date,
    /// Raster images published (the theme's own included).
    pub images: usize,
    /// Images that show at least one pupil.
    pub with_pupils: usize,
    /// Every pupil shown, by register id.
    pub pupils: BTreeSet<String>,
    /// Pupils shown whose consent ends within [`WARNING_DAYS`] of the build day.
    pub expiring: Vec<Expiring>,
}

impl ConsentReport {
    /// The report for `images` on `day`.
    pub fn new(images: &Images, day: Date) -> ConsentReport {
        let horizon = day.checked_add(jiff::Span::new().days(WARNING_DAYS)).unwrap_or(day);
        let mut shown: BTreeMap<&str, Vec<PathBuf>> = BTreeMap::new();
        let mut with_pupils = 0;
        for image in &images.list {
            let pupils = image.sidecar.as_ref().map_or(&[][..], |s| &s.pupils[..]);
            with_pupils += usize::from(!pupils.is_empty());
            for p in pupils {
                shown.entry(p.id.as_str()).or_default().push(image.source.clone());
            }
        }
        let expiring = shown
            .iter()
            .filter_map(|(id, sources)| {
                let record = images.register.get(id)?;
                let expires = record
                    .expires
                    .filter(|e| *e >= day && *e <= horizon && record.withdrawn.is_none())?;
                Some(Expiring {
                    id: id.to_string(),
                    expires,
                    images: sources.clone(),
                })
            })
            .collect();
        ConsentReport {
            day,
            images: images.list.len(),
            with_pupils,
            pupils: shown.keys().map(|id| id.to_string()).collect(),
            expiring,
        }
    }
}

impl fmt::Display for ConsentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Photo consent on {}:", self.day)?;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        write!(
            f,
            "  {} image{} published, {} showing pupils",
            self.images,
            plural(self.images),
            self.with_pupils
        )?;
        if self.pupils.is_empty() {
            writeln!(f)?;
        } else {
            let ids: Vec<&str> = self.pupils.iter().map(String::as_str).collect();
            writeln!(f, " ({} pupil{}: {})", ids.len(), plural(ids.len()), ids.join(", "))?;
        }
        if self.expiring.is_empty() {
            return writeln!(f, "  no consent ends in the next {WARNING_DAYS} days");
        }
        writeln!(
            f,
            "  consent ending in the next {WARNING_DAYS} days (renew it, or the build stops the day after):"
        )?;
        for e in &self.expiring {
            let images: Vec<String> = e.images.iter().map(|p| p.display().to_string()).collect();
            writeln!(f, "    {} on {}: {}", e.id, e.expires, images.join(", "))?;
        }
        Ok(())
    }
}
