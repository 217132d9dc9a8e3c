//! Creation of the built-in type objects, method registration helpers
//! (`add_methods`, `add_getset`, …), argument parsing for built-ins, and the
//! registry of the extra built-in types this crate defines beyond `Builtins`
//! (getset/member descriptors, `types.GenericAlias`, `types.UnionType`).
//!
//! Submodules: `newclass` (class creation: `type(name, bases, ns)`,
//! `__build_class__`, `type.__call__`), `typemethods` (the `type` type's
//! methods and attributes), `objectmethods` (the `object` type's methods),
//! `extra` (mappingproxy, generic aliases, unions, singletons).

pub(super) mod extra;
mod newclass;
pub(super) mod objectmethods;
pub(super) mod typemethods;

pub use extra::{
    is_generic_alias, is_union, new_generic_alias, new_mappingproxy, new_union, union_args,
};
pub use newclass::{
    build_class, calculate_metaclass, direct_ctor, init_result, new_class, new_class_kw,
    new_plain_instance, object_new_instance, type_call,
};
pub use typemethods::{type_dir_names, type_repr};

use super::function::{BuiltinData, BuiltinImpl, Kwargs, PropertyData};
use super::{Builtins, Layout, TypeData};
use crate::errors::{EXCEPTION_TABLE, PyResult, type_error};
use crate::object::{Obj, Payload};
use std::cell::{Cell, RefCell};

/// Allocates an immortal built-in type object.
fn make_type(meta: u64, name: &str, bases: &[&Obj], layout: Layout, base_ok: bool) -> Obj {
    let dict = Obj::new_immortal(0, Payload::Dict(RefCell::new(Default::default())));
    let t = Obj::new_immortal(
        meta,
        Payload::Type(Box::new(TypeData {
            base_ok,
            ..TypeData::new(
                name,
                bases.iter().map(|b| (*b).clone()).collect(),
                dict,
                layout,
            )
        })),
    );
    let mut mro = vec![t.clone()];
    if let Some(b) = bases.first() {
        mro.extend(super::type_data(b).mro.borrow().iter().cloned());
    }
    *super::type_data(&t).mro.borrow_mut() = mro;
    t
}

/// Creates every built-in type object and singleton.
pub fn create_builtins() -> Builtins {
    // `type` is its own type; `object` is the root of every MRO.
    let type_ = make_type(0, "type", &[], Layout::Type, true);
    let object = make_type(type_.word(), "object", &[], Layout::Object, true);
    if let Some(h) = type_.heap() {
        h.ty.set(type_.word());
    }
    {
        let td = super::type_data(&type_);
        *td.bases.borrow_mut() = vec![object.clone()];
        *td.mro.borrow_mut() = vec![type_.clone(), object.clone()];
    }
    let m = type_.word();
    let t =
        |name: &str, layout: Layout, base_ok: bool| make_type(m, name, &[&object], layout, base_ok);
    let int = t("int", Layout::Int, true);
    let bool_ = make_type(m, "bool", &[&int], Layout::Bool, false);
    let mut exceptions: Vec<Obj> = Vec::new();
    for (name, base) in EXCEPTION_TABLE {
        let b = match base {
            Some(i) => exceptions[*i].clone(),
            None => object.clone(),
        };
        exceptions.push(make_type(m, name, &[&b], Layout::BaseException, true));
    }
    let none_type = t("NoneType", Layout::Opaque, false);
    let notimpl_type = t("NotImplementedType", Layout::Opaque, false);
    let ellipsis_type = t("ellipsis", Layout::Opaque, false);
    let str_ = t("str", Layout::Str, true);
    let tuple = t("tuple", Layout::Tuple, true);
    let singleton = |ty: &Obj, p: Payload| Obj::new_immortal(ty.word(), p);
    let dict_for_dicts = t("dict", Layout::Dict, true);
    // The type dicts were created before `dict` existed: give them their type.
    for ty in [
        &type_,
        &object,
        &int,
        &bool_,
        &none_type,
        &notimpl_type,
        &ellipsis_type,
        &str_,
        &tuple,
        &dict_for_dicts,
    ]
    .into_iter()
    .chain(exceptions.iter())
    {
        fix_dict_type(ty, &dict_for_dicts);
    }
    let b = Builtins {
        none: singleton(&none_type, Payload::None),
        true_: singleton(&bool_, Payload::Bool(true)),
        false_: singleton(&bool_, Payload::Bool(false)),
        not_implemented: singleton(&notimpl_type, Payload::NotImplemented),
        ellipsis: singleton(&ellipsis_type, Payload::Ellipsis),
        empty_tuple: singleton(
            &tuple,
            Payload::Tuple(super::tuple::TupleItems::from_box(Box::new([]))),
        ),
        empty_str: singleton(
            &str_,
            Payload::Str(super::str::PyStr {
                s: "".into(),
                nchars: 0,
                hash: Cell::new(-1),
            }),
        ),
        float: t("float", Layout::Float, true),
        complex: t("complex", Layout::Complex, true),
        bytes: t("bytes", Layout::Bytes, true),
        bytearray: t("bytearray", Layout::ByteArray, true),
        list: t("list", Layout::List, true),
        set: t("set", Layout::Set, true),
        frozenset: t("frozenset", Layout::FrozenSet, true),
        range: t("range", Layout::Opaque, false),
        slice: t("slice", Layout::Opaque, false),
        cell: t("cell", Layout::Opaque, false),
        code: t("code", Layout::Opaque, false),
        function: t("function", Layout::Opaque, false),
        builtin_function: t("builtin_function_or_method", Layout::Opaque, false),
        method: t("method", Layout::Opaque, false),
        staticmethod: t("staticmethod", Layout::Opaque, true),
        classmethod: t("classmethod", Layout::Opaque, true),
        property: t("property", Layout::Opaque, true),
        module: t("module", Layout::Module, true),
        iterator: t("iterator", Layout::Opaque, false),
        generator: t("generator", Layout::Opaque, false),
        coroutine: t("coroutine", Layout::Opaque, false),
        async_generator: t("async_generator", Layout::Opaque, false),
        super_: t("super", Layout::Opaque, true),
        mappingproxy: t("mappingproxy", Layout::Opaque, false),
        dict: dict_for_dicts,
        object,
        type_,
        none_type,
        notimpl_type,
        ellipsis_type,
        int,
        bool_,
        str_,
        tuple,
        exceptions,
    };
    for ty in [
        &b.float,
        &b.complex,
        &b.bytes,
        &b.bytearray,
        &b.list,
        &b.set,
        &b.frozenset,
        &b.range,
        &b.slice,
        &b.cell,
        &b.code,
        &b.function,
        &b.builtin_function,
        &b.method,
        &b.staticmethod,
        &b.classmethod,
        &b.property,
        &b.module,
        &b.iterator,
        &b.generator,
        &b.coroutine,
        &b.async_generator,
        &b.super_,
        &b.mappingproxy,
    ] {
        fix_dict_type(ty, &b.dict);
    }
    b
}

