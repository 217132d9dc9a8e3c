//! The contract between generated code and the runtime: the value encoding,
//! the frame layout the native functions address directly, and the single
//! table of runtime functions that generated code calls.
//!
//! This file is compiled twice: as `cranepy_runtime::abi` (which defines the
//! functions) and, through `#[path]`, inside the compiler (which declares them
//! as imports). It must therefore stay free of runtime types and `unsafe`.

/// A tagged word with low bit 1 holds a 63-bit small int: `(n << 1) | 1`.
pub const INT_TAG: u64 = 1;
/// Mask of the tag bits; a word whose low three bits are 0 is a heap pointer.
pub const TAG_MASK: u64 = 7;
/// Smallest and largest ints representable as tagged words.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;
/// Returned by `rt_for_iter` when the iterator is exhausted (not an error).
/// It is 8-aligned but never a heap object, and never escapes to Python.
pub const ITER_EXHAUSTED: u64 = 8;

/// Offsets of `PyObject` header fields (refcount first, then the type).
pub const OB_REFCNT: i32 = 0;
pub const OB_TYPE: i32 = 8;
/// The instance `__dict__` word (0 when none; see `object::PyObject::dict`).
pub const OB_DICT: i32 = 16;

/// Byte offsets of `Frame` fields; the runtime asserts its `#[repr(C)]`
/// struct matches at compile time.
pub const FRAME_CODE: i32 = 0;
pub const FRAME_GLOBALS: i32 = 8;
pub const FRAME_BUILTINS: i32 = 16;
pub const FRAME_LOCALS: i32 = 24;
pub const FRAME_FUNC: i32 = 32;
pub const FRAME_PREV: i32 = 40;
pub const FRAME_LASTI: i32 = 48;
pub const FRAME_RESUME: i32 = 52;
pub const FRAME_STATE: i32 = 56;
pub const FRAME_THROW: i32 = 60;
pub const FRAME_SENT: i32 = 64;
pub const FRAME_CONSTS: i32 = 72;
pub const FRAME_NAMES: i32 = 80;
/// `localsplus` starts here: locals, cells, free variables, then (for
/// generators and coroutines) the spilled operand stack.
pub const FRAME_LOCALSPLUS: i32 = 88;

/// Generator frame states stored at `FRAME_STATE` by a resume function.
pub const FRAME_STATE_CREATED: u32 = 0;
pub const FRAME_STATE_SUSPENDED: u32 = 1;
pub const FRAME_STATE_RUNNING: u32 = 2;
pub const FRAME_STATE_COMPLETED: u32 = 3;

/// Symbols the compiled object file defines and the runtime reads at startup.
pub const SYM_PROGRAM: &str = "__cranepy_program";
pub const SYM_PROGRAM_LEN: &str = "__cranepy_program_len";
pub const SYM_CODE_TABLE: &str = "__cranepy_code_table";
/// One word per code object: the address of its push variant, or 0.
pub const SYM_PUSH_TABLE: &str = "__cranepy_push_table";
/// Defined by the runtime: `[u64; SINGLETON_COUNT]` holding the words of
/// None, True, False, NotImplemented and the `float`, `list`, `tuple`,
/// `range_iterator`, `list_iterator`, `dict`, `function` and
/// `tuple_iterator` types, filled at startup
/// before any compiled code runs.
pub const SYM_SINGLETONS: &str = "cranepy_singletons";
pub const SINGLETON_NONE: i32 = 0;
pub const SINGLETON_TRUE: i32 = 8;
pub const SINGLETON_FALSE: i32 = 16;
pub const SINGLETON_NOT_IMPLEMENTED: i32 = 24;
pub const SINGLETON_FLOAT_TYPE: i32 = 32;
pub const SINGLETON_LIST_TYPE: i32 = 40;
pub const SINGLETON_TUPLE_TYPE: i32 = 48;
pub const SINGLETON_RANGE_ITER_TYPE: i32 = 56;
pub const SINGLETON_LIST_ITER_TYPE: i32 = 64;
pub const SINGLETON_DICT_TYPE: i32 = 72;
pub const SINGLETON_FUNCTION_TYPE: i32 = 80;
pub const SINGLETON_TUPLE_ITER_TYPE: i32 = 88;
/// The built-in `len` function (filled when the program starts).
pub const SINGLETON_LEN: i32 = 96;
/// The `list.append` method descriptor.
pub const SINGLETON_LIST_APPEND: i32 = 104;
pub const SINGLETON_STR_TYPE: i32 = 112;
pub const SINGLETON_STR_ASCII_ITER_TYPE: i32 = 120;
/// The address of the 256 one-character strs U+0000..U+00FF (immortal
/// objects, in code point order).
pub const SINGLETON_LATIN1: i32 = 128;
/// The built-in `ord` and `isinstance` functions (filled when the program
/// starts, as `len`).
pub const SINGLETON_ORD: i32 = 136;
pub const SINGLETON_ISINSTANCE: i32 = 144;
pub const SINGLETON_SET_TYPE: i32 = 152;
/// The `set.add`, `set.remove` and `set.discard` method descriptors.
pub const SINGLETON_SET_ADD: i32 = 160;
pub const SINGLETON_SET_REMOVE: i32 = 168;
pub const SINGLETON_SET_DISCARD: i32 = 176;
/// The `dict.get` method descriptor.
pub const SINGLETON_DICT_GET: i32 = 184;
/// The `list.pop` method descriptor.
pub const SINGLETON_LIST_POP: i32 = 192;
/// The `module` type.
pub const SINGLETON_MODULE_TYPE: i32 = 200;
/// The `type` type (classes whose metaclass is `type`).
pub const SINGLETON_TYPE_TYPE: i32 = 208;
/// The `int` type (`int(x)` of a float is truncated inline).
pub const SINGLETON_INT_TYPE: i32 = 216;
/// The `coroutine` type (`await coro()` checks it inline).
pub const SINGLETON_COROUTINE_TYPE: i32 = 224;
/// The built-in `abs` (filled when the program starts, as `len`).
pub const SINGLETON_ABS: i32 = 232;
/// The `dict.setdefault` method descriptor.
pub const SINGLETON_DICT_SETDEFAULT: i32 = 240;
/// The `range` type (`for i in range(n)` loops check it inline).
pub const SINGLETON_RANGE_TYPE: i32 = 248;
/// The `enumerate` type (`for i, x in enumerate(seq)` loops check it).
pub const SINGLETON_ENUMERATE_TYPE: i32 = 256;
/// The `dict.keys`, `dict.values` and `dict.items` method descriptors
/// (loops over a dict's views check them).
pub const SINGLETON_DICT_KEYS: i32 = 264;
pub const SINGLETON_DICT_VALUES: i32 = 272;
pub const SINGLETON_DICT_ITEMS: i32 = 280;
/// The empty tuple and the empty str (what exhausted tuple and str
/// iterators keep).
pub const SINGLETON_EMPTY_TUPLE: i32 = 288;
pub const SINGLETON_EMPTY_STR: i32 = 296;
/// The `zip` type (`FOR_ITER` unpacking pairs steps an exact zip inline).
pub const SINGLETON_ZIP_TYPE: i32 = 304;
pub const SINGLETON_COUNT: usize = 39;

