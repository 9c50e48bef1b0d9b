//! The insights of [`crate::insight`] on the engine's vacancies: every count comes from the
//! scorer a ranking uses. A vacancy's words are read once per profile ([`match_outcomes`]);
//! the constraints of each changed profile are then combined with them ([`score_with`]), so a
//! what-if is one pass, and a count equals what a ranking with the changed profile gives.

use super::Engine;
use crate::date::parse_date;
use crate::error::InputError;
use crate::insight::{
    AskingLess, AskingLessChange, DoorSkill, InsightOptions, OccupationInReach, ProfileChange, VacancyChange, WhatIf, WhatIfChange,
};
use crate::matching::postings::has;
use crate::matching::profile::ProfileQuery;
use crate::model::{Candidate, ConstraintMode, DrivingLicence, HoursRange, Profile, RankOptions, TermRef, Vacancy};
use crate::prepared::PreparedVacancy;
use crate::rank::excluded_by_options;
use crate::rules::{DOOR_SKILL_CANDIDATES, FLEXIBLE_HOURS, STRENGTH_FUZZY, WHAT_IF_DISTANCES_KM, WHAT_IF_LICENCES};
use crate::score::{covered_skills, match_outcomes, order_key, passes_filters, score_with, skill_weight, Outcome};
use crate::taxonomy::ConceptIdx;
use crate::validate::check_profile;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A vacancy's score for a profile when it is a good fit (passes every filter and scores at
/// least `good`), from its [`match_outcomes`].
fn good_fit(q: &ProfileQuery, v: &PreparedVacancy, matched: [Outcome; 2], today: Option<i64>, good: u32) -> Option<u64> {
    if excluded_by_options(v, &q.options, today) {
        return None;
    }
    let scored = score_with(q, matched, passes_filters(q, v)?);
    (!scored.excluded && scored.score >= good).then(|| order_key(&scored))
}

fn check_insight_options(options: &InsightOptions) -> Result<(), InputError> {
    if !(1..=100).contains(&options.good_fit) {
        return Err(InputError::field("goodFit", format!("must be 1–100, not {}", options.good_fit)).in_record("options"));
    }
    if !(1..=20).contains(&options.max) {
        return Err(InputError::field("max", format!("must be 1–20, not {}", options.max)).in_record("options"));
    }
    Ok(())
}

impl Engine {
    /// Checks a profile and insight options, and returns the ranking options and today's day.
    fn insight_setup(&self, profile: &Profile, options: &InsightOptions) -> Result<(RankOptions, Option<i64>), InputError> {
        check_profile(&self.limits, profile).map_err(|e| e.in_record("profile"))?;
        check_insight_options(options)?;
        let rank = options.rank_options();
        crate::validate::check_options(&rank).map_err(|e| e.in_record("options"))?;
        let today = rank.today.as_deref().and_then(parse_date);
        Ok((rank, today))
    }

    /// Reads every vacancy once for `q` and hands its [`match_outcomes`] to `visit`; with
    /// `only`, just the vacancies in that set (see [`Postings::reach`]).
    fn each_matched(
        &self,
        q: &mut ProfileQuery,
        only: Option<&[u64]>,
        mut visit: impl FnMut(usize, &PreparedVacancy, &ProfileQuery, [Outcome; 2]),
    ) {
        let reach = self.reach_of(q);
        for (i, v) in self.vacancies.iter().enumerate() {
            if only.is_some_and(|set| !has(set, i)) {
                continue;
            }
            if has(&reach, i) {
                q.scan_vacancy(v, &self.terms);
            } else {
                q.skip_vacancy();
            }
            let matched = match_outcomes(q, v, &self.taxonomy);
            visit(i, v, q, matched);
        }
    }

    /// The vacancies that a profile with just `skill` reaches: adding `skill` to a profile that
    /// has skills already can change only their scores (the others keep every part).
    fn reached_by(&self, skill: &crate::model::ProfileSkill, rank: &RankOptions) -> Vec<u64> {
        let alone = Profile { skills: vec![skill.clone()], ..Default::default() };
        let q = ProfileQuery::new(&alone, rank.clone(), &self.vocab, &self.taxonomy, &self.geo, &self.caches);
        self.reach_of(&q)
    }

