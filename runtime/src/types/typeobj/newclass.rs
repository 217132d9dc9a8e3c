//! Class creation: `type.__call__` (instantiation: `__new__` then
//! `__init__`), `type.__new__` / `type(name, bases, ns)` (layout, MRO,
//! namespace handling, `__slots__`, `__classcell__`, `__set_name__`,
//! `__init_subclass__`), metaclass calculation and `__build_class__`.

use crate::errors::{Exc, PyErr, PyResult, exc_data, raise, type_error};
use crate::object::{Obj, Payload};
use crate::ops::{self, call::call_unbound, call::is_builtin_slot, call::prepend};
use crate::types::function::descr::{new_classmethod, new_member, new_staticmethod};
use crate::types::function::{Kwargs, instance_dict_get, instance_dict_set};
use crate::types::{
    self, Layout, TypeData, builtin, dict, is_subtype, type_data, type_name, type_name_of,
};
use std::cell::RefCell;

fn is_type(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Type(_))
}

fn is_none(v: &Obj) -> bool {
    matches!(v.payload(), Payload::None)
}

/// `type.__call__(cls, *args, **kwargs)`: creates an instance with
/// `cls.__new__` and initialises it with `__init__` when it is an instance
/// of `cls`. `type(x)` returns the type of `x`.
pub fn type_call(cls: &Obj, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    // (`plain_init` is `CTOR_GENERIC` for `type` itself, a built-in type.)
    match plain_init(cls) {
        CTOR_OBJECT_INIT if args.is_empty() && kwargs.is_empty() => {
            return Ok(Obj::new_instance(cls));
        }
        CTOR_OBJECT_INIT => {}
        CTOR_GENERIC => {
            if cls.is(&builtin().type_) {
                if args.len() == 1 && kwargs.is_empty() {
                    return Ok(args[0].ty());
                }
                if args.len() != 3 {
                    return type_error("type() takes 1 or 3 arguments");
                }
            }
        }
        s if s & CTOR_TAG_MASK == CTOR_BUILTIN_NEW => {
            // A built-in type whose `__init__` is object's (`zip`,
            // `enumerate`, `range`, …): its `__new__` makes the object.
            let w = s & !CTOR_TAG_MASK;
            let obj = ops::call::call_builtin_new(Obj::borrow(&w), cls, args, kwargs)?;
            if obj.ty_word() == cls.word() {
                return Ok(obj);
            }
            return init_new_instance(cls, Obj::borrow(&w), obj, args, kwargs);
        }
        init => {
            let obj = new_plain_instance(cls);
            // Owned for the call: `__init__` may change the class.
            let init = Obj::borrow(&init).clone();
            let r = call_unbound(&init, &obj, args, kwargs)?;
            return init_result(obj, &r);
        }
    }
    let Some(new) = ops::attr::cache::lookup(cls, "__new__") else {
        return type_error(format!("cannot create '{}' instances", type_name(cls)));
    };
    let f = ops::attr::descr_get(&new, None, cls)?;
    let obj = ops::call_kw(&f, &prepend(cls, args), kwargs)?;
    init_new_instance(cls, &new, obj, args, kwargs)
}

/// A new instance of the plain class `cls` for its `__init__` to fill:
/// unless `__init__` stores inline values (`types::instance`), with the
/// dict it filled before, at that size, so that generated code can append
/// its first stores inline.
pub fn new_plain_instance(cls: &Obj) -> Obj {
    let obj = Obj::new_instance(cls);
    let td = type_data(cls);
    let hint = td.dict_hint.get();
    if hint > 0 && !td.inline_ok.get() {
        obj.set_dict(Some(types::dict::new_dict_with_capacity(hint as usize)));
    }
    obj
}

/// For generated code calling the class `cls` with `argc - 1` positional
/// arguments (CPython 3.12's `CALL_ALLOC_AND_ENTER_INIT`): when the call
/// only allocates a plain instance and runs a Python `__init__` that takes
/// the instance and those arguments without binding (`plain_init`), the
/// new instance and that `__init__` (owned: it may change the class);
/// None (nothing done) for any other class or count. The caller ends the
/// call with `init_result`.
pub fn direct_ctor(cls: &Obj, argc: u64) -> Option<(Obj, Obj)> {
    if !matches!(cls.payload(), Payload::Type(_)) {
        return None;
    }
    let state = plain_init(cls);
    if state == CTOR_GENERIC || state & CTOR_TAG_MASK != 0 {
        return None;
    }
    let init = Obj::borrow(&state);
    match init.payload() {
        Payload::Function(fd) if fd.direct.argc == argc => {
            Some((new_plain_instance(cls), init.clone()))
        }
        _ => None,
    }
}

