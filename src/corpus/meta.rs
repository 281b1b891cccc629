//! Article metadata from plain text: the outlet from signature lines, the publication date
//! from a dateline. Rules are about the shapes such lines take on Arabic news pages.

use chrono::NaiveDate;

use super::copyright::copyright_holder;
use super::dates::date_in;
use super::lines::Line;
use super::markers::{Marker, outlet_of};
use crate::text::normalize;

/// Words that open a publication or update line (`نشر في`, `آخر تحديث`, `Published`),
/// normalized. A labelled line may be longer than a bare dateline.
const PUBLISHED_LABELS: &[&str] = &[
    "نشر",
    "تم النشر",
    "تاريخ النشر",
    "published",
    "posted",
    "date",
    "publié le",
    "publiziert am",
    "veröffentlicht am",
    "publicado el",
    "pubblicato il",
];
const UPDATED_LABELS: &[&str] = &[
    "اخر تحديث",
    "تحديث",
    "تم التحديث",
    "updated",
    "last updated",
    "mis à jour le",
    "aktualisiert am",
    "actualizado el",
];

/// Words that open a byline after a publication label (`Posted by NAME on DATE`, `نشر بواسطة
/// X في DATE`): the date may then come a few names later.
const BY_WORDS: &[&str] = &["by", "بواسطة", "par", "von", "por"];

/// Words after a label in which its date must start; after a by-word, a few names more.
const LABEL_DATE_WORDS: usize = 4;
const BYLINE_DATE_WORDS: usize = 9;

/// Words of a byline's name a label may follow inside a line.
const LABEL_AFTER_WORDS: usize = 5;

/// Letters an unlabelled date line may have: ten words of a long date in Arabic letters fit.
const DATELINE_LETTERS: usize = 60;

/// Words a labelled date line may have.
const LABELLED_WORDS: usize = 16;

/// What a dateline says: the date, and whether it is an update rather than the publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    pub date: NaiveDate,
    pub update: bool,
    /// Opened by a publication or update label (`نشر في`, `Published`), not a bare date.
    pub labelled: bool,
}

/// The date of a dateline such as `12:13 - 18/02/2024`, `26 يناير 2024، 8:03 م`,
/// `2024-02-18T10:00`, `نشر :  12:30 2020-10-07|`, `آخر تحديث: …`: a short line that is mostly
/// a date (and a time, a section label), or a line opening with a publication or update label.
pub fn dateline(line: &Line) -> Option<NaiveDate> {
    dateline_of(line).map(|d| d.date)
}

/// [`dateline`], telling a publication line from an update line.
pub fn dateline_of(line: &Line) -> Option<Dateline> {
    if line.words.len() > LABELLED_WORDS {
        return None;
    }
    let norm = normalize(&line.text).text;
    // A label, then (after `:`, `في`, a dash) the date itself within a few words: `نشر الجيش
    // قواته` is a sentence, not a label. The label opens the line or follows a byline's name
    // (`Von Moritz Bachmann publiziert am 25. September 2018`); the first label found tells a
    // publication line from an update line.
    let dated = |rest: &str| {
        let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ":|-–".contains(c));
        let rest = rest.strip_prefix("في ").unwrap_or(rest);
        let by = rest
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(':'))
            .is_some_and(|w| BY_WORDS.iter().any(|b| normalize(b).text == w));
        let within = if by {
            BYLINE_DATE_WORDS
        } else {
            LABEL_DATE_WORDS
        };
        let head: Vec<&str> = rest.split_whitespace().take(within).collect();
        date_in(&head.join(" ")).is_some()
    };
    let word_starts = std::iter::once(0).chain(
        norm.char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, c)| i + c.len_utf8())
            .take(LABEL_AFTER_WORDS),
    );
    let mut label = None;
    for at in word_starts {
        let Some(from) = norm.get(at..) else { continue };
        let found = |labels: &[&str]| {
            labels.iter().any(|l| {
                // Inside a line, a whole word and never the bare `date`.
                let inside_ok = at == 0 || *l != "date";
                from.strip_prefix(l).is_some_and(|rest| {
                    let whole = at == 0 || !rest.starts_with(char::is_alphanumeric);
                    inside_ok && whole && dated(rest)
                })
            })
        };
        if found(UPDATED_LABELS) {
            label = Some(true);
        } else if found(PUBLISHED_LABELS) {
            label = Some(false);
        }
        if label.is_some() {
            break;
        }
    }
    let update = label == Some(true);
    let labelled = label.is_some();
    // Ten words at most; and few letters, for scripts written without spaces (a Chinese
    // paragraph is one "word" and may open with its date): a Han, kana or Hangul character
    // weighs as much as a short word's letters.
    let letters: usize = line
        .text
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| if east_asian_letter(c) { 3 } else { 1 })
        .sum();
    if !labelled && (line.words.len() > 10 || letters > DATELINE_LETTERS) {
        return None;
    }
    let date = date_in(&line.text)?;
    // Mostly a date: few words that are not digits, times, month names or am/pm.
    let other = norm
        .split(|c: char| c.is_whitespace() || "،,|()[]".contains(c))
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()) && t.chars().count() > 1)
        .count();
    (labelled || other <= 5).then_some(Dateline {
        date,
        update,
        labelled,
    })
}

