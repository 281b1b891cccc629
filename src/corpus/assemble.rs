//! From a document's paragraphs and whatever metadata its format carried to an [`Article`]:
//! kinds for every paragraph, and the outlet, date and title the text itself gives where the
//! format gave none.

use chrono::NaiveDate;

use super::classify::{classify, classify_chosen};
use super::copyright::phrase_holder;
use super::credits;
use super::datelines::{dateline_of, embed_date, lede_date};
use super::file_name::date_in_file_name;
use super::lines::{Line, trim_marks};
use super::long_lines;
use super::markers::outlet_in_file_name;
use super::meta::{bracket_dateline, outlet, title_suffix};
use super::site_name::site_suffix;
use super::under_headline::{known_above, known_under, names_outlet, under_headline};
use super::wire_dateline;
use super::{Article, Paragraph, ParagraphKind};

/// Metadata given by the file format (front matter, JSON fields, HTML meta tags).
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    /// The outlet read off the page's address where the page states it only as the place it
    /// was saved from (a browser's `saved from url` comment, `<base href>`): the weakest sign,
    /// used only when no other one names the outlet.
    pub address_outlet: Option<String>,
    /// The site most of an HTML page's links and images point at: weaker still, after every
    /// sign the text gives (a copyright phrase included).
    pub link_outlet: Option<String>,
}

/// Words kept of a first paragraph when an article has no headline line.
const DERIVED_TITLE_WORDS: usize = 12;

