//! The README's key table stays true: every action of the default keymap is documented there
//! with its default keys.

use khabar::app::keymap::Keymap;

#[test]
fn readme_documents_every_action_and_its_keys() {
    let readme = include_str!("../README.md");
    let section = readme
        .split("### Reader keys")
        .nth(1)
        .expect("README has a Reader keys section");
    for b in &Keymap::default_map().bindings {
        let name = toml::Value::try_from(b.action)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .expect("actions serialize to their names");
        let row = section
            .lines()
            .find(|l| l.contains(&format!("`{name}`")))
            .unwrap_or_else(|| panic!("README key table lacks `{name}`"));
        let first = b.keys.first().expect("every binding has a key");
        let shown = match first.as_str() {
            "S-Tab" => "Shift-Tab",
            "1" => "1",
            k => k,
        };
        assert!(
            row.contains(shown),
            "README row for `{name}` lacks key {first}: {row}"
        );
    }
}
