//! The name-boundary checks (`boundary.rs`) on sentences written for the purpose: a person
//! found over a span, by whichever source, comes out with a name's edges. The spans given
//! here are the ones the rules or the tagger made on real news (docs/entities.md, "Name
//! boundaries on real news").

use proptest::prelude::*;

use super::boundary::{self, lists_for_tests};
use super::gazetteer::gazetteer;
use super::recognize::{Found, Span, found};
use super::tokens::tokenize;
use crate::extract::EntityKind;

/// The person a source would have found over the words `from..=to` of `text`, after the
/// boundary checks: its kind and text, or `None`.
fn checked(text: &str, from: usize, to: usize) -> Option<(EntityKind, String)> {
    let g = gazetteer();
    let (tokens, norm) = tokenize(text);
    let ws: Vec<String> = tokens[from..=to].iter().map(|t| t.norm.clone()).collect();
    let f = found(
        EntityKind::Person,
        format!("Person:{}", ws.join(" ")),
        ws,
        &tokens,
        &norm,
        Span {
            first: from,
            clitic: 0,
            last: to,
        },
    );
    let words: crate::extract::entities::WordSet = tokens.iter().map(|t| t.norm.as_str()).collect();
    let f: Found = boundary::person(g, &tokens, &norm, f, &words)?;
    let chars: Vec<char> = text.chars().collect();
    Some((f.kind, chars[f.start..f.end].iter().collect()))
}

fn person(text: &str, from: usize, to: usize) -> Option<String> {
    checked(text, from, to)
        .filter(|(k, _)| *k == EntityKind::Person)
        .map(|(_, t)| t)
}

#[test]
fn a_name_never_ends_on_a_joiner() {
    // The joiner takes its complement …
    let s = "في اغتيال الزميلة شيرين أبو عاقلة، فيما رحبت السلطة";
    assert_eq!(person(s, 3, 4).as_deref(), Some("شيرين أبو عاقلة"));
    // … or goes, when punctuation follows it.
    let s = "وقال طوني أبو، شقيق الراحلة";
    assert_eq!(person(s, 1, 2).as_deref(), Some("طوني"));
    // A compound's second half and a regnal ordinal complete a name.
    let s = "وقال المتحدث طارق عز الدين إن";
    assert_eq!(person(s, 2, 3).as_deref(), Some("طارق عز الدين"));
    let s = "وكتب ملك الأردن عبد الله الثاني في تغريدة";
    assert_eq!(person(s, 3, 4).as_deref(), Some("عبد الله الثاني"));
}

#[test]
fn a_name_never_starts_with_a_noun_in_construct() {
    for (s, from) in [
        ("مشى تشييع جثمان شيرين أبو عاقلة قرب درب الآلام", 2),
        ("وأعلن المتحدث مقتل شيرين أبو عاقلة، مؤكدا", 2),
        ("وقدم الرئيس التعازي لأسرة شيرين أبو عاقلة وقال", 3),
    ] {
        assert_eq!(
            person(s, from, from + 3).as_deref(),
            Some("شيرين أبو عاقلة"),
            "{s}"
        );
    }
    // A title or a definite nisba before the name is not part of it either.
    let s = "وقال اللواء دكتور محمود فريد إن المشروع";
    assert_eq!(person(s, 2, 4).as_deref(), Some("محمود فريد"));
    let s = "لكن الكرواتي مانزوكيتش الذي انضم";
    assert_eq!(person(s, 1, 2).as_deref(), Some("مانزوكيتش"));
    // Nothing of a name is left in a verb and a noun.
    assert_eq!(person("ويوم الجمعة الماضي، وري جثمان الرئيس", 3, 4), None);
    assert_eq!(
        person("ويسلط الضوء على حضور ثلثي أعضاء البرلمان", 3, 4),
        None
    );
}

