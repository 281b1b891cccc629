//! The help screen's state: shown or not, and how far it is scrolled (it may be taller than
//! a small screen).

use super::list::Move;
use crate::app::action::Command;
use crate::app::keymap::{Keymap, Layer};
use crate::i18n::{Lang, tr};
use crate::screen::rows::{CONFLICT, ESTIMATED, FROM_TEXT};

#[derive(Debug, Default)]
pub struct Help {
    pub open: bool,
    pub scroll: usize,
}

impl Help {
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.scroll = 0;
    }

    /// A command of the help layer, with `rows` help rows of which `visible` fit.
    pub fn command(&mut self, cmd: Command, rows: usize, visible: usize) {
        match Move::of(cmd) {
            Some(m) => {
                let positions = rows.saturating_sub(visible) + 1;
                self.scroll = m.apply(self.scroll, positions, visible);
            }
            None => self.open = false,
        }
    }
}

/// A row of the help screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A layer's (or the legend's) heading, as an i18n key.
    Heading(&'static str),
    /// Keys, and what they do in the UI language.
    Keys(String, String),
}

/// The help screen, generated from the keymap: each layer's bindings under a heading
/// (bindings that differ only in their argument, `open_source 1`…`9`, on one row), then
/// the legend of the marks drawn in the panes.
pub fn lines(keymap: &Keymap, lang: Lang) -> Vec<HelpLine> {
    lines_from(keymap, lang, Layer::Reader)
}

/// [`lines`] with the layer the help was opened from first (the story list's keys when it
/// is opened over the list).
pub fn lines_from(keymap: &Keymap, lang: Lang, first: Layer) -> Vec<HelpLine> {
    let mut out = Vec::new();
    let order = std::iter::once(first).chain(Layer::ALL.into_iter().filter(|l| *l != first));
    for layer in order {
        out.push(HelpLine::Heading(heading(layer)));
        let bindings = keymap.bindings(layer);
        // Runs of bindings of one command with one description share a help line.
        for group in
            bindings.chunk_by(|a, x| x.command.name() == a.command.name() && x.desc == a.desc)
        {
            let Some(b) = group.first() else {
                continue;
            };
            let keys: Vec<&str> = group
                .iter()
                .flat_map(|x| x.keys.iter().map(String::as_str))
                .collect();
            let shown = match keys.as_slice() {
                [] => "—".to_string(),
                [first, .., last] if keys.len() > 4 => format!("{first}…{last}"),
                k => k.join(" "),
            };
            let desc = if lang == Lang::Ar {
                &b.desc_ar
            } else {
                &b.desc
            };
            out.push(HelpLine::Keys(shown, desc.clone()));
        }
    }
    out.push(HelpLine::Heading("legend"));
    for (mark, key) in LEGEND {
        out.push(HelpLine::Keys(mark.to_string(), tr(lang, key).to_string()));
    }
    out
}

fn heading(layer: Layer) -> &'static str {
    match layer {
        Layer::Reader => "layer_reader",
        Layer::Prompt => "layer_prompt",
        Layer::Help => "layer_help",
        Layer::Detail => "layer_detail",
        Layer::Compare => "layer_compare",
        Layer::Stories => "layer_stories",
    }
}

/// The marks drawn in the panes, each with the i18n key of its explanation.
pub const LEGEND: &[(&str, &str)] = &[
    (ESTIMATED, "legend_estimated"),
    (CONFLICT, "legend_conflict"),
    (FROM_TEXT, "legend_from_text"),
];
