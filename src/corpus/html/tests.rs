use super::*;

/// The paragraphs the page gives as its article (not boilerplate). Shared by the body tests.
pub(super) fn kept(d: &Doc) -> Vec<&str> {
    d.paragraphs
        .iter()
        .zip(&d.boilerplate)
        .filter(|(_, b)| !**b)
        .map(|(p, _)| p.as_str())
        .collect()
}

pub(super) const P1: &str = "أعلنت وزارة الصحة في بيان رسمي، اليوم الأحد، عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية لتخفيف الضغط عن المراكز القائمة.";
pub(super) const P2: &str = "وأوضح البيان أن المستشفيات الجديدة تضم أكثر من خمسمئة سرير، وأقساما متخصصة للأطفال والطوارئ والعناية المركزة.";

#[test]
fn the_article_without_menus_related_links_and_scripts() {
    let page = format!(
        r#"<html><head><title>افتتاح ثلاثة مستشفيات - صحيفة المثال</title>
        <script>var x = "نص برمجي";</script></head><body>
        <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li></ul></nav>
        <div class="main"><article><h1>افتتاح ثلاثة مستشفيات</h1><p>{P1}</p><p>{P2}</p>
        <div class="related"><a href="/1">خبر آخر مرتبط بالموضوع نفسه تماما وطويل</a></div></article>
        <aside><p>الأكثر قراءة: عنوان طويل لخبر آخر في الموقع لا علاقة له بالخبر.</p></aside></div>
        <footer><p>جميع الحقوق محفوظة</p></footer></body></html>"#
    );
    let d = html(&page);
    assert_eq!(kept(&d), vec!["افتتاح ثلاثة مستشفيات", P1, P2]);
    // Removed text is kept, as boilerplate.
    assert!(d.paragraphs.iter().any(|p| p == "الرئيسية"));
    assert!(!d.paragraphs.iter().any(|p| p.contains("نص برمجي")));
    // The article's own headline element comes before the page's <title>.
    assert_eq!(d.given.title.as_deref(), Some("افتتاح ثلاثة مستشفيات"));
    assert_eq!(d.given.outlet.as_deref(), Some("صحيفة المثال"));
}

#[test]
fn br_lines_and_list_items_keep_their_words_apart() {
    let page = format!(
        "<body><div class=\"story\">{P1}<br>{P2}<br/><p>a<br>b</p><ul><li>بند أول من القائمة له نص <p>فقرة داخلية</p></li></ul></div></body>"
    );
    let d = html(&page);
    let k = kept(&d);
    assert!(k.contains(&P1) && k.contains(&P2), "{k:?}");
    assert!(k.contains(&"a") && k.contains(&"b"), "{k:?}");
    assert!(k.contains(&"بند أول من القائمة له نص"), "{k:?}");
    assert!(k.contains(&"فقرة داخلية"), "{k:?}");
}

#[test]
fn a_wrapper_named_like_furniture_around_the_whole_article_is_kept() {
    // Page builders wrap every part of the page, the article too, in `widget` containers:
    // the one holding nearly all the article's text is a wrapper; a small one beside the
    // text inside the article (a gallery widget, a share bar) stays furniture.
    let page = format!(
        r#"<body><div class="builder-section"><div class="builder-widget-wrap">
        <div class="builder-widget builder-widget-post-content">
        <div class="builder-widget-container"><p>{P1}</p><p>{P2}</p><p>{P1} {P2}</p>
        <div class="gallery-widget"><p>شاهد أيضا صور الافتتاح في معرض الصور الكامل</p></div>
        </div></div></div></div>
        <div class="widget"><ul><li><a href="/1">الرئيسية</a></li><li><a href="/2">سياسة</a></li></ul></div></body>"#
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k, vec![P1, P2, &format!("{P1} {P2}")]);
}

