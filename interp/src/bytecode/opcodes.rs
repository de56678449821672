//! The instruction set, declared once.
//!
//! Every opcode appears exactly once in the `opcodes!` table below, with its
//! operands (each with a kind) and its meaning written as Lua's `lopcodes.h`
//! does. The macro derives from that one table: the `Opcode` byte enum, the
//! decoded `Instruction` enum with named operands, the names, the operand
//! kinds used by the encoder, the assembler and the disassembler, and the
//! meaning strings. Nothing else lists opcodes by hand.
//!
//! Notation in the meanings: `R[x]` is register `x` of the frame (locals come
//! first, then compiler temporaries), `K[x]` is constant `x`, `N[x]` is name
//! `x` (globals and attributes), `C[x]` is cell `x` (cell variables, then free
//! variables). `R[a..a+n]` is a contiguous register window. Jump offsets count
//! 32-bit words from the end of the jump instruction. The encoding is in
//! `encoding.rs`; `docs/internals/bytecode.md` gives the reasons.
//!
//! Take care when reordering: the byte values are the declaration order, and
//! the snapshot tests print names, not bytes, so they will not notice.

/// What an operand means; drives encoding, jump patching and disassembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// A register index.
    Reg,
    /// An index into the code object's constants.
    Const,
    /// An index into the code object's names.
    Name,
    /// An index into cell variables followed by free variables.
    Cell,
    /// A forward jump distance in words.
    Jump,
    /// A backward jump distance in words (a safepoint).
    JumpBack,
    /// A count of registers or items.
    Count,
    /// A small immediate whose meaning the opcode defines.
    Imm,
    /// An inline-cache slot index; always encoded as a trailing word.
    Cache,
}

macro_rules! opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident { $($field:ident : $kind:ident),* } => $meaning:literal;
    )*) => {
        /// The opcode byte of an instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        /// A decoded instruction: an opcode with its full-width operands.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instruction {
            $( $(#[doc = $doc])* $name { $($field: u32),* }, )*
        }

        impl Opcode {
            /// Every opcode, in byte order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode for a byte, if there is one.
            pub fn from_byte(byte: u8) -> Option<Opcode> {
                Self::ALL.get(usize::from(byte)).copied()
            }

            /// The name printed by the disassembler.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// The one-line meaning from the table.
            pub fn meaning(self) -> &'static str {
                match self { $(Opcode::$name => $meaning,)* }
            }

            /// The operand names, in encoding order.
            pub fn operand_names(self) -> &'static [&'static str] {
                match self { $(Opcode::$name => &[$(stringify!($field)),*],)* }
            }

            /// The operand kinds, in encoding order.
            pub fn operand_kinds(self) -> &'static [OperandKind] {
                match self { $(Opcode::$name => &[$(OperandKind::$kind),*],)* }
            }
        }

        impl Instruction {
            /// This instruction's opcode.
            pub fn opcode(&self) -> Opcode {
                match self { $(Instruction::$name { .. } => Opcode::$name,)* }
            }

            /// The operands in encoding order (at most four).
            pub fn operands(&self) -> Operands {
                let mut out = Operands::default();
                match *self {
                    $(Instruction::$name { $($field),* } => { $(out.push($field);)* })*
                }
                out
            }

            /// Rebuilds an instruction from its opcode and operands; missing
            /// operands read as zero.
            pub fn from_parts(opcode: Opcode, operands: &[u32]) -> Instruction {
                let mut values = operands.iter().copied();
                let mut next = move || values.next().unwrap_or(0);
                match opcode {
                    $(Opcode::$name => {
                        let _ = &mut next;
                        Instruction::$name { $($field: next()),* }
                    })*
                }
            }
        }
    };
}

/// Up to four operand values, without allocating.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Operands {
    values: [u32; 4],
    len: usize,
}

impl Operands {
    fn push(&mut self, value: u32) {
        if let Some(slot) = self.values.get_mut(self.len) {
            *slot = value;
            self.len += 1;
        }
    }

