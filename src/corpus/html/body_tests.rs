//! The article's text on hand-written pages of the classes the body choice must tell apart:
//! consent dialogs, embedded posts, articles cut into sections, recipe cards.

use super::tests::{P1, P2, kept};
use super::*;

#[test]
fn a_long_consent_notice_never_replaces_a_short_article() {
    // The notice holds far more paragraph text than the article, so the choice made again
    // without furniture names would take it; a consent dialog is never an article.
    let legal = "We and our partners use cookies, web beacons and similar technologies, to store and access information on your device, to measure, personalize and deliver content and ads.";
    let notice = format!("<p>{legal}</p>").repeat(12);
    let page = format!(
        r#"<body><article><h1>افتتاح ثلاثة مستشفيات</h1><p>{P1}</p><p>{P2}</p></article>
        <div id="onetrust-consent-sdk"><div class="ot-pc-content">{notice}</div></div></body>"#
    );
    assert_eq!(kept(&html(&page)), vec!["افتتاح ثلاثة مستشفيات", P1, P2]);
    // A furniture name that is not a dialog's still gives way to a long article it hides.
    let article = format!("<p>{P1}</p><p>{P2}</p>").repeat(6);
    let page = format!(
        r#"<body><div class="sidebar-layout">{article}</div><div class="story"><p>{P1}</p></div></body>"#
    );
    assert_eq!(kept(&html(&page)).len(), 12);
}

#[test]
fn a_container_whose_feature_flags_name_a_dialog_word_is_no_dialog() {
    // Flags such as `filterNonGdprEmbeds enableInArticleAd` name furniture words, and the
    // choice made without names finds the article there; a content word says it is no dialog.
    let side = "نص جانبي طويل عن موضوع آخر تماما في الموقع نفسه لا علاقة له بالخبر";
    let page = format!(
        r#"<body><div class="caas filterNonGdprEmbeds enableInArticleAd"><p>{P1}</p><p>{P2}</p><p>{P1} {P2}</p></div>
        <div class="more"><p>{side}</p></div></body>"#
    );
    assert_eq!(kept(&html(&page)).len(), 3, "{:?}", kept(&html(&page)));
}

#[test]
fn a_post_embedded_in_the_article_is_the_article_s() {
    // The box around an embedded tweet names `social`, a furniture word; `embed` says it is
    // the article's quotation. A share bar named `social` alone stays furniture.
    let tweet = "الوزارة تعلن افتتاح ثلاثة مستشفيات جديدة في الجنوب اليوم";
    let page = format!(
        r#"<body><article><p>{P1}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>{tweet}</p></blockquote></div>
        <p>{P2}</p><div class="social-share"><p>شارك هذا الخبر مع أصدقائك على الشبكات</p></div>
        <div class="embed-gallery social-gallery"><p>انقر لمشاهدة الصور كاملة، ملء الشاشة، تشغيل تلقائي</p></div></article></body>"#
    );
    assert_eq!(kept(&html(&page)), vec![P1, tweet, P2]);
}

#[test]
fn an_article_cut_into_numbered_sections_each_with_its_aside_is_whole() {
    // `story-body story-body-1` and `story-body story-body-2`, each in a wrapper of its own
    // beside a box of links: the numbers do not make them different kinds, and the first
    // section (a cousin of the longer second) joins it. A differently named cousin does not.
    let aside = r#"<div class="supplemental"><a href="/x">خبر آخر</a></div>"#;
    let page = format!(
        r#"<body><article>
        <div class="story-wrap"><div class="story-body story-body-1"><p>{P1}</p></div>{aside}</div>
        <div class="story-wrap"><div class="story-body story-body-2"><p>{P2}</p><p>{P1} {P2}</p><p>{P2} {P1}</p><p>{P1}، {P2}</p></div>{aside}</div>
        <div class="story-wrap"><div class="promo-text"><p>اشترك في النشرة لتصلك أخبار الصحة كل صباح مع ملخص الأسبوع</p></div></div>
        </article></body>"#
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.first(), Some(&P1), "{k:?}");
    assert_eq!(k.len(), 5, "{k:?}");
}

