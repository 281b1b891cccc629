//! The config file (`~/.config/khabar/config.toml`, or `--config FILE`): the UI language, the
//! bidi mode, the file size limit (`max_file_size`, every command), the theme, and key
//! bindings by layer (`[reader]`, `[prompt]`, `[help]`,
//! `[detail]`, `[compare]`, `[stories]`; `[keys]` is the old name of `[reader]`). Anything unknown or malformed is
//! refused with the file, the line and the key named — the reader never starts
//! half-configured.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::action::Command;
use super::keymap::{Keymap, Layer, Origin, line_of};
use super::run::Bidi;
use crate::i18n::Lang;

/// The colour sets of the theme (`[theme] palette = "dark"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    /// For dark backgrounds, 256 colours.
    #[default]
    Dark,
    /// For light backgrounds.
    Light,
    /// The 16 basic colours only.
    Basic,
}

impl Palette {
    pub fn parse(s: &str) -> Option<Palette> {
        match s {
            "dark" => Some(Palette::Dark),
            "light" => Some(Palette::Light),
            "16" | "basic" => Some(Palette::Basic),
            _ => None,
        }
    }
}

/// What the config file sets.
#[derive(Debug, Clone)]
pub struct Config {
    pub lang: Option<Lang>,
    pub bidi: Option<Bidi>,
    pub palette: Option<Palette>,
    /// Largest file read, in bytes (`max_file_size = "64M"` or a number of bytes).
    pub max_file_size: Option<u64>,
    pub keymap: Keymap,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            lang: None,
            bidi: None,
            palette: None,
            max_file_size: None,
            keymap: Keymap::default_map(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    lang: Option<Spanned<String>>,
    bidi: Option<Spanned<String>>,
    max_file_size: Option<Spanned<RawSize>>,
    theme: Option<RawTheme>,
    keys: Option<Bindings>,
    reader: Option<Bindings>,
    prompt: Option<Bindings>,
    help: Option<Bindings>,
    detail: Option<Bindings>,
    compare: Option<Bindings>,
    stories: Option<Bindings>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    palette: Spanned<String>,
}

/// `max_file_size = "64M"` or `max_file_size = 1048576` (bytes).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawSize {
    Bytes(i64),
    Text(String),
}

/// `command = "key"` or `command = ["key", …]`, in file order.
type Bindings = BTreeMap<String, Spanned<KeyNames>>;

#[derive(Deserialize)]
#[serde(untagged)]
enum KeyNames {
    One(String),
    Many(Vec<String>),
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
            None => return Ok(Config::default()),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text, &path.display().to_string())
}

