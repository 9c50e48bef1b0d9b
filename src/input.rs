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
        let message = plain_message(message);
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

/// Rewrites serde's "invalid type: integer `42`, expected a string" as "must be text, not
/// the number 42", the same whichever deserializer (JSON natively, JS values in the browser)
/// wrote it, and in words a non-programmer can act on.
fn plain_message(message: String) -> String {
    if message.contains("Reflect.get called on non-object") {
        // serde-wasm-bindgen reading a list from a string iterates its characters.
        return "must be a list of objects".to_owned();
    }
    let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) else {
        return message;
    };
    let Some((unexpected, expected)) = rest.split_once(", expected ") else { return message };
    let expected = match expected {
        "a string" | "a borrowed string" => "text".to_owned(),
        "u8" => "a whole number from 0 to 255".to_owned(),
        "u16" => "a whole number from 0 to 65535".to_owned(),
        "u32" | "u64" | "usize" => "a whole number, 0 or more".to_owned(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".to_owned(),
        "f32" | "f64" => "a number".to_owned(),
        "a sequence" => "a list".to_owned(),
        "a boolean" => "true or false".to_owned(),
        e if e.starts_with("struct ") || e == "a map" => "an object".to_owned(),
        e => e.to_owned(),
    };
    let number = |n: &str| match n.trim_end_matches(".0") {
        "NaN" => "NaN".to_owned(),
        "inf" => "infinity".to_owned(),
        "-inf" => "-infinity".to_owned(),
        n => format!("the number {n}"),
    };
    let unexpected = if let Some(n) = unexpected.strip_prefix("integer `").or_else(|| unexpected.strip_prefix("floating point `")) {
        number(n.trim_end_matches('`'))
    } else if let Some(s) = unexpected.strip_prefix("string ") {
        format!("the text {s}")
    } else if unexpected == "sequence" || unexpected.starts_with("JsValue([") {
        "a list".to_owned()
    } else if unexpected == "map" || unexpected.starts_with("JsValue(Object") {
        "an object".to_owned()
    } else if let Some(b) = unexpected.strip_prefix("boolean `") {
        b.trim_end_matches('`').to_owned()
    } else {
        unexpected.to_owned()
    };
    format!("must be {expected}, not {unexpected}")
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
    fn serde_messages_are_rewritten_plainly() {
        let plain = |m: &str| plain_message(m.to_owned());
        assert_eq!(plain("invalid type: integer `42`, expected a string"), "must be text, not the number 42");
        assert_eq!(plain("invalid type: floating point `42.0`, expected a string"), "must be text, not the number 42");
        assert_eq!(plain("invalid value: integer `-1`, expected u32"), "must be a whole number, 0 or more, not the number -1");
        assert_eq!(plain("invalid type: floating point `-1.5`, expected u32"), "must be a whole number, 0 or more, not the number -1.5");
        assert_eq!(plain("invalid type: floating point `NaN`, expected u32"), "must be a whole number, 0 or more, not NaN");
        assert_eq!(plain("invalid type: string \"x\", expected struct Profile"), "must be an object, not the text \"x\"");
        assert_eq!(plain("invalid type: JsValue([\"koken\"]), expected a string"), "must be text, not a list");
        assert_eq!(plain("missing field `title`"), "missing field `title`");
    }

    #[test]
    fn struct_fields_lists_json_names() {
        let fields = struct_fields::<Profile>();
        assert!(fields.contains(&"maxDistanceKm") && fields.contains(&"skills"));
        assert!(!fields.contains(&"name"));
        assert!(struct_fields::<RankOptions>().contains(&"minScore"));
        assert!(struct_fields::<String>().is_empty());
    }
}
