//! The bundled articles as a reader sees them: outlets and dates from the text itself, and no
//! boilerplate marker line passed off as body text.

use khabar::corpus::{ParagraphKind, bundled};
use khabar::text::normalize;

#[test]
fn outlets_and_dates_from_the_text() {
    let corpus = bundled();
    let got: Vec<(&str, &str, Option<String>)> = corpus
        .articles
        .iter()
        .map(|a| {
            (
                &a.id[..3],
                a.outlet.as_str(),
                a.published.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("000", "الخليج الجديد", None),
            ("001", "موقع المجلس", None),
            ("002", "موازين نيوز", Some("2024-02-18".to_string())),
            ("003", "إرم نيوز", None),
            ("004", "إرم نيوز", Some("2024-01-26".to_string())),
        ]
    );
}

/// The markers of assets/boilerplate.tsv that start boilerplate lines (not the page-end ones).
fn markers() -> Vec<String> {
    include_str!("../assets/boilerplate.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .filter(|(k, _)| matches!(*k, "related" | "tags" | "follow" | "ticker"))
        .map(|(_, m)| normalize(m).text)
        .collect()
}

#[test]
fn no_marker_line_is_body() {
    let markers = markers();
    for a in &bundled().articles {
        for p in a
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
        {
            let n = normalize(&p.text).text;
            let starts = markers.iter().find(|m| {
                n == **m || n.starts_with(&format!("{m} ")) || n.starts_with(&format!("{m}:"))
            });
            assert!(
                starts.is_none(),
                "{}: marker line is body: {}",
                a.id,
                p.text
            );
            assert!(!p.text.contains('©'), "{}: copyright line is body", a.id);
            assert!(
                !p.text.starts_with('•'),
                "{}: bullet headline is body",
                a.id
            );
        }
    }
}

#[test]
fn page_furniture_is_boilerplate_and_the_story_is_body() {
    let corpus = bundled();
    let kind_of = |id: &str, start: &str| {
        let a = corpus
            .articles
            .iter()
            .find(|a| a.id.starts_with(id))
            .expect("article");
        a.paragraphs
            .iter()
            .find(|p| p.text.starts_with(start))
            .map(|p| p.kind)
    };
    use ParagraphKind::*;
    // The unrelated article appended after the related-links header at the end of 000.
    assert_eq!(
        kind_of("000", "أبرز إفادات قائد منطقة الشجرة"),
        Some(Boilerplate)
    );
    assert_eq!(kind_of("000", "المصدر: الخليج الجديد"), Some(Meta));
    // Related-article headlines embedded between body paragraphs of 001.
    assert_eq!(kind_of("001", "مليشيا إرهابية"), Some(Boilerplate));
    assert_eq!(kind_of("001", "تفاصيل جديدة حول تورط"), Some(Boilerplate));
    assert_eq!(
        kind_of("001", "عقوبات أمريكية على شركة طيران"),
        Some(Boilerplate)
    );
    // Subheadings of the article itself stay.
    assert_eq!(
        kind_of("002", "استئناف المحادثات العراقية الأميركية"),
        Some(Body)
    );
    assert_eq!(kind_of("004", "إيجاد هدنة جديدة"), Some(Body));
    // Headline, dateline, byline; the breaking-news ticker.
    assert_eq!(kind_of("002", "زيارة سرية لقاآني"), Some(Title));
    assert_eq!(kind_of("002", "تقارير |"), Some(Meta));
    assert_eq!(kind_of("002", "موازين نيوز- بغداد"), Some(Meta));
    assert_eq!(kind_of("004", "السلطات الأوكرانية"), Some(Boilerplate));
    assert_eq!(kind_of("003", "قائد فيلق القدس يزور العراق"), Some(Title));
    // Body text starts the body.
    assert_eq!(kind_of("000", "كشفت وكالة رويترز"), Some(Body));
    assert_eq!(kind_of("004", "وأعلنت وزارة الخارجية العراقية"), Some(Body));
}
