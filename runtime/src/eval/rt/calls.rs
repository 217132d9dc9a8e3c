//! Calls, `MAKE_FUNCTION` and `__build_class__` loading.

use super::{frame, opt, v, words};
use crate::abi::{MAKE_FN_ANNOTATIONS, MAKE_FN_CLOSURE, MAKE_FN_DEFAULTS, MAKE_FN_KWDEFAULTS};
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::eval::state::value_word;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::FunctionData;
use crate::types::{self, builtin, dict};
use std::cell::RefCell;

/// # Safety
/// `args` must point to `nargs` value words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_call(callable: u64, args: u64, nargs: u64, kwnames: u64) -> u64 {
    crate::object::gc::maybe_collect();
    // SAFETY: caller contract.
    let a = unsafe { words(args, nargs) };
    if kwnames == 0 {
        return value_word(ops::call::call_positional(v(&callable), a));
    }
    value_word(ops::call(v(&callable), a, opt(&kwnames)))
}

/// # Safety
/// `args` must point to `nargs + 2` words: method (or 0), self, arguments.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_call_method(args: u64, nargs: u64, kwnames: u64) -> u64 {
    let p = args as *const u64;
    // SAFETY: caller contract: slot 0 is readable.
    let m = unsafe { *p };
    let (callable, a) = if m != 0 {
        // SAFETY: slots 1..nargs+2 hold values.
        (Obj::borrow(&m), unsafe { words(args + 8, nargs + 1) })
    } else {
        // SAFETY: slot 1 holds the callable, slots 2.. the arguments.
        (unsafe { &*(p.add(1) as *const Obj) }, unsafe {
            words(args + 16, nargs)
        })
    };
    // Python functions called with exactly their positional parameters
    // (most calls) skip the generic protocol.
    if kwnames == 0
        && let Payload::Function(fd) = callable.payload()
    {
        if fd.direct.argc == a.len() as u64 {
            return value_word(crate::eval::call::call_direct(callable, fd, &[], a));
        }
        let cd = types::code::code_data(&fd.code);
        if cd.simple_positional && cd.argcount as usize == a.len() {
            return value_word(crate::eval::call::call_simple(callable, fd, cd, a));
        }
        if cd.simple_closure
            && !cd.is_generator_like()
            && cd.argcount as usize == a.len()
            && let Some(r) = crate::eval::call::call_simple_closure(callable, fd, cd, a)
        {
            return value_word(r);
        }
        if cd.simple_generator && cd.argcount as usize == a.len() {
            // A generator or coroutine function called with exactly its
            // positional parameters (`await leaf(x)`): its object, made
            // without `call_function`'s dispatch, after the safe point
            // below (it allocates).
            crate::object::gc::maybe_collect();
            return crate::eval::call::new_simple_generator(callable, fd, cd, a).into_word();
        }
    }
    // A safe point: the caller's values all sit in its frame (owned). The
    // fast path above allocates no objects, so it does not need one;
    // instance creation and built-in calls (`append`, …) come here.
    crate::object::gc::maybe_collect();
    if kwnames != 0 {
        return value_word(ops::call(callable, a, opt(&kwnames)));
    }
    value_word(match callable.payload() {
        // Other Python functions (generator functions, calls leaving
        // parameters to their defaults, ...): `call_function` picks the
        // shortest way, without the call protocol's dispatch.
        Payload::Function(_) => crate::eval::call::call_function(callable, a, None),
        // Built-in functions (`round(x)`, `math.floor(x)`) and method
        // descriptors (`xs.append(x)` pushes the descriptor and `xs`) go
        // straight to their implementation; `coro.send(v)` resumes the
        // coroutine without the call protocol.
        Payload::Builtin(b) => match types::generator::call_send_method(callable, a) {
            Some(r) => r,
            None => ops::call::call_builtin(b, a, &[]),
        },
        // Types and other callables.
        _ => ops::call::call_positional(callable, a),
    })
}

