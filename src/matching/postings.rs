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

/// Lists of increasing vacancy numbers in one block of bytes, each in the smaller of two forms:
/// the differences between neighbours as LEB128 varints (most take one byte instead of four),
/// or, for a list that holds many of the vacancies, one bit per vacancy. Built in two passes
/// over the vacancies, the first measuring each list, so that the block is made once at its
/// exact size: WebAssembly memory never shrinks, and lists grown by doubling leave their
/// largest size behind.
#[derive(Debug, Default, Clone)]
struct Lists {
    /// List `k` is `bytes[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
    /// Per list (bit `k`): whether it is a bitmap rather than varint steps.
    bitmaps: Vec<u64>,
    bytes: Vec<u8>,
}

/// The step to store for `vacancy` in a list whose number after its last one is `*next` (0:
/// empty), updating `*next`; none when `vacancy` is its last number already. The first number
/// is stored as itself, each further one as the step from the last. Both passes use it, so
/// that the first measures exactly what the second writes.
fn step(next: &mut u32, vacancy: u32) -> Option<u32> {
    if *next == vacancy + 1 {
        return None;
    }
    let step = if *next == 0 { vacancy } else { vacancy - (*next - 1) };
    *next = vacancy + 1;
    Some(step)
}

/// What the first pass learns of each list: the number after its last one (0: none yet), and
/// its length in varint steps.
#[derive(Default)]
struct Measure {
    next: Vec<u32>,
    varint_bytes: Vec<usize>,
}

impl Measure {
    fn note(&mut self, key: usize, vacancy: u32) {
        if self.next.len() <= key {
            self.next.resize(key + 1, 0);
            self.varint_bytes.resize(key + 1, 0);
        }
        if let Some(step) = step(&mut self.next[key], vacancy) {
            self.varint_bytes[key] += crate::varint::len(step);
        }
    }

    /// Empty lists laid out in the form each takes best, for `count` vacancies.
    fn lay_out(self, count: usize) -> (Lists, Fill) {
        let bitmap_bytes = count.div_ceil(8);
        let keys = self.varint_bytes.len();
        let mut lists = Lists { starts: Vec::with_capacity(keys + 1), bitmaps: vec![0; keys.div_ceil(64)], bytes: Vec::new() };
        let mut total = 0usize;
        for (key, &varint) in self.varint_bytes.iter().enumerate() {
            lists.starts.push(total);
            if varint > bitmap_bytes {
                lists.bitmaps[key / 64] |= 1 << (key % 64);
                total += bitmap_bytes;
            } else {
                total += varint;
            }
        }
        lists.starts.push(total);
        lists.bytes = vec![0; total];
        let fill = Fill { at: lists.starts[..keys].to_vec(), next: self.next.into_iter().map(|_| 0).collect() };
        (lists, fill)
    }
}

/// Where the second pass writes next in each list, and the number after its last one.
struct Fill {
    at: Vec<usize>,
    next: Vec<u32>,
}

impl Lists {
    fn is_bitmap(&self, key: usize) -> bool {
        self.bitmaps.get(key / 64).is_some_and(|w| w & (1 << (key % 64)) != 0)
    }

    /// Writes `vacancy` into list `key` (second pass: the same calls as the first).
    fn put(&mut self, fill: &mut Fill, key: usize, vacancy: u32) {
        let (Some(next), Some(at)) = (fill.next.get_mut(key), fill.at.get_mut(key)) else { return };
        let Some(step) = step(next, vacancy) else { return };
        if self.is_bitmap(key) {
            self.bytes[self.starts[key] + vacancy as usize / 8] |= 1 << (vacancy % 8);
        } else {
            crate::varint::write(&mut self.bytes, at, step);
        }
    }

    fn list(&self, key: usize) -> &[u8] {
        match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&start), Some(&end)) => &self.bytes[start..end],
            _ => &[],
        }
    }

    /// Sets the bit of every number in list `key` in `bits` (one bit per vacancy).
    fn mark(&self, key: usize, bits: &mut [u64]) {
        let list = self.list(key);
        if self.is_bitmap(key) {
            for (i, &byte) in list.iter().enumerate() {
                if let Some(word) = bits.get_mut(i / 8) {
                    *word |= u64::from(byte) << ((i % 8) * 8);
                }
            }
            return;
        }
        let mut last: Option<u32> = None;
        for step in crate::varint::numbers(list) {
            let v = last.map_or(step, |l| l.wrapping_add(step));
            last = Some(v);
            if let Some(word) = bits.get_mut(v as usize / 64) {
                *word |= 1 << (v % 64);
            }
        }
    }

    /// The numbers in list `key`, in increasing order.
    #[cfg(test)]
    fn numbers(&self, key: usize, count: usize) -> Vec<u32> {
        let mut bits = vec![0u64; count.div_ceil(64)];
        self.mark(key, &mut bits);
        (0..count as u32).filter(|&v| has(&bits, v as usize)).collect()
    }
}

