//! Junk names on real news (docs/entities.md, "Name boundaries on real news"): each class on
//! sentences written for it, with the tagger's tags given by hand (what a model said on such
//! text), so that each test states the mistake it guards against.

use super::super::super::gazetteer::gazetteer;
use super::super::super::recognize::{Found, recognize};
use super::super::super::tokens::tokenize;
use super::super::Tag;
use super::combine;
use crate::extract::EntityKind;

/// The combined names of `text` given the tagger's `tagged` (one tag name per word):
/// (kind, words joined).
fn combined(text: &str, tagged: &str) -> Vec<(EntityKind, String)> {
    combined_found(text, tagged)
        .into_iter()
        .map(|f: Found| (f.kind, f.words.join(" ")))
        .collect()
}

/// [`combined`], the names as found.
fn combined_found(text: &str, tagged: &str) -> Vec<Found> {
    let g = gazetteer();
    let (tokens, norm) = tokenize(text);
    let rules = recognize(g, &tokens, &norm);
    let tags: Vec<u8> = tagged
        .split_whitespace()
        .map(|t| Tag::parse(t).expect("tag name"))
        .collect();
    assert_eq!(tags.len(), tokens.len(), "one tag per word of {text}");
    let words = tokens.iter().map(|t| t.norm.as_str()).collect();
    combine(g, &tokens, &norm, rules, &tags, &words)
}

fn of_kind(names: &[(EntityKind, String)], kind: EntityKind) -> Vec<String> {
    names
        .iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, w)| w.clone())
        .collect()
}

#[test]
fn a_place_never_starts_with_a_verb() {
    // The verb and its subject, read as a place: nothing of a place is left.
    let got = combined(
        "وأدى الرئيس عبد المجيد تبون صلاة العيد",
        "B-LOC I-LOC B-PERS I-PERS I-PERS O O",
    );
    assert!(of_kind(&got, EntityKind::Place).is_empty(), "{got:?}");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["عبد المجيد تبون"]);
    let got = combined("وأدى الانفجار إلى تدمير مبنى", "B-LOC I-LOC O O O");
    assert!(got.is_empty(), "{got:?}");
    // `وأدى` folds to `وادي` (a valley), a place head: not with the hamza written.
    let got = combined("وأدى المنتخب مباراة كبيرة", "O O O O");
    assert!(got.is_empty(), "{got:?}");
    // Where a name follows the verb, the name stays.
    let got = combined("وأعلن البنك المركزي رفع الفائدة", "B-ORG I-ORG I-ORG O O");
    assert_eq!(
        of_kind(&got, EntityKind::Organization),
        vec!["البنك المركزي"]
    );
}

#[test]
fn a_tournament_named_like_a_person_is_no_person() {
    let got = combined(
        "وتوج نادال بلقب رولان غاروس للمرة الحادية عشرة",
        "O B-PERS O B-PERS I-PERS O O O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["نادال"]);
    let got = combined("وخرج اللاعب من ويمبلدون مبكرا", "O O O B-PERS O");
    assert!(of_kind(&got, EntityKind::Person).is_empty(), "{got:?}");
}

#[test]
fn a_pronoun_is_never_a_name() {
    let got = combined("وقال المدرب: أنا أتحمل مسؤولية الخسارة", "O O B-PERS O O O");
    assert!(of_kind(&got, EntityKind::Person).is_empty(), "{got:?}");
}

#[test]
fn a_role_word_behind_a_proclitic_is_no_part_of_the_name() {
    // `للحارس` is ل + `الحارس` (the goalkeeper): never `اللحارس`, and the role is no part of
    // the name.
    let got = combined(
        "وتصدى للحارس محمد العويس لتسديدة قوية",
        "O B-PERS I-PERS I-PERS O O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["محمد العويس"]);
    let got = combined("وتصدى للحارس العويس لتسديدة قوية", "O B-PERS I-PERS O O");
    assert!(got.iter().all(|(_, w)| !w.contains("لحارس")), "{got:?}");
}

#[test]
fn a_proclitic_before_a_hamza_comes_off_a_name() {
    // No Arabic word has a hamza on alif after its first letter: `و` + `إدينسون`.
    let got = combined(
        "وسجل المهاجم وإدينسون كافاني هدف الفوز",
        "O O B-PERS I-PERS O O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["ادينسون كافاني"]);
}

#[test]
fn a_byline_names_its_writer_whole() {
    // The first name is also a word (`سماح`, tolerance): the tagger starts the name late.
    let got = combined("كتبت: سماح عبد الكريم", "O O B-PERS I-PERS");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["سماح عبد الكريم"]);
    let got = combined("بقلم - هالة محمود، القاهرة", "O O O B-LOC");
    // (Words as normalized: ة is written ه.)
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["هاله محمود"]);
    // A desk is no writer, and a sentence that opens with the verb is no byline.
    let got = combined("كتب: المحرر الرياضي", "O O O");
    assert!(of_kind(&got, EntityKind::Person).is_empty(), "{got:?}");
    let got = combined("كتب الوزير مقالا طويلا", "O O O O");
    assert!(of_kind(&got, EntityKind::Person).is_empty(), "{got:?}");
}

#[test]
fn a_common_word_behind_wa_is_no_part_of_a_name() {
    // `وكاش` is "and cash": the name, if any, ends before it.
    let got = combined(
        "ويمكن الدفع عبر فيزا وكاش أو بالتحويل",
        "O O O B-PERS I-PERS O O",
    );
    assert!(got.iter().all(|(_, w)| !w.contains("وكاش")), "{got:?}");
    // A listed club behind و is the next name.
    let got = combined(
        "وقال المدرب كارلو وبرشلونة يستعد للمباراة",
        "O O B-PERS I-PERS O O",
    );
    assert!(got.iter().all(|(_, w)| !w.contains("وبرشلونه")), "{got:?}");
    // Names that start with W keep their letter.
    let got = combined("وفاز اللاعب توماس ويلسون بالسباق", "O O B-PERS I-PERS O");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["توماس ويلسون"]);
}

