//! Title, outlet and date where the page's metadata does not state them plainly: the block
//! that repeats the title as the date's anchor, a labelled line above the headline, a
//! `<title>` segment — and the dates that are not the article's (the top bar's day, a
//! comment's, a copyright year, a related story's); a logo `h1`; a `<title>` without headline.

use chrono::NaiveDate;

use super::*;

const P1: &str = "أعلنت وزارة الصحة في بيان رسمي، اليوم الأحد، عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية لتخفيف الضغط عن المراكز القائمة.";
const P2: &str = "وأوضح البيان أن المستشفيات الجديدة تضم أكثر من خمسمئة سرير، وأقساما متخصصة للأطفال والطوارئ والعناية المركزة.";

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn date_of(page: &str) -> Option<NaiveDate> {
    html(page).given.published
}

#[test]
fn the_block_that_repeats_the_title_anchors_the_dateline() {
    // The `h1` is the logo; the headline is a `<dt>`, its dateline a bare text line under it.
    let page = format!(
        r#"<html><head><title>افتتاح ثلاثة مستشفيات جديدة في الجنوب - صحيفة المثال</title></head>
        <body><h1><a href="/">صحيفة المثال</a></h1>
        <div class="top"><span>الاثنين 7 ديسمبر 2026</span></div>
        <dl class="newsTitle"><dt>افتتاح ثلاثة مستشفيات جديدة في الجنوب</dt></dl>
        <div>نشر في: 2024-01-29 15:24</div>
        <div class="story"><p>{P1}</p><p>{P2}</p></div>
        <footer><p>© 2026 صحيفة المثال</p></footer></body></html>"#
    );
    assert_eq!(date_of(&page), d(2024, 1, 29));
    // The logo `h1` repeats the `<title>`'s site segment: it is the outlet, not the title.
    let doc = html(&page);
    assert_eq!(
        doc.given.title.as_deref(),
        Some("افتتاح ثلاثة مستشفيات جديدة في الجنوب")
    );
    assert_eq!(doc.given.outlet.as_deref(), Some("صحيفة المثال"));
    // Without the dateline, neither the top bar's day nor the copyright year is the date.
    let bare = page.replace("<div>نشر في: 2024-01-29 15:24</div>", "");
    assert_eq!(date_of(&bare), None);
}

#[test]
fn a_byline_with_the_date_after_names() {
    let page = format!(
        r#"<html><head><title>Friday Facts #282 - in sight | Factorio</title></head><body>
        <h2>Friday Facts #282 - in sight</h2>
        <div>Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts</div>
        <div class="story"><p>{P1}</p><p>{P2}</p></div>
        <div class="comments"><div>Posted by reader on 2019-02-16</div></div></body></html>"#
    );
    assert_eq!(date_of(&page), d(2019, 2, 15));
    // A comment's byline is never the article's date.
    let no_byline = page.replace(
        "<div>Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts</div>",
        "",
    );
    assert_eq!(date_of(&no_byline), None);
}

#[test]
fn a_labelled_line_above_the_headline_but_not_a_bare_date() {
    let page = format!(
        r#"<html><body><div class="head"><span>Von Moritz Bachmann publiziert am 25. September 2018</span>
        <h1>Die elektronische Patientenakte im Gesundheitswesen</h1></div>
        <div class="story"><p>{P1}</p><p>{P2}</p></div></body></html>"#
    );
    assert_eq!(date_of(&page), d(2018, 9, 25));
    // A bare date above the headline may be the top bar's day: not taken.
    let bare = page.replace(
        "Von Moritz Bachmann publiziert am 25. September 2018",
        "الاثنين 7 ديسمبر 2026",
    );
    assert_eq!(date_of(&bare), None);
}

#[test]
fn a_title_segment_that_is_a_date() {
    let page = format!(
        r#"<html><head><title>Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION</title></head>
        <body><h1>Una solución no violenta para la cuestión mapuche</h1><p>{P1}</p><p>{P2}</p></body></html>"#
    );
    assert_eq!(date_of(&page), d(2017, 12, 7));
    // A number in the headline segment is not a date segment.
    let headline = page.replace(" - 07.12.2017 - ", " 2017 - ");
    assert_eq!(date_of(&headline), None);
}

