//! Dates counted from the article's own date: `أمس` (with its weekday), `اليوم الجمعة`, `غداً`,
//! `يوم الخميس`, `مساء الأحد`, `الخميس الماضي`, `الأسبوع الماضي`, `قبل أربع سنوات`,
//! `منذ عشرة أعوام`.

use super::grammar::{Expr, Parser};
use super::lexicon::{APPROXIMATIONS, FUTURE_WORDS, Unit, cue, future_verb, unit, weekday};
use super::words::{List, Tense, event_tense, is};

/// Words before a weekday that make it a date: deictics first, then `يوم` and times of day
/// (`يوم الخميس`, the Moroccan `يومه الأربعاء`, `مساء الأحد`).
pub(super) const DAY_WORDS: &[&str] = &[
    "اليوم",
    "امس",
    "غدا",
    "غد",
    "يوم",
    "ليوم",
    "يومه",
    "مساء",
    "صباح",
    "ظهر",
    "عصر",
    "فجر",
    "ليل",
    "ليله",
    "عشيه",
];

/// How far back in its clause a future marker is looked for before a weekday.
const FUTURE_REACH: usize = 8;

/// How far from `اليوم`, in its clause, a verb of a happening is looked for.
const TODAY_REACH: usize = 6;

impl Parser<'_> {
    /// Does the clause before token `i` speak of the future: `سوف`, `على أن`, `من المقرر`, or
    /// a verb with the future prefix سـ (`سيصدر`, `ستعقد`)? Stops at punctuation.
    fn future_before(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..FUTURE_REACH {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
            if self.t.get(k).is_some_and(|t| t.punct) {
                return false;
            }
            let Some(w) = self.word(k) else { continue };
            let w = w
                .strip_prefix('و')
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(w);
            if FUTURE_WORDS.contains(&w) || future_verb(w) {
                return true;
            }
            if w == "ان" && k > 0 && self.word(k - 1) == Some("علي") {
                return true;
            }
        }
        false
    }

    /// A deictic expression starting at token `i` (whose word is `w`), with its last token.
    pub(super) fn deictic(&self, i: usize, w: &str) -> Option<(Expr, usize)> {
        // Deictics: أمس (الخميس), اليوم الجمعة, غداً, أول أمس.
        let bare = w
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        let wd_after = self.word(i + 1).and_then(weekday);
        // `يوم السبت 30 مايو`, `اليوم السبت (26 نيسان 2025)`, `يوم الإثنين، الموافق 16 آذار`:
        // the explicit date that follows says which Saturday; it is one expression.
        if let Some(wd) = wd_after
            && DAY_WORDS.contains(&bare)
            && let Some(r) = self.explicit_date_after(i + 2, wd)
        {
            return Some(r);
        }
        if let Some(wd) = weekday(w)
            && let Some(r) = self.explicit_date_after(i + 1, wd)
        {
            return Some(r);
        }
        match bare {
            "امس" => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: -1,
                        weekday: wd_after,
                    },
                    i + usize::from(wd_after.is_some()),
                ));
            }
            "اول" if self.word(i + 1) == Some("امس") => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: -2,
                        weekday: None,
                    },
                    i + 1,
                ));
            }
            "اليوم" if wd_after.is_some() => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: 0,
                        weekday: wd_after,
                    },
                    i + 1,
                ));
            }
            // `غداً`; `غدٍ` (normalized `غد`) only as `يوم غد`, `من غد` or with its weekday,
            // as bare `غد` is also the noun "the morrow".
            "غدا" | "غد"
                if bare == "غدا"
                    || wd_after.is_some()
                    || matches!(
                        i.checked_sub(1).and_then(|p| self.word(p)),
                        Some("يوم" | "ليوم" | "من" | "ويوم")
                    ) =>
            {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: 1,
                        weekday: wd_after,
                    },
                    i + usize::from(wd_after.is_some()),
                ));
            }
            _ => {}
        }
        // `صباح اليوم`, `ظهر اليوم`: a time of day makes a bare `اليوم` today (alone it also
        // means "nowadays", or is part of a name like `المصري اليوم`).
        if DAY_WORDS[7..].contains(&bare) && self.word(i + 1) == Some("اليوم") {
            let wd = self.word(i + 2).and_then(weekday);
            if let Some(r) = wd.and_then(|wd| self.explicit_date_after(i + 3, wd)) {
                return Some(r);
            }
            return Some((
                Expr::Relative {
                    unit: Unit::Day,
                    offset: 0,
                    weekday: wd,
                },
                i + 1 + usize::from(wd.is_some()),
            ));
        }
        // `اليوم` as an adverb (`ستقام اليوم`, `اجتماعها اليوم،`, `مباراة اليوم`) is today; as
        // a noun after a name or a generic noun (`شباب اليوم`, `المصري اليوم`, `نجران اليوم`),
        // after `حتى`/`إلى` (until now), or before `التالي`, a number or a label colon, it is not.
        if bare == "اليوم" && self.today_adverb(i) {
            return Some((
                Expr::Relative {
                    unit: Unit::Day,
                    offset: 0,
                    weekday: None,
                },
                i,
            ));
        }
        // `مباريات الغد`, `صباح الغد`: tomorrow; `الغد` alone is also a newspaper and "the
        // future" (`نحو الغد`).
        if bare == "الغد"
            && i.checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|p| DAY_WORDS[4..].contains(&p) || is(List::EventNoun, p))
        {
            return Some((
                Expr::Relative {
                    unit: Unit::Day,
                    offset: 1,
                    weekday: None,
                },
                i,
            ));
        }
        // Weekdays: يوم الخميس, الخميس الماضي.
        // `يوم الخميس`, `ليوم الخميس`, the Moroccan `يومه الأربعاء`, and a time of day before
        // a weekday (`مساء الأحد`, `صباح الثلاثاء`).
        if DAY_WORDS[4..].contains(&bare)
            && let Some(d) = wd_after
        {
            let c = self.word(i + 2).and_then(cue);
            return Some((
                Expr::Weekday {
                    weekday: d,
                    cue: c,
                    ahead: c.is_none() && self.future_before(i),
                },
                i + 1 + usize::from(c.is_some()),
            ));
        }
        if let (Some(d), Some(c)) = (weekday(w), self.word(i + 1).and_then(cue)) {
            return Some((
                Expr::Weekday {
                    weekday: d,
                    cue: Some(c),
                    ahead: false,
                },
                i + 1,
            ));
        }
        // Newswire style: a weekday alone between commas (`قال الوزير، الخميس، إن …`).
        if let Some(d) = weekday(w) {
            let comma = |k: usize| {
                self.t
                    .get(k)
                    .is_some_and(|t| t.punct && matches!(t.text, "،" | ","))
            };
            if i > 0 && comma(i - 1) && comma(i + 1) {
                return Some((
                    Expr::Weekday {
                        weekday: d,
                        cue: None,
                        ahead: self.future_before(i),
                    },
                    i,
                ));
            }
            // A weekday as the adverb of a verb of a happening (`تختتم الجولة السبت`, `وتجرى
            // الجمعة 3 مواجهات`, `أعلن الأحد`); not in a name (`صلاة الجمعة`, `سوق الأحد`). An
            // imperfect verb speaks of what is scheduled: the coming one.
            let named = i
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|p| matches!(p, "صلاه" | "خطبه" | "سوق" | "مسجد" | "جامع"));
            if !named && let Some(tense) = self.happening(i) {
                return Some((
                    Expr::Weekday {
                        weekday: d,
                        cue: None,
                        ahead: tense == Tense::Imperfect || self.future_before(i),
                    },
                    i,
                ));
            }
        }
        // الأسبوع الماضي, الشهر المقبل, العام الجاري.
        let named = match bare {
            "الاسبوع" => Some(Unit::Week),
            "الشهر" => Some(Unit::Month),
            "العام" | "السنه" => Some(Unit::Year),
            _ => None,
        };
        if let (Some(u), Some(c)) = (named, self.word(i + 1).and_then(cue)) {
            return Some((Expr::Named { unit: u, cue: c }, i + 1));
        }
        // قبل أربع سنوات, قبل 3 أيام, قبل عامين; بعد يومين; قبل ثلاثة وستين عاما.
        // `منذ عشرة أعوام`: since a point that far back. An approximation between them
        // (`قبل أكثر من عام`, `منذ نحو 30 عاما`) keeps the value of its count.
        // `على بعد يوم واحد`: a distance, not a date.
        let distance = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|p| p == "علي");
        if matches!(bare, "قبل" | "بعد" | "منذ") && !distance {
            let later = bare == "بعد";
            // `منذ عام 1962`, `قبل سنة 2003`: the year follows, not a count of years.
            if self.num(i + 2).is_some_and(|n| (1000..=2100).contains(&n)) {
                return None;
            }
            let at = self.after_approximation(i + 1);
            let (n, last) = match self.word(at).and_then(unit) {
                Some((_, Some(n))) => (n, at),
                _ => self.count(at)?,
            };
            let (u, _) = unit(self.word(last)?)?;
            // `بعد 17 عاما من الطبعة الثانية`, `بعد شهر واحد من`, `قبل عامين من الانتخابات`,
            // `منذ عام ونصف`: counted from another happening, or not a whole count.
            let after = if matches!(self.word(last + 1), Some("واحد" | "واحده")) {
                last + 2
            } else {
                last + 1
            };
            if matches!(self.word(after), Some("من" | "علي" | "ونصف" | "ونيف")) {
                return None;
            }
            let expr = if later {
                Expr::Later { unit: u, n }
            } else {
                Expr::Relative {
                    unit: u,
                    offset: -n,
                    weekday: None,
                }
            };
            return Some((expr, last));
        }
        None
    }

    /// A day-precision explicit date starting at `k`, after at most a comma, a parenthesis and
    /// `الموافق` ("corresponding to"): the expression, with the explicit date's last token.
    /// The weekday `wd` written before it picks the year when the date has none.
    fn explicit_date_after(&self, mut k: usize, wd: u32) -> Option<(Expr, usize)> {
        for _ in 0..4 {
            let skip = self.t.get(k).is_some_and(|t| {
                (t.punct && matches!(t.text, "،" | "," | "(" | "-"))
                    || matches!(t.text, "الموافق" | "والموافق" | "الموافقه")
                    || cue(t.text).is_some()
            });
            if !skip {
                break;
            }
            k += 1;
        }
        match self.at(k)? {
            (
                Expr::Date {
                    day: Some(day),
                    year,
                    month,
                    end_day,
                    cue,
                    calendar,
                    ..
                },
                last,
            ) => Some((
                Expr::Date {
                    year,
                    month,
                    day: Some(day),
                    end_day,
                    cue,
                    calendar,
                    weekday: Some(wd),
                },
                last,
            )),
            r @ (Expr::Numeric(_), _) => Some(r),
            _ => None,
        }
    }

    /// The token after an approximation starting at `k` (`أكثر من`, `نحو`, `ما يقارب`), or `k`.
    fn after_approximation(&self, k: usize) -> usize {
        for a in APPROXIMATIONS {
            let mut j = k;
            if a.split(' ').all(|w| {
                let ok = self.word(j) == Some(w);
                j += 1;
                ok
            }) {
                return j;
            }
        }
        k
    }

    /// Is a bare `اليوم` at `i` the adverb "today" (see [`Parser::deictic`])?
    fn today_adverb(&self, i: usize) -> bool {
        let next = self.t.get(i + 1);
        if next.is_some_and(|t| t.num.is_some() || (t.punct && matches!(t.text, ":" | "-" | "–")))
        {
            return false;
        }
        if self.word(i + 1).is_some_and(|w| is(List::NotTodayAfter, w)) {
            return false;
        }
        let prev = i.checked_sub(1).and_then(|p| self.word(p)).map(|p| {
            p.strip_prefix('و')
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(p)
        });
        if prev.is_some_and(|p| is(List::NotTodayBefore, p)) {
            return false;
        }
        // Alone, `اليوم` is as often "nowadays" (`لبنان يعاني اليوم`, `فهو اليوم`): it is
        // today when its clause tells of a happening — a scheduled one (`مباراة اليوم`,
        // `اعتبارا من اليوم`), one to come (`ستقام اليوم`), an arrival, a meeting, a
        // statement (`يغادر اليوم`, `أعلن اليوم`).
        if prev.is_some_and(|p| is(List::EventNoun, p) || p == "من") || self.future_before(i) {
            return true;
        }
        // Newswire style: alone between commas (`أعلنت اللجنة، اليوم، فتح باب الترشح`).
        let comma = |k: usize| {
            self.t
                .get(k)
                .is_some_and(|t| t.punct && matches!(t.text, "،" | ","))
        };
        if i > 0 && comma(i - 1) && comma(i + 1) {
            return true;
        }
        self.happening(i).is_some()
    }

    /// The verb of a happening in the clause of token `i` (back to the clause's start, forward
    /// through a comma: `اليوم أيضا، يلتقي`), and its tense (a future is imperfect).
    fn happening(&self, i: usize) -> Option<Tense> {
        let clause_verb = |range: &mut dyn Iterator<Item = usize>, commas: bool| {
            for k in range {
                match self.t.get(k) {
                    Some(t) if t.punct && commas && matches!(t.text, "،" | ",") => {}
                    Some(t) if t.punct => return None,
                    Some(_) => {
                        let w = self.word(k).unwrap_or_default();
                        if future_verb(w) {
                            return Some(Tense::Imperfect);
                        }
                        if let Some(t) = event_tense(w) {
                            return Some(t);
                        }
                        // `قال إن لبنان يعاني اليوم`: the reporting verb is another clause's.
                        if !commas && matches!(w, "ان" | "انه" | "انها" | "بان" | "لان")
                        {
                            return None;
                        }
                    }
                    None => return None,
                }
            }
            None
        };
        clause_verb(&mut (i.saturating_sub(TODAY_REACH)..i).rev(), false)
            .or_else(|| clause_verb(&mut (i + 1..i + 1 + TODAY_REACH), true))
    }

    /// A count at `i` (`3`, `أربع`, or a unit word's own dual): (n, index of the unit word).
    pub(super) fn count(&self, i: usize) -> Option<(i64, usize)> {
        if let Some(n) = self.num(i).filter(|n| *n > 0 && *n < 1000) {
            return Some((n, i + 1));
        }
        if let Some((n, next)) = self.number_words(i) {
            return Some((n, next));
        }
        // `بيومين`, `بيوم`: the unit itself. A bare plural (`قبل أيام`, a few days) gives no
        // number: no date is invented from it.
        let w = self.word(i)?;
        let (_, dual) = unit(w)?;
        let singular = matches!(
            w.strip_prefix('ب').unwrap_or(w),
            "يوم" | "اسبوع" | "شهر" | "عام" | "سنه"
        );
        // A singular unit before a name of its own is no count: `قبل شهر رمضان`, `بعد يوم
        // الأحد`, `منذ عام 670`, `قبل يوم الانتخابات`.
        let named = self.num(i + 1).is_some()
            || self.month_at(i + 1)
            || self.word(i + 1).is_some_and(|n| n.starts_with("ال"));
        match dual {
            Some(n) => Some((n, i)),
            None if singular && !named => Some((1, i)),
            None => None,
        }
    }
}
