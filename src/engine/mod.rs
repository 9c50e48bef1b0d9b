//! [`Engine`]: the public Rust API. Load vacancies once (with an optional taxonomy and geo
//! table), then rank them for profiles, rank candidates for a vacancy, and suggest labels.

mod files;
mod insight;
pub use crate::index::disk::{DescriptionMode, SNIPPET_CHARS};

use crate::date::parse_date;
use crate::error::{record_name, InputError};
use crate::explain::RankedResult;
use crate::geo::GeoTable;
use crate::grid::Grid;
use crate::id_index::IdIndex;
use crate::import::jobposting::{read_job_postings, FeedReport};
use crate::import::json::Json;
use crate::index::taxonomy_check;
use crate::limits::Limits;
use crate::matching::postings::{has, Postings};
use crate::matching::profile::ProfileQuery;
use crate::matching::term_cache::QueryCache;
use crate::matching::terms::TermTable;
use crate::model::ConstraintMode;
use crate::model::{Candidate, Concept, GeoEntry, Profile, RankOptions, Vacancy};
use crate::prepared::{PreparedSkill, PreparedVacancy};
use crate::rank::{excluded_by_options, top_k, TopK};
use crate::score::{best_without_matching, passes_filters, score};
use crate::search::{FindOptions, FoundVacancy, SearchIndex};
use crate::suggest::{suggest, SuggestOptions, Suggestion};
use crate::taxonomy::Taxonomy;
use crate::validate::{check_options, check_profile, check_vacancy};
use crate::vocab::Vocab;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// A ranking whose travel distance reaches fewer than one vacancy in this many reads those
/// vacancies instead of merging postings (see [`Engine::rank`]).
const FEW_CANDIDATES: usize = 4;

/// The matching engine: vacancies prepared once, ranked per query.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    vocab: Vocab,
    /// Weight and compound parts of each term of `vocab`.
    terms: TermTable,
    taxonomy: Arc<Taxonomy>,
    geo: Arc<GeoTable>,
    vacancies: Vec<PreparedVacancy>,
    /// Positions of the vacancies by id.
    by_id: IdIndex,
    limits: Limits,
    /// Prepared terms and word expansions, kept from one query to the next.
    caches: QueryCache,
    /// The skills of the vacancies, each distinct one once (see [`Engine::share_skill`]).
    skills: HashSet<Arc<PreparedSkill>>,
    /// Number of each distinct skill label (as terms), see [`PreparedSkill::number`].
    skill_numbers: HashMap<(Vec<crate::vocab::TermId>, Option<crate::taxonomy::ConceptIdx>), u32>,
    /// [`taxonomy_check`] of the taxonomy.
    taxonomy_check: u32,
    /// Bytes of the index files loaded (for [`Limits::max_memory_bytes`] natively).
    index_bytes: usize,
    /// The vacancies by place, built at the first ranking after a change.
    grid: std::sync::OnceLock<Grid>,
    /// The vacancies by term and concept, built at the first ranking after a change.
    postings: std::sync::OnceLock<Postings>,
    /// The vacancies' folded titles, employers and places, built at the first search after a change.
    search: std::sync::OnceLock<SearchIndex>,
}

impl Engine {
    /// An engine with no vacancies, using the given taxonomy and geo table (either may be
    /// empty) and the default [`Limits`].
    pub fn new(taxonomy: &[Concept], geo: &[GeoEntry]) -> Result<Self, InputError> {
        Engine::with_limits(taxonomy, geo, Limits::default())
    }

    /// An engine with no vacancies and the given limits on everything it will accept.
    pub fn with_limits(taxonomy: &[Concept], geo: &[GeoEntry], limits: Limits) -> Result<Self, InputError> {
        Engine::with_check(taxonomy, geo, limits, None)
    }

