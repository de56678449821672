//! Weft's interpreter: the compiler front end and bytecode (the evaluation
//! loop, builtins and modules come next; see ARCHITECTURE.md).
#![forbid(unsafe_code)]

pub mod bytecode;
pub mod compiler;