#[test]
fn a_comment_thread_does_not_replace_a_short_article() {
    // The comments outscore the article (commas) and the page's other text makes the
    // article's share small; the choice ignoring furniture names (the thread) must hold
    // clearly more text to replace it, and does not.
    let comment = "نعم، صحيح، لكن، في رأيي، الأمر، كما أرى، يحتاج، إلى، وقت، أطول، بكثير";
    let side = "نص جانبي طويل عن موضوع آخر تماما في الموقع نفسه لا علاقة له بالخبر";
    let page = format!(
        r#"<body><div class="story"><p>{P1}</p><p>{P2}</p></div>
        <div id="comments"><div class="comment-body"><p>{comment}</p><p>{comment}</p>
        <p>{comment}</p><p>{comment}</p><p>{comment}</p></div></div>
        <div class="sidebar"><p>{side}</p><p>{side}</p><p>{side}</p><p>{side}</p><p>{side}</p></div></body>"#
    );
    let d = html(&page);
    assert_eq!(kept(&d), vec![P1, P2]);
}

#[test]
fn an_article_cut_into_sections_of_one_kind_is_whole() {
    // The first section holds most of the text; the later ones, alike by class, hold a
    // paragraph each, two levels down; an advertisement sits between them.
    let sec = |p: &str, extra: &str| {
        format!(
            r#"<div class="body-text {extra} section"><div class="inner"><div class="content"><p>{p}</p></div></div></div>"#
        )
    };
    let first = format!(
        r#"<div class="body-text lead section"><div class="inner"><div class="content"><p>{P1}</p><p>{P2}</p><p>{P1} {P2}</p><p>{P2} {P1}</p></div></div></div>"#
    );
    let page = format!(
        r#"<body><article>{first}<div class="mpu section"><p>إعلان</p></div>{}{}</article>
        <div class="sidebar"><p>نص جانبي طويل عن موضوع آخر تماما في الموقع نفسه</p></div></body>"#,
        sec(
            "الفقرة الأخيرة من الخبر، وفيها ما قاله الوزير في ختام المؤتمر الصحفي.",
            ""
        ),
        sec(
            "وختم البيان بالدعوة إلى التزام التعليمات الصحية الصادرة عن الوزارة.",
            "late"
        ),
    );
    let d = html(&page);
    let k = kept(&d);
    assert!(k.iter().any(|p| p.starts_with("الفقرة الأخيرة")), "{k:?}");
    assert!(k.iter().any(|p| p.starts_with("وختم البيان")), "{k:?}");
    assert!(
        !k.contains(&"إعلان") && !k.iter().any(|p| p.contains("نص جانبي")),
        "{k:?}"
    );
}

#[test]
fn a_title_stated_twice_beats_one_stated_once() {
    // JSON-LD `headline` holds a description here; `og:title` and the `h1` agree.
    let page = format!(
        r#"<html><head><title>مستشفيات الجنوب الجديدة - موسوعة المثال</title>
        <meta property="og:title" content="مستشفيات الجنوب الجديدة - موسوعة المثال">
        <meta property="og:site_name" content="موسوعة المثال">
        <script type="application/ld+json">{{"@type":"Article","name":"مستشفيات الجنوب الجديدة",
          "headline":"مقالة عن ثلاثة مستشفيات افتتحت في المحافظات الجنوبية"}}</script>
        </head><body><article><h1>مستشفيات الجنوب الجديدة</h1><p>{P1}</p><p>{P2}</p></article></body></html>"#
    );
    let d = html(&page);
    assert_eq!(d.given.title.as_deref(), Some("مستشفيات الجنوب الجديدة"));
    // Stated once, and by nothing else: the JSON-LD headline is still taken first.
    let page = format!(
        r#"<html><head><title>صحيفة المثال</title>
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"افتتاح ثلاثة مستشفيات"}}</script>
        </head><body><div><p>{P1}</p><p>{P2}</p></div></body></html>"#
    );
    assert_eq!(
        html(&page).given.title.as_deref(),
        Some("افتتاح ثلاثة مستشفيات")
    );
}

