//! Parsing with ruff's parser. Source that does not parse becomes the
//! `SyntaxError` CPython would raise for it (`diagnose.rs`).

use ruff_python_ast::{Mod, ModExpression, ModModule};
use ruff_python_parser::{Mode, ParseOptions};

use super::diagnose::diagnose;
use super::error::CompileError;
use super::source::Source;

/// Parses a whole module.
pub fn parse(source: &Source) -> Result<ModModule, CompileError> {
    match parse_mode(source, Mode::Module)? {
        Mod::Module(module) => Ok(module),
        Mod::Expression(_) => unreachable!("module mode parses a module"),
    }
}

/// Parses one expression (`eval` input).
pub fn parse_expression(source: &Source) -> Result<ModExpression, CompileError> {
    match parse_mode(source, Mode::Expression)? {
        Mod::Expression(expression) => Ok(expression),
        Mod::Module(_) => unreachable!("expression mode parses an expression"),
    }
}

fn parse_mode(source: &Source, mode: Mode) -> Result<Mod, CompileError> {
    source.check_nesting()?;
    let parsed = ruff_python_parser::parse_unchecked(&source.text, ParseOptions::from(mode));
    if parsed.errors().is_empty() {
        return Ok(parsed.into_syntax());
    }
    Err(diagnose(source, parsed.syntax(), parsed.errors()))
}
