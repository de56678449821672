//! Weft's object model: values, the object header with biased reference
//! counts, thread states, and the built-in types. See `ARCHITECTURE.md`.

pub mod numeric;
