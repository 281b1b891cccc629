//! Each class of issue 15 (years without `عام`, counts in words, periods, deictics by their
//! neighbours, conflicts, an article's own evidence, merging), the positive and the guarded
//! negative.

use chrono::NaiveDate;

use super::tests::article;
use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// The dates found in `text` said on `on`, as the export writes them (`a..b` for a range).
pub(super) fn dates(text: &str, on: Option<NaiveDate>) -> Vec<String> {
    let r = on.map(Reference::own);
    let (mut prev, mut narrative) = (None, None);
    let mut out = Vec::new();
    for f in find(text) {
        if let Some(w) = resolve_in(f.expr, r, prev, narrative) {
            if w.precision == Precision::Day && w.end.is_none() {
                prev = Some(w.date);
            }
            narrative = Some(w);
            let mut s = format(w.date, w.precision);
            if let Some(e) = w.end {
                s = format!("{s}..{}", format(e, w.precision));
            }
            out.push(s);
        }
    }
    out
}

pub(super) fn none(text: &str, on: Option<NaiveDate>) {
    assert_eq!(dates(text, on), Vec::<String>::new(), "{text}");
}

pub(super) const AUG13: Option<NaiveDate> = NaiveDate::from_ymd_opt(2025, 8, 13);

#[test]
fn years_without_a_year_word_in_a_date_context() {
    assert_eq!(dates("ولد في 1975 في بغداد", None), vec!["1975"]);
    assert_eq!(dates("والآن في 2010 عاد", None), vec!["2010"]);
    assert_eq!(dates("يحكم منذ 2009.", None), vec!["2009"]);
    assert_eq!(
        dates("فيلم «الباب المفتوح» (1963) من إخراج", None),
        vec!["1963"]
    );
    assert_eq!(
        dates("الكاتب الفرنسي (1770 - 1830) كتب", None),
        vec!["1770..1830"]
    );
    assert_eq!(dates("خلال عامي 2005 و2006", None), vec!["2005", "2006"]);
    assert_eq!(
        dates("في الأعوام 1958، 1959، و1960 فاز", None),
        vec!["1958", "1959", "1960"]
    );
    assert_eq!(
        dates("بين العامين 1920 و 1925 هاجر", None),
        vec!["1920..1925"]
    );
    assert_eq!(dates("من 2005 إلى 2010", None), vec!["2005..2010"]);
    assert_eq!(dates("الموسم 2020-2021", None), vec!["2020..2021"]);
    // After a question mark and at a sentence end.
    assert_eq!(dates("ماذا حدث؟ العام 2014 كان صعبا", None), vec!["2014"]);
    assert_eq!(dates("وقد تأسس عام 2014.", None), vec!["2014"]);
    assert_eq!(dates("متى؟عام 1990 بدأ", None), vec!["1990"]);
    // Early-modern years with a year word.
    assert_eq!(dates("بني المسجد عام 1847", None), vec!["1847"]);
}

#[test]
fn numbers_that_are_not_years() {
    for text in [
        "نشر 2500 جندي على الحدود",
        "قتل في 2000 غارة",
        "بلغ السعر 1950 دولارا",
        "ارتفع المؤشر بنسبة 1999 %",
        "اتصل على 0791234567",
        "فاز الفريق 2-1 على ضيفه",
        "بين 1500 و2000 شخص",
        "رقم الهاتف 2010 2011",
        "في 2600 عام قبل الميلاد",
        "خرق لقرار مجلس الأمن رقم (1701)",
    ] {
        none(text, AUG13);
    }
}

#[test]
fn counts_in_words_and_approximations() {
    assert_eq!(dates("رحل قبل ثلاثة وستين عاما", AUG13), vec!["1962"]);
    assert_eq!(dates("سيعود بعد 30 عاما", AUG13), vec!["2055"]);
    assert_eq!(dates("غادر قبل أكثر من عام", AUG13), vec!["2024"]);
    assert_eq!(dates("تأسس قبل نحو عشرين سنة", AUG13), vec!["2005"]);
    assert_eq!(dates("قبل خمسة وتسعين عاما", AUG13), vec!["1930"]);
    // A singular unit before a name is no count.
    assert_ne!(
        dates("قبل شهر رمضان", AUG13),
        vec!["2025-07"],
        "the month of Ramadan"
    );
    assert_eq!(
        dates("بعد يوم الأحد", AUG13),
        vec!["2025-08-10"],
        "Sunday, not tomorrow"
    );
    none("بعد شهر واحد من مقتله", AUG13);
    // A count from another happening, an age, a duration: no date.
    none("صدرت بعد 17 عاما من الطبعة الأولى", AUG13);
    none("توفي عن عمر يناهز 92 عامًا", AUG13);
    none("يعمل عليها منذ عام ونصف", AUG13);
    // Narrative: `بعد خمس سنوات` after a past year counts from it.
    assert_eq!(
        dates("تأسس النادي في عام 1947. وبعد خمس سنوات فاز", AUG13),
        vec!["1947", "1952"]
    );
}

