//! The comparison on the bundled seeds: three outlets carry one Reuters report (000 and 002 in
//! one translation, 001 in another), 003 and 004 are reports of their own that share one
//! background paragraph.

use super::*;
use crate::corpus::{Corpus, bundled};

fn text(corpus: &Corpus, s: &Span) -> String {
    corpus.articles[s.article].paragraphs[s.paragraph]
        .text
        .chars()
        .skip(s.start)
        .take(s.end - s.start)
        .collect()
}

/// The link between articles `x` and `y` whose `x` side contains `in_x` and `y` side `in_y`.
fn find<'r>(
    corpus: &Corpus,
    r: &'r Reuse,
    (x, in_x): (usize, &str),
    (y, in_y): (usize, &str),
) -> &'r Link {
    r.between(x, y)
        .into_iter()
        .find(|l| {
            let Some((sx, sy)) = l.sides(x) else {
                return false;
            };
            text(corpus, &sx).contains(in_x) && text(corpus, &sy).contains(in_y)
        })
        .unwrap_or_else(|| panic!("no link {x}:{in_x} ~ {y}:{in_y}"))
}

fn seeds() -> (Corpus, Reuse) {
    let corpus = bundled();
    let r = compare(&corpus);
    (corpus, r)
}

#[test]
fn the_meeting_at_baghdad_airport_links_all_three_carriers() {
    let (c, r) = seeds();
    let same = "قاآني التقى بممثلي عدة فصائل مسلحة في مطار بغداد";
    let other = "التقى بممثلي العديد من الجماعات المسلحة في مطار بغداد";
    let l = find(&c, &r, (0, same), (2, same));
    assert_eq!(l.kind, LinkKind::Verbatim);
    // The third translation says العديد من الجماعات for عدة فصائل: rewritten, still aligned.
    for x in [0, 2] {
        let l = find(&c, &r, (x, same), (1, other));
        assert_eq!(l.kind, LinkKind::Rewritten, "{x}");
        assert!(l.words >= 20 && l.similarity < 0.9, "{l:?}");
        assert!(text(&c, &l.sides(x).unwrap().0).contains("بالأردن"));
    }
}

#[test]
fn the_refusal_by_one_faction_links_all_three() {
    let (c, r) = seeds();
    let refusal = "توافق إحدى الفصائل في البداية على طلب قاآني";
    assert_eq!(
        find(&c, &r, (0, refusal), (2, refusal)).kind,
        LinkKind::Verbatim
    );
    find(&c, &r, (0, refusal), (1, refusal));
    find(&c, &r, (1, refusal), (2, refusal));
}

#[test]
fn the_troops_paragraph_links_the_two_that_carry_it() {
    let (c, r) = seeds();
    let l = find(
        &c,
        &r,
        (0, "نحو 2500 جندي في العراق"),
        (2, "نحو 2500 جندي في العراق"),
    );
    assert_eq!(l.kind, LinkKind::Verbatim);
    // تشكيله / نشره, داعش / "الدولة الإسلامية" المتشدّد: still one passage.
    assert!(text(&c, &l.a).ends_with("وشرق سوريا"));
    assert!(
        r.links_of(1)
            .all(|l| !text(&c, &l.sides(1).unwrap().0).contains("2500"))
    );
}

#[test]
fn the_fourth_of_february_paragraph_links_all_three() {
    let (c, r) = seeds();
    let tail = "في الأسبوعين السابقين لزيارة قاآني";
    let para = |a: usize, needle: &str| {
        c.articles[a]
            .paragraphs
            .iter()
            .position(|p| p.text.contains(needle))
            .unwrap()
    };
    let p0 = para(0, "منذ 4 فبراير/ شباط");
    let p1 = para(1, "ومنذ الرابع من فبراير/شباط");
    let p2 = para(2, "ومنذ الرابع من شباط");
    for (x, px, y, py) in [(0, p0, 1, p1), (0, p0, 2, p2), (1, p1, 2, p2)] {
        let l = find(&c, &r, (x, tail), (y, tail));
        let (sx, sy) = l.sides(x).unwrap();
        assert_eq!((sx.paragraph, sy.paragraph), (px, py));
    }
}

#[test]
fn the_commanders_quote_is_a_quote_link() {
    let (c, r) = seeds();
    let words = "كان من المستحيل إقناع كتائب حزب الله بوقف عملياتها العسكرية";
    let l = find(&c, &r, (1, "لكان من المستحيل"), (2, words));
    assert_eq!(l.kind, LinkKind::Quote);
    assert!(text(&c, &l.b).contains("بدون تدخّل قاآني المباشر"));
}