#[test]
fn no_verb_noun_or_verbal_noun_ends_a_name() {
    for (s, from, to, want) in [
        (
            "وأكد أن الرئيس الفرنسي إيمانويل ماكرون سيجري اليوم محادثات",
            4,
            6,
            "إيمانويل ماكرون",
        ),
        ("الملك: الشيخ خليفة حرص على تطوير العلاقات", 2, 3, "خليفة"),
        ("الشيخ زايد وكرس حياته لخدمة وطنه", 1, 2, "زايد"),
        (
            "الرئيس المنتخب حسن شيخ محمود تنتظره مهمة صعبة",
            2,
            5,
            "حسن شيخ محمود",
        ),
        ("كما أمر الشيخ تميم بإعلان الحداد في قطر", 3, 5, "تميم"),
        (
            "تلقى السلطان هيثم بن طارق نبأ وفاة أخيه",
            2,
            5,
            "هيثم بن طارق",
        ),
        (
            "حتى يستجيب نواز شريف لمطلبه بإجراء انتخابات",
            2,
            4,
            "نواز شريف",
        ),
        ("وقال سيف لفرانس برس إن الهجوم", 1, 3, "سيف"),
        (
            "هتافات مسيئة للنبي محمد صلى الله عليه وسلم، كما",
            3,
            5,
            "محمد",
        ),
    ] {
        assert_eq!(person(s, from, to).as_deref(), Some(want), "{s}");
    }
}

#[test]
fn everyday_adjectives_are_not_given_names_here() {
    for (s, from, to) in [
        ("بعث الشيخ بخالص التعازي وصادق المواساة لذوي الصحفية", 4, 5),
        ("وأن يلهمكم جميل الصبر وحسن العزاء", 2, 3),
        ("وأن يلهمكم جميل الصبر وحسن العزاء", 4, 5),
        ("وإذ أجدد لسموكم صادق عبارات تهانئي", 3, 4),
        ("من أجل حل سياسي عادل ودائم ومقبول", 4, 5),
    ] {
        assert_eq!(person(s, from, to), None, "{s}");
    }
    // The same names are people after a verb of saying or a title.
    let s = "وقال عادل الجبير إن الحل سياسي";
    assert_eq!(person(s, 1, 2).as_deref(), Some("عادل الجبير"));
    let s = "وأكد الوزير عادل الجبير أن الحل سياسي";
    assert_eq!(person(s, 2, 3).as_deref(), Some("عادل الجبير"));
}

#[test]
fn no_place_outlet_or_disease_is_a_person() {
    assert_eq!(person("سجلت بلاده أول إصابة بفيروس كورونا منذ", 5, 5), None);
    assert_eq!(person("أول إصابة بفيروس كوفيد-19 منذ ظهور", 3, 3), None);
    // A place written in two words, listed as one, is that place.
    let place = checked("إذ إن بيونغ يانغ رفضت عروض التطعيم", 2, 3);
    assert_eq!(place.map(|p| p.0), Some(EntityKind::Place));
    // An outlet is an organization.
    let outlet = checked("وأورد الخبير، في تصريح لهسبريس، أن التنظيم", 4, 4);
    assert_eq!(outlet.map(|p| p.0), Some(EntityKind::Organization));
    // A name right after a place classifier or a head is a place's or an institution's.
    assert_eq!(person("ورد عمدة مدينة أوفالدي على الانتقادات", 3, 3), None);
    assert_eq!(
        person("أستاذ العلوم السياسية بجامعة محمد الخامس بالرباط", 4, 5),
        None
    );
}

#[test]
fn ali_written_for_ala_stays_apart_after_the_checks() {
    // The boundary checks keep what the rules decided on `على`/`علي` (tests_tagger.rs has
    // the whole pipeline): `علي الحسيني` is a name, a verb after it is not.
    let s = "وقال علي الحسيني إن الاتفاق قريب";
    assert_eq!(person(s, 1, 2).as_deref(), Some("علي الحسيني"));
    let s = "وقال علي الحسيني سيجري اتصالا";
    assert_eq!(person(s, 1, 3).as_deref(), Some("علي الحسيني"));
}

/// Names built from the project's own lists: a given name, optionally `بن` and another given
/// name, and a listed person's last word as the family name.
fn name_parts() -> &'static (Vec<String>, Vec<String>) {
    static P: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    P.get_or_init(build_name_parts)
}

