//! The rule set: every weight and threshold of matching and scoring, in one place.
//!
//! A score is 0–100 and the sum of named parts. Each factor has a weight below; factors the
//! profile says nothing about are "not used" and the weights of the used factors are scaled
//! to add up to 100. Within a factor, a fraction 0–1 of its weight is earned. Change any number
//! here and bump [`RULESET_VERSION`]: every result carries it.

/// Version of this rule set, carried by every result.
pub const RULESET_VERSION: &str = "werkmatch-rules-3";

/// Weight of skills (how much of what the vacancy asks the person has).
pub const WEIGHT_SKILLS: u32 = 45;
/// Weight of desired occupations / past job titles vs the vacancy's title and occupation.
pub const WEIGHT_OCCUPATION: u32 = 20;
/// Weight of straight-line distance.
pub const WEIGHT_DISTANCE: u32 = 12;
/// Weight of hours per week.
pub const WEIGHT_HOURS: u32 = 6;
/// Weight of education level.
pub const WEIGHT_EDUCATION: u32 = 5;
/// Weight of driving licences.
pub const WEIGHT_DRIVING_LICENCES: u32 = 4;
/// Weight of language levels.
pub const WEIGHT_LANGUAGES: u32 = 3;
/// Weight of work conditions the person cannot take.
pub const WEIGHT_WORK_CONDITIONS: u32 = 3;
/// Weight of inclusive-hiring options, used only for people in the banenafspraak target group.
pub const WEIGHT_INCLUSIVE: u32 = 2;

/// Fraction earned when the vacancy leaves a field empty ("onbekend"): neither yes nor no.
pub const UNKNOWN_CREDIT: f64 = 0.5;

/// Strength of a match by the same concept id, label or synonym.
pub const STRENGTH_EXACT: f64 = 1.0;
/// Strength of a title that holds the person's words exactly, but only after normalisation
/// ("kappers" for "kapper"): a hair less than the same words as written, so the literal title
/// ranks first among equals.
pub const STRENGTH_INFLECTED: f64 = 0.995;
/// Strength of a match with typos.
pub const STRENGTH_FUZZY: f64 = 0.85;
/// Strength of a match inside a compound word ("heftruck" in "heftruckchauffeur").
pub const STRENGTH_COMPOUND: f64 = 0.8;
/// Strength when the first part of the person's compound occurs on its own
/// ("heftruck" in a text, for "heftruckcertificaat").
pub const STRENGTH_COMPOUND_MODIFIER: f64 = 0.6;
/// Strength when all words of a phrase occur, but not next to each other.
pub const STRENGTH_SCATTERED: f64 = 0.85;
/// Strength of a match with another concept that has exactly the same label (ESCO shares some
/// synonyms between occupations).
pub const STRENGTH_SHARED_LABEL: f64 = 0.95;
/// Most a synonym found in a vacancy title counts when that title names another known
/// occupation ("automonteur", a synonym of one occupation, in the title of another).
pub const STRENGTH_SYNONYM_IN_OTHER_TITLE: f64 = 0.7;
/// Strength of a match through a broader, narrower or sibling concept.
pub const STRENGTH_RELATED: f64 = 0.5;

/// Weight of a required vacancy skill relative to an optional one.
pub const REQUIRED_SKILL_WEIGHT: f64 = 2.0;
/// Weight of an optional vacancy skill.
pub const OPTIONAL_SKILL_WEIGHT: f64 = 1.0;
/// For vacancies without structured skills: this many profile skills found in the text
/// (each counted by its strength) earn the whole skills weight.
pub const TEXT_SKILLS_FOR_FULL_CREDIT: f64 = 4.0;
/// A desired occupation found only in the description (not the title) counts this much.
pub const OCCUPATION_IN_DESCRIPTION_FACTOR: f64 = 0.5;
/// A past job title counts this much compared with a desired occupation.
pub const PAST_JOB_TITLE_FACTOR: f64 = 0.8;

