//! Index files of an [`Engine`]: writing one (whole, as shards, or as the base of a shard
//! set), loading one, and adding one to a loaded engine.

use super::Engine;
use crate::error::InputError;
use crate::grid::Grid;
use crate::id_index::IdIndex;
use crate::index::{read_index_kept, write_index, DescriptionMode, IndexRef};
use crate::limits::{Limits, MEMORY_PER_INDEX_BYTE};
use crate::prepared::{PreparedSkill, PreparedVacancy};
use crate::record::{KeptFile, Record};
use crate::vocab::{TermId, Vocab};
use rustc_hash::FxHashMap;
use std::sync::Arc;

impl Engine {
    /// Writes the engine (vacancies as prepared, taxonomy, geo table) as an index file that
    /// [`Engine::from_index`] loads without preparing anything again. `descriptions` sets how
    /// much of each description to keep for display (matching uses the prepared terms).
    pub fn to_index(&self, descriptions: DescriptionMode) -> Vec<u8> {
        write_index(&IndexRef {
            taxonomy_check: self.taxonomy_check,
            concepts: self.taxonomy.entries().iter().map(|e| &e.concept).collect(),
            geo: self.geo.entries(),
            terms: self.vocab.terms(),
            term: &|t| t,
            vacancies: Grid::cell_order(&self.vacancies).into_iter().map(|i| &self.vacancies[i]).collect(),
            descriptions,
        })
    }

    /// Writes the vacancies as index files of their own (shards), each with only the terms its
    /// vacancies use, for [`Engine::add_index`] on an engine with the same taxonomy;
    /// `part_of[i]` says which of the `parts` files vacancy `i` (in [`Engine::prepared`] order)
    /// goes to. Returns each file with its number of vacancies.
    pub fn to_index_parts(&self, descriptions: DescriptionMode, parts: usize, part_of: &[usize]) -> Vec<(usize, Vec<u8>)> {
        let mut members: Vec<Vec<&PreparedVacancy>> = vec![Vec::new(); parts];
        for (v, &part) in self.vacancies.iter().zip(part_of) {
            if let Some(part) = members.get_mut(part) {
                part.push(v);
            }
        }
        members
            .into_iter()
            .map(|vacancies| {
                // The shard's own vocabulary: the terms its vacancies use, in the order met.
                let mut vocab = Vocab::default();
                let mut local: FxHashMap<TermId, TermId> = FxHashMap::default();
                let terms_of = |v: &&PreparedVacancy| {
                    let skill_terms = v.skills().flat_map(|s| s.terms.iter());
                    v.record.terms().chain(skill_terms.copied()).collect::<Vec<_>>()
                };
                for t in vacancies.iter().flat_map(terms_of) {
                    local.entry(t).or_insert_with(|| vocab.intern(self.vocab.term(t)));
                }
                let bytes = write_index(&IndexRef {
                    taxonomy_check: self.taxonomy_check,
                    concepts: Vec::new(),
                    geo: Vec::new(),
                    terms: vocab.terms(),
                    term: &|t| local.get(&t).copied().unwrap_or(t),
                    vacancies: vacancies.clone(),
                    descriptions,
                });
                (vacancies.len(), bytes)
            })
            .collect()
    }

    /// An index file with the taxonomy and geo table but no vacancies: the base of a shard set.
    pub fn to_base_index(&self) -> Vec<u8> {
        write_index(&IndexRef {
            taxonomy_check: self.taxonomy_check,
            concepts: self.taxonomy.entries().iter().map(|e| &e.concept).collect(),
            geo: self.geo.entries(),
            terms: &[],
            term: &|t| t,
            vacancies: Vec::new(),
            descriptions: DescriptionMode::None,
        })
    }

    /// Loads an engine from an index file written by [`Engine::to_index`]. A file of another
    /// format version, a truncated or a damaged one is refused with a message saying which.
    pub fn from_index(bytes: &[u8]) -> Result<Engine, InputError> {
        Engine::from_index_with_limits(bytes, Limits::default())
    }

    /// [`Engine::from_index`] with the given limits (on the file's size and what it holds).
    pub fn from_index_with_limits(bytes: &[u8], limits: Limits) -> Result<Engine, InputError> {
        limits.check_input_bytes("index", bytes.len())?;
        Engine::from_index_kept(bytes.to_vec(), limits)
    }