fn build_name_parts() -> (Vec<String>, Vec<String>) {
    let g = gazetteer();
    let mut given: Vec<String> = g
        .given
        .iter()
        .filter(|w| w.chars().count() >= 3 && !w.starts_with("ال") && !w.starts_with('و'))
        .cloned()
        .collect();
    given.sort();
    let mut family: Vec<String> = g
        .names
        .values()
        .flatten()
        .filter(|e| e.kind == EntityKind::Person && e.words.len() >= 2)
        .filter_map(|e| e.words.last().cloned())
        .filter(|w| !w.starts_with('و'))
        .collect();
    family.sort();
    family.dedup();
    (given, family)
}

/// The verbs and nouns of the lists that are not also names (a given name may continue a
/// name: `محمد حسن`).
fn trailing_words() -> &'static [String] {
    static T: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let g = gazetteer();
        let (verbs, nouns) = lists_for_tests();
        verbs
            .iter()
            .chain(nouns)
            .filter(|w| !g.given.contains(*w) && !g.names.contains_key(*w))
            .cloned()
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever source ran a name on into the verb or noun after it, the checked name stops
    /// before that word and keeps every word of the name.
    #[test]
    fn a_built_name_never_takes_the_word_after_it(
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
        c in any::<prop::sample::Index>(),
        d in any::<prop::sample::Index>(),
        bin in any::<bool>(),
    ) {
        let (given, family) = name_parts();
        let trailing = trailing_words();
        let mut name = vec![a.get(given).clone()];
        if bin {
            name.push("بن".to_string());
            name.push(b.get(given).clone());
        }
        name.push(c.get(family).clone());
        let next = d.get(trailing);
        let text = format!("وقال الرئيس {} {next} في العاصمة", name.join(" "));
        let got = person(&text, 2, 2 + name.len());
        prop_assert_eq!(got, Some(name.join(" ")), "{}", text);
    }
}

#[test]
fn a_short_first_person_form_is_not_a_verb_but_a_longer_one_is() {
    // `نصر` is also `يصر` (insist) with the first-person `ن`, and `نقود` (money) `يقود`: as
    // words of three or four letters they are names and nouns far more often.
    let s = "وقال نصر الله إن لبنان ليس بحاجة";
    assert_eq!(person(s, 1, 2).as_deref(), Some("نصر الله"));
    // The verbs themselves, and longer first-person forms, still end a name.
    let s = "وقال محمد كريم يصر على موقفه";
    assert_eq!(person(s, 1, 3).as_deref(), Some("محمد كريم"));
    let s = "قال محمد كريم نتابع الوضع";
    assert_eq!(person(s, 1, 3).as_deref(), Some("محمد كريم"));
}

#[test]
fn a_town_of_three_letters_behind_a_clitic_does_not_end_a_name() {
    // `بادو` is not ب + the town `أدو` (of `أدو إكيتي`).
    let s = "يسعى الفريق بقيادة مدربه الجديد بادو الزاكي إلى رسم انطلاقة جيدة";
    assert_eq!(person(s, 5, 6).as_deref(), Some("بادو الزاكي"));
    // A listed place of four letters or more behind a preposition still does.
    let s = "وقال محمد كريم بلندن إن";
    assert_eq!(person(s, 1, 3).as_deref(), Some("محمد كريم"));
}

#[test]
fn an_everyday_given_name_alone_is_a_name_after_a_title() {
    let s = "وتعهد الرئيس صالح عقب أدائه اليمين";
    assert_eq!(person(s, 2, 2).as_deref(), Some("صالح"));
    // Without a title it stays the adjective (`عمل صالح`, a good deed).
    let s = "وهذا عمل صالح عقب أدائه اليمين";
    assert_eq!(person(s, 2, 2), None);
}

