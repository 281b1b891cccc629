//! Dates counted from the article's own date: `أمس` (with its weekday), `اليوم الجمعة`, `غداً`,
//! `يوم الخميس`, `مساء الأحد`, `الخميس الماضي`, `الأسبوع الماضي`, `قبل أربع سنوات`,
//! `منذ عشرة أعوام`.

use super::grammar::{Expr, Parser, definite};
use super::lexicon::{APPROXIMATIONS, ORDINALS, Unit, cue, unit, weekday};
use super::words::{List, Tense, is};

/// Deictics before a weekday: `اليوم الجمعة`, `أمس الخميس`, `غداً الأحد`.
const DEICTIC_DAYS: &[&str] = &["اليوم", "امس", "غدا", "غد"];

/// `يوم الخميس`, `ليوم الخميس`, the Moroccan `يومه الأربعاء`; `يومي`/`أيام` before a list.
const DAY_NOUNS: &[&str] = &["يوم", "ليوم", "يومه", "يومي", "ايام"];

/// Words before a weekday that make it a date: deictics, `يوم` and times of day.
pub(super) const DAY_WORDS: [&[&str]; 3] = [DEICTIC_DAYS, DAY_NOUNS, TIMES_OF_DAY];

/// `يوم` or a time of day: before a weekday (`مساء الأحد`) or `الغد` (`صباح الغد`).
fn day_noun_or_time(w: &str) -> bool {
    DAY_NOUNS.contains(&w) || TIMES_OF_DAY.contains(&w)
}

/// Times of day before a weekday or `اليوم` (`مساء الأحد`, `صباح اليوم`).
pub(super) const TIMES_OF_DAY: &[&str] = &[
    "مساء", "صباح", "ظهر", "عصر", "فجر", "ليل", "ليله", "عشيه", "نهار",
];

/// Words before `يوم الخميس` that make it a weekly habit, not a date (`عدا يوم الخميس`,
/// `كل يوم جمعة`, `باستثناء يوم السبت` in opening hours).
const HABIT_BEFORE: &[&str] = &["عدا", "ماعدا", "باستثناء", "كل", "خلا"];

/// `اليوم الأول للمعرض (الجمعة)`: day labels a weekday in brackets may follow.
const DAY_LABEL_ENDS: &[&str] = &["الاخير", "الختامي"];