#[test]
fn decades_and_centuries() {
    assert_eq!(dates("في السبعينيات", AUG13), vec!["197"]);
    assert_eq!(dates("نهاية الخمسينيات", AUG13), vec!["195"]);
    assert_eq!(dates("منذ خمسينيات القرن العشرين", None), vec!["195"]);
    assert_eq!(
        dates("في نهاية السبعينيات من القرن الماضي", AUG13),
        vec!["197"]
    );
    assert_eq!(dates("ثمانينيات القرن التاسع عشر", None), vec!["188"]);
    assert_eq!(dates("في العشرينيات", AUG13), vec!["192"]);
    assert_eq!(dates("القرن الثامن عشر", None), vec!["17"]);
    assert_eq!(dates("أواخر القرن التاسع عشر", None), vec!["18"]);
    assert_eq!(dates("القرن الماضي", AUG13), vec!["19"]);
    assert_eq!(dates("القرن الحادي والعشرين", None), vec!["20"]);
    assert_eq!(dates("في القرن الـ19", None), vec!["18"]);
    assert_eq!(dates("في النصف الثاني من القرن ال٢٠", None), vec!["19"]);
    none("منطقة القرن الأفريقي", AUG13);
    none("منذ القرن الرابع الهجري", AUG13);
    none("في القرن الثاني قبل الميلاد", AUG13);
    none("ما يسمى صفقة القرن", AUG13);
    none("بلغ سبعين عاما", AUG13);
}

#[test]
fn seasons() {
    assert_eq!(dates("في صيف 2024", None), vec!["2024-SU"]);
    assert_eq!(dates("صيف عام 1947", None), vec!["1947-SU"]);
    assert_eq!(dates("الشتاء الماضي", AUG13), vec!["2024-WI"]);
    assert_eq!(dates("فصل الخريف المقبل", AUG13), vec!["2025-FA"]);
    assert_eq!(dates("هذا الصيف", AUG13), vec!["2025-SU"]);
    assert_eq!(dates("الصيف الحالي", AUG13), vec!["2025-SU"]);
    assert_eq!(dates("ربيع العام المقبل", AUG13), vec!["2026-SP"]);
    none("منذ الربيع العربي", AUG13);
    none("صيف حار", AUG13);
    // Alone, a season is mostly no date.
    for text in [
        "فواكه الصيف",
        "أعياد الربيع",
        "قال أبو الربيع",
        "رواية السمان والخريف",
    ] {
        none(text, AUG13);
    }
}

#[test]
fn halves_and_quarters() {
    assert_eq!(
        dates("في النصف الثاني من العام", AUG13),
        vec!["2025-07..2025-12"]
    );
    assert_eq!(dates("الربع الأول من 2019", None), vec!["2019-01..2019-03"]);
    assert_eq!(
        dates("خلال الربع الأخير من عام 2022", None),
        vec!["2022-10..2022-12"]
    );
    assert_eq!(
        dates("في الأشهر الثلاثة الأولى من العام", AUG13),
        vec!["2025-01..2025-03"]
    );
    none("تقدم في الربع الأول من المباراة", AUG13);
}

