//! Process-wide memory settings.

/// Ask the kernel not to back this process's memory with transparent huge
/// pages. The allocator spreads each thread's small objects over its own
/// pages, so most 2 MiB huge pages are only partly used, yet the kernel
/// zeroes all of each one on its first touch: measured on the benchmark
/// programs, zeroing took 10-60% of the time (list_ops 1.60 s with huge
/// pages, 1.06 s without; string_ops 2.06 s and 1.55 s), and two threads
/// faulting at once share the memory bandwidth it eats.
pub fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments only and changes
    // a flag of this process; it reads or writes none of our memory.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