/// `Cls(args)` in generated code, whose callable's type is `type`, on the
/// `rt_call_method` array `args` (its method slot 0 is NULL): when
/// `types::typeobj::direct_ctor` allows, writes the new instance to slot 0
/// and returns the `__init__` (a Python function taking the instance and
/// the `nargs` arguments), both owned, for generated code to enter
/// directly, and fills the call's `abi::CTOR_SITE_WORDS` site `site` with
/// the class and that `__init__` (`rt_ctor_new` then makes the next
/// instances). Otherwise makes the call as `rt_call_method` would, writes
/// its result (0 with an exception) to slot 0 and returns 0.
///
/// # Safety
/// As `rt_call_method`, with slot 0 writable; `site` is the call's site.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_ctor_enter(args: u64, nargs: u64, site: u64) -> u64 {
    // The safe point of the generic path, which this one replaces: the
    // caller's values all sit in its frame.
    crate::object::gc::maybe_collect();
    let p = args as *mut u64;
    // SAFETY: caller contract: slot 1 holds the class, slots 2.. the
    // arguments.
    let (cls, a) = unsafe { (Obj::borrow(&*p.add(1)), words(args + 16, nargs)) };
    // `int(s)`, `str(i)`, `float(s)`: the conversion, without the class
    // call's dispatch.
    if let [x] = a
        && let Some(r) = ops::call::call_scalar_type(cls.word(), x)
    {
        // SAFETY: caller contract.
        unsafe { *p = value_word(r) };
        return 0;
    }
    let (first, init) = match types::typeobj::direct_ctor(cls, nargs + 1) {
        Some((obj, init)) => {
            let site = site as *mut u64;
            // SAFETY: caller contract: the site's three words are ours.
            // Borrowed words (`abi::CTOR_SITE_WORDS`).
            unsafe {
                *site = cls.word();
                *site.add(1) = init.word();
                *site.add(2) = ops::attr::cache::epoch();
            }
            (obj.into_word(), init.into_word())
        }
        None => (value_word(ops::call::call_positional(cls, a)), 0),
    };
    // SAFETY: caller contract.
    unsafe { *p = first };
    init
}

/// The new instance for a `Cls(args)` whose site (`abi::CTOR_SITE_WORDS`)
/// names the class `cls` (borrowed): after the safe point, while the
/// site's epoch is current and its `__init__` still takes `argc`
/// arguments directly, a new plain instance (owned; generated code then
/// enters the site's `__init__`); else 0, and generated code goes the
/// `rt_ctor_enter` way (a finalizer the collection ran may have changed
/// the class).
///
/// # Safety
/// `site` is that call's site.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_ctor_new(cls: u64, site: u64, argc: u64) -> u64 {
    crate::object::gc::maybe_collect();
    let site = site as *const u64;
    // SAFETY: caller contract.
    let (init, epoch) = unsafe { (*site.add(1), *site.add(2)) };
    if epoch != ops::attr::cache::epoch() {
        return 0;
    }
    match Obj::borrow(&init).payload() {
        Payload::Function(fd) if fd.direct.argc == argc => {
            types::typeobj::new_plain_instance(Obj::borrow(&cls)).into_word()
        }
        _ => 0,
    }
}

/// The end of an `rt_ctor_enter` call: the instance `obj`, or 0 with the
/// exception `__init__` raised (its result word `result` is 0) or the
/// TypeError of a result other than None. Consumes both words.
#[unsafe(no_mangle)]
pub extern "C" fn rt_ctor_done(obj: u64, result: u64) -> u64 {
    match (Obj::from_word(obj), Obj::from_word(result)) {
        (Some(obj), Some(r)) => value_word(types::typeobj::init_result(obj, &r)),
        _ => 0,
    }
}

/// `isinstance(obj, cls)` called through the built-in (generated code has
/// checked the callable and answered an exact type match itself).
#[unsafe(no_mangle)]
pub extern "C" fn rt_isinstance(obj: u64, cls: u64) -> u64 {
    let bi = builtin();
    if let Some(answer) = static_type_instance(obj, cls, bi) {
        // (The immortal bools need no reference.)
        return if answer {
            bi.true_.word()
        } else {
            bi.false_.word()
        };
    }
    isinstance_slow(obj, cls)
}

