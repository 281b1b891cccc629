//! CPU-time clocks for the benches that report CPU time beside wall time: on a shared machine
//! the wall clock mostly measures waiting for a core. Included by `#[path]` from each bench;
//! each uses a part, hence the allow.
#![allow(dead_code)]

use std::hint::black_box;
use std::time::Duration;

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`): what a keypress costs without
/// the time spent waiting for a core, which dominates wall-clock tails on a shared machine.
pub fn thread_cpu() -> Duration {
    cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// CPU time of the whole process, all threads (loading reads files on every core).
pub fn process_cpu() -> Duration {
    cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}

fn cpu_clock(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to write into.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Process CPU time of `iters` calls of `f`.
pub fn cpu_of<T>(iters: u64, mut f: impl FnMut() -> T) -> Duration {
    let start = process_cpu();
    for _ in 0..iters {
        black_box(f());
    }
    process_cpu().saturating_sub(start)
}