/// Calls `put` with each posting of `vacancies` (a concept's or not, its key, the vacancy's
/// number), in increasing vacancy order.
fn each_posting(vacancies: &[PreparedVacancy], terms: &TermTable, mut put: impl FnMut(bool, usize, u32)) {
    let (mut title, mut description) = (Vec::new(), Vec::new());
    for (i, v) in vacancies.iter().enumerate() {
        let i = i as u32;
        v.record.terms_into(&mut title, &mut description);
        let skill_terms = v.skills().flat_map(|s| s.terms.iter());
        for &t in title.iter().chain(&description).chain(skill_terms) {
            put(false, t as usize, i);
            for &part in terms.parts(t) {
                put(false, part as usize, i);
            }
        }
        let concepts = v
            .occupations
            .iter()
            .map(|o| o.concept)
            .chain(v.skills().filter_map(|s| s.concept))
            .chain(v.text_skills.iter().map(|f| f.concept));
        for c in concepts {
            put(true, c as usize, i);
        }
    }
}

impl Postings {
    /// The postings of `vacancies` (numbered by position), with the compound parts of their
    /// terms from `terms`.
    pub fn new(vacancies: &[PreparedVacancy], terms: &TermTable) -> Postings {
        let (mut by_term, mut by_concept) = (Measure::default(), Measure::default());
        each_posting(vacancies, terms, |concept, k, v| if concept { by_concept.note(k, v) } else { by_term.note(k, v) });
        let (mut term_lists, mut term_fill) = by_term.lay_out(vacancies.len());
        let (mut concept_lists, mut concept_fill) = by_concept.lay_out(vacancies.len());
        each_posting(vacancies, terms, |concept, k, v| {
            if concept {
                concept_lists.put(&mut concept_fill, k, v)
            } else {
                term_lists.put(&mut term_fill, k, v)
            }
        });
        Postings { by_term: term_lists, by_concept: concept_lists }
    }

    /// One bit per vacancy (of `count`): whether it holds one of `terms` or `concepts`.
    pub fn reach(&self, count: usize, terms: impl Iterator<Item = TermId>, concepts: impl Iterator<Item = u32>) -> Vec<u64> {
        let mut bits = vec![0u64; count.div_ceil(64)];
        for t in terms {
            self.by_term.mark(t as usize, &mut bits);
        }
        for c in concepts {
            self.by_concept.mark(c as usize, &mut bits);
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

    /// Lists built through both passes from `(key, number)` pairs, for `count` vacancies.
    fn built(pairs: &[(usize, u32)], count: usize) -> Lists {
        let mut measure = Measure::default();
        pairs.iter().for_each(|&(k, v)| measure.note(k, v));
        let (mut lists, mut fill) = measure.lay_out(count);
        pairs.iter().for_each(|&(k, v)| lists.put(&mut fill, k, v));
        lists
    }

    #[test]
    fn lists_give_back_the_numbers_put_in_whatever_their_steps() {
        let numbers = [0u32, 1, 2, 129, 130, 16_500, 2_100_000, 2_100_001, 3_000_000];
        let mut pairs = Vec::new();
        for &n in &numbers {
            pairs.extend([(3, n), (3, n), (0, n + 5)]); // twice in a row: kept once
        }
        let lists = built(&pairs, 3_000_010);
        assert!(!lists.is_bitmap(3) && !lists.is_bitmap(0), "few numbers among many vacancies: steps");
        assert_eq!(lists.numbers(3, 3_000_010), numbers);
        assert_eq!(lists.numbers(0, 3_000_010), numbers.map(|n| n + 5));
        assert_eq!(lists.numbers(1, 3_000_010).len() + lists.numbers(99, 3_000_010).len(), 0);
        assert!(lists.list(3).len() < 4 * numbers.len(), "{} bytes", lists.list(3).len());
    }

    #[test]
    fn a_list_holding_many_vacancies_is_a_bitmap_with_the_same_numbers() {
        let count = 1000;
        let dense: Vec<u32> = (0..count as u32).filter(|v| v % 3 != 1).collect();
        let sparse = [7u32, 500, 999];
        let mut pairs: Vec<(usize, u32)> = Vec::new();
        for v in 0..count as u32 {
            if dense.contains(&v) {
                pairs.push((2, v));
            }
            if sparse.contains(&v) {
                pairs.push((5, v));
            }
        }
        let lists = built(&pairs, count);
        assert!(lists.is_bitmap(2) && !lists.is_bitmap(5));
        assert_eq!(lists.list(2).len(), count / 8, "one bit per vacancy");
        assert_eq!(lists.numbers(2, count), dense);
        assert_eq!(lists.numbers(5, count), sparse);
        assert_eq!(lists.bytes.len(), count / 8 + 1 + 2 + 2, "made at its exact size (steps 7, 493, 499)");
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
