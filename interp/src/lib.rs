//! Weft's interpreter: the compiler, the virtual machine that runs its
//! bytecode, the builtins and the native modules. See ARCHITECTURE.md.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod modules;
pub mod repl;
pub mod vm;
