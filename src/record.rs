//! [`Record`]: the part of a vacancy that is kept as bytes, in the form an index file holds
//! it: its display record (what only a person reads, decoded for the vacancies shown), the
//! numbers of its skills in the file's list of skills, and the term ids of its title and
//! description (read while scanning it). A record read from a file stays in the file
//! ([`KeptFile`]), which the engine keeps instead of copying the records out.
//!
//! Layout: the skill numbers' length in bytes and the numbers, the display record's length and
//! bytes, the number of title terms, then the title's term ids followed by the description's,
//! every number a LEB128 varint ([`crate::varint`]). The skills come first: a ranking reads
//! them for every vacancy within reach, and so touches only the record's first bytes. A record
//! of its own ([`Record::Own`]) holds no skill numbers: its vacancy keeps its skills itself.

use crate::prepared::PreparedSkill;
use crate::varint;
use crate::vocab::TermId;
use std::sync::{Arc, OnceLock};

/// An index file kept by the vacancies read from it, with how its term ids map to the
/// engine's (set once when the file is added to an engine whose vocabulary it does not start)
/// and the engine's copy of each skill of the file's list (set when it is added to an engine).
#[derive(Debug)]
pub struct KeptFile {
    bytes: Vec<u8>,
    terms: OnceLock<Box<[TermId]>>,
    skills: OnceLock<Box<[Arc<PreparedSkill>]>>,
}

impl KeptFile {
    /// Keeps `bytes`, a whole index file.
    pub fn new(bytes: Vec<u8>) -> Arc<KeptFile> {
        Arc::new(KeptFile { bytes, terms: OnceLock::new(), skills: OnceLock::new() })
    }

    /// Says that skill `k` of the file's list is `skills[k]` (only the first call counts).
    pub fn share_skills(&self, skills: Box<[Arc<PreparedSkill>]>) {
        let _ = self.skills.set(skills);
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The room the file takes (its buffer's capacity and its tables).
    pub fn capacity(&self) -> usize {
        self.bytes.capacity()
            + self.terms.get().map_or(0, |t| t.len() * std::mem::size_of::<TermId>())
            + self.skills.get().map_or(0, |s| s.len() * std::mem::size_of::<Arc<PreparedSkill>>())
    }

    /// Says that the file's term `t` is the engine's term `ids[t]` (only the first call counts:
    /// a file is added to one engine once).
    pub fn renumber(&self, ids: Box<[TermId]>) {
        let _ = self.terms.set(ids);
    }

    #[inline]
    fn term(&self, t: TermId) -> TermId {
        match self.terms.get() {
            Some(ids) => ids.get(t as usize).copied().unwrap_or(t),
            None => t,
        }
    }
}

/// A vacancy's display record and term ids (see the module's layout): in bytes of its own, or
/// in the index file it was read from.
#[derive(Debug, Clone)]
pub enum Record {
    /// Its own bytes; term ids are the engine's (read from a file, the file's until it is
    /// added to an engine, which renumbers them).
    Own(Box<[u8]>),
    /// `len` bytes from `start` in a kept file; term ids are the file's.
    Shared {
        /// The file.
        file: Arc<KeptFile>,
        /// Where the record starts in it.
        start: u32,
        /// Its length.
        len: u32,
    },
}

/// Skills: first a list of their own, then those a record's numbers name in its file's table
/// (one iterator type, so that the loop is in the module once).
#[derive(Debug, Clone)]
pub struct SkillsIn<'a> {
    own: std::slice::Iter<'a, Arc<PreparedSkill>>,
    table: &'a [Arc<PreparedSkill>],
    numbers: &'a [u8],
    at: usize,
}

impl<'a> SkillsIn<'a> {
    /// `own` first, then these.
    pub fn after(self, own: &'a [Arc<PreparedSkill>]) -> SkillsIn<'a> {
        SkillsIn { own: own.iter(), ..self }
    }
}

impl<'a> Iterator for SkillsIn<'a> {
    type Item = &'a Arc<PreparedSkill>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(skill) = self.own.next() {
            return Some(skill);
        }
        loop {
            let k = varint::read(self.numbers, &mut self.at)?;
            if let Some(skill) = self.table.get(k as usize) {
                return Some(skill);
            }
        }
    }
}

/// Where the parts of a record are: the skill numbers, the display record, how many of the
/// ids are the title's, and where the ids start.
struct Parts<'a> {
    skills: &'a [u8],
    display: &'a [u8],
    title_count: usize,
    ids: &'a [u8],
}

fn parts(bytes: &[u8]) -> Option<Parts<'_>> {
    let mut at = 0;
    let run = |at: &mut usize| -> Option<&[u8]> {
        let len = varint::read(bytes, at)? as usize;
        let run = bytes.get(*at..at.checked_add(len)?)?;
        *at += len;
        Some(run)
    };
    let skills = run(&mut at)?;
    let display = run(&mut at)?;
    let title_count = varint::read(bytes, &mut at)? as usize;
    Some(Parts { skills, display, title_count, ids: &bytes[at..] })
}

