//! `CodeRt`: a code object made ready to run.
//!
//! The compiler's `CodeObject` is plain data (encoded words, constants as
//! compile-time values). Before its first run it is decoded once into a
//! vector of `Instruction`s whose jump operands are absolute instruction
//! indices, its constants become runtime values and its names interned
//! strings, so the evaluation loop never decodes or converts anything.
//! A `CodeRt` is immutable and shared by every function made from the code
//! and by every thread running it.

use std::collections::HashMap;
use std::sync::Arc;

use weft_runtime::types::{bytes, complex, float, int, none_bool, str as pystr, tuple};
use weft_runtime::Value;

use crate::bytecode::encoding::decode;
use crate::bytecode::{CodeObject, Constant, Instruction, OperandKind};

/// One protected range, in instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: usize,
    pub end: usize,
    pub target: usize,
    pub register: usize,
}

/// A decoded, ready-to-run code object.
pub struct CodeRt {
    pub code: Arc<CodeObject>,
    pub instructions: Vec<Instruction>,
    /// The word offset of each instruction (for the line table).
    pub word_of: Vec<u32>,
    pub handlers: Vec<Handler>,
    /// `K[...]` as values; code constants are `None` here and live in
    /// `children`.
    pub constants: Vec<Value>,
    pub children: Vec<Option<Arc<CodeRt>>>,
    /// `N[...]` as interned strings.
    pub names: Vec<Value>,
    /// Local register names as interned strings (keyword binding, locals()).
    pub local_names: Vec<Value>,
    /// Cell and free variable names, interned.
    pub cell_names: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    /// Inline caches, one per cache operand (`LoadGlobal` uses them), and
    /// `ATTR_CACHE_WAYS` from an attribute instruction's operand on.
    pub caches: Box<[weft_runtime::object::value_cache::ValueCache]>,
    /// Per name of `names`: where that name was last found in a namespace
    /// dict (`DictRef::get_hinted`), for module-level and global names.
    pub name_hints: Box<[std::sync::atomic::AtomicU32]>,
    /// Per name of `names`: the globals' `keys_version` at which the name
    /// was last found absent from them (and in the builtins), 0 for none:
    /// while the globals' keys stay as they were, a load of the name goes
    /// straight to the builtins (`eval::load_global`).
    pub globals_absent: Box<[std::sync::atomic::AtomicUsize]>,
    /// Per cache operand of an attribute instruction: the version tag of a
    /// class for which its name is plain (`attr_cache`), 0 for none.
    pub plain_versions: Box<[std::sync::atomic::AtomicUsize]>,
    /// The number of arguments a plain call passes when that is all the
    /// frame needs (only positional parameters, no cell variables, not a
    /// generator; free variables are borrowed from the closure): such a
    /// call copies them and runs. `u32::MAX` for any other code.
    pub plain_arity: u32,
}