/// A Han, kana or Hangul character (a syllable or a word, not a letter).
fn east_asian_letter(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// A date opening a lede (`الأحد 1 نوفمبر/تشرين الثاني 2020 - قالت …`): looked for in its first
/// words only, so a date in the story's prose is not the publication date.
pub fn lede_date(line: &Line) -> Option<NaiveDate> {
    let head: Vec<&str> = line.text.split_whitespace().take(LEDE_DATE_WORDS).collect();
    date_in(&head.join(" "))
}

/// The date an embedded post's signature line gives (`— وزارة الخارجية (@MofaIraq) November
/// 1, 2020`, as a pasted tweet ends): a dash, a name, a bracketed `@handle`, then the date.
/// Weaker than any dateline or lede date: the post may be older than the article.
pub fn embed_date(line: &Line) -> Option<NaiveDate> {
    if line.words.len() > LABELLED_WORDS {
        return None;
    }
    let rest = line.text.trim_start().strip_prefix(['—', '–', '-'])?;
    let (_, after) = rest.split_once("(@")?;
    let (_, date) = after.split_once(')')?;
    date_in(date)
}

/// How many opening words of a lede may hold its date.
const LEDE_DATE_WORDS: usize = 7;

/// The outlet named by the page's signature lines. Looked for, in order: a source line
/// (`المصدر: X`), a site label as the first line (`X:`), a welcome banner (`مرحبا بك في موقع X
/// الإخباري`), a byline (`X- بغداد`) or a dateline naming the outlet after the city (`بغداد –
/// X:`), a line that is a known outlet's name or domain, a copyright line (`© 2024 X`), a
/// domain written in the text.
pub fn outlet(lines: &[Line]) -> Option<String> {
    if let Some(s) = lines.iter().rev().find_map(source_line) {
        return Some(s);
    }
    if let Some(first) = lines.first() {
        let t = first.text.trim();
        if t.ends_with(':') && first.words.len() <= 4 {
            let name = t.trim_end_matches(':').trim();
            return Some(display(name));
        }
    }
    if let Some(b) = lines.iter().take(HEAD_LINES).find_map(banner) {
        return Some(b);
    }
    for l in lines.iter().take(HEAD_LINES) {
        if let Some(o) = city_dateline(&l.text) {
            return Some(o);
        }
    }
    for l in lines.iter().filter(|l| l.words.len() <= 4) {
        if let Some((name, _)) = l.text.split_once(['-', '–'])
            && let Some(o) = outlet_of(name.trim(), false)
        {
            return Some(o.to_string());
        }
    }
    // A known outlet's name on a line of its own — not inside a menu (a run of short lines,
    // where `الشرق الأوسط` is a section label).
    let short = |i: usize| lines.get(i).is_some_and(|l| l.words.len() <= 3);
    for (i, l) in lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.words.len() <= 3 && !l.sentence_end)
    {
        let in_menu = (i > 0 && short(i - 1)) && short(i + 1);
        if in_menu {
            continue;
        }
        let multiword = l.words.len() >= 2 || l.text.contains('.');
        if let Some(o) = outlet_of(&l.text, false).filter(|_| multiword) {
            return Some(o.to_string());
        }
    }
    let ends: Vec<&Line> = lines
        .iter()
        .filter(|l| l.marker == Some(Marker::End))
        .collect();
    if let Some(o) = ends.iter().find_map(|l| outlet_of(&l.text, true)) {
        return Some(o.to_string());
    }
    ends.iter()
        .find_map(|l| copyright_holder(&l.text))
        .or_else(|| lines.iter().find_map(|l| domain_in(&l.text)))
}

