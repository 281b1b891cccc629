//! Spellings of one foreign name joined, Arabic names never (sentences written for the
//! purpose, in the manner of sports and politics news).

use super::*;
use crate::corpus::Corpus;
use crate::extract::{Entity, entities::extract};

fn people(articles: &[&[&str]]) -> Vec<Entity> {
    extract(&Corpus::from_bodies(articles))
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect()
}

fn with(es: &[Entity], written: &str) -> Vec<String> {
    es.iter()
        .filter(|e| e.mentions.iter().any(|m| m.text == written))
        .map(|e| e.id.clone())
        .collect()
}

#[test]
fn the_table_reads_whole() {
    let text = include_str!("../../../assets/transliteration.tsv");
    let rows = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .count();
    let t = parse(text);
    assert_eq!(
        rows,
        t.digraphs.len() + 5 + 1,
        "every row is a digraph, class or vowel row"
    );
    assert_eq!(t.class.get(&'غ'), Some(&'ج'));
    assert_eq!(t.class.get(&'ث'), Some(&'س'));
    assert!(t.vowels.contains(&'ي'));
}

#[test]
fn foreign_sounds_agree_by_class() {
    for (a, b) in [
        ("غولوفين", "جولوفين"),
        ("سانتشيث", "سانشيز"),
        ("قورتولموش", "كورتولموش"),
        ("شيريشيف", "تشيريشيف"),
        ("بوغبا", "بوجبا"),
        ("فلاديفوستوك", "ڤلاديفوستوك"),
    ] {
        assert_eq!(agree(a, b), Agree::Sounds, "{a} / {b}");
    }
    assert_eq!(agree("دنيس", "دينيس"), Agree::Vowels);
    assert_eq!(agree("تشيرشيف", "تشيريشيف"), Agree::Vowels);
}

#[test]
fn arabic_names_and_words_never_agree_by_class() {
    for (a, b) in [
        // Listed given names, each its own name.
        ("جمال", "كمال"),
        ("غازي", "قاضي"),
        ("محمد", "محمود"),
        ("سمير", "سامر"),
        // Definite family names and nisbas.
        ("الغزالي", "الجزالي"),
        // Both words of general Arabic.
        ("غريب", "قريب"),
        // Vowels in different places: two names (`مرزوق`, `ميرسك`).
        ("مرزوق", "ميرسك"),
        // Too short for classes and free vowels together.
        ("جين", "كين"),
        ("سيرث", "سواريز"),
    ] {
        assert_eq!(agree(a, b), Agree::No, "{a} / {b}");
    }
}

#[test]
fn full_names_spelled_by_two_outlets_are_one_person() {
    let es = people(&[
        &["سجل اللاعب الروسي ألكسندر غولوفين هدفا رائعا في مرمى المنتخب السعودي."],
        &["وقال المدرب إن ألكسندر جولوفين قدم مباراة كبيرة أمام السعودية."],
    ]);
    let a = with(&es, "ألكسندر غولوفين");
    assert_eq!(a.len(), 1, "{es:#?}");
    assert_eq!(a, with(&es, "ألكسندر جولوفين"));
}

#[test]
fn a_surname_alone_joins_the_one_full_name_it_spells() {
    let es = people(&[
        &["قال رئيس الوزراء الإسباني بيدرو سانشيز إن حكومته ستعمل مع البرلمان."],
        &["وأضاف سانتشيث أن الحكومة الجديدة ستقدم ميزانية في الخريف."],
    ]);
    let full = with(&es, "بيدرو سانشيز");
    assert_eq!(full.len(), 1, "{es:#?}");
    assert_eq!(with(&es, "سانتشيث"), full, "{es:#?}");
}

#[test]
fn two_arabic_names_differing_by_one_letter_stay_two_people() {
    let es = people(&[
        &["التقى وزير الخارجية جمال حسن بالسفير في القاهرة."],
        &["وقال كمال حسن إن اللقاء كان مثمرا."],
    ]);
    let (a, b) = (with(&es, "جمال حسن"), with(&es, "كمال حسن"));
    assert_eq!((a.len(), b.len()), (1, 1), "{es:#?}");
    assert_ne!(a, b);
}