impl Parser<'_> {
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
            && DAY_WORDS.iter().any(|l| l.contains(&bare))
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
            // `أمس الأول`: the day before yesterday, like `أول أمس` (never `الأول` of a list).
            "امس" if self.word(i + 1) == Some("الاول") => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: -2,
                        weekday: None,
                    },
                    i + 1,
                ));
            }
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
            // `أول أمس`, `أول من أمس`.
            "اول"
                if self.word(i + 1) == Some("امس")
                    || (self.word(i + 1) == Some("من") && self.word(i + 2) == Some("امس")) =>
            {
                let end = if self.word(i + 1) == Some("امس") {
                    i + 1
                } else {
                    i + 2
                };
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: -2,
                        weekday: self.word(end + 1).and_then(weekday),
                    },
                    end + usize::from(self.word(end + 1).and_then(weekday).is_some()),
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
        if TIMES_OF_DAY.contains(&bare) && self.word(i + 1) == Some("اليوم") {
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
        // `مواجهة الليلة`, `ستقام الليلة`: tonight is today; alone `الليلة` is also any night
        // (`ألف ليلة وليلة`, `الليلة الأولى`).
        if bare == "الليله"
            && (self.future_before(i)
                || i.checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(|p| is(List::EventNoun, p)))
        {
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
                .is_some_and(|p| day_noun_or_time(p) || is(List::EventNoun, p))
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
        if day_noun_or_time(bare)
            && let Some(d) = wd_after
        {
            if i.checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|p| HABIT_BEFORE.contains(&p))
            {
                return None;
            }
            // `يومي الجمعة والسبت`, `أيام الإثنين والثلاثاء والأربعاء`: the days listed, a
            // range when they follow each other.
            let (mut last, mut through, mut next_ok) = (i + 1, None, true);
            while let Some(w) = self
                .word(last + 1)
                .filter(|w| w.starts_with('و'))
                .and_then(weekday)
            {
                next_ok &= w == (through.unwrap_or(d) + 1) % 7;
                through = Some(w);
                last += 1;
            }
            let through = through.filter(|_| next_ok);
            let c = self.word(last + 1).and_then(cue);
            // `يعقد المجلس جلسته يوم الخميس`: an imperfect verb of a happening schedules it;
            // else the tense of its sentence or paragraph (`tense.rs`: a forecast's days).
            let ahead = self.future_before(i)
                || self.happening(i) == Some(Tense::Imperfect)
                || self.weekday_ahead(i);
            return Some((
                Expr::Weekday {
                    weekday: d,
                    through,
                    cue: c,
                    ahead: c.is_none() && ahead,
                },
                last + usize::from(c.is_some()),
            ));
        }
        if let (Some(d), Some(c)) = (weekday(w), self.word(i + 1).and_then(cue)) {
            return Some((
                Expr::Weekday {
                    weekday: d,
                    through: None,
                    cue: Some(c),
                    ahead: false,
                },
                i + 1,
            ));
        }
        // `(الثلاثاء) القادم`: a weekday in brackets keeps the cue after them.
        if let Some(d) = weekday(w)
            && self.is_punct_at(i.wrapping_sub(1), "(")
            && self.is_punct_at(i + 1, ")")
            && let Some(c) = self.word(i + 2).and_then(cue)
        {
            return Some((
                Expr::Weekday {
                    weekday: d,
                    through: None,
                    cue: Some(c),
                    ahead: false,
                },
                i + 2,
            ));
        }
        if let Some(d) = weekday(w)
            && let Some(ahead) = self.headline_or_start(i)
        {
            return Some((
                Expr::Weekday {
                    weekday: d,
                    through: None,
                    cue: None,
                    ahead,
                },
                i,
            ));
        }
        // `القادة الاثنين`: "the two", not Monday.
        if self.the_two(i) {
            return None;
        }
        // Newswire style: a weekday alone between commas (`قال الوزير، الخميس، إن …`), or
        // between a comma and its sentence's end (`انضم إلى الفريق، الثلاثاء.`).
        if let Some(d) = weekday(w) {
            let comma = |k: usize| self.is_punct_at(k, "،,");
            let ends = |k: usize| k >= self.t.len() || self.is_punct_at(k, ".؛;!؟");
            if i > 0 && comma(i - 1) && (comma(i + 1) || ends(i + 1)) {
                // The clause before the first comma says which way (`ومن المتوقع أن يتولى
                // المنصب، الاثنين،` is the coming Monday; `قال الوزير، الخميس،` the last).
                return Some((
                    Expr::Weekday {
                        weekday: d,
                        through: None,
                        cue: None,
                        ahead: self.future_before(i - 1),
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
                .is_some_and(|p| {
                    matches!(p, "صلاه" | "خطبه" | "سوق" | "مسجد" | "جامع")
                        // `عدا يوم الخميس`: the day noun's rule saw a habit.
                        || DAY_NOUNS.contains(&p)
                });
            // `يتوجه الوزير، السبت إلى المنامة`: right after a comma, the verb before it.
            let tense = self.happening(i).or_else(|| {
                (i > 0 && comma(i - 1))
                    .then(|| self.happening(i - 1))
                    .flatten()
            });
            if !named && let Some(tense) = tense {
                return Some((
                    Expr::Weekday {
                        weekday: d,
                        through: None,
                        cue: None,
                        ahead: tense == Tense::Imperfect || self.future_before(i),
                    },
                    i,
                ));
            }
            // After a noun or an adverb in a forecast (`درجات حرارة متوقعة الأحد`, `انخفاض
            // على الحرارة الأحد.`): the clause before it, or its sentence when the day closes
            // it, speaks of the future.
            let closes = self.t.get(i + 1).is_none_or(|t| t.punct);
            if !named && (self.future_clause_before(i) || (closes && self.future_sentence(i))) {
                return Some((
                    Expr::Weekday {
                        weekday: d,
                        through: None,
                        cue: None,
                        ahead: true,
                    },
                    i,
                ));
            }
            // `اليوم الأول للمعرض (الجمعة)`: a weekday in brackets after a day label.
            if self.is_punct_at(i.wrapping_sub(1), "(")
                && self.is_punct_at(i + 1, ")")
                && self.after_day_label(i - 1)
            {
                return Some((
                    Expr::Weekday {
                        weekday: d,
                        through: None,
                        cue: None,
                        ahead: self.weekday_ahead(i),
                    },
                    i,
                ));
            }
        }
        // الأسبوع الماضي, الشهر المقبل, العام الجاري.
        let named = match definite(bare).as_ref() {
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
            // `بعد ست سنوات في السلطة`, `بعد عامين في السجن`: a span spent in a state.
            if self.word(after) == Some("في")
                && self.word(after + 1).is_some_and(|w| is(List::State, w))
            {
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
            (mut date @ Expr::Date { day: Some(_), .. }, last) => {
                if let Expr::Date { weekday, .. } = &mut date {
                    *weekday = Some(wd);
                }
                Some((date, last))
            }
            r @ (Expr::Numeric(_), _) => Some(r),
            _ => None,
        }
    }

    /// Does a day label (`اليوم الأول`, `اليوم الثاني للمعرض`, `اليوم الختامي`) end just
    /// before token `k`, within its few words?
    fn after_day_label(&self, k: usize) -> bool {
        (k.saturating_sub(4)..k).any(|j| {
            self.word(j) == Some("اليوم")
                && self
                    .word(j + 1)
                    .is_some_and(|o| ORDINALS.contains(&o) || DAY_LABEL_ENDS.contains(&o))
        })
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