    /// [`Engine::from_index_with_limits`] of a file the engine keeps (its vacancies' display
    /// records stay in it): no copy of the file is made.
    pub fn from_index_kept(bytes: Vec<u8>, limits: Limits) -> Result<Engine, InputError> {
        limits.check_input_bytes("index", bytes.len())?;
        limits.check_memory_room(memory_after(0, bytes.len(), true))?;
        // Grow the heap once for most of what decoding needs instead of in many small steps:
        // in a browser or Node each WebAssembly memory growth can trigger a garbage collection
        // of the JS heap (measured: a 100k index loads in 1.6 s instead of 5.8 s in Node 20).
        // Not more: WebAssembly memory never shrinks (measured 2026-12-01 in Node: loading a
        // 63.3 MB file of 100k vacancies adds 34 MB beside it, half the file's size).
        let reserve = Vec::<u8>::with_capacity(bytes.len() / 2);
        drop(std::hint::black_box(reserve)); // black_box: not optimised away
        let length = bytes.len();
        let data = read_index_kept(KeptFile::new(bytes))?;
        if data.is_shard() {
            return Err(InputError::field(
                "",
                "is a shard, which holds vacancies only: load the base index of its set first, then add the shard to it (addIndex)",
            )
            .in_record("index"));
        }
        let mut engine = Engine::with_check(&data.concepts, &data.geo, limits, Some(data.taxonomy_check))?;
        engine.add_prepared(data)?;
        engine.index_bytes = length;
        Ok(engine)
    }

    /// Refuses an index file of `bytes` bytes before it is read (`copied`: it is in the
    /// engine's memory already, as an argument from JS is) when it is larger than
    /// [`Limits::max_input_bytes`] or would take the engine beyond [`Limits::max_memory_bytes`].
    pub fn check_index_room(&self, bytes: usize, copied: bool) -> Result<(), InputError> {
        self.limits.check_input_bytes("index", bytes)?;
        self.limits.check_memory_room(memory_after(self.index_bytes, bytes, copied))
    }

    /// Adds the vacancies of an index file, typically a shard written by `werkmatch shards`,
    /// to this engine. The file must have been built with the same taxonomy (its concepts and
    /// postcodes, if any, are not used). All or nothing: a damaged file, or one holding a
    /// vacancy whose id is already loaded, adds none. Returns how many were added.
    pub fn add_index(&mut self, bytes: &[u8]) -> Result<usize, InputError> {
        self.check_index_room(bytes.len(), true)?;
        self.add_index_kept(bytes.to_vec())
    }

    /// [`Engine::add_index`] of a file the engine keeps (its vacancies' display records stay
    /// in it): no copy of the file is made.
    pub fn add_index_kept(&mut self, bytes: Vec<u8>) -> Result<usize, InputError> {
        self.check_index_room(bytes.len(), true)?;
        let length = bytes.len();
        let data = read_index_kept(KeptFile::new(bytes))?;
        if data.taxonomy_check != self.taxonomy_check {
            return Err(InputError::field(
                "",
                "was built with another taxonomy than the one loaded: build the base index and its shards together (werkmatch shards)",
            )
            .in_record("index"));
        }
        let added = self.add_prepared(data)?;
        self.index_bytes = self.index_bytes.saturating_add(length);
        Ok(added)
    }

