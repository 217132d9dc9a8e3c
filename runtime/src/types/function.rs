//! Function-like objects: Python functions, built-in functions and method
//! descriptors, bound methods, cells and properties — their payloads, reprs,
//! equality/hashing and special attributes (`__name__`, `__defaults__`,
//! `__self__`, …). Calling them lives in `ops::call`.
//!
//! Submodules: `descr` (property, classmethod, staticmethod, getset and
//! member descriptors) and `superobj` (`super`).

pub mod descr;
pub mod superobj;

use super::typeobj::{add_getset, add_kw_methods, add_methods, add_readonly_member};
use super::{Builtins, builtin, type_data, type_name, type_name_of};
use crate::errors::{Exc, PyResult, attribute_error, raise, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use std::cell::RefCell;

/// Keyword arguments passed to a built-in: (name, value) pairs in call order.
pub type Kwargs = [(Obj, Obj)];

/// A built-in's implementation. `Pos` built-ins reject keyword arguments with
/// CPython's "f() takes no keyword arguments".
#[derive(Clone, Copy)]
pub enum BuiltinImpl {
    Pos(fn(&[Obj]) -> PyResult<Obj>),
    Kw(fn(&[Obj], &Kwargs) -> PyResult<Obj>),
}

impl BuiltinImpl {
    /// The address of the implementation (for equality and hashing).
    fn addr(&self) -> usize {
        match self {
            BuiltinImpl::Pos(f) => *f as usize,
            BuiltinImpl::Kw(f) => *f as usize,
        }
    }
}

/// The payload of built-in functions and methods.
///
/// In a type's dict a built-in method is stored unbound (`self_` is None,
/// `is_method` true); attribute access on an instance binds it, and calling
/// a bound one passes `self_` as `args[0]`.
pub struct BuiltinData {
    pub name: &'static str,
    /// The defining type for methods (for reprs like `<method 'append' of 'list' objects>`).
    pub owner: Option<Obj>,
    pub f: BuiltinImpl,
    pub self_: Option<Obj>,
    pub is_method: bool,
    /// A class method descriptor (`dict.fromkeys`): binds to the type.
    pub is_classmethod: bool,
    /// The module a free built-in function belongs to (`builtins`, `math`, …).
    pub module: Option<&'static str>,
}

/// The payload of Python functions (`def`, `lambda`).
///
/// The first fields have a fixed layout (`abi::FUNC_*`): generated code
/// reads them to build a callee's frame inline (`DirectCall`); `code`,
/// `globals` and `builtins` are in the frame header's order.
#[repr(C)]
pub struct FunctionData {
    pub code: Obj,
    pub globals: Obj,
    pub builtins: Obj,
    pub direct: DirectCall,
    pub name: RefCell<Obj>,
    pub qualname: RefCell<Obj>,
    pub module: RefCell<Obj>,
    pub doc: RefCell<Obj>,
    pub defaults: RefCell<Option<Obj>>,
    pub kwdefaults: RefCell<Option<Obj>>,
    pub annotations: RefCell<Option<Obj>>,
    pub closure: Option<Obj>,
}

/// What a call with exactly the code's positional parameters needs, copied
/// from the code object so that calls read one cache line: the native
/// function, the constant and name arrays for the frame header, and
/// `argc`, the number of arguments such a call passes — `u64::MAX` when
/// the code needs more than its arguments in the frame (binding logic,
/// cell variables, a generator, locals kept in the frame for
/// introspection, or more slots than `abi::DIRECT_FRAME_SLOTS`). A
/// closure's frame also gets its `cells` free variables: generated code
/// copies them from `cell_words` (the closure tuple's items, which live as
/// long as the function) to the frame's bytes from `cells_at` on.
#[repr(C)]
pub struct DirectCall {
    pub argc: u64,
    pub native: crate::types::code::NativeFn,
    pub consts: *const u64,
    pub names: *const u64,
    pub cells: u64,
    pub cell_words: *const Obj,
    pub cells_at: u64,
}

impl DirectCall {
    /// The direct call of code `cd` in a function with `closure`.
    pub fn of(cd: &crate::types::code::CodeData, closure: Option<&Obj>) -> DirectCall {
        let in_frame = cd.flags & crate::abi::CO_LOCALS_IN_FRAME != 0;
        let cell_slice = closure.and_then(crate::types::tuple::as_slice);
        let cells = cell_slice.map_or(0, <[Obj]>::len);
        let closure_fits = cd.simple_closure
            && !cd.is_generator_like()
            && cells > 0
            && crate::types::tuple::as_slice(&cd.freevars).map(<[Obj]>::len) == Some(cells)
            && cd.nlocalsplus() <= crate::abi::DIRECT_FRAME_SLOTS;
        let direct = (cd.simple_positional || closure_fits) && !in_frame;
        DirectCall {
            argc: if direct {
                u64::from(cd.argcount)
            } else {
                u64::MAX
            },
            native: cd.native,
            consts: cd.const_words.as_ptr(),
            names: cd.name_words.as_ptr(),
            cells: if direct { cells as u64 } else { 0 },
            cell_words: cell_slice.map_or(std::ptr::null(), <[Obj]>::as_ptr),
            cells_at: (crate::abi::FRAME_LOCALSPLUS as usize
                + 8 * cd.nlocalsplus().saturating_sub(cells)) as u64,
        }
    }
}

/// The payload of `property` objects, and of the getset and member
/// descriptors that expose built-in attributes and `__slots__`.
///
/// For getset/member descriptors `doc` holds `(name, owner, readonly)`;
/// see `descr` for the state properties keep beside the payload.
pub struct PropertyData {
    pub fget: Option<Obj>,
    pub fset: Option<Obj>,
    pub fdel: Option<Obj>,
    pub doc: Option<Obj>,
}

/// A bound method `func` of `self_`.
pub fn new_method(func: &Obj, self_: &Obj) -> Obj {
    Obj::new(
        &builtin().method,
        Payload::Method(func.clone(), self_.clone()),
    )
}

/// A built-in method descriptor bound to `self_`.
pub fn bind_builtin(b: &BuiltinData, self_: &Obj) -> Obj {
    Obj::new(
        &builtin().builtin_function,
        Payload::Builtin(Box::new(BuiltinData {
            name: b.name,
            owner: b.owner.clone(),
            f: b.f,
            self_: Some(self_.clone()),
            is_method: true,
            is_classmethod: b.is_classmethod,
            module: b.module,
        })),
    )
}

/// Whether CPython implements the built-in method `b` as a slot wrapper
/// (`<slot wrapper '__add__' of 'int' objects>`) rather than a method
/// descriptor: the dunder methods of type slots, except the few that a
/// type also lists among its methods (`METH_COEXIST`, for speed).
pub(crate) fn is_slot_wrapper(b: &BuiltinData) -> bool {
    if !is_slot_name(b.name) {
        return false;
    }
    let owner = match (&b.owner, &b.self_) {
        (Some(o), _) => type_name(o),
        (None, Some(s)) => type_name_of(s),
        (None, None) => return true,
    };
    !matches!(
        (owner.as_ref(), b.name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    )
}

/// Dunder methods CPython implements as slot wrappers.
fn is_slot_name(name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__repr__",
        "__hash__",
        "__call__",
        "__str__",
        "__getattribute__",
        "__setattr__",
        "__delattr__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
        "__iter__",
        "__next__",
        "__get__",
        "__set__",
        "__delete__",
        "__init__",
        "__del__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__invert__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__xor__",
        "__rxor__",
        "__or__",
        "__ror__",
        "__int__",
        "__float__",
        "__floordiv__",
        "__rfloordiv__",
        "__truediv__",
        "__rtruediv__",
        "__index__",
        "__len__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
        "__iadd__",
        "__isub__",
        "__imul__",
        "__imod__",
        "__ipow__",
        "__ilshift__",
        "__irshift__",
        "__iand__",
        "__ixor__",
        "__ior__",
        "__ifloordiv__",
        "__itruediv__",
        "__matmul__",
        "__rmatmul__",
        "__imatmul__",
        "__await__",
        "__aiter__",
        "__anext__",
    ];
    SLOTS.contains(&name)
}

fn addr(v: &Obj) -> u64 {
    ops::object::address(v)
}

/// `repr` of a built-in function or method.
pub fn builtin_repr(v: &Obj, b: &BuiltinData) -> String {
    match (&b.self_, &b.owner) {
        (Some(s), _) if !matches!(s.payload(), Payload::Module(_)) => {
            if is_slot_wrapper(b) && b.name != "__new__" && !b.is_classmethod {
                format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    type_name_of(s),
                    addr(s)
                )
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name_of(s),
                    addr(s)
                )
            }
        }
        (None, Some(o)) if b.is_method => {
            if b.name == "__new__" || b.is_classmethod {
                format!(
                    "<built-in method {} of type object at {:#x}>",
                    b.name,
                    addr(o)
                )
            } else if is_slot_wrapper(b) {
                format!("<slot wrapper '{}' of '{}' objects>", b.name, type_name(o))
            } else {
                format!("<method '{}' of '{}' objects>", b.name, type_name(o))
            }
        }
        _ => {
            let _ = v;
            format!("<built-in function {}>", b.name)
        }
    }
}