#[test]
fn this_last_next_and_current_with_every_period_word() {
    assert_eq!(dates("هذا العام", AUG13), vec!["2025"]);
    assert_eq!(dates("هذه السنة", AUG13), vec!["2025"]);
    assert_eq!(dates("لهذا العام", AUG13), vec!["2025"]);
    assert_eq!(dates("هذا الشهر", AUG13), vec!["2025-08"]);
    assert_eq!(dates("هذا الأسبوع", AUG13), vec!["2025-08-11..2025-08-17"]);
    assert_eq!(dates("الشهر الجاري", AUG13), vec!["2025-08"]);
    assert_eq!(dates("العام المقبل", AUG13), vec!["2026"]);
    assert_eq!(
        dates("الأسبوع المنقضي", AUG13),
        vec!["2025-08-04..2025-08-10"]
    );
    assert_eq!(dates("منذ بداية العام", AUG13), vec!["2025"]);
    assert_eq!(dates("منذ نهاية آذار", AUG13), vec!["2025-03"]);
    assert_eq!(dates("مع حلول سبتمبر", AUG13), vec!["2025-09"]);
    assert_eq!(dates("بمنتصف أغسطس", AUG13), vec!["2025-08"]);
    none("نهاية مارس الحزين", AUG13);
    assert_eq!(dates("قبل نهاية الشهر المقبل", AUG13), vec!["2025-09"]);
    assert_eq!(
        dates("في ذات الشهر من العام الماضي", AUG13),
        Vec::<String>::new(),
        "no month mentioned before it"
    );
    assert_eq!(
        dates(
            "بلغ 2% في مايو الماضي مقابل 1% في ذات الشهر من العام الماضي",
            AUG13
        ),
        vec!["2025-05", "2024-05"]
    );
    assert_eq!(
        dates("تأسس مثل اليوم من عام 1907", AUG13),
        vec!["1907-08-13"]
    );
}

#[test]
fn today_tomorrow_and_yesterday_by_their_neighbours() {
    let sat = Some(d(2025, 8, 16));
    assert_eq!(dates("ستقام اليوم المباراة", sat), vec!["2025-08-16"]);
    assert_eq!(dates("يغادر اليوم إلى عمان", sat), vec!["2025-08-16"]);
    assert_eq!(
        dates("تعقد اجتماعها اليوم، وتناقش", sat),
        vec!["2025-08-16"]
    );
    assert_eq!(dates("اليوم أيضا، يلتقي", sat), vec!["2025-08-16"]);
    assert_eq!(dates("في لقاء اليوم", sat), vec!["2025-08-16"]);
    assert_eq!(dates("أعلن الوزير اليوم أن", sat), vec!["2025-08-16"]);
    assert_eq!(dates("اعتبارا من اليوم", sat), vec!["2025-08-16"]);
    assert_eq!(dates("غدا الأحد", sat), vec!["2025-08-17"]);
    // A weekday as the adverb of a verb of a happening: past, or scheduled (imperfect).
    assert_eq!(dates("أعلن الوزير الخميس أن", sat), vec!["2025-08-14"]);
    assert_eq!(dates("تختتم الجولة الأولى الأحد", sat), vec!["2025-08-17"]);
    none("بعد صلاة الجمعة", sat);
    none("على بعد يوم واحد فقط من انتهائها", sat);
    none("في مستشفى بمدينة 6 أكتوبر", sat);
    assert_eq!(dates("أمس الجمعة", sat), vec!["2025-08-15"]);
    // A span spent in a state is how long, not when; a plain count still dates.
    none("تنحى بعد ست سنوات في السلطة", sat);
    none("أفرج عنه بعد عامين في السجن", sat);
    assert_eq!(
        dates("يصل الوفد بعد يومين في زيارة رسمية", sat),
        vec!["2025-08-18"]
    );
    // The day before yesterday, in its three spellings.
    assert_eq!(dates("قالت الوزارة أول من أمس", sat), vec!["2025-08-14"]);
    assert_eq!(dates("مساء أمس الأول", sat), vec!["2025-08-14"]);
    assert_eq!(dates("وصل الوفد أول أمس", sat), vec!["2025-08-14"]);
    assert_eq!(dates("وصل الوفد أول أمس الخميس", sat), vec!["2025-08-14"]);
    assert_eq!(dates("مباريات الغد", sat), vec!["2025-08-17"]);
    assert_eq!(dates("صباح الغد", sat), vec!["2025-08-17"]);
    for text in [
        "شباب اليوم يبحثون عن عمل",
        "ما زال قائما حتى اليوم",
        "وفق صحيفة المصري اليوم",
        "بغداد اليوم- بغداد",
        "اليوم - وكالات",
        "نجران اليوم لم تعد كما كانت",
        "كتب في اليوم السابع",
        "نحو الغد الأفضل",
        "قال لـ«الغد» إن",
        "احتفل باليوم الوطني",
        "لبنان يعاني اليوم من أزمة",
        "فهو اليوم لا يصلي إلا في المسجد",
        "التي نعرفها اليوم",
        "وتتابع قناة اليوم عرض البرنامج",
    ] {
        none(text, sat);
    }
}

