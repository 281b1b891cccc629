//! Keys to commands, in layers: the reader, the search prompt, the help, the detail view each
//! have their own table (assets/keymap.toml, every binding with a description, from which
//! the help screen is generated), overridable from the config. A key bound to two commands
//! in one layer, or a layer that cannot be left, is refused with the file, line and key.

use std::collections::HashMap;

use serde::Deserialize;

use super::action::Command;
pub use super::keys::{Key, parse_key, parse_keys};

/// Where keys are looked up: what the reader is showing decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Reader,
    Prompt,
    Help,
    Detail,
    /// The compare view of two sources.
    Compare,
    /// The list of a folder's stories.
    Stories,
}

impl Layer {
    pub const ALL: [Layer; 6] = [
        Layer::Reader,
        Layer::Prompt,
        Layer::Help,
        Layer::Detail,
        Layer::Compare,
        Layer::Stories,
    ];

    /// The section name in keymap.toml and the config.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Reader => "reader",
            Layer::Prompt => "prompt",
            Layer::Help => "help",
            Layer::Detail => "detail",
            Layer::Compare => "compare",
            Layer::Stories => "stories",
        }
    }

    pub fn parse(s: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.name() == s)
    }

    /// The command that leaves this layer: it must keep a key.
    pub fn exit(self) -> Command {
        match self {
            Layer::Reader | Layer::Stories => Command::Quit,
            Layer::Prompt => Command::Cancel,
            Layer::Help | Layer::Detail | Layer::Compare => Command::Close,
        }
    }
}

/// Where a binding was written: file and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One binding, as the help screen shows it.
#[derive(Debug, Clone)]
pub struct Binding {
    pub command: Command,
    pub keys: Vec<String>,
    pub desc: String,
    pub desc_ar: String,
    pub origin: Origin,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBinding {
    run: toml::Spanned<String>,
    keys: Vec<String>,
    desc: String,
    desc_ar: String,
}

/// The name the default table is reported under.
pub const DEFAULT_FILE: &str = "assets/keymap.toml";
const DEFAULT_TEXT: &str = include_str!("../../assets/keymap.toml");

/// 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    1 + text
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|b| **b == b'\n')
        .count()
}

/// The keymap: each layer's bindings, in help order, and the lookup built from them.
#[derive(Debug, Clone)]
pub struct Keymap {
    layers: Vec<(Layer, Vec<Binding>)>,
    map: HashMap<(Layer, Key), Command>,
}

impl Keymap {
    /// The default table (assets/keymap.toml).
    pub fn default_map() -> Keymap {
        // The table is part of the binary and the tests parse and validate it: this cannot
        // fail in a build that passed them; an empty keymap would still let Ctrl-C end the
        // process through the terminal's signal.
        Keymap::parse(DEFAULT_TEXT, DEFAULT_FILE).unwrap_or_else(|_| Keymap {
            layers: Vec::new(),
            map: HashMap::new(),
        })
    }

