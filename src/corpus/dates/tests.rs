//! The date reader's cases: every shape of dates.rs on a short text.

use super::*;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn iso_rfc_and_numeric_orders() {
    assert_eq!(date_in("2020-10-07T23:30:00-05:00"), d(2020, 10, 7));
    assert_eq!(date_in("Wed, 07 Oct 2020 12:09:00 +0300"), d(2020, 10, 7));
    assert_eq!(date_in("18/02/2024 12:13"), d(2024, 2, 18));
    assert_eq!(date_in("12:13 18.02.2024"), d(2024, 2, 18));
    assert_eq!(date_in("02/18/2024"), d(2024, 2, 18));
    assert_eq!(date_in("2024/02/18"), d(2024, 2, 18));
    assert_eq!(date_in("32/13/2024"), None);
    assert_eq!(date_in("1602237000"), d(2020, 10, 9));
}

#[test]
fn month_names_of_every_system() {
    assert_eq!(date_in("الأربعاء، 07 أكتوبر 2020 - 12:09 م"), d(2020, 10, 7));
    assert_eq!(date_in("October 7, 2020"), d(2020, 10, 7));
    assert_eq!(date_in("Oct. 7, 2020"), d(2020, 10, 7));
    assert_eq!(date_in("الأحد 1 نوفمبر/تشرين الثاني 2020"), d(2020, 11, 1));
    assert_eq!(date_in("٥ كانون الثاني ٢٠٢٤"), d(2024, 1, 5));
    // Numbered Syriac months, as CMSs print them beside the other system's name.
    assert_eq!(
        date_in("نشر بتاريخ: 10 كانون1/ديسمبر 2022"),
        d(2022, 12, 10)
    );
    assert_eq!(date_in("3 تشرين2/نوفمبر 2021"), d(2021, 11, 3));
    assert_eq!(date_in("5 كانون2 2020"), d(2020, 1, 5));
    assert_eq!(date_in("10/12/2022 - 10:30"), d(2022, 12, 10));
    assert_eq!(date_in("posted Aug 18th 2010 7:30PM"), d(2010, 8, 18));
    assert_eq!(date_in("November 20 15:23 2019"), d(2019, 11, 20));
    assert_eq!(date_in("Dec 28 Sat 2013 00:28"), d(2013, 12, 28));
    // A weekday and no year after it: no date.
    assert_eq!(date_in("Dec 28 Sat 00:28"), None);
    // A number and a time after the month are not a day and a year.
    assert_eq!(date_in("November 20 15:23"), None);
}

#[test]
fn east_asian_year_month_day() {
    assert_eq!(date_in("2022年07月10日 07:15"), d(2022, 7, 10));
    assert_eq!(date_in("发布时间：2024年5月9日"), d(2024, 5, 9));
    assert_eq!(date_in("2024년 5월 13일"), d(2024, 5, 13));
    assert_eq!(date_in("박상우 2024. 5. 13. 12:52"), d(2024, 5, 13));
    assert_eq!(date_in("2024年5月"), None);
    assert_eq!(date_in("2024. 13. 5."), None);
}

#[test]
fn a_label_glued_to_the_date_by_a_colon() {
    // The full-width colon is folded to `:` by normalization.
    assert_eq!(date_in("时间：2022-11-24 05:30:58"), d(2022, 11, 24));
    assert_eq!(date_in("نشر:2020-10-07 12:30"), d(2020, 10, 7));
    assert_eq!(date_in("Posted:October 7, 2020"), d(2020, 10, 7));
    // A time keeps its colons: `05:30` is no date.
    assert_eq!(date_in("时间：05:30"), None);
}

#[test]
fn compact_dates_only_as_a_whole_value() {
    assert_eq!(date_in("20190806"), d(2019, 8, 6));
    assert_eq!(date_in("20220125130150"), d(2022, 1, 25));
    // Not a date: a month 13, a time 25:00, an article number in a sentence.
    assert_eq!(date_in("20191306"), None);
    assert_eq!(date_in("202201252500"), None);
    assert_eq!(date_in("article 20190806 of the archive"), None);
}

#[test]
fn hijri_beside_gregorian_gives_the_gregorian_date() {
    // The Gregorian date beside a lunar Hijri one is the one read (exact, where the tabular
    // conversion may be a day off).
    assert_eq!(
        date_in("الخميس 15 رجب 1445 هـ - 25 يناير 2024 م"),
        d(2024, 1, 25)
    );
    assert_eq!(
        date_in("15/07/1445 هـ الموافق 25/01/2024 م"),
        d(2024, 1, 25)
    );
    assert_eq!(date_in("1445/07/15 - 2024/01/25"), d(2024, 1, 25));
    // Alone (a Saudi paper's dateline), the lunar date is read, by the tabular calendar.
    assert_eq!(
        date_in("١٥ رجب ١٤٤٥ هـ"),
        crate::calendar::hijri_to_gregorian(1445, 7, 15)
    );
    assert_eq!(
        date_in("الأحد 5 جمادى الأولى 1448هـ"),
        crate::calendar::hijri_to_gregorian(1448, 5, 5)
    );
    // A lunar month name is not a date without its day and a year of the web era.
    assert_eq!(date_in("المغرب يخسر (صفر-1) أمام إيران"), None);
    assert_eq!(date_in("في رمضان 1445"), None);
    assert_eq!(date_in("15 رجب 1120 هـ"), None);
    // Arabic-Indic digits and a Levantine month name.
    assert_eq!(date_in("نشر في ٢٥ كانون الثاني ٢٠٢٤"), d(2024, 1, 25));
}