    /// The operand values.
    pub fn as_slice(&self) -> &[u32] {
        &self.values[..self.len]
    }
}

opcodes! {
    /// Supplies the next eight high bits of the following instruction's first
    /// three operands; emitted only by the encoder.
    ExtendedArg { a: Imm, b: Imm, c: Imm } => "prefix: next 8 high bits of A, B, C";
    Nop {} => "no operation";

    // Registers and constants.
    Move { dst: Reg, src: Reg } => "R[dst] := R[src]";
    Take { dst: Reg, src: Reg } => "R[dst] := R[src]; R[src] := unbound (moves a dead temporary's reference)";
    Release { reg: Reg } => "R[reg] := unbound (a temporary's value dies now, as CPython pops it)";
    LoadConst { dst: Reg, constant: Const } => "R[dst] := K[constant]";
    CheckLocal { local: Reg } => "raise UnboundLocalError if R[local] is unbound";
    DeleteLocal { local: Reg } => "check R[local] is bound; R[local] := unbound";

    // Names: module and class bodies, globals, cells.
    LoadName { dst: Reg, name: Name } => "R[dst] := locals[N[name]] or globals or builtins";
    StoreName { name: Name, src: Reg } => "locals[N[name]] := R[src]";
    DeleteName { name: Name } => "del locals[N[name]]";
    LoadGlobal { dst: Reg, name: Name, cache: Cache } => "R[dst] := globals[N[name]] or builtins[N[name]]";
    StoreGlobal { name: Name, src: Reg } => "globals[N[name]] := R[src]";
    DeleteGlobal { name: Name } => "del globals[N[name]]";
    LoadDeref { dst: Reg, cell: Cell } => "R[dst] := C[cell].contents";
    StoreDeref { cell: Cell, src: Reg } => "C[cell].contents := R[src]";
    DeleteDeref { cell: Cell } => "C[cell].contents := empty";
    LoadClassDeref { dst: Reg, cell: Cell } => "R[dst] := class namespace[name of C[cell]] or C[cell].contents";
    LoadCell { dst: Reg, cell: Cell } => "R[dst] := C[cell] (the cell object, for a closure)";
    MakeCell { cell: Cell, src: Reg } => "C[cell] := new cell holding R[src] (a parameter that is a cell)";

    // Attributes and subscripts.
    LoadAttr { dst: Reg, obj: Reg, name: Name, cache: Cache } => "R[dst] := R[obj].N[name]";
    StoreAttr { obj: Reg, name: Name, src: Reg, cache: Cache } => "R[obj].N[name] := R[src]";
    DeleteAttr { obj: Reg, name: Name } => "del R[obj].N[name]";
    LoadMethod { base: Reg, obj: Reg, name: Name, cache: Cache } => "R[base], R[base+1] := R[obj].N[name] unbound and R[obj], or bound and unbound";
    LoadSubscript { dst: Reg, obj: Reg, key: Reg, cache: Cache } => "R[dst] := R[obj][R[key]]";
    StoreSubscript { obj: Reg, key: Reg, src: Reg } => "R[obj][R[key]] := R[src]";
    /// A literal key (`b[3]`, `d["x"]`): no register and no load for it.
    LoadSubscriptConst { dst: Reg, obj: Reg, constant: Const } => "R[dst] := R[obj][K[constant]]";
    StoreSubscriptConst { obj: Reg, constant: Const, src: Reg } => "R[obj][K[constant]] := R[src]";
    DeleteSubscript { obj: Reg, key: Reg } => "del R[obj][R[key]]";
    BuildSlice { dst: Reg, base: Reg, count: Count } => "R[dst] := slice(R[base..base+count])";
    /// `x[a:b]` and `x[a:b:c]` (count 2 or 3; CPython's `BINARY_SLICE`):
    /// lists, tuples, strs and bytes are sliced without a slice object.
    LoadSlice { dst: Reg, obj: Reg, base: Reg, count: Count } => "R[dst] := R[obj][slice(R[base..base+count])]";
    /// `x[a:b] = v` and `x[a:b:c] = v` (CPython's `STORE_SLICE`).
    StoreSlice { obj: Reg, base: Reg, count: Count, src: Reg } => "R[obj][slice(R[base..base+count])] := R[src]";

    // Binary operators (each with an inline cache for int/float fast paths).
    Add { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] + R[rhs]";
    Subtract { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] - R[rhs]";
    Multiply { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] * R[rhs]";
    MatrixMultiply { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] @ R[rhs]";
    TrueDivide { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] / R[rhs]";
    FloorDivide { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] // R[rhs]";
    Remainder { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] % R[rhs]";
    Power { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] ** R[rhs]";
    LeftShift { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] << R[rhs]";
    RightShift { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] >> R[rhs]";
    BitAnd { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] & R[rhs]";
    BitOr { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] | R[rhs]";
    BitXor { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] ^ R[rhs]";

    // Binary operators whose right operand is a literal (`n - 1`, `x * 0.5`):
    // no register and no LoadConst for it.
    AddConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] + K[constant]";
    SubtractConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] - K[constant]";
    MultiplyConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] * K[constant]";
    TrueDivideConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] / K[constant]";
    FloorDivideConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] // K[constant]";
    RemainderConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] % K[constant]";
    InplaceAddConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] += K[constant]";
    InplaceSubtractConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] -= K[constant]";
    InplaceMultiplyConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] *= K[constant]";

    // Augmented assignment operators (try __iadd__ and friends first).
    InplaceAdd { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] += R[rhs]";
    InplaceSubtract { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] -= R[rhs]";
    InplaceMultiply { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] *= R[rhs]";
    InplaceMatrixMultiply { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] @= R[rhs]";
    InplaceTrueDivide { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] /= R[rhs]";
    InplaceFloorDivide { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] //= R[rhs]";
    InplaceRemainder { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] %= R[rhs]";
    InplacePower { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] **= R[rhs]";
    InplaceLeftShift { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] <<= R[rhs]";
    InplaceRightShift { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] >>= R[rhs]";
    InplaceBitAnd { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] &= R[rhs]";
    InplaceBitOr { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] |= R[rhs]";
    InplaceBitXor { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] ^= R[rhs]";

    // Unary operators.
    Negative { dst: Reg, src: Reg } => "R[dst] := -R[src]";
    Positive { dst: Reg, src: Reg } => "R[dst] := +R[src]";
    Invert { dst: Reg, src: Reg } => "R[dst] := ~R[src]";
    Not { dst: Reg, src: Reg } => "R[dst] := not R[src]";

    // Comparisons.
    Less { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] < R[rhs]";
    LessEqual { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] <= R[rhs]";
    Equal { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] == R[rhs]";
    NotEqual { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] != R[rhs]";
    Greater { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] > R[rhs]";
    GreaterEqual { dst: Reg, lhs: Reg, rhs: Reg, cache: Cache } => "R[dst] := R[lhs] >= R[rhs]";
    // Comparisons with a literal on the right (the last of a chain).
    LessConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] < K[constant]";
    LessEqualConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] <= K[constant]";
    EqualConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] == K[constant]";
    NotEqualConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] != K[constant]";
    GreaterConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] > K[constant]";
    GreaterEqualConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] >= K[constant]";
    Is { dst: Reg, lhs: Reg, rhs: Reg } => "R[dst] := R[lhs] is R[rhs]";
    IsNot { dst: Reg, lhs: Reg, rhs: Reg } => "R[dst] := R[lhs] is not R[rhs]";
    // `x is None` and the like: one instruction, no register for the constant.
    IsConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] is K[constant]";
    IsNotConst { dst: Reg, lhs: Reg, constant: Const } => "R[dst] := R[lhs] is not K[constant]";
    Contains { dst: Reg, item: Reg, container: Reg } => "R[dst] := R[item] in R[container]";
    NotContains { dst: Reg, item: Reg, container: Reg } => "R[dst] := R[item] not in R[container]";

    // Control flow.
    Jump { offset: Jump } => "pc += offset";
    JumpBack { offset: JumpBack } => "pc -= offset; safepoint";
    JumpIfTrue { cond: Reg, offset: Jump } => "if R[cond] is true: pc += offset";
    JumpIfFalse { cond: Reg, offset: Jump } => "if R[cond] is false: pc += offset";
    GetIter { dst: Reg, src: Reg } => "R[dst] := iter(R[src])";
    ForIter { dst: Reg, iter: Reg, exit: Jump } => "R[dst] := next(R[iter]); if exhausted: pc += exit";

    // Building containers and strings.
    BuildTuple { dst: Reg, base: Reg, count: Count } => "R[dst] := (R[base..base+count])";
    BuildList { dst: Reg, base: Reg, count: Count } => "R[dst] := [R[base..base+count]]";
    BuildSet { dst: Reg, base: Reg, count: Count } => "R[dst] := {R[base..base+count]}";
    /// A display of more than two constants, laid out as CPython's: its
    /// compiler makes a frozenset constant (made twice: folded, then again
    /// from its own order when constants are merged) and merges it into an
    /// empty set.
    BuildConstSet { dst: Reg, base: Reg, count: Count } => "R[dst] := {R[base..base+count]}, laid out as CPython's frozenset constant merged into a new set";
    BuildMap { dst: Reg, base: Reg, count: Count } => "R[dst] := {R[base]: R[base+1], ...} (count pairs)";
    BuildString { dst: Reg, base: Reg, count: Count } => "R[dst] := ''.join(R[base..base+count])";
    ListAppend { list: Reg, item: Reg } => "R[list].append(R[item])";
    ListExtend { list: Reg, iterable: Reg } => "R[list].extend(R[iterable])";
    ArgsExtend { list: Reg, iterable: Reg, callee: Reg } => "R[list].extend(R[iterable]) for a call of R[callee] (its name in the error)";
    ListToTuple { dst: Reg, list: Reg } => "R[dst] := tuple(R[list])";
    SetAdd { set: Reg, item: Reg } => "R[set].add(R[item])";
    SetUpdate { set: Reg, iterable: Reg } => "R[set].update(R[iterable])";
    MapInsert { map: Reg, key: Reg, value: Reg } => "R[map][R[key]] := R[value]";
    MapUpdate { map: Reg, src: Reg } => "R[map].update(R[src])";
    MapMerge { map: Reg, src: Reg, callee: Reg } => "R[map].update(R[src]), TypeError naming R[callee] on a repeated keyword";
    Convert { dst: Reg, src: Reg, kind: Imm } => "R[dst] := str/repr/ascii(R[src]) for kind 1/2/3";
    FormatSimple { dst: Reg, src: Reg } => "R[dst] := format(R[src], '')";
    FormatWithSpec { dst: Reg, src: Reg, spec: Reg } => "R[dst] := format(R[src], R[spec])";
    UnpackSequence { base: Reg, src: Reg, count: Count } => "R[base..base+count] := R[src] (exactly count items)";
    UnpackEx { base: Reg, src: Reg, counts: Imm } => "R[base..] := R[src] with a starred list: counts = before | after << 8";

    // Functions, calls and classes.
    MakeFunction { dst: Reg, code: Const } => "R[dst] := function(K[code], globals)";
    SetDefaults { func: Reg, src: Reg } => "R[func].__defaults__ := R[src]";
    SetKwDefaults { func: Reg, src: Reg } => "R[func].__kwdefaults__ := R[src]";
    SetAnnotations { func: Reg, src: Reg } => "R[func].__annotations__ := R[src] (a tuple name, value, ...)";
    SetClosure { func: Reg, src: Reg } => "R[func].__closure__ := R[src] (a tuple of cells)";
    Call { base: Reg, argc: Count, cache: Cache } => "R[base] := R[base](R[base+1..base+1+argc])";
    CallMethod { base: Reg, argc: Count, cache: Cache } => "R[base] := R[base](R[base+1] if bound, R[base+2..base+2+argc])";
    CallKw { base: Reg, argc: Count, kwnames: Const, cache: Cache } => "R[base] := R[base](R[base+1..base+1+argc]); the last len(K[kwnames]) by keyword";
    CallEx { base: Reg, has_kwargs: Imm } => "R[base] := R[base](*R[base+1], **R[base+2] if has_kwargs)";
    LoadBuildClass { dst: Reg } => "R[dst] := builtins.__build_class__";
    Return { src: Reg } => "return R[src]";
    ReturnConst { constant: Const } => "return K[constant]";
    Yield { dst: Reg, src: Reg } => "yield R[src]; R[dst] := the value sent in";
    GetYieldFromIter { dst: Reg, src: Reg } => "R[dst] := R[src] if a generator, else iter(R[src])";
    YieldFrom { dst: Reg, iter: Reg } => "yield from R[iter], re-run on each resume; R[dst] := its return value";

    // Exceptions and context managers.
    Raise { exc: Reg } => "raise R[exc]";
    RaiseFrom { exc: Reg, cause: Reg } => "raise R[exc] from R[cause]";
    RaiseCurrent {} => "raise (re-raise the exception being handled)";
    Reraise { exc: Reg } => "raise R[exc] again, keeping its traceback";
    PushExcInfo { save: Reg, exc: Reg } => "R[save] := handled exception; handled exception := R[exc]";
    PopExcInfo { save: Reg } => "handled exception := R[save]";
    CheckExcMatch { dst: Reg, exc: Reg, kind: Reg } => "R[dst] := R[exc] matches R[kind] (a class or tuple of classes)";
    ExceptStarMatch { dst: Reg, rest: Reg, kind: Reg } => "R[dst], R[rest] := the part of R[rest] an except* R[kind] clause matches (None if none), and what is left";
    PrepReraiseStar { dst: Reg, orig: Reg, excs: Reg } => "R[dst] := what an except* statement on R[orig] raises, from the list R[excs] (None: nothing)";
    LoadAssertionError { dst: Reg } => "R[dst] := AssertionError";
    BeforeWith { base: Reg, manager: Reg } => "R[base] := R[manager].__exit__; R[base+1] := R[manager].__enter__()";
    WithExceptStart { dst: Reg, exit: Reg, exc: Reg } => "R[dst] := R[exit](type(R[exc]), R[exc], R[exc].__traceback__)";

    // Pattern matching (`match` statements; `vm/matching.rs`).
    MatchSequence { dst: Reg, subject: Reg } => "R[dst] := R[subject] is a sequence to patterns (list, tuple, range; not str, bytes)";
    MatchMapping { dst: Reg, subject: Reg } => "R[dst] := R[subject] is a mapping to patterns (a dict)";
    GetLen { dst: Reg, src: Reg } => "R[dst] := len(R[src])";
    MatchClass { base: Reg, subject: Reg, nargs: Count, kwnames: Const } => "R[base] := R[subject] matches class R[base]; if so R[base+1..] := its nargs __match_args__ then K[kwnames] attributes";
    MatchKeys { base: Reg, subject: Reg, keys: Reg } => "R[base] := mapping R[subject] has every key of tuple R[keys]; if so R[base+1..] := their values";
    CopyDictWithoutKeys { dst: Reg, subject: Reg, keys: Reg } => "R[dst] := dict(R[subject]) without the keys of tuple R[keys]";

    // Modules.
    ImportName { dst: Reg, name: Name, level: Imm, fromlist: Const } => "R[dst] := __import__(N[name], fromlist=K[fromlist], level=level)";
    ImportFrom { dst: Reg, module: Reg, name: Name } => "R[dst] := R[module].N[name], or the submodule";
    ImportStar { module: Reg } => "copy the public names of R[module] into locals";
    SetupAnnotations {} => "locals['__annotations__'] := {} unless present";
}

#[cfg(test)]
mod tests;