fn fix_dict_type(ty: &Obj, dict_type: &Obj) {
    if let Some(h) = super::type_data(ty).dict_as_is().heap() {
        h.ty.set(dict_type.word());
    }
}

/// A built-in method descriptor to store in a type's dict.
pub fn method_descr(owner: &Obj, name: &'static str, f: BuiltinImpl) -> Obj {
    Obj::new(
        &super::builtin().builtin_function,
        Payload::Builtin(Box::new(BuiltinData {
            name,
            owner: Some(owner.clone()),
            f,
            self_: None,
            is_method: true,
            is_classmethod: false,
            module: None,
        })),
    )
}

/// Registers positional-only built-in methods on a type: `args[0]` is self.
pub fn add_methods(ty: &Obj, methods: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)]) {
    let d = super::type_data(ty).dict();
    for (name, f) in methods {
        super::dict::set_str(d, name, method_descr(ty, name, BuiltinImpl::Pos(*f)));
    }
}

/// Registers built-in methods that accept keyword arguments.
pub fn add_kw_methods(ty: &Obj, methods: &[(&'static str, fn(&[Obj], &Kwargs) -> PyResult<Obj>)]) {
    let d = super::type_data(ty).dict();
    for (name, f) in methods {
        super::dict::set_str(d, name, method_descr(ty, name, BuiltinImpl::Kw(*f)));
    }
}

/// Registers a class method (`dict.fromkeys`, `int.from_bytes`): `args[0]` is the class.
pub fn add_classmethod(ty: &Obj, name: &'static str, f: BuiltinImpl) {
    let m = Obj::new(
        &super::builtin().builtin_function,
        Payload::Builtin(Box::new(BuiltinData {
            name,
            owner: Some(ty.clone()),
            f,
            self_: None,
            is_method: true,
            is_classmethod: true,
            module: None,
        })),
    );
    super::dict::set_str(super::type_data(ty).dict(), name, m);
}

/// A free built-in function (module-level, like `len` or `math.sqrt`).
pub fn builtin_fn(module: &'static str, name: &'static str, f: BuiltinImpl) -> Obj {
    Obj::new(
        &super::builtin().builtin_function,
        Payload::Builtin(Box::new(BuiltinData {
            name,
            owner: None,
            f,
            self_: None,
            is_method: false,
            is_classmethod: false,
            module: Some(module),
        })),
    )
}

/// Built-in types defined by this crate beyond the `Builtins` registry.
pub struct ExtraTypes {
    /// `getset_descriptor`: built-in attributes (`type.__name__`, …).
    pub getset: Obj,
    /// `member_descriptor`: `__slots__` entries.
    pub member: Obj,
    /// `types.GenericAlias` (`list[int]`).
    pub generic_alias: Obj,
    /// `types.UnionType` (`int | None`).
    pub union: Obj,
}

thread_local! {
    /// Per thread, like the `Builtins` registry: objects are not `Send`, and
    /// a type shared between threads would share its dict's `RefCell`.
    static EXTRA: std::cell::Cell<Option<&'static ExtraTypes>> = const { std::cell::Cell::new(None) };
}

/// The extra built-in types (created by `types::init`).
pub fn extra() -> &'static ExtraTypes {
    if let Some(e) = EXTRA.with(std::cell::Cell::get) {
        return e;
    }
    super::init();
    EXTRA
        .with(std::cell::Cell::get)
        .expect("types::init creates the extra types")
}

/// Creates the types `types.GenericAlias`, `types.UnionType` and the
/// descriptor types that `extra()` returns.
pub(super) fn create_extra_types(b: &Builtins) {
    if EXTRA.with(std::cell::Cell::get).is_some() {
        return;
    }
    let m = b.type_.word();
    let t = |name: &str| {
        let ty = make_type(m, name, &[&b.object], Layout::Opaque, false);
        fix_dict_type(&ty, &b.dict);
        ty
    };
    let e: &'static ExtraTypes = Box::leak(Box::new(ExtraTypes {
        getset: t("getset_descriptor"),
        member: t("member_descriptor"),
        generic_alias: t("GenericAlias"),
        union: t("UnionType"),
    }));
    for ty in [&e.generic_alias, &e.union] {
        super::dict::set_str(
            super::type_data(ty).dict(),
            "__module__",
            super::str::new_str("types"),
        );
    }
    EXTRA.with(|x| x.set(Some(e)));
}

