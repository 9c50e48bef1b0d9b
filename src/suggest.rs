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

/// How well a label matches what was typed; lower is better (what [`suggest`] finds through
/// its index, label by label).
#[cfg(test)]
fn tier(label: &str, typed: &str, preferred: bool) -> Option<u8> {
    if label.starts_with(typed) {
        return Some(if preferred { 0 } else { 1 });
    }
    if label.split(' ').any(|w| w.starts_with(typed)) {
        return Some(if preferred { 2 } else { 3 });
    }
    typo_prefix(label, typed).then_some(4)
}

/// Whether a word of `label` begins with `typed` up to the typos its length allows.
fn typo_prefix(label: &str, typed: &str) -> bool {
    let typed_chars = typed.chars().count();
    let allowed = max_typos(typed_chars);
    allowed > 0
        && label.split(' ').any(|w| {
            let head: String = w.chars().take(typed_chars).collect();
            head.chars().next() == typed.chars().next() && crate::text::typo_match_within(&head, typed, allowed)
        })
}

/// Labels and their words in alphabetical order, for finding what begins with a typed prefix
/// without reading every label (built with the taxonomy).
#[derive(Debug, Default, Clone)]
pub struct SuggestIndex {
    /// (folded text, concept, label index, whole label?) in the order of the text.
    entries: Vec<(Box<str>, u32, u16, bool)>,
    /// First letter → the word entries (not whole labels) that begin with it.
    by_first: std::collections::HashMap<char, Vec<u32>>,
}

impl SuggestIndex {
    /// Indexes the folded labels of `taxonomy`'s concepts.
    pub fn new<'a>(labels: impl Iterator<Item = (u32, &'a [String])>) -> SuggestIndex {
        let mut entries: Vec<(Box<str>, u32, u16, bool)> = Vec::new();
        for (ci, folded) in labels {
            for (li, label) in folded.iter().enumerate() {
                let li = li.min(u16::MAX as usize) as u16;
                entries.push((label.as_str().into(), ci, li, true));
                let mut words: Vec<&str> = Vec::new();
                for w in label.split(' ').filter(|w| !w.is_empty()) {
                    if !words.contains(&w) {
                        words.push(w);
                    }
                }
                entries.extend(words.into_iter().map(|w| (w.into(), ci, li, false)));
            }
        }
        // By text, then concept, label and kind: least significant first, as the sorts keep ties.
        crate::order::sort_by_key(&mut entries, |e| (u128::from(e.1) << 32) | (u128::from(e.2) << 1) | u128::from(e.3));
        crate::order::sort_by_text(&mut entries, |e| e.0.clone());
        let mut by_first: std::collections::HashMap<char, Vec<u32>> = std::collections::HashMap::new();
        for (i, e) in entries.iter().enumerate().filter(|(_, e)| !e.3) {
            if let Some(first) = e.0.chars().next() {
                by_first.entry(first).or_default().push(i as u32);
            }
        }
        SuggestIndex { entries, by_first }
    }

    /// The entries whose text begins with `typed`.
    fn starting_with(&self, typed: &str) -> &[(Box<str>, u32, u16, bool)] {
        let start = self.entries.partition_point(|e| &*e.0 < typed);
        let len = self.entries[start..].partition_point(|e| e.0.starts_with(typed));
        &self.entries[start..start + len]
    }
}

/// Orders suggestions by (tier, label length, label, concept, label index): the least
/// significant first, as the sorts keep ties in order.
fn sort_found(found: &mut Vec<(u8, usize, &str, u32, u16)>) {
    crate::order::sort_by_key(found, |f| (u128::from(f.3) << 16) | u128::from(f.4));
    crate::order::sort_by_text(found, |f| f.2.into());
    crate::order::sort_by_key(found, |f| (u128::from(f.0) << 64) | f.1 as u128);
}

