//! Reading a page to edit and writing it back so nothing is lost: the hash of the text
//! as opened travels with the form, and a save whose file changed on disk since is not
//! written (the author is shown both); every write goes to a hidden temporary file in the
//! same folder, then is renamed over the old one in one step.

use std::io::Write;
use std::path::Path;

use toml_edit::DocumentMut;

use crate::content::front_matter;

/// A page file as opened for editing.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The whole text, as on disk.
    pub text: String,
    /// Its hash, to notice changes made meanwhile.
    pub hash: String,
    /// Its front matter, to edit in place.
    pub front: DocumentMut,
    /// The Markdown body.
    pub body: String,
}

/// The hash of a file's bytes, as hex.
pub fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Reads and splits the page at `path` (named `rel` in messages).
pub fn open(path: &Path, rel: &str) -> Result<Opened, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{rel}`: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("`{rel}` is not UTF-8 text"))?;
    let (front, body) = split(rel, &text)?;
    Ok(Opened {
        hash: hash(text.as_bytes()),
        front,
        body,
        text,
    })
}

/// Splits a page's text into its front matter, ready to edit, and its body.
pub fn split(rel: &str, text: &str) -> Result<(DocumentMut, String), String> {
    let parts = front_matter::split(Path::new(rel), text.trim_start_matches('\u{feff}')).map_err(|e| e.to_string())?;
    let doc: DocumentMut = parts
        .front
        .parse()
        .map_err(|e| format!("the front matter of `{rel}` is not valid TOML: {e}"))?;
    Ok((doc, parts.body.to_string()))
}

/// A page's text from its front matter and body.
pub fn compose(front: &DocumentMut, body: &str) -> String {
    let front = front.to_string();
    let newline = if front.is_empty() || front.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    format!("+++\n{front}{newline}+++\n{body}")
}

/// Text from a form's text area as the file writes it: the browser sends CRLF line
/// ends, and the file keeps the ones it had.
pub fn line_ends(text: &str, like: &str) -> String {
    let unix = text.replace("\r\n", "\n");
    match like.contains("\r\n") {
        true => unix.replace('\n', "\r\n"),
        false => unix,
    }
}

/// Writes `bytes` to `path` atomically: a hidden temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let temp = folder.join(format!(".{name}.haven-edit-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// What a save did.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    /// The file was written.
    Written,
    /// The file changed (or went) since it was opened: nothing written. The text on disk
    /// now (empty when the file is gone).
    Conflict(String),
}

/// Writes `text` to `path` unless the file's hash is no longer `opened_hash` (for a new
/// file, `opened_hash` is empty and the file must still not exist).
pub fn save(path: &Path, opened_hash: &str, text: impl AsRef<[u8]>) -> std::io::Result<Saved> {
    let now = match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let unchanged = match &now {
        Some(bytes) => hash(bytes) == opened_hash,
        None => opened_hash.is_empty(),
    };
    if !unchanged {
        let disk = now
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        return Ok(Saved::Conflict(disk));
    }
    write_atomic(path, text.as_ref())?;
    Ok(Saved::Written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_splits_and_composes_back_byte_for_byte() {
        let text = "+++\n# card\ntitle = \"A\" # h1\n\n[extra]\nx = 1\n+++\n\nBody\n";
        let (front, body) = split("content/a.md", text).unwrap();
        assert_eq!(compose(&front, &body), text);
    }

    #[test]
    fn saves_never_go_over_a_file_changed_since_it_was_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "one").unwrap();
        let opened = hash(b"one");
        std::fs::write(&path, "two").unwrap();
        assert_eq!(save(&path, &opened, "mine").unwrap(), Saved::Conflict("two".into()));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(save(&path, &hash(b"two"), "mine").unwrap(), Saved::Written);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        let new = dir.path().join("b.md");
        assert_eq!(save(&new, "", "new").unwrap(), Saved::Written);
        assert_eq!(save(&new, "", "again").unwrap(), Saved::Conflict("new".into()));
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 2, "no temporary file is left: {left:?}");
    }

    #[test]
    fn line_ends_follow_the_file() {
        assert_eq!(line_ends("a\r\nb", "x\ny"), "a\nb");
        assert_eq!(line_ends("a\r\nb", "x\r\ny"), "a\r\nb");
        assert_eq!(line_ends("a\nb", "x\r\ny"), "a\r\nb");
    }
}
