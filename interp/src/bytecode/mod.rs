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

/// Inline-cache entries an attribute instruction (`LoadAttr`, `StoreAttr`,
/// `LoadMethod`) owns, from its cache operand on: one per class seen at
/// the site. A method of a base class runs on instances of several
/// subclasses, and a single entry would be refilled at every change.
pub const ATTR_CACHE_WAYS: u32 = 4;
