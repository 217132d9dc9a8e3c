//! Type objects: `TypeData`, the registry of built-in types and singletons,
//! MRO computation (C3) and lookup of names along the MRO.
//!
//! Each built-in kind of object lives in its own submodule, which owns the
//! kind's constructors and registers its methods in `init_methods`.

pub mod bytes;
pub mod code;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod file;
pub mod finalize;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub(crate) mod lazy;
pub mod list;
pub mod module;
pub mod range;
pub mod set;
pub mod slots;
pub mod str;
pub mod tuple;
pub mod typeobj;

use crate::abi;
use crate::errors::{EXCEPTION_TABLE, PyResult};
use crate::object::{Obj, Payload};
use std::cell::{Cell, RefCell};

/// Which built-in payload the instances of a type carry. A user class
/// inherits the layout of its built-in base (`class L(list)` → `List`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    BaseException,
    Type,
    Module,
    /// Built-in types that cannot be instantiated or subclassed from Python.
    Opaque,
}

/// The payload of type objects.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Obj>>,
    pub mro: RefCell<Vec<Obj>>,
    /// The namespace: a dict object (exposed read-only as a mappingproxy),
    /// read through `dict()` so that a built-in type's methods are added
    /// before anything sees it (`lazy`).
    ns: Obj,
    /// The `lazy` group that adds this built-in type's methods, plus one;
    /// zero once they are in `dict` (always for classes).
    pending: Cell<u8>,
    pub layout: Layout,
    /// Defined by a `class` statement (or `type(name, bases, ns)`).
    pub heap: bool,
    /// Whether user code may subclass it.
    pub base_ok: bool,
    /// Incremented whenever the type or a base changes; caches key on it.
    pub version: Cell<u64>,
    /// `__slots__` names when the class defines them (instances then have no dict).
    pub slots: RefCell<Option<Vec<String>>>,
    /// How calling the type creates instances, cached while the type-lookup
    /// epoch holds: (epoch, state); see `typeobj::newclass::plain_init`.
    pub ctor: Cell<(u64, u64)>,
    /// The largest instance `__dict__` freed so far: new instance dicts
    /// start with room for that many attributes instead of growing through
    /// several reallocations (what CPython's shared-key dicts save).
    pub dict_hint: Cell<u32>,
    /// Whether the type defines `__del__`, cached while the type-lookup
    /// epoch holds: (epoch, answer); see `finalize::has_del`.
    pub has_del: Cell<(u64, bool)>,
    /// The names plain instances keep inline, in order (`types::instance`);
    /// only ever appended to.
    pub inline_keys: RefCell<Vec<Obj>>,
    /// Whether new names may still become inline keys.
    pub inline_ok: Cell<bool>,
    /// Instances whose attributes overflowed their inline values so far.
    pub inline_overflows: Cell<u32>,
}

impl TypeData {
    /// The payload of a type named `name` (its `__qualname__` too) with
    /// namespace `dict`; its MRO is left for the caller to compute.
    pub fn new(name: &str, bases: Vec<Obj>, dict: Obj, layout: Layout) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            ns: dict,
            pending: Cell::new(0),
            layout,
            heap: false,
            base_ok: false,
            version: Cell::new(0),
            slots: RefCell::new(None),
            ctor: Default::default(),
            dict_hint: Cell::new(0),
            has_del: Default::default(),
            inline_keys: Default::default(),
            inline_ok: Default::default(),
            inline_overflows: Default::default(),
        }
    }

    /// The namespace, with the type's built-in methods added first if
    /// they are still pending (`lazy::fill`).
    #[inline]
    pub fn dict(&self) -> &Obj {
        let group = self.pending.get();
        if group != 0 {
            self.pending.set(0);
            lazy::fill(group - 1);
        }
        &self.ns
    }

    /// The namespace as it is, without adding pending methods (for
    /// `create_builtins`, which fixes the dict objects' own type words
    /// before the dict type exists).
    pub fn dict_as_is(&self) -> &Obj {
        &self.ns
    }
}

/// The built-in types and singletons, created once at startup.
pub struct Builtins {
    pub object: Obj,
    pub type_: Obj,
    pub none_type: Obj,
    pub notimpl_type: Obj,
    pub ellipsis_type: Obj,
    pub int: Obj,
    pub bool_: Obj,
    pub float: Obj,
    pub complex: Obj,
    pub str_: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub cell: Obj,
    pub code: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub method: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub property: Obj,
    pub module: Obj,
    pub iterator: Obj,
    pub generator: Obj,
    pub coroutine: Obj,
    pub async_generator: Obj,
    pub super_: Obj,
    pub mappingproxy: Obj,
    pub exceptions: Vec<Obj>,
    pub none: Obj,
    pub true_: Obj,
    pub false_: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub empty_tuple: Obj,
    pub empty_str: Obj,
}