/// Defined by the runtime: `[u64; COUNTER_COUNT]` of counters generated
/// code reads and bumps (`types::Counters`): the type-lookup epoch
/// (attribute site caches are valid while it is unchanged) and the next
/// dict version to hand out.
pub const SYM_COUNTERS: &str = "cranepy_counters";
pub const COUNTER_TYPE_EPOCH: i32 = 0;
pub const COUNTER_DICT_VERSION: i32 = 8;
/// Where a cold-path trampoline leaves its runtime function's result.
pub const COUNTER_COLD_RESULT: i32 = 16;
pub const COUNTER_COUNT: usize = 3;

/// Defined by the runtime: a word holding the address of the program
/// thread's state (`eval::state`), whose first fields generated code reads
/// and writes to enter and leave the frames of direct calls: the innermost
/// frame, the recursion depth and limit (u32 each) and the lowest native
/// stack address Python calls may use.
pub const SYM_THREAD_STATE: &str = "cranepy_thread_state";
pub const TS_FRAME: i32 = 0;
pub const TS_DEPTH: i32 = 8;
pub const TS_LIMIT: i32 = 12;
pub const TS_STACK_LIMIT: i32 = 16;
/// Then the addresses of the free-list head of the float size class and of
/// the live-block count in the program thread's `object::pool`, for
/// generated code that allocates exact floats itself.
pub const TS_FLOAT_FREE: i32 = 24;
pub const TS_POOL_LIVE: i32 = 32;

/// A free block of `object::pool`: its refcount word is 0 and the link to
/// the next free block (0 at the end) is at this offset.
pub const FREE_BLOCK_NEXT: i32 = 8;
/// The payload's variant tag (a byte) and the tag of an exact float
/// (`Payload::Float`), which generated code writes when it allocates one.
pub const PAYLOAD_TAG_OFFSET: i32 = 24;
pub const FLOAT_PAYLOAD_TAG: u8 = 5;

/// A Python function's data (`types::function::FunctionData`, boxed in the
/// object's payload at `FUNC_DATA_OFFSET`): its code, globals and builtins
/// words, then `DirectCall`: the argument count of a direct call
/// (`u64::MAX` when calls need the runtime's binding), the native
/// function, the constant and name arrays for the frame header, and the
/// number of closure cells.
pub const FUNC_DATA_OFFSET: i32 = 32;
pub const FUNC_CODE: i32 = 0;
pub const FUNC_GLOBALS: i32 = 8;
pub const FUNC_BUILTINS: i32 = 16;
pub const FUNC_DIRECT_ARGC: i32 = 24;
pub const FUNC_DIRECT_NATIVE: i32 = 32;
pub const FUNC_DIRECT_CONSTS: i32 = 40;
pub const FUNC_DIRECT_NAMES: i32 = 48;
/// The number of closure cells a direct call's frame gets (0 for a
/// function without free variables), the address of the first of them
/// (the closure tuple's items) and the byte offset in the frame they are
/// copied to (generated code takes a reference to each).
pub const FUNC_DIRECT_CELLS: i32 = 56;
pub const FUNC_DIRECT_CELL_WORDS: i32 = 64;
pub const FUNC_DIRECT_CELLS_AT: i32 = 72;
/// `localsplus` slots in the frame generated code builds for a direct
/// callee: the most a closure called directly may have.
pub const DIRECT_FRAME_SLOTS: usize = 16;

