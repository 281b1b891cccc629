//! Date classes of the second reader's test on real news (2026-12-07, engineer 14u), through
//! the whole pass over a made-up story: what an undated article borrows when the story's dates
//! lie years apart, a follow-up article that calls the story's day past, and the year in the
//! name of the story's own happening. The sentences are made up.

use chrono::NaiveDate;

use super::tests::article;
use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// One article dated years after the rest (a pasted page's clock): the undated articles
/// borrow the date their texts agree with, not the outlier.
#[test]
fn undated_articles_borrow_the_date_their_texts_agree_with() {
    let c = Corpus {
        articles: vec![
            article(
                "a",
                Some(d(2023, 5, 28)),
                &["فاز الرئيس بولاية جديدة اليوم الأحد."],
            ),
            article(
                "b",
                Some(d(2026, 12, 7)),
                &["هنأ الرئيس نظيره بفوزه في الانتخابات."],
            ),
            article(
                "c",
                None,
                &["أكد رئيس الهيئة الإثنين 15 أيار مايو أن الجولة الثانية ستجري في 28 مايو."],
            ),
            article("d", None, &["وجرت الجولة الأولى في 14 مايو الجاري."]),
        ],
    };
    let refs = references(&c);
    let r = refs.get(3).copied().flatten().expect("a borrowed date");
    assert_eq!(r.date, d(2023, 5, 28));
    assert!(r.borrowed);
    // The article whose lede pins its Monday takes that day (`borrow::lede_day`), estimated.
    let r = refs
        .get(2)
        .copied()
        .flatten()
        .expect("a date from the lede");
    assert_eq!((r.date, r.source), (d(2023, 5, 15), ReferenceSource::Text));
    assert!(r.borrowed);
    let days: Vec<String> = dates(&c)
        .iter()
        .filter(|x| x.article == 2)
        .map(|x| x.when.date.to_string())
        .collect();
    assert_eq!(days, vec!["2023-05-15", "2023-05-28"]);
}

/// A follow-up without a date, in a story of 6 March: it calls 6 March and April past, so it
/// was written after April, and its `غدا الخميس` keeps its month only.
#[test]
fn a_follow_up_that_calls_the_story_day_past_is_later() {
    let c = Corpus {
        articles: vec![
            article(
                "a",
                Some(d(2024, 3, 6)),
                &["رفع البنك المركزي الفائدة اليوم الأربعاء."],
            ),
            article(
                "b",
                None,
                &[
                    "يترقب السوق قرار البنك غدا الخميس. وكان البنك رفع الفائدة يوم 6 مارس الماضي، \
                   وتراجع التضخم في أبريل الماضي بعد ارتفاعه في مارس الماضي.",
                ],
            ),
        ],
    };
    let refs = references(&c);
    let b = refs.get(1).copied().flatten().expect("b borrows a date");
    assert_eq!(b.date, d(2024, 5, 1));
    let got: Vec<(String, Precision)> = dates(&c)
        .iter()
        .filter(|x| x.article == 1)
        .map(|x| (x.when.date.to_string(), x.when.precision))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2024-05-01".to_string(), Precision::Month),
            ("2024-03-06".to_string(), Precision::Day),
            ("2024-04-01".to_string(), Precision::Month),
            ("2024-03-01".to_string(), Precision::Month),
        ]
    );
}

/// `كأس العالم 2022` in a report of December 2022 names the edition the story is about: no
/// year row of its own. A past edition (`نسخة روسيا 2018`) is another happening.
#[test]
fn the_year_of_the_story_own_edition_is_no_row() {
    let c = Corpus {
        articles: vec![article(
            "a",
            Some(d(2022, 12, 10)),
            &[
                "تأهل المنتخب إلى نصف نهائي كأس العالم 2022 بعد فوزه اليوم السبت، وكان مهاجمه قد سجل في نسخة روسيا 2018.",
            ],
        )],
    };
    let got: Vec<String> = dates(&c)
        .iter()
        .map(|x| label::format(x.when.date, x.when.precision))
        .collect();
    assert_eq!(got, vec!["2022-12-10", "2018"]);
}

/// A weekday written with a year-less date that no year near the reference agrees with is
/// flagged (`conflict`); one that agrees picks its year.
#[test]
fn a_weekday_the_date_contradicts_is_a_conflict() {
    let text = "أكد رئيس الهيئة الإثنين 15 أيار مايو أن الجولة الثانية ستجري قريبا.";
    let at = |r: NaiveDate| {
        grammar::find(text)
            .into_iter()
            .filter_map(|f| resolve(f.expr, Some(resolve::Reference::own(r)), None))
            .map(|w| (w.date, w.conflict))
            .collect::<Vec<_>>()
    };
    assert_eq!(at(d(2023, 5, 28)), vec![(d(2023, 5, 15), false)]);
    // 15 May is a Monday in none of 2025, 2026 and 2027.
    assert_eq!(at(d(2026, 12, 7)), vec![(d(2026, 5, 15), true)]);
}
