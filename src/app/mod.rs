//! The reader: state, commands, keymap, config, and the event loop that ties them to a
//! terminal. Keys become [`Command`]s through the live layer of the keymap;
//! [`update::update`] applies them. This module draws nothing and imports neither
//! [`crate::ui`] nor [`crate::cli`]: [`run`] is handed a painter, and plain options.

pub mod action;
pub mod config;
mod events;
pub mod keymap;
mod keys;
pub mod panes;
mod restrict;
mod reuse;
mod run;
pub mod state;
pub mod stories;
mod terminal;
mod timing;
pub mod update;

use std::sync::Arc;

use crossterm::event::{Event, KeyCode, KeyEventKind, MouseEventKind};

use crate::corpus::Corpus;
use crate::i18n::Lang;
use action::{Action, Command};
use keymap::{Key, Keymap, Layer, parse_keys};
pub use run::{Bidi, ReaderOptions, run};
use state::State;

/// The reader around its state, independent of the terminal (tests drive it directly).
pub struct App {
    pub state: State,
}

impl App {
    pub fn new(corpus: Arc<Corpus>, lang: Lang, keymap: Keymap) -> App {
        let mut state = State::new(corpus, lang, keymap);
        state.sync_layout();
        App { state }
    }

    /// Apply an action.
    pub fn update(&mut self, action: Action) {
        update::update(&mut self.state, action);
    }

    /// Deliver a search index and an analysis, as the worker does (tests and benches).
    pub fn analysed(&mut self, analysis: crate::extract::Analysis, index: crate::search::Index) {
        self.update(Action::Indexed(Box::new(index)));
        self.update(Action::Analysed(Ok(Box::new(analysis))));
    }

    /// Deliver the outlet comparison, as the worker does after the analysis (tests).
    pub fn compared(&mut self, reuse: crate::compare::Reuse) {
        self.update(Action::Compared(Ok(Box::new((reuse, Vec::new())))));
    }

    /// Route one key through the live layer: a bound command; else in the prompt a
    /// character types, in the help any other key closes it, in the details the reader's
    /// keys work.
    pub fn key(&mut self, key: Key) {
        let layer = self.state.layer();
        let action = match self.state.keymap.command(layer, &key) {
            Some(cmd) => Action::Run(cmd),
            None => match (layer, key.code) {
                (Layer::Prompt, KeyCode::Char(c)) if !key.ctrl && !key.alt => Action::Type(c),
                (Layer::Help, _) => Action::Run(Command::Close),
                // A key the detail layer does not bind is the reader's.
                (Layer::Detail, _) => match self.state.keymap.command(Layer::Reader, &key) {
                    Some(cmd) => Action::Run(cmd),
                    None => return,
                },
                _ => return,
            },
        };
        self.update(action);
    }

    /// Feed a key string such as `"2<Tab>jj<Enter>n"`.
    pub fn press(&mut self, keys: &str) -> Result<(), String> {
        for k in parse_keys(keys)? {
            self.key(k);
        }
        Ok(())
    }

    /// A terminal event.
    pub fn event(&mut self, ev: Event) {
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(Key::from_event(&k)),
            Event::Resize(w, h) => self.update(Action::Resize(w, h)),
            Event::Mouse(m) => {
                let a = match m.kind {
                    MouseEventKind::Down(_) => Action::Click(m.column, m.row),
                    MouseEventKind::ScrollDown => Action::Scroll(m.column, m.row, 3),
                    MouseEventKind::ScrollUp => Action::Scroll(m.column, m.row, -3),
                    _ => return,
                };
                self.update(a);
            }
            _ => {}
        }
    }
}
