//! The characters of a `str` object: short texts (most keys, words,
//! digits, slices) live inside the object, longer ones in an allocation
//! of their own. A short string is then one allocation, not two: making
//! and freeing strings is much of what string-heavy programs do.

use std::ops::Deref;

/// Bytes a text may have and still live inside the object: as many as fit
/// beside the length byte in the three words the heap variant takes.
pub(super) const INLINE: usize = 22;

pub(super) enum Text {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Text {
    /// `s`, copied (inside the object when short enough).
    pub(super) fn copied(s: &str) -> Text {
        match Self::inline_of(&[s]) {
            Some(t) => t,
            None => Text::Heap(s.into()),
        }
    }

    /// `s`, kept (its allocation becomes the text) unless it is short
    /// enough to live inside the object.
    pub(super) fn owned(s: String) -> Text {
        match Self::inline_of(&[&s]) {
            Some(t) => t,
            None => Text::Heap(s.into_boxed_str()),
        }
    }

    /// The concatenation of `parts`, inside the object if short enough.
    pub(super) fn inline_of(parts: &[&str]) -> Option<Text> {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        if len > INLINE {
            return None;
        }
        let mut bytes = [0u8; INLINE];
        let mut at = 0;
        for p in parts {
            bytes[at..at + p.len()].copy_from_slice(p.as_bytes());
            at += p.len();
        }
        Some(Text::Inline {
            len: len as u8,
            bytes,
        })
    }
}

impl Deref for Text {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        match self {
            // SAFETY: inline bytes are only ever copied whole from `&str`s
            // (`inline_of`), so the first `len` are valid UTF-8.
            Text::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(&bytes[..*len as usize])
            },
            Text::Heap(s) => s,
        }
    }
}