#[test]
fn a_caption_repeated_by_a_gallery_is_kept_once() {
    let cap = "الوزير يفتتح المستشفى الجديد في المحافظة الجنوبية صباح الأحد";
    let q = "ما الذي ينتظره المرضى من المستشفيات الجديدة في الجنوب؟";
    let page = format!(
        r#"<body><article><p>{P1}</p><figure><figcaption>{cap}</figcaption></figure>
        <ul class="gallery"><li><div class="caption">{cap}</div></li></ul><p>{P2}</p>
        <p>{q}</p><p>{P1} {P2}</p><p>{q}</p><p>{P2} {P1}</p></article></body>"#
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.iter().filter(|p| **p == cap).count(), 1, "{k:?}");
    // A repeated paragraph that is not a caption (an interview's question) stays.
    assert_eq!(k.iter().filter(|p| **p == q).count(), 2, "{k:?}");
}

#[test]
fn camel_case_class_names_name_furniture_too() {
    let page = format!(
        r#"<body><article><p>{P1}</p><div id="emailSignup"><p>اشترك في نشرتنا البريدية لتصلك الأخبار كل صباح</p></div>
        <p>{P2}</p><div class="relatedArticles"><p>مستشفى آخر يفتتح في الشمال الأسبوع المقبل بحضور الوزير</p></div>
        <div class="articleBody"><p>{P1} {P2}</p></div></article></body>"#
    );
    let d = html(&page);
    assert_eq!(kept(&d), vec![P1, P2, &format!("{P1} {P2}")]);
}

#[test]
fn json_ld_and_meta_tags() {
    let page = format!(
        r#"<html><head>
        <script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
          {{"@type":"WebSite","name":"x"}},
          {{"@type":"NewsArticle","headline":"عنوان من JSON-LD","datePublished":"bad date",
            "dateModified":"2021-01-02","publisher":{{"@type":"Organization","name":"العربية"}}}}]}}</script>
        <meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م">
        <link rel="canonical" href="https://www.alarabiya.net/a/1">
        </head><body><h1>شعار</h1><div><p>{P1}</p><p>{P2}</p></div></body></html>"#
    );
    let d = html(&page);
    assert_eq!(d.given.title.as_deref(), Some("عنوان من JSON-LD"));
    assert_eq!(d.given.outlet.as_deref(), Some("العربية"));
    // The bad JSON-LD date gives way to the meta tag, and publication wins over modification.
    assert_eq!(
        d.given.published,
        chrono::NaiveDate::from_ymd_opt(2020, 10, 7)
    );
    assert_eq!(
        d.given.url.as_deref(),
        Some("https://www.alarabiya.net/a/1")
    );
}

#[test]
fn json_ld_with_raw_line_breaks_and_trailing_commas() {
    // Strict JSON refuses both; pages rely on browsers accepting them.
    let page = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\",
        \"headline\": \"عنوان\nعلى سطرين\", \"keywords\": [\"أ\", \"ب\", ],
        \"datePublished\": \"2024-05-12T23:04:50+0500\",
        \"publisher\": {{\"@type\": \"Organization\", \"name\": \"الوطن\",}}}}</script>
        </head><body><div><p>{P1}</p><p>{P2}</p></div></body></html>"
    );
    let d = html(&page);
    assert_eq!(d.given.title.as_deref(), Some("عنوان على سطرين"));
    assert_eq!(d.given.outlet.as_deref(), Some("الوطن"));
    assert_eq!(
        d.given.published,
        chrono::NaiveDate::from_ymd_opt(2024, 5, 12)
    );
}