/// The end of `type_call` once `new` (found on `cls`) made `obj`: runs
/// `__init__` when `obj` is an instance of `cls`.
fn init_new_instance(
    cls: &Obj,
    new: &Obj,
    obj: Obj,
    args: &[Obj],
    kwargs: &Kwargs,
) -> PyResult<Obj> {
    if !types::is_instance(&obj, cls) {
        return Ok(obj);
    }
    let ot = obj.ty();
    if let Some(init) = ops::attr::cache::lookup(&ot, "__init__") {
        // `object.__init__` of a type that overrides `__new__` (int, str,
        // float, …) does nothing (its excess-arguments check only applies
        // when `__new__` is object's own): skip the call.
        if is_object_slot(&init, "__init__") && !is_object_slot(new, "__new__") && ot.is(cls) {
            return Ok(obj);
        }
        let r = call_unbound(&init, &obj, args, kwargs)?;
        return init_result(obj, &r);
    }
    Ok(obj)
}

/// The new instance `obj`, after its `__init__` returned `r`. The size
/// of the dict `__init__` filled presizes the next instances' dicts (their
/// stores then never grow the table, even while no instance was freed yet).
pub fn init_result(obj: Obj, r: &Obj) -> PyResult<Obj> {
    if !is_none(r) {
        return init_not_none(r);
    }
    if let Some(h) = obj.heap() {
        let (ty, d) = (h.ty.get(), h.dict.get());
        if d != 0 {
            crate::types::finalize::note_dict_size(Obj::borrow(&ty), Obj::borrow(&d));
        }
    }
    Ok(obj)
}

#[cold]
fn init_not_none(r: &Obj) -> PyResult<Obj> {
    type_error(format!(
        "__init__() should return None, not '{}'",
        type_name_of(r)
    ))
}

/// `plain_init`: calling the type takes the generic path.
const CTOR_GENERIC: u64 = 0;
/// `plain_init`: instances come from `object.__new__` and `object.__init__`.
const CTOR_OBJECT_INIT: u64 = 1;
/// `plain_init`: the low bits of a built-in type's state that holds its
/// built-in `__new__` (the rest of the word; objects are 8-aligned) when
/// its `__init__` is object's.
const CTOR_BUILTIN_NEW: u64 = 2;
const CTOR_TAG_MASK: u64 = 7;

/// How calling the class `cls` creates an instance, cached in the type
/// while the type-lookup epoch holds (`heap_ctor`, `builtin_ctor`).
fn plain_init(cls: &Obj) -> u64 {
    let td = type_data(cls);
    let epoch = ops::attr::cache::epoch();
    let (at, state) = td.ctor.get();
    if at == epoch {
        return state;
    }
    let state = if td.heap {
        heap_ctor(cls)
    } else {
        builtin_ctor(cls)
    };
    td.ctor.set((epoch, state));
    state
}

/// `plain_init` of a heap class: when its `__new__` is `object.__new__`
/// and nothing else about the class (a built-in layout, abstract methods)
/// needs `object.__new__`'s checks, a call only allocates the instance and
/// runs `__init__`. Returns `CTOR_GENERIC`, `CTOR_OBJECT_INIT`, or the
/// `__init__` to call (a borrowed word: the class holds it until its
/// namespace changes, which retires the cache).
fn heap_ctor(cls: &Obj) -> u64 {
    let td = type_data(cls);
    let plain = td.layout == Layout::Object
        && dict::get_str(td.dict(), "__abstractmethods__").is_none()
        && ops::attr::cache::lookup(cls, "__new__").is_some_and(|n| is_object_slot(&n, "__new__"));
    match ops::attr::cache::lookup(cls, "__init__") {
        Some(i) if plain && is_object_slot(&i, "__init__") => CTOR_OBJECT_INIT,
        // Only Python functions: other callables may be released while
        // the cache still names them.
        Some(i) if plain && matches!(i.payload(), Payload::Function(_)) => i.word(),
        _ => CTOR_GENERIC,
    }
}