    /// [`Engine::with_limits`], with the taxonomy's check when it is known (from an index file).
    fn with_check(taxonomy: &[Concept], geo: &[GeoEntry], limits: Limits, check: Option<u32>) -> Result<Self, InputError> {
        let taxonomy = Taxonomy::new(taxonomy, &limits)?;
        let taxonomy_check = check.unwrap_or_else(|| Engine::check_of(&taxonomy));
        Ok(Engine {
            taxonomy: Arc::new(taxonomy),
            geo: Arc::new(GeoTable::new(geo, &limits)?),
            limits,
            taxonomy_check,
            ..Engine::default()
        })
    }

    fn check_of(taxonomy: &Taxonomy) -> u32 {
        taxonomy_check(&taxonomy.entries().iter().map(|e| &e.concept).collect::<Vec<_>>())
    }

    /// The check of this engine's taxonomy ([`taxonomy_check`]): index files added with
    /// [`Engine::add_index`] must carry the same.
    pub fn taxonomy_check(&self) -> u32 {
        self.taxonomy_check
    }

    /// The limits this engine enforces.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// An engine loaded with `vacancies`, a taxonomy and a geo table.
    pub fn with_vacancies(vacancies: Vec<Vacancy>, taxonomy: &[Concept], geo: &[GeoEntry]) -> Result<Self, InputError> {
        let mut engine = Engine::new(taxonomy, geo)?;
        engine.add_vacancies(vacancies)?;
        Ok(engine)
    }

    /// Adds vacancies. All or nothing: if any is invalid or its id is taken, none is added and
    /// the error names it. Returns how many were added.
    pub fn add_vacancies(&mut self, vacancies: Vec<Vacancy>) -> Result<usize, InputError> {
        self.limits.check_vacancy_room("vacancies", self.len(), vacancies.len())?;
        let mut seen = HashSet::with_capacity(vacancies.len());
        for (i, v) in vacancies.iter().enumerate() {
            let record = || record_name("vacancies", i, Some(&v.id));
            check_vacancy(&self.limits, v).map_err(|e| e.in_record(record()))?;
            if self.has_id(&v.id) || !seen.insert(v.id.as_str()) {
                return Err(InputError::field("id", "is already used by another vacancy").in_record(record()));
            }
        }
        let added = vacancies.len();
        self.vacancies.reserve(added);
        for v in vacancies {
            self.prepare_and_insert(v);
        }
        self.terms.sync(&mut self.vocab, self.taxonomy.lexicon());
        Ok(added)
    }

    /// Adds the postings of a schema.org JobPosting feed. Unlike [`Engine::add_vacancies`], a
    /// bad posting (or one whose id is already loaded) is skipped and reported, and the rest is
    /// added; postings whose `validThrough` lies before `today` are dropped and counted.
    /// A feed with more postings than the engine has room for is refused whole.
    pub fn add_job_postings(&mut self, feed: &Json, today: Option<&str>) -> Result<FeedReport, InputError> {
        let count = crate::import::jobposting::postings(feed).len();
        self.limits.check_vacancy_room("postings", self.len(), count).map_err(|e| e.in_record("feed"))?;
        let import = read_job_postings(feed, today, &self.limits, |id| self.has_id(id));
        let added = import.vacancies.iter().map(|v| v.id.clone()).collect();
        for v in import.vacancies {
            self.prepare_and_insert(v);
        }
        self.terms.sync(&mut self.vocab, self.taxonomy.lexicon());
        Ok(FeedReport { added, skipped: import.skipped, expired: import.expired })
    }

    /// The prepared vacancies, in the order they were added (for writing shards).
    pub fn prepared(&self) -> &[PreparedVacancy] {
        &self.vacancies
    }

    /// The engine's postcode table.
    pub(crate) fn geo(&self) -> &GeoTable {
        &self.geo
    }

    /// Where a Dutch postcode lies, by the engine's geo table.
    pub fn place(&self, postcode: &str) -> Option<crate::geo::Point> {
        self.geo.lookup(postcode)
    }

