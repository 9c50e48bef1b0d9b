//! Finding loaded vacancies by words (the employer's vacancy picker, [`crate::Engine::find_vacancies`]):
//! every word of the query must occur in the vacancy's title, employer or place, compared after
//! the same Dutch normalisation the matching uses ([`crate::text::fold`] and
//! [`crate::text::tokens`]: case, diacritics, punctuation, plurals, stop words). No ranking by
//! profile: this only lists.

use crate::model::Vacancy;
use crate::text::{fold, tokens};
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Settings for [`Engine::find_vacancies`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct FindOptions {
    /// Most vacancies returned (1–100). Default 10.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub limit: u32,
}

impl Default for FindOptions {
    fn default() -> Self {
        FindOptions { limit: 10 }
    }
}

/// Most vacancies [`Engine::find_vacancies`] returns, whatever the limit asked.
pub const MAX_FIND_LIMIT: u32 = 100;

/// A vacancy found by words: what a picker shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FoundVacancy {
    /// The vacancy's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its employer, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub employer: Option<String>,
    /// Its place, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub place: Option<String>,
}

/// The folded title, employer and place of every loaded vacancy, in the engine's order: built
/// at the first search after a change (like the grid), so a picker's keystrokes only compare.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Per vacancy: the folded title with single spaces (sort key and first-word test), and the
    /// folded title, employer and place together (for the words).
    entries: Vec<(String, String)>,
}

impl SearchIndex {
    /// Folds the searchable text of `vacancies` once (each may be decoded for this and
    /// dropped: the index keeps only the folded text).
    pub fn new<V: std::borrow::Borrow<Vacancy>>(vacancies: impl Iterator<Item = V>) -> Self {
        let entries = vacancies
            .map(|v| {
                let v = v.borrow();
                let title = fold(&v.title).split_whitespace().collect::<Vec<_>>().join(" ");
                let mut text = title.clone();
                for part in [v.employer.as_deref(), v.location.as_ref().and_then(|l| l.place.as_deref())].into_iter().flatten() {
                    text.push(' ');
                    text.push_str(&fold(part));
                }
                (title, text)
            })
            .collect();
        SearchIndex { entries }
    }

    /// The positions (in the order the index was built from) of the vacancies whose text holds
    /// every word of `query`, those whose title starts with the first word first, then by title
    /// and by `id(position)`; at most `options.limit` (1–[`MAX_FIND_LIMIT`]).
    pub fn find<'a>(&self, query: &str, options: &FindOptions, id: impl Fn(usize) -> &'a str) -> Vec<usize> {
        let words = tokens(query);
        let limit = options.limit.clamp(1, MAX_FIND_LIMIT) as usize;
        // The best `limit` so far, in order: a small insertion instead of sorting every match
        // (and no sort code in the WebAssembly module for it).
        let mut best: Vec<(bool, &str, &str, usize)> = Vec::with_capacity(limit + 1);
        for (i, (title, text)) in self.entries.iter().enumerate() {
            if !words.iter().all(|w| text.contains(w.as_str())) {
                continue;
            }
            let key = (words.first().is_some_and(|w| !title.starts_with(w.as_str())), title.as_str(), id(i), i);
            if best.len() == limit && key >= best[limit - 1] {
                continue;
            }
            let at = best.partition_point(|b| *b < key);
            best.insert(at, key);
            best.truncate(limit);
        }
        best.into_iter().map(|(.., i)| i).collect()
    }
}