/// The skill numbers of a record, read without going past them (empty when damaged).
fn skills_run(bytes: &[u8]) -> &[u8] {
    let mut at = 0;
    let Some(len) = varint::read(bytes, &mut at) else { return &[] };
    at.checked_add(len as usize).and_then(|end| bytes.get(at..end)).unwrap_or_default()
}

/// The bytes of a record of the numbers `skills` of its skills in a file's list (none for a
/// record of its own), `display` (a display record) and the term ids `title` and `description`.
pub fn encode(
    skills: &[u32],
    display: &[u8],
    title: &[TermId],
    description: impl IntoIterator<Item = TermId, IntoIter: Clone>,
) -> Box<[u8]> {
    let description = description.into_iter();
    // The exact length first: no spare room to give back (many small gaps in the heap).
    let ids = title.iter().copied().chain(description.clone());
    let skills_len = skills.iter().map(|&k| varint::len(k)).sum::<usize>();
    let len = varint::len(skills_len as u32)
        + skills_len
        + varint::len(display.len() as u32)
        + display.len()
        + varint::len(title.len() as u32)
        + ids.map(varint::len).sum::<usize>();
    let mut out = Vec::with_capacity(len);
    varint::push(&mut out, skills_len as u32);
    skills.iter().for_each(|&k| varint::push(&mut out, k));
    varint::push(&mut out, display.len() as u32);
    out.extend_from_slice(display);
    varint::push(&mut out, title.len() as u32);
    title.iter().for_each(|&t| varint::push(&mut out, t));
    description.for_each(|t| varint::push(&mut out, t));
    out.into_boxed_slice()
}

/// How many numbers `run` holds, if every one is below `limit` and none is cut off.
fn all_below(run: &[u8], limit: u32) -> Option<usize> {
    let (mut at, mut count) = (0, 0usize);
    while at < run.len() {
        match varint::read(run, &mut at) {
            Some(n) if n < limit => count += 1,
            _ => return None,
        }
    }
    Some(count)
}

/// Whether `bytes` are a whole record whose skill numbers are all below `skills` and whose
/// term ids are all below `terms` (an index file's record before it is used: a damaged one is
/// refused rather than read).
pub fn is_sound(bytes: &[u8], terms: u32, skills: u32) -> bool {
    let Some(p) = parts(bytes) else { return false };
    all_below(p.skills, skills).is_some() && all_below(p.ids, terms).is_some_and(|count| p.title_count <= count)
}

impl Record {
    /// The record `bytes` (a part of `file`): shared when it lies in the first 4 GiB of the
    /// file, else copied.
    pub fn in_file(file: &Arc<KeptFile>, bytes: &[u8]) -> Record {
        let buffer = file.bytes();
        let start = (bytes.as_ptr() as usize).wrapping_sub(buffer.as_ptr() as usize);
        let inside = start.checked_add(bytes.len()).is_some_and(|end| end <= buffer.len());
        match (inside, u32::try_from(start), u32::try_from(bytes.len())) {
            (true, Ok(start), Ok(len)) => Record::Shared { file: Arc::clone(file), start, len },
            _ => Record::Own(bytes.into()),
        }
    }

    /// The record's bytes.
    pub fn bytes(&self) -> &[u8] {
        match self {
            Record::Own(bytes) => bytes,
            Record::Shared { file, start, len } => file.bytes().get(*start as usize..(*start as usize + *len as usize)).unwrap_or_default(),
        }
    }

    /// The display record (empty when the record is damaged).
    pub fn display(&self) -> &[u8] {
        parts(self.bytes()).map_or(&[][..], |p| p.display)
    }

