//! Article metadata from plain text: the outlet from signature lines, the publication date
//! from a dateline. Rules are about the shapes such lines take on Arabic news pages.

use chrono::NaiveDate;

use super::lines::Line;
use super::markers::{Marker, outlet_of};
use crate::calendar::{Calendar, month_names};
use crate::text::normalize;

/// The date of a dateline such as `12:13 - 18/02/2024`, `26 يناير 2024، 8:03 م` or
/// `2024-02-18T10:00`: a short line that is mostly a date (and a time, a section label).
pub fn dateline(line: &Line) -> Option<NaiveDate> {
    if line.words.len() > 10 {
        return None;
    }
    let norm = normalize(&line.text).text;
    let tokens: Vec<&str> = norm
        .split(|c: char| c.is_whitespace() || "،,|()[]".contains(c))
        .map(|t| t.trim_matches(|c: char| c == '-' || c == '–'))
        .filter(|t| !t.is_empty())
        .collect();
    let date = tokens
        .iter()
        .find_map(|t| numeric_date(t))
        .or_else(|| named_date(&tokens))?;
    // Mostly a date: few words that are not digits, times, month names or am/pm.
    let other = tokens
        .iter()
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()) && t.chars().count() > 1)
        .count();
    (other <= 5).then_some(date)
}

/// `18/02/2024`, `18-02-2024`, `18.02.2024`, `2024/02/18`, `2024-02-18` (a trailing time after
/// `T` is ignored).
fn numeric_date(token: &str) -> Option<NaiveDate> {
    let token = token.split(['T', 't']).next().unwrap_or(token);
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return None;
    }
    if parts[0].len() == 4 {
        NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2])
    } else if parts[2].len() == 4 {
        NaiveDate::from_ymd_opt(n[2] as i32, n[1], n[0])
    } else {
        None
    }
}

/// `26 يناير 2024` and the like, with a Gregorian month name of any system.
fn named_date(tokens: &[&str]) -> Option<NaiveDate> {
    for (i, t) in tokens.iter().enumerate() {
        let Ok(day) = t.parse::<u32>() else { continue };
        if !(1..=31).contains(&day) {
            continue;
        }
        let rest = tokens[i + 1..].join(" ");
        for m in month_names()
            .iter()
            .filter(|m| m.calendar == Calendar::Gregorian)
        {
            let Some(after) = rest.strip_prefix(m.name.as_str()) else {
                continue;
            };
            let year = after
                .split_whitespace()
                .next()
                .and_then(|y| y.trim_end_matches('م').parse::<i32>().ok());
            if let Some(y) = year.filter(|y| (1900..=2100).contains(y)) {
                return NaiveDate::from_ymd_opt(y, m.month, day);
            }
        }
    }
    None
}

/// The outlet named by the page's signature lines. Looked for, in order: a source line
/// (`المصدر: X`), a site label as the first line (`X:`), a byline (`X- بغداد`), a line that
/// is a known outlet's name or domain, a copyright line.
pub fn outlet(lines: &[Line]) -> Option<String> {
    if let Some(s) = lines.iter().rev().find_map(source_line) {
        return Some(s);
    }
    if let Some(first) = lines.first() {
        let t = first.text.trim();
        if t.ends_with(':') && first.words.len() <= 4 {
            let name = t.trim_end_matches(':').trim();
            return Some(outlet_of(name, false).map_or_else(|| name.to_string(), str::to_string));
        }
    }
    for l in lines.iter().filter(|l| l.words.len() <= 4) {
        if let Some((name, _)) = l.text.split_once(['-', '–'])
            && let Some(o) = outlet_of(name.trim(), false)
        {
            return Some(o.to_string());
        }
    }
    for l in lines
        .iter()
        .filter(|l| l.words.len() <= 3 && !l.sentence_end)
    {
        let multiword = l.words.len() >= 2 || l.text.contains('.');
        if let Some(o) = outlet_of(&l.text, false).filter(|_| multiword) {
            return Some(o.to_string());
        }
    }
    lines
        .iter()
        .filter(|l| l.marker == Some(Marker::End))
        .find_map(|l| outlet_of(&l.text, true))
        .map(str::to_string)
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
    Some(outlet_of(name, false).map_or_else(|| name.to_string(), str::to_string))
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
    fn prose_with_a_date_is_not_a_dateline() {
        let l = Line::new(
            "وفي 25 يناير 2024 أعلن وزير الدفاع الأمريكي أن اجتماعات مجموعة العمل ستبدأ بحث مستقبل الوجود العسكري هناك.",
        );
        assert_eq!(dateline(&l), None);
        assert_eq!(dateline(&Line::new("32/13/2024")), None);
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
        let lines: Vec<Line> = ["نص طويل بلا توقيع."].iter().map(|s| Line::new(s)).collect();
        assert_eq!(outlet(&lines), None);
    }
}