#[test]
fn qaanis_warning_is_a_short_quote_link() {
    // Seven words, all inside quotation marks on both sides: shorter than a passage of running
    // text may be, long enough for a quotation.
    let (c, r) = seeds();
    let words = "سفك الدماء الأمريكية يخاطر برد أمريكي عنيف";
    let l = find(
        &c,
        &r,
        (0, words),
        (2, "سفك الدماء الأميركية يُخاطر برد أميركي عنيف"),
    );
    assert_eq!((l.kind, l.words), (LinkKind::Quote, 7));
    assert_eq!(text(&c, &l.a), words);
}

#[test]
fn the_two_own_reports_link_only_to_each_other() {
    let (c, r) = seeds();
    for own in [3, 4] {
        let links: Vec<&Link> = r.links_of(own).collect();
        assert!(!links.is_empty());
        for l in links {
            let (_, other) = l.sides(own).unwrap();
            assert_eq!(other.article, 7 - own, "{own}: {}", text(&c, &other));
        }
    }
    // The background paragraph each reuses: ونفذت الميليشيات … / ونفذت الفصائل …
    let l = find(
        &c,
        &r,
        (3, "على الأهداف والمصالح الأمريكية"),
        (4, "على الأهداف والمصالح الأمريكية"),
    );
    assert!(
        c.articles[3].paragraphs[l.a.paragraph]
            .text
            .starts_with("ونفذت الميليشيات")
    );
    assert!(
        c.articles[4].paragraphs[l.b.paragraph]
            .text
            .starts_with("ونفذت الفصائل")
    );
    // The wire carriers never link to them.
    for wire in [0, 1, 2] {
        assert!(
            r.links_of(wire)
                .all(|l| l.sides(wire).unwrap().1.article < 3)
        );
    }
}

#[test]
fn labels_say_which_carry_the_wire() {
    let (_, r) = seeds();
    for a in [0, 1, 2] {
        let d = &r.derivations[a];
        assert_ne!(d.label, Label::Independent, "{a}: {d:?}");
        assert_eq!(d.agency.as_deref(), Some("رويترز"), "{a}");
        let others: Vec<usize> = d.shared.iter().map(|s| s.article).collect();
        let mut sorted = others.clone();
        sorted.sort();
        assert_eq!(
            sorted,
            [0, 1, 2]
                .into_iter()
                .filter(|&o| o != a)
                .collect::<Vec<_>>()
        );
    }
    // 001 is the Reuters report and little else; the other two add their own paragraphs.
    assert_eq!(r.derivations[1].label, Label::Wholly);
    for a in [3, 4] {
        let d = &r.derivations[a];
        assert_eq!(d.label, Label::Independent, "{a}: {d:?}");
        assert_eq!(d.agency, None);
        assert!(d.fraction > 0.0 && d.fraction < 0.2);
    }
}

#[test]
fn every_link_credits_the_agency_both_name_and_spans_whole_words() {
    let (c, r) = seeds();
    assert!(r.links.iter().any(|l| l.kind == LinkKind::Verbatim));
    for l in &r.links {
        let both_wire = l.a.article < 3 && l.b.article < 3;
        assert_eq!(l.agency.is_some(), both_wire, "{l:?}");
        assert!(l.a.article < l.b.article);
        for s in [l.a, l.b] {
            let t = text(&c, &s);
            let first = t.chars().next().unwrap();
            let last = t.chars().last().unwrap();
            assert!(first.is_alphanumeric(), "{t}");
            assert!(
                last.is_alphanumeric() || crate::text::normalize(&last.to_string()).text.is_empty(),
                "{t}"
            );
        }
        // Pieces cover the spans in order and start and end on equal words.
        assert!(l.pieces.first().unwrap().same && l.pieces.last().unwrap().same);
        assert_eq!(l.pieces[0].a.unwrap().0, l.a.start);
        assert_eq!(l.pieces.last().unwrap().b.unwrap().1, l.b.end);
    }
}

