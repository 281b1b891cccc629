//! Paragraph kinds: title, body, meta (dateline, byline, source line) or boilerplate (related
//! links, tag lines, tickers, prompts, navigation, copyright, an unrelated article appended at
//! the end). Rules look at markers, line shape, position and neighbouring lines — never at one
//! site's sentences. Nothing is deleted: the reader shows boilerplate dimmed on request.

use super::datelines::dateline;
use super::dates::date_in;
use super::furniture::{is_furniture_line, mark_teaser_dates, mark_trailing_teaser};
use super::lines::Line;
use super::markers::Marker;
use super::meta::source_line;
use super::openers::opens_sentence;
use crate::corpus::ParagraphKind::{self, Body, Boilerplate, Meta, Title};

/// How many leading lines may hold the headline.
const HEAD_ZONE: usize = 8;

/// A lone headline-shaped line of at most this many words between body paragraphs is the
/// article's own subheading; longer ones are other articles' headlines.
const SUBHEAD_WORDS: usize = 8;

/// A related-links header this far into the text (share of characters) closes the article.
const LATE_RELATED: f64 = 0.75;

/// Share of the text's characters before each line.
fn positions(lines: &[Line]) -> Vec<f64> {
    let total: usize = lines.iter().map(|l| l.text.len()).sum::<usize>().max(1);
    let mut seen = 0;
    lines
        .iter()
        .map(|l| {
            let p = seen as f64 / total as f64;
            seen += l.text.len();
            p
        })
        .collect()
}

/// Lines that end a related-links block: anything with a marker, a source line, a dateline.
fn is_signal(line: &Line) -> bool {
    line.marker.is_some() || source_line(line).is_some() || dateline(line).is_some()
}

/// The kind of every line of text a page's structure already chose as the article: only the
/// line's own marks count (a marker such as a tag line or a copyright, a dateline, a source
/// line), not its position — the structure has already told the article from the page.
pub fn classify_chosen(lines: &[Line]) -> Vec<ParagraphKind> {
    lines
        .iter()
        .map(|l| match l.marker {
            Some(Marker::Nav) if l.words.len() > 8 => Body,
            Some(Marker::Ticker) if l.words.len() > 2 => Body,
            Some(_) => Boilerplate,
            None if source_line(l).is_some() || dateline(l).is_some() => Meta,
            None => Body,
        })
        .collect()
}

/// The kind of every line, and the index of the headline if there is one.
pub fn classify(lines: &[Line]) -> (Vec<ParagraphKind>, Option<usize>) {
    let n = lines.len();
    let at = positions(lines);
    let mut kinds = vec![Body; n];
    let mut end_of_article: Option<usize> = None;
    let position = |i: usize| at.get(i).copied().unwrap_or(0.0);
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        match line.marker {
            Some(Marker::Related) => {
                set(&mut kinds, i, Boilerplate);
                if position(i) >= LATE_RELATED {
                    end_of_article.get_or_insert(i);
                }
                // The block of headline-like lines after the header (links, bullets).
                let mut j = i + 1;
                while lines
                    .get(j)
                    .is_some_and(|l| l.headline_like() && !is_signal(l))
                {
                    set(&mut kinds, j, Boilerplate);
                    j += 1;
                }
                i = j;
                continue;
            }
            // `عاجل: زلزال يضرب تركيا` over the page's own headline: a ticker's item. (Alone,
            // over an outlet or a date line, it may be the headline itself: kept.)
            Some(Marker::Ticker)
                if line.text.chars().take(12).any(|c| matches!(c, ':' | '|'))
                    && lines
                        .get(i + 1)
                        .is_some_and(|n| n.headline_like() && n.words.len() >= 4) =>
            {
                set(&mut kinds, i, Boilerplate);
            }
            Some(Marker::Ticker) if line.words.len() <= 2 => {
                set(&mut kinds, i, Boilerplate);
                if lines.get(i + 1).is_some_and(Line::headline_like) {
                    set(&mut kinds, i + 1, Boilerplate);
                    i += 1;
                }
            }
            Some(Marker::Nav) if line.words.len() <= 8 => set(&mut kinds, i, Boilerplate),
            Some(Marker::Tags | Marker::Follow | Marker::Media) => {
                set(&mut kinds, i, Boilerplate);
                end_of_article.get_or_insert(i);
            }
            Some(Marker::Share) => set(&mut kinds, i, Boilerplate),
            Some(Marker::End) => {
                set(&mut kinds, i, Boilerplate);
                end_of_article.get_or_insert(i);
            }
            _ if is_furniture_line(line) => set(&mut kinds, i, Boilerplate),
            _ => {
                if source_line(line).is_some() {
                    set(&mut kinds, i, Meta);
                    end_of_article.get_or_insert(i);
                } else if dateline(line).is_some() {
                    set(&mut kinds, i, Meta);
                }
            }
        }
        i += 1;
    }
    // Page furniture: whatever follows the article's closing lines (source, tags, copyright,
    // prompts) in the second half of the page, such as an unrelated article appended after a
    // related-links header.
    if let Some(e) = end_of_article.filter(|&e| position(e) >= 0.5) {
        for k in kinds.iter_mut().skip(e + 1) {
            if *k == Body {
                *k = Boilerplate;
            }
        }
    }
    mark_captions_and_repeats(lines, &mut kinds);
    mark_bylines(lines, &mut kinds);
    mark_menus(lines, &mut kinds);
    let title = find_title(lines, &mut kinds);
    mark_teasers(lines, &mut kinds, title);
    mark_teaser_dates(lines, &mut kinds, title);
    mark_trailing_teaser(lines, &mut kinds, title);
    (kinds, title)
}

