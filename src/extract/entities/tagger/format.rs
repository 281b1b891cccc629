//! The model file: little-endian, compact, checked.
//!
//! ```text
//! magic "KHBRNER1"
//! u32 passes (1 or 2)
//! per pass: u32 n, (TAGS+1)×TAGS i16 transitions, n u32 feature hashes (ascending),
//!           n×TAGS i16 emission weights
//! u64 FNV-1a of everything before it
//! ```
//!
//! Weights are quantized to `i16` by training (about 22 bytes a feature); hashes are sorted so
//! a model trained twice on the same data is the same file.

use super::{FeatureMap, Model, TAGS, Weights};

const MAGIC: &[u8; 8] = b"KHBRNER1";

fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn encode(m: &Model) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    let passes: Vec<&Weights> = std::iter::once(&m.first).chain(&m.second).collect();
    out.extend((passes.len() as u32).to_le_bytes());
    for w in passes {
        let mut rows: Vec<(u32, u32)> = w.index.iter().map(|(h, r)| (*h, *r)).collect();
        rows.sort_unstable();
        out.extend((rows.len() as u32).to_le_bytes());
        out.extend(w.trans.iter().flat_map(|v| v.to_le_bytes()));
        out.extend(rows.iter().flat_map(|(h, _)| h.to_le_bytes()));
        for (_, r) in &rows {
            let r = *r as usize * TAGS;
            let row = w.emit.get(r..r + TAGS).unwrap_or_default();
            out.extend(row.iter().flat_map(|v| v.to_le_bytes()));
        }
    }
    let sum = fnv64(&out);
    out.extend(sum.to_le_bytes());
    out
}

/// Reads what [`encode`] wrote; any other input is an error saying what is wrong.
pub fn decode(bytes: &[u8]) -> Result<Model, String> {
    if bytes.len() < MAGIC.len() + 12 || bytes.get(..MAGIC.len()) != Some(MAGIC.as_slice()) {
        return Err("not a khabar entity model (bad header)".into());
    }
    let (body, sum) = bytes.split_at(bytes.len() - 8);
    let mut sum8 = [0u8; 8];
    sum8.copy_from_slice(sum);
    if fnv64(body) != u64::from_le_bytes(sum8) {
        return Err(
            "corrupt (checksum mismatch): retrain with `cargo run --release --example train_ner`"
                .into(),
        );
    }
    let mut r = Reader {
        bytes: body,
        at: MAGIC.len(),
    };
    let passes = r.u32()?;
    if !(1..=2).contains(&passes) {
        return Err(format!("{passes} passes (expected 1 or 2)"));
    }
    let mut ws = Vec::new();
    for _ in 0..passes {
        let n = r.u32()? as usize;
        let trans = r.i16s((TAGS + 1) * TAGS)?;
        let hashes: Vec<u32> = (0..n).map(|_| r.u32()).collect::<Result<_, _>>()?;
        let emit = r.i16s(n.checked_mul(TAGS).ok_or("feature count overflows")?)?;
        let mut index = FeatureMap::default();
        index.reserve(n);
        for (row, h) in hashes.into_iter().enumerate() {
            index.insert(h, row as u32);
        }
        ws.push(Weights { index, emit, trans });
    }
    if r.at != body.len() {
        return Err(format!("{} bytes left over", body.len() - r.at));
    }
    let mut ws = ws.into_iter();
    let first = ws.next().ok_or("no pass")?;
    Ok(Model {
        first,
        second: ws.next(),
    })
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| format!("truncated at byte {}", self.at))?;
        let s = self.bytes.get(self.at..end).unwrap_or_default();
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        let b: [u8; 4] = b.try_into().map_err(|_| "truncated".to_string())?;
        Ok(u32::from_le_bytes(b))
    }
    fn i16s(&mut self, n: usize) -> Result<Vec<i16>, String> {
        let b = self.take(n.checked_mul(2).ok_or("size overflows")?)?;
        Ok(b.chunks_exact(2)
            .map(|c| <[u8; 2]>::try_from(c).map_or(0, i16::from_le_bytes))
            .collect())
    }
}