/// Byte offsets from the start of a heap object of an exact float's `f64`
/// value and of a dict's version (`DictTable::version`), which generated
/// code reads for inline float arithmetic and `LOAD_GLOBAL` caches. Rust
/// chooses these layouts, so runtime unit tests check all of them.
pub const FLOAT_VALUE_OFFSET: i32 = 32;
pub const DICT_VERSION_OFFSET: i32 = 88;
/// A dict's keys version (`DictTable::keys_version`): unchanged while no
/// key is added or removed and the entries stay where they are.
pub const DICT_KEYS_VERSION_OFFSET: i32 = 96;
/// The item pointer and length of a list's `Vec` and of a tuple's items
/// (`types::tuple::TupleItems`: in the tuple's block or a heap box; generated
/// code indexes exact lists and tuples inline; runtime code never holds a
/// list borrowed while Python code runs).
pub const LIST_ITEMS_OFFSET: i32 = 48;
pub const LIST_LEN_OFFSET: i32 = 56;
/// A list's buffer capacity (generated code appends inline while there is
/// room).
pub const LIST_CAP_OFFSET: i32 = 40;
pub const TUPLE_ITEMS_OFFSET: i32 = 32;
pub const TUPLE_LEN_OFFSET: i32 = 40;
/// A cell's contents (an owned word, 0 when empty).
pub const CELL_CONTENTS_OFFSET: i32 = 40;
/// A `range_iterator`'s next value, step and remaining count, and a
/// `list_iterator`'s list and index (`types::iter::IterState::Range` and
/// `::List`): generated code steps them inline in `FOR_ITER` (runtime code
/// never holds an iterator borrowed while Python code runs).
pub const RANGE_ITER_NEXT_OFFSET: i32 = 48;
pub const RANGE_ITER_STEP_OFFSET: i32 = 56;
pub const RANGE_ITER_REMAINING_OFFSET: i32 = 64;
pub const LIST_ITER_SEQ_OFFSET: i32 = 48;
pub const LIST_ITER_INDEX_OFFSET: i32 = 56;
/// A `tuple_iterator`'s tuple and index (`IterState::Tuple`).
pub const TUPLE_ITER_SEQ_OFFSET: i32 = 48;
pub const TUPLE_ITER_INDEX_OFFSET: i32 = 56;
/// An `enumerate`'s inner iterator and count (`IterState::Enumerate`; once
/// the count passes i64 it lives in a big int and the word stays
/// `i64::MAX`), and a `zip`'s iterators (its `Vec`'s item pointer and
/// length): `FOR_ITER` unpacking pairs steps them inline over list and
/// tuple iterators.
pub const ENUMERATE_IT_OFFSET: i32 = 72;
pub const ENUMERATE_COUNT_OFFSET: i32 = 80;
pub const ZIP_ITERS_PTR_OFFSET: i32 = 56;
pub const ZIP_ITERS_LEN_OFFSET: i32 = 64;
/// A `str_ascii_iterator`'s str and byte position (`IterState::Str`).
pub const STR_ITER_SEQ_OFFSET: i32 = 48;
pub const STR_ITER_POS_OFFSET: i32 = 56;

/// A push run's sink (`eval::rt::push::Sink`, the push variant's
/// `frame.sent`): which consumer generated code feeds inline (`fast`:
/// one of `PUSH_FAST_*`), `sum`'s running total (a tagged int) and the
/// collected items (a `Vec`'s item pointer, length and capacity). Checked
/// by a unit test.
pub const PUSH_SINK_FAST_OFFSET: i32 = 0;
pub const PUSH_SINK_TOTAL_OFFSET: i32 = 8;
pub const PUSH_SINK_ITEMS_PTR_OFFSET: i32 = 24;
pub const PUSH_SINK_ITEMS_LEN_OFFSET: i32 = 32;
pub const PUSH_SINK_ITEMS_CAP_OFFSET: i32 = 16;
pub const PUSH_FAST_NONE: u64 = 0;
pub const PUSH_FAST_SUM: u64 = 1;
pub const PUSH_FAST_COLLECT: u64 = 2;
/// `any` before a true item / `all` before a false one: a `False` /
/// `True` item (immortal, nothing to release) changes nothing.
pub const PUSH_FAST_ANY: u64 = 3;
pub const PUSH_FAST_ALL: u64 = 4;