fn s(v: &str) -> Obj {
    super::str::new_str(v)
}

fn none() -> Obj {
    builtin().none.clone()
}

fn bool_obj(b: bool) -> Obj {
    super::int::new_bool(b)
}

fn arg(args: &[Obj], i: usize) -> PyResult<&Obj> {
    match args.get(i) {
        Some(a) => Ok(a),
        None => type_error("expected an argument"),
    }
}

// --- functions -------------------------------------------------------------

fn func_data(v: &Obj) -> PyResult<&FunctionData> {
    match v.payload() {
        Payload::Function(f) => Ok(f),
        _ => type_error(format!(
            "descriptor requires a 'function' object but received a '{}'",
            type_name_of(v)
        )),
    }
}

fn func_repr(args: &[Obj]) -> PyResult<Obj> {
    let f = arg(args, 0)?;
    let fd = func_data(f)?;
    let q = fd.qualname.borrow().clone();
    let q = super::str::as_str(&q).unwrap_or("?").to_string();
    Ok(super::str::new_string(format!(
        "<function {} at {:#x}>",
        q,
        addr(f)
    )))
}

fn func_get(args: &[Obj]) -> PyResult<Obj> {
    let f = arg(args, 0)?;
    let inst = arg(args, 1)?;
    if matches!(inst.payload(), Payload::None) {
        return Ok(f.clone());
    }
    Ok(new_method(f, inst))
}

