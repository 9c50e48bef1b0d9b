//! Top-k selection: score every item cheaply, keep the best k (ties broken by id), and
//! explain only those k. Used for vacancies and, in the employer preview, for candidates.

use crate::explain::{Explanation, RankedResult};
use crate::model::RankOptions;
use crate::prepared::PreparedVacancy;
use crate::rules::RULESET_VERSION;
use crate::score::{order_key, Scored};
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// Whether options exclude a vacancy before scoring (expired, or another contract type).
pub fn excluded_by_options(v: &PreparedVacancy, options: &RankOptions, today: Option<i64>) -> bool {
    let expired = matches!((v.valid_through, today), (Some(last), Some(today)) if i64::from(last) < today);
    let other_contract =
        !options.contract_types.is_empty() && v.conditions.contract_type.is_some_and(|t| !options.contract_types.contains(&t));
    expired || other_contract
}

/// A kept item. Ordered so that "greater" means worse: the max-heap keeps the worst on top.
struct Kept<'a> {
    key: u64,
    id: &'a str,
    index: usize,
}

impl Ord for Kept<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        Reverse(self.key).cmp(&Reverse(other.key)).then_with(|| self.id.cmp(other.id))
    }
}
impl PartialOrd for Kept<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Kept<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Kept<'_> {}

/// The best `limit` items seen so far (with at least `min_score`), ties by id: items are
/// offered one by one with their score, and [`TopK::finish`] explains only those kept.
pub struct TopK<'a> {
    heap: BinaryHeap<Kept<'a>>,
    limit: usize,
    min_score: u32,
}

impl<'a> TopK<'a> {
    /// Keeps the best `limit` items scoring at least `min_score`.
    pub fn new(limit: usize, min_score: u32) -> Self {
        TopK { heap: BinaryHeap::with_capacity(limit + 1), limit, min_score }
    }

    /// Offers item `index` (named `id`) with its score.
    pub fn offer(&mut self, index: usize, scored: Scored, id: &'a str) {
        if scored.excluded || scored.score < self.min_score {
            return;
        }
        let kept = Kept { key: order_key(&scored), id, index };
        if self.heap.len() < self.limit {
            self.heap.push(kept);
        } else if self.heap.peek().is_some_and(|worst| kept < *worst) {
            self.heap.pop();
            self.heap.push(kept);
        }
    }

    /// Whether as many items are kept as asked for: from then on an item must beat one.
    pub fn is_full(&self) -> bool {
        self.heap.len() >= self.limit
    }

    /// Whether an item scoring at most `best` (exact, 0–100) could still be kept: false when
    /// `best` is under the least score asked for, or the kept items all score more. Lets a
    /// ranking leave out items whose score has a low upper bound without changing the answer.
    pub fn could_keep(&self, best: f64) -> bool {
        let best = best * (1.0 + 1e-9) + 1e-9;
        let shown = best.round() as u32;
        if shown < self.min_score {
            return false;
        }
        let key = order_key(&Scored { exact: best, score: shown, excluded: false });
        self.heap.len() < self.limit || self.heap.peek().is_some_and(|worst| key >= worst.key)
    }

    /// The kept items, best first, each scored again by `score(i, Some(e))` to fill in its
    /// explanation.
    pub fn finish(self, mut score: impl FnMut(usize, Option<&mut Explanation>) -> Option<Scored>) -> Vec<RankedResult> {
        self.heap
            .into_sorted_vec()
            .into_iter()
            .filter_map(|kept| {
                let mut explanation = Explanation::default();
                let scored = score(kept.index, Some(&mut explanation))?;
                Some(RankedResult { id: kept.id.to_owned(), score: scored.score, rules: RULESET_VERSION.to_owned(), explanation })
            })
            .collect()
    }
}

/// Ranks the items `indices`: `score(i, None)` scores item `i` (`None` = left out by options),
/// `score(i, Some(e))` scores it again filling in `e`, and `id(i)` names it. Returns the best
/// `limit` with at least `min_score`, best first, ties by id.
pub fn top_k<'a>(
    indices: impl IntoIterator<Item = usize>,
    limit: usize,
    min_score: u32,
    mut score: impl FnMut(usize, Option<&mut Explanation>) -> Option<Scored>,
    id: impl Fn(usize) -> &'a str,
) -> Vec<RankedResult> {
    let mut kept = TopK::new(limit, min_score);
    for index in indices {
        if let Some(scored) = score(index, None) {
            kept.offer(index, scored, id(index));
        }
    }
    kept.finish(score)
}
