//! Search across all sources, forgiving of Arabic spelling.
//!
//! Matching happens on [`crate::text::normalize`]d text, so hamza seats, ى/ي, ة/ه, harakat,
//! tatweel, Persian letters and digit systems never make a reader miss a hit. A query word also
//! matches with attached proclitics (`العراق` finds `بالعراق`), but never inside another word
//! (`عراق` does not find `عراقيين` unless the query ends with `*`). Several words match as a
//! phrase. Hits are reported as `char` ranges of the original paragraph text, like every other
//! mention in khabar, so the reader highlights them where bidi reordering puts them.

mod index;
mod query;
mod spelling;

pub use index::{Hit, Index};
pub use query::{Query, QueryWord};

#[cfg(test)]
mod tests;
