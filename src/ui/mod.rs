//! Drawing: one module per pane, all text through the text engine (issue 6).
