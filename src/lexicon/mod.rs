//! Word lists about names, below both the reading of files (`corpus`) and the analysis
//! (`extract`), so both can ask them without importing each other: the gazetteer of places,
//! organizations and people, given names, titles, head words and stop words
//! (assets/gazetteer, sources and licences in assets/README.md).

pub mod gazetteer;

use serde::Serialize;

use gazetteer::{gazetteer, words};

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

/// Is `text`, whole, a listed place name (`بغداد`, `قطاع غزة`)? For rules that must not take a
/// place for another kind of name (the outlet under a headline).
pub fn is_listed_place(text: &str) -> bool {
    let w = words(text);
    w.first()
        .and_then(|f| gazetteer().names.get(f))
        .is_some_and(|es| {
            es.iter()
                .any(|e| e.kind == EntityKind::Place && e.words == w)
        })
}

/// Does `text` open with a listed given name (`محمد`, `سارة`)? Then a short line is a
/// person's name (a byline), not an outlet's.
pub fn opens_with_given_name(text: &str) -> bool {
    words(text)
        .first()
        .is_some_and(|w| gazetteer().given.contains(w))
}
