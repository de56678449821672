//! Turning ruff's parse errors into the `SyntaxError` CPython 3.11 raises
//! for the same source: its message, class and position.
//!
//! ruff words errors its own way and recovers past them, so it gives a list
//! of errors and a best-effort AST. The mapping takes ruff's first error,
//! recognises CPython's special messages from it and from the recovered
//! AST (invalid targets, "Perhaps you forgot a comma?", missing indented
//! blocks, `print x`), and then applies the order in which CPython's
//! tokenizer errors win over parser errors (`_PyPegen_set_syntax_error`):
//! a tokenizer error anywhere after a parser error replaces it, unless an
//! indentation error stops the tokenizer first; brackets still open when
//! the parser fails at the end, or before the line of the parser's error,
//! become "'(' was never closed".

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::source_order::{
    walk_comprehension, walk_expr, walk_stmt, SourceOrderVisitor,
};
use ruff_python_ast::{self as ast, Comprehension, Expr, Mod, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType as FStringError, LexicalErrorType, ParseError, ParseErrorType,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::error::{CompileError, ErrorKind};
use super::source::Source;
use super::targets::{expr_name, invalid_target, invalid_target_message, TargetKind};
use super::tokens::{Bracket, TokenScan};

/// The `SyntaxError` CPython raises for `source`, given ruff's errors
/// (in source order, at least one) and the AST it recovered.
pub fn diagnose(source: &Source, module: &Mod, errors: &[ParseError]) -> CompileError {
    let scan = TokenScan::scan(source);
    let mut nodes = Nodes::default();
    nodes.visit_mod(module);
    let cx = Context {
        source,
        scan: &scan,
        nodes,
    };
    let Some(first) = errors.first() else {
        return source.parser_error(
            ErrorKind::SyntaxError,
            "invalid syntax",
            TextRange::default(),
        );
    };
    let parser = cx.parser_error(first);
    // The first error of CPython's tokenizer: ours, or a lexical one of ruff's.
    let tokenizer = errors
        .iter()
        .filter_map(|e| cx.tokenizer_error(e))
        .chain(scan.error.clone())
        .min_by_key(|(at, _)| *at);
    if let Some((at, error)) = tokenizer {
        if at <= parser.at {
            return error;
        }
        // An inconsistent dedent stops the tokenizer before it gets there.
        let dedent_between = errors.iter().any(|e| {
            matches!(
                e.error,
                ParseErrorType::Lexical(
                    LexicalErrorType::IndentationError | LexicalErrorType::LineContinuationError
                )
            ) && e.range().start() > parser.at
                && e.range().start() < at
        });
        if !parser.stops_tokenizer && !dedent_between {
            return error;
        }
        return parser.error;
    }
    if parser.stops_tokenizer {
        return parser.error;
    }
    if let Some(innermost) = scan.open_at_end().last() {
        let bracket_line = source.line_of(innermost.offset);
        if parser.at_end || parser.error.line > bracket_line {
            return cx.never_closed(innermost);
        }
    }
    parser.error
}

/// A parser error, with what decides whether tokenizer errors replace it.
struct ParserError {
    error: CompileError,
    /// Where ruff found it.
    at: TextSize,
    /// The parser failed at the end of the source (inside brackets).
    at_end: bool,
    /// An indentation error: CPython reports it without looking further.
    stops_tokenizer: bool,
}

/// Every statement and expression of the recovered AST, in source order.
#[derive(Default)]
struct Nodes<'a> {
    stmts: Vec<&'a Stmt>,
    exprs: Vec<&'a Expr>,
    comprehension_targets: Vec<&'a Expr>,
    /// The iterables and conditions of comprehensions: CPython parses them
    /// as `disjunction`s, where no "forgot a comma" check runs.
    comprehension_disjunctions: Vec<TextRange>,
}

impl<'a> SourceOrderVisitor<'a> for Nodes<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.stmts.push(stmt);
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        self.exprs.push(expr);
        walk_expr(self, expr);
    }

    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        self.comprehension_targets.push(&comprehension.target);
        self.comprehension_disjunctions
            .push(comprehension.iter.range());
        self.comprehension_disjunctions
            .extend(comprehension.ifs.iter().map(Ranged::range));
        walk_comprehension(self, comprehension);
    }
}

struct Context<'a> {
    source: &'a Source,
    scan: &'a TokenScan,
    nodes: Nodes<'a>,
}

