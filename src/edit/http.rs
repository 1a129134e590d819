//! The studio's side of HTTP: a request read once (its headers for the guard, its form),
//! and answers that all carry the same strict headers: a Content-Security-Policy allowing
//! nothing from another origin, no caching, no referrer, no framing by other sites.

use super::guard::Asked;
use crate::web::http::{Answer, Request, Response};

/// The policy of every studio answer: nothing from another origin but the built site's,
/// and that only in a frame (the preview), whose scripts cannot reach the studio's page.
pub fn policy(site_port: u16) -> String {
    format!(
        "default-src 'self'; img-src 'self' data:; frame-src http://127.0.0.1:{site_port}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
    )
}

/// The largest form body read (a page's text and fields).
const MAX_FORM: usize = 4 * 1024 * 1024;
/// The largest upload read (a photo straight from a camera).
const MAX_UPLOAD: usize = 24 * 1024 * 1024;

/// A request's headers, as the studio reads them.
#[derive(Debug, Default, Clone)]
pub struct Head {
    /// GET, POST, ...
    pub method: String,
    /// The request target.
    pub url: String,
    host: Option<String>,
    cookie: Option<String>,
    origin: Option<String>,
    fetch_site: Option<String>,
    referer: Option<String>,
    /// `Content-Type`.
    pub content_type: Option<String>,
}

impl Head {
    /// Reads the headers of `request`.
    pub fn of(request: &Request) -> Head {
        let find = |name: &'static str| request.header(name).map(str::to_string);
        Head {
            method: request.method.to_ascii_uppercase(),
            url: request.url.clone(),
            host: find("Host"),
            cookie: find("Cookie"),
            origin: find("Origin"),
            fetch_site: find("Sec-Fetch-Site"),
            referer: find("Referer"),
            content_type: find("Content-Type"),
        }
    }

    /// What the guard reads.
    pub fn asked(&self) -> Asked<'_> {
        Asked {
            method: &self.method,
            url: &self.url,
            host: self.host.as_deref(),
            cookie: self.cookie.as_deref(),
            origin: self.origin.as_deref(),
            fetch_site: self.fetch_site.as_deref(),
            referer: self.referer.as_deref(),
        }
    }

    /// The path, without the query.
    pub fn path(&self) -> &str {
        self.url.split(['?', '#']).next().unwrap_or("")
    }

    /// A query parameter's value.
    pub fn query(&self, name: &str) -> Option<String> {
        let query = self.url.split_once('?')?.1;
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }
}

/// A submitted form: its fields in order (a name may repeat, as checkboxes do).
#[derive(Debug, Default, Clone)]
pub struct Form {
    fields: Vec<(String, String)>,
    /// The file sent with a multipart form, if any.
    pub file: Option<Upload>,
}

/// A file sent with a form.
#[derive(Debug, Default, Clone)]
pub struct Upload {
    /// The name the browser gave it.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Form {
    /// Parses an `application/x-www-form-urlencoded` body.
    pub fn parse(body: &[u8]) -> Form {
        Form {
            fields: form_urlencoded::parse(body).into_owned().collect(),
            file: None,
        }
    }

    /// Reads a form body from `request`, URL-encoded or multipart (`content_type`); `None`
    /// when it is too large or malformed.
    pub fn read(request: &Request, content_type: Option<&str>) -> Option<Form> {
        let boundary = content_type.and_then(super::multipart::boundary);
        let limit = if boundary.is_some() { MAX_UPLOAD } else { MAX_FORM };
        if request.body.len() > limit {
            return None;
        }
        match boundary {
            Some(boundary) => super::multipart::parse(&request.body, &boundary),
            None => Some(Form::parse(&request.body)),
        }
    }

    /// A form from its text fields and file.
    pub fn from_parts(fields: Vec<(String, String)>, file: Option<Upload>) -> Form {
        Form { fields, file }
    }

    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Every value of a field.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// An answer: status, type, body and extra headers; the strict headers are added on send.
pub struct Reply {
    status: u16,
    kind: &'static str,
    body: Vec<u8>,
    headers: Vec<(String, String)>,
}

impl Reply {
    /// An HTML page.
    pub fn page(status: u16, html: String) -> Reply {
        Reply::bytes(status, "text/html; charset=utf-8", html.into_bytes())
    }

    /// Any bytes of a type.
    pub fn bytes(status: u16, kind: &'static str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            kind,
            body,
            headers: Vec::new(),
        }
    }

    /// Plain text (refusals).
    pub fn text(status: u16, text: &str) -> Reply {
        Reply::bytes(status, "text/plain; charset=utf-8", format!("{text}\n").into_bytes())
    }

    /// A JSON value.
    pub fn json(value: &serde_json::Value) -> Reply {
        Reply::bytes(200, "application/json", value.to_string().into_bytes())
    }

    /// "See other": after a write, or from the first URL to the clean one. Only paths of
    /// the studio itself are ever sent here.
    pub fn see_other(to: &str) -> Reply {
        Reply::bytes(303, "text/plain; charset=utf-8", Vec::new()).with("Location", to)
    }

    /// Adds a header.
    pub fn with(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The answer, with the Content-Security-Policy `policy` and the strict headers (the
    /// server leaves the body out for HEAD). A header that could break the head (a line
    /// break in a value) is left out.
    pub fn answer(self, policy: &str) -> Answer {
        let mut response = Response::new(self.status, self.kind, self.body)
            .with("Content-Security-Policy", policy)
            .with("Cache-Control", "no-store")
            .with("Referrer-Policy", "same-origin")
            .with("X-Content-Type-Options", "nosniff")
            .with("Cross-Origin-Resource-Policy", "same-origin");
        for (name, value) in &self.headers {
            response.add(name, value);
        }
        Answer::Send(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_keep_repeated_fields_and_decode_text() {
        let form = Form::parse(b"title=Safe+%26+sound&topics=content&topics=contact&body=a%0D%0Ab");
        assert_eq!(form.get("title"), Some("Safe & sound"));
        assert_eq!(form.all("topics"), ["content", "contact"]);
        assert_eq!(form.get("body"), Some("a\r\nb"));
        assert_eq!(form.get("nothing"), None);
    }
}