    /// The good fits of a profile (among `only`, when given): (order key, vacancy) pairs, best first.
    fn good_fits(&self, profile: &Profile, rank: &RankOptions, today: Option<i64>, good: u32, only: Option<&[u64]>) -> Vec<(u64, usize)> {
        let mut q = ProfileQuery::new(profile, rank.clone(), &self.vocab, &self.taxonomy, &self.geo, &self.caches);
        let mut fits = Vec::new();
        self.each_matched(&mut q, only, |i, v, q, matched| {
            if let Some(key) = good_fit(q, v, matched, today, good) {
                fits.push((key, i));
            }
        });
        // Best first, ties by id, as a ranking orders them.
        crate::order::sort_by_text(&mut fits, |&(_, i)| self.vacancies[i].id.as_str().into());
        crate::order::sort_by_key(&mut fits, |&(key, _)| u128::from(u64::MAX - key));
        fits
    }

    /// What if: how many good fits the profile has now, and with each of a few changes (a
    /// longer travel distance, any hours, any contract type, a driving licence the vacancies
    /// ask), all from one pass over the vacancies.
    pub fn what_if(&self, profile: &Profile, options: &InsightOptions) -> Result<WhatIf, InputError> {
        let (rank, today) = self.insight_setup(profile, options)?;
        let mut variants: Vec<(ProfileChange, Profile, RankOptions)> = Vec::new();
        if let (Some(km), true) = (profile.max_distance_km, profile.location.is_some()) {
            for &more in WHAT_IF_DISTANCES_KM.iter().filter(|&&d| f64::from(d) > km).take(2) {
                variants.push((
                    ProfileChange::Distance { km: more },
                    Profile { max_distance_km: Some(f64::from(more)), ..profile.clone() },
                    rank.clone(),
                ));
            }
        }
        if profile.hours.is_some_and(|h| h.min.is_some() || h.max.is_some()) && rank.constraints.hours != ConstraintMode::Off {
            // Any hours: every vacancy's hours fit (the hours part still counts, so scores stay comparable).
            let any = HoursRange { min: Some(0.0), max: Some(168.0) };
            variants.push((ProfileChange::AnyHours, Profile { hours: Some(any), ..profile.clone() }, rank.clone()));
        }
        if !rank.contract_types.is_empty() {
            variants.push((ProfileChange::AnyContractType, profile.clone(), RankOptions { contract_types: Vec::new(), ..rank.clone() }));
        }
        for licence in self.licences_to_try(profile) {
            let mut held = profile.driving_licences.clone().unwrap_or_default();
            held.push(licence);
            variants.push((ProfileChange::Licence { licence }, Profile { driving_licences: Some(held), ..profile.clone() }, rank.clone()));
        }
        // A change touches constraints only: its query needs no terms of its own.
        let queries: Vec<ProfileQuery> = variants.iter().map(|(_, p, o)| ProfileQuery::constraints_only(p, o.clone(), &self.geo)).collect();
        let mut base = ProfileQuery::new(profile, rank.clone(), &self.vocab, &self.taxonomy, &self.geo, &self.caches);
        let (mut now, mut counts, mut more) = (0u32, vec![0u32; queries.len()], vec![0u32; queries.len()]);
        self.each_matched(&mut base, None, |_, v, q, matched| {
            let fits_now = good_fit(q, v, matched, today, options.good_fit).is_some();
            now += u32::from(fits_now);
            for (k, qv) in queries.iter().enumerate() {
                if good_fit(qv, v, matched, today, options.good_fit).is_some() {
                    counts[k] += 1;
                    more[k] += u32::from(!fits_now);
                }
            }
        });
        let mut changes: Vec<WhatIfChange> =
            variants.into_iter().enumerate().map(|(k, (change, _, _))| WhatIfChange { change, count: counts[k], more: more[k] }).collect();
        crate::order::sort_by_key(&mut changes, |c| u128::from(u32::MAX - c.more));
        Ok(WhatIf { good_fit: options.good_fit, now, changes })
    }