/// Whether a token can begin an `expression` (CPython's rule).
fn starts_expression(kind: TokenKind) -> bool {
    use TokenKind as T;
    matches!(
        kind,
        T::Name
            | T::Int
            | T::Float
            | T::Complex
            | T::String
            | T::FStringStart
            | T::Lpar
            | T::Lsqb
            | T::Lbrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::None
            | T::True
            | T::False
            | T::Ellipsis
            | T::Match
            | T::Case
            | T::Type
            | T::Lazy
    )
}

/// Whether `expr` is written inside its own parentheses (ruff's ranges
/// leave them out, except for tuples).
fn parenthesized(expr: &Expr, source: &Source) -> bool {
    let range = expr.range();
    if source.text[range.start().to_usize()..].starts_with('(')
        && matches!(expr, Expr::Tuple(_) | Expr::Generator(_))
    {
        return true;
    }
    let before = source.text[..range.start().to_usize()].trim_end();
    let after = source.text[range.end().to_usize()..].trim_start();
    before.ends_with('(') && after.starts_with(')')
}

/// Whether an expression is at least as tight as CPython's `disjunction`
/// (no conditional, lambda, walrus, starred or bare yield at its top).
fn is_disjunction(expr: &Expr, source: &Source) -> bool {
    match expr {
        Expr::If(_) | Expr::Lambda(_) | Expr::Named(_) | Expr::Yield(_) | Expr::YieldFrom(_) => {
            parenthesized(expr, source)
        }
        Expr::Tuple(_) | Expr::Generator(_) => parenthesized(expr, source),
        Expr::Starred(_) | Expr::Slice(_) => false,
        _ => true,
    }
}

/// Whether an expression is at least as tight as CPython's `bitwise_or`.
fn is_bitwise_or(expr: &Expr, source: &Source) -> bool {
    match expr {
        Expr::Compare(_) | Expr::BoolOp(_) => parenthesized(expr, source),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => parenthesized(expr, source),
        _ => is_disjunction(expr, source),
    }
}

