//! Semantic styles: every pane draws with these names (focus, selection, mention, …) and
//! never a colour literal, so one `[theme] palette` (dark, light, 16 colours) changes the
//! whole reader.

use ratatui::style::{Color, Modifier, Style};

use crate::app::config::Palette;

#[derive(Debug, Clone)]
pub struct Theme {
    /// The focused pane's border and title.
    pub focus: Style,
    /// Other panes' borders, and their titles.
    pub border: Style,
    pub title: Style,
    /// The selected row of the focused list.
    pub selection: Style,
    /// The open article in the list.
    pub open: Style,
    /// Marked mentions or hits, and the one the cursor is on.
    pub mention: Style,
    pub current: Style,
    pub headline: Style,
    pub meta: Style,
    pub boilerplate: Style,
    pub text: Style,
    /// Kind headings of the entities pane, detail headings.
    pub heading: Style,
    /// An estimated date's row.
    pub estimated: Style,
    /// A pane's "analysing…", "no entities found".
    pub note: Style,
    /// "analysis failed: …".
    pub failure: Style,
    pub status: Style,
    pub prompt: Style,
    /// Text shared with another source (body and compare view): subtle.
    pub shared: Style,
    /// In the compare view, words of a shared passage that differ on the other side.
    pub differs: Style,
    /// Where one side of the compare view has nothing facing the other.
    pub gap: Style,
    /// The margin mark beside shared text (with the other source's number).
    pub margin: Style,
    /// Outlet names, by a hash of the name.
    pub outlets: Vec<Color>,
}

impl Theme {
    pub fn new(palette: Palette) -> Theme {
        let base = Theme {
            focus: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            title: Style::new().fg(Color::Gray),
            selection: Style::new().bg(Color::Blue).fg(Color::White),
            open: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            mention: Style::new().bg(Color::Yellow).fg(Color::Black),
            current: Style::new()
                .bg(Color::Magenta)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            headline: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            meta: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            boilerplate: Style::new().fg(Color::DarkGray).add_modifier(Modifier::DIM),
            text: Style::new(),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            estimated: Style::new().add_modifier(Modifier::ITALIC),
            note: Style::new().fg(Color::DarkGray),
            failure: Style::new().fg(Color::Red),
            status: Style::new().bg(Color::DarkGray).fg(Color::White),
            prompt: Style::new().bg(Color::Black).fg(Color::White),
            shared: Style::new().add_modifier(Modifier::UNDERLINED),
            differs: Style::new().bg(Color::Red).fg(Color::White),
            gap: Style::new().fg(Color::DarkGray),
            margin: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            outlets: vec![
                Color::Green,
                Color::Cyan,
                Color::Magenta,
                Color::Yellow,
                Color::LightBlue,
                Color::LightRed,
            ],
        };
        match palette {
            Palette::Basic => base,
            // 256 colours: softer selection and notes than the 16 basic ones.
            Palette::Dark => Theme {
                selection: Style::new().bg(Color::Indexed(24)).fg(Color::White),
                note: Style::new().fg(Color::Indexed(244)),
                ..base
            },
            // Dark text on a light background: white and yellow text would vanish.
            Palette::Light => Theme {
                focus: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::Gray),
                title: Style::new().fg(Color::DarkGray),
                selection: Style::new().bg(Color::LightBlue).fg(Color::Black),
                open: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
                headline: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
                meta: Style::new()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::ITALIC),
                boilerplate: Style::new().fg(Color::Gray),
                heading: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                note: Style::new().fg(Color::DarkGray),
                status: Style::new().bg(Color::Gray).fg(Color::Black),
                prompt: Style::new().bg(Color::White).fg(Color::Black),
                outlets: vec![
                    Color::Green,
                    Color::Blue,
                    Color::Magenta,
                    Color::Red,
                    Color::Cyan,
                    Color::DarkGray,
                ],
                ..base
            },
        }
    }

    /// The colour of an outlet's name (the same outlet always the same colour).
    pub fn outlet(&self, name: &str) -> Style {
        let h = name
            .bytes()
            .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
        let n = self.outlets.len().max(1);
        self.outlets
            .get(h as usize % n)
            .map_or(Style::new(), |c| Style::new().fg(*c))
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::new(Palette::Dark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_palette_marks_mentions_selection_and_focus_apart_from_text() {
        for p in [Palette::Dark, Palette::Light, Palette::Basic] {
            let t = Theme::new(p);
            for (name, s) in [
                ("mention", t.mention),
                ("current", t.current),
                ("selection", t.selection),
            ] {
                assert!(s.bg.is_some(), "{p:?} {name} has a background");
                assert_ne!(s.bg, t.text.bg, "{p:?} {name}");
            }
            assert_ne!(t.focus, t.border, "{p:?}");
            assert_ne!(t.mention.bg, t.current.bg, "{p:?}");
        }
    }

    #[test]
    fn the_16_colour_palette_uses_no_indexed_colour() {
        let t = Theme::new(Palette::Basic);
        let styles = [
            t.focus,
            t.border,
            t.title,
            t.selection,
            t.open,
            t.mention,
            t.current,
            t.headline,
            t.meta,
            t.boilerplate,
            t.text,
            t.heading,
            t.estimated,
            t.note,
            t.failure,
            t.status,
            t.prompt,
        ];
        let indexed = |c: Option<Color>| matches!(c, Some(Color::Indexed(_) | Color::Rgb(..)));
        assert!(styles.iter().all(|s| !indexed(s.fg) && !indexed(s.bg)));
        assert!(t.outlets.iter().all(|c| !indexed(Some(*c))));
    }

    #[test]
    fn an_outlet_keeps_its_colour() {
        let t = Theme::default();
        assert_eq!(t.outlet("وكالة"), t.outlet("وكالة"));
        assert!(t.outlet("وكالة").fg.is_some());
    }
}