/// Give line `i` the kind `kind` (`i` is always a line's index; one past the end is ignored).
fn set(kinds: &mut [ParagraphKind], i: usize, kind: ParagraphKind) {
    if let Some(k) = kinds.get_mut(i) {
        *k = kind;
    }
}

/// An image caption followed by the same text with its credit glued on (`…قاآنيرويترز`), and
/// exact repeats of an earlier line (a headline printed twice).
fn mark_captions_and_repeats(lines: &[Line], kinds: &mut [ParagraphKind]) {
    for (i, line) in lines.iter().enumerate() {
        let t = &line.text;
        if let Some(next) = lines.get(i + 1).map(|l| &l.text) {
            let extra = next
                .strip_prefix(t.as_str())
                .map(|s| s.split_whitespace().count());
            if next != t && extra.is_some_and(|w| w <= 2) && line.headline_like() {
                set(kinds, i, Boilerplate);
                set(kinds, i + 1, Boilerplate);
            }
        }
        if kinds.get(i) == Some(&Body) && lines.iter().take(i).any(|l| l.text == *t) {
            set(kinds, i, Boilerplate);
        }
    }
}

/// A site label (`موقع X:`) or byline (`X- بغداد`) among the first lines.
fn mark_bylines(lines: &[Line], kinds: &mut [ParagraphKind]) {
    for (l, kind) in lines.iter().zip(kinds.iter_mut()).take(HEAD_ZONE) {
        let t = l.text.trim();
        let byline = l.words.len() <= 4 && !l.sentence_end && (t.ends_with(':') || is_byline(t));
        if *kind == Body && byline {
            *kind = Meta;
        }
    }
}

/// Lines in a row that make a menu (or a share bar): at least this many.
const MENU_RUN: usize = 3;

/// A menu pasted one item a line (`الرئيسية`, `أخبار`, `سياسة`…, or `شارك`, `فيسبوك`,
/// `تويتر`): a run of short lines — one or two words each, no sentence punctuation, no date —
/// wherever it stands and however long. Its lines are page furniture, so the headline is
/// looked for after it.
fn mark_menus(lines: &[Line], kinds: &mut [ParagraphKind]) {
    let body: Vec<bool> = kinds.iter().map(|k| *k == Body).collect();
    let item = |i: usize| {
        body.get(i) == Some(&true)
            && lines.get(i).is_some_and(|l| {
                (1..=2).contains(&l.words.len())
                    && !l.sentence_end
                    && !l.question
                    && !l.text.trim().ends_with(':')
                    && date_in(&l.text).is_none()
                    && dateline(l).is_none()
            })
    };
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len()).take_while(|&k| item(k)).count();
        if run >= MENU_RUN {
            for k in i..i + run {
                set(kinds, k, Boilerplate);
            }
        }
        i += run.max(1);
    }
}

