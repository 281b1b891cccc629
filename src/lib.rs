//! khabar — a terminal reader for Arabic news.
//!
//! Data flows one way: files → [`corpus::Corpus`] → [`extract::Analysis`] (entities, timeline)
//! → [`app`] state → [`ui`] frame. The text engine ([`text`]) turns a logical paragraph into
//! visual rows (shaped, reordered, with a cell → logical map) for every place that draws text.

pub mod app;
pub mod calendar;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod extract;
pub mod search;
pub mod synthetic;
pub mod text;
pub mod ui;
