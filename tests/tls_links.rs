//! The link checker inside a school (issue 16, DESIGN §9 and §11): an HTTPS server on
//! 127.0.0.1 whose certificate is signed by a test CA made here (as a school's web filter
//! re-signs every site) is trusted only through `[links] ca_file` or the operating
//! system's store (`SSL_CERT_FILE`); a host that does not exist is broken.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, ToSocketAddrs};
use std::process::Command;
use std::sync::Arc;
use std::thread;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::Value;

use crate::support::{CONFIG, TestSite, page};

/// A test CA and an HTTPS server for 127.0.0.1 with a certificate it signed.
struct FilterServer {
    /// The CA's certificate, PEM.
    ca_pem: String,
    /// `https://127.0.0.1:PORT`.
    origin: String,
}

impl FilterServer {
    fn start() -> Self {
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name.push(DnType::CommonName, "Test School Web Filter");
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature];
        let ca = CertifiedIssuer::self_signed(ca, ca_key).unwrap();
        let site_key = KeyPair::generate().unwrap();
        let site = CertificateParams::new(vec!["127.0.0.1".to_string()])
            .unwrap()
            .signed_by(&site_key, &ca)
            .unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(site_key.serialize_der()));
        let chain = vec![site.der().clone(), CertificateDer::from(ca.der().to_vec())];
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("https://{}", listener.local_addr().unwrap());
        let config = Arc::new(config);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let config = Arc::clone(&config);
                thread::spawn(move || answer(stream, config));
            }
        });
        Self {
            ca_pem: ca.pem(),
            origin,
        }
    }
}

/// Answers every request on one connection `200 OK`, until the client goes (a failed
/// handshake ends it at once).
fn answer(stream: std::net::TcpStream, config: Arc<rustls::ServerConfig>) {
    let Ok(connection) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(connection, stream);
    loop {
        let mut reader = BufReader::new(&mut tls);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) if line == "\r\n" => break,
                Ok(_) => head.push_str(&line),
            }
        }
        let reply = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";
        let body = if head.starts_with("HEAD") {
            &reply[..reply.len() - 2]
        } else {
            reply
        };
        if tls.write_all(body.as_bytes()).and_then(|()| tls.flush()).is_err() {
            return;
        }
    }
}

/// A site whose home page links to `url`; `links` adds lines to `[links]`.
fn site_linking(url: &str, links: &str) -> TestSite {
    TestSite::new()
        .file(
            "config.toml",
            &format!("{CONFIG}[links]\ntimeout = \"2s\"\nexclude = [\"https://www.ceop.police.uk/\"]\n{links}"),
        )
        .file("content/_index.md", &page("Home", &format!("See [the site]({url}).\n")))
}

/// `haven check --format json` with `env` set for haven: its exit code and report.
fn check(site: &TestSite, env: &[(&str, &str)]) -> (i32, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["--root", site.path().to_str().unwrap()])
        .args(["check", "--date", "2026-11-22", "--format", "json"])
        .current_dir(site.path())
        .envs(env.iter().copied())
        .output()
        .expect("haven runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}\n{stderr}"));
    (out.status.code().unwrap_or(-1), json)
}

/// The one finding for `url`.
#[track_caller]
fn result_for<'a>(json: &'a Value, url: &str) -> &'a Value {
    let found: Vec<&Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["url"] == url)
        .collect();
    assert_eq!(found.len(), 1, "{json:#}");
    found[0]
}

#[test]
fn a_site_signed_by_the_schools_filter_is_trusted_through_ca_file_or_the_system_store() {
    let server = FilterServer::start();
    let url = format!("{}/help/", server.origin);

    let site = site_linking(&url, "");
    let (code, json) = check(&site, &[]);
    let finding = result_for(&json, &url);
    assert_eq!(
        finding["result"], "broken",
        "an unknown issuer is a TLS failure:\n{json:#}"
    );
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains("secure connection failed"),
        "{finding}"
    );
    assert_eq!(code, 1);

    let site =
        site_linking(&url, "ca_file = \"certs/school-filter.pem\"\n").file("certs/school-filter.pem", &server.ca_pem);
    let (code, json) = check(&site, &[]);
    assert_eq!(result_for(&json, &url)["result"], "ok", "{json:#}");
    assert_eq!(code, 0);

    // The operating system's store: on Linux the platform verifier reads SSL_CERT_FILE.
    let site = site_linking(&url, "").file("system-store.pem", &server.ca_pem);
    let store = site.path().join("system-store.pem");
    let (code, json) = check(&site, &[("SSL_CERT_FILE", store.to_str().unwrap())]);
    if cfg!(target_os = "linux") {
        assert_eq!(result_for(&json, &url)["result"], "ok", "{json:#}");
        assert_eq!(code, 0);
    }
}

#[test]
fn a_ca_file_that_is_missing_or_not_pem_is_a_config_error() {
    let site = site_linking("https://www.nspcc.org.uk/", "ca_file = \"certs/school.pem\"\n");
    site.run(&["check", "--offline"])
        .fails()
        .says("config.toml:6")
        .says("links.ca_file `certs/school.pem` does not exist")
        .says("relative to the site folder");
    let site = site.file("certs/school.pem", "Please install our certificate.\n");
    site.build()
        .fails()
        .says("holds no PEM certificate")
        .says("BEGIN CERTIFICATE");
}

#[test]
fn a_host_that_does_not_exist_is_broken() {
    // RFC 6761: `.invalid` never exists. Whether this machine's resolver can say so
    // depends on it having one: with no name server the lookup fails "temporarily", and
    // the link may only be called unverified. Ask the resolver first, as haven will.
    let host = "haven-link-check-test.invalid";
    let said = match (host, 443).to_socket_addrs() {
        Ok(_) => panic!("this machine's resolver claims that {host} exists: fix its DNS"),
        Err(e) => e.to_string().to_ascii_lowercase(),
    };
    let temporary = said.contains("temporary") || said.contains("try again");
    let url = format!("https://{host}/help/");
    let (code, json) = check(&site_linking(&url, ""), &[]);
    let finding = result_for(&json, &url);
    if temporary {
        assert_eq!(finding["result"], "unverified", "resolver said {said}:\n{json:#}");
        assert_eq!(code, 0);
    } else {
        assert_eq!(finding["result"], "broken", "resolver said {said}:\n{json:#}");
        assert!(
            finding["message"].as_str().unwrap().contains("no such name"),
            "{finding}"
        );
        assert_eq!(code, 1);
    }
}
