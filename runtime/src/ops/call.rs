//! Calls: dispatch on the callable's kind (Python function, built-in, bound
//! method, type, instance with `__call__`), vectorcall style: positional
//! arguments followed by keyword values whose names are in `kwnames`.
//!
//! Also the "unbound" special-method call used by every protocol operation
//! (`call_unbound`, `call_special`): a method found on the type is called
//! with the instance prepended, without allocating a bound method.

use crate::errors::{Exc, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinData, BuiltinImpl};
use crate::types::{self, builtin, is_instance, is_subtype, type_data, type_name, type_name_of};

/// Calls `f(*args[..n-k], **{kwnames[i]: args[n-k+i]})` where k = len(kwnames).
pub fn call(f: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let names: &[Obj] = match kwnames {
        Some(k) => types::tuple::as_slice(k).unwrap_or(&[]),
        None => &[],
    };
    if names.len() > args.len() {
        return raise(Exc::SystemError, "call: more keyword names than arguments");
    }
    let kwnames = if names.is_empty() { None } else { kwnames };
    match f.payload() {
        Payload::Function(_) => return call_python(f, args, kwnames),
        // `s.add(x)`, `l.append(x)`: the method descriptor with self first.
        Payload::Builtin(b) if names.is_empty() => return call_builtin(b, args, &[]),
        Payload::Method(func, slf) if matches!(func.payload(), Payload::Function(_)) => {
            return with_prepended(slf, args, |v| call_python(func, v, kwnames));
        }
        _ => {}
    }
    if names.is_empty() {
        return call_kw(f, args, &[]);
    }
    let npos = args.len() - names.len();
    let (pos, values) = args.split_at(npos);
    // One or two keywords (`isclose(a, b, rel_tol=r)`, `sorted(xs,
    // key=k)`): the pairs on the stack rather than in a new vector.
    match (names, values) {
        ([k], [v]) => call_kw(f, pos, &[(k.clone(), v.clone())]),
        ([k1, k2], [v1, v2]) => call_kw(
            f,
            pos,
            &[(k1.clone(), v1.clone()), (k2.clone(), v2.clone())],
        ),
        _ => {
            let kw: Vec<(Obj, Obj)> = names.iter().cloned().zip(values.iter().cloned()).collect();
            call_kw(f, pos, &kw)
        }
    }
}

/// Calls `f(*args)` without keywords: generated code's `CALL` of anything
/// but a Python function. Built-ins and types skip `call`'s keyword
/// bookkeeping and `call_kw`'s dispatch.
#[inline]
pub fn call_positional(f: &Obj, args: &[Obj]) -> PyResult<Obj> {
    match f.payload() {
        Payload::Builtin(b) => call_builtin(b, args, &[]),
        Payload::Type(_) => call_type_object(f, args, &[]),
        _ => call(f, args, None),
    }
}

/// Calls `f(*args, **kwargs)` with keyword pairs given as a slice.
pub fn call_kw(f: &Obj, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    match f.payload() {
        Payload::Builtin(b) => call_builtin(b, args, kwargs),
        Payload::Function(_) => {
            if kwargs.is_empty() {
                call_python(f, args, None)
            } else {
                let (all, names) = to_vectorcall(None, args, kwargs);
                call_python(f, &all, Some(&names))
            }
        }
        Payload::Method(func, slf) => with_prepended(slf, args, |v| call_kw(func, v, kwargs)),
        Payload::Type(_) => call_type_object(f, args, kwargs),
        _ => match super::attr::cache::lookup_special(f, "__call__") {
            Some(c) => call_unbound(&c, f, args, kwargs),
            None => type_error(format!("'{}' object is not callable", type_name_of(f))),
        },
    }
}

/// `v.name(*args)`.
pub fn call_method(v: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    call_method_kw(v, name, args, &[])
}