/// Suggestions for `typed` (a prefix), best first; one per concept.
pub fn suggest(taxonomy: &Taxonomy, typed: &str, options: &SuggestOptions) -> Vec<Suggestion> {
    let typed = fold(typed).split_whitespace().collect::<Vec<_>>().join(" ");
    if typed.is_empty() {
        return Vec::new();
    }
    let limit = options.limit.clamp(1, 100) as usize;
    let index = taxonomy.suggest_index();
    // Per concept its best (tier, label length, label, label index).
    let mut best: std::collections::HashMap<u32, (u8, usize, &str, u16)> = std::collections::HashMap::new();
    fn consider<'t>(
        best: &mut std::collections::HashMap<u32, (u8, usize, &'t str, u16)>,
        taxonomy: &'t Taxonomy,
        kind: Option<ConceptKind>,
        (ci, li, tier): (u32, u16, u8),
    ) {
        let Some(entry) = taxonomy.get(ci) else { return };
        if kind.is_some_and(|k| k != entry.concept.kind) {
            return;
        }
        let label = entry.folded_labels.get(li as usize).map_or("", String::as_str);
        let candidate = (tier, label.chars().count(), label, li);
        let slot = best.entry(ci).or_insert(candidate);
        if candidate < *slot {
            *slot = candidate;
        }
    }
    for (_, ci, li, whole) in index.starting_with(&typed) {
        let tier = match (whole, *li == 0) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        };
        consider(&mut best, taxonomy, options.kind, (*ci, *li, tier));
    }
    // Typos only matter when the prefixes leave room: they rank after every prefix match.
    if best.len() < limit && max_typos(typed.chars().count()) > 0 {
        let first = typed.chars().next().unwrap_or('\0');
        for &at in index.by_first.get(&first).into_iter().flatten() {
            let (word, ci, li, _) = &index.entries[at as usize];
            if best.get(ci).is_none_or(|b| b.0 == 4) && typo_prefix(word, &typed) {
                consider(&mut best, taxonomy, options.kind, (*ci, *li, 4));
            }
        }
    }
    let mut found: Vec<(u8, usize, &str, u32, u16)> = best.into_iter().map(|(ci, (t, len, label, li))| (t, len, label, ci, li)).collect();
    sort_found(&mut found);
    found.into_iter().take(limit).filter_map(|(_, _, _, ci, li)| suggestion(taxonomy, ci, usize::from(li))).collect()
}

/// The suggestion for concept `ci` found by its label `li` (0: the preferred label).
fn suggestion(taxonomy: &Taxonomy, ci: u32, li: usize) -> Option<Suggestion> {
    let c = &taxonomy.get(ci)?.concept;
    Some(Suggestion {
        id: c.id.clone(),
        label: c.label.clone(),
        matched_label: li.checked_sub(1).and_then(|a| c.alt_labels.get(a)).cloned(),
        kind: c.kind,
    })
}

/// The same as [`suggest`], reading every label: the reference the index is tested against.
#[cfg(test)]
fn suggest_by_scan(taxonomy: &Taxonomy, typed: &str, options: &SuggestOptions) -> Vec<Suggestion> {
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
    found.into_iter().take(limit).filter_map(|(_, _, _, ci, li)| suggestion(taxonomy, ci, li)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Limits;
    use crate::model::Concept;

    fn taxonomy() -> Taxonomy {
        let concept = |id: &str, kind, label: &str, alts: &[&str]| Concept {
            id: id.into(),
            kind,
            label: label.into(),
            alt_labels: alts.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        use ConceptKind::*;
        Taxonomy::new(
            &[
                concept("o:vp", Occupation, "verpleegkundige", &["verpleger", "verpleegster", "wijkverpleegkundige"]),
                concept("o:vz", Occupation, "verzorgende", &["verzorgende IG", "helpende zorg"]),
                concept("o:hc", Occupation, "heftruckchauffeur", &["heftruckbestuurder", "chauffeur heftruck"]),
                concept("s:hr", Skill, "heftruck rijden", &["heftruckcertificaat"]),
                concept("s:vb", Skill, "verband aanleggen", &["wondzorg"]),
                concept("o:kok", Occupation, "kok", &["chef-kok", "zelfstandig werkend kok"]),
            ],
            &Limits::default(),
        )
        .unwrap()
    }

    #[test]
    fn the_index_suggests_what_reading_every_label_suggests() {
        let t = taxonomy();
        let typed =
            ["v", "ver", "verpl", "verpleg", "verpleeh", "heftr", "heftruk", "chauf", "kok", "zelfstandig w", "wond", "x", "heftruck r"];
        for typed in typed {
            for kind in [None, Some(ConceptKind::Skill), Some(ConceptKind::Occupation)] {
                for limit in [1, 2, 10] {
                    let options = SuggestOptions { limit, kind };
                    assert_eq!(suggest(&t, typed, &options), suggest_by_scan(&t, typed, &options), "{typed} {kind:?} {limit}");
                }
            }
        }
        assert_eq!(suggest(&t, "verpleeh", &SuggestOptions::default())[0].id, "o:vp", "a typo in the prefix");
    }

    #[test]
    fn on_the_real_esco_occupations_too() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/esco-nl/occupations_nl.csv");
        let mut esco = crate::import::esco::EscoTaxonomy::new();
        esco.add_occupations(&std::fs::read_to_string(path).unwrap(), "occupations_nl.csv").unwrap();
        let t = Taxonomy::new(&esco.finish(), &Limits::default()).unwrap();
        let mut checked = 0;
        for (i, entry) in t.entries().iter().enumerate().step_by(151) {
            let label = &entry.folded_labels[i % entry.folded_labels.len()];
            for n in [3, 6] {
                let prefix: String = label.chars().take(n).collect();
                // And the same with its last letter changed: a typo.
                let typo: String = prefix.chars().take(n.saturating_sub(1)).chain(std::iter::once('x')).collect();
                for typed in [prefix, typo] {
                    let options = SuggestOptions { limit: 8, kind: None };
                    assert_eq!(suggest(&t, &typed, &options), suggest_by_scan(&t, &typed, &options), "{typed}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 60, "{checked}");
    }
}