/// Lines from the top where a banner or a city dateline may name the outlet.
const HEAD_LINES: usize = 6;

/// Words an outlet's name found in text may have.
pub(super) const NAME_WORDS: usize = 4;

/// A known outlet's display spelling, or the name as found.
pub fn display(name: &str) -> String {
    outlet_of(name, false).map_or_else(|| name.to_string(), str::to_string)
}

/// `مرحبا بك في موقع X الإخباري …`, `أهلا بكم في X`: the site's welcome banner.
pub fn banner(line: &Line) -> Option<String> {
    let norm = normalize(&line.text).text;
    let rest = [
        "مرحبا بك في ",
        "مرحبا بكم في ",
        "اهلا بك في ",
        "اهلا بكم في ",
        "welcome to ",
    ]
    .iter()
    .find_map(|p| norm.strip_prefix(p))?;
    // The same words in the original spelling: skip as many words as the greeting had.
    let skip = norm
        .split_whitespace()
        .count()
        .saturating_sub(rest.split_whitespace().count());
    let words: Vec<&str> = line.text.split_whitespace().skip(skip).collect();
    let words: Vec<&str> = words
        .iter()
        .skip_while(|w| matches!(normalize(w).text.as_str(), "موقع" | "صحيفه" | "جريده"))
        .take_while(|w| {
            let n = normalize(w).text;
            !n.starts_with("الاخباري")
                && !n.starts_with("الالكتروني")
                && !w.ends_with(['،', ',', '.', '!', ':'])
        })
        .copied()
        .take(NAME_WORDS)
        .collect();
    (!words.is_empty()).then(|| display(&words.join(" ")))
}

/// `بغداد – شفق نيوز:` (also opening a lede): the outlet after the city, before the colon. The
/// city is never the outlet.
fn city_dateline(text: &str) -> Option<String> {
    let head: String = text
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    let (before_colon, _) = head.split_once(':')?;
    let (city, name) = before_colon
        .split_once(" – ")
        .or_else(|| before_colon.split_once(" - "))?;
    let (city, name) = (city.trim(), name.trim().trim_end_matches(['/', '|']).trim());
    let words = name.split_whitespace().count();
    if city.is_empty() || city.split_whitespace().count() > 2 || words == 0 || words > NAME_WORDS {
        return None;
    }
    Some(display(name))
}

/// `الرباط (الشرق) - أعلنت …`, `بيروت (رويترز) -`: the name in brackets after the city of a
/// lede's dateline. It credits the source of the report, which may be a wire agency rather than
/// the outlet that ran it, so it is the last outlet signal asked (assemble.rs).
pub fn bracket_dateline(text: &str) -> Option<String> {
    let (city, rest) = text.split_once('(')?;
    let (name, after) = rest.split_once(')')?;
    let (city, name) = (city.trim(), name.trim());
    let cities = city.split_whitespace().count();
    let words = name.split_whitespace().count();
    let dash = after.trim_start().starts_with(['-', '–', '—', ':']);
    let plausible = (1..=2).contains(&cities)
        && (1..=NAME_WORDS).contains(&words)
        && name.chars().any(char::is_alphabetic)
        && date_in(name).is_none()
        && !city.chars().any(|c| c.is_numeric() || ".،,:".contains(c));
    (dash && plausible).then(|| display(name))
}

