//! The text engine: normalization for matching, and Arabic shaping + bidi layout for display.
//!
//! Everything that draws text goes through [`layout_paragraph`]; everything that matches text
//! goes through [`normalize`]. Offsets are always `char` (Unicode scalar) offsets into the
//! paragraph's original text, the same offsets the export and the extractors use.

mod layout;
mod normalize;
mod shape;
mod shaping_table;
mod width;
mod wrap;

pub use layout::{Cell, Direction, LayoutOptions, VisualLine, first_strong, layout_paragraph};
pub use normalize::{Normalized, normalize};
pub use width::cell_width;
