//! Mention offsets in mixed text: Latin names, both kinds of digits, punctuation, harakat,
//! tatweel and invisible marks. Every mention's `start..end` (in `char`s) must slice the
//! paragraph exactly to the mention's text, and decorated names must still be found.

use khabar::corpus::Corpus;
use khabar::extract::{Entity, EntityKind, entities};
use khabar::text::normalize;
use proptest::prelude::*;

fn corpus(paras: &[String]) -> Corpus {
    Corpus::from_bodies(&[paras])
}

/// Check every mention's offsets; return (kind, normalized mention text) in text order.
fn checked(c: &Corpus) -> Vec<(EntityKind, String)> {
    let mut out = Vec::new();
    for e in entities::extract(c) {
        for m in &e.mentions {
            let text = &c.articles[0].paragraphs[m.paragraph].text;
            let n = text.chars().count();
            assert!(m.start < m.end && m.end <= n, "{m:?} in {text:?}");
            let slice: String = text.chars().skip(m.start).take(m.end - m.start).collect();
            assert_eq!(slice, m.text, "offsets of {m:?} in {text:?}");
            assert_eq!(slice.trim(), slice, "no space at the edges: {slice:?}");
            out.push((e.kind, m.paragraph, m.start, normalize(&m.text).text));
        }
    }
    out.sort_by_key(|x| (x.1, x.2));
    out.into_iter().map(|(k, _, _, t)| (k, t)).collect()
}

fn has(found: &[(EntityKind, String)], kind: EntityKind, name: &str) -> bool {
    let n = normalize(name).text;
    found.iter().any(|(k, t)| *k == kind && *t == n)
}

#[test]
fn mixed_scripts_digits_marks_and_punctuation() {
    let paras: Vec<String> = [
        "قال Emmanuel Macron إن الرئيس الفرنسي إيمانويل ماكرون سيزور بغداد (Baghdad) يوم 12/3/2024.",
        "وصل ٣ وفود إلى دمشق في ١٥ آذار ٢٠٢٤، ثم غادروا إلى القاهرة عبر الـ A320.",
        "قالَ الرَّئِيسُ الفَرَنْسِيُّ إيمانويلُ ماكرون إنّ بَغْدادَ آمِنَةٌ.",
        "زار الوفد بغـــداد والقاهـرة، ثم «وبالعراق»، (دمشق) - [طهران]!",
        "أكد\u{200f} محمد شياع السوداني 👍 أن وزارة الخارجية العراقية أبلغت الـUN.",
        "سجل اللاعب 2 هدفين في الدقيقة 90+3 بينما قال نيويورك تايمز NYT إن ٤٥٪ غادروا.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let found = checked(&corpus(&paras));
    for (kind, name) in [
        (EntityKind::Person, "إيمانويل ماكرون"),
        (EntityKind::Person, "محمد شياع السوداني"),
        (EntityKind::Place, "بغداد"),
        (EntityKind::Place, "دمشق"),
        (EntityKind::Place, "القاهرة"),
        (EntityKind::Place, "العراق"),
        (EntityKind::Place, "طهران"),
        (EntityKind::Organization, "وزارة الخارجية العراقية"),
    ] {
        assert!(has(&found, kind, name), "{name} not found in {found:?}");
    }
    // With harakat and tatweel the mention keeps them, as written.
    let es: Vec<Entity> = entities::extract(&corpus(&paras));
    let baghdad = es
        .iter()
        .find(|e| normalize(&e.name).text == "بغداد")
        .expect("baghdad");
    let texts: Vec<&str> = baghdad.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(
        texts.contains(&"بَغْدادَ") && texts.contains(&"بغـــداد"),
        "{texts:?}"
    );
}

/// Places to decorate, and the words that may stand before and after them.
const PLACES: &[&str] = &["بغداد", "القاهرة", "دمشق", "الرياض", "طهران", "بيروت"];
const BEFORE: &[&str] = &[" في ", "، ", " إلى ", " «", " - ", " 12 ", " ٣ ", " Paris "];
const AFTER: &[&str] = &[" ", "، ", "» ", ". ", " 2024 ", " ٢٠٢٤ ", " NYT "];
const FILLER: &[&str] = &[
    "قال",
    "اليوم",
    "إن",
    "الوفد",
    "Reuters",
    "2025",
    "١٢٣",
    "👍",
    "\u{200f}",
    "؟",
    "(",
    ")",
];

/// Harakat and tatweel inside Arabic words, as a writer may put them.
fn decorate(word: &str, marks: &[u8]) -> String {
    let mut out = String::new();
    let chars: Vec<char> = word.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        out.push(*c);
        let arabic = ('\u{0621}'..='\u{064A}').contains(c);
        match marks.get(i).copied().unwrap_or(0) % 6 {
            1 if arabic => out.push('\u{064E}'),
            2 if arabic => out.push('\u{0651}'),
            3 if arabic && i + 1 < chars.len() && !matches!(c, 'ا' | 'د' | 'ر' | 'و') => {
                out.push('\u{0640}')
            }
            _ => {}
        }
    }
    out
}

proptest! {
    #[test]
    fn offsets_slice_the_text_and_decorated_places_are_found(
        parts in proptest::collection::vec(
            (0..PLACES.len(), 0..BEFORE.len(), 0..AFTER.len(), 0..3usize,
             proptest::collection::vec(any::<u8>(), 8), 0..FILLER.len()),
            1..6,
        )
    ) {
        let mut text = String::from("قال المصدر");
        let mut expected = Vec::new();
        for (p, b, a, clitic, marks, f) in &parts {
            text.push_str(FILLER[*f]);
            text.push_str(BEFORE[*b]);
            let place = PLACES[*p];
            // و and ب are tried as proclitics, never forced.
            text.push_str(["", "و", "ب"][*clitic]);
            text.push_str(&decorate(place, marks));
            text.push_str(AFTER[*a]);
            expected.push(place);
        }
        let found = checked(&corpus(&[text.clone()]));
        for place in expected {
            prop_assert!(
                has(&found, EntityKind::Place, place),
                "{place} not found in {text:?}: {found:?}"
            );
        }
    }
}