/// `isinstance(obj, cls)` when the MRO of `obj`'s built-in type answers
/// it (None otherwise): `cls`'s metaclass is exactly `type` (so its
/// `__instancecheck__` is `type`'s) and that type is not a heap type (so
/// the instance claims no other `__class__`, and the MRO cannot change).
/// The miss of `isinstance(value, int)` for a str `value`, without
/// `is_instance`'s dispatch.
#[inline]
fn static_type_instance(obj: u64, cls: u64, bi: &types::Builtins) -> Option<bool> {
    let c = v(&cls).heap()?;
    if c.ty.get() != bi.type_.word() {
        return None;
    }
    let tw = v(&obj).heap().map_or_else(|| bi.int.word(), |h| h.ty.get());
    let Payload::Type(td) = Obj::borrow(&tw).payload() else {
        return None;
    };
    if td.heap {
        return None;
    }
    Some(tw == cls || td.mro.borrow().iter().any(|t| t.word() == cls))
}

/// `isinstance(obj, cls)` with the full protocol (`__instancecheck__`,
/// tuples, unions, heap types).
#[cold]
#[inline(never)]
fn isinstance_slow(obj: u64, cls: u64) -> u64 {
    value_word(crate::builtins::introspect::is_instance(v(&obj), v(&cls)).map(types::int::new_bool))
}

/// `_PyObject_FunctionStr`: "module.qualname()" (module omitted for builtins).
pub fn function_str(f: &Obj) -> String {
    let (qualname, module) = match f.payload() {
        Payload::Function(fd) => (
            Some(fd.qualname.borrow().clone()),
            Some(fd.module.borrow().clone()),
        ),
        Payload::Method(func, _) => return function_str(func),
        _ => {
            let q = ops::getattr_opt(f, "__qualname__").ok().flatten();
            let m = ops::getattr_opt(f, "__module__").ok().flatten();
            (q, m)
        }
    };
    let Some(q) = qualname else {
        return ops::str_string(f).unwrap_or_default();
    };
    let q = ops::str_string(&q).unwrap_or_default();
    match module {
        Some(m) if !m.is(&builtin().none) => {
            let ms = ops::str_string(&m).unwrap_or_default();
            if ms == "builtins" {
                format!("{q}()")
            } else {
                format!("{ms}.{q}()")
            }
        }
        _ => format!("{q}()"),
    }
}

fn call_ex(callable: &Obj, args: &Obj, kwargs: Option<&Obj>) -> PyResult<Obj> {
    let mut all: Vec<Obj> = match args.payload() {
        Payload::Tuple(t) => t.to_vec(),
        Payload::List(l) => l.borrow().clone(),
        _ => match ops::iterate(args) {
            Ok(v) => v,
            Err(e) if e.matches(Exc::TypeError) && !is_iterable(args) => {
                return type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    function_str(callable),
                    types::type_name_of(args)
                ));
            }
            Err(e) => return Err(e),
        },
    };
    let Some(kw) = kwargs else {
        return ops::call(callable, &all, None);
    };
    let pairs = match kw.payload() {
        Payload::Dict(_) => dict::items(kw),
        _ => {
            let d = dict::new_dict();
            dict_update(&d, kw)?;
            dict::items(&d)
        }
    };
    if pairs.is_empty() {
        return ops::call(callable, &all, None);
    }
    let mut names = Vec::with_capacity(pairs.len());
    for (k, val) in pairs {
        if !matches!(k.payload(), Payload::Str(_)) {
            return type_error("keywords must be strings");
        }
        names.push(k);
        all.push(val);
    }
    let kwnames = types::tuple::new_tuple(names);
    ops::call(callable, &all, Some(&kwnames))
}

/// Does `v`'s type support iteration (`__iter__` or the sequence protocol)?
pub fn is_iterable(v: &Obj) -> bool {
    types::lookup_special(v, "__iter__").is_some()
        || types::lookup_special(v, "__getitem__").is_some()
        || matches!(
            v.payload(),
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Range(_)
                | Payload::Iter(_)
                | Payload::Generator(_)
        )
}

/// `PyDict_Update(d, other)`: a dict, or anything with `keys()` and
/// `__getitem__`. AttributeError from a missing `keys` propagates.
pub fn dict_update(d: &Obj, other: &Obj) -> PyResult<()> {
    dict::merge(d, other, dict::MergeMode::Override)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_call_ex(callable: u64, args: u64, kwargs: u64) -> u64 {
    value_word(call_ex(v(&callable), v(&args), opt(&kwargs)))
}

thread_local! {
    /// The hash of `"__name__"` (str hashes are fixed for the process).
    static NAME_HASH: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) };
    /// The last `__name__` lookup: (globals version, value word). A dict
    /// version names one state of one dict, so while it holds the dict
    /// still owns that value (a borrowed word, never 0-versioned).
    static MODULE_CACHE: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
}