#[test]
fn a_nisba_before_a_person_describes_that_person() {
    let got = combined(
        "ومنح البرلمان ثقته للاشتراكي بيدرو سانشيز أمس",
        "O O O B-PERS B-PERS I-PERS O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["بيدرو سانشيز"]);
}

#[test]
fn nouns_that_end_or_open_a_name() {
    // `كمتخصص` (as a specialist), `أحد` (one of), `لشبكة` (to the network) end a name.
    let got = combined("وعمل مدبولي كمتخصص في التخطيط", "O B-PERS I-PERS O O");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["مدبولي"]);
    let got = combined(
        "واغتيل مازن فقها أحد قياديي الحركة",
        "O B-PERS I-PERS I-PERS I-PERS O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["مازن فقها"]);
    let got = combined(
        "وقال الشاهد سامر شاكر لشبكة إخبارية إنه رأى الحادث",
        "O O B-PERS I-PERS I-PERS O O O O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["سامر شاكر"]);
    // A hotel is a place, not a person.
    let got = combined("وانفجرت السيارة قرب فندق الواحة", "O O O B-PERS I-PERS");
    assert!(of_kind(&got, EntityKind::Person).is_empty(), "{got:?}");
    let got = combined("وانفجرت السيارة قرب فندق ريتشموند", "O O O B-PERS I-PERS");
    assert!(of_kind(&got, EntityKind::Person).is_empty(), "{got:?}");
}

#[test]
fn a_city_behind_the_preposition_bi_is_the_place_not_its_club() {
    // `ببيروت` (in Beirut): the tagger's organization on a listed city is its club only
    // without the preposition (`برشلونة` in a match report).
    let got = combined("وعقد الاجتماع ببيروت أمس", "O O B-ORG O");
    assert_eq!(of_kind(&got, EntityKind::Place), vec!["بيروت"]);
    assert!(
        of_kind(&got, EntityKind::Organization).is_empty(),
        "{got:?}"
    );
}

#[test]
fn a_word_left_before_a_coordinated_common_word_is_a_fragment() {
    // `فيزا وكاش` (visa and cash) read as a person: `فيزا` is left, marked with the word it was
    // cut before, for the story to judge (`leftover.rs`).
    let got = combined_found(
        "ويمكن الدفع عبر فيزا وكاش أو بالتحويل",
        "O O O B-PERS I-PERS O O",
    );
    let people: Vec<_> = got
        .iter()
        .filter(|f| f.kind == EntityKind::Person)
        .collect();
    assert!(
        !people.is_empty()
            && people
                .iter()
                .all(|f| *f.words == ["فيزا"] && f.fragment.as_deref() == Some("كاش")),
        "{people:?}"
    );
    // A name cut before a coordinated given name, or not cut at all, is no fragment.
    let got = combined_found("وقال محمد وسمير إن الاتفاق قريب", "O B-PERS I-PERS O O O");
    assert!(got.iter().all(|f| f.fragment.is_none()), "{got:?}");
    let got = combined_found(
        "وقال المدرب توماس توخيل إن الفريق جاهز",
        "O O B-PERS I-PERS O O O",
    );
    assert!(got.iter().all(|f| f.fragment.is_none()), "{got:?}");
}

#[test]
fn a_foreign_surname_is_no_clitic_and_article() {
    // `بالاك`, `كالديرون` open like ب/ك + the article, but what is left is no Arabic word:
    // the tagger's person keeps its surname.
    let got = combined("وسجل مايكل بالاك هدفا", "O B-PERS I-PERS O");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["مايكل بالاك"]);
    let got = combined(
        "وقال رامون كالديرون إن الفريق جاهز",
        "O B-PERS I-PERS O O O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["رامون كالديرون"]);
    // A clitic and the article before a word of general Arabic still end a person.
    let got = combined("وقال خالد والحكومة إن", "O B-PERS I-PERS O");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["خالد"]);
    // `لل` is to the: no name opens so (`للأسوشيتدبرس`, to the AP).
    let got = combined(
        "وقال سالم الدرسي للأسوشيتدبرس إن",
        "O B-PERS I-PERS I-PERS O",
    );
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["سالم الدرسي"]);
}

#[test]
fn a_plural_or_a_verbal_noun_is_no_family_name() {
    // The rules run a lone given name on to the definite word after it; where the tagger
    // stops at the name, a feminine plural or a verbal noun there is the sentence's.
    let got = combined("وأكد حمدان الإجراءات الجديدة للمعبر", "O B-PERS O O O");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["حمدان"]);
    let got = combined("وطالب حمدان التعويض عن الأضرار", "O B-PERS O O O");
    assert_eq!(of_kind(&got, EntityKind::Person), vec!["حمدان"]);
    // A definite word of another shape is the family name the tagger left out.
    let got = combined("وقال عبد الفتاح البرهان إن", "O B-PERS I-PERS O O");
    assert_eq!(
        of_kind(&got, EntityKind::Person),
        vec!["عبد الفتاح البرهان"]
    );
}
