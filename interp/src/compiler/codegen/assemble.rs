//! Layout: turns a unit's labelled instructions into encoded words, with
//! jump distances, the line table and the exception table.
//!
//! Instruction sizes depend on operand widths and jump distances depend on
//! sizes, so distances are recomputed until nothing grows (sizes only ever
//! grow, so this ends), as CPython's assembler does for EXTENDED_ARG.

use std::sync::Arc;

use super::super::source::Source;
use super::super::symtable::Scope;
use super::{Emitted, Unit};
use crate::bytecode::encoding::{encode, encoded_len};
use crate::bytecode::{
    CodeFlags, CodeObject, ExceptionTableEntry, Instruction, LineTableEntry, OperandKind,
};

fn with_offset(instruction: Instruction, offset: u32) -> Instruction {
    let opcode = instruction.opcode();
    let mut operands = instruction.operands().as_slice().to_vec();
    for (value, kind) in operands.iter_mut().zip(opcode.operand_kinds()) {
        if matches!(kind, OperandKind::Jump | OperandKind::JumpBack) {
            *value = offset;
        }
    }
    Instruction::from_parts(opcode, &operands)
}

/// Word position of each instruction, and one past the end.
fn positions(code: &[Emitted]) -> Vec<u32> {
    let mut positions = Vec::with_capacity(code.len() + 1);
    let mut at = 0u32;
    for emitted in code {
        positions.push(at);
        at += encoded_len(&emitted.instruction) as u32;
    }
    positions.push(at);
    positions
}

pub(super) fn assemble(mut unit: Unit<'_>, scope: &Scope, source: &Source) -> CodeObject {
    let targets: Vec<Option<usize>> = unit
        .code
        .iter()
        .map(|emitted| emitted.target.and_then(|label| unit.labels[label.0]))
        .collect();
    let handler_index = |label: super::Label| unit.labels[label.0].unwrap_or(0);
    let handlers: Vec<Option<(usize, u32)>> = unit
        .code
        .iter()
        .map(|e| {
            e.handler
                .map(|(label, register)| (handler_index(label), register))
        })
        .collect();
    let mut layout = positions(&unit.code);
    loop {
        let mut changed = false;
        for (index, target) in targets.iter().enumerate() {
            let Some(target) = *target else { continue };
            let next = layout[index + 1];
            let goal = layout[target];
            let offset = if matches!(unit.code[index].instruction, Instruction::JumpBack { .. }) {
                next.saturating_sub(goal)
            } else {
                goal.saturating_sub(next)
            };
            let updated = with_offset(unit.code[index].instruction, offset);
            if updated != unit.code[index].instruction {
                unit.code[index].instruction = updated;
                changed = true;
            }
        }
        if !changed {
            break;
        }
        let relaid = positions(&unit.code);
        if relaid == layout {
            break;
        }
        layout = relaid;
    }
    let mut words = Vec::new();
    let mut line_table: Vec<LineTableEntry> = Vec::new();
    for (index, emitted) in unit.code.iter().enumerate() {
        let span = emitted.span;
        let same = line_table.last().is_some_and(|last| {
            (last.line, last.end_line, last.column, last.end_column)
                == (span.line, span.end_line, span.column, span.end_column)
        });
        if !same {
            line_table.push(LineTableEntry {
                start: layout[index],
                line: span.line,
                end_line: span.end_line,
                column: span.column,
                end_column: span.end_column,
            });
        }
        encode(&emitted.instruction, &mut words);
    }
    let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
    for (index, handler) in handlers.iter().enumerate() {
        let Some((target, register)) = *handler else {
            continue;
        };
        let handler_word = layout[target];
        match exception_table.last_mut() {
            Some(last)
                if last.end == layout[index]
                    && last.handler == handler_word
                    && last.register == register =>
            {
                last.end = layout[index + 1];
            }
            _ => exception_table.push(ExceptionTableEntry {
                start: layout[index],
                end: layout[index + 1],
                handler: handler_word,
                register,
            }),
        }
    }
    CodeObject {
        name: Arc::from(unit.name.as_str()),
        qualname: Arc::from(unit.qualname.as_str()),
        filename: source.filename.clone(),
        first_line: unit.first_line,
        arg_count: unit.arg_count,
        posonly_count: unit.posonly_count,
        kwonly_count: unit.kwonly_count,
        flags: CodeFlags {
            varargs: unit.varargs,
            varkeywords: unit.varkeywords,
            generator: scope.is_generator,
            coroutine: false,
            optimized: scope.is_function_like(),
            nested: unit.qualname.contains("<locals>"),
        },
        register_count: unit.max_registers,
        local_names: unit.local_names,
        cell_names: unit.cell_names,
        free_names: unit.free_names,
        names: unit.names,
        constants: unit.pool.constants,
        instructions: words,
        cache_count: unit.caches,
        line_table,
        exception_table,
    }
}