#[test]
fn a_weekday_that_disagrees_with_the_date_is_a_conflict() {
    // `أمس الجمعة` on a Thursday dateline: the deictic's day (Wednesday), marked.
    let thu = Some(Reference::own(d(2025, 8, 14)));
    let f = find("وقال أمس الجمعة إن");
    let yesterday = f.first().expect("أمس الجمعة").expr;
    let w = resolve(yesterday, thu, None).expect("a date");
    assert_eq!(w.date, d(2025, 8, 13));
    assert!(w.conflict);
    let sat = Some(Reference::own(d(2025, 8, 16)));
    let w = resolve(yesterday, sat, None).expect("a date");
    assert_eq!(w.date, d(2025, 8, 15));
    assert!(!w.conflict);
}

#[test]
fn an_article_uses_its_own_evidence_before_the_story() {
    let c = Corpus {
        articles: vec![
            article("a", Some(d(2024, 1, 28)), &["خبر عن الاجتماع."]),
            article(
                "b",
                None,
                &[
                    "وقال المتحدث أمس الخميس إن الوفد وصل إلى بغداد.",
                    "— المتحدث (@spokesman) January 25, 2024",
                ],
            ),
        ],
    };
    let refs = references(&c);
    let b = refs.get(1).copied().flatten().expect("a reference");
    assert_eq!(b.date, d(2024, 1, 26));
    assert_eq!(b.source, ReferenceSource::EmbeddedPost);
    assert!(!b.borrowed);
    let list = reference_list(&c, &refs);
    let [a_ref, b_ref] = list.as_slice() else {
        panic!("two articles: {list:?}");
    };
    assert_eq!(a_ref.source, ReferenceSource::Published);
    assert_eq!(b_ref.date.as_deref(), Some("2024-01-26"));
    let ev = extract(&c, &[]);
    let thu = ev
        .iter()
        .find(|e| e.date == "2024-01-25")
        .expect("أمس الخميس");
    assert!(!thu.inferred, "resolved against the article's own evidence");
    // Without any evidence it borrows the story's date, and says so.
    let c = Corpus {
        articles: vec![
            article("a", Some(d(2024, 1, 28)), &["خبر."]),
            article("b", None, &["وصل الوفد أمس."]),
        ],
    };
    let refs = references(&c);
    assert_eq!(
        refs.get(1).copied().flatten().map(|r| r.source),
        Some(ReferenceSource::Story)
    );
}

#[test]
fn same_day_events_merge_whatever_their_certainty() {
    let c = Corpus {
        articles: vec![
            article(
                "a",
                Some(d(2024, 1, 26)),
                &["اجتمع الوزير بنظيره في عمان يوم 25 يناير 2024 لبحث التجارة."],
            ),
            article("b", None, &["وقالت مصادر إن لقاء مطولا عقد أمس في القصر."]),
        ],
    };
    let ev = extract(&c, &[]);
    let day: Vec<&Event> = ev.iter().filter(|e| e.date == "2024-01-25").collect();
    let [day] = day.as_slice() else {
        panic!("one event on 2024-01-25: {ev:#?}");
    };
    assert!(!day.inferred, "one mention is dated");
    assert_eq!(day.inferred_mentions, vec![1], "the other is still marked");
    assert_eq!(day.sources, vec!["a", "b"]);
    // Estimated only when every mention is.
    let c = Corpus {
        articles: vec![
            article("a", Some(d(2024, 1, 26)), &["خبر."]),
            article("b", None, &["وصل الوفد أمس."]),
            article("c", None, &["وصل الوفد أمس إلى المطار."]),
        ],
    };
    let ev = extract(&c, &[]);
    let e = ev.iter().find(|e| e.date == "2024-01-25").expect("أمس");
    assert!(e.inferred);
    assert_eq!(e.inferred_mentions, vec![0, 1]);
}

#[test]
fn periods_sort_where_they_belong() {
    let c = Corpus {
        articles: vec![article(
            "a",
            Some(d(2025, 8, 13)),
            &[
                "في 5 مارس 1975 وقع الاتفاق، وفي السبعينيات كانت الحرب، وفي القرن العشرين، وفي صيف 1975 وفي عام 1975.",
            ],
        )],
    };
    let ev = extract(&c, &[]);
    let order: Vec<&str> = ev.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(order, vec!["19", "197", "1975", "1975-03-05", "1975-SU"]);
    let precisions: Vec<Precision> = ev.iter().map(|e| e.precision).collect();
    assert_eq!(
        precisions,
        vec![
            Precision::Century,
            Precision::Decade,
            Precision::Year,
            Precision::Day,
            Precision::Season
        ]
    );
}
