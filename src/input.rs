//! Reading one input value with any serde deserializer (JSON natively, JS values in the
//! browser), turning a wrong shape or type into an [`InputError`] that names the field.

use crate::error::InputError;
use serde::de::{DeserializeOwned, Deserializer};

/// Reads a `T`; on failure the error's field is the path to the bad value (e.g. `hours.min`)
/// or, for a missing or unknown field, that field's name.
pub fn read_value<'de, D, T>(deserializer: D) -> Result<T, InputError>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        let named = named_field(&message);
        let field = match (path.as_str(), named) {
            (".", Some(name)) => name,
            (".", None) => String::new(),
            (path, Some(name)) if message.starts_with("missing field") => format!("{path}.{name}"),
            (path, _) => path.to_owned(),
        };
        InputError::field(field, message)
    })
}

/// The field a serde message names ("missing field `title`" → "title").
fn named_field(message: &str) -> Option<String> {
    if !(message.starts_with("missing field") || message.starts_with("unknown field")) {
        return None;
    }
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(message[start..end].to_owned())
}