    /// Adds the vacancies of an index file whose term ids refer to `terms`: checks them all
    /// first, then renumbers their terms into the engine's vocabulary and shares their skills
    /// with the engine's (each distinct skill of the file is renumbered and shared once).
    fn add_prepared(&mut self, data: crate::index::IndexData) -> Result<usize, InputError> {
        let crate::index::IndexData { terms, skills, mut vacancies, file, .. } = data;
        self.limits.check_vacancy_room("vacancies", self.len(), vacancies.len()).map_err(|e| e.in_record("index"))?;
        let count = terms.len() as u32;
        let skills_ok =
            skills.iter().all(|s| s.terms.iter().all(|&t| t < count) && s.concept.is_none_or(|c| self.taxonomy.get(c).is_some()));
        if !skills_ok {
            return Err(InputError::field("", "is damaged: a skill does not fit the rest of the index").in_record("index"));
        }
        // The file's own ids, checked to be distinct: for a whole index, the engine's id index.
        let mut own_ids = IdIndex::with_capacity(vacancies.len());
        for (i, v) in vacancies.iter().enumerate() {
            // (Its record's term ids were checked when the file was read.)
            let concepts_ok = v
                .occupations
                .iter()
                .map(|o| o.concept)
                .chain(v.text_skills.iter().map(|f| f.concept))
                .all(|c| self.taxonomy.get(c).is_some());
            let distinct = own_ids.insert(&v.id, i as u32, &|p| vacancies[p as usize].id.as_str()).is_ok();
            if !concepts_ok || !distinct {
                return Err(InputError::field("", format!("is damaged: vacancy {i} does not fit the rest of the index")).in_record("index"));
            }
            if self.has_id(&v.id) {
                return Err(InputError::field(
                    "",
                    format!("holds vacancy \"{}\", which is already loaded: nothing was added", crate::error::shorten(&v.id)),
                )
                .in_record("index"));
            }
        }
        let added = vacancies.len();
        let ids: Option<Vec<TermId>> = if self.vocab.is_empty() {
            self.vocab = Vocab::from_terms(terms);
            None
        } else {
            Some(terms.iter().map(|t| self.vocab.intern(t)).collect())
        };
        let renumber = |list: &mut Vec<TermId>| {
            if let Some(ids) = &ids {
                list.iter_mut().for_each(|t| *t = ids[*t as usize]);
            }
        };
        // The engine's copy of each skill of the file: in the file's order, where the records
        // read their skill numbers, and by where the file's copy is, for a copied record.
        let mut shared: FxHashMap<*const PreparedSkill, Arc<PreparedSkill>> = FxHashMap::default();
        let mut table = Vec::with_capacity(skills.len());
        for skill in &skills {
            let mut own = PreparedSkill::clone(skill);
            renumber(&mut own.terms);
            let engine_copy = self.share_skill(&Arc::new(own));
            shared.insert(Arc::as_ptr(skill), Arc::clone(&engine_copy));
            table.push(engine_copy);
        }
        file.share_skills(table.into_boxed_slice());
        if let Some(ids) = &ids {
            file.renumber(ids.clone().into_boxed_slice());
        }
        for v in &mut vacancies {
            if let (Record::Own(_), Some(ids)) = (&v.record, &ids) {
                v.record = v.record.renumbered(ids);
            }
            for skill in v.own_skills.iter_mut() {
                if let Some(own) = shared.get(&Arc::as_ptr(skill)) {
                    *skill = Arc::clone(own);
                }
            }
        }
        drop(shared);
        drop(skills);
        if self.vacancies.is_empty() {
            // Loading a whole index: take the list as it is instead of copying it.
            std::mem::swap(&mut self.vacancies, &mut vacancies);
            self.by_id = own_ids;
            self.changed();
        } else {
            drop(own_ids);
            self.vacancies.reserve(added);
            for v in vacancies {
                self.insert(v);
            }
        }
        self.terms.sync(&mut self.vocab, self.taxonomy.lexicon());
        Ok(added)
    }
}

/// The memory the engine would take after loading an index file of `bytes` bytes (`copied`:
/// the file is in its memory already): in a browser the WebAssembly memory now, with the file's
/// copy, plus what loading adds; natively an estimate from the `loaded` index bytes.
fn memory_after(loaded: usize, bytes: usize, copied: bool) -> usize {
    let now = if cfg!(target_arch = "wasm32") { wasm_memory() } else { loaded.saturating_mul(1 + MEMORY_PER_INDEX_BYTE) };
    let copy = if copied && cfg!(target_arch = "wasm32") { 0 } else { bytes };
    now.saturating_add(copy).saturating_add(bytes.saturating_mul(MEMORY_PER_INDEX_BYTE))
}

/// The size of the WebAssembly memory (0 natively).
fn wasm_memory() -> usize {
    #[cfg(target_arch = "wasm32")]
    return core::arch::wasm32::memory_size(0).saturating_mul(65_536);
    #[cfg(not(target_arch = "wasm32"))]
    0
}
