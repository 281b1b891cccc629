//! khabar — a terminal reader for Arabic news.
//!
//! Data flows one way: files → [`corpus::Corpus`] → [`extract::Analysis`] (entities, timeline)
//! and [`search::Index`] → [`app`] state → [`ui`] frame. The text engine ([`text`]) turns a
//! logical paragraph into visual rows (shaped, reordered, with a cell → logical map) for every
//! place that draws text. [`screen`] (pane geometry, list row models) and [`i18n`] sit below
//! both the reader's state and its drawing; [`cli`] is on top. docs/architecture.md draws it.

// No index or slice may panic on input (issue 12): `get`, iterators and slice patterns, or a
// narrow `allow` on an item whose bound is proven beside it. CI's `-D warnings` makes it an
// error; tests may index (clippy.toml). Byte ranges into a `str` likewise go through `get` or
// `split_at_checked`: a cut inside a character would panic.
#![warn(clippy::indexing_slicing)]
#![warn(clippy::string_slice)]

pub mod app;
pub mod calendar;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod extract;
pub mod i18n;
pub mod lexicon;
pub mod screen;
pub mod search;
pub mod stories;
pub mod synthetic;
pub mod text;
pub mod ui;
