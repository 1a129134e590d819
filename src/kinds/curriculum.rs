//! The curriculum map (`/curriculum/`): which lessons teach each of the eight strands of
//! Education for a Connected World to each age band, which of the four Cs each band's
//! lessons cover, and the gaps. The DSL reports to governors on a "progressive online
//! safety curriculum"; this is that picture, made from the lessons' own `[extra]`.

use std::fmt;

use crate::content::vocabulary::{Band, STRANDS, Topic};
use crate::content::{Kind, Library, Page};

/// The lessons of every strand and band, and the four Cs of every band.
#[derive(Debug)]
pub struct CurriculumMap<'a> {
    /// `cells[strand][band]`: the lessons, in their band's order; strands as in
    /// [`STRANDS`], bands as in [`Band::ALL`].
    pub cells: Vec<Vec<Vec<&'a Page>>>,
    /// `topics[band]`: the four Cs its lessons cover, in KCSIE's order.
    pub topics: Vec<Vec<Topic>>,
}

/// Reads the map from the lessons' default-language `[extra]` (translations inherit it).
pub fn map<'a>(library: &'a Library, default_lang: &str) -> CurriculumMap<'a> {
    let mut cells = vec![vec![Vec::new(); Band::ALL.len()]; STRANDS.len()];
    let mut topics = vec![Vec::new(); Band::ALL.len()];
    for (b, band) in Band::ALL.into_iter().enumerate() {
        for page in band_lessons(library, band) {
            let extra = &page.main_file(default_lang).front.extra;
            let strand = extra.lesson().and_then(|l| l.strand.as_deref());
            if let Some(s) = strand.and_then(|s| STRANDS.iter().position(|x| *x == s)) {
                cells[s][b].push(page);
            }
            topics[b].extend(extra.topics());
        }
        topics[b].sort();
        topics[b].dedup();
    }
    CurriculumMap { cells, topics }
}

/// A band's lessons in their section's order (weight, then title).
fn band_lessons(library: &Library, band: Band) -> impl Iterator<Item = &Page> {
    library
        .sections
        .get(&format!("lessons/{}", band.code()))
        .into_iter()
        .flat_map(|section| library.section_pages(section))
        .filter(move |p| p.kind == Kind::Lesson(band))
}

impl CurriculumMap<'_> {
    /// Every (strand, band) with no lesson, strand by strand.
    pub fn gaps(&self) -> Vec<(&'static str, Band)> {
        let mut gaps = Vec::new();
        for (s, row) in self.cells.iter().enumerate() {
            for (b, lessons) in row.iter().enumerate() {
                if lessons.is_empty() {
                    gaps.push((STRANDS[s], Band::ALL[b]));
                }
            }
        }
        gaps
    }
}

/// What `haven check` says about the map: information for the DSL, never a warning, so it
/// never changes the exit code (a school may rightly teach a strand only to some ages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GapReport {
    /// The cells with no lesson.
    pub gaps: Vec<(&'static str, Band)>,
}

impl GapReport {
    /// The gaps of the site's curriculum map; none when the site has no lessons at all.
    pub fn new(library: &Library, default_lang: &str) -> Self {
        let has_lessons = library.pages.values().any(|p| matches!(p.kind, Kind::Lesson(_)));
        Self {
            gaps: if has_lessons {
                map(library, default_lang).gaps()
            } else {
                Vec::new()
            },
        }
    }
}

impl fmt::Display for GapReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.gaps.is_empty() {
            return Ok(());
        }
        let cells = STRANDS.len() * Band::ALL.len();
        writeln!(
            f,
            "curriculum map: {} of {cells} strand and band cells have no lesson yet (information, not a warning):",
            self.gaps.len()
        )?;
        for band in Band::ALL {
            let strands: Vec<&str> = self.gaps.iter().filter(|g| g.1 == band).map(|g| g.0).collect();
            if !strands.is_empty() {
                writeln!(f, "  {}: {}", band.code(), strands.join(", "))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_groups_gaps_by_band() {
        let report = GapReport {
            gaps: vec![
                ("online-bullying", Band::Ks1),
                ("online-reputation", Band::Eyfs),
                ("copyright-and-ownership", Band::Ks1),
            ],
        };
        let text = report.to_string();
        assert!(text.starts_with("curriculum map: 3 of 40"), "{text}");
        assert!(
            text.contains("  eyfs: online-reputation\n  ks1: online-bullying, copyright-and-ownership\n"),
            "{text}"
        );
        assert_eq!(GapReport::default().to_string(), "");
    }
}