/// `globals["__name__"]` for a new function's `__module__`, without hashing
/// the key again for every function made (comprehensions and closures
/// make one per run).
fn module_name(globals: &Obj) -> Option<Obj> {
    let version = dict::table(globals)
        .and_then(|t| t.try_borrow().ok().map(|t| t.version()))
        .unwrap_or(0);
    if version != 0 {
        let (v0, w) = MODULE_CACHE.with(std::cell::Cell::get);
        if v0 == version {
            return Some(Obj::borrow(&w).clone());
        }
    }
    let found = module_name_lookup(globals);
    if version != 0
        && let Some(m) = &found
    {
        MODULE_CACHE.with(|c| c.set((version, m.word())));
    }
    found
}

fn module_name_lookup(globals: &Obj) -> Option<Obj> {
    let hash = NAME_HASH.with(|h| {
        h.get().unwrap_or_else(|| {
            let hash = types::list::util::hash_text("__name__");
            h.set(Some(hash));
            hash
        })
    });
    dict::get_str_hashed(globals, "__name__", hash)
}

pub(super) fn make_function(
    f: &crate::eval::frame::Frame,
    code: &Obj,
    flags: u64,
    extras: u64,
) -> PyResult<Obj> {
    let b = builtin();
    let Some(cd) = types::code::as_code(code) else {
        return type_error("MAKE_FUNCTION expects a code object");
    };
    let mut p = extras as *const u64;
    let mut next = || -> Obj {
        // SAFETY: the compiler passes one word per flag bit set, in order.
        let w = unsafe { *p };
        // SAFETY: as above.
        p = unsafe { p.add(1) };
        Obj::borrow(&w).clone()
    };
    let defaults = (flags & MAKE_FN_DEFAULTS != 0).then(&mut next);
    let kwdefaults = (flags & MAKE_FN_KWDEFAULTS != 0).then(&mut next);
    let annotations = (flags & MAKE_FN_ANNOTATIONS != 0).then(&mut next);
    let closure = (flags & MAKE_FN_CLOSURE != 0).then(&mut next);
    let annotations = match annotations {
        Some(a) => match a.payload() {
            Payload::Tuple(items) => {
                let d = dict::new_dict();
                for pair in items.chunks(2) {
                    if let [k, val] = pair {
                        dict::set_item(&d, k, val.clone())?;
                    }
                }
                Some(d)
            }
            Payload::Dict(_) => Some(a),
            _ => None,
        },
        None => None,
    };
    let globals = f.globals_obj().clone();
    let module = module_name(&globals).unwrap_or_else(|| b.none.clone());
    let doc = types::tuple::as_slice(&cd.consts)
        .and_then(|c| c.first())
        .filter(|c| matches!(c.payload(), Payload::Str(_)))
        .cloned()
        .unwrap_or_else(|| b.none.clone());
    Ok(Obj::new(
        &b.function,
        Payload::Function(Box::new(FunctionData {
            code: code.clone(),
            globals,
            builtins: f.builtins_obj().clone(),
            direct: crate::types::function::DirectCall::of(cd, closure.as_ref()),
            name: RefCell::new(cd.name.clone()),
            qualname: RefCell::new(cd.qualname.clone()),
            module: RefCell::new(module),
            doc: RefCell::new(doc),
            defaults: RefCell::new(defaults.filter(|d| !d.is(&b.none))),
            kwdefaults: RefCell::new(kwdefaults.filter(|d| !d.is(&b.none))),
            annotations: RefCell::new(annotations),
            closure: closure.filter(|c| !c.is(&b.none)),
        })),
    ))
}

/// # Safety
/// `frame_w` must be the calling frame and `extras` must hold one word per
/// flag bit set.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_make_function(frame_w: u64, code: u64, flags: u64, extras: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    value_word(make_function(f, v(&code), flags, extras))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_load_build_class() -> u64 {
    let d = crate::eval::state::builtins_dict();
    value_word(match dict::get_str(&d, "__build_class__") {
        Some(x) => Ok(x),
        None => Err(PyErr::new(Exc::NameError, "__build_class__ not found")),
    })
}