#[test]
fn a_cms_compact_date_and_a_section_in_the_address() {
    let tag = format!(
        r#"<html><head><meta name="pdate" content="20190806"></head><body><h1>عنوان الخبر هنا</h1><p>{P1}</p></body></html>"#
    );
    assert_eq!(date_of(&tag), d(2019, 8, 6));
    let address = format!(
        r#"<html><head><link rel="canonical" href="http://www.cnn.com/2010/POLITICS/08/13/democrats/index.html"></head>
        <body><h1>عنوان الخبر هنا</h1><p>{P1}</p>
        <div class="related"><a href="http://x.com/2011/08/19/other/">خبر آخر</a></div></body></html>"#
    );
    assert_eq!(date_of(&address), d(2010, 8, 13));
}

#[test]
fn a_labelled_line_far_from_the_headline_but_not_in_a_sidebar() {
    let page = format!(
        r#"<html><body><div id="article"><h1>Tapie et La Provence, une histoire de France</h1>
        <div id="content"><p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p><p>{P1}</p></div>
        <div id="article_topbar"><div>Publié le 29/10/2012<br><em>Mis à jour le 30/10/2012 à 14h03</em></div></div></div>
        <div class="sidebar"><div>Published: 2011-05-04</div></div></body></html>"#
    );
    assert_eq!(date_of(&page), d(2012, 10, 29));
    // Without the publication line, the article's own update line is the last resort
    // (sixth session); a sidebar's labelled line is another story's date, never taken.
    let update_only = page.replace("Publié le 29/10/2012", "");
    assert_eq!(date_of(&update_only), d(2012, 10, 30));
    let sidebar_only = update_only.replace("Mis à jour le 30/10/2012 à 14h03", "");
    assert_eq!(date_of(&sidebar_only), None);
}

#[test]
fn a_title_tag_without_its_headline_gives_way_to_the_h1() {
    let page = format!(
        r#"<html><head><title>-铜雀历史网</title></head><body>
        <div class="ls_cl_top"><div class="lct_tit"><h1>疫情一刀切政策怎么投诉举报</h1>
        <p><span>时间：<em>2022-11-24 05:30:58</em></span></p></div></div>
        <div class="story"><p>{P1}</p><p>{P2}</p></div>
        <div class="fb_cont"><span>Copyright© 2009-2019 铜雀历史网 黔ICP备15016750号-1</span></div></body></html>"#
    );
    let doc = html(&page);
    assert_eq!(
        doc.given.title.as_deref(),
        Some("疫情一刀切政策怎么投诉举报")
    );
    assert_eq!(doc.given.published, d(2022, 11, 24));
}

#[test]
fn arabic_bylines_hijri_beside_gregorian_and_an_update_after_the_publication() {
    let page = format!(
        r#"<html><body><div class="topbar">الاثنين 7 ديسمبر 2026 - 6 جمادى الآخرة 1448</div>
        <h1>مجلس الوزراء يقر مشروع الموازنة العامة</h1>
        <div>آخر تحديث: الجمعة 26 يناير 2024 - 10:30</div>
        <div>نُشر في: الخميس 15 رجب 1445 هـ - 25 يناير 2024 م</div>
        <div class="story"><p>{P1}</p><p>{P2}</p></div></body></html>"#
    );
    // The publication line wins over the update line before it; the Gregorian date beside
    // the Hijri one is the date; the top bar's day is not.
    assert_eq!(date_of(&page), d(2024, 1, 25));
    // Arabic-Indic digits, year first.
    let indic = page.replace(
        "نُشر في: الخميس 15 رجب 1445 هـ - 25 يناير 2024 م",
        "تاريخ النشر: ٢٠٢٤/٠١/٢٤ ١١:٢٠ ص",
    );
    assert_eq!(date_of(&indic), d(2024, 1, 24));
}

#[test]
fn a_chinese_headline_is_one_word_but_no_logo() {
    let page = format!(
        r#"<html><head><title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网</title></head><body>
        <h1 id="articleTitle">宇航员在太空中喝酒会怎么样？后果很严重</h1><p>{P1}</p><p>{P2}</p></body></html>"#
    );
    assert_eq!(
        html(&page).given.title.as_deref(),
        Some("宇航员在太空中喝酒会怎么样？后果很严重")
    );
    // A logo of a few characters is not the headline: the `<title>` is.
    let logo = page.replace(
        "<h1 id=\"articleTitle\">宇航员在太空中喝酒会怎么样？后果很严重</h1>",
        "<h1>光明网</h1>",
    );
    assert_ne!(html(&logo).given.title.as_deref(), Some("光明网"));
}