/// Parse a config file's text; errors start with `file:line:`.
pub fn parse(text: &str, file: &str) -> Result<Config, String> {
    let at = |offset: usize| format!("{file}:{}", line_of(text, offset));
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        format!("{file}:{line}: {}", e.message().trim_end())
    })?;
    let mut config = Config::default();
    if let Some(l) = raw.lang {
        config.lang = Some(Lang::parse(l.get_ref()).ok_or_else(|| {
            format!(
                "{}: lang: expected \"ar\" or \"en\", got \"{}\"",
                at(l.span().start),
                l.get_ref()
            )
        })?);
    }
    if let Some(b) = raw.bidi {
        config.bidi = Some(Bidi::parse(b.get_ref()).ok_or_else(|| {
            format!(
                "{}: bidi: expected \"explicit\" or \"terminal\", got \"{}\"",
                at(b.span().start),
                b.get_ref()
            )
        })?);
    }
    if let Some(m) = raw.max_file_size {
        let bytes = match m.get_ref() {
            RawSize::Bytes(b) => u64::try_from(*b).ok().filter(|&b| b > 0),
            RawSize::Text(t) => crate::corpus::parse_size(t),
        };
        config.max_file_size = Some(bytes.ok_or_else(|| {
            let got = match m.get_ref() {
                RawSize::Bytes(b) => b.to_string(),
                RawSize::Text(t) => format!("\"{t}\""),
            };
            format!(
                "{}: max_file_size: expected a size such as \"64M\" or a number of bytes, got {got}",
                at(m.span().start)
            )
        })?);
    }
    if let Some(t) = raw.theme {
        let p = &t.palette;
        config.palette = Some(Palette::parse(p.get_ref()).ok_or_else(|| {
            format!(
                "{}: theme.palette: expected \"dark\", \"light\" or \"16\", got \"{}\"",
                at(p.span().start),
                p.get_ref()
            )
        })?);
    }
    let sections = [
        (Layer::Reader, raw.keys),
        (Layer::Reader, raw.reader),
        (Layer::Prompt, raw.prompt),
        (Layer::Help, raw.help),
        (Layer::Detail, raw.detail),
        (Layer::Compare, raw.compare),
        (Layer::Stories, raw.stories),
    ];
    for (layer, bindings) in sections {
        // In file order, so a conflict is reported at the line that made it.
        let mut entries: Vec<(String, Spanned<KeyNames>)> =
            bindings.into_iter().flatten().collect();
        entries.sort_by_key(|(_, v)| v.span().start);
        for (name, value) in entries {
            let origin = Origin {
                file: file.to_string(),
                line: line_of(text, value.span().start),
            };
            let command: Command = name
                .parse()
                .map_err(|e| format!("{origin}: [{}] {e}", layer.name()))?;
            let keys = match value.into_inner() {
                KeyNames::One(k) => vec![k],
                KeyNames::Many(ks) => ks,
            };
            config.keymap.rebind(layer, command, keys, origin)?;
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::parse_key;

    fn key(k: &str) -> crate::app::keymap::Key {
        parse_key(k).expect("key name")
    }

    #[test]
    fn rebinds_by_layer_and_sets_language_bidi_and_theme() {
        let c = parse(
            "lang = \"ar\"\nbidi = \"terminal\"\n[theme]\npalette = \"light\"\n\
             [reader]\nquit = [\"C-q\", \"Q\"]\nhelp = \"F1\"\n\"open_source 1\" = \"F2\"\n\
             [prompt]\nsubmit = [\"Enter\", \"C-j\"]\n",
            "c.toml",
        )
        .expect("valid");
        assert_eq!(c.lang, Some(Lang::Ar));
        assert_eq!(c.bidi, Some(Bidi::Terminal));
        assert_eq!(c.palette, Some(Palette::Light));
        let km = &c.keymap;
        assert_eq!(km.command(Layer::Reader, &key("C-q")), Some(Command::Quit));
        assert_eq!(km.command(Layer::Reader, &key("q")), None);
        assert_eq!(km.command(Layer::Reader, &key("F1")), Some(Command::Help));
        assert_eq!(
            km.command(Layer::Reader, &key("F2")),
            Some(Command::OpenSource(1))
        );
        assert_eq!(km.command(Layer::Reader, &key("1")), None);
        assert_eq!(
            km.command(Layer::Prompt, &key("C-j")),
            Some(Command::Submit)
        );
    }

    #[test]
    fn the_file_size_limit_is_a_size_or_a_number_of_bytes() {
        let size = |text: &str| parse(text, "c.toml").map(|c| c.max_file_size);
        assert_eq!(size("max_file_size = \"2M\""), Ok(Some(2 << 20)));
        assert_eq!(size("max_file_size = \"512 k\""), Ok(Some(512 << 10)));
        assert_eq!(size("max_file_size = 4096"), Ok(Some(4096)));
        assert_eq!(size("lang = \"ar\""), Ok(None));
        assert_eq!(
            size("\nmax_file_size = \"lots\""),
            Err("c.toml:2: max_file_size: expected a size such as \"64M\" or a number of bytes, got \"lots\"".to_string())
        );
        assert_eq!(
            size("max_file_size = -1"),
            Err("c.toml:1: max_file_size: expected a size such as \"64M\" or a number of bytes, got -1".to_string())
        );
        assert!(size("max_file_size = 0").is_err());
    }

    #[test]
    fn the_old_keys_section_is_the_reader_layer() {
        let c = parse("[keys]\nquit = \"Q\"\n", "c.toml").expect("valid");
        assert_eq!(
            c.keymap.command(Layer::Reader, &key("Q")),
            Some(Command::Quit)
        );
    }

    #[test]
    fn refusals_name_file_line_and_key() {
        let err = |text: &str| parse(text, "c.toml").err().unwrap_or_default();
        assert!(
            err("colour = 1").starts_with("c.toml:1: unknown field `colour`"),
            "{}",
            err("colour = 1")
        );
        assert_eq!(
            err("\n\nlang = \"fr\""),
            "c.toml:3: lang: expected \"ar\" or \"en\", got \"fr\""
        );
        assert_eq!(
            err("[reader]\n\nfly = \"f\""),
            "c.toml:3: [reader] unknown command \"fly\""
        );
        assert_eq!(
            err("[reader]\nquit = \"Ctrl+Q\""),
            "c.toml:2: unknown key name \"Ctrl+Q\""
        );
        // The bug this refuses: quit on j left j bound twice, and only Ctrl-C quit.
        assert_eq!(
            err("# mine\n[reader]\nquit = \"j\"\n"),
            "c.toml:3: key \"j\" is bound twice in [reader]: quit and down"
        );
        assert_eq!(
            err("[reader]\nquit = []\n"),
            "c.toml:2: [reader] has no key for quit: it could not be left"
        );
        assert_eq!(
            err("[prompt]\ncancel = []\n"),
            "c.toml:2: [prompt] has no key for cancel: it could not be left"
        );
        assert!(
            err("lang = ").starts_with("c.toml:1:"),
            "{}",
            err("lang = ")
        );
        assert_eq!(
            err("[theme]\npalette = \"neon\""),
            "c.toml:2: theme.palette: expected \"dark\", \"light\" or \"16\", got \"neon\""
        );
    }

    #[test]
    fn explicit_missing_file_is_an_error() {
        let e = load(Some(Path::new("/no/such/khabar.toml")))
            .err()
            .unwrap_or_default();
        assert!(e.starts_with("/no/such/khabar.toml:"), "{e}");
    }
}
