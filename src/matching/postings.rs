//! [`Postings`]: for each term and each taxonomy concept, the vacancies that hold it (in a
//! title, a description, a listed skill, or as an occupation or skill concept). A ranking
//! reads the postings of the terms and concepts its profile matches, and scans only the
//! vacancies they reach; the others earn nothing for skills and occupations.

use super::terms::TermTable;
use crate::prepared::PreparedVacancy;
use crate::vocab::TermId;

/// Vacancy numbers (positions in the engine) per term and per concept.
#[derive(Debug, Default, Clone)]
pub struct Postings {
    by_term: Vec<Vec<u32>>,
    by_concept: Vec<Vec<u32>>,
}

fn push(lists: &mut Vec<Vec<u32>>, key: usize, vacancy: u32) {
    if lists.len() <= key {
        lists.resize(key + 1, Vec::new());
    }
    let list = &mut lists[key];
    if list.last() != Some(&vacancy) {
        list.push(vacancy);
    }
}

impl Postings {
    /// The postings of `vacancies` (numbered by position), with the compound parts of their
    /// terms from `terms`.
    pub fn new(vacancies: &[PreparedVacancy], terms: &TermTable) -> Postings {
        let mut postings = Postings::default();
        for (i, v) in vacancies.iter().enumerate() {
            let i = i as u32;
            let fields = v.title.iter().chain(&v.description).chain(v.skills.iter().flat_map(|s| &s.terms));
            for &term in fields {
                push(&mut postings.by_term, term as usize, i);
                for &part in terms.parts(term) {
                    push(&mut postings.by_term, part as usize, i);
                }
            }
            let concepts = v
                .occupations
                .iter()
                .map(|o| o.concept)
                .chain(v.skills.iter().filter_map(|s| s.concept))
                .chain(v.text_skills.iter().map(|f| f.concept));
            for c in concepts {
                push(&mut postings.by_concept, c as usize, i);
            }
        }
        // A vacancy can list a term twice in one field and again in another: keep each once.
        for list in postings.by_term.iter_mut().chain(postings.by_concept.iter_mut()) {
            list.sort_unstable();
            list.dedup();
        }
        postings
    }

    /// One bit per vacancy (of `count`): whether it holds one of `terms` or `concepts`.
    pub fn reach(&self, count: usize, terms: impl Iterator<Item = TermId>, concepts: impl Iterator<Item = u32>) -> Vec<u64> {
        let mut bits = vec![0u64; count.div_ceil(64)];
        let lists = terms.filter_map(|t| self.by_term.get(t as usize)).chain(concepts.filter_map(|c| self.by_concept.get(c as usize)));
        for list in lists {
            for &v in list {
                if let Some(word) = bits.get_mut(v as usize / 64) {
                    *word |= 1 << (v % 64);
                }
            }
        }
        bits
    }
}

/// Whether bit `i` is set.
pub fn has(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::GeoTable;
    use crate::taxonomy::Taxonomy;
    use crate::vocab::Vocab;
    use crate::Vacancy;

    #[test]
    fn a_vacancy_is_reached_through_any_of_its_terms() {
        let mut vocab = Vocab::default();
        let (taxonomy, geo) = (Taxonomy::default(), GeoTable::default());
        let vacancies: Vec<PreparedVacancy> = [("a", "Kok", "Je kookt"), ("b", "Schoonmaker", "Je maakt schoon"), ("c", "Kok", "")]
            .iter()
            .map(|(id, title, text)| {
                let v = Vacancy { id: id.to_string(), title: title.to_string(), description: Some(text.to_string()), ..Default::default() };
                PreparedVacancy::new(v, &mut vocab, &taxonomy, &geo)
            })
            .collect();
        let postings = Postings::new(&vacancies, &TermTable::default());
        let kok = vocab.get("kok").unwrap();
        let reach = postings.reach(3, [kok].into_iter(), std::iter::empty());
        assert_eq!((has(&reach, 0), has(&reach, 1), has(&reach, 2)), (true, false, true));
        let schoon = vocab.get("schoon").unwrap();
        assert!(has(&postings.reach(3, [schoon].into_iter(), std::iter::empty()), 1), "through the description");
    }
}
