//! The instruction set: one table listing every opcode with its number, the
//! kind of its argument and its stack effect. Names and semantics follow
//! CPython 3.11 where an equivalent exists; the stream itself is ours (no
//! inline caches, one instruction per 2-byte code unit).
//!
//! Stack notation in the docs below: `[a, b] -> [c]` pops `b` (TOS) then `a`
//! and pushes `c`. "NULL" is the word 0 (an absent value).

/// What an instruction's argument means (for `dis` and validation).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// No argument (`arg` is 0 and not shown).
    None,
    /// A plain number.
    Num,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `(namei << 1) | push_null`.
    Global,
    /// Index into `localsplus` (locals, cells, free variables).
    Local,
    /// A jump target (instruction index).
    Jump,
    /// `BINARY_OP` operator (`abi::NB_*`, +13 for in-place).
    BinaryOp,
    /// `COMPARE_OP` operator (`abi::CMP_*`).
    Compare,
}

macro_rules! opcodes {
    ($($name:ident = $num:literal, $kind:ident;)*) => {
        /// An opcode.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Opcode { $($name = $num,)* }

        impl Opcode {
            /// The opcode's name as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }
            /// How `dis` interprets the argument.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$kind,)* }
            }
            /// Decodes an opcode byte.
            pub fn from_u8(b: u8) -> Option<Opcode> {
                match b { $($num => Some(Opcode::$name),)* _ => None }
            }
        }
    };
}

