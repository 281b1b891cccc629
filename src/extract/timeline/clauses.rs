//! What the clause around a deictic word says: whether it speaks of the future, tells of a
//! happening (and in which tense), opens a headline or a schedule — which decides whether a
//! bare `اليوم` or weekday is a date (`deictic.rs`).

use super::deictic::TIMES_OF_DAY;
use super::grammar::Parser;
use super::lexicon::{FUTURE_WORDS, cue, future_verb};
use super::words::{List, Tense, event_tense, is};

/// How far back in its clause a future marker is looked for before a weekday.
const FUTURE_REACH: usize = 8;

/// How far from `اليوم`, in its clause, a verb of a happening is looked for.
pub(super) const TODAY_REACH: usize = 6;

impl Parser<'_> {
    /// Does the clause before token `i` speak of the future: `سوف`, `على أن`, `من المقرر`, or
    /// a verb with the future prefix سـ (`سيصدر`, `ستعقد`)? Stops at punctuation.
    pub(super) fn future_before(&self, i: usize) -> bool {
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

    /// A day that opens a headline or a schedule: the first word of its paragraph before `..`
    /// (`الخميس.. افتتاح معرض`, `اليوم.. مجلس النواب يعقد`), or after `اعتبارا من`, `ابتداء
    /// من`, `بدءا من` (from that day on). Whether it is the coming one: yes unless a past verb
    /// of a happening follows (`الخميس.. افتتاح` announces; `الأحد.. وصل الوفد` reports).
    pub(super) fn headline_or_start(&self, i: usize) -> Option<bool> {
        let from = i >= 2
            && self.word(i - 1) == Some("من")
            && self
                .word(i - 2)
                .is_some_and(|w| matches!(w, "اعتبارا" | "ابتداء" | "بدءا" | "بدء" | "بدا"));
        if from {
            return Some(true);
        }
        // `إعلان جدول الامتحانات.. الثلاثاء`: the day may also close the headline.
        let closing = i >= 2
            && i + 1 == self.t.len()
            && self.is_punct_at(i - 1, ".")
            && self.is_punct_at(i - 2, ".");
        if closing {
            let past = (0..i).any(|k| {
                self.word(k)
                    .and_then(event_tense)
                    .is_some_and(|t| t == Tense::Past)
            });
            return Some(!past);
        }
        let headline = i == 0 && self.is_punct_at(1, ".") && self.is_punct_at(2, ".");
        let past = (3..3 + TODAY_REACH).any(|k| {
            self.word(k)
                .and_then(event_tense)
                .is_some_and(|t| t == Tense::Past)
        });
        headline.then_some(!past)
    }

    /// Is a bare `اليوم` at `i` the adverb "today" (see [`Parser::deictic`])?
    pub(super) fn today_adverb(&self, i: usize) -> bool {
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
        // `بمباراة اليوم`, `لجلسة اليوم`: the event noun after its preposition.
        let event_noun = |p: &str| {
            is(List::EventNoun, p)
                || p.strip_prefix(['ب', 'ل'])
                    .is_some_and(|r| is(List::EventNoun, r))
        };
        if prev.is_some_and(|p| event_noun(p) || p == "من") || self.future_before(i) {
            return true;
        }
        // An anniversary falls on a day: `تمر اليوم ذكرى وفاته`, `تحل اليوم الذكرى الـ92`.
        if (i + 1..i + 3).any(|k| self.word(k).is_some_and(|w| matches!(w, "ذكري" | "الذكري")))
        {
            return true;
        }
        // A headline that opens with its day: `اليوم.. مجلس النواب يعقد جلسة`.
        if self.headline_or_start(i).is_some() {
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
    pub(super) fn happening(&self, i: usize) -> Option<Tense> {
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

    /// Is the `الاثنين` at token `i` "the two" rather than Monday: right after a definite
    /// plural or dual noun (`تحرير القادة الاثنين`, `بين الطرفين الاثنين`; a broken plural from
    /// `plural` in `assets/timeline_words.tsv`, or `ال` and a stem of five letters or more
    /// ending in the oblique dual or plural `ين`, so `الصين` and `الدين` are not)?
    ///
    /// Not after a nominative `ان` / `ون`: its adjective would be `الاثنان`, and most such
    /// words are singular nouns (`البرلمان`, `الطيران`, `القانون`, `السودان`). Not when a
    /// verb of a happening comes right before the noun (`التقى الزعيمان الاثنين`: the noun is
    /// the verb's subject, the day its adverb), after a listed place (`البحرين`), nor when a
    /// date or time word follows (`الاثنين 7 أغسطس`, `الاثنين الماضي`, `الاثنين صباحا`).
    pub(super) fn the_two(&self, i: usize) -> bool {
        if self.word(i) != Some("الاثنين") {
            return false;
        }
        let Some(noun) = i.checked_sub(1).and_then(|p| self.word(p)) else {
            return false;
        };
        let noun = noun
            .strip_prefix('و')
            .filter(|n| n.starts_with("ال"))
            .unwrap_or(noun);
        let suffixed = noun.starts_with("ال") && noun.chars().count() >= 7 && noun.ends_with("ين");
        // A listed place ending like a dual or plural (`البحرين`, `الأرجنتين`) is the
        // sentence's subject or object: the day after it is Monday.
        if !(suffixed || is(List::Plural, noun)) || crate::lexicon::is_listed_place(noun) {
            return false;
        }
        if self.day_follows(i + 1) {
            return false;
        }
        let verb = i
            .checked_sub(2)
            .and_then(|p| self.word(p))
            .is_some_and(|v| event_tense(v).is_some() || future_verb(v));
        !verb
    }

    /// Does a date or time word start at token `k` (a day's number, a month, a tense cue, a
    /// time of day): what follows a weekday, never "the two"?
    fn day_follows(&self, k: usize) -> bool {
        if self.num(k).is_some() || self.month_at(k) {
            return true;
        }
        self.word(k).is_some_and(|w| {
            let w = w
                .strip_prefix('و')
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(w);
            cue(w).is_some()
                || TIMES_OF_DAY.contains(&w)
                || TIMES_OF_DAY.iter().any(|t| w.strip_suffix('ا') == Some(*t))
        })
    }
}
