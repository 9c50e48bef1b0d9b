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
    by_term: Lists,
    by_concept: Lists,
}

/// Lists of increasing vacancy numbers, each kept as the differences between neighbours in
/// LEB128 varints (most take one byte instead of four): 100k vacancies' postings take about a
/// third of the memory of plain `u32` lists, built without a plain copy of them.
#[derive(Debug, Default, Clone)]
struct Lists {
    lists: Vec<Vec<u8>>,
    /// Per list, the last number in it plus one (0: empty).
    next: Vec<u32>,
}

impl Lists {
    /// Adds `vacancy` to list `key` unless it is its last number already (numbers come in
    /// increasing order).
    fn push(&mut self, key: usize, vacancy: u32) {
        if self.lists.len() <= key {
            self.lists.resize(key + 1, Vec::new());
            self.next.resize(key + 1, 0);
        }
        let next = &mut self.next[key];
        if *next == vacancy + 1 {
            return;
        }
        // The first number is stored as itself, each further one as the step from the last.
        let step = if *next == 0 { vacancy } else { vacancy - (*next - 1) };
        *next = vacancy + 1;
        crate::varint::push(&mut self.lists[key], step);
    }

    /// Gives the lists back their spare room once built.
    fn shrink(&mut self) {
        self.lists.iter_mut().for_each(Vec::shrink_to_fit);
        self.next = Vec::new();
    }

    /// The numbers in list `key`, in increasing order.
    fn numbers(&self, key: usize) -> impl Iterator<Item = u32> + '_ {
        let bytes = self.lists.get(key).map_or(&[][..], Vec::as_slice);
        let mut last: Option<u32> = None;
        crate::varint::numbers(bytes).map(move |step| {
            let number = last.map_or(step, |l| l.wrapping_add(step));
            last = Some(number);
            number
        })
    }
}

impl Postings {
    /// The postings of `vacancies` (numbered by position), with the compound parts of their
    /// terms from `terms`.
    pub fn new(vacancies: &[PreparedVacancy], terms: &TermTable) -> Postings {
        let mut postings = Postings::default();
        for (i, v) in vacancies.iter().enumerate() {
            let i = i as u32;
            let fields = v.record.terms().chain(v.skills.iter().flat_map(|s| s.terms.iter().copied()));
            for term in fields {
                postings.by_term.push(term as usize, i);
                for &part in terms.parts(term) {
                    postings.by_term.push(part as usize, i);
                }
            }
            let concepts = v
                .occupations
                .iter()
                .map(|o| o.concept)
                .chain(v.skills.iter().filter_map(|s| s.concept))
                .chain(v.text_skills.iter().map(|f| f.concept));
            for c in concepts {
                postings.by_concept.push(c as usize, i);
            }
        }
        postings.by_term.shrink();
        postings.by_concept.shrink();
        postings
    }

    /// One bit per vacancy (of `count`): whether it holds one of `terms` or `concepts`.
    pub fn reach(&self, count: usize, terms: impl Iterator<Item = TermId>, concepts: impl Iterator<Item = u32>) -> Vec<u64> {
        let mut bits = vec![0u64; count.div_ceil(64)];
        let numbers =
            terms.flat_map(|t| self.by_term.numbers(t as usize)).chain(concepts.flat_map(|c| self.by_concept.numbers(c as usize)));
        for v in numbers {
            if let Some(word) = bits.get_mut(v as usize / 64) {
                *word |= 1 << (v % 64);
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
    fn lists_give_back_the_numbers_put_in_whatever_their_steps() {
        let numbers = [0u32, 1, 2, 129, 130, 16_500, 2_100_000, 2_100_001, 300_000_000];
        let mut lists = Lists::default();
        for &n in &numbers {
            lists.push(3, n);
            lists.push(3, n); // twice in a row: kept once
            lists.push(0, n + 5);
        }
        lists.shrink();
        assert_eq!(lists.numbers(3).collect::<Vec<_>>(), numbers);
        assert_eq!(lists.numbers(0).collect::<Vec<_>>(), numbers.map(|n| n + 5));
        assert_eq!(lists.numbers(1).count() + lists.numbers(99).count(), 0);
        assert!(lists.lists[3].len() < 4 * numbers.len(), "{} bytes", lists.lists[3].len());
    }

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
