//! Parsing with ruff's parser, and turning its errors into CPython's.
//!
//! ruff words most errors its own way. Where CPython's message is fixed and
//! the case is clear, the CPython message is used; everything else becomes
//! CPython's generic "invalid syntax" at ruff's position. Known differences
//! (documented in `docs/internals/bytecode.md`): CPython's "Did you mean"
//! suggestions, "expected ':'", "'(' was never closed" and "expected an
//! indented block after 'if' statement on line N" are reported as "invalid
//! syntax" or with ruff's position, which can be a token later than CPython's.

use ruff_python_ast::ModModule;
use ruff_python_parser::{InterpolatedStringErrorType as FStringError, LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::Ranged;

use super::error::{CompileError, ErrorKind};
use super::source::Source;

/// Parses a whole module.
pub fn parse(source: &Source) -> Result<ModModule, CompileError> {
    source.check_nesting()?;
    match ruff_python_parser::parse_module(&source.text) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(error) => Err(convert(source, &error)),
    }
}

fn convert(source: &Source, error: &ParseError) -> CompileError {
    let (kind, message) = message_for(source, &error.error, error.range().start().into());
    source.error_at(kind, message, error.range().start())
}

fn fstring_message(error: &FStringError) -> String {
    match error {
        FStringError::UnclosedLbrace => "f-string: expecting '}'".into(),
        FStringError::SingleRbrace => "f-string: single '}' is not allowed".into(),
        FStringError::InvalidConversionFlag => "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
        FStringError::UnterminatedString => "unterminated string literal".into(),
        FStringError::UnterminatedTripleQuotedString => "unterminated triple-quoted string literal".into(),
        FStringError::LambdaWithoutParentheses => "f-string: lambda expressions are not allowed without parentheses".into(),
        other => format!("f-string: {other}"),
    }
}

fn message_for(source: &Source, error: &ParseErrorType, offset: u32) -> (ErrorKind, String) {
    use ErrorKind::{IndentationError, SyntaxError};
    let line = source.line_of(offset.into());
    let message: String = match error {
        ParseErrorType::UnexpectedIndentation => return (IndentationError, "unexpected indent".into()),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            return (IndentationError, "unindent does not match any outer indentation level".into())
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            format!("unterminated string literal (detected at line {line})")
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => "unexpected EOF while parsing".into(),
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            "unexpected character after line continuation character".into()
        }
        ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
            "bytes can only contain ASCII literal characters".into()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            if tok.is_ascii() {
                "invalid syntax".into()
            } else {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::FStringError(inner)) | ParseErrorType::FStringError(inner) => {
            fstring_message(inner)
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(text)) => {
            if text.contains("unterminated triple-quoted") || text.contains("Unterminated triple") {
                format!("unterminated triple-quoted string literal (detected at line {line})")
            } else {
                "invalid syntax".into()
            }
        }
        ParseErrorType::PositionalAfterKeywordArgument => "positional argument follows keyword argument".into(),
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".into()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking".into()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => "non-default argument follows default argument".into(),
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *".into(),
        ParseErrorType::IterableUnpackingInComprehension => "iterable unpacking cannot be used in comprehension".into(),
        ParseErrorType::InvalidStarredExpressionUsage => "can't use starred expression here".into(),
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            "cannot assign to expression".into()
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            "'expression' is an illegal expression for augmented assignment".into()
        }
        ParseErrorType::InvalidDeleteTarget => "cannot delete expression".into(),
        ParseErrorType::InvalidNamedAssignmentTarget => "cannot use assignment expressions with expression".into(),
        ParseErrorType::ParamAfterVarKeywordParam => "arguments cannot follow var-keyword argument".into(),
        ParseErrorType::VarParameterWithDefault => "var-positional argument cannot have default value".into(),
        ParseErrorType::EmptySlice | ParseErrorType::EmptyImportNames => "invalid syntax".into(),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".into()
        }
        _ => "invalid syntax".into(),
    };
    (SyntaxError, message)
}
