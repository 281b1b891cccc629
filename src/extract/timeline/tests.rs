//! Every class of date expression, the resolution rules, and merging.

use chrono::NaiveDate;

use super::*;
use crate::calendar::Calendar;
use crate::corpus::{Article, Paragraph, ParagraphKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// The dates found in `text` for an article published on `published`, as `YYYY[-MM[-DD]]`.
fn dates_in(text: &str, published: Option<NaiveDate>) -> Vec<String> {
    let r = published.map(Reference::own);
    let mut prev = None;
    let mut out = Vec::new();
    for f in find(text) {
        if let Some(w) = resolve(f.expr, r, prev) {
            if w.precision == Precision::Day && w.end.is_none() {
                prev = Some(w.date);
            }
            let mut s = format(w.date, w.precision);
            if let Some(e) = w.end {
                s = format!("{s}..{}", format(e, w.precision));
            }
            out.push(s);
        }
    }
    out
}

const FEB18: Option<NaiveDate> = NaiveDate::from_ymd_opt(2024, 2, 18);

#[test]
fn every_month_system() {
    assert_eq!(dates_in("في 29 يناير 2024", None), vec!["2024-01-29"]);
    assert_eq!(
        dates_in("في 29 كانون الثاني 2024", None),
        vec!["2024-01-29"]
    );
    assert_eq!(
        dates_in("يوم 3 شباط 2024 و5 تشرين الأول 2023", None),
        vec!["2024-02-03", "2023-10-05"]
    );
    assert_eq!(
        dates_in("في 14 جويلية 2023 و15 أوت 2023 و2 أفريل 2022", None),
        vec!["2023-07-14", "2023-08-15", "2022-04-02"]
    );
    assert_eq!(
        dates_in("في 20 يوليوز 2021 و3 غشت 2021", None),
        vec!["2021-07-20", "2021-08-03"]
    );
    assert_eq!(
        dates_in("في 29 يناير/ كانون ثان", FEB18),
        vec!["2024-01-29"]
    );
}

#[test]
fn digits_of_every_script() {
    assert_eq!(dates_in("في ٢٩ يناير ٢٠٢٤", None), vec!["2024-01-29"]);
    assert_eq!(dates_in("في ۲۹ يناير ۲۰۲۴", None), vec!["2024-01-29"]);
}

#[test]
fn ordinal_days_ranges_and_numeric_dates() {
    assert_eq!(
        dates_in("منذ الرابع من شباط الجاري", FEB18),
        vec!["2024-02-04"]
    );
    assert_eq!(
        dates_in("في الحادي والعشرين من مارس 2023", None),
        vec!["2023-03-21"]
    );
    assert_eq!(
        dates_in("في 7-8 أغسطس/ آب 2023", None),
        vec!["2023-08-07..2023-08-08"]
    );
    assert_eq!(
        dates_in("نشر 18/02/2024 و2024-02-18", None),
        vec!["2024-02-18", "2024-02-18"]
    );
}

#[test]
fn years_and_months_with_relative_years() {
    assert_eq!(
        dates_in("في عام 2014 وفي 2002م", None),
        vec!["2014", "2002"]
    );
    assert_eq!(
        dates_in("منذ 7 أكتوبر/ تشرين الأول الماضي", FEB18),
        vec!["2023-10-07"]
    );
    assert_eq!(dates_in("منذ أكتوبر الماضي", FEB18), vec!["2023-10"]);
    assert_eq!(dates_in("في يونيو المقبل", FEB18), vec!["2024-06"]);
    assert_eq!(
        dates_in("هجوم كانون الأول على السفارة", FEB18),
        Vec::<String>::new(),
        "a month alone is not a date"
    );
    assert_eq!(
        dates_in("في شهر كانون الأول", FEB18),
        vec!["2023-12"],
        "month precision, never a day"
    );
}

#[test]
fn month_words_alone_are_not_dates() {
    for s in [
        "قال الأب آب إن",
        "سيارة نيسان الجديدة",
        "درجة الحرارة صفر",
        "رجب طيب أردوغان",
        "في نيسان",
    ] {
        assert_eq!(dates_in(s, FEB18), Vec::<String>::new(), "{s}");
    }
}

#[test]
fn hijri_dates() {
    assert_eq!(hijri_to_gregorian(1446, 1, 1), Some(d(2024, 7, 7)));
    assert_eq!(dates_in("في 1 رمضان 1445 هـ", None), vec!["2024-03-10"]);
    assert_eq!(dates_in("العام 1445 هـ", None).len(), 1);
}

#[test]
fn deictics_resolve_against_the_publication_date() {
    let fri = Some(d(2024, 1, 26));
    assert_eq!(dates_in("أعلنت أمس الخميس", fri), vec!["2024-01-25"]);
    assert_eq!(dates_in("أعلنت اليوم الجمعة", fri), vec!["2024-01-26"]);
    assert_eq!(dates_in("سيصل غدا", fri), vec!["2024-01-27"]);
    assert_eq!(dates_in("قتل سلفه قبل أربع سنوات", fri), vec!["2020"]);
    assert_eq!(dates_in("قبل 3 أيام", fri), vec!["2024-01-23"]);
    assert_eq!(dates_in("يوم الثلاثاء", fri), vec!["2024-01-23"]);
    assert_eq!(
        dates_in("الأسبوع الماضي", fri),
        vec!["2024-01-15..2024-01-21"]
    );
    assert_eq!(
        dates_in("أمس", None),
        Vec::<String>::new(),
        "no reference, no date"
    );
}

#[test]
fn anaphora_counts_from_the_last_date() {
    assert_eq!(
        dates_in(
            "التقى يوم 29 يناير 2024 الفصائل. وفي اليوم التالي أعلنت",
            None
        ),
        vec!["2024-01-29", "2024-01-30"]
    );
    assert_eq!(
        dates_in("في 3 مايو 2022 وصل، وبعد ذلك بيومين غادر", None),
        vec!["2022-05-03", "2022-05-05"]
    );
}

/// An article of body paragraphs `paras`, for the timeline's tests (shared by its test files).
pub(super) fn article(id: &str, published: Option<NaiveDate>, paras: &[&str]) -> Article {
    Article {
        id: id.into(),
        path: String::new(),
        outlet: id.into(),
        title: String::new(),
        published,
        url: None,
        language: crate::corpus::language::Language::Analysed,
        paragraphs: paras
            .iter()
            .map(|t| Paragraph {
                text: (*t).into(),
                kind: ParagraphKind::Body,
            })
            .collect(),
    }
}

#[test]
fn borrowed_references_are_inferred() {
    let c = Corpus {
        articles: vec![
            article(
                "a",
                Some(d(2024, 2, 18)),
                &["قال مسؤول إن قاآني التقى الفصائل يوم 29 كانون الثاني في بغداد."],
            ),
            article(
                "b",
                None,
                &["التقى قاآني بالفصائل في مطار بغداد يوم 29 يناير، وأعلن ذلك أمس."],
            ),
        ],
    };
    let ev = extract(&c, &[]);
    let jan29 = ev
        .iter()
        .find(|e| e.date == "2024-01-29")
        .expect("29 January");
    assert_eq!(jan29.sources, vec!["a", "b"], "one event, both sources");
    assert!(!jan29.inferred, "a has it from its own dateline");
    let yesterday = ev
        .iter()
        .find(|e| e.date == "2024-02-17")
        .expect("أمس from the borrowed date");
    assert!(yesterday.inferred);
}

#[test]
fn different_happenings_on_one_date_stay_apart() {
    let c = Corpus {
        articles: vec![
            article(
                "a",
                None,
                &["اجتمع وزير الخارجية بنظيره في عمان يوم 5 مارس 2023 لبحث التجارة."],
            ),
            article(
                "b",
                None,
                &["ضرب زلزال قوي جنوب تركيا يوم 5 مارس 2023 وقتل العشرات."],
            ),
        ],
    };
    let ev = extract(&c, &[]);
    assert_eq!(ev.iter().filter(|e| e.date == "2023-03-05").count(), 2);
}

#[test]
fn summaries_are_short_clauses() {
    let c = Corpus {
        articles: vec![article(
            "a",
            None,
            &[
                "وذكرت المصادر، في تقرير مطول، أن قاآني التقى بممثلي عدة فصائل مسلحة في مطار بغداد يوم 29 يناير 2024، بعد أقل من 48 ساعة من الهجوم.",
            ],
        )],
    };
    let ev = extract(&c, &[]);
    let s = &ev.first().expect("an event").summary;
    assert!(
        s.contains("مطار بغداد") && s.split_whitespace().count() <= 13,
        "{s}"
    );
    assert!(
        !s.contains("48 ساعة"),
        "trimmed at the clause boundary: {s}"
    );
    let _ = Calendar::Gregorian;
}

#[test]
fn a_summary_never_starts_inside_a_number() {
    // `5.2` and `1,500` are numbers, not a sentence's end and a clause's.
    let c = Corpus {
        articles: vec![article(
            "a",
            None,
            &["ضرب زلزال بقوة 5.2 درجات جنوب البلاد يوم 5 مارس 2023 وشرد 1,500 أسرة."],
        )],
    };
    let ev = extract(&c, &[]);
    let s = &ev.first().expect("an event").summary;
    assert!(s.contains("5.2 درجات"), "{s}");
    assert!(s.contains("1,500 أسرة"), "{s}");
}

#[test]
fn unambiguous_month_after_a_time_preposition() {
    assert_eq!(
        dates_in("بعد هجوم في كانون الأول على السفارة", FEB18),
        vec!["2023-12"]
    );
    assert_eq!(dates_in("في يناير", FEB18), vec!["2024-01"]);
    assert_eq!(dates_in("في آب", FEB18), Vec::<String>::new());
    assert_eq!(dates_in("في مارس", FEB18), Vec::<String>::new());
}

/// Shapes found while measuring on news text outside the repository (docs/timeline.md).
#[test]
fn shapes_from_outside_news() {
    let wed = Some(d(2023, 1, 4));
    assert_eq!(
        dates_in(
            "تعطيل الدوام ليوم غدٍ الخميس، الموافق للخامس من كانون الثاني سنة 2023",
            wed
        ),
        vec!["2023-01-05"],
        "the weekday and its explicit date are one expression"
    );
    assert_eq!(
        dates_in("تعطيل الدوام للخامس من كانون الثاني سنة 2023", None),
        vec!["2023-01-05"]
    );
    assert_eq!(
        dates_in("اعتباراً من غد الأحد", Some(d(2024, 4, 27))),
        vec!["2024-04-28"]
    );
    assert_eq!(
        dates_in("نحو غد أفضل", wed),
        Vec::<String>::new(),
        "bare غد is the morrow, not a date"
    );
    let mon = Some(d(2025, 8, 25));
    assert_eq!(dates_in("وصل إلى جدة مساء الأحد", mon), vec!["2025-08-24"]);
    assert_eq!(
        dates_in("صادق المجلس يومه الأربعاء", mon),
        vec!["2025-08-20"]
    );
    assert_eq!(
        dates_in("أُعلنت أواخر 2015 وفق القانون رقم 162 لسنة 1958", None),
        vec!["2015", "1958"]
    );
    assert_eq!(
        dates_in("يقود الحكومة منذ عشرة أعوام", Some(d(2021, 9, 8))),
        vec!["2011"]
    );
}

#[test]
fn hijri_numeric_dates_and_year_less_hijri_months() {
    // 29 Sha'ban 1446: 27 February 2025 in the tabular calendar (Umm al-Qura says the 28th;
    // the arithmetic calendar is within a day or two of the sighted ones, docs/timeline.md).
    assert_eq!(
        dates_in("القرار وتاريخ 29 / 8 / 1446هـ", None),
        vec!["2025-02-27"]
    );
    // Arabic-Indic digits; Umm al-Qura: 30 June 2020.
    assert_eq!(dates_in("بتاريخ ٩ /١١ /١٤٤١هـ", None), vec!["2020-06-29"]);
    // A year-less Hijri month takes the year from the reference and the cue, as a range.
    let r = dates_in("قبل حلول شهر رمضان المقبل", FEB18);
    let [ramadan] = r.as_slice() else {
        panic!("one date: {r:?}");
    };
    assert!(
        ramadan.starts_with("2024-03-1") && ramadan.contains("..2024-04-"),
        "{r:?}"
    );
    assert_eq!(
        dates_in("في رمضان", FEB18),
        Vec::<String>::new(),
        "a Hijri month word alone is not a date"
    );
}

#[test]
fn a_written_weekday_picks_the_year_and_joins_its_date() {
    let may9 = Some(d(2021, 5, 9));
    // 8 September 2021 is a Wednesday (2020's was a Tuesday, and nearer in the past).
    assert_eq!(
        dates_in(
            "الانتخابات يوم الأربعاء 8 شتنبر، والمستشارين الثلاثاء 5 أكتوبر",
            may9
        ),
        vec!["2021-09-08", "2021-10-05"]
    );
    let mon = Some(d(2026, 3, 9));
    assert_eq!(
        dates_in("تعطيل الدوام يوم الإثنين المقبل الموافق 16 آذار 2026", mon),
        vec!["2026-03-16"],
        "one expression: the weekday and its explicit date"
    );
    assert_eq!(dates_in("يوم الإثنين المقبل", mon), vec!["2026-03-16"]);
    assert_eq!(dates_in("توجه صباح اليوم إلى", mon), vec!["2026-03-09"]);
    assert_eq!(
        dates_in("صحيفة المصري اليوم", mon),
        Vec::<String>::new(),
        "bare اليوم is not a date"
    );
}

#[test]
fn a_weekday_in_a_clause_about_the_future_is_the_coming_one() {
    let sun = Some(d(2024, 5, 12));
    // Reported past: the last Monday.
    assert_eq!(dates_in("اجتمع الوفد مساء الإثنين", sun), vec!["2024-05-06"]);
    // Announced: the coming Monday (على أن, سـ + verb, من المقرر, سوف).
    for text in [
        "على أن يصدر البيان الختامي مساء الإثنين",
        "وسيصدر البيان يوم الإثنين",
        "ومن المقرر أن يلتقي الوزيران يوم الإثنين",
        "سوف يصل الوفد يوم الإثنين",
    ] {
        assert_eq!(dates_in(text, sun), vec!["2024-05-13"], "{text}");
    }
    // Said on a Monday about the future: today.
    let mon = Some(d(2024, 5, 13));
    assert_eq!(
        dates_in("على أن يصدر البيان مساء الإثنين", mon),
        vec!["2024-05-13"]
    );
    // A noun that starts like سـ + verb is no future marker; punctuation ends the clause.
    assert_eq!(
        dates_in("ناقش سياسة المياه يوم الإثنين", sun),
        vec!["2024-05-06"]
    );
    assert_eq!(
        dates_in("سيصدر بيان. واجتمعوا يوم الإثنين", sun),
        vec!["2024-05-06"]
    );
}

#[test]
fn since_a_year_and_a_weekday_between_commas() {
    let sun = Some(d(2024, 5, 12));
    // `منذ عام 1962` is the year, not "a year ago".
    assert_eq!(dates_in("يحكم البلاد منذ عام 1962", sun), vec!["1962"]);
    assert_eq!(dates_in("تأسس قبل سنة 2003", sun), vec!["2003"]);
    assert_eq!(dates_in("غادر منذ عام", sun), vec!["2023"]);
    // Newswire style: the weekday alone between commas.
    assert_eq!(
        dates_in("وقال الوزير، الخميس، إن المفاوضات مستمرة", sun),
        vec!["2024-05-09"]
    );
    // A forecast is about the coming days.
    assert_eq!(
        dates_in("ومن المتوقع أن تهطل الأمطار مساء الخميس", sun),
        vec!["2024-05-16"]
    );
}

#[test]
fn ranges_written_with_words_or_a_spaced_dash() {
    let sun = Some(d(2026, 1, 18));
    for (text, want) in [
        (
            "تقام الدورة من 24 إلى 31 جانفي 2026",
            "2026-01-24..2026-01-31",
        ),
        ("من 5 حتى 13 مايو 2025", "2025-05-05..2025-05-13"),
        ("المعرض يومي 3 و4 فيفري 2026", "2026-02-03..2026-02-04"),
        ("المؤتمر 1 – 3 شباط 2026", "2026-02-01..2026-02-03"),
    ] {
        assert_eq!(dates_in(text, sun), vec![want], "{text}");
    }
    // Two numbers joined by و without a range word are not a range of days.
    assert_eq!(
        dates_in("أصيب 3 و4 جنود في 5 فبراير 2026", sun),
        vec!["2026-02-05"]
    );
}
