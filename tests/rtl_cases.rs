//! Conformance: the 39 hard cases of the FriBidi reference (../shared/rtl, copied to
//! tests/rtl/expected_w{24,40}.json), shaped and unshaped, cell for cell.
//!
//! The only tolerated difference is a lone hamza drawn as U+FE80 where FriBidi keeps U+0621
//! (the engine keeps U+0621 too, so the comparison is exact).

use khabar::text::{LayoutOptions, layout_paragraph};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: String,
    logical: String,
    dir: String,
    width: usize,
    visual_shaped: Vec<String>,
    visual_unshaped: Vec<String>,
}

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

fn check(file: &str) {
    let cases: Vec<Case> = serde_json::from_str(file).expect("valid expected_w*.json");
    assert_eq!(cases.len(), 39);
    let mut failures = Vec::new();
    for c in &cases {
        for (shape, expected) in [(true, &c.visual_shaped), (false, &c.visual_unshaped)] {
            let got = rows(&c.logical, c.width, shape);
            if &got != expected {
                failures.push(format!(
                    "{} (width {}, shape {shape}):\n expected {expected:#?}\n got {got:#?}",
                    c.id, c.width
                ));
            }
        }
        let lines = layout_paragraph(&c.logical, &LayoutOptions::new(c.width));
        let dir = if lines[0].direction == khabar::text::Direction::Rtl {
            "R"
        } else {
            "L"
        };
        if dir != c.dir {
            failures.push(format!("{}: direction {dir}, expected {}", c.id, c.dir));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cases_at_width_24() {
    check(include_str!("rtl/expected_w24.json"));
}

#[test]
fn cases_at_width_40() {
    check(include_str!("rtl/expected_w40.json"));
}