/// `plain_init` of a built-in type: `CTOR_BUILTIN_NEW` with its `__new__`
/// when that is a built-in of its own and `__init__` is object's (calling
/// the type only runs `__new__`), else `CTOR_GENERIC` (`type` itself
/// answers `type(x)` on the generic path).
fn builtin_ctor(cls: &Obj) -> u64 {
    if cls.is(&builtin().type_) {
        return CTOR_GENERIC;
    }
    let new = ops::attr::cache::lookup(cls, "__new__");
    let init = ops::attr::cache::lookup(cls, "__init__");
    match (new, init) {
        (Some(n), Some(i))
            if matches!(n.payload(), Payload::Builtin(_))
                && !is_object_slot(&n, "__new__")
                && is_object_slot(&i, "__init__") =>
        {
            // (Borrowed: a built-in type's namespace never changes.)
            n.word() | CTOR_BUILTIN_NEW
        }
        _ => CTOR_GENERIC,
    }
}

/// Is `d` one of `object`'s own built-in methods named `name`?
pub fn is_object_slot(d: &Obj, name: &str) -> bool {
    is_builtin_slot(d, &builtin().object, name)
}

/// `object.__new__(cls)`: allocates a plain instance after CPython's checks
/// (excess arguments, abstract classes, layout).
pub fn object_new_instance(cls: &Obj, has_args: bool) -> PyResult<Obj> {
    if has_args {
        let new_overridden = ops::attr::cache::lookup(cls, "__new__")
            .is_some_and(|n| !is_object_slot(&n, "__new__"));
        if new_overridden {
            return type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            );
        }
        let init_default = ops::attr::cache::lookup(cls, "__init__")
            .is_none_or(|i| is_object_slot(&i, "__init__"));
        if init_default {
            return type_error(format!("{}() takes no arguments", type_name(cls)));
        }
    }
    let td = type_data(cls);
    // (Every instantiation asks: a key object with a cached hash keeps the
    // check from hashing the name each time.)
    thread_local! {
        static ABSTRACT_METHODS: Obj = types::str::new_str("__abstractmethods__");
    }
    let abstract_methods = ABSTRACT_METHODS.with(|k| dict::get_item(td.dict(), k))?;
    if let Some(am) = abstract_methods {
        let names = ops::iterate(&am)?;
        if !names.is_empty() {
            let mut strs: Vec<String> = Vec::new();
            for n in &names {
                strs.push(ops::str_string(n)?);
            }
            strs.sort();
            return type_error(format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                type_name(cls),
                if strs.len() > 1 { "s" } else { "" },
                strs.join(", ")
            ));
        }
    }
    if td.layout != Layout::Object {
        let mro = td.mro.borrow().clone();
        let base = mro
            .iter()
            .find(|t| !type_data(t).heap && type_data(t).layout != Layout::Object)
            .cloned()
            .unwrap_or_else(|| cls.clone());
        return type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            type_name(cls),
            type_name(&base)
        ));
    }
    if !td.heap && !cls.is(&builtin().object) {
        return type_error(format!("cannot create '{}' instances", type_name(cls)));
    }
    Ok(Obj::new_instance(cls))
}

/// The most derived metaclass among `meta` and the types of `bases`.
pub fn calculate_metaclass(meta: &Obj, bases: &[Obj]) -> PyResult<Obj> {
    let mut winner = meta.clone();
    for base in bases {
        let bt = base.ty();
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        );
    }
    Ok(winner)
}

/// Layouts whose instances have a variable size (no non-empty `__slots__`,
/// no `__weakref__`).
fn is_var_sized(l: Layout) -> bool {
    matches!(
        l,
        Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes | Layout::Type
    )
}

/// Does the type add instance state beyond `base` (CPython's `extra_ivars`)?
fn extra_ivars(t: &Obj, base: &Obj) -> bool {
    let td = type_data(t);
    if td.heap {
        return td
            .slots
            .borrow()
            .as_ref()
            .is_some_and(|s| s.iter().any(|x| x != "__dict__" && x != "__weakref__"));
    }
    td.layout != type_data(base).layout
}

