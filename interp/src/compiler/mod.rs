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
mod diagnose;
pub mod error;
mod parse;
pub mod source;
pub mod symtable;
pub mod targets;
mod tokens;

use std::sync::Arc;

pub use error::{CompileError, ErrorKind};
pub use source::Source;

use crate::bytecode::CodeObject;

/// Stack for the parse, the passes and freeing the AST: a base plus room for
/// one deeply nested node per source byte (at most 512 MiB; it is reserved
/// address space, touched only as deep as the input really nests).
fn stack_size(source_len: usize) -> usize {
    (16usize << 20)
        .saturating_add(source_len.saturating_mul(256))
        .min(512 << 20)
}

/// Compiles the bytes of a module (decoded per PEP 263) from `filename`.
pub fn compile_module(bytes: &[u8], filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let source = Source::decode(bytes, filename)?;
    compile_source(&source)
}

/// Compiles an already decoded module.
pub fn compile_source(source: &Source) -> Result<Arc<CodeObject>, CompileError> {
    compile_mode(source, Mode::Exec)
}

/// What `compile()` compiles the source as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements, the code returns `None`.
    Exec,
    /// One expression: the code returns its value.
    Eval,
    /// One interactive statement: expression statements go to `sys.displayhook`.
    Single,
}

/// `single` input is one statement: a compound one, or the simple ones of
/// one line.
fn single_statement(source: &Source, body: &[ruff_python_ast::Stmt]) -> Result<(), CompileError> {
    use ruff_text_size::{Ranged, TextRange};
    let Some(first) = body.first() else {
        return Ok(());
    };
    let last_line = source.line_of(first.range().end());
    let on_first = body
        .iter()
        .take_while(|s| source.line_of(s.range().start()) <= last_line)
        .count();
    if on_first == body.len() {
        return Ok(());
    }
    let end = body[on_first - 1].range().end();
    Err(source.parser_error(
        ErrorKind::SyntaxError,
        "multiple statements found while compiling a single statement",
        TextRange::empty(end),
    ))
}

/// Compiles decoded source in `mode`.
pub fn compile_mode(source: &Source, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    stacker::grow(stack_size(source.text.len()), || {
        let code = match mode {
            Mode::Exec | Mode::Single => {
                let module = parse::parse(source)?;
                if mode == Mode::Single {
                    single_statement(source, &module.body)?;
                }
                let table = symtable::build(source, &module)?;
                codegen::Compiler::module(source, &table, &module.body, mode == Mode::Single)?
            }
            Mode::Eval => {
                let expression = parse::parse_expression(source)?;
                // The symbol table walks statements: give it the expression as one.
                let range = ruff_text_size::Ranged::range(&*expression.body);
                let module = ruff_python_ast::ModModule {
                    range,
                    node_index: Default::default(),
                    body: vec![ruff_python_ast::Stmt::Expr(ruff_python_ast::StmtExpr {
                        range,
                        node_index: Default::default(),
                        value: expression.body,
                    })]
                    .into(),
                };
                let table = symtable::build(source, &module)?;
                let ruff_python_ast::Stmt::Expr(statement) = &module.body[0] else {
                    unreachable!("built just above")
                };
                codegen::Compiler::expression(source, &table, &statement.value)?
            }
        };
        Ok(Arc::new(code))
    })
}
