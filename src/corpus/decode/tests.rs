use encoding_rs::{WINDOWS_1252, WINDOWS_1256};

use super::*;

fn text(bytes: &[u8]) -> Result<String, DecodeError> {
    decode(bytes).map(|d| d.text)
}

fn utf16(s: &str, le: bool) -> Vec<u8> {
    s.encode_utf16()
        .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
        .collect()
}

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(
        text("خبر\r\nثان\rثالث".as_bytes()).as_deref(),
        Ok("خبر\nثان\nثالث")
    );
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend("خبر".as_bytes());
    assert_eq!(decode(&b), Ok(plain("خبر".into())));
}

#[test]
fn utf16_both_orders_with_bom() {
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    le.extend(utf16("خبر عاجل", true));
    be.extend(utf16("خبر عاجل", false));
    assert_eq!(text(&le).as_deref(), Ok("خبر عاجل"));
    assert_eq!(text(&be).as_deref(), Ok("خبر عاجل"));
    le.push(0x41);
    assert_eq!(decode(&le), Err(DecodeError::Invalid("UTF-16LE")));
    // Binary bytes after a BOM decode as ideographs without a single space.
    assert_eq!(
        decode(b"\xFF\xFE\x00bad"),
        Err(DecodeError::NoSpaces("UTF-16LE"))
    );
}

#[test]
fn utf16_without_bom_is_recognized() {
    let s = "قالت وزارة الخارجية العراقية في بيان\nإن الوفد سيصل غدا.";
    assert_eq!(text(&utf16(s, true)).as_deref(), Ok(s));
    assert_eq!(text(&utf16(s, false)).as_deref(), Ok(s));
    // Latin text too, and Arabic without a single space (no zero byte at all).
    assert_eq!(
        text(&utf16("News of the day", true)).as_deref(),
        Ok("News of the day")
    );
    assert_eq!(text(&utf16("خبر\nعاجل", true)).as_deref(), Ok("خبر\nعاجل"));
}

#[test]
fn a_broken_utf8_file_stays_utf8_with_a_warning() {
    let s = "بغداد (رويترز) – قالت مصادر إيرانية وعراقية إن قائد فيلق القدس زار بغداد";
    // Cut off in the middle of the last character.
    let cut = &s.as_bytes()[..s.len() - 1];
    let d = decode(cut).expect("decodes");
    assert!(d.text.starts_with("بغداد (رويترز)"), "{}", d.text);
    assert!(d.text.ends_with('\u{FFFD}'));
    let w = d.warning.expect("warned");
    assert!(w.contains(&format!("byte {}", s.len() - 2)), "{w}");
    // One stray byte in the middle.
    let mut b = s.as_bytes().to_vec();
    b.insert(10, 0xFF);
    let d = decode(&b).expect("decodes");
    assert!(d.text.contains("رويترز"), "{}", d.text);
    assert!(d.warning.expect("warned").contains("byte 10"));
}

#[test]
fn windows_1256_only_when_it_explains_the_bytes() {
    let (bytes, _, _) = WINDOWS_1256.encode("بغداد (رويترز) – قالت مصادر إيرانية إن الزيارة تمت");
    let d = decode(&bytes).expect("decodes");
    assert_eq!(d.text, "بغداد (رويترز) – قالت مصادر إيرانية إن الزيارة تمت");
    assert!(d.warning.expect("named").contains("windows-1256"));
    // Latin-1 French is never read as Arabic.
    let (bytes, _, _) = WINDOWS_1252.encode("L'élection présidentielle a été reportée à l'été.");
    assert_eq!(
        text(&bytes).as_deref(),
        Ok("L'élection présidentielle a été reportée à l'été.")
    );
}

#[test]
fn html_declared_charset_wins() {
    let page = "<html><head><meta charset=\"iso-8859-1\"><title>élection</title></head><body><p>Une élection.</p></body></html>";
    let (bytes, _, _) = WINDOWS_1252.encode(page);
    assert_eq!(decode_html(&bytes).map(|d| d.text).as_deref(), Ok(page));
    let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><p>خبر عاجل</p>";
    let (bytes, _, _) = WINDOWS_1256.encode(page);
    assert_eq!(decode_html(&bytes).map(|d| d.text).as_deref(), Ok(page));
    // Declared legacy, written in UTF-8: UTF-8.
    let page = "<meta charset=\"windows-1256\"><p>خبر عاجل</p>";
    assert_eq!(
        decode_html(page.as_bytes()).map(|d| d.text).as_deref(),
        Ok(page)
    );
    assert_eq!(
        declared_charset(b"<META CHARSET=UTF-8>"),
        Some(encoding_rs::UTF_8)
    );
    assert_eq!(declared_charset(b"<p>no meta</p>"), None);
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