/// A plain instance's inline attribute values (`types::instance`):
/// `INSTANCE_VALUES` words from this offset, the values of its class's
/// inline keys in order, then zeros. Checked by a unit test.
pub const INSTANCE_VALUES_OFFSET: i32 = 32;
/// A generator-like object's delegate word (`GenData::yieldfrom`, 0 when
/// it delegates to nothing): `GET_AWAITABLE` takes a coroutine of exact
/// type whose word is 0 as its own awaitable without a call.
pub const GEN_YIELDFROM_OFFSET: i32 = 48;
pub const INSTANCE_VALUES: usize = 12;

/// A `LOAD_GLOBAL` site cache (words, in the function's writable site
/// data), as in CPython's `LOAD_GLOBAL_MODULE`/`_BUILTIN`: the keys
/// versions of the globals and builtins dicts it was filled at, and the
/// address of the value word of the entry holding the name then (in the
/// globals or the builtins dict); all 0 until filled. While the keys
/// versions hold, the name is where it was (and not added to globals), so
/// the word there is its current value. A site filled from the globals
/// records 0 for the builtins (whose keys don't matter then). `STORE_GLOBAL` sites (and
/// `STORE_NAME`/`LOAD_NAME` where locals are the globals) have the same
/// layout; a store site leaves the builtins word 0.
pub const GLOBAL_SITE_WORDS: u32 = 3;
pub const GLOBAL_SITE_GLOBALS_KEYS: i32 = 0;
pub const GLOBAL_SITE_BUILTINS_KEYS: i32 = 8;
pub const GLOBAL_SITE_VALUE_ADDR: i32 = 16;
/// A `LOAD_METHOD` site on a global that is an exact module
/// (`eval::rt::sites`): the module (owned), its dict, the dict's version
/// when the site was filled and the attribute then (borrowed: the dict
/// holds it while the version is unchanged); all 0 until filled.
pub const MODULE_SITE_WORDS: u32 = 4;
pub const MODULE_SITE_MODULE: i32 = 0;
pub const MODULE_SITE_DICT: i32 = 8;
pub const MODULE_SITE_VERSION: i32 = 16;
pub const MODULE_SITE_VALUE: i32 = 24;
/// A `CALL` site of one or two arguments: the math function it last saw
/// (owned), the address of its float kernel (`modules::math::Kernel`,
/// C ABI, f64 arguments and result), 0 until filled, and the site's kind:
/// 0 for float kernels; generated code stores another kind
/// (`KERNEL_KIND_*`) before its general call.
pub const KERNEL_SITE_WORDS: u32 = 3;
/// A `BINARY_OP` site whose operands were a plain instance and another
/// object (`ops::number::binary_op_site` fills it): the left and right
/// operands' types, the type-lookup epoch, and the left type's `__op__`,
/// a Python function that goes first (all owned; 0 until filled).
/// Generated code calls the function directly while both types and the
/// epoch match, and `rt_binary_op_after_left` when it returns
/// NotImplemented.
pub const BINOP_SITE_WORDS: u32 = 4;
pub const BINOP_SITE_LEFT: i32 = 0;
pub const BINOP_SITE_RIGHT: i32 = 8;
pub const BINOP_SITE_EPOCH: i32 = 16;
pub const BINOP_SITE_FUNC: i32 = 24;
/// A `CALL` site of a class (`Cls(args)`) that `rt_ctor_enter` filled
/// when the call entered a Python `__init__` directly: the class, that
/// `__init__` and the type-lookup epoch then (the class and `__init__`
/// borrowed: the class holds its `__init__` until its namespace changes,
/// and a new class at a freed class's address comes with a new epoch);
/// all 0 until filled. `rt_ctor_new` makes the next instances.
pub const CTOR_SITE_WORDS: u32 = 3;
pub const CTOR_SITE_CLASS: i32 = 0;
pub const CTOR_SITE_INIT: i32 = 8;
pub const CTOR_SITE_EPOCH: i32 = 16;
/// The math functions with float kernels (`modules::math::KERNELS`, which
/// a unit test checks against this list): only calls whose callable a
/// global, attribute or method load of one of these names pushed get the
/// kernel path.
pub const MATH_KERNEL_NAMES: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "erf",
    "erfc",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "fmod",
    "gamma",
    "hypot",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "pow",
    "radians",
    "remainder",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
];
pub const KERNEL_SITE_CALLABLE: i32 = 0;
pub const KERNEL_SITE_KERNEL: i32 = 8;
pub const KERNEL_SITE_KIND: i32 = 16;
pub const KERNEL_KIND_FLOAT: i64 = 0;
pub const KERNEL_KIND_INT: i64 = 1;
/// `round(x, n)`: an exact float and a small int (passed as a float).
pub const KERNEL_KIND_ROUND_DIGITS: i64 = 2;
/// The functions of one argument that round a float to an int, with
/// kernels (`modules::math::INT_KERNELS`): `math.ceil`, `math.floor`,
/// `round` and `math.trunc`.
pub const INT_KERNEL_NAMES: &[&str] = &["ceil", "floor", "round", "trunc"];
/// A `LOAD_ATTR` / `LOAD_METHOD` / `STORE_ATTR` site cache
/// (`ops::attr::site::AttrSite`): `ATTR_SITE_ENTRIES` entries of
/// `ATTR_ENTRY_SIZE` bytes (most recently filled first), each the receiver type, the type-lookup epoch it was filled at, what the
/// type's MRO holds under the name (borrowed), a kind, a hint, and a slot:
/// the byte offset of the name's inline value word in instances of the
/// type (`INSTANCE_VALUES_OFFSET`), or 0. Filled only by the runtime;
/// generated code reads them for its inline paths.
pub const ATTR_SITE_ENTRIES: usize = 4;
pub const ATTR_ENTRY_SIZE: i32 = 48;
pub const ATTR_SITE_WORDS: u32 = ATTR_SITE_ENTRIES as u32 * ATTR_ENTRY_SIZE as u32 / 8;
pub const ATTR_ENTRY_TYPE: i32 = 0;
pub const ATTR_ENTRY_EPOCH: i32 = 8;
pub const ATTR_ENTRY_DESCR: i32 = 16;
pub const ATTR_ENTRY_KIND: i32 = 24;
pub const ATTR_ENTRY_HINT: i32 = 32;
pub const ATTR_ENTRY_SLOT: i32 = 40;
/// Entry kinds. `PLAIN`: the name is no data descriptor on the type, so the
/// instance dict comes first; the hint is the dict entry index where the
/// name was last found. `STORE_DICT`: a store goes to the instance dict
/// (same hint). `METHOD`: like `PLAIN`, and the type holds a Python
/// function or a built-in method descriptor under the name; the hint is
/// the name's hash, for the negative probe of the instance dict.
pub const ATTR_KIND_PLAIN: u64 = 1;
pub const ATTR_KIND_DATA: u64 = 2;
pub const ATTR_KIND_STORE_DICT: u64 = 3;
pub const ATTR_KIND_METHOD: u64 = 4;
/// (Runtime only) the receiver is an exact module; hint as for `PLAIN`.
pub const ATTR_KIND_MODULE: u64 = 5;
/// (Runtime only) a built-in getset descriptor, called directly.
pub const ATTR_KIND_GETSET: u64 = 6;

