//! `config.toml` read past its mistakes: each key serde refuses (unknown, or of the
//! wrong type or value) is reported and left out, and the file read again, so one run
//! names every mistake, not only serde's first.
//!
//! The file is parsed once into toml's spanned tree; a TOML syntax error stops there
//! (nothing after it can be read). Then the tree is deserialized; on an error, the
//! entry at the error's place is taken out and the tree deserialized again. A key
//! missing only because its wrong value was taken out is not a second error.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, Deserializer};

use super::toml_errors::toml_error;
use crate::error::{Diagnostic, Error, Result};

/// At most this many mistakes are read past: a file with more is mostly not a config.
const MOST: usize = 100;

/// What a read past mistakes gives: the value with the mistaken entries left out.
pub(super) struct LeftOut<T> {
    /// The value, when the file could be read at all.
    pub(super) raw: Option<T>,
    /// Every mistake, once, in the file's order.
    pub(super) errors: Vec<Diagnostic>,
    /// The top-level keys something was left out of: their checks would report only
    /// what follows from the mistakes already reported.
    pub(super) touched: BTreeSet<String>,
}

/// A key taken out of a table: the table's place in the file and the key.
struct Taken {
    table: Range<usize>,
    key: String,
}

/// Reads `text` (a `config.toml`) as `T`, leaving out each entry serde refuses.
pub(super) fn read<T: DeserializeOwned>(text: &str) -> Result<LeftOut<T>> {
    let root = DeTable::parse(text).map_err(|e| toml_error("config.toml", text, &e, 0))?;
    let span = root.span();
    let mut table = root.into_inner();
    let mut out = LeftOut {
        raw: None,
        errors: Vec::new(),
        touched: BTreeSet::new(),
    };
    let mut taken: Vec<Taken> = Vec::new();
    for _ in 0..MOST {
        let attempt = Spanned::new(span.clone(), table.clone());
        let err = match T::deserialize(Deserializer::from(attempt)) {
            Ok(raw) => {
                out.raw = Some(raw);
                break;
            }
            Err(err) => err,
        };
        let place = err.span().and_then(|at| take_out(&mut table, span.clone(), &at, None));
        if !follows(&err, &taken) {
            push(&mut out.errors, toml_error("config.toml", text, &err, 0))?;
        }
        let Some((t, top)) = place else { break };
        out.touched.insert(top);
        taken.push(t);
    }
    out.errors.sort_by_key(|d| d.location.as_ref().and_then(|l| l.line));
    Ok(out)
}

/// Adds the diagnostics of a user error; an internal one passes through.
fn push(errors: &mut Vec<Diagnostic>, err: Error) -> Result<()> {
    match err {
        Error::User(list) => {
            errors.extend(list);
            Ok(())
        }
        internal => Err(internal),
    }
}

/// True for "missing field `x`" at a table that `x` was taken out of, for its mistake.
fn follows(err: &toml::de::Error, taken: &[Taken]) -> bool {
    let message = err.message();
    message.starts_with("missing field")
        && taken
            .iter()
            .any(|t| err.span() == Some(t.table.clone()) && message.contains(&format!("`{}`", t.key)))
}

/// Takes out of `table` (at `span`) the deepest entry whose key or value holds `at`;
/// gives where its table is, with the key, and the top-level key it was under. Every
/// table is searched: a `[school]` table's span is its header, not its keys.
fn take_out(
    table: &mut DeTable<'_>,
    span: Range<usize>,
    at: &Range<usize>,
    top: Option<&str>,
) -> Option<(Taken, String)> {
    for (key, value) in table.iter_mut() {
        let top_key = top.unwrap_or(key.get_ref());
        let inner = value.span();
        let deeper = match value.get_mut() {
            DeValue::Table(t) => take_out(t, inner, at, Some(top_key)),
            DeValue::Array(items) => items.iter_mut().find_map(|item| {
                let item_span = item.span();
                match item.get_mut() {
                    DeValue::Table(t) => take_out(t, item_span, at, Some(top_key)),
                    _ => None,
                }
            }),
            _ => None,
        };
        if deeper.is_some() {
            return deeper;
        }
    }
    let holds = |s: Range<usize>| s.start <= at.start && at.end <= s.end.max(s.start + 1);
    let key = table
        .iter()
        .find(|(k, v)| holds(k.span()) || holds(v.span()))
        .map(|(k, _)| k.clone())?;
    let top_key = top.map_or_else(|| key.get_ref().to_string(), str::to_string);
    table.remove(&key);
    Some((
        Taken {
            table: span,
            key: key.into_inner().into_owned(),
        },
        top_key,
    ))
}
