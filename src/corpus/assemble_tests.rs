//! Tests of `assemble.rs`: a pasted or saved page made into an article.

use super::{Given, assemble, without_place_line};

/// The page's saved-from address names the outlet only when the text names none.
#[test]
fn the_address_outlet_comes_after_every_text_sign() {
    let given = || Given {
        address_outlet: Some("mirror.test".to_string()),
        ..Given::default()
    };
    let body = "أعلنت وزارة الصحة في بيان رسمي اليوم عن افتتاح ثلاثة مستشفيات جديدة.";
    let texts = |extra: &str| vec![body.to_string(), extra.to_string()];
    let a = assemble(String::new(), "a.html".into(), texts("فقرة"), &[], given());
    assert_eq!(a.outlet, "mirror.test");
    let a = assemble(
        String::new(),
        "a.html".into(),
        texts("© 2024 صحيفة المثال"),
        &[],
        given(),
    );
    assert_eq!(a.outlet, "صحيفة المثال");
    let a = assemble(
        String::new(),
        "03_youm7.html".into(),
        texts("فقرة"),
        &[],
        given(),
    );
    assert_eq!(a.outlet, "اليوم السابع");
}

/// A whole page pasted with the site's clock and weather line under the headline: the
/// labelled publication line further down is the article's date, not the day it was read.
#[test]
fn a_labelled_publication_line_wins_over_the_site_clock() {
    let page = |published: &str| {
        vec![
            "وزير الري يفتتح محطة ضخ جديدة في الدلتا - بوابة المثال".to_string(),
            "الثلاثاء 12 مارس 2025 9:14 م المنصورة 18°".to_string(),
            "الأكثر قراءة".to_string(),
            "وزير الري يفتتح محطة ضخ جديدة في الدلتا".to_string(),
            published.to_string(),
            "افتتح وزير الري محطة ضخ جديدة لخدمة آلاف الأفدنة في محافظات الدلتا.".to_string(),
            "وقال الوزير إن المحطة تعمل بالطاقة الشمسية وتوفر الوقود.".to_string(),
            "وأضاف أن محطات أخرى ستفتتح خلال العام المقبل.".to_string(),
        ]
    };
    let date =
        |texts| assemble(String::new(), "a.txt".into(), texts, &[], Given::default()).published;
    assert_eq!(
        date(page("نشر في: الأحد 4 سبتمبر 2022 - 8:30 م")),
        chrono::NaiveDate::from_ymd_opt(2022, 9, 4)
    );
    // Without a label, a clock with the weather beside it is the day the page was read,
    // never its publication date (`corpus::furniture`): no date rather than a wrong one.
    assert_eq!(date(page("سامي المثال")), None);
}

/// The headline paragraph pasted with the site's name after it shows the headline alone,
/// like the title (14r); a headline that only ends with a dash and words keeps them.
#[test]
fn the_site_name_after_a_pasted_headline_leaves_its_paragraph_too() {
    let page = |headline: &str| {
        let texts = vec![
            headline.to_string(),
            "افتتح وزير الري محطة ضخ جديدة لخدمة آلاف الأفدنة في محافظات الدلتا.".to_string(),
            "وقال الوزير إن المحطة تعمل بالطاقة الشمسية وتوفر الوقود.".to_string(),
        ];
        assemble(String::new(), "a.txt".into(), texts, &[], Given::default())
    };
    let a = page("وزير الري يفتتح محطة ضخ جديدة في الدلتا - اليوم السابع");
    assert_eq!(a.title, "وزير الري يفتتح محطة ضخ جديدة في الدلتا");
    assert_eq!(a.outlet, "اليوم السابع");
    assert_eq!(a.paragraphs[0].text, a.title);
    let a = page("وزير الري يفتتح محطة ضخ جديدة - الدلتا أولا");
    assert_eq!(
        a.paragraphs[0].text,
        "وزير الري يفتتح محطة ضخ جديدة - الدلتا أولا"
    );
    // Tunisia's الشروق by its domain in the file's name; a bare الشروق is Egypt's.
    let t = vec!["وزير الري يفتتح محطة ضخ جديدة في الدلتا".to_string()];
    let a = assemble(
        String::new(),
        "alchourouk.txt".into(),
        t,
        &[],
        Given::default(),
    );
    assert_eq!(a.outlet, "الشروق التونسية");
    let a = page("وزير الري يفتتح محطة ضخ جديدة في الدلتا - بوابة الشروق");
    assert_eq!(a.outlet, "الشروق");
}