opcodes! {
    // --- stack manipulation --------------------------------------------------
    NOP = 9, None;                  // [] -> []
    POP_TOP = 1, None;              // [a] -> []
    PUSH_NULL = 2, None;            // [] -> [NULL]
    COPY = 120, Num;                // [.., x(at depth n)] -> [.., x, x]   (n=1 is TOS)
    SWAP = 99, Num;                 // swaps TOS with the n-th item (n>=2)
    // --- locals, globals, names ------------------------------------------------
    LOAD_CONST = 100, Const;        // [] -> [co_consts[i]]
    LOAD_FAST = 124, Local;         // [] -> [local i]; UnboundLocalError if unset
    STORE_FAST = 125, Local;        // [v] -> []
    DELETE_FAST = 126, Local;       // unset local i (UnboundLocalError if unset)
    LOAD_GLOBAL = 116, Global;      // [] -> [NULL?, global]   (NULL pushed first when arg&1)
    STORE_GLOBAL = 97, Name;        // [v] -> []
    DELETE_GLOBAL = 98, Name;
    LOAD_NAME = 101, Name;          // locals mapping, then globals, then builtins
    STORE_NAME = 90, Name;          // [v] -> []
    DELETE_NAME = 91, Name;
    LOAD_DEREF = 137, Local;        // [] -> [cell contents]
    STORE_DEREF = 138, Local;       // [v] -> []
    DELETE_DEREF = 139, Local;
    LOAD_CLOSURE = 136, Local;      // [] -> [the cell object itself]
    LOAD_CLASSDEREF = 148, Local;   // class body: locals mapping first, then the cell
    // --- attributes and subscripts ---------------------------------------------
    LOAD_ATTR = 106, Name;          // [o] -> [o.name]
    STORE_ATTR = 95, Name;          // [v, o] -> []       (o.name = v)
    DELETE_ATTR = 96, Name;         // [o] -> []
    LOAD_METHOD = 160, Name;        // [o] -> [meth, o] or [NULL, o.name]
    BINARY_SUBSCR = 25, None;       // [o, k] -> [o[k]]
    STORE_SUBSCR = 60, None;        // [v, o, k] -> []    (o[k] = v)
    DELETE_SUBSCR = 61, None;       // [o, k] -> []
    BUILD_SLICE = 133, Num;         // [a, b] or [a, b, c] -> [slice]
    // --- operators ---------------------------------------------------------------
    BINARY_OP = 122, BinaryOp;      // [a, b] -> [a op b]
    COMPARE_OP = 107, Compare;      // [a, b] -> [a op b]
    IS_OP = 117, Num;               // [a, b] -> [a is b] (arg 1: is not)
    CONTAINS_OP = 118, Num;         // [a, b] -> [a in b] (arg 1: not in)
    UNARY_NEGATIVE = 11, None;      // [a] -> [-a]
    UNARY_POSITIVE = 10, None;
    UNARY_INVERT = 15, None;
    UNARY_NOT = 12, None;           // [a] -> [not a]
    // --- building ------------------------------------------------------------------
    BUILD_TUPLE = 102, Num;         // [x1..xn] -> [tuple]
    BUILD_LIST = 103, Num;
    BUILD_SET = 104, Num;
    BUILD_MAP = 105, Num;           // [k1, v1, .. kn, vn] -> [dict]
    BUILD_CONST_KEY_MAP = 156, Num; // [v1..vn, keys_tuple] -> [dict]
    BUILD_STRING = 157, Num;        // [s1..sn] -> [concatenation]
    LIST_APPEND = 145, Num;         // [list, .. (n-1 items), v] -> [list, ..]  (list at depth n after pop)
    SET_ADD = 146, Num;
    MAP_ADD = 147, Num;             // [map, .., k, v] -> [map, ..]
    LIST_EXTEND = 162, Num;         // [list, .., it] -> [list, ..]
    SET_UPDATE = 163, Num;
    DICT_UPDATE = 165, Num;         // [map, .., other] -> [map, ..]
    DICT_MERGE = 164, Num;          // like DICT_UPDATE, for f(**kw): duplicate keys are errors
    LIST_TO_TUPLE = 82, None;       // [list] -> [tuple]
    FORMAT_VALUE = 155, Num;        // [v, spec?] -> [str]; arg&3 = conversion, arg&4 = has spec
    // --- control flow ----------------------------------------------------------------
    JUMP_FORWARD = 110, Jump;
    JUMP_BACKWARD = 140, Jump;
    POP_JUMP_IF_FALSE = 114, Jump;  // [v] -> [], jump if falsy
    POP_JUMP_IF_TRUE = 115, Jump;
    POP_JUMP_IF_NONE = 129, Jump;
    POP_JUMP_IF_NOT_NONE = 128, Jump;
    JUMP_IF_FALSE_OR_POP = 111, Jump; // [v] -> [v] and jump if falsy, else []
    JUMP_IF_TRUE_OR_POP = 112, Jump;
    GET_ITER = 68, None;            // [o] -> [iter(o)]
    FOR_ITER = 93, Jump;            // [it] -> [it, next]; exhausted: [it] -> [] and jump
    RETURN_VALUE = 83, None;        // [v] -> return v
    // --- calls and functions ---------------------------------------------------------
    KW_NAMES = 172, Const;          // names the keyword arguments of the next CALL (a tuple const)
    CALL = 171, Num;                // [m|NULL, self|callable, a1..an] -> [result]
    CALL_FUNCTION_EX = 142, Num;    // [NULL, f, args_tuple, kwargs_dict?] -> [result] (arg&1: has kwargs)
    MAKE_FUNCTION = 132, Num;       // [defaults?, kwdefaults?, annotations?, closure?, code] -> [function]
    LOAD_BUILD_CLASS = 71, None;    // [] -> [__build_class__]
    // --- exceptions ---------------------------------------------------------------------
    RAISE_VARARGS = 130, Num;       // [exc?, cause?] -> raise (0: re-raise, 1: exc, 2: exc from cause)
    RERAISE = 119, Num;             // [exc] -> re-raise exc (no new traceback entry)
    PUSH_EXC_INFO = 35, None;       // [exc] -> [prev_exc, exc]; exc becomes the handled exception
    POP_EXCEPT = 89, None;          // [prev_exc] -> []; restores the handled exception
    CHECK_EXC_MATCH = 36, None;     // [exc, type] -> [exc, bool]
    LOAD_ASSERTION_ERROR = 74, None;
    BEFORE_WITH = 53, None;         // [mgr] -> [exit, mgr.__enter__()]
    WITH_EXCEPT_START = 49, None;   // [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
    CALL_EXIT = 56, None;           // [exit] -> [exit(None, None, None)]
    // --- imports and annotations ----------------------------------------------------------
    IMPORT_NAME = 108, Name;        // [level, fromlist] -> [module]
    IMPORT_FROM = 109, Name;        // [module] -> [module, module.name]
    IMPORT_STAR = 84, None;         // [module] -> []
    SETUP_ANNOTATIONS = 85, None;
    // --- unpacking ---------------------------------------------------------------------
    UNPACK_SEQUENCE = 92, Num;      // [seq] -> [xn..x1] (x1 on top)
    UNPACK_EX = 94, Num;            // arg = before | (after << 8): [seq] -> [after.., list, before..] (first on top)
    // --- generators and coroutines ----------------------------------------------------------
    YIELD_VALUE = 150, None;        // [v] -> [sent]   (suspends the frame)
    GET_YIELD_FROM_ITER = 69, None; // [o] -> [iter]
    SEND = 123, Jump;               // [recv, v] -> [recv, yielded]; finished: [recv, v] -> [retval] and jump
    GET_AWAITABLE = 131, Num;       // [o] -> [awaitable iterator]
    GET_AITER = 50, None;     // [o] -> [o.__aiter__()]
    GET_ANEXT = 51, None;     // [aiter] -> [aiter, awaitable]
    BEFORE_ASYNC_WITH = 52, None;   // [mgr] -> [aexit, mgr.__aenter__() awaitable]
    END_ASYNC_FOR = 54, None;       // [aiter, exc] -> [] if StopAsyncIteration else re-raise
    ASYNC_GEN_WRAP = 87, None;      // [v] -> [wrapped v] (async generator yield)
    // --- pattern matching -----------------------------------------------------------------------
    GET_LEN = 30, None;             // [o] -> [o, len(o)]
    MATCH_MAPPING = 31, None;       // [o] -> [o, bool]
    MATCH_SEQUENCE = 32, None;      // [o] -> [o, bool]
    MATCH_KEYS = 33, None;          // [o, keys] -> [o, keys, values_tuple|None]
    MATCH_CLASS = 152, Num;         // [o, cls, names] -> [attrs_tuple|None]
    COPY_DICT_WITHOUT_KEYS = 34, None; // [o, keys] -> [o, rest_dict]
    // --- pseudo-instructions: removed before the code object is final ------------------------
    SETUP_FINALLY = 252, Jump;      // push an exception handler (target) at the current depth
    SETUP_CLEANUP = 253, Jump;      // same; used for cleanup handlers
    SETUP_WITH = 254, Jump;         // same; used for `with` handlers
    POP_BLOCK = 255, None;          // pop the innermost handler
    JUMP = 251, Jump;               // becomes JUMP_FORWARD or JUMP_BACKWARD
}