/// Strength of a word that shares a long beginning with the other ("elektriciteit" and
/// "elektricien", "automatisering" and "automatisatie"): another form of the same word.
pub const STRENGTH_WORD_FORM: f64 = 0.6;
/// Two words are forms of one word when they share at least this many first letters...
pub const WORD_FORM_MIN_CHARS: usize = 6;
/// ...and at least this share of the shorter word.
pub const WORD_FORM_MIN_SHARE: f64 = 0.6;
/// Strength of a word that the taxonomy uses in place of the other ("bediener" and "operator",
/// "hoofd" and "manager"): two labels of one concept differ in just these words, in at least
/// [`WORD_SYNONYM_MIN_CONCEPTS`] concepts.
pub const STRENGTH_WORD_SYNONYM: f64 = 0.7;
/// See [`STRENGTH_WORD_SYNONYM`].
pub const WORD_SYNONYM_MIN_CONCEPTS: u32 = 3;

/// Partial credit. A phrase found in part earns the weighted share of its words found (each
/// word weighing how rare it is among the taxonomy's labels, its inverse document frequency),
/// times the weighted share of the field's words it covers raised to an exponent (a field that
/// says much more than the phrase fits less well). The result is raised to
/// [`PARTIAL_CURVE`] and, when not every word of the phrase was found, scaled by
/// [`STRENGTH_PARTIAL_MAX`], so a whole phrase always beats a part of it.
pub const FIELD_COVERAGE_EXPONENT_OCCUPATION: f64 = 0.7;
/// The same for skills: a vacancy skill saying more than the person's ("heftruck rijden" for
/// "heftruck") still means the same skill, so the field's words count far less.
pub const FIELD_COVERAGE_EXPONENT_SKILL: f64 = 0.2;
/// See [`FIELD_COVERAGE_EXPONENT_OCCUPATION`]: the curve that turns coverage into strength.
pub const PARTIAL_CURVE: f64 = 0.5;
/// Most a phrase found only in part can count.
pub const STRENGTH_PARTIAL_MAX: f64 = 0.8;
/// A phrase found only in part counts when the words found say at least this much, as a share
/// of an average word's weight: one common or generic word of several ("werk" of "kassawerk")
/// is no evidence.
pub const PARTIAL_MIN_EVIDENCE: f64 = 0.5;
/// Weight of a word the taxonomy does not know, as a share of an average word's weight: a
/// qualifier such as "Italiaans" in "Kok Italiaans" carries little, since no label can confirm it.
pub const UNKNOWN_WORD_WEIGHT: f64 = 0.5;
/// Weight of a generic word in a job title ([`GENERIC_WORDS`]), as a share of its weight (a
/// generic word the taxonomy does not know, and a number it does not know, weigh nothing).
pub const GENERIC_WORD_WEIGHT: f64 = 0.25;
/// Words that say little about which occupation or skill is meant (as written; they are
/// stemmed like every word): qualifiers, hours and job-ad filler, and the generic role nouns
/// of Dutch job titles ("medewerker", "verantwoordelijke", "operator") whose meaning comes from
/// the words beside them.
pub const GENERIC_WORDS: &[&str] = &[
    "allround",
    "ervaren",
    "senior",
    "junior",
    "medior",
    "startend",
    "starter",
    "zelfstandig",
    "fulltime",
    "parttime",
    "uur",
    "uren",
    "week",
    "vacature",
    "gezocht",
    "nieuw",
    "leuk",
    "enthousiast",
    "ervaring",
    "baan",
    "functie",
    "medewerker",
    "medewerkster",
    "verantwoordelijke",
    "operator",
    "technicus",
    "assistent",
    "assistente",
    "leidinggevende",
    "adviseur",
    "specialist",
    "hulp",
    "bediende",
    "coordinator",
    "beheerder",
    "hoofd",
    "chef",
    "werker",
    "arbeider",
    "deskundige",
    "consulent",
    "teamleider",
    "manager",
];
/// A title written as alternatives ("Florist-bloemist", "Hovenier / groenvoorziener") also
/// matches as each alternative alone, counted this much.
pub const ALTERNATIVE_FACTOR: f64 = 0.95;
/// A taxonomy concept that other concepts name as broader (a group such as an ISCO unit group,
/// "Kappers") counts this much of the same match: the specific occupation is meant first.
pub const GROUP_CONCEPT_FACTOR: f64 = 0.9;
/// Concepts a text is matched to are kept from this strength on...
pub const CONCEPT_MATCH_MIN: f64 = 0.15;
/// ...and at most this many (the strongest).
pub const CONCEPT_MATCH_MAX: usize = 50;
/// A vacancy title that names no occupation label whole is credited with the best occupation
/// it matches in part, from this strength on (enrichment).
pub const ENRICHMENT_MIN_STRENGTH: f64 = 0.5;

