//! Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1256 — the
//! usual encoding of Arabic pages and archives — when the bytes are not valid UTF-8. Line ends
//! (CRLF, CR, LF) become LF.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1256};

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

/// Decode a file's bytes into text with LF line ends.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        std::str::from_utf8(rest)
            .map_err(|_| DecodeError::Invalid("UTF-8"))?
            .to_string()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, UTF_16LE, "UTF-16LE")?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, UTF_16BE, "UTF-16BE")?
    } else {
        if looks_binary(bytes) {
            return Err(DecodeError::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            // Not UTF-8: Windows-1256 assigns every byte, so this always decodes.
            Err(_) => WINDOWS_1256
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    if text.contains('\0') || control_ratio(&text) > 0.1 {
        return Err(DecodeError::Binary);
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
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

/// NUL bytes never occur in text files without a UTF-16 BOM.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
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
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("خبر\r\nثان\rثالث".as_bytes()).as_deref(),
            Ok("خبر\nثان\nثالث")
        );
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend("خبر".as_bytes());
        assert_eq!(decode(&b).as_deref(), Ok("خبر"));
    }

    #[test]
    fn utf16_both_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "خبر عاجل".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&le).as_deref(), Ok("خبر عاجل"));
        assert_eq!(decode(&be).as_deref(), Ok("خبر عاجل"));
        le.push(0x41);
        assert_eq!(decode(&le), Err(DecodeError::Invalid("UTF-16LE")));
        // Binary bytes after a BOM decode as ideographs without a single space.
        assert_eq!(
            decode(b"\xFF\xFE\x00bad"),
            Err(DecodeError::NoSpaces("UTF-16LE"))
        );
    }

    #[test]
    fn windows_1256_when_not_utf8() {
        let (bytes, _, _) = WINDOWS_1256.encode("بغداد (رويترز) – قالت مصادر");
        assert_eq!(decode(&bytes).as_deref(), Ok("بغداد (رويترز) – قالت مصادر"));
    }

    #[test]
    fn empty_and_binary() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\r\n "), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary)
        );
        assert_eq!(
            decode(&[0x01, 0x02, 0x03, 0x04, b'a']),
            Err(DecodeError::Binary)
        );
    }
}