impl CodeRt {
    /// The caches of the attribute instruction whose cache operand is
    /// `cache`.
    #[inline]
    pub fn attr_cache(&self, cache: u32) -> super::attr_cache::AttrCache<'_> {
        let first = cache as usize;
        super::attr_cache::AttrCache {
            ways: &self.caches[first..first + crate::bytecode::ATTR_CACHE_WAYS as usize],
            plain_version: &self.plain_versions[first],
        }
    }

    /// Prepare `code` (and, lazily, the code objects nested in it).
    pub fn new(code: Arc<CodeObject>) -> Arc<CodeRt> {
        // Word offset -> instruction index, for jump targets.
        let mut decoded = Vec::new();
        let mut word_of = Vec::new();
        let mut next_of = Vec::new();
        let mut index_of_word = HashMap::new();
        let mut pc = 0;
        while pc < code.instructions.len() {
            let Some((instruction, next)) = decode(&code.instructions, pc) else {
                break;
            };
            index_of_word.insert(pc as u32, decoded.len());
            // ExtendedArg prefixes belong to the instruction that follows;
            // a jump to the prefix lands on it.
            decoded.push(instruction);
            word_of.push(pc as u32);
            next_of.push(next as u32);
            pc = next;
        }
        index_of_word.insert(pc as u32, decoded.len());
        let target = |word: u32| -> u32 {
            // Jumps land on instruction starts; a prefix start maps forward.
            let mut w = word;
            loop {
                if let Some(&i) = index_of_word.get(&w) {
                    return i as u32;
                }
                w += 1;
            }
        };
        let instructions: Vec<Instruction> = decoded
            .iter()
            .zip(&next_of)
            .map(|(instruction, &next)| {
                let opcode = instruction.opcode();
                let kinds = opcode.operand_kinds();
                let mut values: Vec<u32> = instruction.operands().as_slice().to_vec();
                for (value, kind) in values.iter_mut().zip(kinds) {
                    match kind {
                        OperandKind::Jump => *value = target(next + *value),
                        OperandKind::JumpBack => *value = target(next - *value),
                        _ => {}
                    }
                }
                Instruction::from_parts(opcode, &values)
            })
            .collect();
        let handlers = code
            .exception_table
            .iter()
            .map(|e| Handler {
                start: target(e.start) as usize,
                end: target(e.end) as usize,
                target: target(e.handler) as usize,
                register: e.register as usize,
            })
            .collect();
        // Every thread running this code reads its constants: counting them
        // would make threads write one shared header per use (CPython's
        // free-threaded build also makes code constants immortal).
        let constants = code
            .constants
            .iter()
            .map(|c| shared_constant(constant_value(c)))
            .collect();
        let children = code
            .constants
            .iter()
            .map(|c| match c {
                Constant::Code(child) => Some(CodeRt::new(child.clone())),
                _ => None,
            })
            .collect();
        let intern_all =
            |names: &[Arc<str>]| names.iter().map(|n| pystr::intern(n)).collect::<Vec<_>>();
        let mut cell_names = intern_all(&code.cell_names);
        cell_names.extend(intern_all(&code.free_names));
        let flags = code.flags;
        let plain = !flags.varargs
            && !flags.varkeywords
            && !flags.generator
            && !flags.coroutine
            && code.kwonly_count == 0
            // Cell variables only (`CodeRt::cell_names` has the free
            // ones too): free variables are borrowed from the closure.
            && code.cell_names.is_empty();
        Arc::new(CodeRt {
            plain_arity: if plain { code.arg_count } else { u32::MAX },
            names: intern_all(&code.names),
            local_names: intern_all(&code.local_names),
            cell_names,
            name: pystr::intern(&code.name),
            qualname: pystr::intern(&code.qualname),
            caches: (0..code.cache_count)
                .map(|_| weft_runtime::object::value_cache::ValueCache::new())
                .collect(),
            name_hints: (0..code.names.len())
                .map(|_| std::sync::atomic::AtomicU32::new(0))
                .collect(),
            globals_absent: (0..code.names.len())
                .map(|_| std::sync::atomic::AtomicUsize::new(0))
                .collect(),
            plain_versions: (0..code.cache_count)
                .map(|_| std::sync::atomic::AtomicUsize::new(0))
                .collect(),
            instructions,
            word_of,
            handlers,
            constants,
            children,
            code,
        })
    }

    /// The innermost handler covering instruction `index`.
    pub fn handler(&self, index: usize) -> Option<Handler> {
        self.handlers
            .iter()
            .find(|h| h.start <= index && index < h.end)
            .copied()
    }

    /// The source line of instruction `index`.
    /// The source range of the instruction at `index`.
    pub fn position(&self, index: usize) -> Option<crate::bytecode::code::LineTableEntry> {
        let word = self.word_of.get(index).copied().unwrap_or(0);
        self.code.position(word).copied()
    }

    pub fn line(&self, index: usize) -> u32 {
        let word = self.word_of.get(index).copied().unwrap_or(0);
        self.code
            .position(word)
            .map(|p| p.line)
            .unwrap_or(self.code.first_line)
    }
}

/// The runtime value of a compile-time constant (code objects: `None`).
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None | Constant::Code(_) => none_bool::none(),
        Constant::Bool(b) => none_bool::bool_value(*b),
        Constant::Int(i) => int::int_from_i64(*i),
        Constant::BigInt(b) => int::int_from_bigint(b.clone()),
        Constant::Float(x) => float::float_value(*x),
        Constant::Complex { real, imag } => {
            complex::complex_value(complex::Complex::new(*real, *imag))
        }
        Constant::Str(s) => interned_constant(s),
        Constant::Bytes(b) => bytes::bytes_from_slice(b),
        Constant::Tuple(items) => tuple::tuple_new(items.iter().map(constant_value).collect()),
        Constant::Ellipsis => super::singletons::ellipsis(),
    }
}

/// Make a freshly made constant (and the items of a constant tuple)
/// immortal.
fn shared_constant(v: Value) -> Value {
    immortalize_constant(&v);
    v
}

fn immortalize_constant(v: &Value) {
    if let Some(items) = tuple::as_tuple(v) {
        items.iter().for_each(immortalize_constant);
    }
    weft_runtime::object::refcount::immortalize_fresh(v);
}

/// String constants that look like identifiers are interned, as CPython
/// does, so attribute names built from them hit the interned fast path.
fn interned_constant(s: &str) -> Value {
    if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        pystr::intern(s)
    } else {
        pystr::str_value(s)
    }
}
