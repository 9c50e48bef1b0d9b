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

impl ContractType {
    /// Every contract type, in the order a form lists them.
    pub const ALL: [ContractType; 7] = [
        ContractType::Permanent,
        ContractType::Temporary,
        ContractType::Agency,
        ContractType::OnCall,
        ContractType::Internship,
        ContractType::Apprenticeship,
        ContractType::Freelance,
    ];
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
    /// Every licence, in the order of the Dutch driving licence card (AM, A, B, …, T, code 95).
    pub const ALL: [DrivingLicence; 13] = {
        use DrivingLicence::*;
        [AM, A, B, BE, C1, C1E, C, CE, D1, D, DE, T, Code95]
    };

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

impl CefrLevel {
    /// Every level, lowest first.
    pub const ALL: [CefrLevel; 6] = [CefrLevel::A1, CefrLevel::A2, CefrLevel::B1, CefrLevel::B2, CefrLevel::C1, CefrLevel::C2];
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

impl WorkCondition {
    /// Every work condition, in the order a form lists them.
    pub const ALL: [WorkCondition; 8] = {
        use WorkCondition::*;
        [HeavyLifting, Standing, NightShifts, EveningShifts, WeekendShifts, WorksAlone, Outdoors, Noisy]
    };
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde::de::DeserializeOwned;

    /// Every value of `all` is distinct and reads back from its JSON name, and `all` is
    /// complete: a name that is not in it is refused when read.
    fn check<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug + Copy>(all: &[T], not_a_value: &str) -> Vec<String> {
        let names: Vec<String> = all.iter().map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_owned()).collect();
        for (value, name) in all.iter().zip(&names) {
            assert_eq!(serde_json::from_value::<T>(serde_json::json!(name)).unwrap(), *value);
        }
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "no value twice");
        assert!(serde_json::from_value::<T>(serde_json::json!(not_a_value)).is_err());
        names
    }

    #[test]
    fn every_list_holds_each_value_once_by_its_json_name() {
        assert_eq!(check(&DrivingLicence::ALL, "E"), ["AM", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D", "DE", "T", "code95"]);
        assert_eq!(
            check(&ContractType::ALL, "vast"),
            ["permanent", "temporary", "agency", "onCall", "internship", "apprenticeship", "freelance"]
        );
        assert_eq!(check(&CefrLevel::ALL, "D1"), ["A1", "A2", "B1", "B2", "C1", "C2"]);
        assert_eq!(
            check(&WorkCondition::ALL, "cold"),
            ["heavyLifting", "standing", "nightShifts", "eveningShifts", "weekendShifts", "worksAlone", "outdoors", "noisy"]
        );
    }

    /// A `match` without a wildcard: adding a variant fails to compile here until the lists
    /// above (and this) include it.
    #[test]
    fn the_lists_are_complete() {
        for l in DrivingLicence::ALL {
            match l {
                DrivingLicence::AM | DrivingLicence::A | DrivingLicence::B | DrivingLicence::BE | DrivingLicence::C1 => {}
                DrivingLicence::C1E | DrivingLicence::C | DrivingLicence::CE | DrivingLicence::D1 | DrivingLicence::D => {}
                DrivingLicence::DE | DrivingLicence::T | DrivingLicence::Code95 => {}
            }
        }
        for c in ContractType::ALL {
            match c {
                ContractType::Permanent | ContractType::Temporary | ContractType::Agency | ContractType::OnCall => {}
                ContractType::Internship | ContractType::Apprenticeship | ContractType::Freelance => {}
            }
        }
        for w in WorkCondition::ALL {
            match w {
                WorkCondition::HeavyLifting | WorkCondition::Standing | WorkCondition::NightShifts | WorkCondition::EveningShifts => {}
                WorkCondition::WeekendShifts | WorkCondition::WorksAlone | WorkCondition::Outdoors | WorkCondition::Noisy => {}
            }
        }
    }
}
