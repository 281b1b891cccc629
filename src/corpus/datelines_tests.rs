//! Tests of `datelines.rs`: date lines, labels, bylines and ledes on lines written for the
//! purpose.

use super::*;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

#[test]
fn datelines_of_several_shapes() {
    assert_eq!(
        dateline(&Line::new("تقارير |   12:13 - 18/02/2024")),
        d(2024, 2, 18)
    );
    assert_eq!(
        dateline(&Line::new("26 يناير 2024، 8:03 م")),
        d(2024, 1, 26)
    );
    assert_eq!(
        dateline(&Line::new("نشر في 2023-10-07T09:30:00+03:00")),
        d(2023, 10, 7)
    );
    assert_eq!(dateline(&Line::new("٥ كانون الثاني ٢٠٢٤")), d(2024, 1, 5));
    // A date and a time are two words to a reader, not six.
    assert_eq!(
        dateline(&Line::new(
            "2012-09-26 11:09:00 | Source: Daily Online News"
        )),
        d(2012, 9, 26)
    );
    assert_eq!(dateline(&Line::new("الأحد 3 جانفي 2021")), d(2021, 1, 3));
    // A byline's name, the weekday, the time and its zone around the date.
    assert_eq!(
        dateline(&Line::new(
            "Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC"
        )),
        d(2016, 2, 29)
    );
    // A byline with its section, time, zone and comment count: sixteen words once the
    // time's digits are one word, not eighteen.
    assert_eq!(
        dateline(&Line::new(
            "Written by Jane Roe in Hardware on 1 June 2019 at 08:34 PM EDT. 51 Comments"
        )),
        d(2019, 6, 1)
    );
    // Still no dateline: a labelled date that opens a paragraph of prose.
    assert_eq!(
        dateline(&Line::new(
            "Posted on 1 June 2019 at 08:34 PM EDT, the survey shows that the share of \
             players on the platform rose again for the third month in a row"
        )),
        None
    );
}

#[test]
fn chinese_japanese_and_korean_labels_and_a_label_alone() {
    assert_eq!(
        dateline(&Line::new("公開日：2019年03月05日 10:00")),
        d(2019, 3, 5)
    );
    assert_eq!(
        dateline_of(&Line::new("最終更新日：2019/02/22")).map(|l| l.update),
        Some(true)
    );
    assert_eq!(
        dateline(&Line::new("기사입력 2018-08-25 15:24")),
        d(2018, 8, 25)
    );
    assert_eq!(label_alone("Published:"), Some(false));
    assert_eq!(label_alone(" تاريخ النشر "), Some(false));
    assert_eq!(label_alone("Last updated"), Some(true));
    assert_eq!(label_alone("Published by the ministry"), None);
    assert_eq!(label_alone("Reviewed:"), None);
}

