//! The combination's choices on hand-made tagger tags (no model: each test states what the
//! tagger said), the CRF trainer, and the general-Arabic word frequencies.

use super::super::gazetteer::gazetteer;
use super::super::recognize::{Found, Span, found, recognize};
use super::super::tokens::tokenize;
use super::combine::combine;
use super::conll::{Sentence, read};
use super::crf::{CrfParams, train_crf};
use super::freq::{self, WordFreq, bucket};
use super::train::Example;
use super::*;

/// Tag indices by name, one per word (`"O B-PERS I-PERS"`).
fn tags(s: &str) -> Vec<u8> {
    s.split_whitespace()
        .map(|t| Tag::parse(t).expect("tag name"))
        .collect()
}

/// The combined names of `text` given the tagger's `tagged` and the rules' names, with any
/// `extra` rule names added: (kind, words joined).
fn combined(
    text: &str,
    tagged: &str,
    extra: &[(EntityKind, usize, usize)],
) -> Vec<(EntityKind, String)> {
    let g = gazetteer();
    let (tokens, norm) = tokenize(text);
    let mut rules = recognize(g, &tokens, &norm);
    for &(kind, first, last) in extra {
        let ws: Vec<String> = tokens[first..=last]
            .iter()
            .map(|t| t.norm.clone())
            .collect();
        let key = format!("{kind:?}:{}", ws.join(" "));
        let span = Span {
            first,
            clitic: 0,
            last,
        };
        rules.push(found(kind, key, ws, &tokens, &norm, span));
    }
    let t = tags(tagged);
    assert_eq!(t.len(), tokens.len(), "one tag per word of {text}");
    let words = tokens.iter().map(|t| t.norm.as_str()).collect();
    combine(g, &tokens, &norm, rules, &t, &words)
        .into_iter()
        .map(|f: Found| (f.kind, f.words.join(" ")))
        .collect()
}

#[test]
fn a_rule_person_stops_where_the_tagger_starts_another() {
    // The rules' person runs over a verbal noun into the next name; the tagger opens a
    // second person after a word it does not see as a person's.
    let got = combined(
        "وأعلن جورج بوش لاعتقال اسامة بن لادن",
        "O B-PERS I-PERS O B-PERS I-PERS I-PERS",
        &[(EntityKind::Person, 1, 4)],
    );
    let people: Vec<&str> = got
        .iter()
        .filter(|(k, _)| *k == EntityKind::Person)
        .map(|(_, w)| w.as_str())
        .collect();
    assert_eq!(people, vec!["جورج بوش", "اسامه بن لادن"], "{got:?}");
}

#[test]
fn a_rule_person_the_tagger_does_not_start_is_left_out() {
    // The rules read a person from `ناصر` (a given name); the tagger starts one a word later:
    // the rules' name is left out, whatever the tagger's own name becomes.
    let text = "واستقبل ناصر سليم حداد الوفد";
    let got = combined(text, "O O B-PERS I-PERS O", &[(EntityKind::Person, 1, 3)]);
    assert!(!got.iter().any(|(_, w)| w.starts_with("ناصر")), "{got:?}");
    // Where the tagger starts the person on the same word, the rules' name stands.
    let got = combined(
        text,
        "O B-PERS I-PERS I-PERS O",
        &[(EntityKind::Person, 1, 3)],
    );
    assert!(
        got.contains(&(EntityKind::Person, "ناصر سليم حداد".to_string())),
        "{got:?}"
    );
}

#[test]
fn a_family_name_of_origin_stays_on_the_name() {
    // The tagger stops before `السوداني`; an adjective of origin after the name is its
    // family name, not a word to cut.
    let got = combined(
        "والتقى محمد شياع السوداني الوفد",
        "O B-PERS I-PERS O O",
        &[(EntityKind::Person, 1, 3)],
    );
    assert_eq!(
        got,
        vec![(EntityKind::Person, "محمد شياع السوداني".to_string())]
    );
}

#[test]
fn a_tagger_name_holding_a_listed_place_is_taken_whole() {
    // `ميلان` is a listed city; the tagger reads the club.
    let got = combined("وفاز إنتر ميلان أمس", "O B-ORG I-ORG O", &[]);
    assert_eq!(
        got,
        vec![(EntityKind::Organization, "انتر ميلان".to_string())]
    );
}