impl<'a> Context<'a> {
    fn text(&self) -> &'a str {
        &self.source.text
    }

    fn generic(&self, range: TextRange) -> CompileError {
        let at_newline = self.text()[range.start().to_usize()..].starts_with(['\n', '\r']);
        let range = if at_newline && !self.scan.open_before(range.start()).is_empty() {
            // Inside brackets a newline is no token for CPython (ruff reads
            // one there when it recovers): the error is at the next token.
            let rest = &self.text()[range.start().to_usize()..];
            let skipped = rest.len() - rest.trim_start().len();
            let next = range.start() + TextSize::new(skipped as u32);
            let token = self.text()[next.to_usize()..]
                .chars()
                .take_while(|c| !c.is_whitespace())
                .map(TextSize::of)
                .sum();
            TextRange::at(next, token)
        } else if at_newline {
            // A NEWLINE token ends where it starts.
            TextRange::empty(range.start())
        } else {
            range
        };
        self.source
            .parser_error(ErrorKind::SyntaxError, "invalid syntax", range)
    }

    /// An f-string error: CPython 3.11 places it just past the f-string.
    fn fstring_error(&self, message: impl Into<String>, at: TextSize) -> CompileError {
        let fstring = self
            .nodes
            .exprs
            .iter()
            .filter(|e| {
                matches!(e, Expr::FString(_)) && (e.range().contains(at) || e.range().end() == at)
            })
            .min_by_key(|e| e.range().len());
        let end = fstring.map_or(at, |f| f.range().end());
        let (line, column) = self.source.char_position(end);
        self.source.error_with(
            ErrorKind::SyntaxError,
            message,
            (line, column),
            (line, i64::from(column)),
            true,
        )
    }

    /// "'(' was never closed" at the bracket.
    fn never_closed(&self, bracket: &Bracket) -> CompileError {
        let (line, column) = self.source.char_position(bracket.offset);
        let trimmed = self.text().trim_end_matches(['\n', '\r']);
        let last_line = self.source.line_of(TextSize::of(trimmed));
        self.source.error_with_text(
            ErrorKind::SyntaxError,
            format!("'{}' was never closed", bracket.kind),
            (line, column),
            (line, 0),
            line == last_line,
        )
    }

    /// The end of the last token before `offset` (skipping blanks and comments).
    fn previous_token_end(&self, offset: TextSize) -> TextSize {
        let before = &self.text()[..offset.to_usize()];
        let mut end = before.len();
        loop {
            let trimmed = before[..end].trim_end_matches([' ', '\t', '\x0c', '\n', '\r', '\\']);
            end = trimmed.len();
            // A comment runs to the end of its line.
            let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
            match comment_start(&trimmed[line_start..]) {
                Some(hash) => end = line_start + hash,
                None => return TextSize::new(end as u32),
            }
        }
    }

    /// The largest expression in `exprs` ending at `end` and starting after `after`.
    fn largest_ending_at(
        &self,
        end: TextSize,
        after: TextSize,
        accept: impl Fn(&Expr) -> bool,
    ) -> Option<&'a Expr> {
        self.nodes
            .exprs
            .iter()
            .copied()
            .filter(|e| e.range().end() == end && e.range().start() > after && accept(e))
            .max_by_key(|e| e.range().len())
    }

    fn largest_starting_at(&self, start: TextSize) -> Option<&'a Expr> {
        self.nodes
            .exprs
            .iter()
            .copied()
            .filter(|e| e.range().start() == start)
            .max_by_key(|e| e.range().len())
    }

    /// A tokenizer error that ruff's lexer reported, and where.
    fn tokenizer_error(&self, error: &ParseError) -> Option<(TextSize, CompileError)> {
        let ParseErrorType::Lexical(lexical) = &error.error else {
            return None;
        };
        let start = error.range().start();
        let error = match lexical {
            LexicalErrorType::UnclosedStringError => self.unterminated_string(start),
            LexicalErrorType::OtherError(text) if text.to_lowercase().contains("triple") => {
                self.unterminated_string(start)
            }
            LexicalErrorType::UnrecognizedToken { tok } if !tok.is_ascii() => {
                self.source.tokenizer_error(
                    ErrorKind::SyntaxError,
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                    start + TextSize::of(*tok),
                )
            }
            LexicalErrorType::FStringError(
                FStringError::UnterminatedString | FStringError::UnterminatedTripleQuotedString,
            ) => self.unterminated_string(start),
            _ => return None,
        };
        Some((start, error))
    }

    fn unterminated_string(&self, start: TextSize) -> CompileError {
        // Back to the start of the token: its quotes, then its prefix.
        let before = &self.text()[..start.to_usize()];
        let quotes = before.trim_end_matches(['\'', '"']);
        let prefixed = quotes.trim_end_matches(|c: char| "rRbBfFuU".contains(c));
        let is_prefix = quotes.len() - prefixed.len() <= 2
            && !prefixed.ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let token_start = if is_prefix {
            prefixed.len()
        } else {
            quotes.len()
        };
        let text = &self.text()[token_start..];
        let prefix = text.find(['\'', '"']).unwrap_or(0);
        let body = &text[prefix..];
        let triple = body.starts_with("'''") || body.starts_with("\"\"\"");
        let (line, column) = self.source.char_position(TextSize::new(token_start as u32));
        let message = if triple {
            let content = self.text().strip_suffix('\n').unwrap_or(self.text());
            let end_line = self.source.line_of(TextSize::of(content));
            format!("unterminated triple-quoted string literal (detected at line {end_line})")
        } else {
            format!("unterminated string literal (detected at line {line})")
        };
        self.source.error_with(
            ErrorKind::SyntaxError,
            message,
            (line, column),
            (line, i64::from(column)),
            false,
        )
    }

    fn parser_error(&self, error: &ParseError) -> ParserError {
        let range = error.range();
        let mut at_end = false;
        let mut stops_tokenizer = false;
        let error = match &error.error {
            ParseErrorType::UnexpectedIndentation => {
                stops_tokenizer = true;
                let (line, _) = self.source.char_position(range.start());
                let indent = self.text()[self.source.line_start(line).to_usize()..]
                    .chars()
                    .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                    .count();
                self.source.error_with(
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    (line, indent as u32),
                    (line, -1),
                    true,
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
                stops_tokenizer = true;
                let (line, _) = self.source.char_position(range.start());
                let width = self
                    .source
                    .line_text(ruff_source_file::OneIndexed::new(line as usize).unwrap_or_default())
                    .chars()
                    .count();
                self.source.error_with(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    (line, width as u32 + 1),
                    (line, -1),
                    true,
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof) => {
                at_end = true;
                self.source.parser_error(
                    ErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    range,
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
                stops_tokenizer = true;
                let backslash = self.text()[..range.end().to_usize()]
                    .rfind('\\')
                    .map_or(range.start(), |i| TextSize::new(i as u32));
                if self.text()[backslash.to_usize() + 1..]
                    .trim_end_matches(['\n', '\r'])
                    .is_empty()
                {
                    at_end = true;
                    self.source.parser_error(
                        ErrorKind::SyntaxError,
                        "unexpected EOF while parsing",
                        range,
                    )
                } else {
                    self.source.tokenizer_error(
                        ErrorKind::SyntaxError,
                        "unexpected character after line continuation character",
                        backslash + TextSize::new(1),
                    )
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::UnicodeError) => self.unicode_error(range),
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
                self.source.parser_error(
                    ErrorKind::SyntaxError,
                    "bytes can only contain ASCII literal characters",
                    range,
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::FStringError(inner))
            | ParseErrorType::FStringError(inner) => {
                self.fstring_error(fstring_message(inner), range.start())
            }
            ParseErrorType::OtherError(text) if text.starts_with("Only single target") => {
                self.source.parser_error(
                    ErrorKind::SyntaxError,
                    text.replacen("Only", "only", 1),
                    range,
                )
            }
            ParseErrorType::OtherError(text)
                if text.starts_with("Expected an indented block after") =>
            {
                self.expected_block(text, range)
            }
            ParseErrorType::OtherError(text)
                if text.starts_with("Expected `except` or `finally`") =>
            {
                self.missing_except(range)
            }
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Colon,
                found: TokenKind::Newline | TokenKind::NonLogicalNewline | TokenKind::EndOfFile,
            } if self.scan.open_before(range.start()).is_empty() => {
                let (line, column) = self.source.char_position(range.start());
                self.source.error_with(
                    ErrorKind::SyntaxError,
                    "expected ':'",
                    (line, column),
                    (line, i64::from(column)),
                    true,
                )
            }
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Else,
                ..
            } => {
                let if_expr = self
                    .nodes
                    .exprs
                    .iter()
                    .filter(|e| {
                        matches!(e, Expr::If(_))
                            && e.range().start() < range.start()
                            && e.range().end() <= range.end()
                    })
                    .max_by_key(|e| e.range().start());
                let span = if_expr.map_or(range, |e| e.range());
                self.source.parser_error(
                    ErrorKind::SyntaxError,
                    "expected 'else' after 'if' expression",
                    span,
                )
            }
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Colon,
                ..
            } if self.colon_is_forced(range.start()) => {
                self.source
                    .parser_error(ErrorKind::SyntaxError, "expected ':'", range)
            }
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Lpar,
                ..
            } if self.after_def_name(range.start()) => {
                self.source
                    .parser_error(ErrorKind::SyntaxError, "expected '('", range)
            }
            ParseErrorType::OtherError(text) if text == "Expected a parameter name" => self
                .assignment_in_argument(range)
                .unwrap_or_else(|| self.generic(range)),
            ParseErrorType::ExpectedToken { found, .. }
                if found.as_augmented_assign_operator().is_some() =>
            {
                self.augmented_tuple(range)
                    .unwrap_or_else(|| self.generic(range))
            }
            ParseErrorType::ExpectedToken {
                expected:
                    TokenKind::Comma
                    | TokenKind::Rpar
                    | TokenKind::Rsqb
                    | TokenKind::Rbrace
                    | TokenKind::In,
                found,
            } if starts_expression(*found) => match self.missing_comma(range) {
                Some((error, reads_to_end)) => {
                    at_end = reads_to_end;
                    error
                }
                None => self.generic(range),
            },
            ParseErrorType::SimpleStatementsOnSameLine => match self.legacy_print(range.start()) {
                Some(error) => error,
                None => {
                    // `a b(` with the bracket never closed: CPython's parser
                    // reads on through it to the end.
                    let unclosed = self.scan.open_at_end().first().map(|b| b.offset);
                    at_end = unclosed.is_some_and(|b| {
                        b >= range.start()
                            && !self.scan.line_ends_between(self.text(), range.start(), b)
                    });
                    self.generic(range)
                }
            },
            ParseErrorType::ExpectedExpression => self.missing_expression(range),
            ParseErrorType::InvalidAssignmentTarget
            | ParseErrorType::InvalidAnnotatedAssignmentTarget
            | ParseErrorType::InvalidAugmentedAssignmentTarget
            | ParseErrorType::InvalidDeleteTarget
            | ParseErrorType::InvalidNamedAssignmentTarget => self
                .invalid_target(range)
                .unwrap_or_else(|| self.generic(range)),
            ParseErrorType::InvalidStarredExpressionUsage => {
                let parenthesized_star = self.text()[..range.start().to_usize()]
                    .trim_end()
                    .ends_with('(')
                    && self.text()[range.end().to_usize()..]
                        .trim_start()
                        .starts_with(')');
                if parenthesized_star {
                    self.source.parser_error(
                        ErrorKind::SyntaxError,
                        "cannot use starred expression here",
                        range,
                    )
                } else {
                    self.generic(range)
                }
            }
            // CPython points at the `*` alone.
            ParseErrorType::InvalidArgumentUnpackingOrder => self.source.parser_error(
                ErrorKind::SyntaxError,
                "iterable argument unpacking follows keyword argument unpacking",
                TextRange::at(range.start(), TextSize::new(1)),
            ),
            other => match fixed_message(other) {
                Some(message) => self
                    .source
                    .parser_error(ErrorKind::SyntaxError, message, range),
                None => self.generic(range),
            },
        };
        ParserError {
            error,
            at: range.start(),
            at_end,
            stops_tokenizer,
        }
    }

    /// "expected an indented block after 'if' statement on line N".
    fn expected_block(&self, ruff_text: &str, range: TextRange) -> CompileError {
        let keyword = ruff_text.split('`').nth(1).unwrap_or("");
        let (what, starts) = if ruff_text.contains("function definition") {
            ("function definition".to_owned(), vec!["def", "async"])
        } else if keyword == "class" {
            ("class definition".to_owned(), vec!["class"])
        } else {
            let keyword = if keyword.is_empty() { "if" } else { keyword };
            let bare = keyword.trim_end_matches('*');
            (format!("'{keyword}' statement"), vec![bare, "async"])
        };
        let error_line = self.source.line_of(range.start());
        let header_end = self.source.line_of(self.previous_token_end(range.start()));
        let header_line = (1..=header_end)
            .rev()
            .find(|&line| {
                let text = self.source.line_text(
                    ruff_source_file::OneIndexed::new(line as usize).unwrap_or_default(),
                );
                let text = text.trim_start();
                starts.iter().any(|k| {
                    text.strip_prefix(k).is_some_and(|rest| {
                        !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    })
                })
            })
            .unwrap_or(error_line.saturating_sub(1).max(1));
        self.source.parser_error(
            ErrorKind::IndentationError,
            format!("expected an indented block after {what} on line {header_line}"),
            range,
        )
    }

    /// "expected 'except' or 'finally' block": at the next token, or past
    /// the last line when the source ends there.
    fn missing_except(&self, range: TextRange) -> CompileError {
        let message = "expected 'except' or 'finally' block";
        if !range.is_empty() {
            return self
                .source
                .parser_error(ErrorKind::SyntaxError, message, range);
        }
        let trimmed = self.text().trim_end_matches(['\n', '\r', ' ', '\t']);
        let line = self.source.line_of(TextSize::of(trimmed));
        let width = self
            .source
            .line_text(ruff_source_file::OneIndexed::new(line as usize).unwrap_or_default())
            .chars()
            .count();
        self.source.error_with(
            ErrorKind::SyntaxError,
            message,
            (line, width as u32 + 1),
            (line, -1),
            true,
        )
    }

    /// "invalid syntax. Perhaps you forgot a comma?" for two expressions in
    /// a row inside brackets (CPython's `invalid_expression`).
    ///
    /// Also whether CPython's parser, checking the expression after the
    /// missing comma, reads on to the end of the source (the next token is
    /// the end or a comma, and the bracket never closes): then the error it
    /// raises is that the bracket was never closed.
    fn missing_comma(&self, range: TextRange) -> Option<(CompileError, bool)> {
        let b_start = range.start();
        let innermost = *self.scan.open_before(b_start).last()?;
        let a_end = self.previous_token_end(b_start);
        let a =
            self.largest_ending_at(a_end, innermost.offset, |e| is_disjunction(e, self.source))?;
        let b = self.largest_starting_at(b_start);
        let b_end = b.map_or(range.end(), |b| b.range().end());
        let a_text = &self.text()[a.range().start().to_usize()..];
        let first_word: String = a_text
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if self
            .nodes
            .comprehension_disjunctions
            .iter()
            .any(|slot| slot.contains_range(a.range()) && slot.end() == a.range().end())
        {
            return None;
        }
        if let Expr::Name(name) = a {
            // `_PyPegen_check_legacy_stmt`: no comma hint after these.
            if matches!(name.id.as_str(), "print" | "exec") {
                return None;
            }
            let b_is_string = matches!(
                b,
                Some(Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::FString(_))
            );
            if b_is_string {
                return None;
            }
        }
        // CPython 3.11 matches a soft keyword by the token's length, so any
        // prefix of one (`c`, `ma`...) counts as one here.
        let soft_keyword_prefix = !first_word.is_empty()
            && ["_", "match", "case"]
                .iter()
                .any(|k| k.starts_with(first_word.as_str()));
        if soft_keyword_prefix {
            return None;
        }
        let next = self.text()[b_end.to_usize()..]
            .trim_start_matches([' ', '\t', '\x0c', '\n', '\r', '\\'])
            .chars()
            .next();
        let unclosed = self.scan.open_at_end().contains(&innermost);
        let across_lines = self.source.line_of(a.range().end()) != self.source.line_of(b_start);
        let reads_to_end = unclosed && (next.is_none() || (next == Some(',') && across_lines));
        let error = self.source.parser_error(
            ErrorKind::SyntaxError,
            "invalid syntax. Perhaps you forgot a comma?",
            TextRange::new(a.range().start(), b_end),
        );
        Some((error, reads_to_end))
    }

    /// Whether CPython's grammar forces a `:` at `at` (`&&':'`): after
    /// `try`, `else`, `finally`, and a `def` header.
    fn colon_is_forced(&self, at: TextSize) -> bool {
        let before = self.text()[..self.previous_token_end(at).to_usize()].trim_end();
        let word = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        if matches!(word, "try" | "else" | "finally") {
            return true;
        }
        self.nodes.stmts.iter().any(|s| match s {
            Stmt::FunctionDef(def) => {
                let body_start = def
                    .body
                    .first()
                    .map_or(def.range.end(), |b| b.range().start());
                def.range.start() < at
                    && at <= body_start
                    && self.source.line_of(def.name.range.start()) == self.source.line_of(at)
            }
            _ => false,
        })
    }

    /// Whether `at` follows `def NAME`.
    fn after_def_name(&self, at: TextSize) -> bool {
        let before = self.text()[..self.previous_token_end(at).to_usize()].trim_end();
        let without_name = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
        let keyword = without_name.trim_end();
        without_name.len() < before.len()
            && keyword.len() < without_name.len()
            && keyword.ends_with("def")
            && !keyword[..keyword.len() - 3].ends_with(|c: char| c.is_alphanumeric() || c == '_')
    }

    /// `f(a.b = 1)`: CPython's `invalid_kwarg`.
    fn assignment_in_argument(&self, argument: TextRange) -> Option<CompileError> {
        let after = &self.text()[argument.end().to_usize()..];
        let equal = argument.end() + TextSize::new((after.len() - after.trim_start().len()) as u32);
        if !self.text()[equal.to_usize()..].starts_with('=') {
            return None;
        }
        Some(self.source.parser_error(
            ErrorKind::SyntaxError,
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            TextRange::new(argument.start(), equal + TextSize::new(1)),
        ))
    }

    /// `a, b += 1`: ruff stops at the operator (and reads on as one tuple),
    /// CPython names the target before it.
    fn augmented_tuple(&self, operator: TextRange) -> Option<CompileError> {
        let end = self.previous_token_end(operator.start());
        let statement = self
            .nodes
            .stmts
            .iter()
            .rev()
            .find(|s| s.range().start() < operator.start() && s.range().end() >= end)?;
        let Stmt::Expr(expr) = statement else {
            return None;
        };
        let message =
            |what: &str| format!("'{what}' is an illegal expression for augmented assignment");
        if let Expr::Tuple(tuple) = &*expr.value {
            let before: Vec<&Expr> = tuple
                .elts
                .iter()
                .filter(|e| e.range().end() <= operator.start())
                .collect();
            if let (Some(first), Some(last)) = (before.first(), before.last()) {
                let range = TextRange::new(first.range().start(), last.range().end());
                return Some(self.source.parser_error(
                    ErrorKind::SyntaxError,
                    message("tuple"),
                    range,
                ));
            }
        }
        (expr.value.range().end() == end).then(|| {
            self.source.parser_error(
                ErrorKind::SyntaxError,
                message(expr_name(&expr.value)),
                expr.value.range(),
            )
        })
    }

    fn legacy_message(&self, name: &str, range: TextRange) -> CompileError {
        self.source.parser_error(
            ErrorKind::SyntaxError,
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            range,
        )
    }

    /// `print x`: CPython's `invalid_legacy_expression`.
    fn legacy_print(&self, b_start: TextSize) -> Option<CompileError> {
        let a_end = self.previous_token_end(b_start);
        let a = self.nodes.exprs.iter().find(|e| {
            e.range().end() == a_end
                && matches!(e, Expr::Name(n) if matches!(n.id.as_str(), "print" | "exec"))
        })?;
        let Expr::Name(name) = a else { return None };
        let b = self.largest_starting_at(b_start)?;
        Some(self.legacy_message(
            name.id.as_str(),
            TextRange::new(a.range().start(), b.range().end()),
        ))
    }

    /// An expression was expected: empty f-string fields and dict values
    /// have their own messages.
    fn missing_expression(&self, range: TextRange) -> CompileError {
        let before = &self.text()[..self.previous_token_end(range.start()).to_usize()];
        let in_fstring = self
            .nodes
            .exprs
            .iter()
            .any(|e| matches!(e, Expr::FString(_)) && e.range().contains(range.start()));
        let next = self.text()[range.start().to_usize()..].chars().next();
        if in_fstring && before.ends_with('{') {
            let message = match next {
                Some('}') => "f-string: empty expression not allowed".to_owned(),
                Some(c @ ('!' | ':' | '=')) => {
                    format!("f-string: expression required before '{c}'")
                }
                _ => "f-string: expecting '}'".to_owned(),
            };
            return self.fstring_error(message, range.start());
        }
        let in_braces = self
            .scan
            .open_before(range.start())
            .last()
            .is_some_and(|b| b.kind == '{');
        if in_braces && before.ends_with(':') {
            let colon = TextSize::new(before.len() as u32 - 1);
            return self.source.parser_error(
                ErrorKind::SyntaxError,
                "expression expected after dictionary key and ':'",
                TextRange::new(colon, colon + TextSize::new(1)),
            );
        }
        self.generic(range)
    }

    /// `'\N{...}'` naming no character.
    fn unicode_error(&self, range: TextRange) -> CompileError {
        let literal = self
            .nodes
            .exprs
            .iter()
            .copied()
            .filter(|e| e.range().contains(range.start()))
            .min_by_key(|e| e.range().len());
        let escape_start = self.text()[..range.start().to_usize()]
            .rfind("\\N{")
            .map(|i| TextSize::new(i as u32));
        match (literal, escape_start) {
            (Some(literal), Some(escape))
                if matches!(literal, Expr::StringLiteral(_))
                    && escape >= literal.range().start() =>
            {
                let token = &self.text()
                    [literal.range().start().to_usize()..literal.range().end().to_usize()];
                let quote = token.find(['\'', '"']).unwrap_or(0);
                let quotes =
                    if token[quote..].starts_with("'''") || token[quote..].starts_with("\"\"\"") {
                        3
                    } else {
                        1
                    };
                let body = literal.range().start() + TextSize::new((quote + quotes) as u32);
                let escape_end = range.end() + TextSize::new(1);
                let position = |at: TextSize| u32::from(at).saturating_sub(u32::from(body));
                let message = format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                    position(escape),
                    position(escape_end).saturating_sub(1)
                );
                let (line, column) = self.source.char_position(literal.range().end());
                self.source.error_with(
                    ErrorKind::SyntaxError,
                    message,
                    (line, column),
                    (line, i64::from(column)),
                    true,
                )
            }
            _ => self.generic(range),
        }
    }

    /// CPython's messages for targets that cannot be assigned or deleted.
    fn invalid_target(&self, range: TextRange) -> Option<CompileError> {
        let at = range.start();
        let contains = |e: &Expr| e.range().contains(at) || e.range().start() == at;
        let stmt = self
            .nodes
            .stmts
            .iter()
            .rev()
            .find(|s| s.range().contains(at) || s.range().start() == at)?;
        let error = |message: String, expr: &Expr| {
            self.source
                .parser_error(ErrorKind::SyntaxError, message, expr.range())
        };
        match stmt {
            Stmt::Assign(assign) => {
                let index = assign.targets.iter().position(&contains)?;
                let target = &assign.targets[index];
                let bare_yield = matches!(target, Expr::Yield(_) | Expr::YieldFrom(_))
                    && !parenthesized(target, self.source);
                if bare_yield {
                    return Some(error(
                        "assignment to yield expression not possible".into(),
                        target,
                    ));
                }
                let here = assign.targets.len() == 1
                    && !matches!(
                        target,
                        Expr::List(_)
                            | Expr::Tuple(_)
                            | Expr::Generator(_)
                            | Expr::BooleanLiteral(_)
                            | Expr::NoneLiteral(_)
                    )
                    && is_bitwise_or(target, self.source)
                    && is_bitwise_or(&assign.value, self.source);
                if here {
                    return Some(error(
                        format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(target)
                        ),
                        target,
                    ));
                }
                let invalid = invalid_target(target, TargetKind::Store)?;
                Some(error(
                    invalid_target_message(invalid, TargetKind::Store),
                    invalid,
                ))
            }
            Stmt::AugAssign(aug) if contains(&aug.target) => Some(error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&aug.target)
                ),
                &aug.target,
            )),
            Stmt::AnnAssign(ann) if contains(&ann.target) && ann.annotation.range().is_empty() => {
                // No annotation follows: the parser stops at the colon.
                let rest = &self.text()[ann.target.range().end().to_usize()..];
                let colon =
                    ann.target.range().end() + TextSize::new(rest.find(':').unwrap_or(0) as u32);
                Some(self.generic(TextRange::at(colon, TextSize::new(1))))
            }
            Stmt::AnnAssign(ann) if contains(&ann.target) => {
                let message = match &*ann.target {
                    Expr::Tuple(_) => "only single target (not tuple) can be annotated",
                    Expr::List(_) => "only single target (not list) can be annotated",
                    _ => "illegal target for annotation",
                };
                Some(error(message.into(), &ann.target))
            }
            Stmt::For(for_) if contains(&for_.target) => {
                let invalid = invalid_target(&for_.target, TargetKind::For)?;
                Some(error(
                    invalid_target_message(invalid, TargetKind::For),
                    invalid,
                ))
            }
            Stmt::With(with) => {
                let target = with
                    .items
                    .iter()
                    .filter_map(|i| i.optional_vars.as_deref())
                    .find(|t| contains(t))?;
                let rest = &self.text()[target.range().end().to_usize()..];
                let next_at = target.range().end()
                    + TextSize::of(
                        &rest[..rest.len() - rest.trim_start_matches([' ', '\t']).len()],
                    );
                if !matches!(
                    self.text()[next_at.to_usize()..].chars().next(),
                    Some(',' | ')' | ':')
                ) {
                    // Not a target after all: the parser stops at what follows.
                    return Some(self.generic(TextRange::at(next_at, TextSize::new(1))));
                }
                let invalid = invalid_target(target, TargetKind::Store)?;
                Some(error(
                    invalid_target_message(invalid, TargetKind::Store),
                    invalid,
                ))
            }
            Stmt::Delete(del) => {
                let target = del.targets.iter().find(|t| contains(t))?;
                let invalid = invalid_target(target, TargetKind::Delete)?;
                Some(error(
                    invalid_target_message(invalid, TargetKind::Delete),
                    invalid,
                ))
            }
            _ => self.invalid_expression_target(at),
        }
    }

    /// Invalid targets inside expressions: comprehension `for` targets and
    /// the left side of `:=`.
    fn invalid_expression_target(&self, at: TextSize) -> Option<CompileError> {
        let error = |message: String, expr: &Expr| {
            self.source
                .parser_error(ErrorKind::SyntaxError, message, expr.range())
        };
        if let Some(target) = self
            .nodes
            .comprehension_targets
            .iter()
            .rev()
            .find(|t| t.range().contains(at) || t.range().start() == at)
        {
            let invalid = invalid_target(target, TargetKind::For)?;
            return Some(error(
                invalid_target_message(invalid, TargetKind::For),
                invalid,
            ));
        }
        let named = self.nodes.exprs.iter().rev().find_map(|e| match e {
            Expr::Named(n) if n.target.range().start() == at || n.target.range().contains(at) => {
                Some(n)
            }
            _ => None,
        })?;
        Some(error(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&named.target)
            ),
            &named.target,
        ))
    }
}

