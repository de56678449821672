//! Code objects inside code objects: functions, lambdas, classes and
//! comprehensions, with their defaults, annotations, decorators and
//! closures.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::super::symtable::{Resolution, ScopeKind};
use super::stmt::{docstring, has_annotations};
use super::{Compiler, Result};
use crate::bytecode::{CodeObject, Constant, Instruction};

/// The qualified name of a new scope named `name` inside the current unit.
fn qualname(c: &Compiler<'_>, name: &str) -> String {
    let unit = c.unit_ref();
    match c.scope_kind() {
        ScopeKind::Module => name.to_owned(),
        ScopeKind::Class => format!("{}.{name}", unit.qualname),
        _ => format!("{}.<locals>.{name}", unit.qualname),
    }
}

fn child_scope(c: &Compiler<'_>, range: TextRange) -> Result<usize> {
    c.table
        .scope_of(range)
        .ok_or_else(|| c.error("internal error: scope not found", range.start()))
}

/// Makes `R[dst]` a function of `code`, with its closure when it has free variables.
fn make_function(c: &mut Compiler<'_>, code: CodeObject, dst: u32) {
    let free: Vec<Arc<str>> = code.free_names.clone();
    let code = c.constant(Constant::Code(Arc::new(code)));
    c.emit(Instruction::MakeFunction { dst, code });
    if !free.is_empty() {
        let base = c.top();
        for name in &free {
            let register = c.temp();
            let cell = c.unit_ref().cell_index.get(&**name).copied().unwrap_or(0);
            c.emit(Instruction::LoadCell {
                dst: register,
                cell,
            });
        }
        let tuple = c.temp();
        c.emit(Instruction::BuildTuple {
            dst: tuple,
            base,
            count: free.len() as u32,
        });
        c.emit(Instruction::SetClosure {
            func: dst,
            src: tuple,
        });
        c.free_to(base);
    }
}

/// Evaluates defaults and keyword-only defaults, then builds the function.
fn function<'a>(
    c: &mut Compiler<'a>,
    range: TextRange,
    name: &str,
    parameters: Option<&'a ast::Parameters>,
    annotations: Option<(&'a ast::Parameters, Option<&'a Expr>)>,
    body: Body<'a>,
    dst: u32,
) -> Result {
    let mark = c.top();
    let mut defaults = None;
    let mut kwdefaults = None;
    if let Some(parameters) = parameters {
        let positional: Vec<&Expr> = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            let base = c.top();
            for default in &positional {
                let register = c.temp();
                c.expr_into(default, register)?;
            }
            c.emit(Instruction::BuildTuple {
                dst: base,
                base,
                count: positional.len() as u32,
            });
            c.free_to(base + 1);
            defaults = Some(base);
        }
        let keyword: Vec<&ast::ParameterWithDefault> = parameters
            .kwonlyargs
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !keyword.is_empty() {
            let base = c.top();
            for parameter in &keyword {
                let key = c.temp();
                c.load_const(
                    key,
                    Constant::Str(Arc::from(parameter.parameter.name.as_str())),
                );
                let value = c.temp();
                if let Some(default) = &parameter.default {
                    c.expr_into(default, value)?;
                }
            }
            c.emit(Instruction::BuildMap {
                dst: base,
                base,
                count: keyword.len() as u32,
            });
            c.free_to(base + 1);
            kwdefaults = Some(base);
        }
    }
    let mut annotation_tuple = None;
    if let Some((parameters, returns)) = annotations {
        let mut pairs: Vec<(&str, &'a Expr)> = parameters
            .iter()
            .filter_map(|p| p.annotation().map(|a| (p.name().as_str(), a)))
            .collect();
        if let Some(returns) = returns {
            pairs.push(("return", returns));
        }
        if !pairs.is_empty() {
            let base = c.top();
            for (name, annotation) in &pairs {
                let key = c.temp();
                c.load_const(key, Constant::Str(Arc::from(*name)));
                let value = c.temp();
                c.expr_into(annotation, value)?;
            }
            c.emit(Instruction::BuildTuple {
                dst: base,
                base,
                count: 2 * pairs.len() as u32,
            });
            c.free_to(base + 1);
            annotation_tuple = Some(base);
        }
    }
    let scope = child_scope(c, range)?;
    let first_line = c.source.line_of(range.start());
    let qualified = qualname(c, name);
    c.push_unit(scope, name.to_owned(), qualified, first_line);
    if let Some(parameters) = parameters {
        let unit = c.unit();
        unit.posonly_count = parameters.posonlyargs.len() as u32;
        unit.arg_count = (parameters.posonlyargs.len() + parameters.args.len()) as u32;
        unit.kwonly_count = parameters.kwonlyargs.len() as u32;
        unit.varargs = parameters.vararg.is_some();
        unit.varkeywords = parameters.kwarg.is_some();
    }
    let compiled = compile_body(c, body);
    let code = c.pop_unit();
    compiled?;
    c.set_location(range);
    make_function(c, code, dst);
    if let Some(src) = defaults {
        c.emit(Instruction::SetDefaults { func: dst, src });
    }
    if let Some(src) = kwdefaults {
        c.emit(Instruction::SetKwDefaults { func: dst, src });
    }
    if let Some(src) = annotation_tuple {
        c.emit(Instruction::SetAnnotations { func: dst, src });
    }
    c.free_to(mark);
    Ok(())
}

