//! Entity recognition and cross-source linking (issue 4). PLACEHOLDER: finds nothing yet.

use super::Entity;
use crate::corpus::Corpus;

/// Find the people, organizations and places of a story, merged across its articles.
pub fn extract(_corpus: &Corpus) -> Vec<Entity> {
    Vec::new()
}
