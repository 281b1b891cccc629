//! Gazetteers and word lists from assets/gazetteer, normalized once and indexed by first word.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::{EntityKind, Written};
use crate::text::normalize;

/// A known name: its normalized words, its kind, and the key shared by its other spellings.
#[derive(Debug, Clone)]
pub struct Entry {
    pub words: Vec<String>,
    pub kind: EntityKind,
    pub key: String,
    /// For city names: the spelling with hamza seats kept, which the text must match
    /// (common words fold to the same letters as small towns).
    pub strict: Option<String>,
}

/// A word with harakat and tatweel removed but hamza seats kept.
pub fn light(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .collect()
}

/// Heads of organizations that are called by their name alone (`الدعم السريع`, `العدالة
/// والتنمية`): forces, movements, parties, banks. Not committees or ministries, whose name
/// alone is their field (`السياسة النقدية`, `الخارجية`).
pub const NAMED_BY_TAIL: &[&str] = &[
    "قوات",
    "قوه",
    "حركه",
    "حزب",
    "جماعه",
    "تنظيم",
    "كتائب",
    "ميليشيا",
    "مليشيا",
    "البنك",
    "بنك",
    "جبهه",
    "الجبهه",
    "تحالف",
    "ائتلاف",
    "تكتل",
    "سرايا",
    "فيلق",
    "لواء",
];

/// What a head word starts (assets/gazetteer/heads.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// `وزارة`, `حركة`, `المجلس`: an organization named by what follows.
    Organization,
    /// `محافظة`, `ولاية`: an administrative unit, part of the name, before a known place.
    Admin,
    /// `مطار`, `ملعب`, `جسر`: a facility, part of the name, before a place or a proper name.
    Facility,
    /// `نهر`, `جبل`: a natural feature, part of the name.
    Feature,
    /// `مدينة`, `العاصمة`: announces a place name and is not part of it.
    Classifier,
}

/// A table of the word lists (fixed data from our own assets, never keyed by the input):
/// hashed with foldhash's fixed seed, not the standard SipHash, which was about 5 % of entity
/// extraction's time in its lookups. No text can add keys here, so a fixed seed cannot be
/// flooded (the sets keyed by an article's own words keep a random one, issue 12).
pub type ListMap<V> = HashMap<String, V, foldhash::fast::FixedState>;
/// A set of list words, hashed like [`ListMap`].
pub type ListSet = HashSet<String, foldhash::fast::FixedState>;

/// All word lists, ready for matching.
pub struct Gazetteer {
    /// Entries by first word, longest first.
    pub names: ListMap<Vec<Entry>>,
    pub given: ListSet,
    /// Title phrases (normalized words) by first word, longest first.
    pub titles: ListMap<Vec<Vec<String>>>,
    /// One-word titles (`قائد`, `الوزير`).
    pub title_words: ListSet,
    pub heads: ListMap<Head>,
    pub stop: ListSet,
    /// Stop words written with a final alef maksura (`على`): after folding they look like
    /// names (`علي`), so the written form decides.
    pub stop_maksura: ListSet,
    /// Given names written with a final ة (`جمعة`): the text must write the ة too, since a
    /// final ه is a pronoun (`جمعه`, gathered him).
    pub given_taa: ListSet,
    /// Second words of listed organizations called by their name alone (`الدعم` of `قوات
    /// الدعم السريع`): behind `و` they start another organization, not a coordinated name.
    pub org_second_words: ListSet,
    /// Place names that are also everyday words, and the words that announce them
    /// (assets/gazetteer/ambiguous_places.txt).
    pub ambiguous_places: ListSet,
    pub place_cues: ListSet,
    /// Adjectives that may follow an organization's name (`العليا`, `الأعلى`).
    pub org_adjectives: ListSet,
}

impl Gazetteer {
    /// A title (`قائد`, `متحدث`) or a head word (`وزارة`, `مطار`): never inside a name.
    pub fn is_title_or_head(&self, w: &str) -> bool {
        self.heads.contains_key(w) || self.title_words.contains(w)
    }

    /// Is this token a stop word, as written?
    pub fn is_stop(&self, t: &impl Written) -> bool {
        self.stop.contains(t.norm())
            && (!self.stop_maksura.contains(t.norm()) || t.original().ends_with('ى'))
    }
}

