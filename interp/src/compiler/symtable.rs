//! The symbol table pass: finds every scope (module, class, function,
//! lambda, comprehension) and decides for each name whether it is local,
//! global (explicit or implicit), free or a cell, with CPython's rules and its
//! SyntaxError messages (`Python/symtable.c`).
//!
//! It runs in two steps: `Builder` walks the AST and records what each scope
//! does with each name (binds, uses, declares global or nonlocal); `analyze`
//! then walks the scope tree top-down with the names bound in enclosing
//! function scopes and bottom-up with the names children need, which turns
//! some locals into cells and threads free variables through class bodies.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::error::{CompileError, ErrorKind};
use super::source::Source;

/// Deepest AST nesting any pass accepts, as CPython's compiler limit.
pub const MAX_DEPTH: usize = 2000;

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list, set or dict comprehension or a generator expression.
    Comprehension,
}

/// Flags recording what a scope does with a name.
pub mod flag {
    pub const ASSIGNED: u16 = 1;
    pub const PARAMETER: u16 = 1 << 1;
    pub const GLOBAL: u16 = 1 << 2;
    pub const NONLOCAL: u16 = 1 << 3;
    pub const USED: u16 = 1 << 4;
    pub const ANNOTATED: u16 = 1 << 5;
    /// Bound by a `for` clause of this comprehension.
    pub const ITERATION: u16 = 1 << 6;
    /// Bound by a walrus inside a comprehension: belongs to the enclosing scope.
    pub const COMPREHENSION_WALRUS: u16 = 1 << 7;
    /// Target of a walrus in this scope: codegen must not read the register
    /// directly while an expression holding it is half evaluated.
    pub const WALRUS_TARGET: u16 = 1 << 8;
    /// Unbound by `del` or at the end of an `except ... as` handler:
    /// codegen may not assume a parameter so named stays bound.
    pub const DELETED: u16 = 1 << 9;
}

/// Where a name lives once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A register (functions) or the namespace dict (modules, classes).
    Local,
    /// `global x`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function: reached through a cell.
    Free,
    /// Local here and captured by an inner scope: lives in a cell.
    Cell,
}

/// One name in one scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u16,
    pub resolution: Resolution,
    /// Where a `nonlocal` declared it, for "no binding" errors.
    pub declared_at: Option<TextSize>,
}

/// One scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in order of first appearance (which fixes register order).
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in CPython's order: positional, keyword-only, `*args`, `**kwargs`.
    pub parameters: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// A class whose methods use `super()` or `__class__`: it gets a `__class__` cell.
    pub needs_class_cell: bool,
    /// Names a class body passes through to its methods without using them.
    pub class_passthrough: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            symbols: Vec::new(),
            index: HashMap::new(),
            parameters: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            class_passthrough: Vec::new(),
        }
    }

    /// The symbol for `name`, if the scope mentions it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn symbol_mut(&mut self, name: &str) -> &mut Symbol {
        let next = self.symbols.len();
        let i = *self.index.entry(name.to_owned()).or_insert(next);
        if i == next {
            self.symbols.push(Symbol {
                name: name.to_owned(),
                flags: 0,
                resolution: Resolution::GlobalImplicit,
                declared_at: None,
            });
        }
        &mut self.symbols[i]
    }

    /// Whether locals live in registers.
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// All scopes of a module; scope 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The scope a function, class, lambda or comprehension node opens.
    pub fn scope_of(&self, range: TextRange) -> Option<usize> {
        self.by_node
            .get(&(range.start().into(), range.end().into()))
            .copied()
    }
}

/// Builds and analyzes the symbol table of a module.
/// As CPython's symbol-table errors: the location is in the attributes only.
fn symtable_error(mut error: CompileError) -> CompileError {
    error.args_carry_location = false;
    error
}

