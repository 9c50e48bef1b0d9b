//! Text handling for Dutch: normalisation, tokens, light stemming, HTML to text, typo tolerance.

mod fuzzy;
mod html;
mod normalize;
mod number;

pub use fuzzy::{max_typos, typo_match};
pub use html::html_to_text;
pub use normalize::{fold, normalize_label, tokens};
pub use number::number_text;
