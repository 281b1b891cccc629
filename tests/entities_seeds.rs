//! Entities of the bundled story: found, merged and kept apart as a reader expects, nothing
//! attributed from boilerplate, and entity-level precision and recall against a hand
//! annotation (tests/data/entities_gold.tsv).

use khabar::corpus::bundled;
use khabar::extract::{Entity, EntityKind, entities};
use khabar::text::normalize;

fn find<'a>(es: &'a [Entity], name: &str) -> Option<&'a Entity> {
    let n = normalize(name).text;
    es.iter()
        .find(|e| normalize(&e.name).text == n || e.variants.iter().any(|v| normalize(v).text == n))
}

#[test]
fn story_entities_found_merged_and_apart() {
    let corpus = bundled();
    let es = entities::extract(&corpus);
    let qaani = find(&es, "إسماعيل قاآني").expect("Qaani");
    assert_eq!(qaani.name, "إسماعيل قاآني", "display name is the full name");
    let sources: std::collections::BTreeSet<&str> =
        qaani.mentions.iter().map(|m| &m.article[..3]).collect();
    assert!(
        sources.len() >= 4,
        "four of the five articles name him: {sources:?}"
    );
    let sudani = find(&es, "السوداني").expect("Sudani");
    assert_eq!(sudani.name, "محمد شياع السوداني");
    let kataib = find(&es, "كتائب حزب الله").expect("Kataib Hezbollah");
    let hezb = find(&es, "حزب الله").expect("Hezbollah");
    assert_ne!(kataib.id, hezb.id, "كتائب حزب الله is not حزب الله");
    let airport = find(&es, "مطار بغداد").expect("airport");
    let baghdad = find(&es, "بغداد").expect("Baghdad");
    assert_ne!(airport.id, baghdad.id);
    assert_eq!(airport.kind, EntityKind::Place);
    let tower = find(&es, "البرج 22").expect("Tower 22");
    assert!(
        find(&es, "تاور 22").is_some_and(|t| t.id == tower.id),
        "translations merge"
    );
    let isis = find(&es, "داعش").expect("ISIS");
    assert!(find(&es, "الدولة الإسلامية").is_some_and(|t| t.id == isis.id));
    for e in &es {
        for m in &e.mentions {
            let a = corpus
                .articles
                .iter()
                .find(|a| *a.id == *m.article)
                .expect("article");
            let p = &a.paragraphs[m.paragraph];
            assert!(
                p.kind.is_content(),
                "{} mentioned in a {:?} paragraph",
                e.name,
                p.kind
            );
            let text: String = p.text.chars().skip(m.start).take(m.end - m.start).collect();
            assert_eq!(text, m.text);
        }
    }
}

#[test]
fn nothing_from_boilerplate() {
    let es = entities::extract(&bundled());
    for name in [
        "نصر الدين عبد الفتاح",
        "سومي",
        "الخرطوم",
        "هادي العامري",
        "عصائب أهل الحق",
        "كيجالي",
    ] {
        assert!(
            find(&es, name).is_none(),
            "{name} occurs only in boilerplate"
        );
    }
}

/// (kind, normalized spellings) of the gold entities.
fn gold() -> Vec<(EntityKind, Vec<String>)> {
    include_str!("data/entities_gold.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let kind = match cols[0] {
                "person" => EntityKind::Person,
                "organization" => EntityKind::Organization,
                "place" => EntityKind::Place,
                _ => return None,
            };
            let mut names = vec![normalize(cols[1]).text];
            if let Some(v) = cols.get(2) {
                names.extend(v.split('|').map(|s| normalize(s).text));
            }
            Some((kind, names))
        })
        .collect()
}

#[test]
fn precision_and_recall_on_the_seeds() {
    let es = entities::extract(&bundled());
    let gold = gold();
    let matches = |e: &Entity, g: &(EntityKind, Vec<String>)| {
        e.kind == g.0
            && (g.1.contains(&normalize(&e.name).text)
                || e.variants.iter().any(|v| g.1.contains(&normalize(v).text)))
    };
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ] {
        let ours: Vec<&Entity> = es.iter().filter(|e| e.kind == kind).collect();
        let theirs: Vec<_> = gold.iter().filter(|g| g.0 == kind).collect();
        let tp = ours
            .iter()
            .filter(|e| theirs.iter().any(|g| matches(e, g)))
            .count();
        let found = theirs
            .iter()
            .filter(|g| ours.iter().any(|e| matches(e, g)))
            .count();
        let p = tp as f64 / ours.len().max(1) as f64;
        let r = found as f64 / theirs.len().max(1) as f64;
        println!(
            "{kind:?}: precision {p:.2} ({tp}/{}), recall {r:.2} ({found}/{})",
            ours.len(),
            theirs.len()
        );
        assert!(
            p >= 0.85 && r >= 0.85,
            "{kind:?} precision {p:.2} recall {r:.2}"
        );
    }
}