/// The last part of a compound is its head ("broodbakker" is a "bakker"): its weight counts
/// this many times.
pub const COMPOUND_HEAD_WEIGHT: f64 = 1.5;
/// A word the lexicon does not know splits into an unknown first part and a known head
/// ("nachtportier") when both have at least this many letters.
pub const COMPOUND_HEAD_MIN_CHARS: usize = 4;
/// A word must be this long to be a part of a compound split by the lexicon.
pub const COMPOUND_PART_MIN_CHARS: usize = 3;
/// Most parts a compound is split into.
pub const COMPOUND_MAX_PARTS: usize = 4;

/// Tokens shorter than this allow no typo.
pub const TYPO_MIN_CHARS: usize = 5;
/// Tokens this long or longer allow two typos.
pub const TYPO_LONG_MIN_CHARS: usize = 9;
/// A word must be this long to be found as the first part of a compound.
pub const COMPOUND_PREFIX_MIN_CHARS: usize = 5;
/// A word must be this long to be found as the last part of a compound.
pub const COMPOUND_SUFFIX_MIN_CHARS: usize = 4;
/// The rest of a compound must be at least this long ("klassen" is not "k" + "lassen").
pub const COMPOUND_REST_MIN_CHARS: usize = 3;

/// Within the maximum distance, the distance fraction falls linearly from 1 at 0 km to this
/// at the maximum.
pub const DISTANCE_FRACTION_AT_MAX: f64 = 0.5;
/// Without a maximum, the distance fraction falls linearly to 0 at this many km (no filter).
pub const DISTANCE_ZERO_KM_WITHOUT_MAX: f64 = 60.0;
/// A gap of this many hours per week between wanted and offered hours earns nothing.
pub const HOURS_GAP_FOR_ZERO: f64 = 8.0;
/// Fraction earned for a lower education level when the vacancy accepts equivalent experience.
pub const EDUCATION_EQUIVALENT_CREDIT: f64 = 0.6;
/// Fraction lost per education level below the required one (without equivalent experience).
pub const EDUCATION_LOSS_PER_LEVEL: f64 = 0.25;
/// Fraction for a vacancy with other inclusive options (jobcoach, proefplaatsing, aangepaste
/// uren) but not marked for the banenafspraak.
pub const INCLUSIVE_OTHER_CREDIT: f64 = 0.5;

/// Insights: a good fit is a vacancy (or candidate) that passes every filter and scores at
/// least this (the widget calls a score from 55 "past goed").
pub const GOOD_FIT_SCORE: u32 = 55;
/// Insights: answers given by default (skills, occupations, changes).
pub const INSIGHT_MAX: u32 = 5;
/// What-if: the travel distances tried (the next two above the person's own).
pub const WHAT_IF_DISTANCES_KM: [u32; 6] = [5, 10, 15, 25, 50, 100];
/// What-if: the driving licences tried (those the loaded vacancies ask most).
pub const WHAT_IF_LICENCES: usize = 2;
/// Skills that open doors: this many skills with the best estimate are checked by scoring
/// every vacancy with the skill added.
pub const DOOR_SKILL_CANDIDATES: usize = 6;
/// Asking less: hours per week added on each side of the vacancy's hours.
pub const FLEXIBLE_HOURS: f64 = 8.0;

/// Default number of results.
pub const DEFAULT_LIMIT: u32 = 20;
/// Most results one query may ask for.
pub const MAX_LIMIT: u32 = 1000;