#[test]
fn a_club_named_like_its_city_is_what_the_tagger_says() {
    let got = combined("وتعادل برشلونة مع فالنسيا", "O B-ORG O B-ORG", &[]);
    assert!(
        got.contains(&(EntityKind::Organization, "برشلونه".to_string())),
        "{got:?}"
    );
    assert!(!got.iter().any(|(k, _)| *k == EntityKind::Place), "{got:?}");
    // Where the tagger says place, the list's place stands.
    let got = combined("ووصل الوفد إلى برشلونة", "O O O B-LOC", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "برشلونه".to_string())]);
}

#[test]
fn a_listed_person_behind_a_clitic_stands_where_the_tagger_sees_none() {
    let got = combined("المهم بالنسبة لخامنئي هو الحفاظ", "O O O O O", &[]);
    assert_eq!(got, vec![(EntityKind::Person, "خامنئي".to_string())]);
}

#[test]
fn a_tagger_name_stops_at_latin_letters() {
    // The tagger runs a listed place into a Latin abbreviation: the place stands alone.
    let got = combined("قال في دمشق NYT إن", "O O B-LOC I-LOC O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "دمشق".to_string())]);
}

#[test]
fn the_tagger_carries_a_rules_person_on_to_a_word_the_rules_did_not_know() {
    let text = "واستقال المدرب كارلوس ألبرتو باريرا وترك مكانه";
    let got = combined(
        text,
        "O O B-PERS I-PERS I-PERS O O",
        &[(EntityKind::Person, 2, 3)],
    );
    assert_eq!(
        got,
        vec![(EntityKind::Person, "كارلوس البرتو باريرا".to_string())]
    );
    // Not onto a word written with a final ه (a verb or noun with its pronoun).
    let got = combined(
        "وقال سمير يوسف جمعه ونظيره",
        "O B-PERS I-PERS I-PERS O",
        &[(EntityKind::Person, 1, 2)],
    );
    assert_eq!(got, vec![(EntityKind::Person, "سمير يوسف".to_string())]);
    // Nor onto a verb.
    let got = combined(
        "كان العريس المقدسي محمد مصطفى يهدم هو أيضا شقته",
        "O O O B-PERS I-PERS I-PERS O O O",
        &[],
    );
    assert_eq!(got, vec![(EntityKind::Person, "محمد مصطفي".to_string())]);
}

#[test]
fn an_administrative_unit_gives_way_to_the_bare_name_the_tagger_reads() {
    // The tagger reads `بابل` alone as the place: the combination takes it (and so links it
    // with `بابل` elsewhere).
    let got = combined("وأكد مصدر في محافظة بابل اعتقال", "O O O O B-LOC O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "بابل".to_string())]);
    // Where the tagger does not, the unit stays part of the name, as the guidelines write it.
    let got = combined("وأكد مصدر في محافظة بابل اعتقال", "O O O O O O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "محافظه بابل".to_string())]);
    // A camp is not its town: `مخيم جنين` stays whole.
    let got = combined("وقال سكان في مخيم جنين إن", "O O O O B-LOC O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "مخيم جنين".to_string())]);
}

#[test]
fn a_listed_city_after_a_team_word_is_the_club() {
    let got = combined("وقال سائق فريق رينو إن", "O O O O O", &[]);
    assert_eq!(got, vec![(EntityKind::Organization, "رينو".to_string())]);
    // Elsewhere the city stays a place; a country after a team word stays a country.
    let got = combined("ووصل الفريق إلى رينو أمس", "O O O O O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "رينو".to_string())]);
    let got = combined("وقال لاعب مصر إن", "O O O O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "مصر".to_string())]);
}

#[test]
fn well_known_organizations_without_a_head_are_listed() {
    let orgs = rule_orgs;
    // Clubs, companies, newspapers and parties that no head word announces.
    assert_eq!(
        orgs("وتغلب الوداد البيضاوي على حسنية أكادير"),
        vec!["الوداد البيضاوي", "حسنيه اكادير"]
    );
    assert_eq!(
        orgs("وذكرت يديعوت أحرونوت أن نوكيا"),
        vec!["يديعوت احرونوت", "نوكيا"]
    );
    assert_eq!(orgs("وقال تيار المستقبل إن"), vec!["تيار المستقبل"]);
    // Everyday words and phrases stay out of the list: a hail of rockets, deaths, the
    // Egyptian economy today, civil peace.
    assert!(orgs("وأطلق وابل من الصواريخ").is_empty());
    assert!(orgs("وسجلت وفيات جديدة في المدينة").is_empty());
    assert!(orgs("وتحسن الاقتصاد المصري اليوم بعد").is_empty());
    assert!(orgs("ودعا إلى السلم الأهلي في لبنان").is_empty());
}

/// The organizations of `text` when the tagger finds nothing (the rules' names).
fn rule_orgs(text: &str) -> Vec<String> {
    let n = tokenize(text).0.len();
    combined(text, &vec!["O"; n].join(" "), &[])
        .into_iter()
        .filter(|(k, _)| *k == EntityKind::Organization)
        .map(|(_, w)| w)
        .collect()
}

#[test]
fn a_head_built_name_does_not_swallow_a_second_institution_or_a_title() {
    assert_eq!(
        rule_orgs("تضاربت روايات الجيش الأميركي والشرطة العراقية بشأن"),
        vec!["الجيش الاميركي"]
    );
    assert_eq!(
        rule_orgs("وحضر رئيس الديوان الأميري والسفير إبراهيم"),
        vec!["الديوان الاميري"]
    );
    // Coordinated adjectives and nouns still belong to the name.
    assert_eq!(
        rule_orgs("وقال إن المجلس الاقتصادي والاجتماعي سيتخذ"),
        vec!["المجلس الاقتصادي والاجتماعي"]
    );
    assert_eq!(
        rule_orgs("وفاز حزب العدالة والتنمية في"),
        vec!["حزب العداله والتنميه"]
    );
    assert_eq!(
        rule_orgs("وقالت وزارة التنمية والتعاون الدولي إن"),
        vec!["وزاره التنميه والتعاون الدولي"]
    );
}

#[test]
fn a_masculine_head_does_not_take_a_feminine_adjective() {
    assert!(rule_orgs("لتحديد خيارات الحزب السياسية في ضوء").is_empty());
    assert_eq!(rule_orgs("وقال الحزب الشيوعي إن"), vec!["الحزب الشيوعي"]);
    assert_eq!(rule_orgs("وقالت الهيئة الوطنية إن"), vec!["الهيئه الوطنيه"]);
}

#[test]
fn a_people_or_a_community_is_not_an_organization() {
    let got = combined("وقال إن الأكراد اختاروا الاتحاد", "O O B-ORG O O", &[]);
    assert!(got.is_empty(), "{got:?}");
    let got = combined("وقال إن الفلسطينيين يرفضون ذلك", "O O B-ORG O O", &[]);
    assert!(got.is_empty(), "{got:?}");
    // A movement named by its adherents is one.
    let got = combined("وقال إن الحوثيين يرفضون ذلك", "O O B-ORG O O", &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, EntityKind::Organization);
}

/// Training examples from CoNLL text (shared with `tests.rs`).
pub(super) fn examples(text: &str) -> Vec<Example> {
    read(text)
        .expect("valid")
        .iter()
        .map(Sentence::prepare)
        .map(|p| Example {
            feats: p.feats,
            gold: p.gold,
        })
        .collect()
}

#[test]
fn the_crf_trains_deterministically_and_learns() {
    let ex = examples(
        "قال O\nمحمد B-PERS\nسالم I-PERS\nفي O\nبغداد B-LOC\n.\tO\n\nزار O\nسالم B-PERS\nبغداد B-LOC\n",
    );
    let p = CrfParams {
        epochs: 30,
        l1: 0.01,
        eta0: 0.5,
        ..CrfParams::default()
    };
    let (a, b) = (train_crf(&ex, &p), train_crf(&ex, &p));
    assert_eq!(a, b, "same data, same weights");
    let s = read("زار O\nسالم B-PERS\nبغداد B-LOC\n").expect("valid")[0].prepare();
    assert_eq!(a.decode(&s.feats), s.gold);
    // A stronger L1 penalty keeps fewer features.
    let sparse = train_crf(&ex, &CrfParams { l1: 5.0, ..p });
    assert!(sparse.index.len() < a.index.len());
}

#[test]
fn word_frequencies_add_up_spellings_and_know_everyday_words() {
    // `أحمد` and `احمد` normalize alike: their frequencies add up (10^4 + 10^4 → zipf 4.3).
    let f = WordFreq::parse("# comment\n40\tأحمد\n40\tاحمد\nbad line\n30\tكتاب\n");
    assert_eq!(
        (f.get("احمد"), f.get("كتاب"), f.get("فيرهوفن")),
        (43, 30, 0)
    );
    assert_eq!(f.len(), 2);
    assert_eq!(
        (bucket(0), bucket(15), bucket(43), bucket(80)),
        (0, 1, 6, 11)
    );
    // The shipped list: an everyday word is common, a transliterated name rare or absent,
    // and a common noun is more often written with the article than a name is.
    let wf = freq::shared();
    assert!(wf.len() > 50_000, "{}", wf.len());
    assert!(wf.get("الحرب") > 50 && wf.get("فيرهوفن") < 25);
    assert!(wf.get("الحكومه") > wf.get("حكومه"));
    assert!(wf.get("البوش") < wf.get("بوش"));
}

#[test]
fn a_latin_acronym_in_brackets_names_the_organization_before_it() {
    let got = rule_orgs("وقالت المنظمة الدولية للهجرة (IOM) إن العدد ارتفع");
    assert_eq!(got, vec!["المنظمه الدوليه للهجره", "iom"]);
    let got = rule_orgs("وقالت منظمة أطباء بلا حدود (MSF) إن");
    assert!(got.first().is_some_and(|o| o.ends_with("حدود")), "{got:?}");
    // Not across a verb or punctuation, not after a place, nor a lower-case word.
    assert!(rule_orgs("وقالت إنها تعمل (IOM) مع").is_empty());
    assert!(rule_orgs("وفي الولايات المتحدة (US) قال").is_empty());
    assert!(rule_orgs("وقال إن الدول الغنية (see) تعمل").is_empty());
    // A name found otherwise keeps its boundaries; the acronym is its short form.
    assert_eq!(
        rule_orgs("وقالت منظمة الصحة العالمية في جنيف (WHO) إن"),
        vec!["منظمه الصحه العالميه"]
    );
    assert_eq!(
        rule_orgs("وقالت منظمة الصحة العالمية (WHO) إن"),
        vec!["منظمه الصحه العالميه", "who"]
    );
}

#[test]
fn a_bracketed_country_or_agency_nisba_is_no_short_form() {
    // A club's country in brackets is a place (England is listed, not only ISO countries) …
    assert_eq!(rule_orgs("وتعادل تشلسي (إنجلترا) مع"), vec!["تشلسي"]);
    // … and a photo's agency by its nisba is not the club's short form.
    assert_eq!(
        rule_orgs("وفاز إنتر ميلان (الفرنسية) على"),
        vec!["انتر ميلان"]
    );
    // A real short form still is.
    assert_eq!(
        rule_orgs("وقالت وكالة السودان للأنباء (سونا) إن"),
        vec!["وكاله السودان للانباء", "سونا"]
    );
}

#[test]
fn the_tagger_s_shorter_alias_of_a_listed_place_is_taken() {
    // `مكة المكرمة` and `مكة` are one listed place: where the tagger reads `مكة`, its
    // reading stands (same key), as annotated news writes it.
    let got = combined("وصل الحجاج إلى مكة المكرمة أمس", "O O O B-LOC O O", &[]);
    assert_eq!(got, vec![(EntityKind::Place, "مكه".to_string())]);
    // A head before a listed name stays with it (the guidelines' name).
    let got = combined("وقالت حركة حماس إن", "O O B-ORG O", &[]);
    assert_eq!(
        got,
        vec![(EntityKind::Organization, "حركه حماس".to_string())]
    );
}

#[test]
fn no_place_is_read_from_inside_the_tagger_s_event() {
    let text = "وفاز في بطولة الولايات المتحدة المفتوحة للتنس";
    let got = combined(text, "O O B-MISC I-MISC I-MISC I-MISC O", &[]);
    assert!(got.is_empty(), "{got:?}");
    // Without the event, the listed place stands.
    let got = combined(text, "O O O O O O O", &[]);
    assert!(
        got.contains(&(EntityKind::Place, "الولايات المتحده".to_string())),
        "{got:?}"
    );
}

#[test]
fn a_transliterated_surname_shaped_like_a_verb_stays_a_person() {
    // `يلتسين` has the shape of an imperfect verb (ي and a consonant) but is no word of
    // general Arabic; `يعكس` is, and is dropped.
    let got = combined("وقال يلتسين إن", "O B-PERS O", &[]);
    assert_eq!(got, vec![(EntityKind::Person, "يلتسين".to_string())]);
    let got = combined("وهذا يعكس الوضع", "O B-PERS O", &[]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_rule_person_keeps_only_a_single_family_name_the_tagger_left_out() {
    // The tagger stops after `فارس`; the rules ran over a verbal noun and its object.
    let got = combined(
        "وقال فارس تزايد الأضرار",
        "O B-PERS O O",
        &[(EntityKind::Person, 1, 3)],
    );
    assert!(!got.iter().any(|(_, w)| w.contains("تزايد")), "{got:?}");
    // A feminine word after a given name is no family name (`الفنية`, artistic).
    let got = combined(
        "أعمال نجيب محفوظ الفنية",
        "O B-PERS I-PERS O",
        &[(EntityKind::Person, 1, 3)],
    );
    assert_eq!(got, vec![(EntityKind::Person, "نجيب محفوظ".to_string())]);
    // One definite word that can be a family name stays (`عبد الفتاح البرهان`).
    let got = combined(
        "التقى عبد الفتاح البرهان",
        "O B-PERS I-PERS O",
        &[(EntityKind::Person, 1, 3)],
    );
    assert_eq!(
        got,
        vec![(EntityKind::Person, "عبد الفتاح البرهان".to_string())]
    );
}

#[test]
fn an_adjective_after_its_noun_is_no_place() {
    // `منطقة حرجية` is a wooded area: the tagger's place is the nisba of the noun before.
    let got = combined(
        "حلقت الطائرة فوق منطقة حرجية ثم سقطت",
        "O O O O B-LOC O O",
        &[],
    );
    assert!(got.is_empty(), "{got:?}");
    // A town coordinated after a listed one keeps its name (`سبتة ومليلية`).
    let got = combined("فتح حدود سبتة ومليلية الثلاثاء", "O O B-LOC B-LOC O", &[]);
    assert!(
        got.iter()
            .any(|(k, w)| *k == EntityKind::Place && w.ends_with("مليليه")),
        "{got:?}"
    );
}

#[test]
fn a_word_right_after_a_place_is_no_person_alone() {
    // `موقع كوبا ديبيت`: a site named after the place, not a person `ديبيت`.
    let got = combined(
        "وذكر موقع كوبا ديبيت أنه لم يتضح",
        "O O B-LOC B-PERS O O O",
        &[],
    );
    assert_eq!(got, vec![(EntityKind::Place, "كوبا".to_string())]);
    // A name with a joiner after it is a person's (`مراسلة الجزيرة شيرين أبو عاقلة`), and
    // `الجزيرة` is also the channel.
    let got = combined(
        "قتلت مراسلة الجزيرة شيرين أبو عاقلة أمس",
        "O O B-ORG B-PERS O O O",
        &[],
    );
    assert!(
        got.iter()
            .any(|(k, w)| *k == EntityKind::Person && w.starts_with("شيرين")),
        "{got:?}"
    );
}

#[test]
fn a_function_word_glued_to_a_listed_name_is_that_name() {
    // A missing space (`بين سانتياغو`): the tagger's one-word organization is the place.
    let got = combined("تقوم برحلة بينسانتياغو وهافانا", "O O B-ORG B-LOC", &[]);
    assert!(
        got.iter()
            .any(|(k, w)| *k == EntityKind::Place && w == "سانتياغو"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, w)| w.contains("بين")), "{got:?}");
}

#[test]
fn an_organization_s_name_in_quotes_after_it_is_an_organization() {
    let got = combined(
        "وقالت وكالة الأنباء الكوبية \"برنسا لاتينا\" إن الطائرة",
        "O O O O O O O O",
        &[],
    );
    assert!(
        got.contains(&(EntityKind::Organization, "برنسا لاتينا".to_string())),
        "{got:?}"
    );
    // Quoted words of general Arabic, or definite, are what was said (`"الغادر"`).
    let got = combined(
        "برصاص قوات الاحتلال الإسرائيلي \"الغادر\" أمس",
        "O O O O O O",
        &[],
    );
    assert!(!got.iter().any(|(_, w)| w == "الغادر"), "{got:?}");
}
