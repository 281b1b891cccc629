//! Conformance with the GNU FriBidi reference (../shared/rtl): the 39 hard cases at widths 24
//! and 40, shaped and unshaped, cell for cell. The expected rows are copied into tests/rtl/;
//! `python3 ../shared/rtl/gen.py 24` regenerates them.

use khabar::text::{LayoutOptions, layout_paragraph};
use serde_json::Value;

/// Our rows for `text`, padded to `width`.
fn rows(text: &str, width: usize, shape: bool) -> Vec<String> {
    let opts = LayoutOptions {
        width,
        shape,
        direction: None,
    };
    layout_paragraph(text, &opts)
        .iter()
        .map(|l| l.padded(width))
        .collect()
}

/// The one tolerated difference: a lone hamza may be drawn as its isolated presentation form.
fn tolerant(s: &str) -> String {
    s.replace('\u{FE80}', "\u{0621}")
}

fn check(file: &str) {
    let cases: Vec<Value> = serde_json::from_str(file).expect("valid expected json");
    let mut failures = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().expect("id");
        let text = case["logical"].as_str().expect("logical");
        let width = case["width"].as_u64().expect("width") as usize;
        for (key, shape) in [("visual_shaped", true), ("visual_unshaped", false)] {
            let want: Vec<String> = case[key]
                .as_array()
                .expect("rows")
                .iter()
                .map(|r| r.as_str().expect("row").to_string())
                .collect();
            let got: Vec<String> = rows(text, width, shape)
                .iter()
                .map(|r| tolerant(r))
                .collect();
            let want: Vec<String> = want.iter().map(|r| tolerant(r)).collect();
            if got != want {
                failures.push(format!(
                    "{id} w{width} {key}:\n  want {want:?}\n  got  {got:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        cases.len() * 2,
        failures.join("\n")
    );
}

#[test]
fn all_cases_at_width_24() {
    check(include_str!("rtl/expected_w24.json"));
}

#[test]
fn all_cases_at_width_40() {
    check(include_str!("rtl/expected_w40.json"));
}