/// What a new function-like unit runs.
enum Body<'a> {
    Statements(&'a [Stmt]),
    Lambda(&'a Expr),
}

/// Moves parameters that inner scopes capture into their cells.
fn cell_parameters(c: &mut Compiler<'_>) {
    let scope = &c.table.scopes[c.unit_ref().scope];
    let moves: Vec<(u32, u32)> = scope
        .parameters
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            scope
                .symbol(p)
                .is_some_and(|s| s.resolution == Resolution::Cell)
        })
        .filter_map(|(index, p)| {
            c.unit_ref()
                .cell_index
                .get(p)
                .map(|&cell| (cell, index as u32))
        })
        .collect();
    for (cell, src) in moves {
        c.emit(Instruction::MakeCell { cell, src });
    }
}

fn compile_body<'a>(c: &mut Compiler<'a>, body: Body<'a>) -> Result {
    cell_parameters(c);
    match body {
        Body::Statements(statements) => {
            // CPython keeps a function's docstring as its first constant.
            let doc = docstring(statements).map_or(Constant::None, |d| Constant::Str(Arc::from(d)));
            c.constant(doc);
            let rest = if docstring(statements).is_some() {
                &statements[1..]
            } else {
                statements
            };
            c.statements(rest)?;
            c.return_none();
        }
        Body::Lambda(expr) => {
            let result = c.temp();
            c.expr_into(expr, result)?;
            c.set_location(expr.range());
            c.emit(Instruction::Return { src: result });
        }
    }
    Ok(())
}

/// Applies decorators held in `decorators` (outermost first) to `R[value]`.
fn decorate(c: &mut Compiler<'_>, decorators: &[u32], value: u32) {
    for &decorator in decorators.iter().rev() {
        let base = c.temp();
        c.emit(Instruction::Move {
            dst: base,
            src: decorator,
        });
        let arg = c.temp();
        c.emit(Instruction::Move {
            dst: arg,
            src: value,
        });
        let cache = c.cache();
        c.emit(Instruction::Call {
            base,
            argc: 1,
            cache,
        });
        c.emit(Instruction::Move {
            dst: value,
            src: base,
        });
        c.free_to(base);
    }
}

fn decorators<'a>(c: &mut Compiler<'a>, list: &'a [ast::Decorator]) -> Result<Vec<u32>> {
    let mut registers = Vec::new();
    for decorator in list {
        let register = c.temp();
        c.expr_into(&decorator.expression, register)?;
        registers.push(register);
    }
    Ok(registers)
}