/// A dict's tables (`types::dict::DictTable`): the entries vector (items of
/// `DICT_ENTRY_SIZE` bytes, whose key and value words are 0 in a deleted
/// entry — one of them, whichever Rust uses as the niche) and the u32 index
/// table (`DICT_INDEX_EMPTY` marks a free slot). Checked by unit tests.
pub const DICT_ENTRIES_CAP_OFFSET: i32 = 40;
pub const DICT_ENTRIES_PTR_OFFSET: i32 = 48;
pub const DICT_ENTRIES_LEN_OFFSET: i32 = 56;
pub const DICT_INDICES_PTR_OFFSET: i32 = 64;
pub const DICT_INDICES_LEN_OFFSET: i32 = 72;
/// The number of live entries (`DictTable::len`).
pub const DICT_LEN_OFFSET: i32 = 80;
/// A mutable set's table (`types::set::SetTable` in its RefCell): the
/// slot array (pointer and length, a power of two) and the `KeyCounts`
/// word (two bits of active keys per bucket of the hash's low five bits);
/// a slot is `SET_SLOT_SIZE` bytes with its key word (0: none) at
/// `SET_SLOT_KEY`. Generated code answers `in` from these for tagged ints;
/// checked by unit tests.
pub const SET_SLOTS_PTR_OFFSET: i32 = 40;
pub const SET_SLOTS_LEN_OFFSET: i32 = 48;
pub const SET_COUNTS_OFFSET: i32 = 72;
/// The set's `Hints` box (0: none), whose first 32 bytes are the slot where
/// a key of each `KeyCounts` bucket was last found or stored.
pub const SET_HINTS_OFFSET: i32 = 80;
pub const SET_SLOT_SIZE: i32 = 16;
pub const SET_SLOT_KEY: i32 = 8;
/// A str's UTF-8 text (pointer and length in bytes), its length in code
/// points, and its cached hash (-1 until computed).
pub const STR_TEXT_PTR_OFFSET: i32 = 32;
pub const STR_TEXT_LEN_OFFSET: i32 = 40;
pub const STR_NCHARS_OFFSET: i32 = 48;
pub const STR_HASH_OFFSET: i32 = 56;
pub const DICT_ENTRY_SIZE: i32 = 24;
pub const DICT_ENTRY_KEY: i32 = 0;
pub const DICT_ENTRY_HASH: i32 = 8;
pub const DICT_ENTRY_VALUE: i32 = 16;
pub const DICT_INDEX_EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted (probing continues past it).
pub const DICT_INDEX_DUMMY: u32 = u32::MAX - 1;
/// Probe sequences follow CPython's: slot `hash & mask`, then
/// `(5 * slot + perturb + 1) & mask` with `perturb` (the hash as unsigned)
/// shifted right by `DICT_PERTURB_SHIFT` before each step.
pub const DICT_PERTURB_SHIFT: i64 = 5;

