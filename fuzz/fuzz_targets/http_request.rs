//! The request reader of `haven serve` and the studio (`web::http::request`), fed what any
//! program on the network may send: it never panics, never reads past what a request
//! announces, and a request it accepts says what it read.
//!
//! The input is the bytes of a connection.

#![no_main]

use std::io::{BufReader, Cursor};

use haven::web::http::request::{MAX_HEAD, read};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut reader = BufReader::new(Cursor::new(data));
    let mut out = Vec::new();
    // A connection may hold several requests; read them until it ends or one is refused.
    for _ in 0..16 {
        match read(&mut reader, &mut out) {
            Ok(Some(request)) => {
                assert!(!request.method.is_empty() && !request.url.is_empty());
                assert!(request.url.bytes().all(|b| b.is_ascii_graphic()));
                assert!(request.body.len() <= data.len());
                let head: usize = request.headers.iter().map(|(k, v)| k.len() + v.len()).sum();
                assert!(head <= MAX_HEAD);
            }
            Ok(None) => break,
            Err(refusal) => {
                assert!((400..=505).contains(&refusal.status));
                break;
            }
        }
    }
    assert!(out.is_empty() || out.starts_with(b"HTTP/1.1 100 Continue\r\n\r\n"));
});