/// `removed[i]` says paragraph `i` is known page furniture (from the HTML's structure): it
/// becomes boilerplate and the text rules see only the rest.
pub fn assemble(
    id: String,
    path: String,
    texts: Vec<String>,
    removed: &[bool],
    mut given: Given,
) -> Article {
    // A title pasted with a right-to-left mark before it is the same title.
    given.title = given.title.map(|t| trim_marks(&t).to_string());
    let (lines, removed): (Vec<Line>, Vec<bool>) = texts
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            let gone = removed.get(i).copied().unwrap_or(false);
            long_lines::paragraphs(t)
                .into_iter()
                .map(move |p| (Line::new(&p), gone))
        })
        .filter(|(l, _)| !l.text.is_empty())
        .unzip();
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| removed.get(i) == Some(&false))
        .collect();
    let kept_lines: Vec<Line> = kept.iter().filter_map(|&i| lines.get(i).cloned()).collect();
    // Text whose page structure chose the article is judged line by line; pasted text by
    // the rules that also find where the article starts and ends.
    let chosen = kept.len() < lines.len();
    let (kept_kinds, kept_title) = if chosen {
        (classify_chosen(&kept_lines), None)
    } else {
        classify(&kept_lines)
    };
    let mut kinds = vec![ParagraphKind::Boilerplate; lines.len()];
    let mut set = |i: usize, kind: ParagraphKind| {
        if let Some(k) = kinds.get_mut(i) {
            *k = kind;
        }
    };
    for (&i, k) in kept.iter().zip(kept_kinds) {
        set(i, k);
    }
    // A format's title is the page's: the text rules' headline guess gives way to it.
    let kept_title = kept_title.and_then(|t| kept.get(t).copied());
    let title_at = kept_title.filter(|_| given.title.is_none());
    // A title given by the format marks the paragraph that repeats it.
    if given.title.is_some()
        && let Some(old) = kept_title
    {
        set(old, ParagraphKind::Body);
    }
    if let Some(t) = &given.title
        && let Some(i) = lines.iter().position(|l| l.text == *t)
    {
        set(i, ParagraphKind::Title);
    }
    let title = given
        .title
        .clone()
        .or_else(|| title_at.and_then(|i| lines.get(i)).map(|l| l.text.clone()))
        .unwrap_or_else(|| derived_title(&lines, &kinds));
    // `X - بوابة الشروق`: a title pasted with the site's name after it names the outlet, and
    // the headline is the rest. A site that is not listed, when the page confirms its name
    // (site_name.rs), and the format named no outlet.
    let title_line = kinds.iter().position(|k| *k == ParagraphKind::Title);
    let no_given_outlet = given.outlet.as_ref().is_none_or(|o| o.trim().is_empty());
    let suffix = title_suffix(&title)
        .map(|(head, o)| (head.to_string(), o.to_string()))
        .or_else(|| {
            site_suffix(&title, &lines, title_line)
                .filter(|_| no_given_outlet)
                .map(|(head, o)| (head.to_string(), o))
        });
    // The site's name is page furniture wherever it stands alone, and its words after the
    // headline are no part of the headline (nor a place: `الصومال اليوم`).
    let full_title = title.clone();
    if let Some((_, o)) = &suffix {
        for (i, l) in lines.iter().enumerate() {
            if kinds.get(i) == Some(&ParagraphKind::Body) && names_outlet(l, o) {
                set_kind(&mut kinds, i, ParagraphKind::Boilerplate);
            }
        }
    }
    let title = suffix.as_ref().map_or(title, |(head, _)| head.clone());
    // The file's name (a scraper's `site_20150724_17.txt`) is the weakest sign: the text and
    // the page say better when they say anything.
    let published = given
        .published
        .or_else(|| text_date(&lines, &kinds))
        .or_else(|| date_in_file_name(&path));
    let outlet = given
        .outlet
        .clone()
        .filter(|o| !o.trim().is_empty())
        .or_else(|| suffix.as_ref().map(|(_, o)| o.clone()))
        .or_else(|| outlet(&lines))
        // `كتب: محرر X`: the newsroom's own byline names it, listed or not (credits.rs).
        .or_else(|| {
            lines
                .iter()
                .take(credits::HEAD_LINES)
                .find_map(credits::staff_byline)
        })
        .or_else(|| {
            let t = kinds.iter().position(|k| *k == ParagraphKind::Title)?;
            known_under(&lines, t).map(str::to_string)
        })
        .or_else(|| outlet_in_file_name(&path))
        .or_else(|| {
            // Pasted text only: under an HTML page's headline sits a byline or a standfirst.
            if chosen {
                return None;
            }
            let t = kinds.iter().position(|k| *k == ParagraphKind::Title)?;
            let name = under_headline(&lines, t)?;
            // The name's line is the outlet's signature, not the story.
            if let Some(kind) = kinds.get_mut(t + 1)
                && *kind == ParagraphKind::Body
            {
                *kind = ParagraphKind::Meta;
            }
            Some(name)
        })
        .or_else(|| {
            // Pasted text: the masthead copied above the headline.
            let t = kinds.iter().position(|k| *k == ParagraphKind::Title)?;
            known_above(&lines, t)
                .filter(|_| !chosen)
                .map(str::to_string)
        })
        // The page's own address names the outlet that ran it; a dateline's bracketed source
        // may be a wire agency, so it comes last.
        .or(given.address_outlet)
        .or_else(|| lines.iter().take(4).find_map(|l| bracket_dateline(&l.text)))
        // `تونس/ سامي يوسف/ الأناضول`: the agency credited after the dateline's last slash,
        // below a whole page's section line, headline and standfirst (credits.rs).
        .or_else(|| {
            lines
                .iter()
                .take(credits::HEAD_LINES)
                .find_map(|l| credits::slash_dateline(&l.text))
        })
        // A copyright phrase (`版权所有 X`, `Copyright by X`, `جميع الحقوق محفوظة لـ X`): also in
        // footers of pages that carry another outlet's story, so the weakest sign of all.
        .or_else(|| phrase_holder(&lines))
        .or(given.link_outlet)
        .unwrap_or_default();
    // The lines under the headline read as the outlet's name are its signature, not the
    // story: meta, like the date line beside them.
    if let Some(t) = kinds.iter().position(|k| *k == ParagraphKind::Title) {
        for i in t + 1..(t + 1 + UNDER_HEADLINE).min(lines.len()) {
            let kind = kinds.get(i).copied();
            let named = lines.get(i).is_some_and(|l| names_outlet(l, &outlet));
            if kind == Some(ParagraphKind::Body) && named && !outlet.is_empty() {
                set_kind(&mut kinds, i, ParagraphKind::Meta);
            } else if kind != Some(ParagraphKind::Meta) {
                break;
            }
        }
    }
    // The staff's byline (`كتب: محرر X`) is the outlet's signature, not the story.
    for (i, l) in lines.iter().enumerate().take(credits::HEAD_LINES) {
        let signed = !outlet.is_empty() && credits::staff_byline(l).as_deref() == Some(&outlet);
        if signed && kinds.get(i) == Some(&ParagraphKind::Body) {
            set_kind(&mut kinds, i, ParagraphKind::Meta);
        }
    }
    let title_line = kinds.iter().position(|k| *k == ParagraphKind::Title);
    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(lines.len());
    for (i, (l, kind)) in lines.into_iter().zip(kinds).enumerate() {
        // The title's line is the headline without the site's name after it (the outlet):
        // still one paragraph a line.
        let headline = suffix.is_some()
            && Some(i) == title_line
            && l.text == full_title
            && l.text.starts_with(&title);
        let text = if headline { title.clone() } else { l.text };
        paragraphs.push(Paragraph { text, kind });
    }
    // The collect reuses the (larger) lines' buffer: without this, every article kept a
    // quarter of its text's size again in unused capacity for as long as it is loaded.
    paragraphs.shrink_to_fit();
    let mut article = Article {
        id: given.id.unwrap_or(id),
        path,
        outlet,
        title,
        published,
        url: given.url,
        paragraphs,
        language: super::language::Language::Analysed,
    };
    article.language = super::language::of_article(&article);
    article
}

