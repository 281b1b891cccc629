//! The memory of the tagger's big lookup tables (the decoding tables, `rows.rs`, and the word
//! tables, `wordtable.rs`), asked to be backed by huge pages where the system can.
//!
//! Decoding looks up about eighty features a word at random places in a 16 MB table, and the
//! features read four word tables of a few MB each. With the usual 4 KB pages those tables
//! span about 8,000 pages, more than the core's address cache (TLB) holds, so most lookups
//! first walk the page tables — in a virtual machine a walk through two levels of tables.
//! Profiles showed the lookups waiting on that, not on the data. Backed by 2 MB pages the
//! tables take a few dozen entries. On Linux the kernel gives huge pages to a range that
//! asks for them (`madvise(MADV_HUGEPAGE)`, honoured when transparent huge pages are
//! `always` or `madvise`); elsewhere, or when the kernel says no, nothing changes but speed.
//! (docs/perf.md, eleventh session: the same build ran about a fifth faster with glibc told
//! to do it for every large allocation.)

/// Size of a huge page on x86-64 and aarch64 Linux.
const HUGE: usize = 2 << 20;

/// A fixed number of `T`s, laid out from a huge-page boundary when the buffer is large.
#[derive(Clone)]
pub(super) struct Slots<T> {
    buf: Vec<T>,
    /// Index in `buf` of the first slot: the slots start on a huge-page boundary.
    base: usize,
    len: usize,
}

impl<T: Copy> Slots<T> {
    /// `len` copies of `value`.
    pub(super) fn filled(len: usize, value: T) -> Slots<T> {
        let size = std::mem::size_of::<T>().max(1);
        if len.saturating_mul(size) < HUGE {
            return Slots {
                buf: vec![value; len],
                base: 0,
                len,
            };
        }
        // Room to start the slots on a boundary. The pages are asked for before they are
        // first written (the kernel picks a page's size when it is first touched).
        let spare = HUGE.div_ceil(size);
        let mut buf: Vec<T> = Vec::with_capacity(len + spare);
        let start = buf.as_ptr() as usize;
        let gap = start.next_multiple_of(HUGE) - start;
        // When `T`'s size does not divide the gap the slots start where the buffer does: the
        // whole huge pages inside them are still asked for.
        let base = if gap.is_multiple_of(size) {
            gap / size
        } else {
            0
        };
        advise_huge(start + base * size, len * size);
        buf.resize(base + len, value);
        Slots { buf, base, len }
    }
}

impl<T> Slots<T> {
    #[inline]
    pub(super) fn get(&self, i: usize) -> Option<&T> {
        if i < self.len {
            self.buf.get(self.base + i)
        } else {
            None
        }
    }

    #[inline]
    pub(super) fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        if i < self.len {
            self.buf.get_mut(self.base + i)
        } else {
            None
        }
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.len
    }
}

/// Asks the kernel to back the whole huge pages of `len` bytes from `start` with huge pages.
#[cfg(target_os = "linux")]
fn advise_huge(start: usize, len: usize) {
    let from = start.next_multiple_of(HUGE);
    let to = (start + len) / HUGE * HUGE;
    if to > from {
        // SAFETY: the range is whole pages inside one live allocation of ours (the `Vec`'s
        // buffer). `MADV_HUGEPAGE` only changes what size of pages the kernel backs the range
        // with; it never changes the memory's contents or whether it may be used. A refusal
        // (transparent huge pages off, an old kernel) is an error code, ignored: the memory
        // works as before.
        unsafe {
            libc::madvise(from as *mut libc::c_void, to - from, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_start: usize, _len: usize) {}

impl<T: std::fmt::Debug> std::fmt::Debug for Slots<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Slots({} from {})", self.len, self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::{HUGE, Slots};

    /// A slot as the tables' are: 32 bytes, aligned to them.
    #[derive(Clone, Copy, PartialEq, Debug)]
    #[repr(align(32))]
    struct Row([u8; 32]);

    #[test]
    fn slots_hold_their_values_from_a_huge_page_boundary() {
        for len in [0, 1, 1000, HUGE / 32 - 1, HUGE / 32, 3 * HUGE / 32 + 5] {
            let mut s = Slots::filled(len, Row([7; 32]));
            assert_eq!(s.len(), len);
            assert!(s.get(len).is_none() && s.get_mut(len).is_none());
            if let Some(last) = len.checked_sub(1).and_then(|i| s.get_mut(i)) {
                last.0[0] = 1;
            }
            let ones = (0..len)
                .filter(|&i| s.get(i).is_some_and(|x| x.0[0] == 1))
                .count();
            assert_eq!(ones, usize::from(len > 0));
            let sevens = (0..len)
                .filter(|&i| s.get(i) == Some(&Row([7; 32])))
                .count();
            assert_eq!(sevens, len.saturating_sub(1));
            if len * 32 >= HUGE {
                let first = s.get(0).map_or(0, |x| std::ptr::from_ref(x) as usize);
                assert_eq!(first % HUGE, 0, "{len} slots");
            }
        }
    }
}
