//! The config file (`~/.config/khabar/config.toml`, or `--config FILE`): the UI language and
//! key rebindings. Anything unknown or malformed is refused with the file and the key named —
//! the reader never starts half-configured.

use std::path::{Path, PathBuf};

use super::action::Command;
use super::i18n::Lang;
use super::keymap::{Keymap, parse_key};

/// What the config file sets.
#[derive(Debug, Clone)]
pub struct Config {
    pub lang: Option<Lang>,
    pub keymap: Keymap,
}

/// The default config location: `$XDG_CONFIG_HOME/khabar/config.toml` or
/// `~/.config/khabar/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("khabar").join("config.toml"))
}

/// Load `explicit` (which must exist) or the default file (which may be absent).
pub fn load(explicit: Option<&Path>) -> Result<Config, String> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match default_path().filter(|p| p.exists()) {
            Some(p) => p,
            None => {
                return Ok(Config {
                    lang: None,
                    keymap: Keymap::default_map(),
                });
            }
        },
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parse a config file's text.
pub fn parse(text: &str) -> Result<Config, String> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    let mut config = Config {
        lang: None,
        keymap: Keymap::default_map(),
    };
    for (key, value) in &table {
        match key.as_str() {
            "lang" => {
                let s = value.as_str().ok_or("lang: expected \"ar\" or \"en\"")?;
                config.lang = Some(
                    Lang::parse(s)
                        .ok_or_else(|| format!("lang: expected \"ar\" or \"en\", got \"{s}\""))?,
                );
            }
            "keys" => {
                let keys = value
                    .as_table()
                    .ok_or("keys: expected a table of action = keys")?;
                for (action, v) in keys {
                    let command: Command = toml::Value::String(action.clone())
                        .try_into()
                        .map_err(|_| format!("keys.{action}: unknown action"))?;
                    let names: Vec<String> = match v {
                        toml::Value::String(s) => vec![s.clone()],
                        toml::Value::Array(items) => items
                            .iter()
                            .map(|i| {
                                i.as_str()
                                    .map(str::to_string)
                                    .ok_or_else(|| format!("keys.{action}: expected key names"))
                            })
                            .collect::<Result<_, _>>()?,
                        _ => {
                            return Err(format!(
                                "keys.{action}: expected a key name or a list of them"
                            ));
                        }
                    };
                    if let Some(bad) = names.iter().find(|n| parse_key(n).is_none()) {
                        return Err(format!("keys.{action}: unknown key name \"{bad}\""));
                    }
                    config.keymap.rebind(command, names);
                }
            }
            other => return Err(format!("unknown key \"{other}\"")),
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::parse_key;

    #[test]
    fn rebinds_and_sets_language() {
        let c = parse("lang = \"ar\"\n[keys]\nquit = [\"C-q\", \"Q\"]\nhelp = \"F1\"\n")
            .expect("valid");
        assert_eq!(c.lang, Some(Lang::Ar));
        let q = parse_key("C-q").expect("key");
        assert_eq!(c.keymap.command(&q), Some((Command::Quit, None)));
        assert_eq!(c.keymap.command(&parse_key("q").expect("q")), None);
        assert_eq!(
            c.keymap.command(&parse_key("F1").expect("F1")).map(|c| c.0),
            Some(Command::Help)
        );
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        assert_eq!(
            parse("colour = 1").err().as_deref(),
            Some("unknown key \"colour\"")
        );
        assert!(
            parse("lang = \"fr\"")
                .err()
                .is_some_and(|e| e.starts_with("lang:"))
        );
        assert_eq!(
            parse("[keys]\nfly = \"f\"").err().as_deref(),
            Some("keys.fly: unknown action")
        );
        assert!(
            parse("[keys]\nquit = \"Ctrl+Q\"")
                .err()
                .is_some_and(|e| e.contains("keys.quit") && e.contains("Ctrl+Q"))
        );
        assert!(parse("lang = ").is_err());
    }

    #[test]
    fn explicit_missing_file_is_an_error() {
        let e = load(Some(Path::new("/no/such/khabar.toml")))
            .err()
            .unwrap_or_default();
        assert!(e.starts_with("/no/such/khabar.toml:"), "{e}");
    }
}