    /// Parse and check a keymap table.
    pub fn parse(text: &str, file: &str) -> Result<Keymap, String> {
        let raw: HashMap<String, Vec<RawBinding>> = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            format!("{file}:{line}: {}", e.message())
        })?;
        let mut layers = Vec::new();
        for layer in Layer::ALL {
            let bindings = raw.get(layer.name()).map_or(&[][..], Vec::as_slice);
            let mut out = Vec::new();
            for b in bindings {
                let origin = Origin {
                    file: file.to_string(),
                    line: line_of(text, b.run.span().start),
                };
                let command = b
                    .run
                    .get_ref()
                    .parse()
                    .map_err(|e| format!("{origin}: {e}"))?;
                out.push(Binding {
                    command,
                    keys: b.keys.clone(),
                    desc: b.desc.clone(),
                    desc_ar: b.desc_ar.clone(),
                    origin,
                });
            }
            layers.push((layer, out));
        }
        if let Some(other) = raw.keys().find(|k| Layer::parse(k).is_none()) {
            return Err(format!("{file}: unknown section [{other}]"));
        }
        Keymap::build(layers)
    }

    /// Check the layers and build the lookup: every key name valid, no key bound to two
    /// commands in a layer, every layer with a key that leaves it.
    fn build(layers: Vec<(Layer, Vec<Binding>)>) -> Result<Keymap, String> {
        let mut map = HashMap::new();
        for (layer, bindings) in &layers {
            let mut seen: HashMap<Key, &Binding> = HashMap::new();
            for b in bindings {
                for name in &b.keys {
                    let key = parse_key(name)
                        .ok_or_else(|| format!("{}: unknown key name \"{name}\"", b.origin))?;
                    if let Some(first) = seen.get(&key)
                        && first.command != b.command
                    {
                        // Name the place that was written last: a config line over the
                        // default table.
                        let at =
                            if b.origin.file != DEFAULT_FILE || first.origin.file == DEFAULT_FILE {
                                &b.origin
                            } else {
                                &first.origin
                            };
                        return Err(format!(
                            "{at}: key \"{name}\" is bound twice in [{}]: {} and {}",
                            layer.name(),
                            first.command,
                            b.command
                        ));
                    }
                    seen.insert(key, b);
                    map.insert((*layer, key), b.command);
                }
            }
            let exit = layer.exit();
            if !bindings
                .iter()
                .any(|b| b.command == exit && !b.keys.is_empty())
            {
                let at = bindings
                    .iter()
                    .find(|b| b.command == exit)
                    .or(bindings.first())
                    .map_or_else(|| "keymap".to_string(), |b| b.origin.to_string());
                return Err(format!(
                    "{at}: [{}] has no key for {exit}: it could not be left",
                    layer.name()
                ));
            }
        }
        Ok(Keymap { layers, map })
    }

    /// Replace the keys of `command` in `layer` (from the config), then check the result.
    /// A command the layer does not list yet (`open_source 12`) is added.
    pub fn rebind(
        &mut self,
        layer: Layer,
        command: Command,
        keys: Vec<String>,
        origin: Origin,
    ) -> Result<(), String> {
        let mut layers = std::mem::take(&mut self.layers);
        if let Some((_, bindings)) = layers.iter_mut().find(|(l, _)| *l == layer) {
            let mut found = false;
            for b in bindings.iter_mut().filter(|b| b.command == command) {
                // The first binding of the command takes the keys; the others lose theirs.
                b.keys = if found { Vec::new() } else { keys.clone() };
                b.origin = origin.clone();
                found = true;
            }
            if !found {
                bindings.push(Binding {
                    command,
                    keys,
                    desc: command.to_string(),
                    desc_ar: command.to_string(),
                    origin,
                });
            }
        }
        let checked = Keymap::build(layers.clone());
        match checked {
            Ok(k) => {
                *self = k;
                Ok(())
            }
            Err(e) => {
                *self = Keymap::build(layers).unwrap_or_else(|_| Keymap::default_map());
                Err(e)
            }
        }
    }

    /// The bindings of a layer, in table order.
    pub fn bindings(&self, layer: Layer) -> &[Binding] {
        self.layers
            .iter()
            .find(|(l, _)| *l == layer)
            .map_or(&[], |(_, b)| b.as_slice())
    }

    /// The command bound to a key in a layer.
    pub fn command(&self, layer: Layer, key: &Key) -> Option<Command> {
        self.map.get(&(layer, *key)).copied()
    }

    /// The first key of `command` in `layer`, as written (for hints such as `? help`).
    pub fn key_for(&self, layer: Layer, command: Command) -> Option<&str> {
        self.bindings(layer)
            .iter()
            .filter(|b| b.command == command)
            .find_map(|b| b.keys.first())
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_table_parses_and_describes_every_binding() {
        let km = Keymap::parse(DEFAULT_TEXT, DEFAULT_FILE).expect("keymap.toml is valid");
        assert!(km.bindings(Layer::Reader).len() >= 20);
        for layer in Layer::ALL {
            assert!(!km.bindings(layer).is_empty(), "{layer:?}");
            for b in km.bindings(layer) {
                assert!(!b.desc.is_empty() && !b.desc_ar.is_empty(), "{b:?}");
            }
        }
    }

    #[test]
    fn digits_open_their_source() {
        let km = Keymap::default_map();
        let k = parse_key("3").expect("key");
        assert_eq!(km.command(Layer::Reader, &k), Some(Command::OpenSource(3)));
        assert_eq!(
            km.command(Layer::Reader, &parse_key("q").expect("q")),
            Some(Command::Quit)
        );
        assert_eq!(
            km.command(Layer::Prompt, &parse_key("q").expect("q")),
            None,
            "q types in the prompt"
        );
    }

    #[test]
    fn a_key_bound_twice_in_a_layer_is_refused_with_its_line() {
        let text = "[[reader]]\nrun = \"quit\"\nkeys = [\"q\"]\ndesc = \"Q\"\ndesc_ar = \"خ\"\n\n\
                    [[reader]]\nrun = \"down\"\nkeys = [\"q\"]\ndesc = \"D\"\ndesc_ar = \"ن\"\n";
        let e = Keymap::parse(text, "k.toml").err().unwrap_or_default();
        assert_eq!(
            e,
            "k.toml:8: key \"q\" is bound twice in [reader]: quit and down"
        );
    }

    #[test]
    fn a_layer_without_its_exit_is_refused() {
        let text = "[[reader]]\nrun = \"down\"\nkeys = [\"j\"]\ndesc = \"D\"\ndesc_ar = \"ن\"\n";
        let e = Keymap::parse(text, "k.toml").err().unwrap_or_default();
        assert_eq!(
            e,
            "k.toml:2: [reader] has no key for quit: it could not be left"
        );
    }

    #[test]
    fn unknown_commands_and_keys_name_their_line() {
        let text = "[[reader]]\nrun = \"fly\"\nkeys = [\"j\"]\ndesc = \"D\"\ndesc_ar = \"ن\"\n";
        let e = Keymap::parse(text, "k.toml").err().unwrap_or_default();
        assert_eq!(e, "k.toml:2: unknown command \"fly\"");
        let text =
            "[[reader]]\nrun = \"quit\"\nkeys = [\"Ctrl+Q\"]\ndesc = \"D\"\ndesc_ar = \"ن\"\n";
        let e = Keymap::parse(text, "k.toml").err().unwrap_or_default();
        assert_eq!(e, "k.toml:2: unknown key name \"Ctrl+Q\"");
    }
}
