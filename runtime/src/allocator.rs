//! The process allocator: mimalloc, called through its plain entry points.
//!
//! The `mimalloc` crate's `GlobalAlloc` asks for every block through
//! `mi_malloc_aligned`, even at the 8-byte alignment every object has. In
//! mimalloc 3 that call takes the plain fast path only while a free block of
//! the exact size class happens to be aligned; otherwise it over-allocates
//! into a larger size class, so the exact class never gets blocks back and
//! every later request goes the slow way (measured: a sixth of n-body's
//! instructions were spent there). Blocks from `mi_malloc` are aligned to
//! at least 8 bytes, so requests that need no more use it directly.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every `mi_malloc` block has.
const PLAIN_ALIGN: usize = 8;

/// mimalloc as the global allocator (`#[global_allocator]` in the binary).
pub struct Allocator;

// SAFETY: every method forwards to mimalloc, which returns blocks of at
// least the requested size and alignment (plain calls only where 8-byte
// alignment suffices), frees any block it returned, and is thread-safe.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: mimalloc's C entry points; sizes come from a valid layout.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's contract).
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
