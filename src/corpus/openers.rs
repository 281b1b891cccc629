//! Sentence openers: the first words of a running report sentence (`وقال`, `من جهته`,
//! `وفي`, `كما`), kept as data in assets/sentence_openers.txt. A paragraph that opens like
//! this is body text even when the source dropped its final full stop — headlines of other
//! articles embedded in a page open with a noun or a name instead.

use std::sync::OnceLock;

use super::lines::Line;
use crate::text::normalize;

/// The openers, each as its normalized words.
fn openers() -> &'static [Vec<String>] {
    static O: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    O.get_or_init(|| {
        include_str!("../../assets/sentence_openers.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                normalize(l)
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|ws| !ws.is_empty())
            .collect()
    })
}

/// Whether the line's first words are a sentence opener, bare or after the conjunction
/// و/ف (`وأضاف`, `فقد`).
pub fn opens_sentence(line: &Line) -> bool {
    let Some(first) = line.words.first() else {
        return false;
    };
    let bare = first
        .strip_prefix('و')
        .or_else(|| first.strip_prefix('ف'))
        .filter(|rest| rest.chars().count() >= 2);
    openers().iter().any(|op| {
        let Some((head, rest)) = op.split_first() else {
            return false;
        };
        let tail_ok = line
            .words
            .get(1..=rest.len())
            .is_some_and(|words| words.iter().zip(rest).all(|(a, b)| a == b));
        tail_ok && (first == head || bare == Some(head.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_sentences_open_with_openers() {
        for s in [
            "وأضاف المتحدث أن الاجتماع سيعقد الأسبوع المقبل في العاصمة",
            "من جهته رأى المحلل أن الهدنة لن تصمد طويلا دون ضمانات دولية",
            "وفي سياق متصل أعلنت الوزارة عن إجراءات جديدة لدعم المزارعين",
            "كما دعا البيان إلى ضبط النفس وتغليب لغة الحوار بين الأطراف",
            "فقد شهدت المدينة احتجاجات واسعة طوال الأسبوع الماضي",
        ] {
            assert!(opens_sentence(&Line::new(s)), "{s}");
        }
    }

    #[test]
    fn headlines_do_not() {
        for s in [
            "وزير الخارجية يزور العاصمة لبحث ملف الأسرى والمفقودين",
            "فرنسا تستدعي سفيرها للتشاور بعد الأزمة الدبلوماسية",
            "عقوبات أمريكية على شركة طيران وعلى ثلاثة مسؤولين",
            "من هو الرجل الذي يقود الحراك الجديد في الجنوب",
        ] {
            assert!(!opens_sentence(&Line::new(s)), "{s}");
        }
    }
}
