//! The shapes a second outside set showed missing (docs/timeline.md): years in the names of
//! happenings, slashed fiscal years, `اليوم` in anniversaries and deaths, days that open a
//! headline or a schedule, `نفس اليوم`, quarters of a report's year. Each the positive and
//! the guarded negative.

use chrono::NaiveDate;

use super::coverage_tests::{AUG13, dates, none};
use super::find;

fn on(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn the_year_in_the_name_of_a_happening() {
    let text = "يستعد الفريق لنهائيات كأس العالم 2026، التي تستضيفها ثلاث دول";
    assert_eq!(dates(text, None), vec!["2026"]);
    assert_eq!(dates("وسافر الوفد لمونديال 2022 مبكرا", None), vec!["2022"]);
    assert_eq!(
        dates("استضافة كأس أمم أفريقيا 2025 في المغرب", None),
        vec!["2025"]
    );
    assert_eq!(dates("في ذكرى حرب 1973 المجيدة", None), vec!["1973"]);
    assert_eq!(dates("نتائج انتخابات 2024 البلدية", None), vec!["2024"]);
    // A count after the name, a price after a cup, a number too long or too far from the cup.
    none("خاض المنتخب مباراة كأس العالم أمام 45000 متفرج", None);
    none("سعر كأس الشاي 1500 ليرة", None);
    none("كأس العالم التي شاهدها في المقهى مع أصدقائه 2000 مرة", None);
    none("حرب 2500 جندي على الحدود", None);
}

#[test]
fn slashed_fiscal_and_crop_years_in_either_order() {
    let text = "ناقش المجلس موازنة العام المالي المقبل 2019/2018 في جلسته";
    assert_eq!(dates(text, None), vec!["2018..2019"]);
    assert_eq!(
        dates("تستعد المزارع لموسم الحصاد 2024/2023 بتوفير البذور", None),
        vec!["2023..2024"]
    );
    assert_eq!(dates("ميزانية 2023/2024 للدولة", None), vec!["2023..2024"]);
    // Not adjacent years, or a file number: no span.
    none("فاز بنتيجة 2019/2017 في السباق", None);
    none("الملف رقم 2019/2018 لدى المحكمة", None);
}

#[test]
fn today_in_anniversaries_and_deaths() {
    let today = vec!["2025-08-13"];
    assert_eq!(dates("الشاعر الذي تمر اليوم ذكرى ميلاده", AUG13), today);
    assert_eq!(
        dates("وتحل اليوم الذكرى العاشرة لتأسيس الفرقة", AUG13),
        today
    );
    assert_eq!(dates("رحل عن عالمنا اليوم الملحن المعروف", AUG13), today);
    assert_eq!(dates("غيب الموت اليوم المخرج السينمائي", AUG13), today);
    // A noun, nowadays: no day.
    none("يحيي شباب اليوم ذكرى الثورة", AUG13);
    none("لبنان يعاني اليوم من أزمة", AUG13);
    none("ما زال حتى اليوم يحيي ذكرى والده", AUG13);
}

#[test]
fn tonight_after_an_event_noun_or_a_future() {
    let today = vec!["2025-08-13"];
    assert_eq!(dates("وتعد مواجهة الليلة حاسمة للفريقين", AUG13), today);
    assert_eq!(dates("ستقام الليلة حفلة الافتتاح", AUG13), today);
    none("قصص ألف ليلة وليلة", AUG13);
    none("كانت الليلة الأولى طويلة", AUG13);
    none("تذكر الليلة التي قضاها هناك", AUG13);
}

#[test]
fn a_day_that_opens_a_headline_or_a_schedule() {
    // 2025-09-30 is a Tuesday: the headline announces the coming Thursday.
    let text = "الخميس.. انطلاق مهرجان المسرح في دورته الجديدة";
    assert_eq!(dates(text, on(2025, 9, 30)), vec!["2025-10-02"]);
    let text = "الأحد.. وصل الوفد إلى القاهرة";
    assert_eq!(dates(text, on(2025, 9, 30)), vec!["2025-09-28"]);
    let text = "اليوم.. البرلمان يناقش قانون الإيجارات";
    assert_eq!(dates(text, on(2016, 4, 10)), vec!["2016-04-10"]);
    let text = "يبدأ العمل بالقرار اعتبارا من الأربعاء .";
    assert_eq!(dates(text, on(2011, 6, 21)), vec!["2011-06-22"]);
    let text = "نتائج مسابقة التوظيف.. الثلاثاء";
    assert_eq!(dates(text, on(2025, 9, 30)), vec!["2025-09-30"]);
    // Not first in its paragraph, a label colon, a weekday after a plain `من`.
    none("وفي سوق الخميس.. بضائع كثيرة", on(2025, 9, 30));
    none("الجمعة: صلاة وخطبة", on(2025, 9, 30));
    none("نقل الموعد من الأربعاء", on(2025, 9, 30));
    none("سوق الخميس.. والجمعة عطلة", on(2025, 9, 30));
}

#[test]
fn weekdays_as_adverbs_in_newswire_clauses() {
    // 2017-07-27 is a Thursday.
    let text = "يتوجه رئيس الوزراء، السبت إلى العاصمة الأردنية عمان";
    assert_eq!(dates(text, on(2017, 7, 27)), vec!["2017-07-29"]);
    let text = "توفي الشاعر العراقي الكبير عبد الله الأربعاء في بغداد.";
    assert_eq!(dates(text, on(2006, 8, 31)), vec!["2006-08-30"]);
    // 2025-10-11 is a Saturday.
    let text = "يلعب الفريق مباراته الأخيرة (الثلاثاء) القادم على ملعبه";
    assert_eq!(dates(text, on(2025, 10, 11)), vec!["2025-10-14"]);
    // An imperfect verb schedules `يوم الخميس`; a past one reports the last.
    let text = "يعقد المجلس جلسة طارئة يوم الخميس";
    assert_eq!(dates(text, on(2018, 5, 20)), vec!["2018-05-24"]);
    let text = "عقد المجلس جلسة طارئة يوم الخميس";
    assert_eq!(dates(text, on(2018, 5, 20)), vec!["2018-05-17"]);
    // No verb of a happening: a list of market days is no date.
    none("بين الأسواق، الجمعة سوق شعبي", on(2018, 5, 20));
}

#[test]
fn the_same_day_as_the_last_one_told() {
    let text = "وصل الوفد في 29 يناير 2024، وفي نفس اليوم غادر الوزير";
    assert_eq!(dates(text, None), vec!["2024-01-29", "2024-01-29"]);
    let text = "وصل الوفد في 29 يناير 2024، وغادر في اليوم نفسه";
    assert_eq!(dates(text, None), vec!["2024-01-29", "2024-01-29"]);
    // With no day told before, it is found but given no value; `نفس الوقت` is no date.
    assert_eq!(find("شهد نفس اليوم رحيل الموسيقار").len(), 1);
    none("شهد نفس اليوم رحيل الموسيقار", None);
    none("وفي نفس الوقت غادر الوزير", None);
}

#[test]
fn quarters_of_a_report_year() {
    let text = "ارتفعت المبيعات في الربع الثالث من هذا العام 2024 بنسبة كبيرة";
    assert_eq!(dates(text, None), vec!["2024-07..2024-09"]);
    let text = "تراجعت الصادرات في الربع الثالث من العام الماضي 2023 بشكل ملحوظ";
    assert_eq!(dates(text, None), vec!["2023-07..2023-09"]);
    let text = "أما الأرباح في الربع الثالث فبلغت 12 مليار درهم";
    assert_eq!(dates(text, on(2024, 11, 5)), vec!["2024-07..2024-09"]);
    // A game's quarter, a quarter of something else, a quarter with no preposition of time.
    none("تقدم الفريق في الربع الثالث بفارق نقطتين", on(2024, 11, 5));
    none("وفي الربع الأول من المباراة سجل", on(2024, 11, 5));
    none("في الربع الثالث من السكان", on(2024, 11, 5));
    none("الربع الثالث كان صعبا", on(2024, 11, 5));
}

#[test]
fn a_kind_of_year_between_the_year_word_and_its_number() {
    let text = "صادق البرلمان على الميزانية للسنة المالية 2026 بالأغلبية";
    assert_eq!(dates(text, None), vec!["2026"]);
    assert_eq!(
        dates("خلال العام الدراسي 2024-2025 كله", None),
        vec!["2024..2025"]
    );
    assert_eq!(
        dates("الوزيرة تعرض قانون المالية 2026 أمام النواب", None),
        vec!["2026"]
    );
    // A count after the kind of year, or a number too small to be a year.
    none("بلغت نفقات السنة المالية 2500 مليون", None);
    none("في العام الدراسي 12 فصلا", None);
}

#[test]
fn a_named_year_after_its_preposition() {
    assert_eq!(dates("خطة الوزارة للعام المقبل", AUG13), vec!["2026"]);
    assert_eq!(dates("أولويات الحكومة للسنة القادمة", AUG13), vec!["2026"]);
    none("للعام رأي آخر", AUG13);
}

#[test]
fn dates_without_a_year_take_the_year_their_paragraph_names() {
    let text = "تعقد اللجنة أربعة اجتماعات خلال عام 2026، أولها في 12 فبراير، ثم 2 أبريل";
    assert_eq!(dates(text, None), vec!["2026", "2026-02-12", "2026-04-02"]);
    let text = "افتتح عام 2017 بحفل كبير في 12 يناير";
    assert_eq!(dates(text, on(2017, 12, 17)), vec!["2017", "2017-01-12"]);
    // A cue, a weekday or another paragraph keeps the usual reading.
    let text = "في عام 2014 تشكل التحالف، ومنذ أكتوبر الماضي تصاعدت الهجمات";
    assert_eq!(dates(text, AUG13), vec!["2014", "2024-10"]);
    assert_eq!(
        dates("ستبدأ الهجمات في 12 يناير", on(2017, 12, 17)),
        vec!["2018-01-12"]
    );
    // In the past tense the day is not after the article (14r): the January before.
    assert_eq!(
        dates("بدأت الهجمات في 12 يناير", on(2017, 12, 17)),
        vec!["2017-01-12"]
    );
}

#[test]
fn a_month_after_the_start_of_it() {
    // `بداية` begins with a letter that is also the preposition ب (`بمنتصف أغسطس`).
    assert_eq!(
        dates("ارتفعت الأسعار في بداية آذار.", AUG13),
        vec!["2025-03"]
    );
    assert_eq!(dates("وصل الوفد بمنتصف أغسطس", AUG13), vec!["2025-08"]);
    none("في بداية نيسان الجديدة", AUG13);
}

#[test]
fn a_range_of_days_into_another_month() {
    let text = "يقام المعرض في الفترة من 11 يونيو 2026 حتى يوم 19 يوليو من العام نفسه";
    assert_eq!(dates(text, None), vec!["2026-06-11..2026-07-19"]);
    // 2025-11-21: the coming June and July.
    let text = "يقام مونديال 2026 بين 11 يونيو إلى 19 يوليو المقبلين";
    assert_eq!(
        dates(text, on(2025, 11, 21)),
        vec!["2026", "2026-06-11..2026-07-19"]
    );
    // Across the new year, the year written on the end.
    let text = "تقام العروض من 28 ديسمبر إلى 3 يناير 2025";
    assert_eq!(dates(text, None), vec!["2024-12-28..2025-01-03"]);
    // Two dates that are not one range: no `من`/`بين` before, or a single month.
    let text = "وصل في 11 يونيو حتى 19 يوليو";
    assert_eq!(
        dates(text, on(2025, 11, 21)),
        vec!["2025-06-11", "2025-07-19"]
    );
    let text = "من 24 إلى 31 جانفي 2026";
    assert_eq!(dates(text, None), vec!["2026-01-24..2026-01-31"]);
}

#[test]
fn days_listed_after_yawmay_or_ayyam() {
    // 2016-04-10 is a Sunday: the coming Monday to Wednesday.
    let text = "تعقد الجلسات أيام الإثنين والثلاثاء والأربعاء المقبلة";
    assert_eq!(dates(text, on(2016, 4, 10)), vec!["2016-04-11..2016-04-13"]);
    let text = "أغلقت المدارس أبوابها يوميّ الأربعاء والخميس بسبب العاصفة";
    assert_eq!(dates(text, on(2016, 4, 10)), vec!["2016-04-06..2016-04-07"]);
    // Days that do not follow each other: the first, the span covering the list.
    let text = "تفتح المكتبة يومي الأحد والخميس";
    let found = find(text);
    assert_eq!(found.len(), 1);
    assert_eq!(dates(text, on(2016, 4, 10)), vec!["2016-04-10"]);
    // `أيام` without a weekday is no date.
    none("قبل أيام قليلة وصل الوفد", on(2016, 4, 10));
}

#[test]
fn a_month_of_the_year_a_cue_names() {
    // The cue after `من العام` names the year; right after the month it names the month.
    assert_eq!(
        dates("وقع الحادث في فبراير/شباط من العام الماضي", AUG13),
        vec!["2024-02"]
    );
    assert_eq!(
        dates("ارتفعت الصادرات في 12 مايو من العام الماضي", AUG13),
        vec!["2024-05-12"]
    );
    assert_eq!(
        dates("تنطلق البطولة في مارس من العام المقبل", AUG13),
        vec!["2026-03"]
    );
    assert_eq!(
        dates("افتتح المعرض في يونيو من هذا العام", AUG13),
        vec!["2025-06"]
    );
    assert_eq!(dates("في مايو الماضي", AUG13), vec!["2025-05"]);
    assert_eq!(dates("في سبتمبر الماضي", AUG13), vec!["2024-09"]);
}

#[test]
fn decades_of_a_life_are_ages() {
    none("شاب في بداية العشرينيات من العمر", AUG13);
    none("امرأة في أواخر الثمانينيات من عمرها", AUG13);
    none("رجلان في الثلاثينات من عمرهما", AUG13);
    assert_eq!(dates("في الثمانينيات من القرن الماضي", AUG13), vec!["198"]);
}

#[test]
fn a_newswire_weekday_points_the_way_of_the_clause_before_its_comma() {
    // 2025-08-13 is a Wednesday.
    assert_eq!(
        dates("ومن المتوقع أن يتولى المنصب، الاثنين، ويعين حكومته", AUG13),
        vec!["2025-08-18"]
    );
    assert_eq!(
        dates("وقال الوزير، الاثنين، إن الحكومة ستبدأ العمل", AUG13),
        vec!["2025-08-11"]
    );
}

#[test]
fn a_newswire_weekday_after_a_comma_may_close_its_sentence() {
    assert_eq!(
        dates(
            "ودع رئيس النادي اللاعب الذي انضم إلى الفريق، الثلاثاء.",
            AUG13
        ),
        vec!["2025-08-12"]
    );
    assert_eq!(
        dates("ومن المقرر أن يصل الوفد إلى العاصمة، الجمعة", AUG13),
        vec!["2025-08-15"]
    );
    // Monday after a comma, not "the two" (`القادة الاثنين`).
    assert_eq!(dates("وصل الوزيران، الاثنين.", AUG13), vec!["2025-08-11"]);
}

#[test]
fn a_weekday_opening_a_sentence_takes_the_tense_of_its_verb() {
    let text = "والأحد، نفذت عائلة سلسلة هجمات، ويمكن أن ترتفع الحصيلة";
    assert_eq!(dates(text, AUG13), vec!["2025-08-10"]);
}
