//! Keys as the keymap and key-string tests write them: `j`, `C-c`, `S-Tab`, `<Enter>`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
            let n = f.strip_prefix('F')?.parse().ok();
            KeyCode::F(n.filter(|n| (1..=12).contains(n))?)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_strings() {
        let keys = parse_keys("2<Tab>j<Enter><C-c><S-Tab>").expect("keys");
        assert_eq!(keys.len(), 6);
        assert_eq!(keys[1].code, KeyCode::Tab);
        assert!(keys[4].ctrl && keys[4].code == KeyCode::Char('c'));
        assert_eq!(keys[5].code, KeyCode::BackTab);
        assert!(parse_keys("<Nope>").is_err());
        assert!(parse_key("Ctrl+Q").is_none());
    }
}
