//! Keys to commands: the default table in assets/keymap.toml (every binding with a
//! description, from which the help screen is generated), overridable from the config.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use super::action::Command;

/// One binding of the table, as the help screen shows it.
#[derive(Debug, Clone, Deserialize)]
pub struct Binding {
    pub action: Command,
    pub keys: Vec<String>,
    pub desc: String,
    pub desc_ar: String,
}

#[derive(Debug, Deserialize)]
struct Table {
    bind: Vec<Binding>,
}

/// A key as the keymap knows it: a code with Ctrl/Alt (Shift is in the character or BackTab).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub fn from_event(e: &KeyEvent) -> Key {
        let code = match e.code {
            KeyCode::Char(c) if e.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        Key {
            code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
            alt: e.modifiers.contains(KeyModifiers::ALT),
        }
    }

    pub fn event(self) -> KeyEvent {
        let mut m = KeyModifiers::NONE;
        if self.ctrl {
            m |= KeyModifiers::CONTROL;
        }
        if self.alt {
            m |= KeyModifiers::ALT;
        }
        if self.code == KeyCode::BackTab {
            m |= KeyModifiers::SHIFT;
        }
        KeyEvent::new(self.code, m)
    }
}

/// Parse a key name: a character, or Tab, S-Tab, Enter, Esc, Space, Backspace, Up, Down, Left,
/// Right, PgUp, PgDn, Home, End, F1–F12, with `C-` or `A-` in front.
pub fn parse_key(name: &str) -> Option<Key> {
    let (mut ctrl, mut alt, mut rest) = (false, false, name);
    loop {
        if let Some(r) = rest.strip_prefix("C-").filter(|r| !r.is_empty()) {
            ctrl = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("A-").filter(|r| !r.is_empty()) {
            alt = true;
            rest = r;
        } else {
            break;
        }
    }
    let code = match rest {
        "Tab" => KeyCode::Tab,
        "S-Tab" | "BackTab" => KeyCode::BackTab,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Space" => KeyCode::Char(' '),
        "Backspace" => KeyCode::Backspace,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" | "PageUp" => KeyCode::PageUp,
        "PgDn" | "PageDown" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        f if f.len() > 1 && f.starts_with('F') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        s => {
            let mut chars = s.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
        }
    };
    Some(Key { code, ctrl, alt })
}

/// Parse a key string as tests and demos write it: plain characters, and names in angle
/// brackets (`"2<Tab>jj<Enter>n"`, `"<C-c>"`).
pub fn parse_keys(s: &str) -> Result<Vec<Key>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '<' {
            let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
            out.push(parse_key(&name).ok_or_else(|| format!("unknown key <{name}>"))?);
        } else {
            out.push(Key {
                code: KeyCode::Char(c),
                ctrl: false,
                alt: false,
            });
        }
    }
    Ok(out)
}

/// The keymap: the default table with the config's overrides applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
    map: HashMap<Key, Command>,
}

impl Keymap {
    /// The default table (assets/keymap.toml).
    pub fn default_map() -> Keymap {
        // The table is part of the binary and checked by the tests: parsing cannot fail.
        let table: Table = toml::from_str(include_str!("../../assets/keymap.toml"))
            .unwrap_or(Table { bind: Vec::new() });
        Keymap::from_bindings(table.bind)
    }

    fn from_bindings(bindings: Vec<Binding>) -> Keymap {
        let mut map = HashMap::new();
        for b in &bindings {
            for k in b.keys.iter().filter_map(|k| parse_key(k)) {
                map.insert(k, b.action);
            }
        }
        Keymap { bindings, map }
    }

    /// Replace the keys of `command` (from the config's `[keys]`).
    pub fn rebind(&mut self, command: Command, keys: Vec<String>) {
        for b in self.bindings.iter_mut().filter(|b| b.action == command) {
            b.keys = keys.clone();
        }
        *self = Keymap::from_bindings(std::mem::take(&mut self.bindings));
    }

    /// The command bound to a key, with the digit for `OpenSource`.
    pub fn command(&self, key: &Key) -> Option<(Command, Option<usize>)> {
        let cmd = *self.map.get(key)?;
        let digit = match key.code {
            KeyCode::Char(c) => c.to_digit(10).map(|d| d as usize),
            _ => None,
        };
        Some((cmd, digit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_table_parses_and_every_key_is_valid() {
        let table: Table =
            toml::from_str(include_str!("../../assets/keymap.toml")).expect("keymap.toml parses");
        assert!(table.bind.len() >= 20);
        for b in &table.bind {
            assert!(
                !b.desc.is_empty() && !b.desc_ar.is_empty(),
                "{:?} needs descriptions",
                b.action
            );
            for k in &b.keys {
                assert!(parse_key(k).is_some(), "bad key name {k}");
            }
        }
    }

    #[test]
    fn key_strings() {
        let keys = parse_keys("2<Tab>j<Enter><C-c><S-Tab>").expect("keys");
        assert_eq!(keys.len(), 6);
        assert_eq!(keys[1].code, KeyCode::Tab);
        assert!(keys[4].ctrl && keys[4].code == KeyCode::Char('c'));
        assert_eq!(keys[5].code, KeyCode::BackTab);
        assert!(parse_keys("<Nope>").is_err());
    }

    #[test]
    fn digits_open_sources() {
        let km = Keymap::default_map();
        let k = parse_key("3").expect("key");
        assert_eq!(km.command(&k), Some((Command::OpenSource, Some(3))));
        assert_eq!(
            km.command(&parse_key("q").expect("q")),
            Some((Command::Quit, None))
        );
    }
}
