//! One test per rule, on sentences written for the purpose.

use super::*;
use crate::corpus::ParagraphKind;
use crate::extract::EntityKind;

/// The kinds and names `extract` finds in one article made of `paras`, sorted: the probe the
/// passes' own tests share (`misread`, `ordinary_head`, `clubs`, `facility`, `designation`).
pub(super) fn found_in(paras: &[&str]) -> Vec<(EntityKind, String)> {
    let mut v: Vec<(EntityKind, String)> = extract(&Corpus::from_bodies(&[paras]))
        .into_iter()
        .map(|e| (e.kind, e.name))
        .collect();
    v.sort();
    v
}

fn corpus(articles: &[&[&str]]) -> Corpus {
    Corpus::from_bodies(articles)
}

fn names(c: &Corpus, kind: EntityKind) -> Vec<String> {
    let mut v: Vec<String> = extract(c)
        .into_iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name)
        .collect();
    v.sort();
    v
}

#[test]
fn gazetteer_places_with_clitics_tried_not_forced() {
    let c =
        corpus(&[&["زار الوفد لبنان وبريطانيا وبكين ثم عاد إلى العراق، وللعراق حدود مع سوريا."]]);
    assert_eq!(
        names(&c, EntityKind::Place),
        vec!["العراق", "بريطانيا", "بكين", "سوريا", "لبنان"]
    );
}

#[test]
fn longest_match_wins() {
    let c = corpus(&[&[
        "أعلنت كتائب حزب الله أنها ستعلق هجماتها، فيما قال حزب الله إنه يراقب الوضع قرب مطار بغداد وفي بغداد.",
    ]]);
    let orgs = names(&c, EntityKind::Organization);
    assert!(
        orgs.contains(&"كتائب حزب الله".to_string()) && orgs.contains(&"حزب الله".to_string()),
        "{orgs:?}"
    );
    let e = extract(&c);
    let kataib = e
        .iter()
        .find(|e| e.name == "كتائب حزب الله")
        .expect("kataib");
    let hezb = e.iter().find(|e| e.name == "حزب الله").expect("hezbollah");
    assert_eq!((kataib.mentions.len(), hezb.mentions.len()), (1, 1));
    assert_eq!(names(&c, EntityKind::Place), vec!["بغداد", "مطار بغداد"]);
}

#[test]
fn titles_before_names() {
    let c = corpus(&[&[
        "وقال الرئيس الأمريكي جو بايدن إنه اتخذ قراره.",
        "أعلن وزير الدفاع الأمريكي لويد أوستن أن الاجتماعات ستبدأ.",
        "يقول المحلل السياسي محمد علي الحكيم إن الوضع صعب.",
        "وقال الرئيس الرواندي يجري مباحثات.",
    ]]);
    let people = names(&c, EntityKind::Person);
    assert!(people.contains(&"جو بايدن".to_string()), "{people:?}");
    assert!(people.contains(&"لويد أوستن".to_string()), "{people:?}");
    assert!(
        people.contains(&"محمد علي الحكيم".to_string()),
        "{people:?}"
    );
    assert!(
        !people.iter().any(|p| p.contains("يجري")),
        "a verb after a title is not a name: {people:?}"
    );
}

#[test]
fn organization_heads_take_definite_words() {
    let c = corpus(&[&[
        "وأعلنت وزارة الخارجية العراقية التوصل إلى اتفاق، ورفضت حركة النجباء ذلك، وقالت جماعة تطلق على نفسها اسما.",
    ]]);
    let orgs = names(&c, EntityKind::Organization);
    assert!(
        orgs.contains(&"وزارة الخارجية العراقية".to_string()),
        "{orgs:?}"
    );
    assert!(orgs.contains(&"حركة النجباء".to_string()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.contains("تطلق")), "{orgs:?}");
}

#[test]
fn given_names_and_name_chains() {
    let c = corpus(&[&["التقى قاسم سليماني وعبد الفتاح البرهان، واجتمع على الفور مع القادة."]]);
    let people = names(&c, EntityKind::Person);
    assert!(people.contains(&"قاسم سليماني".to_string()), "{people:?}");
    assert!(
        people.contains(&"عبد الفتاح البرهان".to_string()),
        "{people:?}"
    );
    assert!(
        !people.iter().any(|p| p.starts_with("على")),
        "the preposition على is not the name علي: {people:?}"
    );
}

