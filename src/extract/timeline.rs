//! Date expressions, their normalization and the shared timeline (issue 5).
//! PLACEHOLDER: finds nothing yet.

use super::{Entity, Event};
use crate::corpus::Corpus;

/// The story's events in date order, merged across sources.
pub fn extract(_corpus: &Corpus, _entities: &[Entity]) -> Vec<Event> {
    Vec::new()
}
