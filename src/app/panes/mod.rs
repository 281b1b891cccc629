//! The panes' state, each with a small `command` that moves its own state and answers with
//! [`Msg`](super::action::Msg)s for the rest of the reader. Their widgets are in
//! [`crate::ui`]; what is where on screen is in [`crate::screen`].

pub mod articles;
pub mod body;
pub mod compare;
pub mod detail;
pub mod entities;
pub mod help;
pub mod list;
pub mod search;
pub mod stories;
pub mod timeline;