/// Normalized words of a name.
pub fn words(s: &str) -> Vec<String> {
    normalize(s)
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn entries(text: &'static str, kind: EntityKind, out: &mut ListMap<Vec<Entry>>) {
    for l in lines(text) {
        let Some((name, key)) = l.split_once('\t') else {
            continue;
        };
        let w = words(name);
        if let Some(first) = w.first().cloned() {
            let strict = key.starts_with("city:").then(|| light(name.trim()));
            out.entry(first).or_default().push(Entry {
                words: w,
                kind,
                key: format!("{kind:?}:{}", key.trim()),
                strict,
            });
        }
    }
}

/// The gazetteer, built on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut names = ListMap::default();
        entries(
            include_str!("../../assets/gazetteer/places.tsv"),
            EntityKind::Place,
            &mut names,
        );
        entries(
            include_str!("../../assets/gazetteer/places_extra.tsv"),
            EntityKind::Place,
            &mut names,
        );
        entries(
            include_str!("../../assets/gazetteer/organizations.tsv"),
            EntityKind::Organization,
            &mut names,
        );
        entries(
            include_str!("../../assets/gazetteer/people.tsv"),
            EntityKind::Person,
            &mut names,
        );
        for v in names.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        }
        let set = |t: &'static str| -> ListSet { lines(t).flat_map(words).collect() };
        let mut titles: ListMap<Vec<Vec<String>>> = ListMap::default();
        for t in lines(include_str!("../../assets/gazetteer/titles.txt")).map(words) {
            if let Some(first) = t.first() {
                titles.entry(first.clone()).or_default().push(t);
            }
        }
        for v in titles.values_mut() {
            v.sort_by_key(|t| std::cmp::Reverse(t.len()));
        }
        let title_words = titles
            .values()
            .flatten()
            .filter_map(|t| match t.as_slice() {
                [only] => Some(only.clone()),
                _ => None,
            })
            .collect();
        let heads: ListMap<Head> = lines(include_str!("../../assets/gazetteer/heads.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .filter_map(|(k, w)| {
                let kind = match k {
                    "organization" => Head::Organization,
                    "place" => Head::Admin,
                    "facility" => Head::Facility,
                    "feature" => Head::Feature,
                    "classifier" => Head::Classifier,
                    _ => return None,
                };
                words(w).pop().map(|w| (w, kind))
            })
            .collect();
        let org_second_words = names
            .values()
            .flatten()
            .filter(|e| e.kind == EntityKind::Organization)
            .filter_map(|e| match e.words.as_slice() {
                [first, second, ..] if NAMED_BY_TAIL.contains(&first.as_str()) => {
                    Some(second.clone())
                }
                _ => None,
            })
            .collect();
        Gazetteer {
            org_second_words,
            names,
            given: set(include_str!("../../assets/gazetteer/given_names.txt")),
            given_taa: lines(include_str!("../../assets/gazetteer/given_names.txt"))
                .flat_map(str::split_whitespace)
                .filter(|w| w.ends_with('ة'))
                .flat_map(words)
                .collect(),
            titles,
            title_words,
            heads,
            stop: set(include_str!("../../assets/gazetteer/stopwords.txt")),
            stop_maksura: lines(include_str!("../../assets/gazetteer/stopwords.txt"))
                .flat_map(str::split_whitespace)
                .filter(|w| w.ends_with('ى'))
                .flat_map(words)
                .collect(),
            ambiguous_places: lines(include_str!("../../assets/gazetteer/ambiguous_places.txt"))
                .filter(|l| !l.starts_with('@'))
                .flat_map(words)
                .collect(),
            place_cues: lines(include_str!("../../assets/gazetteer/ambiguous_places.txt"))
                .filter_map(|l| l.strip_prefix('@'))
                .flat_map(words)
                .collect(),
            org_adjectives: [
                "العليا",
                "الاعلي",
                "العام",
                "العامه",
                "الكبري",
                "الكبير",
                "المتحده",
                "الحر",
            ]
            .into_iter()
            .map(str::to_string)
            .collect(),
        }
    })
}