#[test]
fn boilerplate_is_never_compared() {
    // The same related-link headline in two articles is boilerplate there: no link.
    let mut corpus = Corpus::from_bodies(&[
        &[
            "سنتكوم تؤكد استهداف زعيم بحزب الله والعراق يدين الحادث تداعياته ستكون خطيرة جدا على المنطقة كلها",
        ],
        &[
            "سنتكوم تؤكد استهداف زعيم بحزب الله والعراق يدين الحادث تداعياته ستكون خطيرة جدا على المنطقة كلها",
        ],
    ]);
    assert_eq!(compare(&corpus).links.len(), 1);
    corpus.articles[1].paragraphs[0].kind = crate::corpus::ParagraphKind::Boilerplate;
    let r = compare(&corpus);
    assert!(r.links.is_empty());
    assert!(r.derivations.iter().all(|d| d.label == Label::Independent));
}

#[test]
fn the_earlier_article_is_the_candidate_original() {
    let text = "أعلنت وزارة الخارجية العراقية أمس التوصل إلى اتفاق مع الولايات المتحدة يقضي بإطلاق لجنة لتقييم الخطر";
    let mut corpus = Corpus::from_bodies(&[&[text], &[text], &["نص آخر لا علاقة له بالخبر"]]);
    let day = |d| chrono::NaiveDate::from_ymd_opt(2024, 1, d);
    corpus.articles[0].published = day(26);
    corpus.articles[1].published = day(25);
    let r = compare(&corpus);
    assert_eq!(r.derivations[0].original, Some(1));
    assert_eq!(r.derivations[0].shared[0].earlier, Some(true));
    assert_eq!(r.derivations[1].original, None);
    assert_eq!(r.derivations[1].label, Label::Wholly);
    assert_eq!(r.derivations[2].label, Label::Independent);
}

/// Four paragraphs of a made-up report, and three of another outlet's own.
const STORM: [&str; 4] = [
    "أعلنت وزارة الصحة في المدينة الساحلية ارتفاع عدد المصابين جراء العاصفة الثلجية إلى مئة وعشرين شخصا",
    "وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت ثلاثة ناجين من تحت أنقاض مبنى سكني منهار",
    "وأغلقت السلطات المحلية المدارس والجامعات والطرق الجبلية حتى إشعار آخر بسبب تراكم الثلوج الكثيفة",
    "وتوقعت هيئة الأرصاد الجوية استمرار هطول الأمطار الغزيرة على المرتفعات الشمالية طوال الأسبوع المقبل",
];
const OWN: [&str; 3] = [
    "زار مراسلنا القرى الجبلية المعزولة واستمع إلى شكاوى السكان من انقطاع الكهرباء ونقص الوقود والخبز",
    "ويقول مزارعون إن الصقيع أتلف محاصيل البرتقال والزيتون في السهول القريبة للمرة الثانية منذ سنوات",
    "ويطالب نواب المنطقة الحكومة بصرف تعويضات عاجلة للمتضررين وإعادة بناء الجسور التي جرفتها السيول",
];

#[test]
fn a_twin_is_the_original_whatever_the_dates_say() {
    // 0 and 1 are the same text (a page and its pasted copy); 0 has no date, 1 was published
    // after 2, which shares one paragraph with them. 1 copied 0, not 2.
    let other = [STORM[3], OWN[0], OWN[1], OWN[2]];
    let mut corpus = Corpus::from_bodies(&[&STORM[..], &STORM[..], &other[..]]);
    let day = |d| chrono::NaiveDate::from_ymd_opt(2024, 1, d);
    corpus.articles[1].published = day(26);
    corpus.articles[2].published = day(25);
    let r = compare(&corpus);
    assert_eq!(r.derivations[1].shared[0].earlier, None);
    assert_eq!(r.derivations[1].original, Some(0));
    // No date orders the twins: each names the other.
    assert_eq!(r.derivations[0].original, Some(1));
    // A twin published later is not the original.
    corpus.articles[0].published = day(27);
    let r = compare(&corpus);
    assert_eq!(r.derivations[1].original, Some(2));
    assert_eq!(r.derivations[0].original, Some(1));
}

#[test]
fn the_original_is_the_earlier_article_sharing_most() {
    // 2 carries three paragraphs of 1 and one of 0, both earlier: it copied 1.
    let carrier = [STORM[0], STORM[1], STORM[2], OWN[0]];
    let older = [STORM[2], OWN[1], OWN[2]];
    let mut corpus = Corpus::from_bodies(&[&older[..], &STORM[..], &carrier[..]]);
    let day = |d| chrono::NaiveDate::from_ymd_opt(2024, 1, d);
    corpus.articles[0].published = day(20);
    corpus.articles[1].published = day(24);
    corpus.articles[2].published = day(26);
    let r = compare(&corpus);
    assert_eq!(r.derivations[2].original, Some(1));
    assert_eq!(r.derivations[1].original, Some(0));
}
