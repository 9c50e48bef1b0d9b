//! Autocomplete over taxonomy labels and synonyms for the widget's skill and occupation
//! inputs: prefix matches first, then word-prefix matches, then prefixes with a typo.

use crate::model::ConceptKind;
use crate::taxonomy::Taxonomy;
use crate::text::{fold, max_typos};
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Settings for [`crate::Engine::suggest`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SuggestOptions {
    /// Most suggestions (1–100). Default 10.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub limit: u32,
    /// Only skills or only occupations. Default: both.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub kind: Option<ConceptKind>,
}

impl Default for SuggestOptions {
    fn default() -> Self {
        SuggestOptions { limit: 10, kind: None }
    }
}

/// One autocomplete suggestion.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    /// Concept id.
    pub id: String,
    /// Preferred label.
    pub label: String,
    /// The synonym that matched, when it is not the preferred label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_label: Option<String>,
    /// Skill or occupation.
    pub kind: ConceptKind,
}

/// How well a label matches what was typed; lower is better.
fn tier(label: &str, typed: &str, preferred: bool) -> Option<u8> {
    if label.starts_with(typed) {
        return Some(if preferred { 0 } else { 1 });
    }
    if label.split(' ').any(|w| w.starts_with(typed)) {
        return Some(if preferred { 2 } else { 3 });
    }
    let typed_chars = typed.chars().count();
    let allowed = max_typos(typed_chars);
    if allowed == 0 {
        return None;
    }
    let close = label.split(' ').any(|w| {
        let head: String = w.chars().take(typed_chars).collect();
        head.chars().next() == typed.chars().next() && strsim::osa_distance(&head, typed) <= allowed
    });
    close.then_some(4)
}

/// Suggestions for `typed` (a prefix), best first; one per concept.
pub fn suggest(taxonomy: &Taxonomy, typed: &str, options: &SuggestOptions) -> Vec<Suggestion> {
    let typed = fold(typed).split_whitespace().collect::<Vec<_>>().join(" ");
    if typed.is_empty() {
        return Vec::new();
    }
    let limit = options.limit.clamp(1, 100) as usize;
    let mut found: Vec<(u8, usize, &str, u32, usize)> = Vec::new();
    for (ci, entry) in taxonomy.entries().iter().enumerate() {
        if options.kind.is_some_and(|k| k != entry.concept.kind) {
            continue;
        }
        let best = entry
            .folded_labels
            .iter()
            .enumerate()
            .filter_map(|(li, label)| tier(label, &typed, li == 0).map(|t| (t, label.chars().count(), label.as_str(), li)))
            .min();
        if let Some((t, len, label, li)) = best {
            found.push((t, len, label, ci as u32, li));
        }
    }
    found.sort();
    found
        .into_iter()
        .take(limit)
        .filter_map(|(_, _, _, ci, li)| {
            let c = &taxonomy.get(ci)?.concept;
            Some(Suggestion {
                id: c.id.clone(),
                label: c.label.clone(),
                matched_label: (li > 0).then(|| c.alt_labels[li - 1].clone()),
                kind: c.kind,
            })
        })
        .collect()
}
