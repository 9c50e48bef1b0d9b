//! [`IdIndex`]: finds a vacancy's position by its id without a second copy of the ids. A hash
//! table of positions (open addressing, linear probing); the ids stay in the vacancies, and
//! the caller says which id a position has. At 100k vacancies it takes 1 MB, where a map from
//! id strings took about 4 MB in WebAssembly memory.

/// A slot: a position and the hash of its id (`EMPTY` position: free).
#[derive(Debug, Clone, Copy)]
struct Slot {
    position: u32,
    hash: u32,
}

const EMPTY: Slot = Slot { position: u32::MAX, hash: 0 };

/// Positions by id. Every call passes `id_of`, the id at a position (a `dyn` function: one
/// copy of each method in the module).
#[derive(Debug, Default, Clone)]
pub struct IdIndex {
    slots: Vec<Slot>,
    len: usize,
}

/// The hash of an id: FNV-1a over its bytes, then mixed (murmur3's finaliser) so that ids
/// that differ in one letter land far apart. 32 bits on every platform: a hasher of the
/// machine's word size gives other slots in WebAssembly than in the native tests.
fn hash_of(id: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in id.as_bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

impl IdIndex {
    /// An index with room for `count` positions before it grows.
    pub fn with_capacity(count: usize) -> IdIndex {
        IdIndex { slots: vec![EMPTY; Self::slots_for(count)], len: 0 }
    }

    /// Slots for `count` positions: a power of two, at most 7/8 full.
    fn slots_for(count: usize) -> usize {
        (count.saturating_mul(8) / 7 + 1).next_power_of_two().max(8)
    }

    /// Number of positions held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no position.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot holding `id`'s position, if any.
    fn find<'a>(&self, id: &str, id_of: &dyn Fn(u32) -> &'a str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let hash = hash_of(id);
        let mut at = hash as usize & self.mask();
        loop {
            let slot = self.slots[at];
            if slot.position == u32::MAX {
                return None;
            }
            if slot.hash == hash && id_of(slot.position) == id {
                return Some(at);
            }
            at = (at + 1) & self.mask();
        }
    }

    /// The position of `id`.
    pub fn get<'a>(&self, id: &str, id_of: &dyn Fn(u32) -> &'a str) -> Option<usize> {
        self.find(id, id_of).map(|at| self.slots[at].position as usize)
    }

    /// Adds `position` (whose id is `id`, not yet held); returns the position already held
    /// for `id` instead, if there is one.
    pub fn insert<'a>(&mut self, id: &str, position: u32, id_of: &dyn Fn(u32) -> &'a str) -> Result<(), usize> {
        if let Some(at) = self.find(id, id_of) {
            return Err(self.slots[at].position as usize);
        }
        if self.slots.len() < Self::slots_for(self.len + 1) {
            self.grow();
        }
        let hash = hash_of(id);
        let mut at = hash as usize & self.mask();
        while self.slots[at].position != u32::MAX {
            at = (at + 1) & self.mask();
        }
        self.slots[at] = Slot { position, hash };
        self.len += 1;
        Ok(())
    }

    fn grow(&mut self) {
        let size = Self::slots_for(self.len + 1).max(self.slots.len() * 2);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for slot in old.into_iter().filter(|s| s.position != u32::MAX) {
            let mut at = slot.hash as usize & self.mask();
            while self.slots[at].position != u32::MAX {
                at = (at + 1) & self.mask();
            }
            self.slots[at] = slot;
        }
    }

    /// Removes `id`; returns its position.
    pub fn remove<'a>(&mut self, id: &str, id_of: &dyn Fn(u32) -> &'a str) -> Option<usize> {
        let mut hole = self.find(id, id_of)?;
        let position = self.slots[hole].position as usize;
        self.slots[hole] = EMPTY;
        self.len -= 1;
        // Backward shift: move later slots of the same run into the hole when their home
        // allows it, so that every lookup still finds its slot before a free one.
        let mut at = hole;
        loop {
            at = (at + 1) & self.mask();
            let slot = self.slots[at];
            if slot.position == u32::MAX {
                return Some(position);
            }
            let home = slot.hash as usize & self.mask();
            if (at.wrapping_sub(home) & self.mask()) >= (at.wrapping_sub(hole) & self.mask()) {
                self.slots[hole] = slot;
                self.slots[at] = EMPTY;
                hole = at;
            }
        }
    }

    /// Records that `id`, held at position `from`, now has position `to` (it moved; `from`
    /// may already be past the end of the caller's list).
    pub fn relocate(&mut self, id: &str, from: u32, to: u32) {
        if self.slots.is_empty() {
            return;
        }
        let mut at = hash_of(id) as usize & self.mask();
        while self.slots[at].position != u32::MAX {
            if self.slots[at].position == from {
                self.slots[at].position = to;
                return;
            }
            at = (at + 1) & self.mask();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_differ_in_a_digit_spread_over_the_slots() {
        let ids: Vec<String> = (0..100_000).map(|i| format!("b{i:06}")).collect();
        let mut index = IdIndex::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            index.insert(id, i as u32, &|p| ids[p as usize].as_str()).unwrap();
        }
        // The longest run of taken slots: linear probing reads at most that far.
        let (mut run, mut longest) = (0, 0);
        for slot in index.slots.iter().chain(index.slots.iter()) {
            run = if slot.position == u32::MAX { 0 } else { run + 1 };
            longest = longest.max(run);
        }
        assert!(longest < 400, "a run of {longest} taken slots among {}", index.slots.len());
        assert_eq!(index.get("b054321", &|p| ids[p as usize].as_str()), Some(54_321));
    }

    #[test]
    fn finds_what_a_map_finds_through_inserts_removals_and_moves() {
        // Ids as positions in a list that, like an engine's vacancies, removes by swapping
        // the last one into the hole.
        let mut ids: Vec<String> = Vec::new();
        let mut index = IdIndex::default();
        let mut map = std::collections::HashMap::new();
        let mut state = 12345u64;
        let mut next = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        for round in 0..4000 {
            let id = format!("v{}", next() % 900);
            if next() % 3 == 0 {
                let removed = {
                    let list = &ids;
                    index.remove(&id, &|p| list[p as usize].as_str())
                };
                assert_eq!(removed, map.remove(&id), "round {round}: remove {id}");
                if let Some(hole) = removed {
                    ids.swap_remove(hole);
                    if let Some(moved) = ids.get(hole).cloned() {
                        index.relocate(&moved, ids.len() as u32, hole as u32);
                        map.insert(moved, hole);
                    }
                }
            } else {
                let position = ids.len() as u32;
                let result = {
                    let list = &ids;
                    index.insert(&id, position, &|p| list[p as usize].as_str())
                };
                match map.get(&id) {
                    Some(&held) => assert_eq!(result, Err(held), "round {round}: {id} held"),
                    None => {
                        assert_eq!(result, Ok(()));
                        ids.push(id.clone());
                        map.insert(id, position as usize);
                    }
                }
            }
            assert_eq!(index.len(), map.len());
            if round % 50 == 0 {
                for (id, &position) in &map {
                    assert_eq!(index.get(id, &|p| ids[p as usize].as_str()), Some(position), "round {round}: {id}");
                }
            }
        }
        for (id, &position) in &map {
            assert_eq!(index.get(id, &|p| ids[p as usize].as_str()), Some(position));
        }
        assert_eq!(index.get("v-none", &|p| ids[p as usize].as_str()), None);
        assert!(index.slots.len() <= 2048, "{} slots for at most 900 ids", index.slots.len());
    }
}