/// Modules the runtime implements natively (in `runtime/src/modules/`).
/// The compiler resolves these imports without looking for source files;
/// the runtime's registry must list exactly these names.
pub const NATIVE_MODULE_NAMES: &[&str] = &[
    "_random",
    "time",
    "math",
    "builtins",
    "sys",
    "dis",
    "_asyncio",
    "_traceback",
    "posix",
    "_io",
    "_struct",
    "_hashlib",
    "_sre",
    "gc",
];

/// Every runtime function that generated code may call, listed once.
///
/// Parameter and result types are all 64-bit words at the machine level:
/// `Value` is a borrowed object word (never consumed by the callee), `Word`
/// a plain integer or pointer. A function returning `Value` returns a new
/// reference, or 0 with a pending exception. A function returning `Status`
/// returns a non-negative integer on success and -1 with an exception set.
///
/// The macro hands the whole list to `$m`, which either declares imports
/// (compiler) or checks the definitions' signatures (runtime).
#[macro_export]
macro_rules! for_each_runtime_fn {
    ($m:ident) => {
        $m! {
            // --- reference counting -------------------------------------------
            rt_dealloc(obj: Word) -> Unit;
            // --- operators ----------------------------------------------------
            rt_binary_op(a: Value, b: Value, op: Word) -> Value;
            rt_binary_op_site(a: Value, b: Value, op: Word, site: Word) -> Value;
            rt_binary_op_after_left(a: Value, b: Value, op: Word) -> Value;
            rt_inplace_op(a: Value, b: Value, op: Word) -> Value;
            rt_compare_op(a: Value, b: Value, op: Word) -> Value;
            rt_compare_bool(a: Value, b: Value, op: Word) -> Status;
            rt_unary_op(a: Value, op: Word) -> Value;
            rt_float_from_bits(bits: Word) -> Value;
            rt_float_pow_bits(x: Word, y: Word) -> Word;
            rt_is_true(a: Value) -> Status;
            rt_contains(container: Value, item: Value) -> Status;
            // --- names --------------------------------------------------------
            rt_load_global_cached(frame: Word, name: Value, site: Word) -> Value;
            rt_global_site_prime(globals: Value, builtins: Value, name: Value, site: Word) -> Unit;
            rt_store_global(frame: Word, name: Value, v: Value, site: Word) -> Status;
            rt_delete_global(frame: Word, name: Value) -> Status;
            rt_load_name(frame: Word, name: Value) -> Value;
            rt_store_name(frame: Word, name: Value, v: Value) -> Status;
            rt_delete_name(frame: Word, name: Value) -> Status;
            rt_unbound_local(frame: Word, index: Word) -> Value;
            rt_unbound_deref(frame: Word, index: Word) -> Value;
            rt_load_classderef(frame: Word, name: Value, cell: Value) -> Value;
            rt_make_cell(v: Value) -> Value;
            rt_cell_get(cell: Value) -> Word;
            rt_cell_set(cell: Value, v: Value) -> Unit;
            // --- attributes and subscripts --------------------------------------
            rt_delete_attr(obj: Value, name: Value) -> Status;
            rt_load_attr_cached(obj: Value, name: Value, site: Word) -> Value;
            rt_store_attr_cached(obj: Value, name: Value, v: Value, site: Word) -> Status;
            rt_attr_site_prime(obj: Value, name: Value, site: Word, store: Word) -> Unit;
            rt_load_method_cached(obj: Value, name: Value, out: Word, site: Word) -> Status;
            rt_subscr(obj: Value, key: Value) -> Value;
            rt_store_subscr(obj: Value, key: Value, v: Value) -> Status;
            rt_delete_subscr(obj: Value, key: Value) -> Status;
            rt_load_super_attr(frame: Word, name: Value) -> Value;
            // --- calls ----------------------------------------------------------
            rt_call(callable: Value, args: Word, nargs: Word, kwnames: Value) -> Value;
            rt_call_method(args: Word, nargs: Word, kwnames: Value) -> Value;
            rt_call_ex(callable: Value, args: Value, kwargs: Value) -> Value;
            rt_make_function(frame: Word, code: Value, flags: Word, extras: Word) -> Value;
            rt_load_build_class() -> Value;
            // --- building -------------------------------------------------------
            rt_build_tuple(items: Word, n: Word) -> Value;
            rt_build_list(items: Word, n: Word) -> Value;
            rt_build_set(items: Word, n: Word) -> Value;
            rt_build_map(items: Word, n: Word) -> Value;
            rt_build_const_key_map(items: Word, n: Word, keys: Value) -> Value;
            rt_build_string(items: Word, n: Word) -> Value;
            rt_build_slice(start: Value, stop: Value, step: Value) -> Value;
            rt_list_append(list: Value, v: Value) -> Status;
            rt_isinstance(obj: Value, cls: Value) -> Value;
            rt_dict_get(dict: Value, key: Value, default: Word) -> Value;
            rt_str_key_eq(s: Value, key: Value) -> Word;
            rt_list_extend(list: Value, it: Value) -> Status;
            rt_list_to_tuple(list: Value) -> Value;
            rt_set_add(set: Value, v: Value) -> Status;
            rt_set_update(set: Value, it: Value) -> Status;
            rt_map_add(map: Value, k: Value, v: Value) -> Status;
            rt_dict_update(map: Value, other: Value) -> Status;
            rt_dict_merge(map: Value, other: Value, callable: Value) -> Status;
            rt_format_value(v: Value, conversion: Word, spec: Value) -> Value;
            // --- iteration and unpacking ------------------------------------------
            rt_get_iter(obj: Value) -> Value;
            rt_for_iter(iter: Value) -> Value;
            rt_for_iter_unpack(iter: Value, n: Word, out: Word) -> Status;
            rt_unpack_sequence(seq: Value, n: Word, out: Word) -> Status;
            rt_unpack_ex(seq: Value, before: Word, after: Word, out: Word) -> Status;
            rt_dict_changed_in_loop(keys: Word) -> Value;
            // --- exceptions -------------------------------------------------------
            rt_raise(exc: Value, cause: Value, kind: Word) -> Value;
            rt_reraise(exc: Value) -> Value;
            rt_fetch_exception() -> Value;
            rt_push_exc_info(exc: Value) -> Value;
            rt_pop_except(prev: Value) -> Unit;
            rt_check_exc_match(exc: Value, ty: Value) -> Status;
            rt_traceback_add(frame: Word, lasti: Word) -> Unit;
            rt_load_assertion_error() -> Value;
            rt_before_with(mgr: Value, out: Word) -> Status;
            rt_call_exit(exit: Value, exc: Value) -> Value;
            // --- generators and coroutines ------------------------------------------
            rt_get_yield_from_iter(obj: Value) -> Value;
            rt_get_awaitable(obj: Value, where_: Word) -> Value;
            // (`receiver` moves to the callee when it finished: 0.)
            rt_send(receiver: Word, v: Value, out: Word) -> Status;
            // (`await f(args)`; 2: not a coroutine function taking them.)
            rt_await_call(args: Word, nargs: Word, out: Word) -> Status;
            // (`await obj` of a generator `__await__`; 2: any other object.)
            rt_await_value(obj: Word, out: Word) -> Status;
            rt_gen_throw_into(receiver: Value, out: Word) -> Status;
            rt_wrap_async_gen_value(v: Value) -> Value;
            rt_get_aiter(obj: Value) -> Value;
            rt_get_anext(obj: Value) -> Value;
            rt_before_async_with(mgr: Value, out: Word) -> Status;
            rt_end_async_for(exc: Value) -> Status;
            rt_stop_iteration_value(exc: Value) -> Value;
            rt_gen_check_stop(frame: Word) -> Unit;
            // (`item` moves to the consumer: 0 go on, 1 stop, -1 failed.)
            rt_push_item(frame: Word, item: Word) -> Word;
            // --- imports ----------------------------------------------------------
            rt_import_name(frame: Word, name: Value, fromlist: Value, level: Value) -> Value;
            rt_import_from(module: Value, name: Value) -> Value;
            rt_import_star(frame: Word, module: Value) -> Status;
            // --- class bodies and annotations ---------------------------------------
            rt_setup_annotations(frame: Word) -> Status;
            // --- pattern matching -------------------------------------------------
            rt_get_len(obj: Value) -> Value;
            rt_match_mapping(obj: Value) -> Status;
            rt_match_sequence(obj: Value) -> Status;
            rt_match_keys(obj: Value, keys: Value) -> Value;
            rt_match_class(obj: Value, cls: Value, nargs: Word, names: Value) -> Value;
            rt_copy_dict_without_keys(obj: Value, keys: Value) -> Value;
            // --- exact sets (inline paths of `in`, `add`, `remove`, `discard`) -----
            rt_set_contains(set: Value, item: Value) -> Status;
            rt_set_remove(set: Value, v: Value) -> Status;
            rt_set_discard(set: Value, v: Value) -> Status;
            // --- slicing (`BUILD_SLICE` fused with a subscript) -------------------
            rt_subscr_slice(obj: Value, start: Value, stop: Value, step: Value) -> Value;
            rt_store_subscr_slice(obj: Value, start: Value, stop: Value, step: Value, v: Value)
                -> Status;
            // --- `xs.pop()` / `xs.pop(i)` on an exact list --------------------------
            rt_list_pop(list: Value, index: Word) -> Value;
            // --- `x += b` stored back into the same fast local ----------------------
            rt_inplace_add_local(a: Value, b: Value, local: Word) -> Value;
            // --- call-site caches: module attributes, math float kernels ------------
            rt_load_module_attr(module: Value, name: Value, site: Word) -> Value;
            rt_call_kernel_site(args: Word, nargs: Word, site: Word) -> Value;
            // --- `Cls(args)` entering `__init__` directly ---------------------------
            rt_ctor_enter(args: Word, nargs: Word, site: Word) -> Word;
            rt_ctor_new(cls: Word, site: Word, argc: Word) -> Word;
            rt_ctor_done(obj: Word, result: Word) -> Value;
            // --- `d.setdefault(key)` / `d.setdefault(key, default)` on an exact dict
            rt_dict_setdefault(dict: Value, key: Value, default: Word) -> Value;
            // --- `BUILD_TUPLE 2` fused with a lookup: `d[a, b]`, `(a, b) in d` ---
            rt_subscr_pair(obj: Value, a: Value, b: Value) -> Value;
            rt_contains_pair(container: Value, a: Value, b: Value) -> Status;
            rt_genexpr_consume(frame: Word, args: Word, code: Value) -> Value;
            // --- `d[k] = d.get(k, c) + n` of an exact dict in one probe ---------------
            rt_dict_add_int(d: Value, key: Value, default: Word, delta: Word) -> Word;
            // --- `dst[a:b] = src[c:d:e]` of exact lists without the temporary list
            rt_list_slice_copy(src: Value, sstart: Value, sstop: Value, sstep: Value, dst: Value,
                start: Value, stop: Value) -> Word;
        }
    };
}