pub(super) fn function_def<'a>(c: &mut Compiler<'a>, def: &'a ast::StmtFunctionDef) -> Result {
    if def.is_async {
        return Err(c.unsupported("async functions", def.range.start()));
    }
    if def.type_params.is_some() {
        return Err(c.unsupported("type parameters", def.range.start()));
    }
    let decorators = decorators(c, &def.decorator_list)?;
    let value = c.temp();
    let annotations = Some((&*def.parameters, def.returns.as_deref()));
    function(
        c,
        def.range,
        def.name.as_str(),
        Some(&def.parameters),
        annotations,
        Body::Statements(&def.body),
        value,
    )?;
    decorate(c, &decorators, value);
    c.set_location(def.range);
    c.store_name(def.name.as_str(), value);
    Ok(())
}

pub(super) fn lambda<'a>(c: &mut Compiler<'a>, lambda: &'a ast::ExprLambda, dst: u32) -> Result {
    function(
        c,
        lambda.range,
        "<lambda>",
        lambda.parameters.as_deref(),
        None,
        Body::Lambda(&lambda.body),
        dst,
    )
}

pub(super) fn class_def<'a>(c: &mut Compiler<'a>, class: &'a ast::StmtClassDef) -> Result {
    if class.type_params.is_some() {
        return Err(c.unsupported("type parameters", class.range.start()));
    }
    let decorators = decorators(c, &class.decorator_list)?;
    let scope = child_scope(c, class.range)?;
    let name = class.name.as_str();
    let qualified = qualname(c, name);
    let first_line = c.source.line_of(class.range.start());
    c.push_unit(scope, name.to_owned(), qualified.clone(), first_line);
    let compiled = class_body(c, &class.body, &qualified);
    let code = c.pop_unit();
    compiled?;
    c.set_location(class.range);
    let base = c.temp();
    c.emit(Instruction::LoadBuildClass { dst: base });
    let body = c.temp();
    make_function(c, code, body);
    let name_register = c.temp();
    c.load_const(name_register, Constant::Str(Arc::from(name)));
    let (args, keywords): (&[Expr], &[ast::Keyword]) = match &class.arguments {
        Some(arguments) => (&arguments.args, &arguments.keywords),
        None => (&[], &[]),
    };
    c.call_arguments(base, 2, args, keywords, class.range)?;
    decorate(c, &decorators, base);
    c.set_location(class.range);
    c.store_name(name, base);
    Ok(())
}

fn class_body<'a>(c: &mut Compiler<'a>, body: &'a [Stmt], qualified: &str) -> Result {
    let t = c.temp();
    c.load_name("__name__", t);
    c.store_name("__module__", t);
    c.load_const(t, Constant::Str(Arc::from(qualified)));
    c.store_name("__qualname__", t);
    c.free_to(t);
    let body = c.docstring_to_doc(body)?;
    if has_annotations(body) {
        c.emit(Instruction::SetupAnnotations {});
    }
    c.statements(body)?;
    if let Some(&cell) = c.unit_ref().cell_index.get("__class__") {
        let t = c.temp();
        c.emit(Instruction::LoadCell { dst: t, cell });
        c.store_name("__classcell__", t);
        c.free_to(t);
    }
    c.return_none();
    Ok(())
}

