//! Register bytecode: the instruction table, its binary encoding, code
//! objects with their line and exception tables, and the disassembler.
//! Design and reasons: `docs/internals/bytecode.md`.
#![forbid(unsafe_code)]

pub mod code;
pub mod constant;
pub mod disasm;
pub mod encoding;
pub mod opcodes;

pub use code::{CodeFlags, CodeObject, ExceptionTableEntry, LineTableEntry};
pub use constant::Constant;
pub use opcodes::{Instruction, Opcode, OperandKind};