    /// The driving licences the loaded vacancies ask most that the profile does not cover.
    fn licences_to_try(&self, profile: &Profile) -> Vec<DrivingLicence> {
        let held = profile.driving_licences.as_deref().unwrap_or_default();
        let mut asked = [0u32; DrivingLicence::ALL.len()];
        for v in &self.vacancies {
            for &l in &v.conditions.driving_licences {
                if !held.iter().any(|h| h.covers(l)) {
                    if let Some(k) = DrivingLicence::ALL.iter().position(|&x| x == l) {
                        asked[k] += 1;
                    }
                }
            }
        }
        let mut by_count: Vec<(DrivingLicence, u32)> = DrivingLicence::ALL.iter().copied().zip(asked).filter(|&(_, n)| n > 0).collect();
        crate::order::sort_by_key(&mut by_count, |(_, n)| u128::from(u32::MAX - n));
        by_count.into_iter().take(WHAT_IF_LICENCES).map(|(l, _)| l).collect()
    }

    /// The skills that would open the most doors: of the skills the loaded vacancies list and
    /// the profile lacks, those that would make the most vacancies good fits when added. Each
    /// count is checked by scoring every vacancy with the skill added.
    pub fn skills_that_open_doors(&self, profile: &Profile, options: &InsightOptions) -> Result<Vec<DoorSkill>, InputError> {
        let (rank, today) = self.insight_setup(profile, options)?;
        let good = options.good_fit;
        // 1. One pass: for each vacancy that is no good fit yet but could be with more skills,
        //    estimate which one missing skill would make it one.
        let mut q = ProfileQuery::new(profile, rank.clone(), &self.vocab, &self.taxonomy, &self.geo, &self.caches);
        let mut estimate: HashMap<u32, (u32, usize, usize)> = HashMap::default(); // skill number → (vacancies, example vacancy, skill)
        let mut now: HashSet<usize> = HashSet::default();
        // The vacancies that could become good fits: they pass every filter (a skill changes no
        // filter), are no good fit yet (a skill never lowers a score), and would be with every
        // skill they ask.
        let mut open = vec![0u64; self.vacancies.len().div_ceil(64)];
        self.each_matched(&mut q, None, |i, v, q, matched| {
            if excluded_by_options(v, &q.options, today) {
                return;
            }
            let Some(constraints) = passes_filters(q, v) else { return };
            let scored = score_with(q, matched, constraints);
            if !scored.excluded && scored.score >= good {
                now.insert(i);
                return;
            }
            if score_with(q, [Outcome::MATCH, matched[1]], constraints).score < good {
                return;
            }
            open[i / 64] |= 1 << (i % 64);
            if v.lists_no_skills() {
                return;
            }
            let possible: f64 = v.skills().map(|s| skill_weight(s.required())).sum();
            let fraction = if matched[0].status == crate::explain::PartStatus::NotUsed { 0.0 } else { matched[0].fraction };
            for ((j, covered), skill) in covered_skills(q, v).into_iter().enumerate().zip(v.skills()) {
                if covered {
                    continue;
                }
                let more = Outcome::graded((fraction + skill_weight(skill.required()) / possible).min(1.0));
                if score_with(q, [more, matched[1]], constraints).score >= good {
                    estimate.entry(skill.number).or_insert((0, i, j)).0 += 1;
                }
            }
        });
        // 2. The most promising skills, each checked with a ranking pass of its own.
        let mut promising: Vec<(u32, (u32, usize, usize))> = estimate.into_iter().collect();
        crate::order::sort_by_key(&mut promising, |(label, (n, _, _))| (u128::from(u32::MAX - n) << 32) | u128::from(*label));
        let mut doors = Vec::new();
        for (label, (_, i, j)) in promising.into_iter().take(DOOR_SKILL_CANDIDATES) {
            let (term, shown, id) = self.skill_term(&self.vacancies[i], j);
            let skill = crate::model::ProfileSkill { id: term.id.clone(), label: term.label.clone(), ..Default::default() };
            // Only the open vacancies can become good fits; with skills already, only those the
            // new skill reaches.
            let mut only = open.clone();
            if !profile.skills.is_empty() {
                for (word, reached) in only.iter_mut().zip(self.reached_by(&skill, &rank)) {
                    *word &= reached;
                }
            }
            let only = Some(only);
            let mut with = profile.clone();
            with.skills.push(skill);
            let gained: Vec<usize> = self
                .good_fits(&with, &rank, today, good, only.as_deref())
                .into_iter()
                .map(|(_, k)| k)
                .filter(|k| !now.contains(k))
                .collect();
            if gained.is_empty() {
                continue;
            }
            let required_in = gained.iter().filter(|&&k| self.vacancies[k].skills().any(|s| s.number == label && s.required())).count();
            doors.push(DoorSkill {
                label: shown,
                id,
                more: gained.len() as u32,
                vacancies: gained.iter().map(|&k| self.vacancies[k].id.clone()).collect(),
                required_in: required_in as u32,
            });
        }
        crate::order::sort_by_text(&mut doors, |d| d.label.as_str().into());
        crate::order::sort_by_key(&mut doors, |d| u128::from(u32::MAX - d.more));
        doors.truncate(options.max as usize);
        Ok(doors)
    }