#[test]
fn dates_in_cms_tags_and_microformats() {
    for (head, body) in [
        (r#"<meta name="pub_date" content="2011-09-20">"#, ""),
        (
            r#"<meta property="og:release_date" content="2011-09-20 05:30:58">"#,
            "",
        ),
        (
            r#"<meta property="dc:date" content="2011-09-20T00:00:00-05:00">"#,
            "",
        ),
        (
            "",
            r#"<abbr class="published" itemprop="datePublished" title="2011-09-20T04:06:42">20 Sep</abbr>"#,
        ),
    ] {
        let page = format!(
            "<html><head>{head}</head><body><div>{body}<p>{P1}</p><p>{P2}</p></div></body></html>"
        );
        assert_eq!(
            html(&page).given.published,
            chrono::NaiveDate::from_ymd_opt(2011, 9, 20),
            "{head}{body}"
        );
    }
}

#[test]
fn dateline_under_the_headline_when_metadata_has_no_date() {
    let page = format!(
        r#"<html><body><div class="main"><h1>معارضون يسيطرون على مخازن للصواريخ</h1>
        <div class="byline"><div class="timestamp">الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)</div></div>
        <div class="story"><p>{P1}</p><p>{P2}</p></div></div></body></html>"#
    );
    assert_eq!(
        html(&page).given.published,
        chrono::NaiveDate::from_ymd_opt(2013, 8, 4)
    );
    // Metadata wins; and a date in the story's prose is no dateline.
    let stated = page.replace(
        "<html>",
        r#"<html><head><meta name="pubdate" content="2013-08-03"></head>"#,
    );
    assert_eq!(
        html(&stated).given.published,
        chrono::NaiveDate::from_ymd_opt(2013, 8, 3)
    );
    let prose = format!(
        r#"<html><body><h1>عنوان الخبر هنا</h1><p>{P1} وكان ذلك في 04 آب 2013 بعد أسابيع من القتال العنيف في المنطقة.</p></body></html>"#
    );
    assert_eq!(html(&prose).given.published, None);
}

#[test]
fn persian_date_and_domain_outlet() {
    let page = format!(
        r#"<html><head><meta name="pubdate" content="۱۳۹۹/۰۲/۲۱"><meta property="og:url" content="https://www.youm7.com/story/1"></head>
        <body><main><p>{P1}</p><p>{P2}</p></main></body></html>"#
    );
    let d = html(&page);
    assert_eq!(
        d.given.published,
        chrono::NaiveDate::from_ymd_opt(2020, 5, 10)
    );
    assert_eq!(d.given.outlet.as_deref(), Some("اليوم السابع"));
}

#[test]
fn hidden_elements_and_deep_nesting() {
    let mut page = String::from("<body>");
    for _ in 0..5000 {
        page.push_str("<div>");
    }
    page.push_str(&format!(
        "<p>{P1}</p><p style=\"display: none\">مخفي</p><p hidden>مخفي</p>"
    ));
    let d = html(&page);
    assert_eq!(kept(&d), vec![P1]);
}

