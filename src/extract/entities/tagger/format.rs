//! The model file: little-endian, compact, checked.
//!
//! ```text
//! magic "KHBRNER2"
//! u32 passes (1 or 2)
//! per pass: u32 n, (TAGS+1)×TAGS i16 transitions, n u32 feature hashes (ascending),
//!           n×TAGS i16 emission weights,
//!           u32 m, m u32 pairwise feature hashes (ascending), m×TAGS×TAGS i16 weights
//! u64 FNV-1a of everything before it
//! ```
//!
//! Weights are quantized to `i16` by training (about 22 bytes a feature); hashes are sorted so
//! a model trained twice on the same data is the same file. A file of the first version
//! (`KHBRNER1`: no pairwise part) is still read, with no transitions that see the words.

use super::viterbi::{PAIR, TRANS};
use super::{FeatureMap, Model, TAGS, Weights};

const MAGIC: &[u8; 8] = b"KHBRNER2";
/// The first version: the same without the pairwise part of each pass.
const MAGIC_V1: &[u8; 8] = b"KHBRNER1";

fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Sorted `(hash, row)` pairs of an index.
fn sorted(index: &FeatureMap<u32>) -> Vec<(u32, u32)> {
    let mut rows: Vec<(u32, u32)> = index.iter().map(|(h, r)| (*h, *r)).collect();
    rows.sort_unstable();
    rows
}

/// Writes `index`'s hashes in ascending order, then their rows of `w` (`width` each).
fn put_rows(out: &mut Vec<u8>, index: &FeatureMap<u32>, w: &[i16], width: usize) {
    let rows = sorted(index);
    out.extend(rows.iter().flat_map(|(h, _)| h.to_le_bytes()));
    for (_, r) in &rows {
        let r = *r as usize * width;
        let row = w.get(r..r + width).unwrap_or_default();
        out.extend(row.iter().flat_map(|v| v.to_le_bytes()));
    }
}

pub fn encode(m: &Model) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    let passes: Vec<&Weights> = std::iter::once(&m.first).chain(&m.second).collect();
    out.extend((passes.len() as u32).to_le_bytes());
    for w in passes {
        out.extend((w.index.len() as u32).to_le_bytes());
        out.extend(w.trans.iter().flat_map(|v| v.to_le_bytes()));
        put_rows(&mut out, &w.index, &w.emit, TAGS);
        out.extend((w.pair_index.len() as u32).to_le_bytes());
        put_rows(&mut out, &w.pair_index, &w.pair, PAIR);
    }
    let sum = fnv64(&out);
    out.extend(sum.to_le_bytes());
    out
}

/// Reads what [`encode`] wrote (or the first version); any other input is an error saying
/// what is wrong.
pub fn decode(bytes: &[u8]) -> Result<Model, String> {
    let magic = bytes.get(..MAGIC.len());
    let v1 = magic == Some(MAGIC_V1.as_slice());
    if bytes.len() < MAGIC.len() + 12 || !(v1 || magic == Some(MAGIC.as_slice())) {
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
        let trans = r.i16s(TRANS)?;
        let (index, emit) = r.rows(n, TAGS)?;
        let (pair_index, pair) = if v1 {
            (FeatureMap::default(), Vec::new())
        } else {
            let m = r.u32()? as usize;
            r.rows(m, PAIR)?
        };
        ws.push(Weights {
            index,
            emit,
            trans,
            pair_index,
            pair,
            rows: Default::default(),
        });
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

    /// `n` hashes, then their rows of `width` weights: the index and the weights.
    fn rows(&mut self, n: usize, width: usize) -> Result<(FeatureMap<u32>, Vec<i16>), String> {
        // Each row takes at least 4 bytes: a count larger than what is left is corrupt
        // (checked before reserving, so a bad count cannot ask for gigabytes).
        if n > self.bytes.len().saturating_sub(self.at) / 4 {
            return Err(format!("truncated at byte {}: {n} rows announced", self.at));
        }
        let hashes: Vec<u32> = (0..n).map(|_| self.u32()).collect::<Result<_, _>>()?;
        let w = self.i16s(n.checked_mul(width).ok_or("feature count overflows")?)?;
        let mut index = FeatureMap::default();
        index.reserve(n);
        for (row, h) in hashes.into_iter().enumerate() {
            index.insert(h, row as u32);
        }
        Ok((index, w))
    }
}
