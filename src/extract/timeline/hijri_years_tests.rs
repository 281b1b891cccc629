//! Bare years of the recent Hijri centuries through the whole timeline, on articles written
//! for the purpose (a Saudi biography, a history piece).

use chrono::NaiveDate;

use crate::corpus::{Article, Corpus};
use crate::extract::analyze;
use crate::extract::timeline::hijri_to_gregorian;

/// An article of `outlet`, published on 2015-07-21, with `paragraphs`.
fn article(id: &str, outlet: &str, paragraphs: &[&str]) -> Article {
    let mut a = Article::from_body(id, paragraphs);
    a.outlet = outlet.to_string();
    a.published = NaiveDate::from_ymd_opt(2015, 7, 21);
    a
}

/// The (date, end) of the event holding the mention written `text` in article `id`.
fn dated(articles: Vec<Article>, id: &str, text: &str) -> (String, Option<String>) {
    let a = analyze(&Corpus { articles });
    let e = a
        .timeline
        .iter()
        .find(|e| {
            e.mentions
                .iter()
                .any(|m| &*m.article == id && m.text == text)
        })
        .unwrap_or_else(|| panic!("no event for {text} in {id}: {:#?}", a.timeline));
    (e.date.clone(), e.end.clone())
}

/// The Gregorian days of Hijri year `y`, as the export writes them.
fn hijri(y: i32) -> (String, Option<String>) {
    let start = hijri_to_gregorian(y, 1, 1).expect("in range");
    let end = hijri_to_gregorian(y + 1, 1, 1)
        .and_then(|d| d.pred_opt())
        .expect("in range");
    (start.to_string(), Some(end.to_string()))
}

fn ad(y: i32) -> (String, Option<String>) {
    (y.to_string(), None)
}

#[test]
fn a_hijri_mark_after_a_year_word_makes_the_year_hijri() {
    let a = article("a", "الشرق الأوسط", &["ولد في مدينة الرياض عام 1396هـ."]);
    // (The mention ends on the ه: the tatweel after it is no letter.)
    assert_eq!(dated(vec![a], "a", "عام 1396ه"), hijri(1396));
    assert!(hijri(1396).0.starts_with("1976-01"));
}

#[test]
fn a_bare_year_is_hijri_where_its_article_writes_hijri() {
    let a = article(
        "a",
        "سبق",
        &[
            "يذكر أن المدير الجديد ولد بالرياض عام 1396 ويحمل شهادة الماجستير.",
            "وصدر القرار في 5 شوال 1436هـ.",
        ],
    );
    assert_eq!(dated(vec![a], "a", "عام 1396"), hijri(1396));
}

#[test]
fn a_bare_year_is_hijri_where_its_outlet_or_its_story_writes_it_so() {
    // The story's other outlet writes the same year with its mark.
    let a = article(
        "a",
        "الوئام",
        &["وولد المدير الجديد بالرياض عام 1396 ويحمل الماجستير."],
    );
    let b = article("b", "اليوم", &["وهو من مواليد مدينة الرياض سنة 1396هـ."]);
    assert_eq!(dated(vec![a, b], "a", "عام 1396"), hijri(1396));
    // Another article of the same outlet writes Hijri years.
    let a = article(
        "a",
        "سبق",
        &["وتخرج المدير في الجامعة عام 1418 ثم عمل في الإعلام."],
    );
    let b = article("b", "سبق", &["وصدر الأمر الملكي في 5 شوال 1436هـ."]);
    assert_eq!(dated(vec![a, b], "a", "عام 1418"), hijri(1418));
}

#[test]
fn a_bare_year_stays_ad_without_hijri_in_its_story() {
    // A history piece: nothing in the story counts in Hijri.
    let a = article(
        "a",
        "الجزيرة نت",
        &["ووقعت معركة نيكوبوليس عام 1396 بين العثمانيين وتحالف أوروبي."],
    );
    assert_eq!(dated(vec![a], "a", "عام 1396"), ad(1396));
    // Hijri elsewhere in the story, but another outlet and another year.
    let a = article(
        "a",
        "الجزيرة نت",
        &["ووقعت معركة نيكوبوليس عام 1396 قرب الدانوب."],
    );
    let b = article("b", "سبق", &["وصدر الأمر الملكي في 5 شوال 1436هـ."]);
    assert_eq!(dated(vec![a, b], "a", "عام 1396"), ad(1396));
}

#[test]
fn an_article_that_marks_old_years_ad_keeps_its_bare_ones_ad() {
    let a = article(
        "a",
        "سبق",
        &[
            "بدأ الحصار عام 1394م، وانتهت الحرب عام 1396 بمعاهدة.",
            "وافتتح المتحف المعرض في 5 شوال 1436هـ.",
        ],
    );
    assert_eq!(dated(vec![a], "a", "عام 1396"), ad(1396));
}

/// The export's day of Hijri `y-m-d`.
fn hijri_day(y: i32, m: u32, d: u32) -> String {
    hijri_to_gregorian(y, m, d).expect("in range").to_string()
}

#[test]
fn a_year_after_a_hijri_month_and_its_word_of_honour_is_hijri() {
    use super::super::coverage_tests::dates;
    let on = NaiveDate::from_ymd_opt(2024, 6, 10);
    // No هـ anywhere: the month names the calendar of the year after it (14r).
    assert_eq!(
        dates("ووقعت الحادثة في 10 شعبان المعظم 1443 بالقرب من الحدود", on),
        vec![hijri_day(1443, 8, 10)]
    );
    assert_eq!(
        dates("وتأسست الجمعية في 1 محرم الحرام 1420 بقرار من الوزارة", on),
        vec![hijri_day(1420, 1, 1)]
    );
    assert_eq!(
        dates("وصدر القرار يوم 12 صفر الخير 1446", on),
        vec![hijri_day(1446, 2, 12)]
    );
    assert_eq!(
        dates("وجاء ذلك في 7 ربيع الآخر 1444 بحضور الأمير", on),
        vec![hijri_day(1444, 4, 7)]
    );
    assert_eq!(
        dates("وعقد الاجتماع في 9 ذي القعدة سنة 1441", on),
        vec![hijri_day(1441, 11, 9)]
    );
    // A word of honour alone is no month.
    assert_eq!(
        dates("وهنأ الأمير الشعب بالعيد المبارك 1445", on),
        Vec::<String>::new()
    );
}