    /// The engine's one copy of `skill`, numbered: the same skill asked by many vacancies is
    /// kept once (in a 100k feed, 1.5 million skills are a few thousand distinct ones).
    fn share_skill(&mut self, skill: &Arc<PreparedSkill>) -> Arc<PreparedSkill> {
        if let Some(shared) = self.skills.get(skill) {
            return Arc::clone(shared);
        }
        let next = self.skill_numbers.len() as u32;
        let number = *self.skill_numbers.entry((skill.terms.clone(), skill.concept)).or_insert(next);
        let shared = Arc::new(PreparedSkill { number, ..PreparedSkill::clone(skill) });
        self.skills.insert(Arc::clone(&shared));
        shared
    }

    /// Prepares a checked vacancy whose id is known to be free, shares its skills with the
    /// engine's and registers it.
    fn prepare_and_insert(&mut self, v: Vacancy) {
        let mut prepared = PreparedVacancy::new(v, &mut self.vocab, &self.taxonomy, &self.geo);
        for skill in prepared.own_skills.iter_mut() {
            *skill = self.share_skill(skill);
        }
        self.insert(prepared);
    }

    /// Registers a prepared vacancy whose id is known to be free and whose skills are the
    /// engine's (see [`Engine::share_skill`]).
    fn insert(&mut self, v: PreparedVacancy) {
        let vacancies = &self.vacancies;
        let free = self.by_id.insert(&v.id, vacancies.len() as u32, &|p| vacancies[p as usize].id.as_str());
        debug_assert!(free.is_ok(), "the caller checked that the id is free");
        self.vacancies.push(v);
        self.changed();
    }