thread_local! {
    /// The registry of the thread that runs Python code. Values are not
    /// `Send`, so each thread that creates objects (the program thread, or a
    /// unit test's thread) has its own built-in types.
    static REGISTRY: Cell<Option<&'static Builtins>> = const { Cell::new(None) };
}

/// The built-in types and singletons.
#[inline]
pub fn builtin() -> &'static Builtins {
    match REGISTRY.with(Cell::get) {
        Some(b) => b,
        None => init(),
    }
}

/// The built-in types if they were created on this thread, without
/// creating them: for the paths that free objects, whose existence implies
/// them (and which stay free of `init`'s call, so that they keep no
/// registers).
#[inline(always)]
pub fn builtin_if_ready() -> Option<&'static Builtins> {
    REGISTRY.with(Cell::get)
}

/// Have the built-in types been created (may `builtin()` be called
/// without starting their creation)?
pub fn builtins_ready() -> bool {
    REGISTRY.with(Cell::get).is_some()
}

/// Creates the built-in types. Idempotent.
pub fn init() -> &'static Builtins {
    if let Some(b) = REGISTRY.with(Cell::get) {
        return b;
    }
    let b: &'static Builtins = Box::leak(Box::new(typeobj::create_builtins()));
    REGISTRY.with(|r| r.set(Some(b)));
    typeobj::create_extra_types(b);
    // Types' methods come on first use; `publish_singletons` reads the
    // methods of list, set and dict, which fills those three.
    lazy::arm(b);
    publish_singletons(b);
    crate::ops::attr::cache::invalidate();
    b
}

/// The words of None, True, False, NotImplemented and a few types (see
/// `abi::SYM_SINGLETONS`), read by generated code through that symbol.
#[repr(transparent)]
pub struct Singletons(std::cell::UnsafeCell<[u64; crate::abi::SINGLETON_COUNT]>);
// SAFETY: written once by `init` on the program thread before compiled code
// runs; afterwards only read.
unsafe impl Sync for Singletons {}

#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static cranepy_singletons: Singletons =
    Singletons(std::cell::UnsafeCell::new([0; crate::abi::SINGLETON_COUNT]));

/// Counters generated code reads and bumps inline (`abi::SYM_COUNTERS`):
/// the type-lookup epoch (`ops::attr::cache`) and the next dict version
/// (`dict`). Global rather than per-thread so that compiled code can reach
/// them through a symbol; both only ever grow, so threads that share them
/// (unit tests) at worst see extra cache misses.
#[repr(transparent)]
pub struct Counters([std::sync::atomic::AtomicU64; abi::COUNTER_COUNT]);

#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static cranepy_counters: Counters = Counters([
    std::sync::atomic::AtomicU64::new(1),
    std::sync::atomic::AtomicU64::new(1),
    std::sync::atomic::AtomicU64::new(0),
]);

/// The counter at byte offset `at` (an `abi::COUNTER_*`).
#[inline]
pub fn counter(at: i32) -> &'static std::sync::atomic::AtomicU64 {
    &cranepy_counters.0[at as usize / 8]
}

/// Publishes the built-in functions generated code recognizes (from the
/// builtins namespace, which exists only after the types): `len`, `ord`,
/// `isinstance` and `abs` as `abi::SINGLETON_LEN` and its neighbours,
/// made immortal.
pub fn publish_builtin_functions() {
    let builtins = crate::eval::state::builtins_dict();
    for (name, offset) in [
        ("len", crate::abi::SINGLETON_LEN),
        ("ord", crate::abi::SINGLETON_ORD),
        ("isinstance", crate::abi::SINGLETON_ISINSTANCE),
        ("abs", crate::abi::SINGLETON_ABS),
    ] {
        let Some(f) = dict::get_str(&builtins, name) else {
            continue;
        };
        // Immortal, as in CPython 3.12: the inline paths of calls skip
        // its release, and its word stays its own even if `builtins` drops it.
        if let Some(h) = f.heap() {
            h.refcnt.set(crate::object::IMMORTAL);
        }
        let at = offset as usize / 8;
        // SAFETY: see `Singletons`; called before compiled code runs.
        unsafe { (*cranepy_singletons.0.get())[at] = f.word() };
    }
}