fn new_getset(
    ty: &Obj,
    name: &'static str,
    get: fn(&[Obj]) -> PyResult<Obj>,
    set: Option<fn(&[Obj]) -> PyResult<Obj>>,
    readonly_member: bool,
) -> Obj {
    let fget = builtin_fn("builtins", name, BuiltinImpl::Pos(get));
    let fset = set.map(|f| builtin_fn("builtins", name, BuiltinImpl::Pos(f)));
    super::function::descr::new_getset_obj(ty, name, fget, fset, readonly_member)
}

/// Registers a built-in attribute (a data descriptor) on a type: `get`
/// receives `[obj]`; `set` receives `[obj, value]`, or `[obj]` for `del`.
/// Without a setter, assignment raises "attribute 'x' of 'T' objects is not
/// writable".
pub fn add_getset(
    ty: &Obj,
    name: &'static str,
    get: fn(&[Obj]) -> PyResult<Obj>,
    set: Option<fn(&[Obj]) -> PyResult<Obj>>,
) {
    let d = new_getset(ty, name, get, set, false);
    super::dict::set_str(super::type_data(ty).dict(), name, d);
}

/// Registers a read-only attribute whose assignment raises "readonly
/// attribute" (CPython's read-only members, e.g. `function.__globals__`).
pub fn add_readonly_member(ty: &Obj, name: &'static str, get: fn(&[Obj]) -> PyResult<Obj>) {
    let d = new_getset(ty, name, get, None, true);
    super::dict::set_str(super::type_data(ty).dict(), name, d);
}

/// Sets `name` in a built-in type's dict unless another module already did.
pub fn set_default(ty: &Obj, name: &str, value: Obj) {
    let d = super::type_data(ty).dict();
    if super::dict::get_str(d, name).is_none() {
        super::dict::set_str(d, name, value);
    }
}

/// Like `add_methods`, but leaves existing entries alone.
pub fn add_default_methods(ty: &Obj, methods: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)]) {
    for (name, f) in methods {
        set_default(ty, name, method_descr(ty, name, BuiltinImpl::Pos(*f)));
    }
}

/// Parses a built-in's arguments CPython-style (`PyArg_ParseTupleAndKeywords`):
/// positional `args` then keywords matched against `names`; the first
/// `required` must be present. Returns one slot per name.
pub fn parse_args(
    fname: &str,
    args: &[Obj],
    kwargs: &Kwargs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Obj>>> {
    if args.len() > names.len() {
        if names.is_empty() {
            return type_error(format!(
                "{fname}() takes no arguments ({} given)",
                args.len()
            ));
        }
        let n = names.len();
        return type_error(format!(
            "{fname}() takes at most {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            args.len()
        ));
    }
    let mut out: Vec<Option<Obj>> = names.iter().map(|_| None).collect();
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        let key = super::str::as_str(k).unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(i) if i < args.len() => {
                return type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                ));
            }
        }
    }
    for i in 0..required.min(names.len()) {
        if out[i].is_none() {
            return type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            ));
        }
    }
    Ok(out)
}

/// The `PropertyData` of a property-like object.
pub fn property_data(v: &Obj) -> Option<&PropertyData> {
    match v.payload() {
        Payload::Property(p) => Some(p),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