#[test]
fn spellings_that_move_a_vowel_join_through_the_link_s_own_variants() {
    // `دنيس تشريتشيف` and `دنيس تشيريتشيف` are one for the link (inner vowels); the first
    // moves its vowel against `دينيس تشيرشيف`, the second agrees with it: all three, and a
    // fourth outlet's `دينيس شيريشيف`, are one person.
    let es = people(&[
        &["وسجل الروسي دنيس تشريتشيف الهدف الثاني في الدقيقة 43 من المباراة."],
        &["وأضاف البديل دنيس تشيريتشيف هدفا رائعا في المباراة الافتتاحية."],
        &["وسجل دينيس تشيرشيف هدفين في المباراة الافتتاحية للبطولة."],
        &["وأحرز دينيس شيريشيف الهدف الثالث للمنتخب الروسي في المباراة."],
    ]);
    let ids: Vec<Vec<String>> = [
        "دنيس تشريتشيف",
        "دنيس تشيريتشيف",
        "دينيس تشيرشيف",
        "دينيس شيريشيف",
    ]
    .iter()
    .map(|w| with(&es, w))
    .collect();
    assert!(
        ids.iter().all(|i| i.len() == 1 && *i == ids[0]),
        "{ids:?}\n{es:#?}"
    );
}

#[test]
fn a_spelling_that_agrees_with_only_part_of_a_group_stays_out() {
    // `تشريتشيف` moves a vowel against `تشيرشيف` (each writes one the other leaves out): the
    // two most written spellings join, the third stays apart rather than chaining them.
    let es = people(&[
        &["وسجل دينيس تشيرشيف هدفين في المباراة الافتتاحية للبطولة."],
        &["وقال المدرب إن دينيس تشيرشيف لاعب مهم في تشكيلة الفريق."],
        &["وأحرز دينيس شيريشيف الهدف الثالث للمنتخب الروسي في المباراة."],
        &["وسجل الروسي دنيس تشريتشيف الهدف الثاني في الدقيقة 43 من المباراة."],
    ]);
    let a = with(&es, "دينيس تشيرشيف");
    assert_eq!(a.len(), 1, "{es:#?}");
    assert_eq!(with(&es, "دينيس شيريشيف"), a, "{es:#?}");
    assert_ne!(with(&es, "دنيس تشريتشيف"), a, "{es:#?}");
}

/// Persons of one story, as found, for the joins alone.
fn story(names: &[&[&str]]) -> Vec<Located> {
    names
        .iter()
        .enumerate()
        .map(|(i, ws)| {
            let words: Vec<String> = ws.iter().map(|w| crate::text::normalize(w).text).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            Located::test_person(&words, (i, 0), None)
        })
        .collect()
}

/// Whether the names at `a` and `b` share a key after the joins.
fn joined(names: &[&[&str]], a: usize, b: usize) -> bool {
    let mut found = story(names);
    join_transliterations(&mut found);
    found[a].found.key == found[b].found.key
}

#[test]
fn a_surname_alone_joins_only_by_its_sounds_letters() {
    assert!(joined(&[&["بيدرو", "سانشيز"], &["سانتشيث"]], 0, 1));
    // Vowels that differ, alone: two names (`إكرامي`, Ekramy; `أكرمي`, Akrami).
    assert!(!joined(&[&["ليلى", "علي", "أكرمي"], &["إكرامي"]], 0, 1));
    assert!(!joined(&[&["كارل", "ماركس"], &["ماركوس"]], 0, 1));
    // A word of general Arabic alone is a name of its own (`بلقيس`), not `بلغيث`.
    assert!(!joined(&[&["عصام", "بلغيث"], &["بلقيس"]], 0, 1));
}
