//! Skill and occupation references, and the "text or object" reading they share.
//!
//! A person can write `"heftruck rijden"` or `{ "id": "esco:...", "label": "heftruck rijden" }`.

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// A reference to a skill or occupation: a taxonomy concept id and/or a free-text label.
///
/// In JSON it is either a plain string (a label) or an object `{ "id": ..., "label": ... }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TermRef {
    /// Taxonomy concept id (e.g. an ESCO URI), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Free-text label as the person or employer wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl TermRef {
    /// A reference by free text only.
    pub fn label(text: impl Into<String>) -> Self {
        TermRef { id: None, label: Some(text.into()) }
    }

    /// A reference by concept id only.
    pub fn id(id: impl Into<String>) -> Self {
        TermRef { id: Some(id.into()), label: None }
    }

    /// What to show a person: the label, else the id.
    pub fn display(&self) -> &str {
        self.label.as_deref().or(self.id.as_deref()).unwrap_or("")
    }
}

impl From<String> for TermRef {
    fn from(text: String) -> Self {
        TermRef::label(text)
    }
}

impl From<&str> for TermRef {
    fn from(text: &str) -> Self {
        TermRef::label(text)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct TermRefFields {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    label: Option<String>,
}

impl From<TermRefFields> for TermRef {
    fn from(f: TermRefFields) -> Self {
        TermRef { id: f.id, label: f.label }
    }
}

impl<'de> Deserialize<'de> for TermRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_object::<D, TermRefFields, TermRef>(deserializer)
    }
}

/// Reads `T` from either a string (`T: From<String>`) or an object read as `F` (`T: From<F>`).
/// Binary formats (the index file) always hold the object form.
pub(crate) fn text_or_object<'de, D, F, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: DeserializeOwned,
    T: From<String> + From<F>,
{
    if !deserializer.is_human_readable() {
        return F::deserialize(deserializer).map(T::from);
    }
    struct TextOrObject<F, T>(PhantomData<(F, T)>);
    impl<'de, F: DeserializeOwned, T: From<String> + From<F>> Visitor<'de> for TextOrObject<F, T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a text or an object with `id` and/or `label`")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok(T::from(v.to_owned()))
        }
        fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<T, M::Error> {
            F::deserialize(de::value::MapAccessDeserializer::new(map)).map(T::from)
        }
    }
    deserializer.deserialize_any(TextOrObject::<F, T>(PhantomData))
}