    /// How to add the `j`th skill of `v` to a profile: (the reference, its label, its concept id).
    fn skill_term(&self, v: &PreparedVacancy, j: usize) -> (TermRef, String, Option<String>) {
        let Some(skill) = v.skills().nth(j) else { return (TermRef::default(), String::new(), None) };
        let source = &skill.given;
        let concept = skill.concept.and_then(|c| self.taxonomy.get(c)).map(|c| &c.concept);
        let label = concept.map(|c| c.label.clone()).or_else(|| source.label.clone().filter(|l| !l.trim().is_empty())).unwrap_or_default();
        match concept {
            Some(c) => (TermRef { id: Some(c.id.clone()), label: Some(label.clone()) }, label, Some(c.id.clone())),
            None => (TermRef::label(label.clone()), label, None),
        }
    }

    /// Occupations within reach: the occupations of the loaded vacancies whose listed skills
    /// the person has most of, named or not ("orderpicker: 5 of 7").
    pub fn occupations_within_reach(&self, profile: &Profile, options: &InsightOptions) -> Result<Vec<OccupationInReach>, InputError> {
        let (rank, _) = self.insight_setup(profile, options)?;
        let mut q = ProfileQuery::new(profile, rank, &self.vocab, &self.taxonomy, &self.geo, &self.caches);
        // Per occupation: its vacancies, and per distinct skill whether the person has it.
        let mut found: HashMap<ConceptIdx, (u32, HashMap<u32, bool>)> = HashMap::default();
        // Named: one of the person's occupations names the concept whole (typos allowed), not in part.
        let named =
            |q: &ProfileQuery, c: ConceptIdx| q.occupations.iter().any(|o| o.term.concept(c).is_some_and(|m| m.strength >= STRENGTH_FUZZY));
        let mut named_set: HashMap<ConceptIdx, bool> = HashMap::default();
        let reach = self.reach_of(&q);
        for (i, v) in self.vacancies.iter().enumerate() {
            let Some(occupation) = v.occupations.first().map(|o| o.concept) else { continue };
            if v.lists_no_skills() {
                continue;
            }
            // Only a vacancy the profile reaches can have a skill covered; the others count what they ask.
            let covered = if has(&reach, i) {
                q.scan_vacancy(v, &self.terms);
                covered_skills(&q, v)
            } else {
                vec![false; v.skill_count()]
            };
            let entry = found.entry(occupation).or_default();
            entry.0 += 1;
            for (skill, covered) in v.skills().zip(covered) {
                *entry.1.entry(skill.number).or_default() |= covered;
            }
            named_set.entry(occupation).or_insert_with(|| named(&q, occupation));
        }
        let mut within: Vec<OccupationInReach> = found
            .into_iter()
            .filter_map(|(c, (vacancies, skills))| {
                let covered = skills.values().filter(|&&b| b).count() as u32;
                let concept = &self.taxonomy.get(c)?.concept;
                (covered > 0).then(|| OccupationInReach {
                    id: concept.id.clone(),
                    label: concept.label.clone(),
                    covered,
                    asked: skills.len() as u32,
                    vacancies,
                    named: named_set.get(&c).copied().unwrap_or(false),
                })
            })
            .collect();
        // Most skills covered first, then the larger share, then more vacancies, then by label.
        crate::order::sort_by_text(&mut within, |o| o.label.as_str().into());
        crate::order::sort_by_key(&mut within, |o| {
            let share = u128::from(o.covered * 10_000 / o.asked.max(1));
            (u128::from(u32::MAX - o.covered) << 64) | (u128::from(10_000 - share as u32) << 32) | u128::from(u32::MAX - o.vacancies)
        });
        within.truncate(options.max as usize);
        Ok(within)
    }