/// CPython's `solid_base`: the nearest ancestor that fixes the layout.
fn solid_base(t: &Obj) -> Obj {
    let first = type_data(t).bases.borrow().first().cloned();
    let base = match first {
        Some(b) => solid_base(&b),
        None => builtin().object.clone(),
    };
    if extra_ivars(t, &base) {
        t.clone()
    } else {
        base
    }
}

/// CPython's `best_base`: the base whose layout the new class extends.
fn best_base(bases: &[Obj]) -> PyResult<Obj> {
    let mut winner: Option<Obj> = None;
    let mut base: Option<Obj> = None;
    for b in bases {
        let cand = solid_base(b);
        match &winner {
            None => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(w) if is_subtype(w, &cand) => {}
            Some(w) if is_subtype(&cand, w) => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(_) => return type_error("multiple bases have instance lay-out conflict"),
        }
    }
    Ok(base.unwrap_or_else(|| builtin().object.clone()))
}

/// Do instances of `t` already have a `__dict__`?
fn base_has_dict(t: &Obj) -> bool {
    let td = type_data(t);
    if td.heap {
        return !ops::attr::slots_restricted(t);
    }
    matches!(
        td.layout,
        Layout::BaseException | Layout::Type | Layout::Module
    )
}

/// Do instances of `t` already support weak references?
fn base_has_weakref(t: &Obj) -> bool {
    for c in type_data(t).mro.borrow().iter() {
        let cd = type_data(c);
        if cd.heap {
            match &*cd.slots.borrow() {
                None => return true,
                Some(s) if s.iter().any(|x| x == "__weakref__") => return true,
                Some(_) => {}
            }
        } else if matches!(
            cd.layout,
            Layout::Type | Layout::Set | Layout::FrozenSet | Layout::Module
        ) {
            return true;
        }
    }
    false
}

/// Private name mangling (`__x` in class `Foo` → `_Foo__x`).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// The name of the running module (`__name__` of the current globals).
fn current_module_name() -> Option<Obj> {
    let g = current_globals()?;
    dict::get_str(&g, "__name__")
}

/// The globals of the innermost running frame.
fn current_globals() -> Option<Obj> {
    crate::eval::current_globals()
}

/// Runs a class body function with `ns` as its locals; returns the
/// `__class__` cell (or None).
fn run_class_body(func: &Obj, ns: &Obj) -> PyResult<Obj> {
    crate::eval::run_class_body(func, ns)
}

