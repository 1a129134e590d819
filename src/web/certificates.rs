//! The certificates a school adds to the link checker's trust (`[links] ca_file`, DESIGN
//! §11), read when the config is loaded so a wrong file stops the build at once, at its
//! line in config.toml. Whom the checker then trusts, and in what order, is
//! `links::external::trust`.

use std::path::Path;

use crate::error::Diagnostic;

/// Reads `[links] ca_file` (`written`, relative to the site folder `root`): every
/// certificate in it, as DER. A file that is missing, unreadable, holds no certificate or
/// one that cannot be a trust anchor is an error (placed by the caller at the setting).
pub fn read_ca_file(root: &Path, written: &str) -> Result<Vec<Vec<u8>>, Diagnostic> {
    let path = root.join(written);
    let bytes = std::fs::read(&path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "does not exist".to_string(),
            _ => format!("cannot be read ({e})"),
        };
        Diagnostic::error(format!("links.ca_file `{written}` {why}")).hint(
            "put the school's certificate (a PEM file from the school's IT team) at that path, \
             relative to the site folder, or remove ca_file",
        )
    })?;
    let not_pem = |what: String| {
        Diagnostic::error(format!("links.ca_file `{written}` {what}")).hint(
            "export the certificate as PEM (Base64 text starting with \
             `-----BEGIN CERTIFICATE-----`), not DER or a .p12 bundle",
        )
    };
    let mut roots = Vec::new();
    for item in ureq::tls::parse_pem(&bytes) {
        match item {
            Ok(ureq::tls::PemItem::Certificate(cert)) => roots.push(cert.der().to_vec()),
            Ok(_) => {}
            Err(e) => return Err(not_pem(format!("is not valid PEM ({e})"))),
        }
    }
    if roots.is_empty() {
        return Err(not_pem("holds no PEM certificate".into()));
    }
    let mut store = rustls::RootCertStore::empty();
    for (n, der) in roots.iter().enumerate() {
        if let Err(e) = store.add(der.clone().into()) {
            return Err(not_pem(format!("certificate {} cannot be trusted: {e}", n + 1)));
        }
    }
    Ok(roots)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &[u8]) -> Result<Vec<Vec<u8>>, Diagnostic> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("school.pem"), text).unwrap();
        read_ca_file(dir.path(), "school.pem")
    }

    #[test]
    fn a_missing_file_says_so_and_how_to_fix_it() {
        let d = read_ca_file(Path::new("/nonexistent-site"), "certs/school.pem").unwrap_err();
        assert!(d.message.contains("`certs/school.pem` does not exist"), "{}", d.message);
        assert!(d.hint.unwrap().contains("relative to the site folder"));
    }

    #[test]
    fn a_file_without_certificates_is_refused() {
        let d = read(b"just some text\n").unwrap_err();
        assert!(d.message.contains("holds no PEM certificate"), "{}", d.message);
        let garbled = b"-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n";
        let d = read(garbled).unwrap_err();
        assert!(d.message.contains("school.pem"), "{}", d.message);
        assert!(d.hint.unwrap().contains("BEGIN CERTIFICATE"));
    }
}
