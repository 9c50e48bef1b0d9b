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
        // serde-wasm-bindgen renders its errors as JS errors: "Error: missing field `id`".
        let message = message.strip_prefix("Error: ").map(str::to_owned).unwrap_or(message);
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

/// The field names a struct `T` declares to serde (camelCase, as in JSON), or empty for
/// anything that is not a plain struct. Lets a caller reject unknown fields where its
/// deserializer does not (serde-wasm-bindgen reads only the declared fields).
pub fn struct_fields<T: DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{Error, Visitor};
    use std::fmt;

    #[derive(Debug)]
    struct Fields(&'static [&'static str]);
    impl fmt::Display for Fields {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("fields")
        }
    }
    impl std::error::Error for Fields {}
    impl Error for Fields {
        fn custom<M: fmt::Display>(_: M) -> Self {
            Fields(&[])
        }
    }
    struct Probe;
    impl<'de> Deserializer<'de> for Probe {
        type Error = Fields;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Fields> {
            Err(Fields(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(self, _: &'static str, fields: &'static [&'static str], _: V) -> Result<V::Value, Fields> {
            Err(Fields(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Probe) {
        Err(Fields(fields)) => fields,
        Ok(_) => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Profile, RankOptions};

    #[test]
    fn struct_fields_lists_json_names() {
        let fields = struct_fields::<Profile>();
        assert!(fields.contains(&"maxDistanceKm") && fields.contains(&"skills"));
        assert!(!fields.contains(&"name"));
        assert!(struct_fields::<RankOptions>().contains(&"minScore"));
        assert!(struct_fields::<String>().is_empty());
    }
}