#[test]
fn the_saved_from_address_names_the_outlet_last() {
    let body = format!(
        "<body><article><h1>افتتاح ثلاثة مستشفيات</h1><p>{P1}</p><p>{P2}</p></article></body>"
    );
    // A browser's save comment: a known domain gets its display name, an unknown one is the
    // domain without `www.`; the address becomes the article's when the page states none.
    let saved = |url: &str| {
        let page = format!(
            "<!DOCTYPE html>\n<!-- saved from url=(00{:02})%s -->\n<html><head></head>{body}</html>",
            url.len()
        );
        html(&page.replace("%s", url))
    };
    let d = saved("https://www.youm7.com/story/2024/1/1/x-y");
    assert_eq!(d.given.outlet, None);
    assert_eq!(d.given.address_outlet.as_deref(), Some("اليوم السابع"));
    assert_eq!(
        d.given.url.as_deref(),
        Some("https://www.youm7.com/story/2024/1/1/x-y")
    );
    let d = saved("https://news.example.co.uk/a-b");
    assert_eq!(
        d.given.address_outlet.as_deref(),
        Some("news.example.co.uk")
    );
    // `<base href>`, only an absolute one.
    let d = html(&format!(
        r#"<html><head><base href="http://www.example.org/news/"></head>{body}</html>"#
    ));
    assert_eq!(d.given.address_outlet.as_deref(), Some("example.org"));
    let d = html(&format!(
        r#"<html><head><base target="_blank" href="/x/"></head>{body}</html>"#
    ));
    assert_eq!(d.given.address_outlet, None);
    // A comment lower in the page is not the save comment; nor is one without an address.
    let d = html(&format!(
        "<html><head></head>{body}<!-- saved from url=(0000)about:blank --></html>"
    ));
    assert_eq!(d.given.address_outlet, None);
    assert_eq!(d.given.url, None);
    // Every stated sign wins: the site name, and the canonical link's own domain.
    let d = html(&format!(
        r#"<!-- saved from url=(0019)https://mirror.test/ -->
        <html><head><meta property="og:site_name" content="صحيفة المثال">
        <link rel="canonical" href="https://alarabiya.net/a"></head>{body}</html>"#
    ));
    assert_eq!(d.given.outlet.as_deref(), Some("صحيفة المثال"));
    assert_eq!(d.given.url.as_deref(), Some("https://alarabiya.net/a"));
}

mod props {
    use proptest::prelude::*;

    use super::super::html;

    /// Tag soup from the pieces pages are made of, unbalanced and misnested on purpose.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<div>".to_string()),
            Just("</div>".to_string()),
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<br>".to_string()),
            Just("<li>".to_string()),
            Just("<nav class=\"menu\">".to_string()),
            Just("</nav>".to_string()),
            Just("<a href=\"/x\">".to_string()),
            Just("</a>".to_string()),
            Just("<script>var x = '<p>';</script>".to_string()),
            Just("<span hidden>".to_string()),
            Just("<article>".to_string()),
            Just("<h1>".to_string()),
            Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":[1],\"datePublished\":{}}</script>".to_string()),
            Just("<meta property=\"article:published_time\" content=\"۱۳۹۹/۱۳/۴۰\">".to_string()),
            Just("<title> | - | </title>".to_string()),
            "[ء-ي a-z0-9،,.:]{0,40}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Any page: no panic, one flag per paragraph, no empty paragraph.
        #[test]
        fn any_tag_soup_gives_consistent_paragraphs(pieces in prop::collection::vec(piece(), 0..60)) {
            let page = pieces.concat();
            let d = html(&page);
            prop_assert_eq!(d.paragraphs.len(), d.boilerplate.len());
            for p in &d.paragraphs {
                prop_assert!(!p.trim().is_empty());
            }
        }
    }
}

#[test]
fn dates_from_metadata_then_address_then_markup_then_modification() {
    let page = |head: &str, body: &str| {
        format!(
            r#"<html><head><title>عنوان الخبر - صحيفة المثال</title>{head}</head><body>
            <article><h1>عنوان الخبر الطويل هنا</h1>{body}<p>{P1}</p><p>{P2}</p></article></body></html>"#
        )
    };
    let date = |head: &str, body: &str| html(&page(head, body)).given.published;
    let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day);
    let canonical = r#"<link rel="canonical" href="https://example.com/news/2020/10/07/story">"#;
    let byline = r#"<div class="post-meta"><span class="date">9 أكتوبر 2020</span></div>"#;
    let published = r#"<meta property="article:published_time" content="2020-10-05T10:00">"#;
    let modified = r#"<meta property="article:modified_time" content="2020-12-01T10:00">"#;
    // Each sign alone.
    assert_eq!(date(canonical, ""), d(2020, 10, 7));
    assert_eq!(date("", byline), d(2020, 10, 9));
    assert_eq!(date(modified, ""), d(2020, 12, 1));
    // A stronger sign is never overridden by a weaker one.
    assert_eq!(
        date(&format!("{published}{canonical}"), byline),
        d(2020, 10, 5)
    );
    assert_eq!(date(canonical, byline), d(2020, 10, 7));
    assert_eq!(date(modified, byline), d(2020, 10, 9));
    assert_eq!(date("", ""), None);
}

