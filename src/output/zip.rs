//! `haven build --zip FILE`: the portable site packed into one zip file, to copy onto a
//! USB stick or send to a colleague. The same site always gives the same bytes: entries
//! are sorted, and every one carries the build day as its time and the same permissions.

use std::io::Write;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::folder::MARKER;
use crate::content::front_matter::Date;
use crate::error::{Diagnostic, Error, Result};

/// File types that are compressed already; deflating them again only costs time.
const COMPRESSED: [&str; 7] = ["png", "jpg", "jpeg", "gif", "webp", "woff2", "zip"];

/// Fails, before anything is built, when the zip file cannot be written where asked:
/// its folder must exist, and it must not be inside the site's output folder (which the
/// next build replaces).
pub fn check_destination(zip: &Path, output: &Path) -> Result<()> {
    let zip = std::path::absolute(zip).map_err(|e| Error::io("find", zip, e))?;
    let output = std::path::absolute(output).map_err(|e| Error::io("find", output, e))?;
    if zip.starts_with(&output) {
        return Err(Diagnostic::error(format!(
            "the zip file {} would be inside the site's output folder {}",
            zip.display(),
            output.display()
        ))
        .hint("write the zip beside the output folder instead, e.g. --zip school-site.zip")
        .into());
    }
    let folder = zip.parent().unwrap_or(Path::new("/"));
    if !folder.is_dir() {
        return Err(Diagnostic::error(format!(
            "cannot write the zip file {}: the folder {} does not exist",
            zip.display(),
            folder.display()
        ))
        .hint("create the folder first, or give --zip a path in an existing folder")
        .into());
    }
    if zip.is_dir() {
        return Err(
            Diagnostic::error(format!("cannot write the zip file {}: it is a folder", zip.display()))
                .hint("give --zip a file name, e.g. --zip school-site.zip")
                .into(),
        );
    }
    Ok(())
}

/// The zip timestamp of the build day (zip cannot hold days before 1980 or after 2107).
fn timestamp(day: Date) -> DateTime {
    let year = u16::try_from(day.year()).unwrap_or(1980);
    let month = u8::try_from(day.month()).unwrap_or(1);
    let day = u8::try_from(day.day()).unwrap_or(1);
    DateTime::from_date_and_time(year, month, day, 0, 0, 0).unwrap_or_default()
}

/// Every file of the site, as (path inside the zip, file), in byte order of the path.
fn site_files(site: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut files = Vec::new();
    for entry in WalkDir::new(site) {
        let entry = entry.map_err(|e| Error::Internal(format!("could not read {}: {e}", site.display())))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(site).unwrap_or(entry.path());
        let name = rel.to_string_lossy().replace('\\', "/");
        if name != MARKER {
            files.push((name, entry.path().to_path_buf()));
        }
    }
    files.sort();
    Ok(files)
}

/// Packs the site folder into a zip at `zip`, replacing any file there only once the new
/// zip is complete. Returns the zip's size in bytes.
pub fn pack(site: &Path, zip: &Path, day: Date) -> Result<u64> {
    let partial = zip.with_extension("zip.haven-partial");
    let result = write_zip(site, &partial, day);
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result?;
    std::fs::rename(&partial, zip).map_err(|e| Error::io("write", zip, e))?;
    std::fs::metadata(zip)
        .map(|m| m.len())
        .map_err(|e| Error::io("read", zip, e))
}

fn write_zip(site: &Path, to: &Path, day: Date) -> Result<()> {
    let failed = |e: zip::result::ZipError| Error::Internal(format!("could not write {}: {e}", to.display()));
    let file = std::fs::File::create(to).map_err(|e| Error::io("create", to, e))?;
    let mut writer = ZipWriter::new(file);
    let options = SimpleFileOptions::default()
        .last_modified_time(timestamp(day))
        .unix_permissions(0o644);
    for (name, path) in site_files(site)? {
        let compressed = name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| COMPRESSED.contains(&ext.to_ascii_lowercase().as_str()));
        let method = if compressed {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let bytes = std::fs::read(&path).map_err(|e| Error::io("read", &path, e))?;
        writer
            .start_file(name.as_str(), options.compression_method(method))
            .map_err(failed)?;
        writer.write_all(&bytes).map_err(|e| Error::io("write", to, e))?;
    }
    writer
        .finish()
        .map_err(failed)?
        .sync_all()
        .map_err(|e| Error::io("write", to, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_day_is_every_entry_time() {
        let stamp = timestamp(jiff::civil::date(2026, 11, 22));
        assert_eq!(
            (stamp.year(), stamp.month(), stamp.day(), stamp.hour()),
            (2026, 11, 22, 0)
        );
        assert_eq!(timestamp(jiff::civil::date(1970, 1, 1)), DateTime::default());
    }
}