impl Opcode {
    /// Whether the instruction's argument is a jump target.
    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }

    /// Pseudo-instructions exist only while building the CFG.
    pub fn is_pseudo(self) -> bool {
        matches!(
            self,
            Opcode::SETUP_FINALLY
                | Opcode::SETUP_CLEANUP
                | Opcode::SETUP_WITH
                | Opcode::POP_BLOCK
                | Opcode::JUMP
        )
    }

    /// Control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP
        )
    }

    /// Whether the instruction can raise (and therefore needs an exception edge).
    pub fn can_raise(self) -> bool {
        !matches!(
            self,
            Opcode::NOP
                | Opcode::POP_TOP
                | Opcode::PUSH_NULL
                | Opcode::COPY
                | Opcode::SWAP
                | Opcode::LOAD_CONST
                | Opcode::STORE_FAST
                | Opcode::LOAD_CLOSURE
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP
                | Opcode::RETURN_VALUE
                | Opcode::KW_NAMES
                | Opcode::POP_EXCEPT
                | Opcode::PUSH_EXC_INFO
                | Opcode::LOAD_ASSERTION_ERROR
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
                | Opcode::SETUP_FINALLY
                | Opcode::SETUP_CLEANUP
                | Opcode::SETUP_WITH
                | Opcode::POP_BLOCK
        )
    }

    /// Net stack effect. `jump` selects the effect along the jump edge for
    /// conditional jumps (and for `FOR_ITER`/`SEND` exhaustion).
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        let n = arg as i32;
        use Opcode::*;
        match self {
            NOP | JUMP_FORWARD | JUMP_BACKWARD | JUMP | KW_NAMES | SETUP_ANNOTATIONS
            | POP_BLOCK | UNARY_NEGATIVE | UNARY_POSITIVE | UNARY_INVERT | UNARY_NOT | GET_ITER
            | LIST_TO_TUPLE | DELETE_FAST | DELETE_GLOBAL | DELETE_NAME | DELETE_DEREF
            | GET_YIELD_FROM_ITER | GET_AWAITABLE | YIELD_VALUE | ASYNC_GEN_WRAP | GET_AITER
            | CALL_EXIT => 0,
            SETUP_FINALLY | SETUP_CLEANUP | SETUP_WITH => 0,
            POP_TOP | STORE_FAST | STORE_GLOBAL | STORE_NAME | STORE_DEREF | DELETE_ATTR
            | BINARY_SUBSCR | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | POP_EXCEPT
            | IMPORT_NAME | IMPORT_STAR | RETURN_VALUE | RERAISE => -1,
            PUSH_NULL | COPY | LOAD_CONST | LOAD_FAST | LOAD_NAME | LOAD_DEREF | LOAD_CLOSURE
            | LOAD_CLASSDEREF | LOAD_BUILD_CLASS | LOAD_ASSERTION_ERROR | PUSH_EXC_INFO
            | BEFORE_WITH | BEFORE_ASYNC_WITH | WITH_EXCEPT_START | IMPORT_FROM | GET_LEN
            | MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS | GET_ANEXT => 1,
            SWAP | LOAD_ATTR | CHECK_EXC_MATCH | COPY_DICT_WITHOUT_KEYS => 0,
            LOAD_GLOBAL => 1 + (n & 1),
            LOAD_METHOD => 1,
            STORE_ATTR | DELETE_SUBSCR => -2,
            STORE_SUBSCR => -3,
            END_ASYNC_FOR => -2,
            BUILD_SLICE => 1 - n,
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
            BUILD_MAP => 1 - 2 * n,
            BUILD_CONST_KEY_MAP => -n,
            LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => -1,
            MAP_ADD => -2,
            FORMAT_VALUE => {
                if n & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => -1,
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            FOR_ITER => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            SEND => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            CALL => -1 - n,
            CALL_FUNCTION_EX => -2 - (n & 1),
            MAKE_FUNCTION => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)),
            RAISE_VARARGS => -n,
            UNPACK_SEQUENCE => n - 1,
            UNPACK_EX => (n & 0xff) + (n >> 8),
            MATCH_CLASS => -2,
        }
    }
}