pub fn build(source: &Source, module: &ast::ModModule) -> Result<SymbolTable, CompileError> {
    let mut builder = Builder {
        source,
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        depth: 0,
        in_comprehension_iterable: 0,
    };
    builder.statements(&module.body)?;
    let mut table = builder.table;
    analyze(&mut table, 0, &HashSet::new(), source)?;
    Ok(table)
}

struct Builder<'a> {
    source: &'a Source,
    table: SymbolTable,
    /// Scopes open at this point of the walk, innermost last.
    stack: Vec<usize>,
    depth: usize,
    /// Non-zero while walking the iterable of a comprehension's `for` clause.
    in_comprehension_iterable: usize,
}

impl Builder<'_> {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.table.scopes[id]
    }

    fn error(&self, message: impl Into<String>, at: impl super::source::Site) -> CompileError {
        symtable_error(self.source.error_at(ErrorKind::SyntaxError, message, at))
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: TextRange) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap_or(&0);
        self.table.scopes[parent].children.push(id);
        self.table
            .by_node
            .insert((node.start().into(), node.end().into()), id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn deeper(&mut self) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.source.error_nowhere(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ));
        }
        Ok(())
    }

    fn add(
        &mut self,
        name: &str,
        flags: u16,
        at: impl super::source::Site,
    ) -> Result<(), CompileError> {
        let scope = self.current();
        let symbol = scope.symbol_mut(name);
        if flags & flag::PARAMETER != 0 && symbol.flags & flag::PARAMETER != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                at,
            ));
        }
        symbol.flags |= flags;
        Ok(())
    }

    fn statements(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|stmt| self.statement(stmt))
    }

    fn statement(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        self.deeper()?;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.statement_inner(stmt));
        self.depth -= 1;
        result
    }

    fn statement_inner(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        match stmt {
            Stmt::FunctionDef(def) => {
                for decorator in &def.decorator_list {
                    self.expr(&decorator.expression)?;
                }
                self.parameter_defaults(&def.parameters)?;
                self.parameter_annotations(&def.parameters)?;
                if let Some(returns) = &def.returns {
                    self.expr(returns)?;
                }
                self.add(def.name.as_str(), flag::ASSIGNED, def.name.range.start())?;
                self.enter(ScopeKind::Function, def.name.as_str(), def.range);
                self.parameters(&def.parameters)?;
                self.statements(&def.body)?;
                self.leave();
            }
            Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.expr(&decorator.expression)?;
                }
                if let Some(arguments) = &class.arguments {
                    self.arguments(arguments)?;
                }
                self.add(
                    class.name.as_str(),
                    flag::ASSIGNED,
                    class.name.range.start(),
                )?;
                self.enter(ScopeKind::Class, class.name.as_str(), class.range);
                self.statements(&class.body)?;
                self.leave();
            }
            Stmt::Return(ret) => self.optional(ret.value.as_deref())?,
            Stmt::Delete(del) => del.targets.iter().try_for_each(|t| self.expr(t))?,
            Stmt::Assign(assign) => {
                self.expr(&assign.value)?;
                assign.targets.iter().try_for_each(|t| self.expr(t))?;
            }
            Stmt::AugAssign(aug) => {
                self.expr(&aug.value)?;
                self.expr(&aug.target)?;
                if let Expr::Name(name) = &*aug.target {
                    self.add(name.id.as_str(), flag::USED, name.range.start())?;
                }
            }
            Stmt::AnnAssign(ann) => {
                if let Expr::Name(name) = &*ann.target {
                    let scope = self.current();
                    if scope
                        .symbol(name.id.as_str())
                        .is_some_and(|s| s.flags & (flag::GLOBAL | flag::NONLOCAL) != 0)
                        && ann.simple
                    {
                        let kind = if scope
                            .symbol(name.id.as_str())
                            .is_some_and(|s| s.flags & flag::GLOBAL != 0)
                        {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.error(
                            format!("annotated name '{}' can't be {kind}", name.id),
                            ann.range.start(),
                        ));
                    }
                    let flags = if ann.value.is_some() {
                        flag::ASSIGNED | flag::ANNOTATED
                    } else {
                        flag::ANNOTATED
                    };
                    if ann.simple || ann.value.is_some() {
                        self.add(name.id.as_str(), flags, name.range.start())?;
                    }
                } else {
                    self.expr(&ann.target)?;
                }
                self.expr(&ann.annotation)?;
                self.optional(ann.value.as_deref())?;
            }
            Stmt::For(for_) => {
                self.expr(&for_.target)?;
                self.expr(&for_.iter)?;
                self.statements(&for_.body)?;
                self.statements(&for_.orelse)?;
            }
            Stmt::While(while_) => {
                self.expr(&while_.test)?;
                self.statements(&while_.body)?;
                self.statements(&while_.orelse)?;
            }
            Stmt::If(if_) => {
                self.expr(&if_.test)?;
                self.statements(&if_.body)?;
                for clause in &if_.elif_else_clauses {
                    self.optional(clause.test.as_ref())?;
                    self.statements(&clause.body)?;
                }
            }
            Stmt::With(with) => {
                for item in &with.items {
                    self.expr(&item.context_expr)?;
                    self.optional(item.optional_vars.as_deref())?;
                }
                self.statements(&with.body)?;
            }
            Stmt::Match(match_) => {
                self.expr(&match_.subject)?;
                for case in &match_.cases {
                    self.pattern(&case.pattern)?;
                    self.optional(case.guard.as_deref())?;
                    self.statements(&case.body)?;
                }
            }
            Stmt::Raise(raise) => {
                self.optional(raise.exc.as_deref())?;
                self.optional(raise.cause.as_deref())?;
            }
            Stmt::Try(try_) => {
                self.statements(&try_.body)?;
                for handler in &try_.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    self.optional(handler.type_.as_deref())?;
                    if let Some(name) = &handler.name {
                        self.add(
                            name.as_str(),
                            flag::ASSIGNED | flag::DELETED,
                            name.range.start(),
                        )?;
                    }
                    self.statements(&handler.body)?;
                }
                self.statements(&try_.orelse)?;
                self.statements(&try_.finalbody)?;
            }
            Stmt::Assert(assert) => {
                self.expr(&assert.test)?;
                self.optional(assert.msg.as_deref())?;
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add(bound, flag::ASSIGNED, alias.range.start())?;
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    if alias.name.as_str() == "*" {
                        if self.current().kind != ScopeKind::Module {
                            return Err(self.error(
                                "import * only allowed at module level",
                                alias.range.start(),
                            ));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(bound.as_str(), flag::ASSIGNED, alias.range.start())?;
                }
            }
            Stmt::Global(global) => {
                for name in &global.names {
                    self.declare(name, true, global.range.start())?;
                }
            }
            Stmt::Nonlocal(nonlocal) => {
                if self.current().kind == ScopeKind::Module {
                    return Err(self.error(
                        "nonlocal declaration not allowed at module level",
                        nonlocal.range.start(),
                    ));
                }
                for name in &nonlocal.names {
                    self.declare(name, false, nonlocal.range.start())?;
                }
            }
            Stmt::Expr(expr) => self.expr(&expr.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(alias) => {
                return Err(self.error(
                    "not supported yet: type alias statements",
                    alias.range.start(),
                ));
            }
            Stmt::IpyEscapeCommand(command) => {
                return Err(self.error("invalid syntax", command.range.start()))
            }
        }
        Ok(())
    }

    /// `global` (is_global) or `nonlocal` for one name.
    fn declare(
        &mut self,
        name: &ast::Identifier,
        is_global: bool,
        at: TextSize,
    ) -> Result<(), CompileError> {
        let keyword = if is_global { "global" } else { "nonlocal" };
        let existing = self.current().symbol(name.as_str()).map_or(0, |s| s.flags);
        let other = if is_global {
            flag::NONLOCAL
        } else {
            flag::GLOBAL
        };
        // CPython's order: the statement's own checks, then (when the
        // scope is analysed) a name both global and nonlocal.
        let message = if existing & flag::PARAMETER != 0 {
            Some(format!("name '{name}' is parameter and {keyword}"))
        } else if existing & flag::USED != 0 {
            Some(format!(
                "name '{name}' is used prior to {keyword} declaration"
            ))
        } else if existing & flag::ANNOTATED != 0 {
            Some(format!("annotated name '{name}' can't be {keyword}"))
        } else if existing & flag::ASSIGNED != 0 {
            Some(format!(
                "name '{name}' is assigned to before {keyword} declaration"
            ))
        } else if existing & other != 0 {
            Some(format!("name '{name}' is nonlocal and global"))
        } else {
            None
        };
        if let Some(message) = message {
            return Err(self.error(message, at));
        }
        self.add(
            name.as_str(),
            if is_global {
                flag::GLOBAL
            } else {
                flag::NONLOCAL
            },
            at,
        )?;
        self.current().symbol_mut(name.as_str()).declared_at = Some(at);
        Ok(())
    }

    /// A `case` pattern: the names it captures are assignments, the
    /// values, classes and keys it names are uses.
    fn pattern(&mut self, pattern: &ast::Pattern) -> Result<(), CompileError> {
        self.deeper()?;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(pattern));
        self.depth -= 1;
        result
    }

    fn pattern_inner(&mut self, pattern: &ast::Pattern) -> Result<(), CompileError> {
        match pattern {
            ast::Pattern::MatchValue(value) => self.expr(&value.value)?,
            ast::Pattern::MatchSingleton(_) => {}
            ast::Pattern::MatchSequence(sequence) => {
                sequence.patterns.iter().try_for_each(|p| self.pattern(p))?
            }
            ast::Pattern::MatchMapping(mapping) => {
                mapping.keys.iter().try_for_each(|k| self.expr(k))?;
                mapping.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(rest) = &mapping.rest {
                    self.add(rest.as_str(), flag::ASSIGNED, rest.range.start())?;
                }
            }
            ast::Pattern::MatchClass(class) => {
                self.expr(&class.cls)?;
                class
                    .arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p))?;
                class
                    .arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.pattern(&k.pattern))?;
            }
            ast::Pattern::MatchStar(star) => {
                if let Some(name) = &star.name {
                    self.add(name.as_str(), flag::ASSIGNED, name.range.start())?;
                }
            }
            ast::Pattern::MatchAs(as_) => {
                if let Some(pattern) = &as_.pattern {
                    self.pattern(pattern)?;
                }
                if let Some(name) = &as_.name {
                    self.add(name.as_str(), flag::ASSIGNED, name.range.start())?;
                }
            }
            ast::Pattern::MatchOr(or) => or.patterns.iter().try_for_each(|p| self.pattern(p))?,
        }
        Ok(())
    }

    fn optional(&mut self, expr: Option<&Expr>) -> Result<(), CompileError> {
        expr.map_or(Ok(()), |expr| self.expr(expr))
    }

    fn parameter_defaults(&mut self, parameters: &ast::Parameters) -> Result<(), CompileError> {
        for parameter in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            self.optional(parameter.default.as_deref())?;
        }
        Ok(())
    }

    fn parameter_annotations(&mut self, parameters: &ast::Parameters) -> Result<(), CompileError> {
        for parameter in parameters.iter() {
            self.optional(parameter.annotation())?;
        }
        Ok(())
    }

    /// Binds the parameters in the (just entered) function scope.
    fn parameters(&mut self, parameters: &ast::Parameters) -> Result<(), CompileError> {
        let positional = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs);
        let mut ordered: Vec<&ast::Parameter> = positional.map(|p| &p.parameter).collect();
        ordered.extend(parameters.vararg.as_deref());
        ordered.extend(parameters.kwarg.as_deref());
        for parameter in ordered {
            self.add(
                parameter.name.as_str(),
                flag::ASSIGNED | flag::PARAMETER,
                parameter.name.range,
            )?;
            self.current().parameters.push(parameter.name.to_string());
        }
        Ok(())
    }

    fn arguments(&mut self, arguments: &ast::Arguments) -> Result<(), CompileError> {
        arguments.args.iter().try_for_each(|arg| self.expr(arg))?;
        arguments
            .keywords
            .iter()
            .try_for_each(|keyword| self.expr(&keyword.value))
    }

    fn name(&mut self, name: &ast::ExprName) -> Result<(), CompileError> {
        let flags = match name.ctx {
            ast::ExprContext::Load => flag::USED,
            ast::ExprContext::Del => flag::ASSIGNED | flag::DELETED,
            _ => flag::ASSIGNED,
        };
        self.add(name.id.as_str(), flags, name.range.start())?;
        // `super()` and `__class__` in a method reach the class through an
        // implicit `__class__` cell.
        if name.ctx == ast::ExprContext::Load
            && matches!(name.id.as_str(), "super" | "__class__")
            && self.current().is_function_like()
        {
            self.add("__class__", flag::USED, name.range.start())?;
        }
        Ok(())
    }

    fn expr(&mut self, expr: &Expr) -> Result<(), CompileError> {
        self.deeper()?;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(expr));
        self.depth -= 1;
        result
    }

    fn expr_inner(&mut self, expr: &Expr) -> Result<(), CompileError> {
        match expr {
            Expr::Name(name) => self.name(name)?,
            Expr::BoolOp(op) => op.values.iter().try_for_each(|v| self.expr(v))?,
            Expr::Named(named) => {
                self.expr(&named.value)?;
                self.walrus(named)?;
            }
            Expr::BinOp(op) => {
                self.expr(&op.left)?;
                self.expr(&op.right)?;
            }
            Expr::UnaryOp(op) => self.expr(&op.operand)?,
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.parameter_defaults(parameters)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>", lambda.range);
                if let Some(parameters) = &lambda.parameters {
                    self.parameters(parameters)?;
                }
                self.expr(&lambda.body)?;
                self.leave();
            }
            Expr::If(if_) => {
                self.expr(&if_.test)?;
                self.expr(&if_.body)?;
                self.expr(&if_.orelse)?;
            }
            Expr::Dict(dict) => {
                for item in &dict.items {
                    self.optional(item.key.as_ref())?;
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(set) => set.elts.iter().try_for_each(|e| self.expr(e))?,
            Expr::ListComp(comp) => {
                self.comprehension(expr.range(), "<listcomp>", &comp.generators, &[&comp.elt])?
            }
            Expr::SetComp(comp) => {
                self.comprehension(expr.range(), "<setcomp>", &comp.generators, &[&comp.elt])?
            }
            Expr::DictComp(comp) => {
                let mut parts: Vec<&Expr> = comp.key.as_deref().into_iter().collect();
                parts.push(&comp.value);
                self.comprehension(expr.range(), "<dictcomp>", &comp.generators, &parts)?;
            }
            Expr::Generator(comp) => {
                self.comprehension(expr.range(), "<genexpr>", &comp.generators, &[&comp.elt])?
            }
            Expr::Await(await_) => {
                return Err(self.error("not supported yet: async and await", await_.range.start()));
            }
            Expr::Yield(yield_) => {
                self.yield_here(yield_.range.start())?;
                self.optional(yield_.value.as_deref())?;
            }
            Expr::YieldFrom(yield_) => {
                self.yield_here(yield_.range.start())?;
                self.expr(&yield_.value)?;
            }
            Expr::Compare(compare) => {
                self.expr(&compare.left)?;
                compare.comparators.iter().try_for_each(|c| self.expr(c))?;
            }
            Expr::Call(call) => {
                self.expr(&call.func)?;
                self.arguments(&call.arguments)?;
            }
            Expr::FString(fstring) => {
                for part in fstring.value.as_slice() {
                    if let ast::FStringPart::FString(fstring) = part {
                        self.interpolated(&fstring.elements)?;
                    }
                }
            }
            Expr::TString(tstring) => {
                return Err(
                    self.error("not supported yet: template strings", tstring.range.start())
                );
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(attribute) => self.expr(&attribute.value)?,
            Expr::Subscript(subscript) => {
                self.expr(&subscript.value)?;
                self.expr(&subscript.slice)?;
            }
            Expr::Starred(starred) => self.expr(&starred.value)?,
            Expr::List(list) => list.elts.iter().try_for_each(|e| self.expr(e))?,
            Expr::Tuple(tuple) => tuple.elts.iter().try_for_each(|e| self.expr(e))?,
            Expr::Slice(slice) => {
                self.optional(slice.lower.as_deref())?;
                self.optional(slice.upper.as_deref())?;
                self.optional(slice.step.as_deref())?;
            }
            Expr::IpyEscapeCommand(command) => {
                return Err(self.error("invalid syntax", command.range.start()))
            }
        }
        Ok(())
    }

    fn interpolated(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> Result<(), CompileError> {
        for element in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(element) = element {
                self.expr(&element.expression)?;
                if let Some(spec) = &element.format_spec {
                    self.interpolated(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, at: TextSize) -> Result<(), CompileError> {
        let scope = self.current();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.error("'yield' outside function", at)),
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.error(format!("'yield' inside {what}"), at))
            }
            ScopeKind::Function | ScopeKind::Lambda => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    fn walrus(&mut self, named: &ast::ExprNamed) -> Result<(), CompileError> {
        let Expr::Name(target) = &*named.target else {
            return self.expr(&named.target);
        };
        let name = target.id.as_str();
        let at = named.range.start();
        if self.in_comprehension_iterable > 0 {
            return Err(self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                at,
            ));
        }
        if self.current().kind != ScopeKind::Comprehension {
            return self.add(
                name,
                flag::ASSIGNED | flag::WALRUS_TARGET,
                target.range.start(),
            );
        }
        // Inside comprehensions the target belongs to the first enclosing
        // scope that is not a comprehension.
        for position in (0..self.stack.len()).rev() {
            let id = self.stack[position];
            let scope = &mut self.table.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope
                        .symbol(name)
                        .is_some_and(|s| s.flags & flag::ITERATION != 0)
                    {
                        return Err(self.error(format!("assignment expression cannot rebind comprehension iteration variable '{name}'"), at));
                    }
                    scope.symbol_mut(name).flags |= flag::COMPREHENSION_WALRUS;
                }
                ScopeKind::Class => {
                    return Err(self.error("assignment expression within a comprehension cannot be used in a class body", at));
                }
                ScopeKind::Module => {
                    scope.symbol_mut(name).flags |= flag::ASSIGNED;
                    return Ok(());
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    scope.symbol_mut(name).flags |= flag::ASSIGNED;
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        parts: &[&Expr],
    ) -> Result<(), CompileError> {
        let Some((first, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.in_comprehension_iterable += 1;
        let outer = self.expr(&first.iter);
        self.in_comprehension_iterable -= 1;
        outer?;
        let id = self.enter(ScopeKind::Comprehension, name, range);
        if name == "<genexpr>" {
            self.table.scopes[id].is_generator = true;
        }
        self.add(".0", flag::ASSIGNED | flag::PARAMETER, range.start())?;
        self.current().parameters.push(".0".to_owned());
        for (index, generator) in std::iter::once(first).chain(rest).enumerate() {
            if index > 0 {
                self.in_comprehension_iterable += 1;
                let result = self.expr(&generator.iter);
                self.in_comprehension_iterable -= 1;
                result?;
            }
            self.comprehension_target(&generator.target)?;
            generator.ifs.iter().try_for_each(|e| self.expr(e))?;
        }
        parts.iter().try_for_each(|e| self.expr(e))?;
        self.leave();
        Ok(())
    }

    fn comprehension_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        self.expr(target)?;
        let mut pending = vec![target];
        while let Some(target) = pending.pop() {
            match target {
                Expr::Name(name) => {
                    self.add(name.id.as_str(), flag::ITERATION, name.range.start())?
                }
                Expr::Tuple(tuple) => pending.extend(&tuple.elts),
                Expr::List(list) => pending.extend(&list.elts),
                Expr::Starred(starred) => pending.push(&starred.value),
                _ => {}
            }
        }
        Ok(())
    }
}

/// Resolves the names of `id` and its children; returns the names `id`
/// needs from its enclosing scopes.
fn analyze(
    table: &mut SymbolTable,
    id: usize,
    bound: &HashSet<String>,
    source: &Source,
) -> Result<Vec<String>, CompileError> {
    let kind = table.scopes[id].kind;
    let mut free = Vec::new();
    let mut child_bound = match kind {
        ScopeKind::Module => HashSet::new(),
        _ => bound.clone(),
    };
    for symbol in &mut table.scopes[id].symbols {
        let flags = symbol.flags;
        symbol.resolution = if flags & flag::GLOBAL != 0 {
            child_bound.remove(&symbol.name);
            Resolution::GlobalExplicit
        } else if flags & flag::NONLOCAL != 0 {
            if !bound.contains(&symbol.name) {
                let message = format!("no binding for nonlocal '{}' found", symbol.name);
                return Err(match symbol.declared_at {
                    Some(at) => {
                        symtable_error(source.error_at(ErrorKind::SyntaxError, message, at))
                    }
                    None => source.error_nowhere(ErrorKind::SyntaxError, message),
                });
            }
            free.push(symbol.name.clone());
            Resolution::Free
        } else if flags & flag::COMPREHENSION_WALRUS != 0 {
            if bound.contains(&symbol.name) {
                free.push(symbol.name.clone());
                Resolution::Free
            } else {
                Resolution::GlobalExplicit
            }
        } else if flags & (flag::ASSIGNED | flag::PARAMETER) != 0 {
            if !matches!(kind, ScopeKind::Class | ScopeKind::Module) {
                child_bound.insert(symbol.name.clone());
            }
            Resolution::Local
        } else if kind != ScopeKind::Module && bound.contains(&symbol.name) {
            free.push(symbol.name.clone());
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
    }
    if kind == ScopeKind::Class {
        child_bound.insert("__class__".to_owned());
    }
    let children = table.scopes[id].children.clone();
    for child in children {
        for name in analyze(table, child, &child_bound, source)? {
            let scope = &mut table.scopes[id];
            if kind == ScopeKind::Class && name == "__class__" {
                scope.needs_class_cell = true;
                continue;
            }
            let existing = scope.symbol(&name).map(|s| s.resolution);
            match (kind, existing) {
                (ScopeKind::Module, _) => {}
                (
                    ScopeKind::Class,
                    Some(
                        Resolution::Local | Resolution::GlobalExplicit | Resolution::GlobalImplicit,
                    ),
                ) => {
                    if !scope.class_passthrough.contains(&name) {
                        scope.class_passthrough.push(name.clone());
                        free.push(name);
                    }
                }
                (_, Some(Resolution::Local)) => {
                    scope.symbol_mut(&name).resolution = Resolution::Cell
                }
                (_, Some(Resolution::Cell)) => {}
                (_, Some(Resolution::Free)) => {}
                _ => {
                    scope.symbol_mut(&name).resolution = Resolution::Free;
                    free.push(name);
                }
            }
        }
    }
    free.dedup();
    let mut seen = HashSet::new();
    free.retain(|name| seen.insert(name.clone()));
    Ok(free)
}

#[cfg(test)]
mod tests;
