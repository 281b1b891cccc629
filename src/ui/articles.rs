//! The article list: two rows per article — number, outlet and date, then the title — with
//! the open article marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::draw::iso;
use super::list::List;
use super::{Ui, ui_direction};
use crate::app::state::State;
use crate::i18n::tr;
use crate::screen::Pane;
use crate::screen::geometry::inner;
use crate::screen::rows::ARTICLE_ROWS;

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        let title = match s.loading {
            // Short: the status line says "loading" in full.
            Some((done, total)) if total > 0 => format!(
                "{} · {}/{}",
                tr(s.lang, "articles"),
                thousands(done),
                thousands(total)
            ),
            Some(_) => format!("{} · {}…", tr(s.lang, "articles"), tr(s.lang, "loading")),
            None => tr(s.lang, "articles").to_string(),
        };
        ui.frame(buf, area, &title, s.focus == Pane::Articles, s);
        let dir = ui_direction(s);
        // The open article's marker points into the list from the start side.
        let marker = if s.lang.is_rtl() { "◀" } else { "▶" };
        let width = usize::from(inner(area).width);
        let list = List {
            body: inner(area),
            direction: dir,
            len: s.corpus.articles.len(),
            selected: s.articles.list.sel,
            focused: s.focus == Pane::Articles,
            rows_per_item: ARTICLE_ROWS,
        };
        list.draw(ui, buf, |i| {
            let Some(a) = s.corpus.articles.get(i) else {
                return Vec::new();
            };
            let open = i == s.open;
            let mark = if open { marker } else { " " };
            let date = s
                .date_shown(i)
                .unwrap_or_else(|| tr(s.lang, "no_date").to_string());
            // Its outlet, or its own name when it has none (screen::sources).
            let outlet = s.source_name(i);
            let style = if open {
                ui.theme.open
            } else {
                ui.theme.outlet(outlet)
            };
            let title_style = if open { ui.theme.open } else { ui.theme.text };
            // The article's derivation, once the comparison is in: a short badge at the start of
            // the title row, where a cut takes the title's end, not the badge (the first row is
            // full with the outlet and the date in a 34-cell list).
            let badge = s
                .reuse
                .ready()
                .and_then(|r| r.derivations.get(i))
                .map(|d| format!("{} · ", iso(tr(s.lang, label_key(d.label)))))
                .unwrap_or_default();
            // The date stays whole: a long name (an unknown outlet's title words) is cut.
            let fixed = cells(&format!("{mark}{}  · {date}", i + 1));
            let outlet = fit(outlet, width.saturating_sub(fixed));
            vec![
                (
                    format!("{mark}{} {} · {}", i + 1, iso(&outlet), iso(&date)),
                    style,
                ),
                (format!("   {badge}{}", iso(&a.title)), title_style),
            ]
        });
    }
}

/// Display cells of `text`.
fn cells(text: &str) -> usize {
    text.chars().map(crate::text::cell_width).sum()
}

/// `name` cut to `room` cells with `…` when longer (at least its first letter): the same
/// name every other pane gives, shortened so that the row's date is not cut.
fn fit(name: &str, room: usize) -> String {
    if cells(name) <= room {
        return name.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in name.chars() {
        let w = crate::text::cell_width(c);
        if used + w + 1 > room && !out.is_empty() {
            break;
        }
        out.push(c);
        used += w;
    }
    format!("{}…", out.trim_end())
}

/// The i18n key of a derivation label's badge.
pub fn label_key(l: crate::compare::Label) -> &'static str {
    match l {
        crate::compare::Label::Wholly => "wholly_derived",
        crate::compare::Label::Partially => "partially_derived",
        crate::compare::Label::Independent => "independent",
    }
}

/// `10000` as `10,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_name_is_cut_so_the_date_stays_whole() {
        assert_eq!(super::fit("sada.txt", 10), "sada.txt");
        assert_eq!(super::fit("«لقاء وزاري في عمان»", 8), "«لقاء و…");
        assert_eq!(super::fit("«لقاء»", 0), "«…");
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(3200), "3,200");
        assert_eq!(super::thousands(10000), "10,000");
        assert_eq!(super::thousands(12), "12");
    }
}
