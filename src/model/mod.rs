//! The domain model: what callers pass in (vacancies, profiles, taxonomy, geo table, options).
//!
//! These types are plain data with serde derives. On wasm32 they also derive TypeScript
//! declarations (tsify), which is the only place the model mentions the browser.

mod enums;
mod options;
mod profile;
mod reference;
mod taxonomy;
mod vacancy;

pub use enums::{CefrLevel, ContractType, DrivingLicence, WorkCondition};
pub use options::{ConstraintMode, ConstraintModes, RankOptions};
pub use profile::{Candidate, Profile, ProfileLocation, ProfileSkill};
pub use reference::TermRef;
pub use taxonomy::{Concept, ConceptKind, GeoEntry};
pub use vacancy::{Education, HoursRange, InclusiveHiring, LanguageRequirement, Location, Vacancy, VacancySkill};
