//! `bytes`' methods as callables: all shared with `bytearray`
//! (`types/byteslike`).

use crate::types::byteslike::BytesKind;
use crate::types::function::NativeFn;

/// The methods in `bytes`' type dict.
pub static BYTES_METHODS: &[(&str, NativeFn)] = crate::byteslike_methods!(BytesKind, []);