    /// The employer's insight: how many of `candidates` are good fits for `vacancy` now, and how
    /// many would be with each requirement eased (a licence or language not asked, equivalent
    /// experience accepted, a required skill made optional, hours more flexible).
    pub fn asking_less(&self, vacancy: &Vacancy, candidates: &[Candidate], options: &InsightOptions) -> Result<AskingLess, InputError> {
        check_insight_options(options)?;
        let rank = RankOptions { min_score: options.good_fit, ..options.rank_options() };
        let fits = |v: &Vacancy| -> Result<Vec<String>, InputError> {
            Ok(self.rank_candidates(v, candidates, &rank)?.into_iter().map(|r| r.id).collect())
        };
        let now = fits(vacancy)?;
        let mut variants: Vec<(VacancyChange, Vacancy)> = Vec::new();
        for (k, &licence) in vacancy.driving_licences.iter().enumerate() {
            let mut v = vacancy.clone();
            v.driving_licences.remove(k);
            variants.push((VacancyChange::WithoutLicence { licence }, v));
        }
        if let Some(education) = vacancy.education.filter(|e| !e.or_equivalent_experience) {
            let mut v = vacancy.clone();
            v.education = Some(crate::model::Education { or_equivalent_experience: true, ..education });
            variants.push((VacancyChange::EquivalentExperience, v));
        }
        for (k, language) in vacancy.languages.iter().enumerate() {
            let mut v = vacancy.clone();
            v.languages.remove(k);
            variants.push((VacancyChange::WithoutLanguage { language: language.language.clone() }, v));
        }
        for (k, skill) in vacancy.skills.iter().enumerate().filter(|(_, s)| s.required) {
            let mut v = vacancy.clone();
            v.skills[k].required = false;
            let label = skill.label.clone().or_else(|| skill.id.clone()).unwrap_or_default();
            variants.push((VacancyChange::SkillOptional { label }, v));
        }
        if let Some(h) = vacancy.hours.filter(|h| h.min.is_some() || h.max.is_some()) {
            let wider = HoursRange { min: h.min.map(|m| (m - FLEXIBLE_HOURS).max(0.0)), max: h.max.map(|m| m + FLEXIBLE_HOURS) };
            variants
                .push((VacancyChange::FlexibleHours { hours: FLEXIBLE_HOURS as u32 }, Vacancy { hours: Some(wider), ..vacancy.clone() }));
        }
        let mut changes = Vec::with_capacity(variants.len());
        for (change, v) in variants {
            let with = fits(&v)?;
            let gained: Vec<String> = with.iter().filter(|id| !now.contains(id)).cloned().collect();
            changes.push(AskingLessChange { change, count: with.len() as u32, more: gained.len() as u32, candidates: gained });
        }
        crate::order::sort_by_key(&mut changes, |c| u128::from(u32::MAX - c.more));
        changes.truncate(options.max as usize);
        Ok(AskingLess { good_fit: options.good_fit, now: now.len() as u32, changes })
    }
}