fn func_name_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.name.borrow().clone())
}
fn func_name_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    match a.get(1) {
        Some(v) if matches!(v.payload(), Payload::Str(_)) => *fd.name.borrow_mut() = v.clone(),
        _ => return type_error("__name__ must be set to a string object"),
    }
    Ok(none())
}
fn func_qualname_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.qualname.borrow().clone())
}
fn func_qualname_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    match a.get(1) {
        Some(v) if matches!(v.payload(), Payload::Str(_)) => *fd.qualname.borrow_mut() = v.clone(),
        _ => return type_error("__qualname__ must be set to a string object"),
    }
    Ok(none())
}
fn func_module_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.module.borrow().clone())
}
fn func_module_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    let v = a.get(1).cloned().unwrap_or_else(none);
    let old = std::mem::replace(&mut *fd.module.borrow_mut(), v);
    drop(old);
    Ok(none())
}
fn func_doc_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.doc.borrow().clone())
}
fn func_doc_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    let v = a.get(1).cloned().unwrap_or_else(none);
    let old = std::mem::replace(&mut *fd.doc.borrow_mut(), v);
    drop(old);
    Ok(none())
}
fn func_defaults_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?
        .defaults
        .borrow()
        .clone()
        .unwrap_or_else(none))
}
fn func_defaults_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    let v = match a.get(1) {
        None => None,
        Some(v) if matches!(v.payload(), Payload::None) => None,
        Some(v) if matches!(v.payload(), Payload::Tuple(_)) => Some(v.clone()),
        Some(_) => return type_error("__defaults__ must be set to a tuple object"),
    };
    let old = std::mem::replace(&mut *fd.defaults.borrow_mut(), v);
    drop(old);
    Ok(none())
}
fn func_kwdefaults_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?
        .kwdefaults
        .borrow()
        .clone()
        .unwrap_or_else(none))
}
fn func_kwdefaults_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    let v = match a.get(1) {
        None => None,
        Some(v) if matches!(v.payload(), Payload::None) => None,
        Some(v) if matches!(v.payload(), Payload::Dict(_)) => Some(v.clone()),
        Some(_) => return type_error("__kwdefaults__ must be set to a dict object"),
    };
    let old = std::mem::replace(&mut *fd.kwdefaults.borrow_mut(), v);
    drop(old);
    Ok(none())
}
fn func_annotations_get(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    let cur = fd.annotations.borrow().clone();
    if let Some(d) = cur
        && !matches!(d.payload(), Payload::None)
    {
        return Ok(d);
    }
    let d = super::dict::new_dict();
    *fd.annotations.borrow_mut() = Some(d.clone());
    Ok(d)
}
fn func_annotations_set(a: &[Obj]) -> PyResult<Obj> {
    let fd = func_data(arg(a, 0)?)?;
    let v = match a.get(1) {
        None => None,
        Some(v) if matches!(v.payload(), Payload::None) => None,
        Some(v) if matches!(v.payload(), Payload::Dict(_)) => Some(v.clone()),
        Some(_) => return type_error("__annotations__ must be set to a dict object"),
    };
    let old = std::mem::replace(&mut *fd.annotations.borrow_mut(), v);
    drop(old);
    Ok(none())
}
fn func_globals_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.globals.clone())
}
fn func_builtins_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.builtins.clone())
}
fn func_closure_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.closure.clone().unwrap_or_else(none))
}
fn func_code_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(func_data(arg(a, 0)?)?.code.clone())
}
fn func_code_set(_a: &[Obj]) -> PyResult<Obj> {
    type_error("__code__ must be set to a code object")
}

