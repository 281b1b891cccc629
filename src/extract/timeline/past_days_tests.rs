//! A day written without its year is not after the article's own date unless its clause
//! speaks of the future (engineer 14r, 2026-12-07): `قائد انقلاب 25 أكتوبر` said in April is the
//! October before, whether the year would come from the nearest occurrence or from a date
//! written earlier in the paragraph. The sentences are made up.

use chrono::NaiveDate;

use super::coverage_tests::dates;
use super::find;
use super::resolve::{Reference, resolve};
use crate::extract::ReferenceSource;

fn on(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn a_past_day_takes_the_year_before_rather_than_the_paragraphs_year() {
    // The paragraph's year (2023, from a full date) would put the coup after the article.
    let text = "وقال الجيش في 15 أبريل 2023 إن قائد انقلاب 25 أكتوبر أصدر قرارا بحل المجلس";
    assert_eq!(
        dates(text, on(2023, 4, 16)),
        vec!["2023-04-15", "2022-10-25"]
    );
    // A noun phrase with no tense in a past paragraph.
    assert_eq!(
        dates(
            "وشارك الآلاف في احتجاجات 20 أبريل ضد الحكومة",
            on(2023, 4, 16)
        ),
        vec!["2022-04-20"]
    );
    // A day before the article keeps its year.
    assert_eq!(
        dates(
            "وشارك الآلاف في احتجاجات 10 أبريل ضد الحكومة",
            on(2023, 4, 16)
        ),
        vec!["2023-04-10"]
    );
}

#[test]
fn a_future_clause_or_a_written_year_keeps_the_day_ahead() {
    for text in [
        "وسيعقد المؤتمر في 20 أبريل بالعاصمة",
        "ومن المقرر أن يبدأ الحوار في 20 أبريل",
        "وتعتزم الحكومة إطلاق الخطة في 20 أبريل",
        "وسوف تبدأ الدراسة في 20 أبريل",
    ] {
        assert_eq!(dates(text, on(2023, 4, 16)), vec!["2023-04-20"], "{text}");
    }
    // The year written with the date, or the paragraph's year in a future clause.
    assert_eq!(
        dates("وأعلن الجيش قرار 25 أكتوبر 2023", on(2023, 4, 16)),
        vec!["2023-10-25"]
    );
    let text = "تعقد اللجنة أربعة اجتماعات خلال عام 2026، أولها في 12 فبراير";
    assert_eq!(dates(text, on(2025, 12, 1)), vec!["2026", "2026-02-12"]);
    // A cue decides as before.
    assert_eq!(
        dates("وانتهت المهلة في 20 أبريل المقبل", on(2023, 4, 16)),
        vec!["2023-04-20"]
    );
}

#[test]
fn a_borrowed_date_keeps_the_nearest_reading() {
    // Only near the article's own date: a day just after it may be the article's past.
    let r = Reference {
        date: NaiveDate::from_ymd_opt(2023, 4, 16).expect("valid date"),
        borrowed: true,
        source: ReferenceSource::Story,
    };
    let got: Vec<NaiveDate> = find("وشارك الآلاف في احتجاجات 20 أبريل ضد الحكومة")
        .into_iter()
        .filter_map(|f| resolve(f.expr, Some(r), None))
        .map(|w| w.date)
        .collect();
    assert_eq!(
        got,
        vec![NaiveDate::from_ymd_opt(2023, 4, 20).expect("valid date")]
    );
}