#[test]
fn a_recipe_card_inside_the_post_is_the_article_s() {
    // `card` names furniture (a teaser card); `recipe` is a content word, so a recipe card's
    // ingredients and steps stay. A card that is not a recipe stays furniture.
    let page = format!(
        r#"<body><article><p>{P1}</p><p>{P2}</p>
        <section class="mv-create-card mv-recipe-card"><h3>المقادير</h3><ul><li>كوب من الأرز</li><li>ملعقة ملح</li></ul></section>
        <div class="author-card"><p>كاتب المقال صحفي متخصص في شؤون الصحة منذ عشرين عاما</p></div></article></body>"#
    );
    assert_eq!(
        kept(&html(&page)),
        vec![P1, P2, "المقادير", "كوب من الأرز", "ملعقة ملح"]
    );
}

#[test]
fn the_rest_of_a_story_in_a_read_more_box_joins_its_intro() {
    // The intro sits in the story's container, the rest in a box named `read-more` (a weak
    // furniture word): the story is the container with both. A comment thread inside the
    // story's container (a strong name) is still left out.
    let rest = format!("<p>{P2}</p><p>{P1} {P2}</p><p>{P2} {P1}</p>").repeat(3);
    let comment = "نعم، صحيح، لكن، في رأيي، الأمر، كما أرى، يحتاج، إلى، وقت، أطول، بكثير";
    let side = "نص جانبي طويل عن موضوع آخر تماما في الموقع نفسه لا علاقة له بالخبر";
    let page = format!(
        r#"<body><div class="story-body"><p>{P1}</p><p>{P1}، {P2}</p>
        <div id="read-more"><div id="read-more-content">{rest}</div></div>
        <div id="comments"><div class="comment-body">{}</div></div></div>
        <div class="sidebar">{}</div></body>"#,
        format!("<p>{comment}</p>").repeat(3),
        format!("<p>{side}</p>").repeat(20)
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.first(), Some(&P1), "{k:?}");
    assert_eq!(k.len(), 11, "{k:?}");
    assert!(!k.contains(&comment), "{k:?}");
}