/// `type(name, bases, ns)` with metaclass `meta`.
pub fn new_class(meta: &Obj, name: &str, bases: &[Obj], ns: &Obj) -> PyResult<Obj> {
    new_class_kw(meta, name, bases, ns, &[])
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`; the keywords go to
/// `__init_subclass__`.
pub fn new_class_kw(
    meta: &Obj,
    name: &str,
    bases: &[Obj],
    ns: &Obj,
    kwargs: &Kwargs,
) -> PyResult<Obj> {
    let b = builtin();
    let winner = calculate_metaclass(meta, bases)?;
    if !winner.is(meta)
        && let Some(wn) = types::lookup(&winner, "__new__")
        && !is_builtin_slot(&wn, &b.type_, "__new__")
    {
        let f = ops::attr::descr_get(&wn, None, &winner)?;
        let args = [
            winner.clone(),
            types::str::new_str(name),
            types::tuple::new_tuple(bases.to_vec()),
            ns.clone(),
        ];
        return ops::call_kw(&f, &args, kwargs);
    }
    let meta = winner;
    let bases: Vec<Obj> = if bases.is_empty() {
        vec![b.object.clone()]
    } else {
        bases.to_vec()
    };
    for base in &bases {
        if !is_type(base) {
            return type_error("bases must be types");
        }
        if !type_data(base).base_ok {
            return type_error(format!(
                "type '{}' is not an acceptable base type",
                type_name(base)
            ));
        }
    }
    for (i, x) in bases.iter().enumerate() {
        if bases[i + 1..].iter().any(|y| y.is(x)) {
            return type_error(format!("duplicate base class {}", type_name(x)));
        }
    }
    let best = best_base(&bases)?;
    let layout = type_data(&best).layout;

    // The namespace, copied.
    let d = dict::new_dict();
    for (k, v) in dict::items(ns) {
        dict::set_item(&d, &k, v)?;
    }
    if dict::get_str(&d, "__module__").is_none()
        && let Some(m) = current_module_name()
    {
        dict::set_str(&d, "__module__", m);
    }
    let qualname = match dict::get_str(&d, "__qualname__") {
        Some(q) => {
            let Some(qs) = types::str::as_str(&q) else {
                return type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name_of(&q)
                ));
            };
            let qs = qs.to_string();
            dict::del_item(&d, &types::str::new_str("__qualname__"))?;
            qs
        }
        None => name.to_string(),
    };
    if let Some(f) = dict::get_str(&d, "__new__")
        && matches!(f.payload(), Payload::Function(_))
    {
        dict::set_str(&d, "__new__", new_staticmethod(&f));
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_str(&d, cm)
            && matches!(f.payload(), Payload::Function(_))
        {
            dict::set_str(&d, cm, new_classmethod(&f));
        }
    }

    // __slots__ and the implicit __dict__/__weakref__ attributes.
    let may_add_dict = !base_has_dict(&best);
    let may_add_weak = !base_has_weakref(&best) && !is_var_sized(layout);
    let mut add_dict = may_add_dict;
    let mut add_weak = may_add_weak;
    let mut slots: Option<Vec<String>> = None;
    let mut members: Vec<String> = Vec::new();
    if let Some(sl) = dict::get_str(&d, "__slots__") {
        let items = if matches!(sl.payload(), Payload::Str(_)) {
            vec![sl.clone()]
        } else {
            ops::iterate(&sl)?
        };
        add_dict = false;
        add_weak = false;
        let mut names = Vec::new();
        for it in &items {
            let Some(s) = types::str::as_str(it) else {
                return type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name_of(it)
                ));
            };
            if !is_identifier(s) {
                return type_error("__slots__ must be identifiers");
            }
            if s == "__dict__" {
                if !may_add_dict || add_dict {
                    return type_error("__dict__ slot disallowed: we already got one");
                }
                add_dict = true;
                names.push(s.to_string());
                continue;
            }
            if s == "__weakref__" {
                if !may_add_weak || add_weak {
                    return type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    );
                }
                add_weak = true;
                names.push(s.to_string());
                continue;
            }
            let m = mangle(name, s);
            if dict::get_str(&d, &m).is_some() {
                return raise(
                    Exc::ValueError,
                    format!("'{m}' in __slots__ conflicts with class variable"),
                );
            }
            members.push(m.clone());
            names.push(m);
        }
        if !members.is_empty() && is_var_sized(layout) {
            return type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                type_name(&solid_base(&best))
            ));
        }
        slots = Some(names);
    }

    let t = Obj::new(
        &meta,
        Payload::Type(Box::new(TypeData {
            qualname: RefCell::new(qualname),
            heap: true,
            base_ok: true,
            slots: RefCell::new(slots),
            ..TypeData::new(name, bases.clone(), d.clone(), layout)
        })),
    );
    let mro = compute_class_mro(&t, &meta, &bases)?;
    let td = type_data(&t);
    td.inline_ok.set(types::instance::eligible(td, &mro));
    *td.mro.borrow_mut() = mro;
    register_subclass(&t, &bases);

    let first = types::slots::first_index(&t);
    for (i, m) in members.iter().enumerate() {
        dict::set_str(&d, m, new_member(&t, m, first + i));
    }
    if add_dict {
        dict::set_str(
            &d,
            "__dict__",
            super::new_getset(
                &t,
                "__dict__",
                instance_dict_get,
                Some(instance_dict_set),
                false,
            ),
        );
    }
    if add_weak {
        dict::set_str(
            &d,
            "__weakref__",
            super::new_getset(&t, "__weakref__", weakref_get, None, false),
        );
    }
    if dict::get_str(&d, "__doc__").is_none() {
        dict::set_str(&d, "__doc__", b.none.clone());
    }
    if dict::get_str(&d, "__eq__").is_some() && dict::get_str(&d, "__hash__").is_none() {
        dict::set_str(&d, "__hash__", b.none.clone());
    }
    if let Some(cell) = dict::get_str(&d, "__classcell__") {
        match cell.payload() {
            Payload::Cell(c) => {
                let old = c.replace(Some(t.clone()));
                drop(old);
            }
            _ => {
                return type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    super::type_repr(&cell.ty())
                ));
            }
        }
        dict::del_item(&d, &types::str::new_str("__classcell__"))?;
    }

    // Lookups made while the namespace was being completed (a custom
    // `mro()`) must not survive.
    ops::attr::cache::invalidate();

    // __set_name__ on the namespace's descriptors.
    for (k, v) in dict::items(&d) {
        if let Some(sn) = types::lookup_special(&v, "__set_name__")
            && let Err(e) = call_unbound(&sn, &v, &[t.clone(), k.clone()], &[])
        {
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                type_name_of(&v),
                ops::repr_string(&k)?,
                name
            );
            let ne = PyErr::new(Exc::RuntimeError, msg);
            if let Some(ed) = exc_data(&ne.0) {
                *ed.cause.borrow_mut() = Some(e.0.clone());
                *ed.context.borrow_mut() = Some(e.0.clone());
            }
            return Err(ne);
        }
    }

    // super(t, t).__init_subclass__(**kwargs)
    let mro: Vec<Obj> = type_data(&t).mro.borrow().clone();
    for base in mro.iter().skip(1) {
        if let Some(f) = dict::get_str(type_data(base).dict(), "__init_subclass__") {
            let bound = ops::attr::descr_get(&f, None, &t)?;
            ops::call_kw(&bound, &[], kwargs)?;
            break;
        }
    }
    Ok(t)
}

thread_local! {
    /// Heap classes by base (for `type.__subclasses__`), in creation order.
    static SUBCLASSES: RefCell<std::collections::HashMap<u64, Vec<Obj>>> =
        RefCell::new(std::collections::HashMap::new());
}

/// Records `t` as a direct subclass of each of `bases`.
pub(super) fn register_subclass(t: &Obj, bases: &[Obj]) {
    SUBCLASSES.with(|s| {
        let mut s = s.borrow_mut();
        for b in bases {
            s.entry(b.word()).or_default().push(t.clone());
        }
    });
}

/// Forgets `t` as a subclass of `bases` (its `__bases__` changed).
pub(super) fn unregister_subclass(t: &Obj, bases: &[Obj]) {
    SUBCLASSES.with(|s| {
        let mut s = s.borrow_mut();
        for b in bases {
            if let Some(v) = s.get_mut(&b.word()) {
                v.retain(|x| !x.is(t));
            }
        }
    });
}

/// The direct subclasses of `t` (classes created by `class` statements or
/// `type()`; built-in types are not tracked as subclasses).
pub fn subclasses(t: &Obj) -> Vec<Obj> {
    SUBCLASSES.with(|s| s.borrow().get(&t.word()).cloned().unwrap_or_default())
}

fn weakref_get(_a: &[Obj]) -> PyResult<Obj> {
    Ok(builtin().none.clone())
}

/// The MRO of a new class: `meta.mro()` when the metaclass overrides it,
/// C3 otherwise.
fn compute_class_mro(t: &Obj, meta: &Obj, bases: &[Obj]) -> PyResult<Vec<Obj>> {
    if let Some(m) = types::lookup(meta, "mro")
        && !is_builtin_slot(&m, &builtin().type_, "mro")
    {
        let r = call_unbound(&m, t, &[], &[])?;
        let items = ops::iterate(&r)?;
        for it in &items {
            if !is_type(it) {
                return type_error(format!(
                    "mro() returned a non-class ('{}')",
                    type_name_of(it)
                ));
            }
        }
        return Ok(items);
    }
    let mut mro = vec![t.clone()];
    mro.extend(types::compute_mro(bases)?);
    Ok(mro)
}

/// Replaces non-class bases that define `__mro_entries__`.
fn update_bases(bases: &[Obj]) -> PyResult<(Vec<Obj>, bool)> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    let mut orig: Option<Obj> = None;
    for base in bases {
        if is_type(base) {
            out.push(base.clone());
            continue;
        }
        match ops::getattr_opt(base, "__mro_entries__")? {
            Some(me) => {
                let o = orig
                    .get_or_insert_with(|| types::tuple::new_tuple(bases.to_vec()))
                    .clone();
                let r = ops::call(&me, &[o], None)?;
                let Some(items) = types::tuple::as_slice(&r) else {
                    return type_error("__mro_entries__ must return a tuple");
                };
                out.extend(items.iter().cloned());
                changed = true;
            }
            None => out.push(base.clone()),
        }
    }
    Ok((out, changed))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    if args.len() < 2 {
        return type_error("__build_class__: not enough arguments");
    }
    let func = &args[0];
    if !matches!(func.payload(), Payload::Function(_)) {
        return type_error("__build_class__: func must be a function");
    }
    let name = &args[1];
    if !matches!(name.payload(), Payload::Str(_)) {
        return type_error("__build_class__: name is not a string");
    }
    let orig_bases = &args[2..];
    let (bases, changed) = update_bases(orig_bases)?;
    let mut meta: Option<Obj> = None;
    let mut kw: Vec<(Obj, Obj)> = Vec::new();
    for (k, v) in kwargs {
        if types::str::as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    let (meta, is_class) = match meta {
        None => (
            match bases.first() {
                Some(b0) => b0.ty(),
                None => builtin().type_.clone(),
            },
            true,
        ),
        Some(m) => {
            let c = is_type(&m);
            (m, c)
        }
    };
    let meta = if is_class {
        calculate_metaclass(&meta, &bases)?
    } else {
        meta
    };
    let bases_t = types::tuple::new_tuple(bases);
    let ns = match ops::getattr_opt(&meta, "__prepare__")? {
        None => dict::new_dict(),
        Some(p) => {
            let r = ops::call_kw(&p, &[name.clone(), bases_t.clone()], &kw)?;
            if types::lookup_special(&r, "__getitem__").is_none() {
                return type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    if is_class {
                        type_name(&meta)
                    } else {
                        "<metaclass>".to_string()
                    },
                    type_name_of(&r)
                ));
            }
            r
        }
    };
    let cell = run_class_body(func, &ns)?;
    if changed {
        ops::setitem(
            &ns,
            &types::str::new_str("__orig_bases__"),
            &types::tuple::new_tuple(orig_bases.to_vec()),
        )?;
    }
    let cls = ops::call_kw(&meta, &[name.clone(), bases_t, ns], &kw)?;
    if is_type(&cls)
        && let Payload::Cell(c) = cell.payload()
    {
        let content = c.borrow().clone();
        match content {
            Some(x) if x.is(&cls) => {}
            None => {
                return raise(
                    Exc::RuntimeError,
                    format!(
                        "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                        ops::repr_string(name)?,
                        ops::repr_string(&cls)?
                    ),
                );
            }
            Some(x) => {
                return type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    ops::repr_string(&x)?,
                    ops::repr_string(name)?,
                    ops::repr_string(&cls)?
                ));
            }
        }
    }
    Ok(cls)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)` (and `type.__new__(type, x)`).
pub(super) fn type_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let Some(meta) = a.first() else {
        return type_error("type.__new__(): not enough arguments");
    };
    let rest = &a[1..];
    if meta.is(&builtin().type_) && rest.len() == 1 && kw.is_empty() {
        return Ok(rest[0].ty());
    }
    if rest.len() != 3 {
        return type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        ));
    }
    let Some(name) = types::str::as_str(&rest[0]) else {
        return type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name_of(&rest[0])
        ));
    };
    let Some(bases) = types::tuple::as_slice(&rest[1]) else {
        return type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name_of(&rest[1])
        ));
    };
    if !matches!(rest[2].payload(), Payload::Dict(_)) {
        return type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name_of(&rest[2])
        ));
    }
    new_class_kw(meta, name, bases, &rest[2], kw)
}

/// `type.__init__(cls, *args, **kwargs)`: only checks the arguments.
pub(super) fn type_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let nargs = a.len().saturating_sub(1);
    if nargs == 1 && !kw.is_empty() {
        return type_error("type.__init__() takes no keyword arguments");
    }
    if nargs != 1 && nargs != 3 {
        return type_error("type.__init__() takes 1 or 3 arguments");
    }
    Ok(builtin().none.clone())
}

/// `type.__call__(cls, *args, **kwargs)` as a method.
pub(super) fn type_call_m(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = a.first() else {
        return type_error("descriptor '__call__' of 'type' object needs an argument");
    };
    type_call(cls, &a[1..], kw)
}
