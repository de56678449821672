//! The caret line CPython 3.11 prints under a traceback's source line: `^`
//! under the failing expression, or for a binary operation or a subscript
//! `~` under the operands and `^` under the operator or the brackets
//! (`~~^~~`). None when the expression is the whole line.
//!
//! Offsets are characters, not display cells (CPython counts East Asian
//! wide characters twice; weft does not yet).

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use crate::bytecode::code::LineTableEntry;

/// Where the operator of a binary operation or the brackets of a
/// subscript are, as character offsets into the expression's text.
struct Anchors {
    left_end: usize,
    right_start: usize,
}

/// The caret line for `line` (its text without the newline) and the
/// failing instruction's position, with its leading margin; `None` if no
/// carets are shown.
pub fn caret_line(line: &str, pos: &LineTableEntry) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let char_at = |byte: u32| {
        line.get(..byte as usize)
            .map_or(chars.len(), |s| s.chars().count())
    };
    let start = char_at(pos.column);
    let single_line = pos.line == pos.end_line;
    let end = if single_line {
        char_at(pos.end_column)
    } else {
        line.trim_end().chars().count()
    };
    if end <= start {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let anchors = if single_line { anchors(&segment) } else { None };
    let stripped_len = line.trim().chars().count();
    let spans_line = end - start >= stripped_len;
    let anchored = anchors.as_ref().is_some_and(|a| a.right_start > a.left_end);
    if spans_line && !anchored {
        return None;
    }
    let indent = chars.len() - line.trim_start().chars().count();
    let mut out = String::from("    ");
    out.extend(std::iter::repeat_n(' ', start.saturating_sub(indent)));
    for offset in start..end {
        let k = offset - start;
        out.push(match &anchors {
            Some(a) if a.left_end <= k && k < a.right_start => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    Some(out)
}

/// The anchors of `segment` when it parses alone as a binary operation or
/// a subscript.
fn anchors(segment: &str) -> Option<Anchors> {
    let module = ruff_python_parser::parse_module(segment)
        .ok()?
        .into_syntax();
    let [Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let to_char = |byte: usize| {
        segment
            .get(..byte)
            .map_or(segment.chars().count(), |s| s.chars().count())
    };
    match &*stmt.value {
        Expr::BinOp(op) => {
            let from = op.left.range().end().to_usize();
            let to = op.right.range().start().to_usize();
            let mut left = None;
            let mut i = from;
            while i < to {
                let c = bytes[i];
                if c.is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                // Two-character operators (`//`, `**`, `<<`...).
                if i + 1 < to && !bytes[i + 1].is_ascii_whitespace() {
                    right += 1;
                }
                left = Some((i, right));
                // A closing parenthesis of the left operand: keep going.
                if c == b')' && i + 1 < to {
                    i += 1;
                    continue;
                }
                break;
            }
            let (l, r) = left?;
            Some(Anchors {
                left_end: to_char(l),
                right_start: to_char(r),
            })
        }
        Expr::Subscript(sub) => {
            let mut left = sub.value.range().end().to_usize();
            let mut right = sub.slice.range().end().to_usize() + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some(Anchors {
                left_end: to_char(left),
                right_start: to_char(right.min(bytes.len())),
            })
        }
        _ => None,
    }
}
