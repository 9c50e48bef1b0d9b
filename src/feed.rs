//! Which kind of feed a parsed JSON file is: a list of werkmatch vacancies (`[...]` or
//! `{"vacancies": [...]}`), a schema.org JobPosting feed (one posting, a list of them, or
//! `{"@graph": [...]}`), or the manifest of a national shard set (`shards.json`).
//!
//! One rule for every caller: the command line reads files with `serde_json`, the browser
//! passes JS values, and both ask [`detect`] through the small [`JsonView`] trait, so the
//! same file is read the same way everywhere.

use crate::error::InputError;
use crate::import::json::Json;

/// The three kinds of feed werkmatch reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    /// werkmatch's own vacancy JSON: an array of `Vacancy`, or `{"vacancies": [...]}`.
    Vacancies,
    /// schema.org JobPosting JSON-LD: one object, an array, or `{"@graph": [...]}`.
    JobPostings,
    /// The manifest of a shard set, written by `werkmatch shards`.
    ShardManifest,
}

impl FeedKind {
    /// The name callers see (`"vacancies"`, `"jobPostings"`, `"shards"`).
    pub fn name(self) -> &'static str {
        match self {
            FeedKind::Vacancies => "vacancies",
            FeedKind::JobPostings => "jobPostings",
            FeedKind::ShardManifest => "shards",
        }
    }
}

/// Read access to a parsed JSON value, as much as [`detect`] needs. Implemented for
/// [`Json`], for `serde_json::Value` (natively) and for JS values (in the wasm edge).
pub trait JsonView: Sized {
    /// The number of items, when this is an array (`None` for anything else).
    fn array_len(&self) -> Option<usize>;
    /// Item `index` of an array.
    fn item(&self, index: usize) -> Option<Self>;
    /// The value of `key`, when this is an object that has it (and it is not null).
    fn member(&self, key: &str) -> Option<Self>;
    /// Whether this is an object (not an array).
    fn is_object(&self) -> bool;
    /// The text, when this is a string.
    fn string(&self) -> Option<String>;
}

/// A detected feed: its kind and the value to read. For `{"vacancies": [...]}` that is the
/// inner list; otherwise the value itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed<V> {
    /// What kind of feed it is.
    pub kind: FeedKind,
    /// The value to read as that kind.
    pub value: V,
}

/// The value of a shard manifest's `format` field.
pub const SHARD_FORMAT: &str = "werkmatch-shards";

/// Decides what kind of feed `value` is:
/// - an array whose items carry `@type` anywhere is a JobPosting feed, any other array a
///   vacancy list;
/// - an object with `"format": "werkmatch-shards"` is a shard manifest; with `@graph` or
///   `@type` a JobPosting feed; with a `vacancies` array a vacancy list (that array);
/// - anything else is refused, saying what was expected.
pub fn detect<V: JsonView>(value: V) -> Result<Feed<V>, InputError> {
    if let Some(len) = value.array_len() {
        let typed = (0..len).any(|i| value.item(i).is_some_and(|item| item.is_object() && item.member("@type").is_some()));
        let kind = if typed { FeedKind::JobPostings } else { FeedKind::Vacancies };
        return Ok(Feed { kind, value });
    }
    if !value.is_object() {
        return Err(InputError::field("", EXPECTED));
    }
    if value.member("format").and_then(|f| f.string()).as_deref() == Some(SHARD_FORMAT) {
        return Ok(Feed { kind: FeedKind::ShardManifest, value });
    }
    if value.member("@graph").is_some() || value.member("@type").is_some() {
        return Ok(Feed { kind: FeedKind::JobPostings, value });
    }
    match value.member("vacancies") {
        Some(list) if list.array_len().is_some() => Ok(Feed { kind: FeedKind::Vacancies, value: list }),
        Some(_) => Err(InputError::field("vacancies", "must be an array of vacancies")),
        None => Err(InputError::field("", EXPECTED)),
    }
}

