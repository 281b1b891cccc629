//! Which way a bare weekday points (`tense.rs`): the coming one in a forecast or a schedule,
//! the past one in a report. Said on Wednesday 13 August 2025: the coming Thursday is the 14th,
//! the past one the 7th. Each case with its past-tense negative.

use super::coverage_tests::{AUG13, dates, none};

#[test]
fn a_weekday_in_a_forecast_sentence_is_the_coming_one() {
    let cases = [
        // A forecast verb before it.
        (
            "تتوقع الأرصاد الجوية أمطارا غزيرة يوم السبت على المرتفعات",
            "2025-08-16",
        ),
        // A forecast noun after it in the same sentence.
        ("ويوم الخميس أجواء حارة بحسب توقعات الأرصاد", "2025-08-14"),
        // An imperfect verb that reads as the future.
        ("يطرأ ارتفاع على درجات الحرارة يوم الأحد", "2025-08-17"),
        ("وتكون الأجواء معتدلة مساء يوم الاثنين", "2025-08-18"),
        ("تشهد المناطق الساحلية رياحا قوية يوم الجمعة", "2025-08-15"),
        // `اعتبارا من` before it, `القادم` after it.
        ("يبدأ التوقيت الجديد اعتبارا من يوم الاثنين", "2025-08-18"),
        ("تستمر الموجة حتى يوم السبت خلال الأيام القادمة", "2025-08-16"),
    ];
    for (text, want) in cases {
        assert_eq!(dates(text, AUG13), vec![want], "{text}");
    }
}

#[test]
fn a_past_verb_keeps_the_past_weekday() {
    let cases = [
        ("قال الوزير يوم الخميس إن الأمطار ستستمر", "2025-08-07"),
        ("أعلنت الأرصاد يوم السبت عن موجة حارة", "2025-08-09"),
        ("جرى الاجتماع يوم الأحد في العاصمة", "2025-08-10"),
        ("وشهد يوم الاثنين ارتفاعا في الحرارة", "2025-08-11"),
        // The nearest time word decides: the past verb before it, not the forecast after.
        ("وصل الوفد يوم الجمعة، ويتوقع أن يغادر", "2025-08-08"),
    ];
    for (text, want) in cases {
        assert_eq!(dates(text, AUG13), vec![want], "{text}");
    }
}

#[test]
fn a_run_of_forecast_days_takes_the_paragraphs_tense() {
    // `أما يوم الأحد` has no verb of its own: the paragraph forecasts.
    let text =
        "تتوقع الأرصاد طقسا حارا غدا. أما يوم الأحد فأجواء معتدلة. وسيكون الطقس ماطرا يوم الاثنين.";
    assert_eq!(
        dates(text, AUG13),
        vec!["2025-08-14", "2025-08-17", "2025-08-18"]
    );
    // A paragraph that reports: the past days.
    let text =
        "أعلنت الوزارة النتائج أمس. أما يوم الأحد فالجلسة الأولى. وقال المتحدث إن اللجنة اجتمعت.";
    assert_eq!(dates(text, AUG13), vec!["2025-08-12", "2025-08-10"]);
}

#[test]
fn a_bare_weekday_after_a_noun_in_a_forecast_clause() {
    assert_eq!(
        dates("وأمطار متوقعة الأحد على الساحل", AUG13),
        vec!["2025-08-17"]
    );
    assert_eq!(
        dates("تتوقع الأرصاد انخفاضا في الحرارة السبت.", AUG13),
        vec!["2025-08-16"]
    );
    assert_eq!(dates("ويتحسن الطقس نهار الأحد", AUG13), vec!["2025-08-17"]);
    // In a report, or a name: no date from a bare weekday after a noun.
    none("وصل الوفد إلى سوق الأحد", AUG13);
    none("أعلن الإمام في خطبة الجمعة.", AUG13);
    none("زار الحرارة الأحد الماضي صديقه", None);
}

#[test]
fn a_weekday_in_brackets_after_a_day_label() {
    assert_eq!(
        dates("وسيكون الدخول مجانيا في اليوم الأول للمعرض (الجمعة)", AUG13),
        vec!["2025-08-15"]
    );
    assert_eq!(
        dates("وشهد اليوم الثاني (الثلاثاء) إقبالا كبيرا", AUG13),
        vec!["2025-08-12"]
    );
    // Brackets without a day label are no date.
    none("فريق (الأحد) للرياضة", AUG13);
}

#[test]
fn a_weekly_habit_is_no_date() {
    none("يفتح المتحف أبوابه يوميا عدا يوم الخميس", AUG13);
    none("تقام الندوة كل يوم جمعة", AUG13);
    none("الدوام متواصل باستثناء يوم السبت", AUG13);
}

/// The verb the weekday is the adverb of decides, not the sentence's first verb: a goal was
/// scored (past), the team plays the semi-final on Wednesday (to come).
#[test]
fn the_imperfect_verb_nearest_the_weekday_decides_over_the_first_verb() {
    let text = "وسجل اللاعب هدف التأهل حيث يواجه الفريق الفائز من المباراة بين البلدين، مساء الأربعاء على الملعب الكبير.";
    assert_eq!(dates(text, AUG13), vec!["2025-08-13"]);
    let text = "وسجل اللاعب هدف التأهل حيث يواجه الفريق الفائز من المباراة بين البلدين، مساء الخميس على الملعب الكبير.";
    assert_eq!(dates(text, AUG13), vec!["2025-08-14"]);
    // The nearest verb is past: the past day stays.
    let text = "يواجه الفريق منافسه بعدما فاز على الفائز من المباراة بين البلدين، مساء الخميس على الملعب الكبير.";
    assert_eq!(dates(text, AUG13), vec!["2025-08-07"]);
    // An imperfect verb before a relative clause is not the weekday's verb.
    let text = "وتقام اليوم صلاة الغائب على ضحايا العاصفة التي اجتاحت المدينة ليل الخميس";
    assert_eq!(dates(text, AUG13), vec!["2025-08-13", "2025-08-07"]);
}