#[test]
fn short_names_join_the_full_name_across_outlets() {
    let c = corpus(&[
        &["قال إسماعيل قاآني إن الهدوء سيستمر."],
        &[
            "وأبلغ قاآني الفصائل، ثم غادر لقاآني... وقال رئيس الوزراء محمد شياع السوداني إن الحكومة تعمل.",
        ],
        &["وقال السوداني إن الجيش السوداني لا علاقة له."],
    ]);
    let e = extract(&c);
    let qaani = e
        .iter()
        .find(|e| e.name == "إسماعيل قاآني")
        .expect("full name is the display name");
    assert_eq!(qaani.mentions.len(), 3, "{:?}", qaani.mentions);
    assert!(qaani.variants.contains(&"قاآني".to_string()));
    let sudani = e
        .iter()
        .find(|e| e.name == "محمد شياع السوداني")
        .expect("sudani");
    assert_eq!(
        sudani.mentions.len(),
        2,
        "the adjective in الجيش السوداني is not the prime minister: {:?}",
        sudani.mentions
    );
}

#[test]
fn aliases_and_spelling_variants_merge() {
    let c = corpus(&[
        &["قتل ثلاثة جنود في موقع البرج 22 في الأردن ضمن الحرب على داعش."],
        &["في موقع تاور 22 قرب الحدود، لمحاربة تنظيم الدولة الإسلامية."],
    ]);
    let e = extract(&c);
    let tower = e
        .iter()
        .find(|e| e.name == "البرج 22" || e.name == "تاور 22")
        .expect("tower 22");
    assert_eq!(tower.mentions.len(), 2);
    let isis = e
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "داعش"))
        .expect("isis");
    assert_eq!(isis.mentions.len(), 2, "{:?}", isis.mentions);
}

#[test]
fn a_transliteration_with_or_without_an_inner_hamza_is_one_name() {
    let c = corpus(&[
        &["فاز الإسباني رافائيل نادال بلقب البطولة للمرة الحادية عشرة."],
        &["توج الإسباني رافاييل نادال باللقب بعد فوزه في النهائي."],
    ]);
    let e = extract(&c);
    let nadal: Vec<_> = e.iter().filter(|e| e.name.ends_with("نادال")).collect();
    assert_eq!(nadal.len(), 1, "{nadal:?}");
    assert_eq!(nadal[0].mentions.len(), 2, "{:?}", nadal[0].mentions);
}

#[test]
fn offsets_point_at_the_text() {
    let c = corpus(&[&["«وبالعراق» قال وزير الدفاع لويد أوستن."]]);
    for e in extract(&c) {
        for m in &e.mentions {
            let t: String = c.articles[0].paragraphs[m.paragraph]
                .text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            assert_eq!(t, m.text);
        }
    }
    let e = extract(&c);
    assert!(
        e.iter()
            .any(|e| e.mentions.iter().any(|m| m.text == "العراق")),
        "the clitic is not part of the mention"
    );
}

#[test]
fn boilerplate_names_are_not_attributed() {
    let mut c = corpus(&[&[
        "قال قائد الجيش في مدينة سومي إن الوضع هادئ.",
        "زار الوفد بغداد.",
    ]]);
    c.articles[0].paragraphs[0].kind = ParagraphKind::Boilerplate;
    let places = names(&c, EntityKind::Place);
    assert_eq!(places, vec!["بغداد"]);
}

#[test]
fn a_name_seen_only_after_the_preposition_l_gets_its_article_back() {
    // للأمم = ل + الأمم, للجنة = ل + اللجنة: the mention starts after the preposition, so
    // its text lacks the article's letters; the entity's name has them.
    let c = corpus(&[&[
        "وقال مسؤول للأمم المتحدة إن الوضع خطير، ونقل عن مصدر في للجنة العسكرية العليا.",
    ]]);
    let es = extract(&c);
    let un = es
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "لأمم المتحدة"))
        .expect("the UN, mentioned as written");
    assert_eq!(un.name, "الأمم المتحدة");
    let committee = es
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text.starts_with("لجنة")))
        .expect("the committee");
    assert!(committee.name.starts_with("اللجنة"), "{}", committee.name);
    // Words that merely start with ل keep their form.
    assert_eq!(
        names(&corpus(&[&["زار الرئيس لبنان"]]), EntityKind::Place),
        vec!["لبنان"]
    );
}

