//! Matching: how a profile's skills and occupations are found in vacancies and in the
//! taxonomy, whole or in part. This is where a newcomer finds the matching rules at work (their
//! numbers live in [`crate::rules`]).
//!
//! - [`lexicon`]: the words of the taxonomy's labels, each with a weight (how rare it is),
//!   its compound parts, and the words the taxonomy uses in its place.
//! - [`analysis`]: a short text as matching sees it (stemmed, weighted words and parts).
//! - [`word_match`]: how one word matches another (the same, a typo, a compound part, another
//!   form, a synonym) and how strongly.
//! - [`word_index`]: finds a word's matches in a word list without reading all of it.
//! - [`expand`]: a query word's matches in a word list, with synonyms, cached.
//! - [`coverage`]: partial credit: the weighted share of a phrase found and of the field it
//!   covers, turned into one strength.
//! - [`concepts`]: which taxonomy concepts a text means ([`concepts::ConceptIndex`]).
//! - [`terms`]: weight and compound parts of every term of an engine's vocabulary.
//! - [`scan`]: finding many phrases in a vacancy's fields in one pass.
//! - [`postings`]: the vacancies per term and per concept, so a ranking scans only those a
//!   profile reaches.
//! - [`profile`]: a profile prepared once per ranking ([`profile::ProfileQuery`]).
//! - [`term_cache`]: prepared terms and word expansions kept from one query to the next.
//! - [`found`]: one match type with one ordering, whatever route found it.

pub mod analysis;
pub mod concepts;
pub mod coverage;
pub mod expand;
pub mod found;
pub mod lexicon;
pub mod postings;
pub mod profile;
pub mod scan;
pub mod term_cache;
pub mod terms;
pub mod word_index;
pub mod word_match;
