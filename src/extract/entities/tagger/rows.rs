//! The model's weights laid out for decoding: each feature's hash beside its weights for
//! every tag, in one open-addressed table (linear probing, at most half full).
//!
//! Decoding reads about seventy features a word. Through the training layout (a hash map from
//! feature to row number, then the row in a separate array) each known feature costs three
//! memory reads far apart — the map's control bytes, its bucket, the row — and the model is
//! too big for the core's own cache, so decoding was a third of entity extraction, most of
//! it waiting for memory. Here a feature is found in the slot its hash points at or in the
//! next few, and its row is in the same slot: one 32-byte slot, half a cache line, for the
//! emission rows. Sums and so tags are exactly those of the training layout (`rows_tests.rs`
//! checks it on generated weights, and every decode of the shipped model goes through it).

use std::sync::OnceLock;

use super::FeatureMap;
use super::pages::Slots;

/// One feature: its hash and its weights (`W` of them). Aligned to 32 bytes so an emission
/// slot (4 + 9 × 2 bytes) never straddles two cache lines.
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Slot<const W: usize> {
    key: u32,
    row: [i16; W],
}

/// Feature hash → its `W` weights.
#[derive(Clone)]
pub(super) struct RowTable<const W: usize> {
    slots: Slots<Slot<W>>,
    /// `slots.len() - 1` (a power of two).
    mask: usize,
    /// `64 - log2(slots.len())`: the home slot is the top bits of a multiplicative hash.
    shift: u32,
    /// A hash no feature has, marking an empty slot.
    empty: u32,
}

impl<const W: usize> RowTable<W> {
    /// The table of `index` (feature → row number) over `rows` (row `r` is
    /// `rows[r * W..][..W]`); a feature whose row is missing from `rows` is left out, as the
    /// training layout's lookup skips it.
    pub(super) fn new(index: &FeatureMap<u32>, rows: &[i16]) -> RowTable<W> {
        // Some value in 0..=n is no key (n keys cannot fill n + 1 values).
        let empty = (0..=u32::MAX).find(|k| !index.contains_key(k)).unwrap_or(0);
        let len = (2 * index.len()).next_power_of_two().max(2);
        let mut t = RowTable {
            slots: Slots::filled(
                len,
                Slot {
                    key: empty,
                    row: [0; W],
                },
            ),
            mask: len - 1,
            shift: 64 - len.trailing_zeros(),
            empty,
        };
        for (&key, &r) in index {
            let Some(row) = (r as usize)
                .checked_mul(W)
                .and_then(|at| rows.get(at..at + W))
            else {
                continue;
            };
            let mut i = t.home(key);
            // At most half full: an empty slot is always ahead.
            while let Some(s) = t.slots.get_mut(i) {
                if s.key == t.empty {
                    s.key = key;
                    s.row.copy_from_slice(row);
                    break;
                }
                i = (i + 1) & t.mask;
            }
        }
        t
    }

    #[inline]
    fn home(&self, key: u32) -> usize {
        (u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Asks the core to fetch the home slots of `keys` into its cache, without waiting for
    /// them: decoding asks for a word a few words ahead of the one it sums, so that the
    /// slots have arrived when it gets there. (Plain loads of the next word's slots, as
    /// before, must each wait for their line before the core moves past them, which kept
    /// only about one word's lines in flight.)
    #[inline]
    pub(super) fn prefetch(&self, keys: &[u32]) {
        for &k in keys {
            if let Some(s) = self.slots.get(self.home(k)) {
                prefetch(s);
            }
        }
    }

    /// The weights of feature `key`, if the model knows it.
    #[inline]
    pub(super) fn get(&self, key: u32) -> Option<&[i16; W]> {
        if key == self.empty {
            return None;
        }
        let mut i = self.home(key);
        // The table is at most half full, so the walk meets an empty slot.
        loop {
            let s = self.slots.get(i)?;
            if s.key == key {
                return Some(&s.row);
            }
            if s.key == self.empty {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A pass's decoding tables, made from its weights on first use (model load, or the first
/// decode of weights just trained). Weights are not changed once they decode: training
/// builds them in its own layout and makes `Weights` at the end.
#[derive(Clone, Default)]
pub struct Compiled(
    OnceLock<(
        RowTable<{ super::TAGS }>,
        RowTable<{ super::viterbi::PAIR }>,
    )>,
);

impl Compiled {
    /// The emission and pairwise tables, made now if not yet.
    pub(super) fn get(
        &self,
        w: &super::Weights,
    ) -> &(
        RowTable<{ super::TAGS }>,
        RowTable<{ super::viterbi::PAIR }>,
    ) {
        self.0.get_or_init(|| {
            (
                RowTable::new(&w.index, &w.emit),
                RowTable::new(&w.pair_index, &w.pair),
            )
        })
    }
}

/// Weights are equal by what they are, not by whether their tables are made yet.
impl PartialEq for Compiled {
    fn eq(&self, _: &Compiled) -> bool {
        true
    }
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "Compiled(made)"
        } else {
            "Compiled(not yet)"
        })
    }
}

/// A hint that `x`'s cache line is read soon (no effect where there is no such hint).
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint to the cache: it reads nothing into the program and
    // cannot fault, whatever the address (here a live reference's). SSE, which has the
    // instruction, is part of every x86-64 processor.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(x).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}
