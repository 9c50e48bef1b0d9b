//! [`Outcome`]: what one factor concluded for one vacancy.

use crate::explain::PartStatus;

/// One factor's result: the fraction of its weight earned, its status, and whether it is a
/// known mismatch (which a constraint in filter mode turns into exclusion).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// Fraction 0–1 of the factor's weight earned.
    pub fraction: f64,
    /// Status to show.
    pub status: PartStatus,
    /// A known mismatch (never set for unknown values).
    pub mismatch: bool,
}

impl Outcome {
    /// The factor does not count.
    pub const NOT_USED: Outcome = Outcome { fraction: 0.0, status: PartStatus::NotUsed, mismatch: false };
    /// Fully met.
    pub const MATCH: Outcome = Outcome { fraction: 1.0, status: PartStatus::Match, mismatch: false };
    /// Nothing asked: fully met.
    pub const NOT_REQUIRED: Outcome = Outcome { fraction: 1.0, status: PartStatus::NotRequired, mismatch: false };

    /// The vacancy does not say: the unknown credit, never a mismatch.
    pub fn unknown() -> Outcome {
        Outcome { fraction: crate::rules::UNKNOWN_CREDIT, status: PartStatus::Unknown, mismatch: false }
    }

    /// A known mismatch earning `fraction`.
    pub fn mismatch(fraction: f64) -> Outcome {
        Outcome { fraction: fraction.clamp(0.0, 1.0), status: PartStatus::Mismatch, mismatch: true }
    }

    /// A known shortfall earning `fraction` (one of two languages, a level too low, hours close
    /// by): filterable like a mismatch, but shown as partly met while it still earns something,
    /// so a status never says "past niet" beside points earned.
    pub fn short(fraction: f64) -> Outcome {
        let fraction = fraction.clamp(0.0, 1.0);
        let status = if fraction > 0.0 { PartStatus::Partial } else { PartStatus::Mismatch };
        Outcome { fraction, status, mismatch: true }
    }

    /// A graded outcome: match at 1, partial above 0, mismatch (not filterable) at 0.
    pub fn graded(fraction: f64) -> Outcome {
        let fraction = fraction.clamp(0.0, 1.0);
        let status = if fraction >= 1.0 {
            PartStatus::Match
        } else if fraction > 0.0 {
            PartStatus::Partial
        } else {
            PartStatus::Mismatch
        };
        Outcome { fraction, status, mismatch: false }
    }
}