/// A comprehension: a nested function called at once with `iter(outer)`.
pub(super) fn comprehension<'a>(c: &mut Compiler<'a>, expr: &'a Expr, dst: u32) -> Result {
    let (name, generators, kind) = match expr {
        Expr::ListComp(comp) => ("<listcomp>", &comp.generators, Kind::List(&comp.elt)),
        Expr::SetComp(comp) => ("<setcomp>", &comp.generators, Kind::Set(&comp.elt)),
        Expr::DictComp(comp) => (
            "<dictcomp>",
            &comp.generators,
            Kind::Dict(comp.key.as_deref(), &comp.value),
        ),
        Expr::Generator(comp) => ("<genexpr>", &comp.generators, Kind::Generator(&comp.elt)),
        other => return Err(c.error("invalid syntax", other.range().start())),
    };
    if let Kind::List(Expr::Starred(starred))
    | Kind::Set(Expr::Starred(starred))
    | Kind::Generator(Expr::Starred(starred)) = kind
    {
        return Err(c.error(
            "iterable unpacking cannot be used in comprehension",
            starred.range.start(),
        ));
    }
    let Some(first) = generators.first() else {
        return Err(c.error("invalid syntax", expr.range().start()));
    };
    if generators.iter().any(|g| g.is_async) {
        return Err(c.unsupported("async comprehensions", expr.range().start()));
    }
    let base = c.temp();
    let outer = c.temp();
    c.expr_into(&first.iter, outer)?;
    c.set_location(first.iter.range());
    c.emit(Instruction::GetIter {
        dst: outer,
        src: outer,
    });
    let scope = child_scope(c, expr.range())?;
    let qualified = qualname(c, name);
    let first_line = c.source.line_of(expr.range().start());
    c.push_unit(scope, name.to_owned(), qualified, first_line);
    c.unit().arg_count = 1;
    let compiled = comprehension_body(c, generators, kind);
    let code = c.pop_unit();
    compiled?;
    c.set_location(expr.range());
    make_function(c, code, base);
    let cache = c.cache();
    c.emit(Instruction::Call {
        base,
        argc: 1,
        cache,
    });
    if dst != base {
        c.emit(Instruction::Move { dst, src: base });
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Kind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(Option<&'a Expr>, &'a Expr),
    Generator(&'a Expr),
}

fn comprehension_body<'a>(
    c: &mut Compiler<'a>,
    generators: &'a [ast::Comprehension],
    kind: Kind<'a>,
) -> Result {
    cell_parameters(c);
    let result = c.temp();
    match kind {
        Kind::List(_) => c.emit(Instruction::BuildList {
            dst: result,
            base: result,
            count: 0,
        }),
        Kind::Set(_) => c.emit(Instruction::BuildSet {
            dst: result,
            base: result,
            count: 0,
        }),
        Kind::Dict(..) => c.emit(Instruction::BuildMap {
            dst: result,
            base: result,
            count: 0,
        }),
        Kind::Generator(_) => {}
    }
    generator_level(c, generators, 0, kind, result)?;
    match kind {
        Kind::Generator(_) => c.return_none(),
        _ => c.emit(Instruction::Return { src: result }),
    }
    Ok(())
}

fn generator_level<'a>(
    c: &mut Compiler<'a>,
    generators: &'a [ast::Comprehension],
    level: usize,
    kind: Kind<'a>,
    result: u32,
) -> Result {
    let Some(generator) = generators.get(level) else {
        let mark = c.top();
        match kind {
            Kind::List(elt) => {
                let item = c.operand(elt)?;
                c.emit(Instruction::ListAppend { list: result, item });
            }
            Kind::Set(elt) => {
                let item = c.operand(elt)?;
                c.emit(Instruction::SetAdd { set: result, item });
            }
            Kind::Dict(key, value) => {
                let Some(key) = key else {
                    return Err(c.error(
                        "dict unpacking cannot be used in dict comprehension",
                        value.range().start(),
                    ));
                };
                let key = c.operand(key)?;
                let value = c.operand(value)?;
                c.emit(Instruction::MapInsert {
                    map: result,
                    key,
                    value,
                });
            }
            Kind::Generator(elt) => {
                let src = c.operand(elt)?;
                let sent = c.temp();
                c.emit(Instruction::Yield { dst: sent, src });
            }
        }
        c.free_to(mark);
        return Ok(());
    };
    let mark = c.top();
    let iter = if level == 0 {
        0
    } else {
        let iterable = c.operand(&generator.iter)?;
        let iter = c.temp();
        c.emit(Instruction::GetIter {
            dst: iter,
            src: iterable,
        });
        iter
    };
    let start = c.label();
    let exit = c.label();
    let skip = c.label();
    c.bind(start);
    let item = c.temp();
    c.set_location(generator.range);
    c.emit_to(
        Instruction::ForIter {
            dst: item,
            iter,
            exit: 0,
        },
        exit,
    );
    c.store_target(&generator.target, item)?;
    for condition in &generator.ifs {
        let inner = c.top();
        let cond = c.operand(condition)?;
        c.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, skip);
        c.free_to(inner);
    }
    c.nested(|c| generator_level(c, generators, level + 1, kind, result))?;
    c.bind(skip);
    c.jump(start);
    c.bind(exit);
    c.free_to(mark);
    Ok(())
}