/// `__dict__` getter shared by every object with an instance dict: the
/// dict is created on first access.
pub fn instance_dict_get(a: &[Obj]) -> PyResult<Obj> {
    let v = arg(a, 0)?;
    Ok(ensure_dict(v))
}

/// The instance dict of `v`, created if missing.
pub fn ensure_dict(v: &Obj) -> Obj {
    if let Some(d) = v.dict() {
        return d;
    }
    let hint = super::type_data(Obj::borrow(&v.ty_word())).dict_hint.get();
    let d = super::dict::new_dict_with_capacity(hint as usize);
    v.set_dict(Some(d.clone()));
    d
}

/// `__dict__` setter: a dict, or deletion (which drops the dict).
pub fn instance_dict_set(a: &[Obj]) -> PyResult<Obj> {
    let v = arg(a, 0)?;
    match a.get(1) {
        None => {
            if matches!(v.payload(), Payload::Function(_)) {
                return type_error("cannot delete __dict__");
            }
            v.set_dict(None);
        }
        Some(d) if matches!(d.payload(), Payload::Dict(_)) => v.set_dict(Some(d.clone())),
        Some(d) => {
            return type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                type_name_of(d)
            ));
        }
    }
    Ok(none())
}

// --- built-in functions ----------------------------------------------------