#[test]
fn a_fragment_without_head_is_named_by_the_site_its_links_point_at() {
    let fragment = format!(
        r#"<div class="article"><h1>افتتاح ثلاثة مستشفيات جديدة</h1><p>{P1}</p><p>{P2}</p>
        <img src="https://img.example-news.com/a.jpg"><a href="https://www.example-news.com/health">صحة</a>
        <a href="https://www.facebook.com/sharer?u=x">شارك</a></div>"#
    );
    let load = |page: &str| {
        let d = html(page);
        super::super::assemble::assemble(
            String::new(),
            "page.html".into(),
            d.paragraphs,
            &d.boilerplate,
            d.given,
        )
        .outlet
    };
    assert_eq!(load(&fragment), "example-news.com");
    // Any other sign names the outlet first.
    let named =
        format!(r#"<head><meta property="og:site_name" content="صحيفة المثال"></head>{fragment}"#);
    assert_eq!(load(&named), "صحيفة المثال");
}

#[test]
fn an_article_revealed_by_script_is_read_when_the_visible_page_has_none() {
    // WeChat hides the article until its script runs.
    let page = format!(
        r#"<body><h2>حساب الصحيفة</h2><div id="js_content" style="visibility: hidden;">
        <p>{P1}</p><p>{P2}</p></div></body>"#
    );
    let d = html(&page);
    assert!(
        kept(&d).contains(&P1) && kept(&d).contains(&P2),
        "{:?}",
        kept(&d)
    );
    // A visible article keeps hidden text (a popup's) out.
    let page = format!(
        r#"<body><article><p>{P1}</p><p>{P2}</p></article>
        <div class="popup" style="visibility:hidden"><p>اشترك الآن في النشرة البريدية لتصلك آخر الأخبار يوميا.</p></div></body>"#
    );
    let d = html(&page);
    assert_eq!(kept(&d), vec![P1, P2]);
    assert!(!d.paragraphs.iter().any(|p| p.contains("اشترك")));
}

#[test]
fn short_lines_of_chinese_or_japanese_are_paragraphs_too() {
    // Thirteen Han or kana characters say as much as a short English sentence.
    let lines = [
        "ご訪問ありがとうございます、よろしく",
        "今日は新しい服を買いに行きました。",
        "袖を通した瞬間にイイと叫びました。",
        "色んなブロガーさんが紹介していた服",
    ];
    let page = format!(
        r#"<body><div class="menu"><a href="/1">ホーム</a><a href="/2">ブログ</a></div>
        <div class="entry">{}</div>
        <div class="side"><p>プロフィール</p><p>人気記事</p></div></body>"#,
        lines.join("<br>")
    );
    let d = html(&page);
    assert_eq!(kept(&d), lines.to_vec());
}

#[test]
fn a_cookie_consent_dialog_is_furniture() {
    let legal = "We and our partners use cookies, web beacons and similar technologies, to store and access information on your device, to measure, personalize and deliver content and ads.";
    let page = format!(
        r#"<body><div id="app"><article><h1>افتتاح ثلاثة مستشفيات</h1><p>{P1}</p><p>{P2}</p><p>{P2} {P1}</p><p>{P1} {P2}</p></article></div>
        <div id="onetrust-consent-sdk"><div class="ot-pc-content"><p>{legal}</p><p>{legal}</p><p>{legal}</p></div></div></body>"#
    );
    let d = html(&page);
    let (p21, p12) = (format!("{P2} {P1}"), format!("{P1} {P2}"));
    assert_eq!(kept(&d), vec!["افتتاح ثلاثة مستشفيات", P1, P2, &p21, &p12]);
}