/// `v.name(*args, **kwargs)`.
pub fn call_method_kw(v: &Obj, name: &str, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    let n = types::str::new_str(name);
    let (m, unbound) = super::attr::load_method(v, &n)?;
    if unbound {
        call_unbound(&m, v, args, kwargs)
    } else {
        call_kw(&m, args, kwargs)
    }
}

/// Calls a special method found on the type of `slf` (not bound yet) with
/// `slf` as the instance: functions and built-in method descriptors are
/// called directly with `slf` prepended; anything else goes through its
/// descriptor `__get__` first.
pub fn call_unbound(descr: &Obj, slf: &Obj, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    match descr.payload() {
        Payload::Function(fd) => {
            let head = std::slice::from_ref(slf);
            if kwargs.is_empty() && fd.direct.argc == args.len() as u64 + 1 {
                return crate::eval::call::call_direct(descr, fd, head, args);
            }
            let cd = crate::types::code::code_data(&fd.code);
            if kwargs.is_empty() && cd.simple_positional && cd.argcount as usize == args.len() + 1 {
                return crate::eval::call::call_simple_with(descr, fd, cd, head, args);
            }
            if kwargs.is_empty() {
                with_prepended(slf, args, |v| call_python(descr, v, None))
            } else {
                let (all, names) = to_vectorcall(Some(slf), args, kwargs);
                call_python(descr, &all, Some(&names))
            }
        }
        Payload::Builtin(b) if b.is_method && b.self_.is_none() && !b.is_classmethod => {
            with_prepended(slf, args, |v| invoke_builtin(b, v, kwargs))
        }
        _ => {
            let bound = super::attr::descr_get(descr, Some(slf), &slf.ty())?;
            call_kw(&bound, args, kwargs)
        }
    }
}

/// Looks `name` up on the type of `v` and calls it with `v` as self.
/// Ok(None) when the type does not define it.
pub fn call_special(v: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    match super::attr::cache::lookup_special(v, name) {
        Some(m) => call_unbound(&m, v, args, &[]).map(Some),
        None => Ok(None),
    }
}

/// `[first, *rest]` as a new vector.
pub fn prepend(first: &Obj, rest: &[Obj]) -> Vec<Obj> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first.clone());
    v.extend_from_slice(rest);
    v
}

/// Calls `f([first, *rest])`: short argument lists (most method calls) are
/// built on the stack instead of in a new vector.
#[inline]
fn with_prepended<R>(first: &Obj, rest: &[Obj], f: impl FnOnce(&[Obj]) -> R) -> R {
    match rest {
        [] => f(std::slice::from_ref(first)),
        [a] => f(&[first.clone(), a.clone()]),
        [a, b] => f(&[first.clone(), a.clone(), b.clone()]),
        _ => f(&prepend(first, rest)),
    }
}

/// Calls the built-in `__new__` of the type `cls` (found on `cls`, so no
/// descriptor check is needed) with `cls` and the arguments.
pub(crate) fn call_builtin_new(
    new: &Obj,
    cls: &Obj,
    args: &[Obj],
    kwargs: &[(Obj, Obj)],
) -> PyResult<Obj> {
    match new.payload() {
        Payload::Builtin(b) => with_prepended(cls, args, |v| invoke_builtin(b, v, kwargs)),
        _ => call_kw(new, &prepend(cls, args), kwargs),
    }
}

/// Converts (positional, keyword pairs) into the vectorcall form.
fn to_vectorcall(first: Option<&Obj>, args: &[Obj], kwargs: &[(Obj, Obj)]) -> (Vec<Obj>, Obj) {
    let mut all = Vec::with_capacity(args.len() + kwargs.len() + 1);
    if let Some(f) = first {
        all.push(f.clone());
    }
    all.extend_from_slice(args);
    let mut names = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        names.push(k.clone());
        all.push(v.clone());
    }
    (all, types::tuple::new_tuple(names))
}

/// Calls a Python function object (vectorcall form).
#[inline]
fn call_python(f: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    crate::eval::call_function(f, args, kwnames)
}

