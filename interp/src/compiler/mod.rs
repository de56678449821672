//! The compiler front end: Python source to code objects.
//!
//! `source.rs` decodes and indexes the text, `parse.rs` runs ruff's parser
//! and maps its errors to CPython's, `symtable.rs` resolves names,
//! `codegen/` emits register bytecode (see `crate::bytecode`).
//!
//! The whole pipeline runs on a stack grown on the heap in proportion to the
//! source size, because ruff's AST is freed recursively; the passes
//! themselves stop at `symtable::MAX_DEPTH` with CPython's RecursionError.
#![forbid(unsafe_code)]

mod codegen;
mod constants;
pub mod error;
mod parse;
pub mod source;
pub mod symtable;

use std::sync::Arc;

pub use error::{CompileError, ErrorKind};
pub use source::Source;

use crate::bytecode::CodeObject;

/// Stack for the parse, the passes and freeing the AST: a base plus room for
/// one deeply nested node per source byte (at most 512 MiB; it is reserved
/// address space, touched only as deep as the input really nests).
fn stack_size(source_len: usize) -> usize {
    (16usize << 20).saturating_add(source_len.saturating_mul(256)).min(512 << 20)
}

/// Compiles the bytes of a module (decoded per PEP 263) from `filename`.
pub fn compile_module(bytes: &[u8], filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let source = Source::decode(bytes, filename)?;
    compile_source(&source)
}

/// Compiles an already decoded module.
pub fn compile_source(source: &Source) -> Result<Arc<CodeObject>, CompileError> {
    stacker::grow(stack_size(source.text.len()), || {
        let module = parse::parse(source)?;
        let table = symtable::build(source, &module)?;
        let code = codegen::Compiler::module(source, &table, &module.body)?;
        Ok(Arc::new(code))
    })
}
