//! The README's key tables stay true: every command of every layer of the default keymap is
//! documented there, under its layer, with its default keys.

use khabar::app::action::Command;
use khabar::app::keymap::{Keymap, Layer};

#[test]
fn readme_documents_every_command_and_its_keys() {
    let readme = include_str!("../README.md");
    let section = readme
        .split("### Reader keys")
        .nth(1)
        .expect("README has a Reader keys section");
    let km = Keymap::default_map();
    for layer in Layer::ALL {
        let table = section
            .split(&format!("\n`[{}]`", layer.name()))
            .nth(1)
            .unwrap_or_else(|| panic!("README lacks the `[{}]` table", layer.name()));
        // The table ends at the next layer's heading.
        let table = table.split("\n`[").next().unwrap_or(table);
        for b in km.bindings(layer) {
            let name = b.command.name();
            let row = table
                .lines()
                .find(|l| l.contains(&format!("`{name}`")))
                .unwrap_or_else(|| panic!("README [{}] table lacks `{name}`", layer.name()));
            // `open_source 1`…`9` share one row, written `1`–`9`.
            let range = matches!(b.command, Command::OpenSource(n) if n > 1 && n < 9);
            for key in b.keys.iter().filter(|_| !range) {
                let shown = match key.as_str() {
                    "S-Tab" => "Shift-Tab",
                    k => k,
                };
                assert!(
                    row.contains(shown),
                    "README [{}] row for `{name}` lacks key {key}: {row}",
                    layer.name()
                );
            }
        }
    }
}
