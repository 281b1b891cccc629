//! Matching rules, one test per class of Arabic spelling variation.

use super::*;
use crate::corpus::{Corpus, ParagraphKind};

fn corpus(paras: &[&str]) -> Corpus {
    Corpus::from_bodies(&[paras])
}

/// The original text of every hit of `q` in paragraphs `paras`.
fn hits(paras: &[&str], q: &str) -> Vec<String> {
    let c = corpus(paras);
    let idx = Index::build(&c);
    let query = Query::parse(q).expect("query");
    idx.search(&c, &query)
        .into_iter()
        .map(|h| {
            let t = &c.articles[h.article].paragraphs[h.paragraph].text;
            t.chars().skip(h.start).take(h.end - h.start).collect()
        })
        .collect()
}

#[test]
fn hamza_seats_and_letter_variants() {
    // Loanword spellings with and without a long-vowel letter (أمريكية / أميركية).
    assert_eq!(
        hits(&["القوات الأميركية والأمريكيّة"], "الامريكية"),
        vec!["الأميركية", "الأمريكيّة"]
    );
    assert!(hits(&["عرق"], "عراق").is_empty());
    assert!(hits(&["المركبة"], "الامريكية").is_empty());
    assert_eq!(hits(&["القوات الأمريكيّة"], "الامريكية"), vec!["الأمريكيّة"]);
    assert_eq!(hits(&["إسماعيل قاآني"], "اسماعيل"), vec!["إسماعيل"]);
    assert_eq!(hits(&["مستشفى"], "مستشفي"), vec!["مستشفى"]);
    assert_eq!(hits(&["مدينة"], "مدينه"), vec!["مدينة"]);
    assert_eq!(hits(&["ارشیف"], "ارشيف"), vec!["ارشیف"]);
}

#[test]
fn harakat_tatweel_and_digits() {
    assert_eq!(hits(&["بِسْمِ اللَّهِ"], "بسم"), vec!["بِسْمِ"]);
    assert_eq!(hits(&["ســـلام"], "سلام"), vec!["ســـلام"]);
    assert_eq!(
        hits(&["عام ٢٠١٤ و۲۰۱۴ و2014"], "2014"),
        vec!["٢٠١٤", "۲۰۱۴", "2014"]
    );
}

#[test]
fn proclitics_attach_but_are_not_forced() {
    let p = ["في العراق وبالعراق والعراق للعراق فالعراق"];
    assert_eq!(
        hits(&p, "العراق"),
        vec!["العراق", "العراق", "العراق", "لعراق", "العراق"]
    );
    // A bare stem query also finds the word with the article.
    assert_eq!(hits(&["زار العراق"], "عراق"), vec!["عراق"]);
    // لبنان begins with a clitic-looking letter and is still found whole.
    assert_eq!(hits(&["لبنان وبلبنان"], "لبنان"), vec!["لبنان", "لبنان"]);
}

#[test]
fn never_inside_another_word_unless_prefix() {
    assert!(hits(&["جنود عراقيين"], "عراق").is_empty());
    assert!(hits(&["الاستعراق"], "عراق").is_empty());
    assert_eq!(hits(&["جنود عراقيين"], "عراق*"), vec!["عراقيين"]);
}

#[test]
fn phrases_match_consecutive_words() {
    let p = ["أعلنت كتائب حزب الله، وقال حزب الله إن كتائب الله"];
    assert_eq!(hits(&p, "حزب الله"), vec!["حزب الله", "حزب الله"]);
    assert_eq!(hits(&p, "كتائب حزب الله"), vec!["كتائب حزب الله"]);
    assert!(hits(&p, "الله حزب").is_empty());
}

#[test]
fn latin_is_case_insensitive() {
    assert_eq!(hits(&["قالت CNN و cnn"], "Cnn"), vec!["CNN", "cnn"]);
}

#[test]
fn offsets_land_in_mixed_text() {
    let t = "قالت Reuters إن 2500 جندي في العراق (رويترز)";
    let c = corpus(&[t]);
    let idx = Index::build(&c);
    let h = idx.search(&c, &Query::parse("رويترز").expect("q"));
    assert_eq!(h.len(), 1);
    let chars: Vec<char> = t.chars().collect();
    assert_eq!(chars[h[0].start], 'ر');
    assert_eq!(chars[h[0].end], ')');
}

#[test]
fn boilerplate_is_left_out_by_default() {
    let mut c = corpus(&["العراق", "العراق"]);
    c.articles[0].paragraphs[1].kind = ParagraphKind::Boilerplate;
    let q = Query::parse("العراق").expect("q");
    assert_eq!(Index::build(&c).search(&c, &q).len(), 1);
    assert_eq!(Index::build_all(&c).search(&c, &q).len(), 2);
}

#[test]
fn a_hit_after_a_proclitic_starts_at_its_letters_whatever_marks_precede() {
    // Harakat and tatweel on the proclitics shift the original offsets of the letters.
    assert_eq!(
        hits(&["وَبِالعِراقِ وَـالعراق فَلِلْعراق"], "العراق"),
        vec!["العِراقِ", "العراق", "لْعراق"]
    );
    assert_eq!(hits(&["وبالأمريكيّة"], "الاميركية"), vec!["الأمريكيّة"]);
}

#[test]
fn overlapping_phrase_hits_count_once() {
    assert_eq!(
        hits(&["الله الله الله الله"], "الله الله"),
        vec!["الله الله", "الله الله"]
    );
}

#[test]
fn prefix_queries_and_phrases_ending_in_a_prefix() {
    assert_eq!(
        hits(&["العراقيون والعراقية وعرقي"], "العراقي*"),
        vec!["العراقيون", "العراقية"]
    );
    assert_eq!(
        hits(&["حزب الله اللبناني وحزب العمال"], "حزب ال*"),
        vec!["حزب الله", "حزب العمال"]
    );
}

#[test]
fn abd_names_joined_or_apart_find_each_other() {
    let paras = [
        "التقى عبد الفتاح الخطيب بالوفد",
        "وقال عبدالفتاح الخطيب إن الاجتماع انتهى",
        "وأكد لعبدالفتاح الخطيب دعمه",
    ];
    // A hit starts after a proclitic, as everywhere.
    let all = ["عبد الفتاح الخطيب", "عبدالفتاح الخطيب", "عبدالفتاح الخطيب"];
    assert_eq!(hits(&paras, "عبدالفتاح الخطيب"), all);
    assert_eq!(hits(&paras, "عبد الفتاح الخطيب"), all);
    assert_eq!(
        hits(&paras, "عبدالفتاح"),
        ["عبد الفتاح", "عبدالفتاح", "عبدالفتاح"]
    );
    assert_eq!(hits(&paras, "الفتاح"), ["الفتاح", "الفتاح", "الفتاح"]);
    // Harakat inside the joined name keep the hit's ends on its letters.
    assert_eq!(hits(&["قال عبدُالله"], "عبد الله"), ["عبدُالله"]);
    // `عبده` and `عبدان` are words of their own.
    assert!(hits(&["قال عبده"], "عبد").is_empty());
    assert_eq!(hits(&["محمد عبده"], "عبده"), ["عبده"]);
}