/// A site's domain written in the text (`www.example.com`, `https://example.com/a`).
fn domain_in(text: &str) -> Option<String> {
    text.split_whitespace().find_map(|w| {
        let w = w.trim_matches(|c: char| "()[]<>\"'«»،,".contains(c));
        let host = w
            .split_once("://")
            .map_or(w, |(_, rest)| rest)
            .split('/')
            .next()?;
        let host = host.strip_prefix("www.")?;
        let tld = host.rsplit('.').next()?;
        (host.contains('.') && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
            .then(|| display(&format!("www.{host}")))
            .map(|d| d.strip_prefix("www.").map_or(d.clone(), str::to_string))
    })
}

/// `المصدر: X`, `المصدر | X`, `المصدر - X` → X, without trailing agencies (`+ وكالات`).
pub fn source_line(line: &Line) -> Option<String> {
    let t = line.text.trim();
    let rest = t
        .strip_prefix("المصدر")
        .or_else(|| t.strip_prefix("مصدر الخبر"))?;
    let rest = rest.trim_start().strip_prefix([':', '|', '-', '–'])?.trim();
    let name = rest
        .split(['+', '،', ',', '/'])
        .next()
        .unwrap_or(rest)
        .trim();
    if name.is_empty() || name.split_whitespace().count() > 5 {
        return None;
    }
    Some(display(name))
}

#[cfg(test)]
mod tests {
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
        assert_eq!(dateline(&Line::new("الأحد 3 جانفي 2021")), d(2021, 1, 3));
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

    #[test]
    fn outlet_from_signatures() {
        let lines: Vec<Line> = ["خبر", "المصدر | الخليج الجديد+ وكالات"]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("الخليج الجديد"));
        let lines: Vec<Line> = ["موقع المجلس:", "بغداد (رويترز) – قالت مصادر."]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("موقع المجلس"));
        let lines: Vec<Line> = ["عنوان", "موازين نيوز- بغداد", "نص."]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("موازين نيوز"));
        let lines: Vec<Line> = ["نص.", "logo", "www.eremnews.com"]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("إرم نيوز"));
        let lines: Vec<Line> = ["نص.", "Copyright © 2018 Mawazin News"]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("موازين نيوز"));
        let lines: Vec<Line> = [
            "مرحبا بك في موقع الرافدين الإخباري، تابعنا على مواقع التواصل",
            "عنوان الخبر",
        ]
        .iter()
        .map(|s| Line::new(s))
        .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("الرافدين"));
        let lines: Vec<Line> = ["عنوان", "بغداد – شفق نيوز: قالت مصادر إن الوفد وصل."]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("شفق نيوز"));
        let lines: Vec<Line> = ["نص.", "© 2024 وكالة المثال. جميع الحقوق محفوظة"]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("وكالة المثال"));
        let lines: Vec<Line> = ["نص.", "المزيد على www.example-news.com/ar"]
            .iter()
            .map(|s| Line::new(s))
            .collect();
        assert_eq!(outlet(&lines).as_deref(), Some("example-news.com"));
        let menu: Vec<Line> = [
            "أخبار",
            "العالم",
            "الشرق الأوسط",
            "رياضة",
            "نص طويل بلا توقيع.",
        ]
        .iter()
        .map(|s| Line::new(s))
        .collect();
        assert_eq!(outlet(&menu), None);
        let lines: Vec<Line> = ["نص طويل بلا توقيع."].iter().map(|s| Line::new(s)).collect();
        assert_eq!(outlet(&lines), None);
    }

    #[test]
    fn a_bracketed_source_after_the_city_of_a_lede() {
        let lede = "الرباط (الشرق) - أعلنت وزارة الداخلية اليوم عن خطة جديدة";
        assert_eq!(bracket_dateline(lede).as_deref(), Some("الشرق"));
        assert_eq!(
            bracket_dateline("الدار البيضاء (وكالة المثال) – تغلب الفريق").as_deref(),
            Some("وكالة المثال")
        );
        // Brackets inside a sentence, a date in them, or no dash after: not a dateline.
        assert_eq!(
            bracket_dateline("قال الوزير (في بيان) إن الخطة جاهزة"),
            None
        );
        assert_eq!(bracket_dateline("الرباط (15 مارس 2026) - أعلنت"), None);
        assert_eq!(bracket_dateline("الرباط (الشرق) أعلنت"), None);
    }
}