#[test]
fn a_section_whose_id_is_its_title_is_not_named_furniture() {
    // Documentation generators give each section its heading's slug as id: "Sharing with a
    // single developer" is `sharing-with-a-single-developer`, whose `sharing` names a share
    // bar elsewhere. An id that is not the heading's text still names furniture.
    let section = |id: &str, title: &str| {
        format!(r#"<div class="section" id="{id}"><h2>{title}</h2><p>{P1}</p><p>{P2}</p></div>"#)
    };
    let page = format!(
        r#"<body><div class="content">{}{}</div><div class="social-sharing-buttons-bar"><p>{P2}</p></div></body>"#,
        section(
            "sharing-with-a-single-developer",
            "Sharing with a single developer"
        ),
        section(
            "sharing-with-many-developers",
            "Sharing with many developers!"
        ),
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.len(), 6, "{k:?}");
    assert!(k.contains(&"Sharing with many developers!"), "{k:?}");
}

#[test]
fn a_donation_box_inside_the_article_is_furniture() {
    // `support`, `donate`, `contribute` are weak furniture words: a reader-support appeal
    // inside the article's container is left out; a container that also says `content` or
    // `article` is not.
    let appeal = "ادعم صحافتنا المستقلة، وساهم بما تستطيع، فكل مساهمة تساعدنا على الاستمرار";
    let page = format!(
        r#"<body><div class="support-article-content"><p>{P1}</p><p>{P2}</p>
        <div class="cli-support-message"><p>{appeal}</p></div></div></body>"#
    );
    assert_eq!(kept(&html(&page)), vec![P1, P2]);
}

#[test]
fn a_sign_up_box_inside_the_article_is_left_out_by_its_email_field() {
    // Utility classes name nothing; the e-mail field tells the box. The article around the
    // field (more than a box's worth of text) is not taken for the box.
    let page = format!(
        r#"<body><article class="mt-8 font-serif"><p>{P1}</p>
        <section class="relative p-8 my-12"><div class="leading-8">هل تريد المزيد من أخبار الصحة؟</div>
        <div>اشترك في نشرتنا الأسبوعية، وتصلك الأخبار كل صباح.</div><input type="email" placeholder="بريدك"><button>اشترك</button></section>
        <p>{P2}</p><input type="email"></article></body>"#
    );
    assert_eq!(kept(&html(&page)), vec![P1, P2]);
    // A short article in a plain `div` with a bare field: four lines are no sign-up box.
    let page = format!(
        r#"<body><div class="c"><p>{P1}</p><p>{P2}</p><p>{P2} {P1}</p><p>{P1}</p><input type="email"></div></body>"#
    );
    assert_eq!(kept(&html(&page)).len(), 4);
}

#[test]
fn a_consent_manager_wrapping_the_whole_page_hides_nothing() {
    // Some sites wrap the whole page in their consent manager's element: a dialog word on an
    // element that holds most of the page is a wrapper, and the article inside it is read.
    let page = format!(
        r#"<body><div id="gdpr-consent-wrapper"><div class="page"><article><h1>افتتاح ثلاثة مستشفيات</h1>
        <p>{P1}</p><p>{P2}</p></article>
        <div id="cookie-banner"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وبمتابعة التصفح توافق على ذلك</p></div></div></div></body>"#
    );
    assert_eq!(kept(&html(&page)), vec!["افتتاح ثلاثة مستشفيات", P1, P2]);
}

#[test]
fn a_listicle_whose_items_are_named_like_furniture_is_the_article() {
    // Each item's heading is an `item__header` (a weak furniture word on a heading names the
    // heading) and its description sits in an `item__figure-footer` (`footer` is a strong
    // word): no one footer holds most of the article, but together the footers do, so they
    // are its parts. A footer under the list is still furniture.
    let item = |n: usize| {
        format!(
            r#"<div class="item"><h2 class="item__header">{n}. مصباح مكتب بضوء دافئ</h2>
            <figure><div class="item__figure-footer"><p>{P1}</p><p>{P2}</p></div></figure></div>"#
        )
    };
    let items: String = (1..=4).map(item).collect();
    let page = format!(
        r#"<body><div class="list">{items}<div class="page-footer"><p>جميع الحقوق محفوظة لموقع المثال، ويمنع النسخ دون إذن</p></div></div></body>"#
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.len(), 12, "{k:?}");
    assert_eq!(k[0], "1. مصباح مكتب بضوء دافئ");
    assert_eq!(k[1], P1);
}

#[test]
fn a_page_footer_never_replaces_a_short_article() {
    // A video page: one line of description, then a footer with more text than the article
    // (legal lines). The choice made again without furniture names would take the footer;
    // a `footer` element (or `role=contentinfo`) is never the article.
    let legal =
        "الموقع علامة مسجلة لشركة المثال، ولا يجوز استخدامها دون إذن كتابي صريح منها، وفق القانون";
    for footer in ["footer", r#"div role="contentinfo""#] {
        let close = footer.split(' ').next().unwrap_or(footer);
        let page = format!(
            r#"<body><div class="video"><p>{P1}</p></div>
            <{footer}><div class="legal">{}</div></{close}></body>"#,
            format!("<p>{legal}</p>").repeat(5)
        );
        assert_eq!(kept(&html(&page)), vec![P1], "{footer}");
    }
}

#[test]
fn an_article_cut_into_fragments_at_different_depths_is_whole() {
    // The text sits in `paragraph-fragment` boxes in different parts of the layout (a photo
    // grid between them): each is the article's. A fragment holding a photo's caption, and
    // the next story the page appends below in its own `article`, are not.
    let frag = |ps: &str| format!(r#"<div class="paragraph-fragment">{ps}</div>"#);
    let caption = "صورة أرشيفية لأحد المستشفيات الجديدة في الجنوب، التقطت العام الماضي";
    let next = "وفي خبر آخر، افتتحت البلدية حديقة عامة جديدة في وسط المدينة، بحضور المحافظ";
    let page = format!(
        r#"<body><main><article>
        <div class="grid top"><div class="col">{}</div></div>
        <div class="wide"><div><div class="grid"><div class="col">{}</div></div></div></div>
        <div class="grid"><div class="paragraph-fragment"><figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure><p>{caption}</p></div></div>
        </article><article><div class="grid"><div class="col">{}</div></div></article></main></body>"#,
        frag(&format!("<p>{P1}</p><p>{P2}</p>")),
        frag(&format!(
            "<p>{P2} {P1}</p><p>{P1}، {P2}</p><p>{P2}، {P1}</p>"
        )),
        frag(&format!("<p>{next}</p>")),
    );
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.first(), Some(&P1), "{k:?}");
    assert_eq!(k.len(), 5, "{k:?}");
}

#[test]
fn items_written_in_long_headings_are_the_article() {
    // A listicle whose items' text is set in `h2` titles (a sentence each, over 120
    // characters) above a photo: the list is the article, not the one item that also has a
    // paragraph under its photo. A short heading is still only a heading.
    let item = |n: usize| {
        let line = if n == 3 {
            format!("<p>{P2}</p>")
        } else {
            String::new()
        };
        format!(
            r#"<div class="sub sub-{n}"><h2>{n}. {P1} {P2}</h2><div class="media"><img src="{n}.jpg"></div>{line}</div>"#
        )
    };
    let items: String = (1..=5).map(item).collect();
    let page = format!(r#"<body><div class="list">{items}</div></body>"#);
    let d = html(&page);
    let k = kept(&d);
    assert_eq!(k.len(), 6, "{k:?}");
    assert!(k.first().is_some_and(|t| t.starts_with("1. ")), "{k:?}");
    let page = format!(
        r#"<body><div class="list"><h2>المستشفيات الجديدة</h2><div><p>{P1}</p><p>{P2}</p></div></div></body>"#
    );
    assert_eq!(kept(&html(&page)), vec![P1, P2]);
}

#[test]
fn a_long_comment_thread_never_replaces_a_short_post() {
    // An "open thread" post of two lines under far more comment text: the choice made again
    // without furniture names would take the thread; a comment thread is never the article.
    let reply =
        "شكرا على المقال، لكن عندي سؤال عن المستشفيات الجديدة، متى تفتح أبوابها للمرضى فعلا؟";
    let page = format!(
        r#"<body><article><h1>سلسلة أسئلة القراء</h1><p>{P1}</p><p>{P2}</p></article>
        <ol class="comment-list">{}</ol></body>"#,
        format!("<li class=\"item\"><p>{reply}</p><p>{reply}</p></li>").repeat(10)
    );
    assert_eq!(kept(&html(&page)), vec!["سلسلة أسئلة القراء", P1, P2]);
}

#[test]
fn a_gallery_s_buttons_are_share_bar_words() {
    // A photo gallery inside the article shows `Caption` and `Close` buttons as lines of
    // their own (assets/boilerplate.tsv, `share` kind); a sentence that uses the words is
    // no button.
    use crate::corpus::markers::{Marker, marker_of};
    for button in ["Caption", "Close", "إغلاق"] {
        assert_eq!(marker_of(button), Some(Marker::Share), "{button}");
    }
    assert_eq!(
        marker_of("Close the border, the minister said on Monday"),
        None
    );
}
