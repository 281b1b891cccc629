//! The word tables the features read (frequencies, clusters, Wikipedia names, the rules'
//! names) laid out for lookups: each word's bytes stored in its slot, beside its value.
//!
//! The features look every word of a paragraph up in these tables six times. In a hash map
//! of `String`s a hit costs two reads far apart — the bucket, then the key's own heap
//! bytes to compare — and the tables (60k words each) are too big for the core's own cache:
//! those lookups were a seventh of entity extraction, most of it waiting for memory. Here a
//! word of up to [`KEY`] bytes (an Arabic word of up to 11 letters) is compared inside its
//! slot, one read; longer words, few, are in an ordinary map beside it. The answers are the
//! map's, word for word (`wordtable_tests.rs`).

use std::hash::BuildHasher;

use foldhash::fast::FixedState;

use super::WordMap;
use super::pages::Slots;

/// Bytes of a word kept in its slot.
pub const KEY: usize = 23;

/// A word (its length, then its bytes padded with zeros) and its value.
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Slot<V> {
    /// 0: the slot is empty (the empty word is kept in `long`).
    len: u8,
    key: [u8; KEY],
    value: V,
}

/// Word → value, read-only once made (see the module's doc).
#[derive(Debug)]
pub struct WordTable<V> {
    slots: Slots<Slot<V>>,
    /// `slots.len() - 1` (a power of two).
    mask: usize,
    /// `64 - log2(slots.len())`: the home slot is the top bits of the mixed hash.
    shift: u32,
    /// Words longer than [`KEY`] bytes, and the empty word.
    long: WordMap<V>,
    /// Words in the table.
    count: usize,
}

impl<V> std::fmt::Debug for Slot<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Slot({} bytes)", self.len)
    }
}

/// `w` padded to [`KEY`] bytes, if it fits and is not empty.
#[inline]
fn padded(w: &str) -> Option<(u8, [u8; KEY])> {
    let b = w.as_bytes();
    let mut k = [0u8; KEY];
    k.get_mut(..b.len())?.copy_from_slice(b);
    let len = u8::try_from(b.len()).ok().filter(|&n| n > 0)?;
    Some((len, k))
}

impl<V: Copy + Default> WordTable<V> {
    /// The table of `map`'s words and values.
    pub fn new(map: WordMap<V>) -> WordTable<V> {
        let len = (2 * map.len()).next_power_of_two().max(2);
        let mut t = WordTable {
            slots: Slots::filled(
                len,
                Slot {
                    len: 0,
                    key: [0; KEY],
                    value: V::default(),
                },
            ),
            mask: len - 1,
            shift: 64 - len.trailing_zeros(),
            long: WordMap::default(),
            count: map.len(),
        };
        for (w, v) in map {
            let Some((n, key)) = padded(&w) else {
                t.long.insert(w, v);
                continue;
            };
            let mut i = t.home(&w);
            // At most half full: an empty slot is always ahead.
            while let Some(s) = t.slots.get_mut(i) {
                if s.len == 0 {
                    *s = Slot {
                        len: n,
                        key,
                        value: v,
                    };
                    break;
                }
                i = (i + 1) & t.mask;
            }
        }
        t
    }

    #[inline]
    fn home(&self, w: &str) -> usize {
        let h = FixedState::default().hash_one(w);
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of word `w`, if the table has it.
    #[inline]
    pub fn get(&self, w: &str) -> Option<V> {
        let Some((n, key)) = padded(w) else {
            return self.long.get(w).copied();
        };
        let mut i = self.home(w);
        // The table is at most half full, so the walk meets an empty slot.
        loop {
            let s = self.slots.get(i)?;
            if s.len == n && s.key == key {
                return Some(s.value);
            }
            if s.len == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}
