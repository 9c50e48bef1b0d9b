//! Closed vocabularies of the model: contract types, driving licences, CEFR levels and work
//! conditions. Unknown values are rejected when input is read, naming the field.

use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Kind of employment contract ("vast", "tijdelijk", "uitzend", "oproep", ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ContractType {
    /// Vast contract: permanent.
    Permanent,
    /// Tijdelijk contract: fixed term.
    Temporary,
    /// Uitzendwerk: through a temporary employment agency.
    Agency,
    /// Oproepcontract / nulurencontract: on call.
    OnCall,
    /// Stage or werkervaringsplaats.
    Internship,
    /// Leerwerkbaan (BBL): learning while working.
    Apprenticeship,
    /// Zzp / freelance assignment.
    Freelance,
}

/// A Dutch/EU driving licence category, plus the professional "code 95" entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub enum DrivingLicence {
    /// Bromfiets (moped).
    AM,
    /// Motor.
    A,
    /// Car.
    B,
    /// Car with heavy trailer.
    BE,
    /// Light truck.
    C1,
    /// Light truck with trailer.
    C1E,
    /// Truck.
    C,
    /// Truck with trailer.
    CE,
    /// Minibus.
    D1,
    /// Bus.
    D,
    /// Bus with trailer.
    DE,
    /// Tractor (T-rijbewijs).
    T,
    /// Vakbekwaamheid code 95 for professional drivers.
    #[serde(rename = "code95")]
    Code95,
}

impl DrivingLicence {
    /// Whether holding `self` also covers a requirement for `required` (e.g. CE covers C and B).
    pub fn covers(self, required: DrivingLicence) -> bool {
        use DrivingLicence::*;
        if self == required {
            return true;
        }
        let implied: &[DrivingLicence] = match self {
            CE => &[C, C1, C1E, BE, B],
            C => &[C1, B],
            C1E => &[C1, BE, B],
            C1 => &[B],
            DE => &[D, D1, BE, B],
            D => &[D1, B],
            D1 => &[B],
            BE => &[B],
            _ => &[],
        };
        implied.contains(&required)
    }
}

/// Language level on the Common European Framework of Reference (A1 lowest, C2 highest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub enum CefrLevel {
    /// Beginner.
    A1,
    /// Elementary.
    A2,
    /// Intermediate (B1: the level of most Dutch government texts).
    B1,
    /// Upper intermediate.
    B2,
    /// Advanced.
    C1,
    /// Proficient / native.
    C2,
}

/// A condition of the work that some people cannot take ("wat kan ik wel/niet").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum WorkCondition {
    /// Zwaar tillen.
    HeavyLifting,
    /// Lang staan.
    Standing,
    /// Nachtdiensten.
    NightShifts,
    /// Avonddiensten.
    EveningShifts,
    /// Weekenddiensten.
    WeekendShifts,
    /// Alleen werken.
    WorksAlone,
    /// Buiten werken.
    Outdoors,
    /// Lawaai.
    Noisy,
}