    /// The position of the vacancy with this id.
    fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id, &|p| self.vacancies[p as usize].id.as_str())
    }

    /// Whether a vacancy with this id is loaded.
    fn has_id(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// Drops what is built from the vacancies at the first query after a change.
    fn changed(&mut self) {
        self.grid.take();
        self.postings.take();
        self.search.take();
    }

    /// Removes vacancies by id; unknown ids are ignored. Returns how many were removed.
    pub fn remove_vacancies(&mut self, ids: &[String]) -> usize {
        let mut removed = 0;
        for id in ids {
            let vacancies = &self.vacancies;
            let Some(index) = self.by_id.remove(id, &|p| vacancies[p as usize].id.as_str()) else { continue };
            self.vacancies.swap_remove(index);
            self.changed();
            if let Some(moved) = self.vacancies.get(index) {
                self.by_id.relocate(&moved.id, self.vacancies.len() as u32, index as u32);
            }
            removed += 1;
        }
        removed
    }

    /// Number of vacancies loaded.
    pub fn len(&self) -> usize {
        self.vacancies.len()
    }

    /// Whether no vacancy is loaded.
    pub fn is_empty(&self) -> bool {
        self.vacancies.is_empty()
    }

    /// The ids of the loaded vacancies.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.vacancies.iter().map(|v| v.id.as_str())
    }

    /// A loaded vacancy by id, as it was added.
    pub fn vacancy(&self, id: &str) -> Option<Vacancy> {
        self.position(id).map(|i| self.vacancies[i].vacancy())
    }

    /// The loaded vacancies whose title, employer or place contain every word of `query`
    /// (after the matching's normalisation; a word may be part of a longer one: "chauffeur"
    /// finds "Heftruckchauffeur"). Those whose title starts with the first word come first, then
    /// by title and id. An empty query lists every vacancy by title. See [`crate::search`].
    pub fn find_vacancies(&self, query: &str, options: &FindOptions) -> Vec<FoundVacancy> {
        let index = self.search.get_or_init(|| SearchIndex::new(self.vacancies.iter().map(PreparedVacancy::vacancy)));
        let found = index.find(query, options, |i| &self.vacancies[i].id);
        found.into_iter().map(|i| FoundVacancy::of(&self.vacancies[i].vacancy())).collect()
    }

    /// The taxonomy in use.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    /// The vacancies a query reaches: those holding a term or concept it matches (see
    /// [`Postings`]); the others earn nothing for skills and occupations.
    fn reach_of(&self, q: &ProfileQuery) -> Vec<u64> {
        let postings = self.postings.get_or_init(|| Postings::new(&self.vacancies, &self.terms));
        let mut reach = postings.reach(self.vacancies.len(), q.matched_terms(), q.named_concepts());
        // An occupation given by a code the taxonomy does not know matches the same code by id
        // (see `ProfileQuery::scan_vacancy`): rare, so those vacancies are found by reading them.
        let codes: Vec<&str> = q.occupations.iter().filter_map(|o| o.term.given.id.as_deref()).collect();
        if !codes.is_empty() {
            for (i, v) in self.vacancies.iter().enumerate() {
                if v.occupation_code.as_deref().is_some_and(|c| codes.contains(&c)) {
                    reach[i / 64] |= 1 << (i % 64);
                }
            }
        }
        reach
    }

    /// Ranks the loaded vacancies for a jobseeker's profile: the best `options.limit`, each
    /// with score and explanation; ties are broken by id.
    pub fn rank(&self, profile: &Profile, options: &RankOptions) -> Result<Vec<RankedResult>, InputError> {
        check_profile(&self.limits, profile).map_err(|e| e.in_record("profile"))?;
        check_options(options).map_err(|e| e.in_record("options"))?;
        let today = options.today.as_deref().and_then(parse_date);
        let mut q = ProfileQuery::new(profile, options.clone(), &self.vocab, &self.taxonomy, &self.geo, &self.caches);
        let vacancies = &self.vacancies;
        let taxonomy = &self.taxonomy;
        let terms = &self.terms;
        // With the travel distance as a filter, only vacancies in the grid cells it reaches
        // are visited (the filter below still decides); otherwise all of them.
        let nearby = match (options.constraints.distance, q.location_given, q.point, profile.max_distance_km) {
            (ConstraintMode::Filter, true, Some(from), Some(km)) if km.is_finite() => {
                self.grid.get_or_init(|| Grid::new(vacancies)).within(from, km)
            }
            _ => None,
        };
        // Only the vacancies that hold a term or concept the profile matches can earn anything
        // for skills and occupations; the others are scored on the rest without being read.
        // Those reached come first: once every kept one scores more than the others can at
        // most, the others are not scored at all (the answer is the same: ties go by id).
        //
        // Postings pay off when most vacancies are candidates. The few a travel distance reaches
        // are cheaper to read than to merge the postings of every matched term over all
        // vacancies (nor are postings built for them): `None` counts each as reached, and its
        // scan tells (a vacancy no term or concept reaches scans as unreached: the same answer).
        let reach = match &nearby {
            Some(cells) if cells.len().saturating_mul(FEW_CANDIDATES) < vacancies.len() => None,
            _ => Some(self.reach_of(&q)),
        };
        let reaches = |i: usize| reach.as_ref().is_none_or(|bits| has(bits, i));
        let (reached, unreached): (Vec<usize>, Vec<usize>) = match &nearby {
            Some(cells) => cells.iter().map(|&i| i as usize).partition(|&i| reaches(i)),
            None => (0..vacancies.len()).partition(|&i| reaches(i)),
        };
        let best_unreached = best_without_matching(&q);
        // `worth(ceiling)`: whether a vacancy that can score at most `ceiling` may still be kept.
        // When not, its title and description are not read (see `score::ceiling`).
        let score_one = |q: &mut ProfileQuery, i: usize, explain: Option<&mut crate::explain::Explanation>, worth: &dyn Fn(f64) -> bool| {
            let v = &vacancies[i];
            if excluded_by_options(v, options, today) {
                return None;
            }
            let constraints = passes_filters(q, v)?;
            if explain.is_some() || reaches(i) {
                let skill_concept = q.scan_listed_skills(v, terms);
                if explain.is_none() && crate::score::ceiling(q, v, constraints).is_some_and(|best| !worth(best)) {
                    return None;
                }
                q.scan_text(v, terms, skill_concept);
            } else {
                q.skip_vacancy();
            }
            Some(score(q, v, taxonomy, explain, Some(constraints)))
        };
        let mut kept = TopK::new(options.limit as usize, options.min_score);
        for i in reached {
            // Until the list is full every vacancy is worth reading.
            let full = kept.is_full();
            if let Some(scored) = score_one(&mut q, i, None, &|best| !full || kept.could_keep(best)) {
                kept.offer(i, scored, &vacancies[i].id);
            }
        }
        if !kept.could_keep(best_unreached) {
            // Every kept vacancy scores more than the others can.
        } else if best_unreached <= 0.0 {
            // The profile uses nothing but skills and occupations (no constraint can filter):
            // the others all score 0 and only fill the list (by id), so they need no scoring.
            let nothing = crate::score::Scored { exact: 0.0, score: 0, excluded: false };
            for i in unreached.into_iter().filter(|&i| !excluded_by_options(&vacancies[i], options, today)) {
                kept.offer(i, nothing, &vacancies[i].id);
            }
        } else {
            for i in unreached {
                if let Some(scored) = score_one(&mut q, i, None, &|_| true) {
                    kept.offer(i, scored, &vacancies[i].id);
                }
            }
        }
        Ok(kept.finish(|i, explain| score_one(&mut q, i, explain, &|_| true)))
    }

    /// The employer preview: ranks anonymous candidates for one vacancy with the same scorer
    /// and explanations. The vacancy need not be loaded; the engine's taxonomy and geo table
    /// are used.
    pub fn rank_candidates(
        &self,
        vacancy: &Vacancy,
        candidates: &[Candidate],
        options: &RankOptions,
    ) -> Result<Vec<RankedResult>, InputError> {
        check_vacancy(&self.limits, vacancy).map_err(|e| e.in_record("vacancy"))?;
        check_options(options).map_err(|e| e.in_record("options"))?;
        Limits::check_count("candidates", candidates.len(), self.limits.max_candidates, "maxCandidates")?;
        let mut seen = HashSet::with_capacity(candidates.len());
        for (i, c) in candidates.iter().enumerate() {
            let record = || record_name("candidates", i, Some(&c.id));
            crate::validate::check_required_text(&self.limits, "id", &c.id).map_err(|e| e.in_record(record()))?;
            check_profile(&self.limits, &c.profile).map_err(|e| e.under("profile").in_record(record()))?;
            if !seen.insert(c.id.as_str()) {
                return Err(InputError::field("id", "is already used by another candidate").in_record(record()));
            }
        }
        let mut vocab = Vocab::default();
        let prepared = PreparedVacancy::new(vacancy.clone(), &mut vocab, &self.taxonomy, &self.geo);
        let mut terms = TermTable::default();
        terms.sync(&mut vocab, self.taxonomy.lexicon());
        let today = options.today.as_deref().and_then(parse_date);
        if excluded_by_options(&prepared, options, today) {
            return Ok(Vec::new());
        }
        let caches = QueryCache::default();
        let mut queries: Vec<ProfileQuery> =
            candidates.iter().map(|c| ProfileQuery::new(&c.profile, options.clone(), &vocab, &self.taxonomy, &self.geo, &caches)).collect();
        let taxonomy = &self.taxonomy;
        Ok(top_k(
            0..candidates.len(),
            options.limit as usize,
            options.min_score,
            |i, explain| {
                let q = &mut queries[i];
                q.scan_vacancy(&prepared, &terms);
                Some(score(q, &prepared, taxonomy, explain, None))
            },
            |i| candidates[i].id.as_str(),
        ))
    }

    /// Autocomplete over taxonomy labels and synonyms, typo-tolerant.
    pub fn suggest(&self, prefix: &str, options: &SuggestOptions) -> Vec<Suggestion> {
        suggest(&self.taxonomy, prefix, options)
    }
}