fn publish_singletons(b: &Builtins) {
    let words = [
        b.none.word(),
        b.true_.word(),
        b.false_.word(),
        b.not_implemented.word(),
        b.float.word(),
        b.list.word(),
        b.tuple.word(),
        iter::types().range_iterator.word(),
        iter::types().list_iterator.word(),
        b.dict.word(),
        b.function.word(),
        iter::types().tuple_iterator.word(),
        // `len`: filled by `publish_builtin_functions` once the builtins
        // exist.
        0,
        // (The type dict holds the descriptor for the rest of the program.)
        dict::get_str(type_data(&b.list).dict(), "append").map_or(0, |m| m.word()),
        b.str_.word(),
        iter::types().str_ascii_iterator.word(),
        str::latin1_table() as u64,
        // `ord`, `isinstance`: as `len`.
        0,
        0,
        b.set.word(),
        dict::get_str(type_data(&b.set).dict(), "add").map_or(0, |m| m.word()),
        dict::get_str(type_data(&b.set).dict(), "remove").map_or(0, |m| m.word()),
        dict::get_str(type_data(&b.set).dict(), "discard").map_or(0, |m| m.word()),
        dict::get_str(type_data(&b.dict).dict(), "get").map_or(0, |m| m.word()),
        dict::get_str(type_data(&b.list).dict(), "pop").map_or(0, |m| m.word()),
        b.module.word(),
        b.type_.word(),
        b.int.word(),
        b.coroutine.word(),
        // `abs`: as `len`.
        0,
        dict::get_str(type_data(&b.dict).dict(), "setdefault").map_or(0, |m| m.word()),
        b.range.word(),
        iter::types().enumerate.word(),
        dict::get_str(type_data(&b.dict).dict(), "keys").map_or(0, |m| m.word()),
        dict::get_str(type_data(&b.dict).dict(), "values").map_or(0, |m| m.word()),
        dict::get_str(type_data(&b.dict).dict(), "items").map_or(0, |m| m.word()),
        b.empty_tuple.word(),
        b.empty_str.word(),
        iter::types().zip.word(),
    ];
    // SAFETY: see `Singletons`; no generated code runs during `init`.
    unsafe { *cranepy_singletons.0.get() = words };
}

/// The `TypeData` of a type object.
#[inline]
pub fn type_data(t: &Obj) -> &TypeData {
    match t.payload() {
        Payload::Type(d) => d,
        _ => panic!("type_data on a non-type object"),
    }
}

/// `issubclass(a, b)` for type objects, by MRO.
pub fn is_subtype(a: &Obj, b: &Obj) -> bool {
    if a.is(b) {
        return true;
    }
    type_data(a).mro.borrow().iter().any(|t| t.is(b))
}

/// `isinstance(v, t)` for a type object `t`, without `__instancecheck__`.
pub fn is_instance(v: &Obj, t: &Obj) -> bool {
    let vt = v.ty_word();
    vt == t.word() || is_subtype(Obj::borrow(&vt), t)
}

/// Looks a name up along the MRO of `ty` (CPython's `_PyType_Lookup`).
pub fn lookup(ty: &Obj, name: &str) -> Option<Obj> {
    for t in type_data(ty).mro.borrow().iter() {
        if let Some(v) = dict::get_str(type_data(t).dict(), name) {
            return Some(v);
        }
    }
    None
}

/// Looks a special method up on the type of `v`.
pub fn lookup_special(v: &Obj, name: &str) -> Option<Obj> {
    // Through the method cache: callers probe special names on hot paths
    // (`__index__` of every slice, `__getitem__`, …).
    crate::ops::attr::cache::lookup(Obj::borrow(&v.ty_word()), name)
}

/// The layout of a type's instances.
pub fn layout(ty: &Obj) -> Layout {
    type_data(ty).layout
}

/// The `__name__` of a type.
pub fn type_name(ty: &Obj) -> String {
    type_data(ty).name.borrow().clone()
}

/// The `__name__` of the type of `v` (what CPython's messages quote).
pub fn type_name_of(v: &Obj) -> String {
    type_name(Obj::borrow(&v.ty_word()))
}

/// C3 linearization of `bases` for a new type `t` (excluding `t` itself).
pub fn compute_mro(bases: &[Obj]) -> PyResult<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(type_data(b).mro.borrow().iter().skip(1).cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            // CPython names the distinct heads of the lists left to merge.
            let mut heads: Vec<&Obj> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.into_iter().map(type_name).collect();
            return crate::errors::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Number of built-in exception types (see `errors::EXCEPTION_TABLE`).
pub fn exception_count() -> usize {
    EXCEPTION_TABLE.len()
}
