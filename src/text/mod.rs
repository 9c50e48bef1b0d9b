//! Text handling for Dutch: normalisation, tokens, light stemming, compounds, HTML to text, typo
//! tolerance.

mod compound;
mod fuzzy;
mod html;
mod normalize;
mod number;

pub use compound::split_compound;
pub use fuzzy::{max_typos, typo_match, typo_match_within};
pub use html::html_to_text;
pub(crate) use normalize::stem;
pub use normalize::{fold, linked_tokens, normalize_label, token_pairs, tokens, LinkedToken};
pub use number::number_text;
