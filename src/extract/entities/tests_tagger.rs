//! Rules and the trained tagger together (`tagger/combine.rs`) and the variant joins
//! (`story.rs`), on sentences written for the purpose. These need the model
//! (assets/ner.model); without it they fail with its loading error.

use super::*;
use crate::extract::EntityKind;

fn extract_with_model(paras: &[&str]) -> Vec<Entity> {
    if let Some(problem) = tagger_problem() {
        panic!("{problem}");
    }
    extract(&Corpus::from_bodies(&[paras]))
}

fn names(paras: &[&str], kind: EntityKind) -> Vec<String> {
    let mut v: Vec<String> = extract_with_model(paras)
        .into_iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name)
        .collect();
    v.sort();
    v
}

#[test]
fn ali_written_for_ala_is_no_person() {
    let people = names(
        &["وركز الخطاب علي الحرب في غزة، وقال إن علي الاقتصاد أن ينمو."],
        EntityKind::Person,
    );
    assert!(people.is_empty(), "{people:?}");
    // The name itself still is one.
    let people = names(&["وقال علي الحسيني إن الاتفاق قريب."], EntityKind::Person);
    assert_eq!(people, vec!["علي الحسيني"]);
}

#[test]
fn no_verb_or_verbal_noun_ends_a_name() {
    let people = names(
        &["وقال محمد كريم استطاع الفريق أن يفوز، وأكد أحمد سالم اعادة فتح المعبر."],
        EntityKind::Person,
    );
    assert_eq!(people, vec!["أحمد سالم", "محمد كريم"]);
}

#[test]
fn names_without_title_or_listed_given_name() {
    let people = names(
        &["وقال المدرب فيرهوفن إن الفريق جاهز، وأضاف كوريتشي أن التدريبات مستمرة."],
        EntityKind::Person,
    );
    assert_eq!(people, vec!["فيرهوفن", "كوريتشي"]);
}

#[test]
fn no_place_inside_an_organization() {
    let es = extract_with_model(&["وقال قائد قوة القدس إن الهجوم فشل."]);
    assert!(
        es.iter().any(|e| e.kind == EntityKind::Organization),
        "{es:?}"
    );
    assert!(!es.iter().any(|e| e.kind == EntityKind::Place), "{es:?}");
}

#[test]
fn variants_with_nisba_or_forces_head_join() {
    let es = extract_with_model(&[
        "وأعلنت وزارة الداخلية العراقية اعتقال خمسة، وقالت وزارة الداخلية إن التحقيق مستمر.",
        "وقصفت قوات التحالف الدولي مواقع، وقال التحالف الدولي إن الضربات دقيقة.",
        "وأكد الحرس الثوري الإيراني الخبر، ونفى الحرس الثوري أي تدخل.",
    ]);
    let orgs: Vec<(&str, usize)> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .map(|e| (e.name.as_str(), e.mentions.len()))
        .collect();
    assert!(orgs.contains(&("وزارة الداخلية العراقية", 2)), "{orgs:?}");
    assert!(orgs.contains(&("قوات التحالف الدولي", 2)), "{orgs:?}");
    // With one sentence of context the model may stop before the nisba (`الإيراني`) on the
    // first mention; with or without it, the guard is one entity with both mentions.
    let guards: Vec<_> = orgs
        .iter()
        .filter(|(n, _)| n.starts_with("الحرس الثوري"))
        .collect();
    assert_eq!(guards.len(), 1, "{orgs:?}");
    assert_eq!(guards[0].1, 2, "{orgs:?}");
}

#[test]
fn a_shorter_name_with_two_longer_forms_stays_apart() {
    let es = extract_with_model(&[
        "وقالت وزارة الداخلية العراقية إن الحدود آمنة، وردت وزارة الداخلية السورية بالمثل.",
        "وأصدرت وزارة الداخلية بيانا.",
    ]);
    let orgs: Vec<&str> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(orgs.len(), 3, "{orgs:?}");
}

#[test]
fn list_keys_are_ascii() {
    // `combine::listed` tells list names from names made from text by this.
    for e in gazetteer::gazetteer().names.values().flatten() {
        assert!(e.key.is_ascii(), "{:?} has key {}", e.words, e.key);
    }
}
