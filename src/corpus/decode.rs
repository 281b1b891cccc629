//! Bytes to text, never silently wrong. In order: a byte-order mark; for HTML, the page's own
//! `meta charset` / `http-equiv` declaration; UTF-16 without a mark (told by where its zero and
//! Arabic high bytes fall); UTF-8 — also when a few sequences are broken (a cut-off last
//! character, one bad byte), decoded with U+FFFD and a warning naming the first bad byte's
//! offset; and only when the bytes are not mostly UTF-8, a legacy encoding chosen by a detector
//! (`chardetng`), which picks Windows-1256 only for bytes that read as Arabic. Line ends (CRLF,
//! CR, LF) become LF.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Why a file's bytes are not an article's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary file, not text")]
    Binary,
    #[error("cannot decode as {0}: invalid byte sequence")]
    Invalid(&'static str),
    #[error("not {0} text: no spaces or line breaks (binary data after a byte-order mark?)")]
    NoSpaces(&'static str),
}

/// Decoded text and, when the decoding had to repair or guess, a warning for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// A broken UTF-8 file is still read as UTF-8 while its valid multi-byte characters
/// outnumber its invalid bytes this many times (a legacy-encoded Arabic file has almost no
/// valid multi-byte sequences, since its letters are lone high bytes).
const UTF8_MAJORITY: usize = 2;

/// How far into an HTML file its charset declaration is looked for.
const PRESCAN: usize = 4096;

/// Decode a text file's bytes (no declaration to go by).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(bytes, None)
}

/// Decode an HTML file's bytes: its declared charset counts after a byte-order mark.
pub fn decode_html(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(bytes, declared_charset(bytes))
}

fn decode_with(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        plain(utf16(rest, UTF_16LE, "UTF-16LE")?)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        plain(utf16(rest, UTF_16BE, "UTF-16BE")?)
    } else if let Some(enc) = utf16_order(bytes) {
        let name = if enc == UTF_16LE {
            "UTF-16LE"
        } else {
            "UTF-16BE"
        };
        plain(utf16(bytes, enc, name)?)
    } else if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(DecodeError::Binary);
    } else {
        match declared {
            // A page declared legacy but written in UTF-8 (a common mistake) is UTF-8.
            Some(enc) if enc != UTF_8 && !is_utf8_text(bytes) => {
                plain(enc.decode_without_bom_handling(bytes).0.into_owned())
            }
            _ => match std::str::from_utf8(bytes) {
                Ok(s) => plain(s.to_string()),
                Err(_) => utf8_or_legacy(bytes),
            },
        }
    };
    let text = decoded.text;
    if text.contains('\0') || control_ratio(&text) > 0.1 {
        return Err(DecodeError::Binary);
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text: text.replace("\r\n", "\n").replace('\r', "\n"),
        warning: decoded.warning,
    })
}

fn plain(text: String) -> Decoded {
    Decoded {
        text,
        warning: None,
    }
}

/// Valid UTF-8 with at least one multi-byte character (so not plain ASCII either way).
fn is_utf8_text(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|s| !s.is_ascii())
}

/// UTF-8 that may hold broken sequences: replaced, with a warning naming the first.
fn utf8(bytes: &[u8]) -> Decoded {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let warning = std::str::from_utf8(bytes).err().map(|e| {
        let bad: usize = bytes
            .utf8_chunks()
            .filter(|c| !c.invalid().is_empty())
            .count();
        format!(
            "invalid UTF-8 at byte {} ({bad} broken sequence{}): decoded as UTF-8 with U+FFFD in their place",
            e.valid_up_to(),
            if bad == 1 { "" } else { "s" }
        )
    });
    Decoded { text, warning }
}

/// Bytes that are not valid UTF-8: still UTF-8 when its valid multi-byte characters
/// outnumber the broken bytes; otherwise the legacy encoding a detector finds.
fn utf8_or_legacy(bytes: &[u8]) -> Decoded {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    if multibyte >= UTF8_MAJORITY * invalid {
        return utf8(bytes);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let text = enc.decode_without_bom_handling(bytes).0.into_owned();
    Decoded {
        text,
        warning: Some(format!(
            "not UTF-8 (first invalid byte at {}): decoded as {}",
            std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to()),
            enc.name()
        )),
    }
}

fn utf16(
    bytes: &[u8],
    enc: &'static encoding_rs::Encoding,
    name: &'static str,
) -> Result<String, DecodeError> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors || !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::Invalid(name));
    }
    // Any even run of bytes decodes as UTF-16 (mostly as CJK ideographs); real text has
    // spaces or line breaks somewhere.
    if !text.trim().is_empty() && !text.chars().any(char::is_whitespace) {
        return Err(DecodeError::NoSpaces(name));
    }
    Ok(text.into_owned())
}

/// UTF-16 without a byte-order mark: one byte of each pair is nearly always 0x00 (Latin,
/// spaces, digits) or 0x06 (Arabic), the other varies. Looked at over the first 4 KB.
fn utf16_order(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(4096) & !1).unwrap_or_default();
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let high = |at: usize| {
        sample
            .iter()
            .skip(at)
            .step_by(2)
            .filter(|&&b| b == 0x00 || b == 0x06)
            .count()
    };
    let (even, odd) = (high(0), high(1));
    // Text, not a run of one byte value: the other byte of each pair must vary.
    let varied = |at: usize| {
        let mut seen = [false; 256];
        for &b in sample.iter().skip(at).step_by(2) {
            if let Some(s) = seen.get_mut(usize::from(b)) {
                *s = true;
            }
        }
        seen.iter().filter(|s| **s).count() >= 3.min(pairs)
    };
    let zeros = sample.iter().filter(|&&b| b == 0).count();
    // Pure ASCII has neither zero bytes nor 0x06 at every other byte.
    if zeros == 0 && !sample.contains(&0x06) {
        return None;
    }
    if odd * 10 >= pairs * 9 && even * 10 < pairs * 5 && varied(0) {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 9 && odd * 10 < pairs * 5 && varied(1) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset an HTML file declares in its first bytes (`<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`), as the HTML standard's
/// prescan does. A declared UTF-16 is ignored there too (the bytes are ASCII-compatible).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.iter().take(PRESCAN);
    let lower: Vec<u8> = head.map(u8::to_ascii_lowercase).collect();
    let from = |k: usize| lower.get(k..).unwrap_or_default();
    let mut at = 0;
    while let Some(i) = find(from(at), b"<meta") {
        let start = at + i + 5;
        let end = find(from(start), b">").map_or(lower.len(), |e| start + e);
        let tag = lower.get(start..end).unwrap_or_default();
        if let Some(c) = find(tag, b"charset") {
            let value: Vec<u8> = tag
                .get(c + 7..)
                .unwrap_or_default()
                .iter()
                .skip_while(|b| b.is_ascii_whitespace() || **b == b'=')
                .skip_while(|b| **b == b'"' || **b == b'\'')
                .take_while(|b| !b" \t\r\n\"';/>".contains(b))
                .copied()
                .collect();
            if let Some(enc) = Encoding::for_label(&value) {
                return Some(if enc == UTF_16LE || enc == UTF_16BE {
                    UTF_8
                } else {
                    enc
                });
            }
        }
        at = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Share of control characters other than tab and line ends: high in binary data.
fn control_ratio(text: &str) -> f64 {
    let (mut total, mut control) = (0usize, 0usize);
    for c in text.chars().take(8192) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}') {
            control += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        control as f64 / total as f64
    }
}

#[cfg(test)]
mod tests;