#[test]
fn an_article_whose_class_names_its_comments_keeps_its_date() {
    // `comments-open` on the article itself is no comment thread.
    let page = format!(
        r#"<html><body><article class="post comments-open"><h1>عنوان الخبر هنا</h1>
        <span class="post-date">2024-02-18</span><p>{P1}</p><p>{P2}</p></article></body></html>"#
    );
    assert_eq!(date_of(&page), d(2024, 2, 18));
    let dateline = page.replace(
        r#"<span class="post-date">2024-02-18</span>"#,
        "<div>نشر في 18 فبراير 2024</div>",
    );
    assert_eq!(date_of(&dateline), d(2024, 2, 18));
}

#[test]
fn an_untyped_json_ld_object_s_pub_date() {
    // Baidu's `cambrian.jsonld`: the page described with no `@type`, its date as `pubDate`.
    let page = format!(
        r#"<html><head><script type="application/ld+json">{{"@context":
        "https://ziyuan.baidu.com/contexts/cambrian.jsonld","title":"عنوان الخبر",
        "pubDate":"2024-04-23T12:27:25","upDate":"2024-04-24T08:00:00"}}</script></head>
        <body><h1>عنوان الخبر</h1><p>{P1}</p><p>{P2}</p></body></html>"#
    );
    assert_eq!(date_of(&page), d(2024, 4, 23));
    // A typed object that is no article nor page (an organization) gives no date.
    let org = page.replace(r#""title""#, r#""@type":"Organization","title""#);
    assert_eq!(date_of(&org), None);
}

#[test]
fn a_section_label_in_the_title_is_not_the_outlet() {
    // `Opinion | Headline - Site`: the page declares `Opinion` as its section.
    let page = format!(
        r#"<html><head><title>Opinion | The harbour deserves better - The Example Times</title>
        <meta property="article:section" content="Opinion"></head>
        <body><h1>The harbour deserves better</h1><p>{P1}</p><p>{P2}</p></body></html>"#
    );
    let doc = html(&page);
    assert_eq!(doc.given.outlet.as_deref(), Some("The Example Times"));
    assert_eq!(
        doc.given.title.as_deref(),
        Some("The harbour deserves better")
    );
}

#[test]
fn a_headline_that_is_the_whole_title_and_a_social_handle() {
    // The `h1` and `og:title` say the whole `<title>`, separator and all: no segment is the
    // site, and the title stays whole.
    let page = format!(
        r#"<html><head><title>Take C.A.R.E. - unser Stand auf der Messe 2018</title>
        <meta property="og:title" content="Take C.A.R.E. - unser Stand auf der Messe 2018">
        <link rel="canonical" href="https://blog.example.com/messe-2018"></head>
        <body><h1>Take C.A.R.E. - unser Stand auf der Messe 2018</h1><p>{P1}</p><p>{P2}</p>
        </body></html>"#
    );
    let doc = html(&page);
    assert_eq!(
        doc.given.title.as_deref(),
        Some("Take C.A.R.E. - unser Stand auf der Messe 2018")
    );
    assert_eq!(doc.given.outlet.as_deref(), Some("blog.example.com"));
    // `og:site_name` a social handle: the `<title>`'s site segment spells the site.
    let handle = format!(
        r#"<html><head><title>What drugs cross the border? | Fact Desk West</title>
        <meta property="og:site_name" content="@factdesk"></head>
        <body><h1>What drugs cross the border?</h1><p>{P1}</p><p>{P2}</p></body></html>"#
    );
    assert_eq!(
        html(&handle).given.outlet.as_deref(),
        Some("Fact Desk West")
    );
    let bare = handle.replace(" | Fact Desk West", "");
    assert_eq!(html(&bare).given.outlet.as_deref(), Some("factdesk"));
}

#[test]
fn a_swappable_metadata_date_takes_the_reading_the_page_confirms() {
    // A US CMS writes `05/09/2024` month first: the address and the lede say 9 May.
    let page = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
        "datePublished":"05/09/2024 10:46:12"}}</script>
        <link rel="canonical" href="https://x.example/news/20240509/a-story"></head>
        <body><h1>A healthy lifestyle adds years</h1><p>{P1}</p><p>{P2}</p></body></html>"#
    );
    assert_eq!(date_of(&page), d(2024, 5, 9));
    // Nothing confirms the other reading: day first, as written in most of the world.
    let alone = page.replace("/20240509/", "/");
    assert_eq!(date_of(&alone), d(2024, 9, 5));
}
