//! Golden rows: every paragraph of the five seed articles (assets/articles) at widths 24, 40
//! and 80, shaped and unshaped, against rows the FriBidi reference produced
//! (`python3 tools/gen-golden.py ../shared/rtl` regenerates tests/rtl/seeds_w*.json), and the
//! same for the hand-written news sentences of tests/rtl/extra_news.txt (extra_w*.json).

use khabar::text::controls::visible;
use khabar::text::{Direction, LayoutOptions, layout_paragraph};
use serde::Deserialize;

#[derive(Deserialize)]
struct Golden {
    file: String,
    line: usize,
    dir: String,
    logical: String,
    visual_shaped: Vec<String>,
    visual_unshaped: Vec<String>,
}

fn check(json: &str, width: usize, paragraphs: usize) {
    let golden: Vec<Golden> = serde_json::from_str(json).expect("valid golden json");
    assert_eq!(golden.len(), paragraphs, "every paragraph is present");
    let mut failures = Vec::new();
    for g in &golden {
        for (shape, expected) in [(true, &g.visual_shaped), (false, &g.visual_unshaped)] {
            let opts = LayoutOptions {
                width,
                shape,
                direction: None,
            };
            let lines = layout_paragraph(&g.logical, &opts);
            let got: Vec<String> = lines.iter().map(|l| l.padded(width)).collect();
            // The reference keeps control characters (a tab); khabar shows them as one-cell
            // placeholders (text::controls), so the rows are compared with the same mapping.
            let expected: Vec<String> = expected
                .iter()
                .map(|r| r.chars().map(visible).collect())
                .collect();
            if got != expected {
                failures.push(format!(
                    "{}:{} (width {width}, shape {shape}):\n expected {expected:#?}\n got {got:#?}",
                    g.file, g.line
                ));
            }
            let rtl = lines[0].direction == Direction::Rtl;
            if rtl != (g.dir == "R") {
                failures.push(format!("{}:{}: wrong direction", g.file, g.line));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seeds_at_width_24() {
    check(include_str!("rtl/seeds_w24.json"), 24, 199);
}

#[test]
fn seeds_at_width_40() {
    check(include_str!("rtl/seeds_w40.json"), 40, 199);
}

#[test]
fn seeds_at_width_80() {
    check(include_str!("rtl/seeds_w80.json"), 80, 199);
}

#[test]
fn extra_news_at_widths_24_40_80() {
    check(include_str!("rtl/extra_w24.json"), 24, 50);
    check(include_str!("rtl/extra_w40.json"), 40, 50);
    check(include_str!("rtl/extra_w80.json"), 80, 50);
}
