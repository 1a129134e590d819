//! `multipart/form-data` bodies (an image with its sidecar's fields): text fields and one
//! file. Anything malformed is refused whole.

use memchr::memmem;

use super::http::{Form, Upload};

/// The boundary of a `multipart/form-data` content type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (name, value) = p.trim().split_once('=')?;
        let value = value.trim().trim_matches('"');
        (name.trim().eq_ignore_ascii_case("boundary") && !value.is_empty() && value.len() <= 200)
            .then(|| value.to_string())
    })
}

/// A parameter (`name="x"`) of a `Content-Disposition` header.
fn parameter(disposition: &str, key: &str) -> Option<String> {
    disposition.split(';').find_map(|p| {
        let (name, value) = p.trim().split_once('=')?;
        (name.trim() == key).then(|| value.trim().trim_matches('"').to_string())
    })
}

/// Parses a body with `boundary`; `None` when it is malformed.
pub fn parse(body: &[u8], boundary: &str) -> Option<Form> {
    let delimiter = format!("--{boundary}");
    let finder = memmem::Finder::new(delimiter.as_bytes());
    let starts: Vec<usize> = finder.find_iter(body).collect();
    let mut fields = Vec::new();
    let mut file = None;
    for pair in starts.windows(2) {
        let part = body.get(pair[0] + delimiter.len()..pair[1])?;
        let part = part.strip_prefix(b"\r\n")?.strip_suffix(b"\r\n")?;
        let split = memmem::find(part, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&part[..split]).ok()?;
        let data = &part[split + 4..];
        let disposition = head
            .lines()
            .find_map(|l| {
                l.split_once(':')
                    .filter(|(k, _)| k.trim().eq_ignore_ascii_case("content-disposition"))
            })?
            .1;
        let name = parameter(disposition, "name")?;
        match parameter(disposition, "filename") {
            Some(filename) if file.is_none() => {
                file = Some(Upload {
                    name: filename,
                    bytes: data.to_vec(),
                })
            }
            Some(_) => return None,
            None => fields.push((name, String::from_utf8(data.to_vec()).ok()?)),
        }
    }
    // A body with no parts, or not ending with the closing delimiter, is not a form.
    let last = *starts.last()?;
    body.get(last + delimiter.len()..)?
        .starts_with(b"--")
        .then(|| Form::from_parts(fields, file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_a_file_are_read_and_bad_bodies_refused() {
        let kind = "multipart/form-data; boundary=----x1";
        let b = boundary(kind).unwrap();
        let body = b"------x1\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nTwo pupils\r\n------x1\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a b.JPG\"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\r\n\r\nxy\r\n------x1--\r\n";
        let form = parse(body, &b).unwrap();
        assert_eq!(form.get("alt"), Some("Two pupils"));
        let file = form.file.unwrap();
        assert_eq!(file.name, "a b.JPG");
        assert_eq!(file.bytes, b"\xff\xd8\r\n\r\nxy");
        assert!(parse(b"------x1\r\nno header end", &b).is_none());
        assert!(parse(&body[..body.len() - 10], &b).is_none());
        assert_eq!(boundary("application/x-www-form-urlencoded"), None);
    }
}