fn builtin_data(v: &Obj) -> PyResult<&BuiltinData> {
    match v.payload() {
        Payload::Builtin(b) => Ok(b),
        _ => type_error("descriptor requires a 'builtin_function_or_method' object"),
    }
}

fn builtin_repr_m(a: &[Obj]) -> PyResult<Obj> {
    let v = arg(a, 0)?;
    Ok(super::str::new_string(builtin_repr(v, builtin_data(v)?)))
}
fn builtin_name_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(s(builtin_data(arg(a, 0)?)?.name))
}
fn builtin_qualname_get(a: &[Obj]) -> PyResult<Obj> {
    let b = builtin_data(arg(a, 0)?)?;
    match &b.owner {
        Some(o) => Ok(super::str::new_string(format!(
            "{}.{}",
            type_data(o).qualname.borrow(),
            b.name
        ))),
        None => Ok(s(b.name)),
    }
}
fn builtin_self_get(a: &[Obj]) -> PyResult<Obj> {
    let b = builtin_data(arg(a, 0)?)?;
    if let Some(x) = &b.self_ {
        return Ok(x.clone());
    }
    if b.is_method {
        return attribute_error(format!(
            "'{}' object has no attribute '__self__'",
            if is_slot_wrapper(b) {
                "wrapper_descriptor"
            } else {
                "method_descriptor"
            }
        ));
    }
    Ok(none())
}
fn builtin_module_get(a: &[Obj]) -> PyResult<Obj> {
    let b = builtin_data(arg(a, 0)?)?;
    Ok(match b.module {
        Some(m) => s(m),
        None => none(),
    })
}
fn builtin_objclass_get(a: &[Obj]) -> PyResult<Obj> {
    let b = builtin_data(arg(a, 0)?)?;
    match &b.owner {
        Some(o) if b.is_method && b.self_.is_none() => Ok(o.clone()),
        _ => attribute_error("'builtin_function_or_method' object has no attribute '__objclass__'"),
    }
}
fn doc_none(_a: &[Obj]) -> PyResult<Obj> {
    Ok(none())
}
fn builtin_eq(a: &[Obj]) -> PyResult<Obj> {
    builtin_cmp(a, true)
}
fn builtin_ne(a: &[Obj]) -> PyResult<Obj> {
    builtin_cmp(a, false)
}
fn builtin_cmp(a: &[Obj], eq: bool) -> PyResult<Obj> {
    let (x, y) = (arg(a, 0)?, arg(a, 1)?);
    let (Payload::Builtin(p), Payload::Builtin(q)) = (x.payload(), y.payload()) else {
        return Ok(builtin().not_implemented.clone());
    };
    let same_self = match (&p.self_, &q.self_) {
        (Some(s1), Some(s2)) => s1.is(s2),
        (None, None) => true,
        _ => false,
    };
    let r = same_self && p.name == q.name && p.f.addr() == q.f.addr();
    Ok(bool_obj(r == eq))
}
fn builtin_hash(a: &[Obj]) -> PyResult<Obj> {
    let b = builtin_data(arg(a, 0)?)?;
    let x = b.self_.as_ref().map(ops::object::hash_pointer).unwrap_or(0);
    let y = ((b.f.addr() as u64).rotate_right(4)) as i64;
    let h = x ^ y;
    Ok(super::int::new_int(if h == -1 { -2 } else { h }))
}

// --- bound methods ---------------------------------------------------------

fn method_parts(v: &Obj) -> PyResult<(&Obj, &Obj)> {
    match v.payload() {
        Payload::Method(f, s) => Ok((f, s)),
        _ => type_error("descriptor requires a 'method' object"),
    }
}

