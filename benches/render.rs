//! Layout throughput (issue 3). PLACEHOLDER.
fn main() {}