/// Operand of `BINARY_OP` / `rt_binary_op`, in CPython 3.11's `NB_*` order.
pub const NB_ADD: u64 = 0;
pub const NB_AND: u64 = 1;
pub const NB_FLOOR_DIVIDE: u64 = 2;
pub const NB_LSHIFT: u64 = 3;
pub const NB_MATRIX_MULTIPLY: u64 = 4;
pub const NB_MULTIPLY: u64 = 5;
pub const NB_REMAINDER: u64 = 6;
pub const NB_OR: u64 = 7;
pub const NB_POWER: u64 = 8;
pub const NB_RSHIFT: u64 = 9;
pub const NB_SUBTRACT: u64 = 10;
pub const NB_TRUE_DIVIDE: u64 = 11;
pub const NB_XOR: u64 = 12;
/// `BINARY_OP` arguments from 13 on are the in-place forms (`+=` is 13).
pub const NB_INPLACE_OFFSET: u64 = 13;
/// Flag bits generated code may add to the operator word of
/// `rt_binary_op`, `rt_binary_op_site` and `rt_inplace_op`: the operand
/// stack owns the reference passed for the left (right) operand and
/// releases it right after the call. An exact big int with no other
/// reference may then take the result in its own digit buffer
/// (`types::int::reuse`).
pub const NB_OWNS_LEFT: u64 = 1 << 8;
pub const NB_OWNS_RIGHT: u64 = 1 << 9;
/// The operator number of such a word, without the flags.
pub const NB_OP_MASK: u64 = 0xff;