fn method_repr(a: &[Obj]) -> PyResult<Obj> {
    let (f, slf) = method_parts(arg(a, 0)?)?;
    let name = match ops::getattr_opt(f, "__qualname__")? {
        Some(n) if matches!(n.payload(), Payload::Str(_)) => Some(n),
        _ => ops::getattr_opt(f, "__name__")?,
    };
    let name = match &name {
        Some(n) => super::str::as_str(n).unwrap_or("?").to_string(),
        None => "?".to_string(),
    };
    let r = ops::repr_string(slf)?;
    Ok(super::str::new_string(format!(
        "<bound method {name} of {r}>"
    )))
}
fn method_eq(a: &[Obj]) -> PyResult<Obj> {
    method_cmp(a, true)
}
fn method_ne(a: &[Obj]) -> PyResult<Obj> {
    method_cmp(a, false)
}
fn method_cmp(a: &[Obj], eq: bool) -> PyResult<Obj> {
    let (x, y) = (arg(a, 0)?, arg(a, 1)?);
    let (Payload::Method(f1, s1), Payload::Method(f2, s2)) = (x.payload(), y.payload()) else {
        return Ok(builtin().not_implemented.clone());
    };
    let (f1, s1, f2, s2) = (f1.clone(), s1.clone(), f2.clone(), s2.clone());
    let r = ops::eq(&f1, &f2)? && s1.is(&s2);
    Ok(bool_obj(r == eq))
}
fn method_hash(a: &[Obj]) -> PyResult<Obj> {
    let (f, slf) = method_parts(arg(a, 0)?)?;
    let (f, slf) = (f.clone(), slf.clone());
    let h = ops::object::hash_pointer(&slf) ^ ops::hash(&f)?;
    Ok(super::int::new_int(if h == -1 { -2 } else { h }))
}
fn method_func_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(method_parts(arg(a, 0)?)?.0.clone())
}
fn method_self_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(method_parts(arg(a, 0)?)?.1.clone())
}
fn method_doc_get(a: &[Obj]) -> PyResult<Obj> {
    let f = method_parts(arg(a, 0)?)?.0.clone();
    ops::getattr_str(&f, "__doc__")
}
fn method_getattribute(a: &[Obj]) -> PyResult<Obj> {
    method_getattro(arg(a, 0)?, arg(a, 1)?)
}

/// Attribute lookup on bound methods: the method type's own attributes,
/// then the function's (`m.__name__`, `m.__qualname__`, …).
pub fn method_getattro(m: &Obj, name: &Obj) -> PyResult<Obj> {
    let tp = m.ty();
    let n = super::str::as_str(name).unwrap_or_default();
    if let Some(d) = super::lookup(&tp, n) {
        return ops::attr::descr_get(&d, Some(m), &tp);
    }
    let f = method_parts(m)?.0.clone();
    ops::getattr(&f, name)
}

// --- cells -----------------------------------------------------------------

fn cell_repr(a: &[Obj]) -> PyResult<Obj> {
    let c = arg(a, 0)?;
    let Payload::Cell(v) = c.payload() else {
        return type_error("descriptor requires a 'cell' object");
    };
    let inner = v.borrow().clone();
    Ok(super::str::new_string(match inner {
        None => format!("<cell at {:#x}: empty>", addr(c)),
        Some(x) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            addr(c),
            type_name_of(&x),
            addr(&x)
        ),
    }))
}
fn cell_contents_get(a: &[Obj]) -> PyResult<Obj> {
    let Payload::Cell(v) = arg(a, 0)?.payload() else {
        return type_error("descriptor requires a 'cell' object");
    };
    let inner = v.borrow().clone();
    match inner {
        Some(x) => Ok(x),
        None => raise(Exc::ValueError, "Cell is empty"),
    }
}
fn cell_contents_set(a: &[Obj]) -> PyResult<Obj> {
    let Payload::Cell(v) = arg(a, 0)?.payload() else {
        return type_error("descriptor requires a 'cell' object");
    };
    let old = v.replace(a.get(1).cloned());
    drop(old);
    Ok(none())
}
fn cell_new(a: &[Obj]) -> PyResult<Obj> {
    if a.len() > 2 {
        return type_error(format!(
            "cell expected at most 1 argument, got {}",
            a.len() - 1
        ));
    }
    Ok(new_cell(a.get(1).cloned()))
}