/// A pasted page: the site's name and menu, the top bar's day, then the headline. The day
/// is the one the page was read; a publication line there carries its hour.
#[test]
fn a_bare_day_between_the_menu_and_the_headline_is_the_top_bar() {
    let page = |day: &str| {
        vec![
            "موقع المثال".to_string(),
            "الرئيسية".to_string(),
            "أخبار محلية".to_string(),
            "أخبار دولية".to_string(),
            day.to_string(),
            "الرئيس يهنئ نظيره بفوزه في الانتخابات - موقع المثال".to_string(),
            "هنأ الرئيس نظيره بعد فوزه في الانتخابات الرئاسية أمام منافسه.".to_string(),
            "وأغلقت مراكز الاقتراع في الجولة الثانية من الانتخابات، اليوم، لتبدأ عمليات الفرز."
                .to_string(),
            "وكانت هيئة الانتخابات قد أعلنت نتائج الجولة الأولى.".to_string(),
        ]
    };
    let date =
        |texts| assemble(String::new(), "a.txt".into(), texts, &[], Given::default()).published;
    assert_eq!(date(page("الإثنين 7 ديسمبر 2026")), None);
    assert_eq!(
        date(page("الأحد، 28 مايو 2023 03:15 م")),
        chrono::NaiveDate::from_ymd_opt(2023, 5, 28)
    );
}

#[test]
fn a_lede_loses_its_place_line_only() {
    assert_eq!(
        without_place_line("بغداد (رويترز) – قالت مصادر إيرانية"),
        "قالت مصادر إيرانية"
    );
    assert_eq!(
        without_place_line("القاهرة - أعلنت الوزارة"),
        "أعلنت الوزارة"
    );
    // A dash later in the sentence, or first, is not a place line.
    let long = "قالت مصادر إيرانية وعراقية متعددة لرويترز - إن الزيارة";
    assert_eq!(without_place_line(long), long);
    // A known outlet between two dashes after the city goes with it; an unknown one stays.
    assert_eq!(
        without_place_line("القاهرة - أ ف ب - رفعت الحكومة الأسعار"),
        "رفعت الحكومة الأسعار"
    );
    assert_eq!(
        without_place_line("القاهرة - قال الوزير - إن الخطة جاهزة"),
        "قال الوزير - إن الخطة جاهزة"
    );
    assert_eq!(without_place_line("– قالت"), "– قالت");
    assert_eq!(without_place_line("بغداد –"), "بغداد –");
}

/// A whole page pasted with a section line, the headline and a standfirst above the byline
/// `NAME | DATE - محدث : DATE`: the byline's date is the article's (user test 3 class 9).
#[test]
fn a_byline_with_a_bar_under_the_standfirst_dates_the_article() {
    let texts = [
        "أخبار عربية, المغرب",
        "الحكومة تقر خطة جديدة لدعم الفلاحين في الجنوب",
        "أقرتها الحكومة بعد اجتماع مطول، وفق بيان رسمي..",
        "Sami Bin Youssef Bin Ahmed Elhaddad  | 12.03.2026 - محدث : 13.03.2026",
        "الحكومة تقر خطة جديدة لدعم الفلاحين في الجنوب",
        "أقرت الحكومة، الخميس، خطة جديدة لدعم الفلاحين في مناطق الجنوب بعد موسم جفاف طويل.",
        "وقال المتحدث باسم الحكومة إن الخطة تشمل قروضا ميسرة وتوزيع بذور على المزارعين.",
    ]
    .map(str::to_string)
    .to_vec();
    let a = assemble(String::new(), "a.txt".into(), texts, &[], Given::default());
    assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2026, 3, 12));
}

/// A pasted page's own words name an outlet the list may not know: the staff's byline
/// (`كتب: محرر X`), which is then the page's signature, not the story; and, with no byline,
/// the agency credited after the dateline's last slash (user test 3 class 6).
#[test]
fn a_staff_byline_or_a_slash_dateline_names_the_outlet() {
    let body = [
        "أقرت الحكومة، الخميس، خطة جديدة لدعم الفلاحين في مناطق الجنوب بعد موسم جفاف طويل.",
        "وقال المتحدث باسم الحكومة إن الخطة تشمل قروضا ميسرة وتوزيع بذور على المزارعين.",
    ];
    let page = |head: &[&str]| -> Vec<String> {
        let mut t = vec!["الحكومة تقر خطة جديدة لدعم الفلاحين في الجنوب".to_string()];
        t.extend(head.iter().map(|s| s.to_string()));
        t.extend(body.iter().map(|s| s.to_string()));
        t
    };
    let a = assemble(
        String::new(),
        "a.txt".into(),
        page(&["كتب: محرر صدى الوادي"]),
        &[],
        Given::default(),
    );
    assert_eq!(a.outlet, "صدى الوادي");
    assert_eq!(a.paragraphs[1].kind, super::super::ParagraphKind::Meta);
    let a = assemble(
        String::new(),
        "a.txt".into(),
        page(&["الرباط/ سامي يوسف/ الأناضول"]),
        &[],
        Given::default(),
    );
    assert_eq!(a.outlet, "وكالة الأناضول");
    // A file's name with a country code after an unlisted word makes up no domain.
    let a = assemble(
        String::new(),
        "/n/gulfbiz-eg.txt".into(),
        page(&[]),
        &[],
        Given::default(),
    );
    assert_eq!(a.outlet, "");
}
