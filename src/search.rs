//! Finding loaded vacancies by words (the employer's vacancy picker): every word of the query
//! must occur in the vacancy's title, employer or place, compared after the same Dutch
//! normalisation the matching uses ([`crate::text::fold`] and [`crate::text::tokens`]: case,
//! diacritics, punctuation, plurals, stop words). No ranking by profile: this only lists.

use crate::model::Vacancy;
use crate::text::{fold, tokens};
use crate::Engine;
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Settings for [`Engine::find_vacancies`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct FindOptions {
    /// Most vacancies returned (1–1000). Default 10.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub limit: u32,
}

impl Default for FindOptions {
    fn default() -> Self {
        FindOptions { limit: 10 }
    }
}

/// Most vacancies [`Engine::find_vacancies`] returns, whatever the limit asked.
pub const MAX_FIND_LIMIT: u32 = 1000;

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

impl Engine {
    /// The loaded vacancies whose title, employer or place contain every word of `query`
    /// (after normalisation; a word may be part of a longer one: "chauffeur" finds
    /// "Heftruckchauffeur"). Those whose title starts with the first word come first, then
    /// by title and id. An empty query lists every vacancy by title.
    pub fn find_vacancies(&self, query: &str, options: &FindOptions) -> Vec<FoundVacancy> {
        let words = tokens(query);
        let limit = options.limit.clamp(1, MAX_FIND_LIMIT) as usize;
        let mut found: Vec<(bool, String, &Vacancy)> = self
            .ids()
            .filter_map(|id| self.vacancy(id))
            .filter_map(|v| {
                let title = fold(&v.title);
                let text = [Some(title.as_str()), v.employer.as_deref(), v.location.as_ref().and_then(|l| l.place.as_deref())]
                    .into_iter()
                    .flatten()
                    .map(fold)
                    .collect::<Vec<_>>()
                    .join(" ");
                words.iter().all(|w| text.contains(w.as_str())).then(|| {
                    let starts = words.first().is_none_or(|w| title.trim_start().starts_with(w.as_str()));
                    (!starts, title.split_whitespace().collect::<Vec<_>>().join(" "), v)
                })
            })
            .collect();
        found.sort_by(|a, b| (a.0, &a.1, &a.2.id).cmp(&(b.0, &b.1, &b.2.id)));
        found
            .into_iter()
            .take(limit)
            .map(|(_, _, v)| FoundVacancy {
                id: v.id.clone(),
                title: v.title.clone(),
                employer: v.employer.clone(),
                place: v.location.as_ref().and_then(|l| l.place.clone()),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Location;

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
}