/// The name CPython shows for a built-in in argument errors: `len`,
/// `math.sqrt`, `list.append`.
pub fn builtin_display_name(b: &BuiltinData) -> String {
    if b.is_method
        && let Some(s) = &b.self_
    {
        let t = if matches!(s.payload(), Payload::Type(_)) {
            s.clone()
        } else {
            s.ty()
        };
        return format!("{}.{}", type_data(&t).qualname.borrow(), b.name);
    }
    match (&b.owner, b.module) {
        (Some(o), _) => format!("{}.{}", type_name(o), b.name),
        (None, Some(m)) if m != "builtins" => format!("{}.{}", m, b.name),
        _ => b.name.to_string(),
    }
}

/// Calls a built-in function or method object.
#[inline]
pub(crate) fn call_builtin(b: &BuiltinData, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    if let Some(s) = &b.self_ {
        return with_prepended(s, args, |v| invoke_builtin(b, v, kwargs));
    }
    if b.is_method {
        check_descriptor_self(b, args)?;
    }
    invoke_builtin(b, args, kwargs)
}

/// Runs a built-in's implementation (self, if any, already in `args`).
#[inline]
fn invoke_builtin(b: &BuiltinData, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    match b.f {
        BuiltinImpl::Pos(f) => {
            if !kwargs.is_empty() {
                return type_error(format!(
                    "{}() takes no keyword arguments",
                    builtin_display_name(b)
                ));
            }
            f(args)
        }
        BuiltinImpl::Kw(f) => f(args, kwargs),
    }
}

/// Checks the first argument of an unbound method descriptor call
/// (`list.append(x, 1)`, `int.__new__(cls)`).
#[inline]
fn check_descriptor_self(b: &BuiltinData, args: &[Obj]) -> PyResult<()> {
    // Common case first: an exact instance of the owner (`xs.append(x)`).
    if let (Some(owner), Some(first)) = (&b.owner, args.first())
        && first.ty_word() == owner.word()
        && !b.is_classmethod
        && b.name != "__new__"
    {
        return Ok(());
    }
    check_descriptor_self_general(b, args)
}

/// `check_descriptor_self` for subclass instances, types and errors.
#[inline(never)]
fn check_descriptor_self_general(b: &BuiltinData, args: &[Obj]) -> PyResult<()> {
    let Some(owner) = &b.owner else {
        return Ok(());
    };
    if let Some(first) = args.first()
        && !b.is_classmethod
        && b.name != "__new__"
        && is_instance(first, owner)
    {
        return Ok(());
    }
    let oname = type_name(owner);
    let Some(first) = args.first() else {
        if b.name == "__new__" {
            return type_error(format!("{oname}.__new__(): not enough arguments"));
        }
        return type_error(format!(
            "unbound method {}.{}() needs an argument",
            oname, b.name
        ));
    };
    if b.name == "__new__" || b.is_classmethod {
        if !matches!(first.payload(), Payload::Type(_)) {
            if b.name == "__new__" {
                return type_error(format!(
                    "{oname}.__new__(X): X is not a type object ({})",
                    type_name_of(first)
                ));
            }
            return type_error(format!(
                "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                b.name,
                oname,
                type_name_of(first)
            ));
        }
        if !is_subtype(first, owner) {
            if b.name == "__new__" {
                let n = type_name(first);
                return type_error(format!(
                    "{oname}.__new__({n}): {n} is not a subtype of {oname}"
                ));
            }
            return type_error(format!(
                "descriptor '{}' requires a subtype of '{}' but received '{}'",
                b.name,
                oname,
                type_name(first)
            ));
        }
        return Ok(());
    }
    if !is_instance(first, owner) {
        if crate::types::function::is_slot_wrapper(b) {
            return type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                b.name,
                oname,
                type_name_of(first)
            ));
        }
        return type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            oname,
            type_name_of(first)
        ));
    }
    Ok(())
}

