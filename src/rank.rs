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
    let expired = matches!((v.valid_through, today), (Some(last), Some(today)) if last < today);
    let other_contract = !options.contract_types.is_empty() && v.source.contract_type.is_some_and(|t| !options.contract_types.contains(&t));
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
    let mut heap: BinaryHeap<Kept> = BinaryHeap::with_capacity(limit + 1);
    for index in indices {
        let Some(scored) = score(index, None) else { continue };
        if scored.excluded || scored.score < min_score {
            continue;
        }
        let kept = Kept { key: order_key(&scored), id: id(index), index };
        if heap.len() < limit {
            heap.push(kept);
        } else if heap.peek().is_some_and(|worst| kept < *worst) {
            heap.pop();
            heap.push(kept);
        }
    }
    heap.into_sorted_vec()
        .into_iter()
        .filter_map(|kept| {
            let mut explanation = Explanation::default();
            let scored = score(kept.index, Some(&mut explanation))?;
            Some(RankedResult { id: kept.id.to_owned(), score: scored.score, rules: RULESET_VERSION.to_owned(), explanation })
        })
        .collect()
}