    /// The numbers of the record's skills in its file's list.
    pub fn skill_numbers(&self) -> impl Iterator<Item = u32> + Clone + '_ {
        varint::numbers(skills_run(self.bytes()))
    }

    /// The record's skills: the engine's copies of those its numbers name (none for a record
    /// of its own, or before its file is added to an engine).
    pub fn skills(&self) -> SkillsIn<'_> {
        let table: &[Arc<PreparedSkill>] = match self {
            Record::Own(_) => &[],
            Record::Shared { file, .. } => file.skills.get().map_or(&[][..], |s| &s[..]),
        };
        SkillsIn { own: [].iter(), table, numbers: skills_run(self.bytes()), at: 0 }
    }

    /// The engine's id of the record's term `t`.
    #[inline]
    fn term(&self, t: TermId) -> TermId {
        match self {
            Record::Own(_) => t,
            Record::Shared { file, .. } => file.term(t),
        }
    }

    fn ids(&self) -> (usize, impl Iterator<Item = TermId> + Clone + '_) {
        let (count, ids) = parts(self.bytes()).map_or((0, &[][..]), |p| (p.title_count, p.ids));
        (count, varint::numbers(ids).map(move |t| self.term(t)))
    }

    /// The title's terms, in order.
    pub fn title_terms(&self) -> impl Iterator<Item = TermId> + Clone + '_ {
        let (count, ids) = self.ids();
        ids.take(count)
    }

    /// The description's terms, in order.
    pub fn description_terms(&self) -> impl Iterator<Item = TermId> + Clone + '_ {
        let (count, ids) = self.ids();
        ids.skip(count)
    }

    /// The title's and then the description's terms.
    pub fn terms(&self) -> impl Iterator<Item = TermId> + Clone + '_ {
        self.ids().1
    }

    /// Puts the title's terms in `title` and the description's in `description` (both
    /// cleared first; a ranking reuses them from vacancy to vacancy). One plain loop: this is
    /// on a ranking's hot path.
    pub fn terms_into(&self, title: &mut Vec<TermId>, description: &mut Vec<TermId>) {
        title.clear();
        description.clear();
        let Some(p) = parts(self.bytes()) else { return };
        let map: Option<&[TermId]> = match self {
            Record::Own(_) => None,
            Record::Shared { file, .. } => file.terms.get().map(|ids| &ids[..]),
        };
        let mut at = 0;
        while let Some(t) = varint::read(p.ids, &mut at) {
            let t = map.map_or(t, |ids| ids.get(t as usize).copied().unwrap_or(t));
            if title.len() < p.title_count {
                title.push(t);
            } else {
                description.push(t);
            }
        }
    }

    /// A record of its own with the same display record and its term ids mapped by `ids` (the
    /// engine's id of each of its own), without skill numbers.
    pub fn renumbered(&self, ids: &[TermId]) -> Record {
        let map = |t: TermId| ids.get(t as usize).copied().unwrap_or(t);
        let title: Vec<TermId> = self.title_terms().map(map).collect();
        Record::Own(encode(&[], self.display(), &title, self.description_terms().map(map)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_gives_back_its_display_bytes_and_terms_also_from_a_kept_file_with_its_own_numbers() {
        let own = Record::Own(encode(&[], b"display", &[3, 200], [7, 70_000]));
        assert_eq!(own.display(), b"display");
        assert_eq!(own.title_terms().collect::<Vec<_>>(), [3, 200]);
        assert_eq!(own.description_terms().collect::<Vec<_>>(), [7, 70_000]);
        let (mut title, mut description) = (vec![9], vec![9]);
        own.terms_into(&mut title, &mut description);
        assert_eq!((title, description), (vec![3, 200], vec![7, 70_000]));
        assert!(is_sound(own.bytes(), 70_001, 0));
        assert!(!is_sound(own.bytes(), 70_000, 0), "a term id beyond the file's terms");
        assert!(!is_sound(&own.bytes()[..own.bytes().len() - 1], 70_001, 0), "cut off");
        assert_eq!(own.skills().count(), 0);

        // In a file whose terms 0..4 are the engine's 10..14 and that lists two skills.
        let record = encode(&[1, 0, 1], b"x", &[0], [4]);
        assert!(is_sound(&record, 5, 2));
        assert!(!is_sound(&record, 5, 1), "a skill number beyond the file's list");
        let mut bytes = b"header".to_vec();
        bytes.extend_from_slice(&record);
        let file = KeptFile::new(bytes);
        let shared = Record::in_file(&file, &file.bytes()[6..]);
        assert!(matches!(shared, Record::Shared { start: 6, .. }));
        assert_eq!(shared.terms().collect::<Vec<_>>(), [0, 4]);
        assert_eq!(shared.skill_numbers().collect::<Vec<_>>(), [1, 0, 1]);
        assert_eq!(shared.skills().count(), 0, "not yet added to an engine");
        let skill = |label: &str| {
            let given = crate::model::VacancySkill { label: Some(label.into()), ..Default::default() };
            Arc::new(PreparedSkill { given, concept: None, terms: Vec::new(), number: 0 })
        };
        file.share_skills(vec![skill("lassen"), skill("solderen")].into());
        let labels: Vec<_> = shared.skills().map(|s| s.given.label.clone().unwrap_or_default()).collect();
        assert_eq!(labels, ["solderen", "lassen", "solderen"]);
        file.renumber(vec![10, 11, 12, 13, 14].into());
        assert_eq!(shared.display(), b"x");
        assert_eq!(shared.title_terms().collect::<Vec<_>>(), [10]);
        assert_eq!(shared.description_terms().collect::<Vec<_>>(), [14]);
        assert_eq!(own.renumbered(&[0, 0, 0, 5]).title_terms().collect::<Vec<_>>(), [5, 200]);
    }

    #[test]
    fn a_title_count_beyond_the_ids_or_a_display_length_beyond_the_bytes_is_not_sound() {
        let mut bytes = Vec::new();
        varint::push(&mut bytes, 0); // no skill numbers
        varint::push(&mut bytes, 1);
        bytes.push(b'x');
        varint::push(&mut bytes, 2);
        varint::push(&mut bytes, 5);
        assert!(!is_sound(&bytes, 10, 0), "two title terms but one id");
        bytes[3] = 1;
        assert!(is_sound(&bytes, 10, 0));
        assert!(!is_sound(&[0, 9, b'x'], 10, 0), "display length beyond the bytes");
        assert!(!is_sound(&[3, 1, 0, 0], 10, 5), "skill numbers' length beyond the bytes");
    }
}