/// Where a `#` comment starts in a line, outside string literals.
fn comment_start(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => return Some(i),
            quote @ (b'\'' | b'"') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

fn fstring_message(error: &FStringError) -> String {
    match error {
        FStringError::UnclosedLbrace => "f-string: expecting '}'".into(),
        FStringError::SingleRbrace => "f-string: single '}' is not allowed".into(),
        FStringError::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
        }
        FStringError::UnterminatedString => "unterminated string literal".into(),
        FStringError::UnterminatedTripleQuotedString => {
            "unterminated triple-quoted string literal".into()
        }
        FStringError::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".into()
        }
        other => format!("f-string: {other}"),
    }
}

/// Errors whose CPython message does not depend on the context.
fn fixed_message(error: &ParseErrorType) -> Option<&'static str> {
    Some(match error {
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument"
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking"
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument"
        }
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *",
        ParseErrorType::IterableUnpackingInComprehension => {
            "iterable unpacking cannot be used in comprehension"
        }
        ParseErrorType::ParamAfterVarKeywordParam => "arguments cannot follow var-keyword argument",
        ParseErrorType::VarParameterWithDefault => {
            "var-positional argument cannot have default value"
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized"
        }
        ParseErrorType::ExpectedImaginaryNumber => "imaginary number required in complex literal",
        ParseErrorType::ExpectedRealNumber => "real number required in complex literal",
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