/// The date the text states: the first publication dateline in the first half (a labelled
/// one before a bare one, an update line only when no publication line says), else a date
/// opening one of the first body paragraphs, else a wire dateline's day in the year the text
/// states for it (wire_dateline.rs), else the date of an embedded post's signature (`— Name (@handle) November 1, 2020`).
fn text_date(lines: &[Line], kinds: &[ParagraphKind]) -> Option<NaiveDate> {
    // A bare date above the page's menu or banner is the top bar's day (the day the page was
    // read, `الاثنين، 7 ديسمبر 2026`), not the article's: it is taken only with nothing but
    // meta lines between it and the headline, or when a label says what it is.
    let title = kinds.iter().position(|k| *k == ParagraphKind::Title);
    // The first half of the text, and always the lines under the headline (an outlet line,
    // then the date), however long a menu above it or however short the article below.
    let head = lines
        .len()
        .div_ceil(2)
        .max(1)
        .max(title.map_or(0, |t| t + UNDER_HEADLINE));
    let above_furniture = |i: usize| {
        title.is_some_and(|t| {
            i < t
                && kinds
                    .get(i + 1..t)
                    .is_some_and(|between| between.contains(&ParagraphKind::Boilerplate))
        })
    };
    // A labelled line before the body's first paragraph is the article's header however much
    // page furniture a whole-page paste puts above it (a short excerpt's half may end there).
    let body = kinds.iter().position(|k| *k == ParagraphKind::Body);
    let datelines: Vec<_> = lines
        .iter()
        .zip(kinds)
        .enumerate()
        .take(head.max(body.unwrap_or(0)))
        .filter(|(_, (_, k))| **k == ParagraphKind::Meta)
        .filter_map(|(i, (l, _))| dateline_of(l).map(|d| (i, d)))
        .filter(|(i, d)| *i < head || d.labelled)
        .filter(|(i, d)| d.labelled || !above_furniture(*i))
        .filter(|(i, d)| d.labelled || !top_bar_day(lines, kinds, *i, title))
        .map(|(_, d)| d)
        .collect();
    // A labelled publication line (`نشر في: …`) says what its date is; a bare date line may be
    // the site's clock or weather bar (`الخميس 18 أبريل 2024 7:27 ص القاهرة 24°`, the day the
    // page was read), so it counts only when no label says.
    datelines
        .iter()
        .find(|d| d.labelled && !d.update)
        .or_else(|| datelines.iter().find(|d| !d.update))
        .or_else(|| datelines.first())
        .map(|d| d.date)
        .or_else(|| {
            lines
                .iter()
                .zip(kinds)
                .filter(|(_, k)| **k == ParagraphKind::Body)
                .take(LEDE_LINES)
                .find_map(|(l, _)| lede_date(l))
        })
        .or_else(|| {
            // A wire dateline without a year (`بيروت، 15 يناير (أ ف ب) - …`), in the year the
            // text states for that very day.
            let day = lines
                .iter()
                .zip(kinds)
                .filter(|(_, k)| **k == ParagraphKind::Body)
                .take(LEDE_LINES)
                .find_map(|(l, _)| wire_dateline::month_day(&l.text))?;
            wire_dateline::dated(day, lines.iter().map(|l| l.text.as_str()))
        })
        .or_else(|| lines.iter().find_map(embed_date))
}