impl FoundVacancy {
    /// What a picker shows of `v`.
    pub fn of(v: &Vacancy) -> Self {
        FoundVacancy {
            id: v.id.clone(),
            title: v.title.clone(),
            employer: v.employer.clone(),
            place: v.location.as_ref().and_then(|l| l.place.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Location;
    use crate::Engine;

    fn vacancy(id: &str, title: &str, employer: &str, place: &str) -> Vacancy {
        Vacancy {
            id: id.into(),
            title: title.into(),
            employer: Some(employer.into()),
            location: Some(Location { place: Some(place.into()), ..Default::default() }),
            ..Default::default()
        }
    }

    fn engine() -> Engine {
        Engine::with_vacancies(
            vec![
                vacancy("v1", "Heftruckchauffeur", "Van Dijk Logistiek", "Waalwijk"),
                vacancy("v2", "Medewerker financiële administratie", "Gemeente Tilburg", "Tilburg"),
                vacancy("v3", "Chauffeur C/CE", "Transportbedrijf Smit", "Tilburg"),
                vacancy("v4", "Kok", "Café De Zwaan", "Breda"),
            ],
            &[],
            &[],
        )
        .unwrap()
    }

    fn ids(found: Vec<FoundVacancy>) -> Vec<String> {
        found.into_iter().map(|f| f.id).collect()
    }

    #[test]
    fn words_match_after_dutch_normalisation() {
        let e = engine();
        let find = |q: &str| ids(e.find_vacancies(q, &FindOptions::default()));
        assert_eq!(find("FINANCIELE"), ["v2"], "case and diacritics fold");
        assert_eq!(find("financiële administratie"), ["v2"]);
        assert_eq!(find("cafe"), ["v4"], "employer");
        assert_eq!(find("chauffeurs"), ["v3", "v1"], "plural, part of a compound; title starting with the word first");
        assert_eq!(find("chauffeur tilburg"), ["v3"], "every word must occur");
        assert_eq!(find("kok in breda"), ["v4"], "stop words are ignored");
        assert!(find("lasser").is_empty());
    }

    #[test]
    fn an_empty_query_lists_by_title_and_the_limit_holds() {
        let e = engine();
        assert_eq!(ids(e.find_vacancies("  ", &FindOptions::default())), ["v3", "v1", "v4", "v2"]);
        assert_eq!(ids(e.find_vacancies("", &FindOptions { limit: 2 })), ["v3", "v1"]);
        assert_eq!(e.find_vacancies("", &FindOptions { limit: 0 }).len(), 1, "at least one");
    }

    #[test]
    fn found_vacancies_carry_what_a_picker_shows() {
        let found = engine().find_vacancies("kok", &FindOptions::default());
        assert_eq!(
            found,
            [FoundVacancy { id: "v4".into(), title: "Kok".into(), employer: Some("Café De Zwaan".into()), place: Some("Breda".into()) }]
        );
    }

    #[test]
    fn the_index_follows_added_and_removed_vacancies() {
        let mut e = engine();
        assert_eq!(ids(e.find_vacancies("kok", &FindOptions::default())), ["v4"]);
        e.add_vacancies(vec![vacancy("v5", "Kok", "Hotel Noord", "Groningen")]).unwrap();
        assert_eq!(ids(e.find_vacancies("kok", &FindOptions::default())), ["v4", "v5"]);
        e.remove_vacancies(&["v4".to_owned(), "v1".to_owned()]);
        assert_eq!(ids(e.find_vacancies("kok", &FindOptions::default())), ["v5"]);
        assert_eq!(ids(e.find_vacancies("", &FindOptions::default())), ["v3", "v5", "v2"]);
    }

    #[test]
    fn the_limit_keeps_the_best_in_order() {
        let many: Vec<Vacancy> = (0..50).rev().map(|i| vacancy(&format!("k{i:02}"), &format!("Kok {i:02}"), "Eethuis", "Breda")).collect();
        let e = Engine::with_vacancies(many, &[], &[]).unwrap();
        assert_eq!(ids(e.find_vacancies("kok", &FindOptions { limit: 3 })), ["k00", "k01", "k02"]);
        assert_eq!(ids(e.find_vacancies("eethuis", &FindOptions { limit: 2 })), ["k00", "k01"], "the first word not in the title");
    }
}
