//! Page furniture a pasted page keeps, told by its shape wherever it stands: a welcome
//! banner, a menu line, a gallery label, a number alone, a site's clock and weather header,
//! the timestamps a related list prints under its stories, and another article's teaser
//! pasted after the article. Split from `classify.rs`,
//! which asks these questions of every line.

use super::datelines::dateline_of;
use super::dates::date_in;
use super::lines::Line;
use super::meta::banner;
use crate::corpus::ParagraphKind::{self, Body, Boilerplate, Meta};

/// Lines that are page furniture by their shape, wherever they stand: a welcome banner, a
/// menu (`الرئيسية | سياسة | اقتصاد`), a gallery label (`Image 1 from gallery`), a number alone
/// (a counter, a page number).
pub(super) fn is_furniture_line(line: &Line) -> bool {
    let t = line.text.trim();
    if t.chars().all(|c| c.is_numeric() || c.is_whitespace()) {
        return true;
    }
    if banner(line).is_some() {
        return true;
    }
    let segments: Vec<&str> = t
        .split(['|', '•', '·'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if segments.len() >= 3 && segments.iter().all(|s| s.split_whitespace().count() <= 3) {
        return true;
    }
    if clock_and_weather(line) {
        return true;
    }
    let first = line.words.first().map(String::as_str);
    let media = matches!(first, Some("image" | "photo" | "صوره" | "الصوره" | "فيديو"));
    media && line.words.len() <= 6 && t.chars().any(|c| c.is_numeric())
}

/// Words a site's clock and weather header may have (`الخميس 18 أبريل 2024 7:27 ص القاهرة
/// القاهرة 24°`: the day, the time, the city chosen twice, the temperature).
const CLOCK_WORDS: usize = 14;

/// A site's clock and weather header pasted with the page: a temperature (`24°`, `31 °C`)
/// beside a date or a time, or on a line of at most four words (`القاهرة 24°`), and no
/// sentence. The day it shows is the day the page was read, not the article's.
fn clock_and_weather(line: &Line) -> bool {
    let t = line.text.as_str();
    if !t.contains(['°', 'º']) {
        return false;
    }
    let chars: Vec<char> = t.chars().collect();
    let temperature = chars.iter().enumerate().any(|(i, &c)| {
        matches!(c, '°' | 'º')
            && chars
                .get(..i)
                .and_then(|before| before.iter().rev().find(|c| **c != ' '))
                .is_some_and(|c| c.is_numeric())
    });
    let time = chars
        .windows(4)
        .any(|w| matches!(w, [a, ':', b, c] if a.is_numeric() && b.is_numeric() && c.is_numeric()));
    let dated = time || date_in(t).is_some();
    temperature
        && !line.sentence_end
        && line.words.len() <= CLOCK_WORDS
        && (dated || line.words.len() <= 4)
}

/// A bare date or time line (`22:22 - 2026/02/16`) right after page furniture, once the
/// article has begun under its headline: the timestamp a related list prints under each of
/// its stories, not the article's date line. A labelled line (`تاريخ النشر`) stays meta.
pub(super) fn mark_teaser_dates(lines: &[Line], kinds: &mut [ParagraphKind], title: Option<usize>) {
    let start = title.map_or(0, |t| t + 1);
    let mut begun = false;
    for i in start..lines.len() {
        let kind = kinds.get(i).copied();
        begun |= kind == Some(Body);
        let after_furniture = i > 0 && kinds.get(i - 1) == Some(&Boilerplate);
        let bare = || {
            lines
                .get(i)
                .and_then(dateline_of)
                .is_some_and(|d| !d.labelled)
        };
        if begun && kind == Some(Meta) && after_furniture && bare() {
            set(kinds, i, Boilerplate);
        }
    }
}

/// Most paragraphs an appended teaser's excerpt runs to.
const TEASER_EXCERPT_PARAGRAPHS: usize = 2;

/// Another article's teaser pasted after the article, at the very end of the page: a
/// headline the page's furniture rules already took for another article's (a teaser
/// question, a run of headlines), then a paragraph or two of that article's opening, cut by
/// the site with an ellipsis (`...`, `…`) and nothing after it. The excerpt is furniture like
/// its headline. An article's own last paragraph does not sit under such a headline, and a
/// paste cut short ends mid-word, not with the site's ellipsis.
pub(super) fn mark_trailing_teaser(
    lines: &[Line],
    kinds: &mut [ParagraphKind],
    title: Option<usize>,
) {
    let Some(last) = lines.len().checked_sub(1) else {
        return;
    };
    let cut = lines.get(last).is_some_and(|l| {
        let t = l.text.trim_end();
        t.ends_with("...") || t.ends_with('…')
    });
    if !cut || kinds.get(last) != Some(&Body) {
        return;
    }
    // Back over the excerpt to the headline above it.
    let Some(head) = (0..last).rev().find(|&i| kinds.get(i) != Some(&Body)) else {
        return;
    };
    let start = title.map_or(0, |t| t + 1);
    let begun = kinds.get(start..head).is_some_and(|k| k.contains(&Body));
    let headline =
        kinds.get(head) == Some(&Boilerplate) && lines.get(head).is_some_and(Line::headline_like);
    if last - head <= TEASER_EXCERPT_PARAGRAPHS && head >= start && begun && headline {
        for i in head + 1..=last {
            set(kinds, i, Boilerplate);
        }
    }
}

/// Give line `i` the kind `kind` (one past the end is ignored).
fn set(kinds: &mut [ParagraphKind], i: usize, kind: ParagraphKind) {
    if let Some(k) = kinds.get_mut(i) {
        *k = kind;
    }
}

#[cfg(test)]
mod tests {
    use super::super::classify::classify;
    use super::*;

    const P1: &str = "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم صغار المزارعين في المحافظات الشمالية بقروض ميسرة.";
    const P2: &str =
        "وأوضحت الوزارة في بيانها أن الخطة تشمل توزيع البذور والأسمدة مجانا على الأسر الأكثر حاجة.";

    fn kinds_of(text: &[&str]) -> Vec<ParagraphKind> {
        let lines: Vec<Line> = text.iter().map(|t| Line::new(t)).collect();
        classify(&lines).0
    }

    #[test]
    fn a_clock_and_weather_header_is_furniture_not_a_date_line() {
        let k = kinds_of(&[
            "الوزارة تطلق خطة لدعم صغار المزارعين",
            "السبت 3 مايو 2025 9:15 ص عمان عمان 18°",
            P1,
            P2,
        ]);
        assert_eq!(k, vec![ParagraphKind::Title, Boilerplate, Body, Body]);
        for (text, furniture) in [
            ("الرباط 22 °C", true),
            ("الأحد 10:05 م دمشق 31º", true),
            // A sentence with a temperature is the story's.
            ("وبلغت درجة الحرارة في المدينة 48° يوم الأحد 10:05 م.", false),
            ("الخميس 18 أبريل 2024 7:27 ص", false),
        ] {
            assert_eq!(is_furniture_line(&Line::new(text)), furniture, "{text}");
        }
    }

    #[test]
    fn timestamps_under_related_stories_are_furniture() {
        let k = kinds_of(&[
            "الوزارة تطلق خطة لدعم صغار المزارعين",
            "2025/05/03 - 09:15",
            P1,
            P2,
            "تعليقات الفيسبوك",
            "في نفس السياق",
            "افتتاح سوق شعبي جديد في وسط المدينة بمشاركة عشرات الحرفيين من القرى",
            "14:20 - 2026/01/12",
            "ارتفاع أسعار الخضار في الأسواق مع بداية فصل الشتاء وتراجع المعروض",
            "11:02 - 2026/01/12",
        ]);
        assert_eq!(k.get(1), Some(&Meta), "the article's own date line: {k:?}");
        assert_eq!(&k[2..4], &[Body, Body], "{k:?}");
        assert!(k[4..].iter().all(|k| *k == Boilerplate), "{k:?}");
    }

    #[test]
    fn a_teaser_cut_with_an_ellipsis_after_the_article_is_furniture() {
        let teaser =
            "وتساءل الكاتب في مقاله عن مستقبل الزراعة في البلاد، وعن دور الشباب في إحياء الأرض ...";
        let k = kinds_of(&[
            "الوزارة تطلق خطة لدعم صغار المزارعين",
            P1,
            P2,
            "هل ما زال الفلاح يثق في وعود الحكومات؟",
            teaser,
        ]);
        assert_eq!(&k[1..3], &[Body, Body], "{k:?}");
        assert_eq!(&k[3..], &[Boilerplate, Boilerplate], "{k:?}");
        // Without the site's ellipsis, or with no headline above it, the paragraph is the
        // article's own.
        let own =
            "وتساءل الكاتب في مقاله عن مستقبل الزراعة في البلاد، وعن دور الشباب في إحياء الأرض.";
        let k = kinds_of(&[
            "الوزارة تطلق خطة لدعم صغار المزارعين",
            P1,
            P2,
            "هل ما زال الفلاح يثق في وعود الحكومات؟",
            own,
        ]);
        assert_eq!(k.last(), Some(&Body), "{k:?}");
        let k = kinds_of(&["الوزارة تطلق خطة لدعم صغار المزارعين", P1, P2, teaser]);
        assert_eq!(k.last(), Some(&Body), "{k:?}");
    }

    #[test]
    fn a_report_sentence_opening_like_a_related_header_stays_body() {
        let k = kinds_of(&[
            "الوزارة تطلق خطة لدعم صغار المزارعين",
            P1,
            "وفي نفس السياق، قال وزير المالية إن الحكومة خصصت مليار دينار للخطة.",
            "في نفس السياق، أكد المتحدث أن التوزيع يبدأ الشهر المقبل في كل المحافظات.",
            P2,
        ]);
        assert!(k[1..].iter().all(|k| *k == Body), "{k:?}");
    }
}