const EXPECTED: &str = "is not a feed werkmatch reads: expected a list of vacancies ([...] or {\"vacancies\": [...]}), \
a schema.org JobPosting feed (with @type or @graph) or a shard manifest (shards.json)";

impl JsonView for &Json {
    fn array_len(&self) -> Option<usize> {
        match self {
            Json::Array(items) => Some(items.len()),
            _ => None,
        }
    }
    fn item(&self, index: usize) -> Option<Self> {
        match self {
            Json::Array(items) => items.get(index),
            _ => None,
        }
    }
    fn member(&self, key: &str) -> Option<Self> {
        Some(self.get(key)).filter(|v| !matches!(v, Json::Null))
    }
    fn is_object(&self) -> bool {
        Json::is_object(self)
    }
    fn string(&self) -> Option<String> {
        match self {
            Json::String(s) => Some(s.clone()),
            _ => None,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl JsonView for &serde_json::Value {
    fn array_len(&self) -> Option<usize> {
        self.as_array().map(Vec::len)
    }
    fn item(&self, index: usize) -> Option<Self> {
        self.as_array().and_then(|items| items.get(index))
    }
    fn member(&self, key: &str) -> Option<Self> {
        self.as_object().and_then(|o| o.get(key)).filter(|v| !v.is_null())
    }
    fn is_object(&self) -> bool {
        serde_json::Value::is_object(self)
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn kind(value: serde_json::Value) -> Result<FeedKind, String> {
        detect(&value).map(|f| f.kind).map_err(|e| e.to_string())
    }

    #[test]
    fn vacancy_lists_in_both_shapes() {
        assert_eq!(kind(json!([{"id": "v1", "title": "Kok"}])), Ok(FeedKind::Vacancies));
        assert_eq!(kind(json!({"vacancies": [{"id": "v1", "title": "Kok"}]})), Ok(FeedKind::Vacancies));
        assert_eq!(kind(json!([])), Ok(FeedKind::Vacancies));
        let wrapped = json!({"vacancies": [{"id": "v1"}]});
        assert_eq!(detect(&wrapped).unwrap().value, &json!([{"id": "v1"}]), "the inner list is what is read");
    }

    #[test]
    fn job_posting_feeds_in_every_shape() {
        assert_eq!(kind(json!({"@type": "JobPosting", "title": "Kok"})), Ok(FeedKind::JobPostings));
        assert_eq!(kind(json!({"@context": "https://schema.org", "@graph": []})), Ok(FeedKind::JobPostings));
        assert_eq!(kind(json!([{"@type": "JobPosting", "title": "Kok"}])), Ok(FeedKind::JobPostings));
        // One typed item anywhere makes the list a JobPosting feed (the rest are then reported).
        assert_eq!(kind(json!([{"title": "Kok"}, {"@type": "JobPosting", "title": "Kok"}])), Ok(FeedKind::JobPostings));
    }

    #[test]
    fn shard_manifests() {
        assert_eq!(kind(json!({"format": "werkmatch-shards", "base": {}})), Ok(FeedKind::ShardManifest));
        assert_eq!(kind(json!({"format": "other", "vacancies": []})), Ok(FeedKind::Vacancies));
    }

    #[test]
    fn anything_else_is_refused_with_what_was_expected() {
        for bad in [json!("text"), json!(5), json!(null), json!({"items": []})] {
            let message = kind(bad).unwrap_err();
            assert!(message.contains("expected a list of vacancies"), "{message}");
        }
        assert_eq!(kind(json!({"vacancies": {"id": "v1"}})), Err("field `vacancies`: must be an array of vacancies".into()));
    }

    #[test]
    fn the_json_value_reads_the_same_as_serde_json() {
        for value in [
            json!([{"id": "v1"}]),
            json!({"vacancies": []}),
            json!({"@graph": []}),
            json!([{"@type": "JobPosting"}]),
            json!({"format": "werkmatch-shards"}),
        ] {
            let ours: Json = crate::input::read_value(value.clone()).unwrap();
            assert_eq!(detect(&ours).unwrap().kind, detect(&value).unwrap().kind, "{value}");
        }
    }
}