/// `X- بغداد`, `X – بغداد`: a name, a dash touching a space, a place.
fn is_byline(t: &str) -> bool {
    ["- ", " -", "– ", " –"].iter().any(|d| {
        t.split_once(d)
            .is_some_and(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
    })
}

/// The headline: the first headline-shaped line near the top. Short labels before it
/// (section names) are page furniture.
fn find_title(lines: &[Line], kinds: &mut [ParagraphKind]) -> Option<usize> {
    let is_body = |i: usize| kinds.get(i) == Some(&Body);
    let words = |i: usize| lines.get(i).map_or(0, |l| l.words.len());
    let first_body = (0..lines.len()).find(|&i| is_body(i))?;
    // The head zone counts the lines still read as text: a site menu already marked above the
    // headline (ten section names) does not push the headline out of it.
    let title = (first_body..lines.len())
        .filter(|&i| is_body(i))
        .take(HEAD_ZONE)
        .find(|&i| lines.get(i).is_some_and(Line::headline_like) && words(i) >= 4)
        .filter(|&i| (first_body..i).all(|k| !is_body(k) || words(k) <= 3))
        .or_else(|| short_headline_on_top(lines, kinds))?;
    // No body paragraph may come before the headline.
    for k in kinds.iter_mut().take(title).skip(first_body) {
        if *k == Body {
            *k = Boilerplate;
        }
    }
    set(kinds, title, Title);
    Some(title)
}

/// A headline of two or three words (`يوفنتوس .. سوبر «صيني»`) is taken only where nothing else
/// could be: the text's very first line, followed by the article itself — at once, or after
/// one line of at most three words (the outlet's name or the date) — whose first paragraph is a
/// sentence of ten words or more. A menu's first item is followed by more short lines.
fn short_headline_on_top(lines: &[Line], kinds: &[ParagraphKind]) -> Option<usize> {
    let first = lines.first()?;
    let words = |i: usize| lines.get(i).map_or(0, |l| l.words.len());
    let long_sentence = |i: usize| words(i) >= 10 && kinds.get(i) != Some(&Boilerplate);
    let ok = kinds.first() == Some(&Body)
        && first.headline_like()
        && (2..=3).contains(&first.words.len())
        && first.marker.is_none()
        && (long_sentence(1) || (words(1) <= 3 && long_sentence(2)));
    ok.then_some(0)
}

/// Share of long paragraphs (at least this many words) that must end with a full stop before
/// a missing one says anything: some sources drop every final full stop.
const LONG_WORDS: usize = 10;
const PUNCTUATED_SHARE: f64 = 0.5;

/// Whether the page ends its long paragraphs with sentence punctuation, so that a paragraph
/// without it stands out.
fn punctuated(lines: &[Line]) -> bool {
    let long: Vec<&Line> = lines
        .iter()
        .filter(|l| l.words.len() >= LONG_WORDS)
        .collect();
    let ended = long.iter().filter(|l| l.sentence_end || l.question).count();
    !long.is_empty() && ended as f64 >= PUNCTUATED_SHARE * long.len() as f64
}

/// Headlines of other articles embedded between body paragraphs: a run of two or more
/// headline-shaped lines, a lone one longer than a subheading, or a teaser question. Only on
/// pages that punctuate their paragraphs, and never a line that opens like a report sentence
/// (`وقال`, `من جهته`): those are body paragraphs that lost their full stop.
fn mark_teasers(lines: &[Line], kinds: &mut [ParagraphKind], title: Option<usize>) {
    if !punctuated(lines) {
        return;
    }
    let start = title.map_or(0, |t| t + 1);
    let flags: Vec<bool> = lines
        .iter()
        .zip(kinds.iter())
        .enumerate()
        .map(|(i, (l, &kind))| {
            i >= start
                && kind == Body
                && l.headline_like()
                && l.words.len() >= 4
                && !opens_sentence(l)
        })
        .collect();
    let flag = |i: Option<usize>| i.and_then(|i| flags.get(i)).copied().unwrap_or(false);
    for (i, (l, kind)) in lines.iter().zip(kinds.iter_mut()).enumerate() {
        if !flag(Some(i)) {
            continue;
        }
        let in_run = flag(i.checked_sub(1)) || flag(Some(i + 1));
        if in_run || l.words.len() > SUBHEAD_WORDS || l.question {
            *kind = Boilerplate;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_of(text: &[&str]) -> Vec<ParagraphKind> {
        let lines: Vec<Line> = text.iter().map(|t| Line::new(t)).collect();
        classify(&lines).0
    }

    const P1: &str = "أعلنت وزارة الصحة في بيان رسمي اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية لتخفيف الضغط عن المراكز القائمة.";
    const P2: &str = "وأوضح البيان أن المستشفيات الجديدة تضم أكثر من خمسمئة سرير وأقساما متخصصة للأطفال والطوارئ والعناية المركزة.";
    const P3: &str = "ويأتي ذلك في إطار خطة حكومية أوسع لتحسين الخدمات الصحية في المناطق التي عانت طويلا من نقص الكوادر والتجهيزات.";

    #[test]
    fn embedded_headlines_of_other_articles_are_boilerplate() {
        let k = kinds_of(&[
            P1,
            P2,
            "ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة هذا العام",
            P3,
        ]);
        assert_eq!(k, vec![Body, Body, Boilerplate, Body]);
    }

    #[test]
    fn body_paragraph_without_full_stop_stays_body() {
        let k = kinds_of(&[
            P1,
            P2,
            "وقال مدير الصحة في المحافظة إن العمل سيبدأ فيها مطلع الشهر المقبل بعد استكمال التجهيزات",
            "من جهته رأى نقيب الأطباء أن الخطوة مهمة لكنها تحتاج إلى كوادر مدربة",
            P3,
        ]);
        assert_eq!(k, vec![Body; 5]);
    }

    #[test]
    fn unpunctuated_source_keeps_its_body() {
        let strip = |s: &str| s.trim_end_matches('.').to_string();
        let (a, b, c) = (strip(P1), strip(P2), strip(P3));
        let k = kinds_of(&[&a, &b, &c]);
        assert!(k.iter().all(|k| *k != Boilerplate), "{k:?}");
    }

    #[test]
    fn a_short_headline_on_top_of_the_article_is_the_title() {
        let body =
            "توج يوفنتوس بلقب كأس السوبر الإيطالية لكرة القدم للمرة الثالثة في آخر أربعة مواسم.";
        let k = kinds_of(&["يوفنتوس .. سوبر «صيني»", "الاقتصادية", body]);
        assert_eq!(k.first(), Some(&Title), "{k:?}");
        let k = kinds_of(&["سوبر «صيني»", body]);
        assert_eq!(k.first(), Some(&Title), "{k:?}");
        // A menu's first item is not: more short lines follow it.
        let k = kinds_of(&["أخبار العالم", "رياضة", "اقتصاد", body]);
        assert_ne!(k.first(), Some(&Title), "{k:?}");
    }

    #[test]
    fn a_long_menu_above_the_headline_does_not_hide_it() {
        let body = "استقبل ولي العهد الرئيس الفرنسي في قصر اليمامة بالرياض وبحثا العلاقات الثنائية بين البلدين.";
        let mut text = vec!["تخطى إلى المحتوى الرئيسي", "العربية"];
        text.extend([
            "الرئيسية",
            "السعودية",
            "الخليج",
            "العالم",
            "اقتصاد",
            "رياضة",
            "منوعات",
            "بث مباشر",
        ]);
        text.extend(["ولي العهد يستقبل الرئيس الفرنسي في الرياض", body, body]);
        let k = kinds_of(&text);
        assert_eq!(k.get(10), Some(&Title), "{k:?}");
        assert_eq!(
            k.first(),
            Some(&Boilerplate),
            "a skip link is navigation: {k:?}"
        );
    }

    #[test]
    fn a_ticker_item_over_the_headline_is_not_the_title() {
        let body = "قال مسؤولون إن القمة الطارئة للجامعة العربية ستعقد في القاهرة يوم الأحد المقبل لبحث الأزمة.";
        let k = kinds_of(&[
            "عاجل: زلزال بقوة 6 درجات يضرب تركيا",
            "مصر تستضيف قمة طارئة للجامعة العربية",
            body,
            body,
        ]);
        assert_eq!(k.first(), Some(&Boilerplate), "{k:?}");
        assert_eq!(k.get(1), Some(&Title), "{k:?}");
        // Over a sentence, a breaking headline is the headline.
        let k = kinds_of(&["عاجل: زلزال بقوة 6 درجات يضرب تركيا", body, body]);
        assert_eq!(k.first(), Some(&Title), "{k:?}");
    }

    #[test]
    fn banners_menus_gallery_labels_and_numbers_are_never_the_title() {
        let lines: Vec<Line> = [
            "مرحبا بك في موقع الرافدين الإخباري، تابع آخر الأخبار",
            "الرئيسية | سياسة | اقتصاد | رياضة",
            "Image 1 from gallery",
            "1",
            "مساعٍ عراقية لمنع التصعيد العسكري بين الميليشيات والجانب الأمريكي",
            P1,
        ]
        .iter()
        .map(|t| Line::new(t))
        .collect();
        let (k, title) = classify(&lines);
        assert_eq!(title, Some(4));
        assert_eq!(&k[..4], &[Boilerplate; 4]);
    }

    #[test]
    fn short_subheading_stays_content() {
        let k = kinds_of(&[P1, P2, "خطة للسنوات المقبلة", P3]);
        assert_eq!(k[2], Body);
    }
}