#[test]
fn solar_hijri() {
    assert_eq!(date_in("۱۳۹۹/۰۲/۲۱"), d(2020, 5, 10));
    assert_eq!(date_in("۲۱ اردیبهشت ۱۳۹۹"), d(2020, 5, 10));
    assert_eq!(solar_to_gregorian(1403, 1, 1), d(2024, 3, 20));
    assert_eq!(solar_to_gregorian(1402, 12, 29), d(2024, 3, 19));
    assert_eq!(solar_to_gregorian(1400, 10, 11), d(2022, 1, 1));
    assert_eq!(solar_to_gregorian(1399, 7, 31), None);
    // A lunar Hijri year is not read as a Solar one.
    assert_eq!(date_in("1445/07/15"), None);
}

#[test]
fn month_names_of_the_common_european_languages() {
    assert_eq!(date_in("publiziert am 30. Juli 2018"), d(2018, 7, 30));
    assert_eq!(date_in("Montag, 3. März 2014"), d(2014, 3, 3));
    assert_eq!(date_in("publié le 12 février 2019"), d(2019, 2, 12));
    assert_eq!(date_in("5 de agosto de 2020"), d(2020, 8, 5));
    assert_eq!(date_in("14 de novembro de 2019"), d(2019, 11, 14));
    assert_eq!(date_in("5 agosto 2020"), d(2020, 8, 5));
    assert_eq!(date_in("14 ноября 2019"), d(2019, 11, 14));
    assert_eq!(date_in("14 oktober 2019"), d(2019, 10, 14));
    // The Gregorian months as Persian, Urdu and Turkish write them.
    assert_eq!(date_in("۱۵ ژانویه ۲۰۲۳"), d(2023, 1, 15));
    assert_eq!(date_in("۱۰ مه ۲۰۲۴"), d(2024, 5, 10));
    assert_eq!(date_in("15 جنوری 2023"), d(2023, 1, 15));
    assert_eq!(date_in("5 Kasım 2019"), d(2019, 11, 5));
    // A month name alone, or with a number that is no day, is no date.
    assert_eq!(date_in("Mai 2019"), None);
    assert_eq!(date_in("Juli 45 2019"), None);
}

#[test]
fn a_date_run_into_the_name_before_it() {
    assert_eq!(date_in("原创：39健康网2024-04-23 12:27:25"), d(2024, 4, 23));
    assert_eq!(date_in("خاص:شبكة المثال2024-04-23 12:27"), d(2024, 4, 23));
}

#[test]
fn every_date_of_a_text_and_a_month_day_without_year() {
    assert_eq!(
        dates_in("Taken Jan. 15, 2023; filed 2023-01-16 and on 3 March 2022"),
        vec![
            NaiveDate::from_ymd_opt(2023, 1, 16),
            NaiveDate::from_ymd_opt(2023, 1, 15),
            NaiveDate::from_ymd_opt(2022, 3, 3)
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
    );
    assert_eq!(
        month_day_at_end("HONG KONG/GUANGZHOU, Jan. 15"),
        Some((1, 15))
    );
    assert_eq!(month_day_at_end("بيروت، 15 كانون الثاني"), Some((1, 15)));
    assert_eq!(month_day_at_end("القاهرة 3 مارس"), Some((3, 3)));
    assert_eq!(month_day_at_end("Jan. 15 in Hong Kong"), None);
    assert_eq!(month_day_at_end("HONG KONG, Jan. 45"), None);
}

use proptest::strategy::Strategy;

proptest::proptest! {
    /// Whatever the text — dates, month names in every language, digits and dashes run
    /// together — the readers give only calendar dates of the years they accept and a month
    /// and day that exist, and never panic.
    #[test]
    fn every_date_read_is_in_range(
        words in proptest::collection::vec(
            proptest::prop_oneof![
                "[0-9]{1,4}([-/.][0-9]{1,4}){0,2}",
                proptest::sample::select(vec![
                    "Jan.", "nov", "Juli", "März", "de", "agosto", "يناير", "كانون", "الثاني",
                    "اردیبهشت", "18th", "Monday,", "(Xinhua)", "--", "网", "年", "月", "日", "é",
                ]).prop_map(|w: &str| w.to_string()),
                "\\PC{0,6}",
            ],
            0..12,
        )
    ) {
        let text = words.join(" ");
        let years = |d: &NaiveDate| (1900..=2100).contains(&chrono::Datelike::year(d));
        proptest::prop_assert!(date_in(&text).as_ref().is_none_or(years));
        proptest::prop_assert!(dates_in(&text).iter().all(years));
        if let Some((m, d)) = month_day_at_end(&text) {
            proptest::prop_assert!((1..=12).contains(&m) && (1..=31).contains(&d));
        }
        let glued = words.concat();
        proptest::prop_assert!(dates_in(&glued).iter().all(years));
    }
}

#[test]
fn the_other_reading_of_a_swappable_date() {
    assert_eq!(swapped_reading("05/09/2024 10:46:12"), d(2024, 5, 9));
    assert_eq!(date_in("05/09/2024 10:46:12"), d(2024, 9, 5));
    // One reading only, the same day both ways, year first: no other reading.
    assert_eq!(swapped_reading("18/02/2024"), None);
    assert_eq!(swapped_reading("05/05/2024"), None);
    assert_eq!(swapped_reading("2024-05-09"), None);
    assert_eq!(swapped_reading("no date"), None);
}

#[test]
fn a_time_and_its_zone_between_day_and_year() {
    // Unix `date` and Java's `Date.toString()`, as some CMSs write them into meta tags.
    assert_eq!(date_in("Mon Aug 03 12:45:00 EDT 2015"), d(2015, 8, 3));
    assert_eq!(date_in("Tue Dec 01 09:05:00 UTC 2020"), d(2020, 12, 1));
    // A word that is no zone between the time and a number is no date.
    assert_eq!(date_in("Aug 03 12:45:00 room 2015"), None);
}