/// A bare date without a time of day between the site's furniture and the headline
/// (`الرئيسية`, `أخبار دولية`, then `الإثنين 7 ديسمبر 2026`, then the headline): the top bar's
/// day, printed on every page of the site (the day the page was read). A publication line
/// above a headline carries its hour (`الأحد، 06 ديسمبر 2026 03:15 م`), and one under the
/// headline is the article's whatever it carries.
fn top_bar_day(lines: &[Line], kinds: &[ParagraphKind], i: usize, title: Option<usize>) -> bool {
    let furniture_above = kinds
        .get(..i)
        .is_some_and(|above| above.contains(&ParagraphKind::Boilerplate));
    let timed = lines.get(i).is_some_and(|l| {
        let chars: Vec<char> = l.text.chars().collect();
        chars
            .windows(3)
            .any(|w| matches!(w, [a, ':', b] if a.is_numeric() && b.is_numeric()))
    });
    title.is_some_and(|t| i < t) && furniture_above && !timed
}

/// Give paragraph `i` the kind `kind` (one past the end is ignored).
fn set_kind(kinds: &mut [ParagraphKind], i: usize, kind: ParagraphKind) {
    if let Some(k) = kinds.get_mut(i) {
        *k = kind;
    }
}

/// Lines under the headline (an outlet's, then the date's) whose date is always the
/// article's candidate, wherever the headline stands.
const UNDER_HEADLINE: usize = 3;

/// How many first body paragraphs may open with the article's date.
const LEDE_LINES: usize = 2;

/// A lede without its opening place line: `بغداد (رويترز) – قالت مصادر…` → `قالت مصادر…`.
/// The place line is at most four words (an agency in brackets included) before a dash; a
/// known outlet between two dashes after it goes too (`القاهرة - أ ف ب - رفعت…` → `رفعت…`).
fn without_place_line(text: &str) -> &str {
    let rest = without_first_dash(text);
    if rest.len() == text.len() {
        return text;
    }
    let after_outlet = without_first_dash(rest);
    let outlet = rest
        .get(..rest.len() - after_outlet.len())
        .unwrap_or_default();
    let named = outlet.trim_end().trim_end_matches(['–', '—', '-']).trim();
    if after_outlet.len() < rest.len() && super::markers::outlet_of(named, false).is_some() {
        after_outlet
    } else {
        rest
    }
}

/// The text after a dash among its first words that ends a place line (see
/// [`without_place_line`]), or the whole text.
fn without_first_dash(text: &str) -> &str {
    let mut at = 0;
    for (i, piece) in text
        .split_inclusive(char::is_whitespace)
        .enumerate()
        .take(6)
    {
        at += piece.len();
        if matches!(piece.trim(), "–" | "—" | "-") {
            // `at` ends a piece of `split_inclusive`, so it is a char boundary.
            let rest = text.get(at..).unwrap_or_default().trim_start();
            return if i == 0 || i > 4 || rest.is_empty() {
                text
            } else {
                rest
            };
        }
    }
    text
}

/// The opening words of the first body paragraph, for articles printed without a headline.
fn derived_title(lines: &[Line], kinds: &[ParagraphKind]) -> String {
    let Some(first) = lines
        .iter()
        .zip(kinds)
        .find(|(_, k)| **k == ParagraphKind::Body)
        .map(|(l, _)| l)
    else {
        return lines.first().map(|l| l.text.clone()).unwrap_or_default();
    };
    let lede = without_place_line(&first.text);
    let words: Vec<&str> = lede.split_whitespace().collect();
    if words.len() <= DERIVED_TITLE_WORDS {
        lede.to_string()
    } else {
        format!(
            "{}…",
            words
                .get(..DERIVED_TITLE_WORDS)
                .unwrap_or_default()
                .join(" ")
                .trim_end_matches(['،', ','])
        )
    }
}

#[cfg(test)]
#[path = "assemble_tests.rs"]
mod tests;
