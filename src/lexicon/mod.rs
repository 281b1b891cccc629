//! Word lists about names, below both the reading of files (`corpus`) and the analysis
//! (`extract`), so both can ask them without importing each other: the gazetteer of places,
//! organizations and people, given names, titles, head words and stop words
//! (assets/gazetteer, sources and licences in assets/README.md).

pub mod gazetteer;

use serde::Serialize;

/// What kind of name a list holds, and an entity's kind in the analysis
/// (`extract::EntityKind` is this type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

/// A word as the text writes it and as it is normalized: stop words written with a final
/// alef maksura (`على`) are told from names (`علي`) by the written form.
pub trait Written {
    fn norm(&self) -> &str;
    fn original(&self) -> &str;
}
