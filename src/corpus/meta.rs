//! Article metadata from plain text: the outlet from signature lines (the publication date
//! from a dateline is `datelines.rs`). Rules are about the shapes such lines take on Arabic
//! news pages.

use super::copyright::copyright_holder;
use super::dates::date_in;
use super::lines::Line;
use super::markers::{Marker, outlet_named, outlet_of};
use crate::lexicon::is_listed_place;
use crate::text::normalize;

/// The outlet named by the page's signature lines. Looked for, in order: a source line
/// (`المصدر: X`), a site label as the first line (`X:`), a welcome banner (`مرحبا بك في موقع X
/// الإخباري`), a byline (`X- بغداد`) or a dateline naming the outlet after the city (`بغداد –
/// X:`, or a known outlet without the colon: `عمّان – رويترز`), a line that is a known outlet's name or domain, a copyright line (`© 2024 X`), a
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
        if let Some(o) = city_dateline(&l.text)
            .or_else(|| city_dash_outlet(&l.text))
            .or_else(|| city_day_outlet(&l.text))
        {
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
    // `الصحيفة - و.م.ع` under the headline: the site's byline, then the agency whose report it
    // runs. A site that is not listed gives way to a listed agency after the dash.
    let name_words = |s: &str| (1..=NAME_WORDS).contains(&s.split_whitespace().count());
    for l in lines.iter().take(HEAD_LINES).filter(|l| !l.sentence_end) {
        if let Some((site, name)) = l.text.split_once(['-', '–', '—'])
            && name_words(site)
            && name_words(name)
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
    // `© X 2026`: the holder is the whole name between the sign and the year, so
    // `© الشرق الأوسط الجديد 2026` is that outlet, not the known `الشرق الأوسط` inside it; a
    // known name that ends the holder is that outlet (`© شركة إرم ميديا` is إرم نيوز's).
    let known_tail = |holder: String| {
        let words: Vec<&str> = holder.split_whitespace().collect();
        (0..words.len())
            .find_map(|k| outlet_of(&words.get(k..)?.join(" "), false))
            .map_or(holder, str::to_string)
    };
    let holder_or_known = |l: &&Line| {
        l.text
            .contains('©')
            .then(|| copyright_holder(&l.text).map(known_tail))
            .flatten()
            .or_else(|| outlet_of(&l.text, true).map(str::to_string))
    };
    if let Some(o) = ends.iter().find_map(holder_or_known) {
        return Some(o);
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

/// `عمّان – رويترز`, `القاهرة - أ ف ب - قال …`: a known outlet (a wire agency among them,
/// assets/outlets.tsv) after a listed city and a dash, with no colon. Only a known name: after
/// `بغداد -` an unknown word is as often the lede's first word as an outlet. The city is never
/// the outlet.
fn city_dash_outlet(text: &str) -> Option<String> {
    let mut parts = text.split(['-', '–', '—']).map(str::trim);
    let (city, name) = (parts.next()?, parts.next()?);
    let one_city = (1..=2).contains(&city.split_whitespace().count()) && is_listed_place(city);
    let short = (1..=NAME_WORDS).contains(&name.split_whitespace().count());
    (one_city && short)
        .then(|| outlet_of(name, false))
        .flatten()
        .map(str::to_string)
}

/// `مراكش 9-9-2023 وفا- أعلنت …`, `الرياض رويترز- …`: a listed city, the day (words with
/// digits) or none, and a known outlet — a wire agency most often — glued to the dash that
/// opens the lede. Only a known name, as in [`city_dash_outlet`]; the city is never the outlet.
fn city_day_outlet(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let dash = |w: &str| w.ends_with(['-', '–', '—']);
    let d = words.iter().position(|w| dash(w))?;
    let mut head: Vec<&str> = words.get(..d)?.to_vec();
    let glued = words.get(d)?.trim_end_matches(['-', '–', '—']);
    if !glued.is_empty() {
        head.push(glued);
    }
    let city = (1..=2).rev().find(|&n| {
        n < head.len() && head.get(..n).is_some_and(|c| is_listed_place(&c.join(" ")))
    })?;
    let rest = head.get(city..)?;
    let day = rest
        .iter()
        .rposition(|w| w.chars().any(char::is_numeric))
        .map_or(0, |i| i + 1);
    let name = rest.get(day..)?;
    (1..=NAME_WORDS)
        .contains(&name.len())
        .then(|| outlet_of(&name.join(" "), false))
        .flatten()
        .map(str::to_string)
}

/// Separators between a headline and the site's name in a page's title (`X - بوابة الشروق`,
/// `X | سواليف`).
pub(super) const TITLE_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " || ", " :: "];

/// A pasted title that ends with a known outlet's name after a separator (the page's
/// `<title>`, copied with the headline): the headline without it, and the outlet. Only a
/// listed outlet (assets/outlets.tsv, also after a word naming the kind of site: `بوابة`,
/// `موقع`): a headline may end with ` - ` and words of its own.
pub fn title_suffix(title: &str) -> Option<(&str, &'static str)> {
    TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| {
            let (head, tail) = title.rsplit_once(sep)?;
            let (head, tail) = (head.trim(), tail.trim());
            let named = head.split_whitespace().count() >= 2
                && (1..=NAME_WORDS + 1).contains(&tail.split_whitespace().count());
            named
                .then(|| outlet_named(tail))
                .flatten()
                .map(|o| (head, o))
        })
        // The last separator: the longest headline.
        .max_by_key(|(head, _)| head.len())
}

/// `الرباط (الشرق) - أعلنت …`, `بيروت (رويترز) -`, `HONG KONG, Jan. 15 (Xinhua) --`: the name
/// in brackets after the city (and the day) of a lede's dateline. It credits the source of the report, which may be a wire agency rather than
/// the outlet that ran it, so it is the last outlet signal asked (assemble.rs).
pub fn bracket_dateline(text: &str) -> Option<String> {
    let (city, rest) = text.split_once('(')?;
    let (name, after) = rest.split_once(')')?;
    let (city, name) = (city.trim(), name.trim());
    let cities = city.split_whitespace().count();
    let words = name.split_whitespace().count();
    let dash = after.trim_start().starts_with(['-', '–', '—', ':']);
    // A wire dateline states the day between the place and the bracket (`HONG KONG, Jan. 15
    // (Xinhua) --`).
    let dated_wire = super::wire_dateline::month_day(text).is_some();
    let place_only =
        (1..=2).contains(&cities) && !city.chars().any(|c| c.is_numeric() || ".،,:".contains(c));
    let plausible = (place_only || dated_wire)
        && (1..=NAME_WORDS).contains(&words)
        && name.chars().any(char::is_alphabetic)
        && date_in(name).is_none();
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
        // A known outlet's name at the start of a longer holder is not that outlet.
        for (line, holder) in [
            ("© الشرق الأوسط الجديد 2026", "الشرق الأوسط الجديد"),
            ("© 2026 الشرق الأوسط", "الشرق الأوسط"),
        ] {
            let lines: Vec<Line> = ["نص.", line].iter().map(|s| Line::new(s)).collect();
            assert_eq!(outlet(&lines).as_deref(), Some(holder), "{line}");
        }
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
        // A wire dateline states the day before the bracket.
        assert_eq!(
            bracket_dateline("HONG KONG, Jan. 15 (Xinhua) -- It was a little past dawn").as_deref(),
            Some("شينخوا")
        );
    }

    #[test]
    fn a_known_outlet_at_the_end_of_a_pasted_title() {
        assert_eq!(
            title_suffix("الحكومة تقر خطة جديدة للنقل - بوابة المصري اليوم"),
            Some(("الحكومة تقر خطة جديدة للنقل", "المصري اليوم"))
        );
        assert_eq!(
            title_suffix("الحكومة تقر خطة جديدة للنقل | الميادين"),
            Some(("الحكومة تقر خطة جديدة للنقل", "الميادين"))
        );
        // An unknown name, or words of the headline after a dash, stay the title's.
        assert_eq!(
            title_suffix("الحكومة تقر خطة جديدة للنقل - صحيفة المثال"),
            None
        );
        assert_eq!(title_suffix("مصر - السودان: مباراة حاسمة الليلة"), None);
    }

    #[test]
    fn an_agency_in_a_lede_or_a_byline_under_the_headline() {
        let with = |second: &str| {
            let lines: Vec<Line> = ["عنوان الخبر", second, "نص الخبر الطويل بلا توقيع."]
                .map(Line::new)
                .to_vec();
            outlet(&lines)
        };
        // A city, the day and a known agency glued to the dash that opens the lede.
        assert_eq!(
            with("الرياض 3-5-2025 واس- أعلنت الهيئة العامة للإحصاء نتائج المسح").as_deref(),
            Some("واس")
        );
        assert_eq!(
            with("الرياض رويترز- أعلنت الهيئة نتائج المسح").as_deref(),
            Some("رويترز")
        );
        // A site not listed, then a listed agency after the dash.
        assert_eq!(with("صحيفة المثال - أ ف ب").as_deref(), Some("فرانس برس"));
        // An unknown word after the city and the day is the lede's first word.
        assert_eq!(city_day_outlet("الرياض 3-5-2025 أعلنت- الهيئة"), None);
    }

    #[test]
    fn a_known_outlet_after_a_city_and_a_dash() {
        let with = |second: &str| {
            let lines: Vec<Line> = ["عنوان الخبر", second, "نص الخبر الطويل بلا توقيع."]
                .map(Line::new)
                .to_vec();
            outlet(&lines)
        };
        // Wire agencies are outlets, in their display spelling; the city is not the outlet.
        assert_eq!(with("عمّان – رويترز").as_deref(), Some("رويترز"));
        assert_eq!(with("القاهرة - أ ف ب").as_deref(), Some("فرانس برس"));
        assert_eq!(
            with("بيروت - رويترز - قالت مصادر إن الوفد وصل").as_deref(),
            Some("رويترز")
        );
        // Without a colon, an unknown word after the city is the lede's, not an outlet.
        assert_eq!(city_dash_outlet("بغداد - أعلنت الحكومة خطة جديدة"), None);
        // The name before the city is another rule's; a known name after no city is not this one.
        assert_eq!(city_dash_outlet("تقارير - رويترز"), None);
    }
}