/// A new cell object holding `v`.
pub fn new_cell(v: Option<Obj>) -> Obj {
    Obj::new(&builtin().cell, Payload::Cell(RefCell::new(v)))
}

/// `method(function, instance)` (`types.MethodType`).
fn method_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if !kw.is_empty() {
        return type_error("method() takes no keyword arguments");
    }
    if a.len() != 3 {
        return type_error(format!(
            "method expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        ));
    }
    if !ops::call::is_callable(&a[1]) {
        return type_error("first argument must be callable");
    }
    if a[2].is(&builtin().none) {
        return type_error("instance must not be None");
    }
    Ok(new_method(&a[1], &a[2]))
}

/// `__call__` of functions, built-in functions and bound methods (CPython's
/// `tp_call` slot wrapper): calls the object itself.
fn call_self(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    ops::call_kw(arg(a, 0)?, &a[1..], kw)
}

/// Registers the methods and attributes of function, built-in function,
/// method and cell objects, properties, class/static methods and super.
pub fn init_methods(b: &Builtins) {
    let f = &b.function;
    add_methods(f, &[("__repr__", func_repr), ("__get__", func_get)]);
    for t in [f, &b.builtin_function, &b.method] {
        add_kw_methods(t, &[("__call__", call_self)]);
    }
    add_kw_methods(&b.method, &[("__new__", method_new)]);
    add_readonly_member(f, "__closure__", func_closure_get);
    add_getset(f, "__doc__", func_doc_get, Some(func_doc_set));
    add_readonly_member(f, "__globals__", func_globals_get);
    add_getset(f, "__module__", func_module_get, Some(func_module_set));
    add_readonly_member(f, "__builtins__", func_builtins_get);
    add_getset(f, "__code__", func_code_get, Some(func_code_set));
    add_getset(
        f,
        "__defaults__",
        func_defaults_get,
        Some(func_defaults_set),
    );
    add_getset(
        f,
        "__kwdefaults__",
        func_kwdefaults_get,
        Some(func_kwdefaults_set),
    );
    add_getset(
        f,
        "__annotations__",
        func_annotations_get,
        Some(func_annotations_set),
    );
    add_getset(f, "__dict__", instance_dict_get, Some(instance_dict_set));
    add_getset(f, "__name__", func_name_get, Some(func_name_set));
    add_getset(
        f,
        "__qualname__",
        func_qualname_get,
        Some(func_qualname_set),
    );

    let bf = &b.builtin_function;
    add_methods(
        bf,
        &[
            ("__repr__", builtin_repr_m),
            ("__eq__", builtin_eq),
            ("__ne__", builtin_ne),
            ("__hash__", builtin_hash),
        ],
    );
    add_getset(bf, "__module__", builtin_module_get, None);
    add_getset(bf, "__doc__", doc_none, None);
    add_getset(bf, "__name__", builtin_name_get, None);
    add_getset(bf, "__qualname__", builtin_qualname_get, None);
    add_getset(bf, "__self__", builtin_self_get, None);
    add_getset(bf, "__text_signature__", doc_none, None);
    add_getset(bf, "__objclass__", builtin_objclass_get, None);

    let m = &b.method;
    add_methods(
        m,
        &[
            ("__repr__", method_repr),
            ("__hash__", method_hash),
            ("__getattribute__", method_getattribute),
            ("__eq__", method_eq),
            ("__ne__", method_ne),
        ],
    );
    add_readonly_member(m, "__func__", method_func_get);
    add_readonly_member(m, "__self__", method_self_get);
    add_getset(m, "__doc__", method_doc_get, None);

    let c = &b.cell;
    add_methods(c, &[("__repr__", cell_repr), ("__new__", cell_new)]);
    add_getset(
        c,
        "cell_contents",
        cell_contents_get,
        Some(cell_contents_set),
    );

    descr::init_methods(b);
    superobj::init_methods(b);
}