#[test]
fn a_coordinated_head_word_starts_another_organization() {
    let c = corpus(&[&["ودعا البيان منظمة الأغذية والزراعة والبنك الدولي إلى دعم برامج الري."]]);
    let orgs = names(&c, EntityKind::Organization);
    assert!(
        orgs.contains(&"منظمة الأغذية والزراعة".to_string()),
        "{orgs:?}"
    );
    assert!(orgs.iter().all(|o| !o.contains("والبنك")), "{orgs:?}");
}

#[test]
fn a_preposition_on_a_function_word_is_no_name() {
    let c = corpus(&[&["وقال الوزير عون ذياب إن المياه تكفي. ورحّب عون ذياب بما وصفه بالتقدم."]]);
    let people = names(&c, EntityKind::Person);
    assert!(people.iter().all(|p| !p.contains("بما")), "{people:?}");
}

#[test]
fn a_listed_person_behind_a_preposition_is_that_person() {
    // The boundary checks drop a listed name of another kind behind a preposition inside a
    // person's name (`لفرانس برس`), but a listed person alone behind one is a mention of them.
    let c = corpus(&[&["وقال إن المهم بالنسبة لخامنئي هو الحفاظ على نظام طهران."]]);
    assert!(names(&c, EntityKind::Person).contains(&"خامنئي".to_string()));
}

#[test]
fn compound_names_in_one_word_or_two_are_one_entity() {
    // `عبدالله`/`عبد الله` and `نورالدين`/`نور الدين`: outlets write both.
    let c = corpus(&[
        &["وكلف الملك عبدالله الثاني رئيس الوزراء الجديد."],
        &["وقبل العاهل الأردني الملك عبد الله الثاني الاستقالة."],
        &["وقال نور الدين بوطيب إن الاجتماع انتهى."],
        &["وأكد نورالدين بوطيب أن الاجتماع انتهى."],
    ]);
    let people = names(&c, EntityKind::Person);
    assert_eq!(
        people.iter().filter(|n| n.contains("الثاني")).count(),
        1,
        "{people:?}"
    );
    assert_eq!(
        people.iter().filter(|n| n.contains("بوطيب")).count(),
        1,
        "{people:?}"
    );
}

#[test]
fn a_name_is_shown_without_the_vowel_marks_of_its_case() {
    let c = corpus(&[
        &["من جهتها، أعلنت قواتُ الدعم السريع السيطرة على المطار."],
        &["وقالت قوات الدعم السريع في بيان إنها صدت الهجوم."],
    ]);
    let orgs = names(&c, EntityKind::Organization);
    assert!(orgs.contains(&"قوات الدعم السريع".to_string()), "{orgs:?}");
    assert!(!orgs.iter().any(|n| n.contains('\u{064F}')), "{orgs:?}");
}

#[test]
fn a_first_name_alone_joins_the_one_person_it_opens() {
    let c = corpus(&[
        &["طالبت الحركة بالإفراج عن القيادي بسام السعدي في أقرب وقت."],
        &["وعن حال الشيخ بسام قال المتحدث إنه بخير."],
    ]);
    let people = names(&c, EntityKind::Person);
    assert_eq!(people, vec!["بسام السعدي".to_string()], "{people:?}");
    // Two people open with it: it joins neither.
    let c = corpus(&[
        &["التقى القيادي بسام السعدي بالقيادي بسام الشكعة في جنين."],
        &["وعن حال الشيخ بسام قال المتحدث إنه بخير."],
    ]);
    let people = names(&c, EntityKind::Person);
    assert!(people.contains(&"بسام".to_string()), "{people:?}");
}

#[test]
fn an_organization_named_by_its_first_word_is_that_organization() {
    let c = corpus(&[
        &["وأعلنت حركة الجهاد الإسلامي موافقتها على الاتفاق."],
        &["وقال متحدث باسم الجهاد إن الاتفاق دخل حيز التنفيذ."],
    ]);
    let orgs = names(&c, EntityKind::Organization);
    assert!(!orgs.contains(&"الجهاد".to_string()), "{orgs:?}");
}
