//! werkmatch: ranks job vacancies against a jobseeker's skills profile, inside the browser.
//!
//! The core is plain Rust with no JavaScript in it: the domain model ([`model`]), Dutch text
//! normalisation ([`text`]), taxonomy ([`taxonomy`]), geo table ([`geo`]), scoring with
//! explanations ([`score`], [`explain`]) and ranking ([`rank`]), behind [`Engine`]. The
//! WebAssembly bindings are one thin module at the edge (`wasm`, only on wasm32).
#![warn(missing_docs)]

#[cfg(not(target_arch = "wasm32"))]
pub mod account;
pub mod date;
pub mod engine;
pub mod error;
pub mod explain;
pub mod feed;
pub mod geo;
pub mod grid;
pub mod id_index;
pub mod import;
pub mod index;
pub mod input;
pub mod insight;
pub mod limits;
pub mod matching;
pub mod model;
pub mod order;
pub mod prepared;
pub mod rank;
pub mod record;
pub mod rules;
pub mod score;
pub mod search;
pub mod suggest;
pub mod taxonomy;
pub mod text;
pub mod validate;
pub mod varint;
pub mod vocab;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use engine::Engine;
pub use error::InputError;
pub use explain::{Explanation, PartStatus, RankedResult};
pub use limits::Limits;
pub use model::*;
pub use suggest::{SuggestOptions, Suggestion};
