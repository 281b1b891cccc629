//! JSON-LD as CMSs write it. Browsers and search engines accept JSON-LD that strict JSON
//! refuses, and pages rely on that: a headline or description with a raw line break or tab
//! inside the string, a trailing comma before `]` or `}`. A page's JSON-LD that fails to parse
//! is read once more after [`repair`] takes those two faults out, so its date and publisher are
//! not lost to a stray newline.

/// `text` with control characters inside strings turned into spaces and commas that close
/// an array or object (`, ]`, `,}`) removed. Everything else, including any other fault, is
/// left as it is (the parser then refuses it).
pub fn repair(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    // Byte length of `out` at the last comma outside strings, while only whitespace followed.
    let mut pending_comma: Option<usize> = None;
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            out.push(if c.is_control() { ' ' } else { c });
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                pending_comma = None;
            }
            ']' | '}' => {
                if let Some(at) = pending_comma.take() {
                    out.remove(at);
                }
            }
            ',' => pending_comma = Some(out.len()),
            c if c.is_whitespace() => {}
            _ => pending_comma = None,
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::repair;
    use serde_json::Value;

    fn parse(text: &str) -> Value {
        serde_json::from_str(&repair(text)).expect("repaired JSON parses")
    }

    #[test]
    fn raw_line_breaks_and_tabs_in_strings_become_spaces() {
        let v = parse("{\"headline\": \"Series\ntied\t1-1\", \"n\": 1}");
        assert_eq!(v["headline"], "Series tied 1-1");
        assert_eq!(v["n"], 1);
    }

    #[test]
    fn trailing_commas_are_dropped_outside_strings_only() {
        let v = parse("{\"k\": [\"a\", \"b, ]\", ],\n \"p\": {\"name\": \"X\",\n},\n}");
        assert_eq!(v["k"][1], "b, ]");
        assert_eq!(v["k"].as_array().map(Vec::len), Some(2));
        assert_eq!(v["p"]["name"], "X");
    }

    #[test]
    fn escaped_quotes_keep_the_string_open() {
        let v = parse("{\"t\": \"say \\\"hi,\\\" ]\",}");
        assert_eq!(v["t"], "say \"hi,\" ]");
    }

    #[test]
    fn valid_json_is_unchanged() {
        let text = "{\"a\": [1, 2, {\"b\": \"c,]\"}], \"d\": \"\\n\"}";
        assert_eq!(repair(text), text);
    }

    #[test]
    fn other_faults_are_still_refused() {
        assert!(serde_json::from_str::<Value>(&repair("{\"a\": 1 \"b\": 2}")).is_err());
        assert!(serde_json::from_str::<Value>(&repair("{\"a\": ")).is_err());
    }
}
