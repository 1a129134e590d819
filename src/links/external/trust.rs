//! Whose word the link checker takes that a secure site is who it says (DESIGN §11).
//! Schools' web filters re-sign HTTPS with the school's own certificate, which the school's
//! IT team installs in the operating system's store: so the store comes first (ureq's
//! platform verifier). A certificate is trusted when any of these vouches for it, tried in
//! turn, each with an agent of its own:
//!
//! 1. the operating system's store (on Linux: the `SSL_CERT_FILE`/`SSL_CERT_DIR` files, else
//!    the distribution's bundle; on macOS and Windows: the system's verifier);
//! 2. Mozilla's list built into haven, for machines with no store (a bare CI container);
//! 3. `[links] ca_file`, when set: one more PEM file, e.g. the filter's certificate when the
//!    machine running `haven check` does not have it installed (read when the config is
//!    loaded, by `web::certificates`).

use std::sync::Arc;
use std::time::Duration;

use ureq::tls::{Certificate, RootCerts, TlsConfig};

/// One agent per source of trust, in the order they are asked.
pub fn agents(timeout: Duration, extra_roots: &[Vec<u8>]) -> Vec<ureq::Agent> {
    let mut roots = vec![RootCerts::PlatformVerifier, RootCerts::WebPki];
    if !extra_roots.is_empty() {
        let certs = extra_roots.iter().map(|der| Certificate::from_der(der).to_owned());
        roots.push(RootCerts::Specific(Arc::new(certs.collect())));
    }
    roots.into_iter().map(|r| agent(timeout, r)).collect()
}

fn agent(timeout: Duration, roots: RootCerts) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("haven-link-check/", env!("CARGO_PKG_VERSION")))
        .timeout_global(Some(timeout))
        .tls_config(TlsConfig::builder().root_certs(roots).build())
        .build()
        .into()
}