#[test]
fn labelled_lines_and_updates() {
    let l = Line::new("نشر :  12:30 2020-10-07| آخر تحديث: 13:00 2020-10-08");
    assert_eq!(dateline(&l), d(2020, 10, 7));
    let u = dateline_of(&Line::new(
        "آخر تحديث: الخميس 8 أكتوبر 2020 - 13:00 بتوقيت مكة المكرمة",
    ));
    assert_eq!(
        u.map(|u| (u.date, u.update)),
        d(2020, 10, 8).map(|x| (x, true))
    );
    assert_eq!(
        dateline(&Line::new(
            "Published November 1, 2020 at 10:15 by the news desk"
        )),
        d(2020, 11, 1)
    );
    // A byline after the label: the date a few names later.
    assert_eq!(
        dateline(&Line::new(
            "Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts"
        )),
        d(2019, 2, 15)
    );
    assert_eq!(
        dateline(&Line::new("نشر بواسطة: أحمد علي في 12 مارس 2024")),
        d(2024, 3, 12)
    );
    assert_eq!(
        dateline(&Line::new("Publié le 29/10/2012 Mis à jour le 30/10/2012")),
        d(2012, 10, 29)
    );
    let german = dateline_of(&Line::new("publiziert am 25. September 2018"));
    assert_eq!(
        german.map(|g| (g.date, g.labelled)),
        d(2018, 9, 25).map(|x| (x, true))
    );
    let byline_first = dateline_of(&Line::new(
        "Von Moritz Bachmann publiziert am 25. September 2018",
    ));
    assert_eq!(
        byline_first.map(|g| (g.date, g.labelled, g.update)),
        d(2018, 9, 25).map(|x| (x, true, false))
    );
    let updated_after = dateline_of(&Line::new("كتب أحمد علي آخر تحديث 5 يناير 2024"));
    assert_eq!(updated_after.map(|u| u.update), Some(true));
    // A Hijri date before the Gregorian one after the label.
    assert_eq!(
        dateline(&Line::new(
            "نُشر في: الخميس 15 رجب 1445 هـ - 25 يناير 2024 م"
        )),
        d(2024, 1, 25)
    );
    // A byline states its article's date, however long the name, weekday and time.
    let byline = dateline_of(&Line::new(
        "By Sara Haddad on Monday, November 18th, 2019 at 11:04 a.m.",
    ));
    assert_eq!(
        byline.map(|b| (b.date, b.labelled, b.update)),
        d(2019, 11, 18).map(|x| (x, false, false))
    );
    assert_eq!(
        dateline(&Line::new(
            "Written by Omar Nasser, MS, RD on November 14, 2019"
        )),
        d(2019, 11, 14)
    );
    assert_eq!(
        dateline(&Line::new("بقلم سامي يوسف في 12 مارس 2024")),
        d(2024, 3, 12)
    );
    assert_eq!(
        dateline(&Line::new(
            "كتب: سامي يوسف عبد الرحمن - الأحد 15 مارس 2026، 10:30 م"
        )),
        d(2026, 3, 15)
    );
    // `كتب` without the colon opens a sentence: its date is the event's.
    let wrote = Line::new("كتب الوزير على حسابه في 3 يناير 2020 أن المفاوضات انتهت بلا اتفاق");
    assert_eq!(dateline(&wrote), None);
    // A sentence that opens with `By` and a date names no one: not a byline.
    let sentence = Line::new("By March 5, 2020, the ministry had closed all schools in the north");
    assert_eq!(dateline(&sentence), None);
    // A by-word far from the date, and a sentence that opens with the verb: not labels.
    let far = Line::new(
        "Posted by the team in the forum thread about the new season and the tickets on 2019-02-15",
    );
    assert_eq!(dateline(&far), None);
    // A sentence that opens with the verb is not a label.
    let s = Line::new(
        "نشر الجيش قواته على الحدود في 5 يناير 2024 بعد تصاعد التوتر مع الجيران في المنطقة",
    );
    assert_eq!(dateline(&s), None);
    assert_eq!(
        lede_date(&Line::new(
            "الأحد 1 نوفمبر/تشرين الثاني 2020 - قالت مصادر إن الوفد وصل"
        )),
        d(2020, 11, 1)
    );
}

#[test]
fn an_embedded_post_s_signature() {
    let tweet = Line::new("— وزارة الخارجية العراقية (@MofaIraq) November 1, 2020");
    assert_eq!(embed_date(&tweet), d(2020, 11, 1));
    // A handle without the dash of a signature, or no date after it: nothing.
    let prose = Line::new("وكتب الوزير (@MofaIraq) في 1 نوفمبر 2020 أن البعثات آمنة");
    assert_eq!(embed_date(&prose), None);
    assert_eq!(embed_date(&Line::new("— أحمد (@ahmad)")), None);
}

#[test]
fn prose_with_a_date_is_not_a_dateline() {
    let l = Line::new(
        "وفي 25 يناير 2024 أعلن وزير الدفاع الأمريكي أن اجتماعات مجموعة العمل ستبدأ بحث مستقبل الوجود العسكري هناك.",
    );
    assert_eq!(dateline(&l), None);
    assert_eq!(dateline(&Line::new("32/13/2024")), None);
    // A Chinese paragraph is one "word": its letters tell it from a dateline.
    assert_eq!(dateline(&Line::new("2022年07月10日 07:15")), d(2022, 7, 10));
    let p = "据央视新闻消息，2024年5月16日，江苏省无锡市中级人民法院一审公开开庭审理了一案。";
    assert_eq!(dateline(&Line::new(p)), None);
    assert_eq!(
        dateline(&Line::new("2024年5月16日 来源：新华网")),
        d(2024, 5, 16)
    );
}

/// A page's byline as a name, a bar and the date: however long the name's Latin
/// transliteration; a headline with a date later in it is no byline (user test 3 class 9).
#[test]
fn a_name_a_bar_and_the_date() {
    let long = "Sami Bin Youssef Bin Ahmed Elhaddad  | 12.03.2026 - محدث : 13.03.2026";
    assert_eq!(dateline(&Line::new(long)), d(2026, 3, 12));
    assert_eq!(
        dateline(&Line::new("سامي يوسف | 12.03.2026")),
        d(2026, 3, 12)
    );
    // Words before the date after the bar, or digits in the "name": not this shape.
    let headline = Line::new(
        "الوزير يفتتح مدرسة جديدة في المدينة الكبيرة | تقرير عن زيارة الوزير في 12.03.2026",
    );
    assert_eq!(dateline(&headline), None);
}