/// Operand of `COMPARE_OP`, in CPython's `Py_LT..Py_GE` order.
pub const CMP_LT: u64 = 0;
pub const CMP_LE: u64 = 1;
pub const CMP_EQ: u64 = 2;
pub const CMP_NE: u64 = 3;
pub const CMP_GT: u64 = 4;
pub const CMP_GE: u64 = 5;

/// Operand of `rt_unary_op`.
pub const UNARY_NEGATIVE: u64 = 0;
pub const UNARY_POSITIVE: u64 = 1;
pub const UNARY_INVERT: u64 = 2;
pub const UNARY_NOT: u64 = 3;

/// `MAKE_FUNCTION` flag bits, as in CPython.
pub const MAKE_FN_DEFAULTS: u64 = 1;
pub const MAKE_FN_KWDEFAULTS: u64 = 2;
pub const MAKE_FN_ANNOTATIONS: u64 = 4;
pub const MAKE_FN_CLOSURE: u64 = 8;

/// `co_flags` bits, as in CPython.
pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_NOFREE: u32 = 0x40;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;
/// Not a CPython flag (masked out of `co_flags`): a function keeps
/// `frame.localsplus` current, every store to a local writing through, so
/// `locals()`, `vars()`, `dir()` and `frame.f_locals` can read its variables.
/// Such code also records the instruction of each call site in
/// `frame.lasti`, so frame objects know their line. Set only on functions
/// that may introspect (see the compiler's `frontend::codegen::LOCALS_READERS`,
/// and on every function of a program using `sys._getframe`); the others
/// keep their locals in registers.
pub const CO_LOCALS_IN_FRAME: u32 = 0x8000_0000;

/// `localsplus` kinds, as CPython's `CO_FAST_*`.
pub const CO_FAST_LOCAL: u8 = 0x20;
pub const CO_FAST_CELL: u8 = 0x40;
pub const CO_FAST_FREE: u8 = 0x80;
