//! [`Limits`]: the most an engine accepts, so that an oversized feed, file or profile is
//! refused with an error naming the limit instead of exhausting the tab's memory.

use crate::error::InputError;
use serde::{Deserialize, Serialize};

/// Maxima for input. Each refusal names the limit (e.g. `limits.maxVacancies`) so an embedder
/// knows which one to raise. Every field may be left out in JSON; the defaults suit a regional
/// portal in a browser tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Limits {
    /// Most bytes of one input text or file: a feed, a CSV table, an index file. Default 256 MiB.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_input_bytes: usize,
    /// Most vacancies one engine holds. Default 250,000.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_vacancies: usize,
    /// Longest id, title, label or other short text, in characters. Default 500.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_text_chars: usize,
    /// Longest vacancy description, in bytes. Default 1 MiB.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_description_bytes: usize,
    /// Most items in one list of a profile or vacancy (skills, occupations, languages): the
    /// size of a profile. Default 200.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_list_items: usize,
    /// Most candidates in one employer preview. Default 10,000.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_candidates: usize,
    /// Most taxonomy concepts. Default 200,000 (ESCO has about 17,000).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_concepts: usize,
    /// Most alternative labels of one concept. Default 5,000.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_alt_labels: usize,
    /// Most entries in the postcode table. Default 500,000 (all Dutch PC6 codes would fit).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_geo_entries: usize,
    /// Most memory the engine may grow to by loading index files, in bytes: in a browser its
    /// WebAssembly memory (which never shrinks), natively an estimate from the index bytes it
    /// loaded. A file that would take it beyond is refused, naming this limit, and what is
    /// loaded stays. Default 1 GiB; a page for phones may set less.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_memory_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 256 << 20,
            max_vacancies: 250_000,
            max_text_chars: 500,
            max_description_bytes: 1 << 20,
            max_list_items: 200,
            max_candidates: 10_000,
            max_concepts: 200_000,
            max_alt_labels: 5_000,
            max_geo_entries: 500_000,
            max_memory_bytes: 1 << 30,
        }
    }
}

impl Limits {
    /// Refuses an input text or file of more than [`Limits::max_input_bytes`] bytes.
    pub fn check_input_bytes(&self, what: &str, bytes: usize) -> Result<(), InputError> {
        if bytes > self.max_input_bytes {
            return Err(InputError::field(
                "",
                format!("is too large ({bytes} bytes; at most {} (limits.maxInputBytes))", self.max_input_bytes),
            )
            .in_record(what));
        }
        Ok(())
    }

    /// Refuses a list of `count` records when more than `max` are allowed; `limit` names the
    /// limit in the message (e.g. `maxVacancies`).
    pub fn check_count(list: &str, count: usize, max: usize, limit: &str) -> Result<(), InputError> {
        if count > max {
            return Err(InputError::field(list, format!("has {count} records; at most {max} are allowed (limits.{limit})")));
        }
        Ok(())
    }

    /// Refuses `count` more vacancies when the engine, already holding `held`, would exceed
    /// [`Limits::max_vacancies`].
    pub fn check_vacancy_room(&self, list: &str, held: usize, count: usize) -> Result<(), InputError> {
        if held.saturating_add(count) > self.max_vacancies {
            return Err(InputError::field(
                list,
                format!(
                    "has {count} records, but the engine holds {held} and takes at most {} vacancies (limits.maxVacancies)",
                    self.max_vacancies
                ),
            ));
        }
        Ok(())
    }
}

/// What loading an index file adds to the engine's memory per byte of the file, beyond the
/// file itself, with a margin (measured: a 63 MB file of 100k vacancies, which the engine keeps,
/// takes the WebAssembly memory to 98.7 MB with its rankings: 0.54 bytes per byte beyond it;
/// 0.84 before stop 20's postings, id index and skill numbers in place, 1.3 before the term ids
/// were read in place).
pub const MEMORY_PER_INDEX_BYTE: usize = 2;

impl Limits {
    /// Refuses an index file when loading it would take the engine's memory to `after` bytes,
    /// beyond [`Limits::max_memory_bytes`].
    pub fn check_memory_room(&self, after: usize) -> Result<(), InputError> {
        if after > self.max_memory_bytes {
            return Err(InputError::field(
                "",
                format!(
                    "does not fit in the memory the engine may use: it would take about {} MB, and at most {} MB are allowed (limits.maxMemoryBytes). What is loaded stays",
                    after.div_ceil(1 << 20),
                    self.max_memory_bytes >> 20
                ),
            )
            .in_record("index"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_name_themselves_in_errors() {
        let limits = Limits { max_vacancies: 10, max_input_bytes: 5, ..Limits::default() };
        let e = limits.check_vacancy_room("vacancies", 8, 3).unwrap_err();
        assert_eq!(e.field, "vacancies");
        assert!(e.message.contains("at most 10 vacancies (limits.maxVacancies)"), "{e}");
        assert!(limits.check_vacancy_room("vacancies", 8, 2).is_ok());
        let e = limits.check_input_bytes("feed", 6).unwrap_err();
        assert_eq!(e.to_string(), "feed: is too large (6 bytes; at most 5 (limits.maxInputBytes))");
        assert!(Limits::check_count("geo", 3, 2, "maxGeoEntries").unwrap_err().message.ends_with("(limits.maxGeoEntries)"));
    }

    #[test]
    fn limits_read_from_partial_json_and_refuse_unknown_names() {
        let limits: Limits = serde_json::from_str(r#"{"maxVacancies": 7}"#).unwrap();
        assert_eq!(limits, Limits { max_vacancies: 7, ..Limits::default() });
        assert!(serde_json::from_str::<Limits>(r#"{"maxVacancy": 7}"#).is_err());
    }
}