/// Calling a type object: `type.__call__`, or the metaclass's `__call__`.
/// `str(x)`, `int(x)` and `float(x)` of the exact built-in types (the
/// borrowed word `cls`): their `__new__` converts and their `__init__` is
/// object's, so the call is the conversion. None for any other class
/// (subclasses, a rebound name: they take the class-call path).
#[inline(always)]
pub(crate) fn call_scalar_type(cls: u64, x: &Obj) -> Option<PyResult<Obj>> {
    let b = builtin();
    if cls == b.str_.word() {
        return Some(super::str_(x));
    }
    if cls == b.int.word() {
        return Some(types::int::to_int(x));
    }
    if cls == b.float.word() {
        return Some(types::float::to_float(x));
    }
    None
}

fn call_type_object(cls: &Obj, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    let b = builtin();
    // `str(x)`, `int(x)`, `float(x)`, `tuple(x)`, `list(x)`: what
    // `type_call` would do for these exact built-in types (their `__new__`
    // converts and `__init__` is object's, or for `list` `__new__` makes
    // an empty list that `__init__` extends).
    if let [x] = args
        && kwargs.is_empty()
        && !type_data(cls).heap
    {
        if let Some(r) = call_scalar_type(cls.word(), x) {
            return r;
        }
        if cls.is(&b.tuple) {
            if x.ty_word() == b.tuple.word() {
                return Ok(x.clone());
            }
            return Ok(types::tuple::new_tuple(types::list::util::collect(x)?));
        }
        if cls.is(&b.list) {
            let l = types::list::new_list(Vec::new());
            types::list::extend(&l, x)?;
            return Ok(l);
        }
    }
    // `range(...)` of small ints and `set()` (the loops' `for c in
    // range(n)`, an empty set to fill): what `type_call` makes of them.
    if kwargs.is_empty() {
        if cls.is(&b.range) && args.iter().all(|a| a.small_int().is_some()) {
            let (zero, one) = (types::int::new_int(0), types::int::new_int(1));
            let bounds = match args {
                [stop] => Some((zero, stop.clone(), one)),
                [start, stop] => Some((start.clone(), stop.clone(), one)),
                [start, stop, step] => Some((start.clone(), stop.clone(), step.clone())),
                _ => None,
            };
            if let Some((start, stop, step)) = bounds {
                return types::range::new_range(start, stop, step);
            }
        }
        if cls.is(&b.set) && args.is_empty() {
            return Ok(types::set::new_empty_set());
        }
    }
    if cls.ty_word() == b.type_.word() {
        return types::typeobj::type_call(cls, args, kwargs);
    }
    let meta = cls.ty();
    if !type_data(&meta).heap {
        return types::typeobj::type_call(cls, args, kwargs);
    }
    match super::attr::cache::lookup(&meta, "__call__") {
        Some(c) if is_builtin_slot(&c, &builtin().type_, "__call__") => {
            types::typeobj::type_call(cls, args, kwargs)
        }
        Some(c) => call_unbound(&c, cls, args, kwargs),
        None => types::typeobj::type_call(cls, args, kwargs),
    }
}

/// Is `d` the built-in method `name` defined by the built-in type `owner`?
pub fn is_builtin_slot(d: &Obj, owner: &Obj, name: &str) -> bool {
    match d.payload() {
        Payload::Builtin(b) => b.name == name && b.owner.as_ref().is_some_and(|o| o.is(owner)),
        _ => false,
    }
}

/// Is `d` a built-in method defined by some built-in (non-heap) type?
pub fn is_builtin_method(d: &Obj) -> bool {
    match d.payload() {
        Payload::Builtin(b) => b.owner.as_ref().is_some_and(|o| !type_data(o).heap),
        _ => false,
    }
}

/// `callable(v)`.
pub fn is_callable(v: &Obj) -> bool {
    match v.payload() {
        Payload::Function(_) | Payload::Builtin(_) | Payload::Method(..) | Payload::Type(_) => true,
        _ => super::attr::cache::lookup_special(v, "__call__").is_some(),
    }
}