#[test]
fn a_common_imperfect_or_future_verb_ends_a_name() {
    let s = "ضد مشيعي شيرين أبو عاقلة يعكس ثقافة";
    assert_eq!(person(s, 2, 5).as_deref(), Some("شيرين أبو عاقلة"));
    let s = "على أن قانون الغاب سيسود إن لم";
    assert_eq!(person(s, 4, 4), None);
    // A transliterated name of the same shape is not a word of general Arabic.
    let s = "وقال الرئيس الروسي بوريس يلتسين إن";
    assert_eq!(person(s, 3, 4).as_deref(), Some("بوريس يلتسين"));
}

#[test]
fn a_name_in_sin_is_not_a_future_verb() {
    // `سيلفا` is not the future `س` + `يلفا`: no such verb in general Arabic.
    let s = "من ركلة جزاء سجلها البرازيلي غيلبرتو سيلفا، مقابل هدف";
    assert_eq!(person(s, 5, 6).as_deref(), Some("غيلبرتو سيلفا"));
}

#[test]
fn an_accusative_a_time_adverb_an_ordinal_or_kada_ends_a_name() {
    // The indefinite accusative of a common noun is the verb's object, not a surname.
    let s = "وسجل محمد صلاح هدفا من ركلة جزاء";
    assert_eq!(person(s, 1, 3).as_deref(), Some("محمد صلاح"));
    let s = "ومرر الكرة إلى لويس سواريز كاد يسجل منها";
    assert_eq!(person(s, 3, 5).as_deref(), Some("لويس سواريز"));
    let s = "وأصبح بيدرو سانشيز سابع رئيس للحكومة";
    assert_eq!(person(s, 1, 3).as_deref(), Some("بيدرو سانشيز"));
    let s = "واستقبل الرئيس كمال الجنزوري مساء الأحد";
    assert_eq!(person(s, 2, 4).as_deref(), Some("كمال الجنزوري"));
    // Names that end in ا and read as a rare word without it stay whole.
    let s = "وقال المدافع أرتيم جيوبا إن الفريق";
    assert_eq!(person(s, 2, 3).as_deref(), Some("أرتيم جيوبا"));
    let s = "وقال المهاجم أندريه سيلفا إن الفريق";
    assert_eq!(person(s, 2, 3).as_deref(), Some("أندريه سيلفا"));
}

#[test]
fn a_preposition_or_conjunction_comes_off_a_transliterated_first_name() {
    let s = "وعين زيدان خلفا لرافائيل بينيتز في يناير";
    assert_eq!(person(s, 3, 4).as_deref(), Some("رافائيل بينيتز"));
    let s = "عادت الملكية بعد الحكم الدكتاتوري لفرانسيسكو فرانكو.";
    assert_eq!(person(s, 5, 6).as_deref(), Some("فرانسيسكو فرانكو"));
    // A name that starts with those letters keeps them.
    let s = "وسجل ليونيل ميسي هدفين";
    assert_eq!(person(s, 1, 2).as_deref(), Some("ليونيل ميسي"));
    let s = "وقال نظيره الهولندي ووبكي هوكسترا إن";
    assert_eq!(person(s, 3, 4).as_deref(), Some("ووبكي هوكسترا"));
}

#[test]
fn a_common_definite_participle_is_not_a_family_name() {
    let s = "وكان مصطفى مدبولي البالغ من العمر 52 عاما وزيرا للإسكان";
    assert_eq!(person(s, 1, 3).as_deref(), Some("مصطفى مدبولي"));
    // Family names of another shape stay, however common the word (`الصباح`, morning).
    let s = "واستقبل الأمير صباح الأحمد الجابر الصباح الوفد";
    assert_eq!(person(s, 2, 5).as_deref(), Some("صباح الأحمد الجابر الصباح"));
}

#[test]
fn an_ordinal_takes_its_noun_off_a_name() {
    let s = "عندما قاد صلاح هجمة أولى أبعدها الدفاع";
    assert_eq!(person(s, 2, 4).as_deref(), Some("صلاح"));
}

#[test]
fn a_noun_before_an_ordinal_goes_where_the_span_stopped_on_it() {
    let s = "عندما قاد صلاح هجمة أولى أبعدها الدفاع";
    assert_eq!(person(s, 2, 3).as_deref(), Some("صلاح"));
}
