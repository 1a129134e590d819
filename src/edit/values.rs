//! Values put into a TOML file the way a person would change them: a key whose value is
//! the same is not touched at all, and a changed value keeps the spacing and the comment
//! around it (toml_edit's decor), so a change to one field shows as one line in a diff.

use toml_edit::{Item, TableLike, Value};

/// True when `old` and `new` hold the same value, whatever their layout.
fn same(old: &Value, new: &Value) -> bool {
    match (old, new) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| same(x, y)),
        _ => false,
    }
}

/// Sets `key` of `table` to `value`, keeping the old value's layout and comment; nothing
/// is touched when the value is the same.
pub fn set(table: &mut dyn TableLike, key: &str, value: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) if same(old, &value) => {}
        Some(old) => {
            let decor = old.decor().clone();
            *old = value;
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// A day as a TOML date (`2026-07-31`), checked.
pub fn day(text: &str) -> Result<Value, String> {
    crate::options::parse_date(text)?;
    text.trim()
        .parse::<toml_edit::Datetime>()
        .map(Value::from)
        .map_err(|e| e.to_string())
}

/// A list of texts as a TOML array.
pub fn texts(items: &[&str]) -> Value {
    Value::Array(items.iter().copied().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml_edit::DocumentMut;

    #[test]
    fn an_unchanged_value_is_untouched_and_a_changed_one_keeps_its_comment() {
        let mut doc: DocumentMut =
            "[pupil.P1]\nwebsite   = true # from the form\ngranted = 2026-01-05\nlanguages = [ \"en\" ]\n"
                .parse()
                .unwrap();
        let record = doc["pupil"]["P1"].as_table_like_mut().unwrap();
        set(record, "website", Value::from(true));
        set(record, "languages", texts(&["en"]));
        set(record, "granted", day("2026-02-01").unwrap());
        set(record, "print", Value::from(false));
        assert_eq!(
            doc.to_string(),
            "[pupil.P1]\nwebsite   = true # from the form\ngranted = 2026-02-01\nlanguages = [ \"en\" ]\nprint = false\n"
        );
        assert!(day("2026-02-30").is_err());
    }
}
