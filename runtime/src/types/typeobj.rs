//! Creation of the built-in type objects and of classes (`type(name, bases,
//! ns)`, `__build_class__`), `type` methods, and method registration helpers.

use super::function::{BuiltinData, BuiltinImpl, Kwargs};
use super::{Builtins, Layout, TypeData};
use crate::errors::{EXCEPTION_TABLE, PyResult};
use crate::object::{Obj, Payload};
use std::cell::{Cell, RefCell};

/// Allocates an immortal built-in type object.
fn make_type(meta: u64, name: &str, bases: &[&Obj], layout: Layout, base_ok: bool) -> Obj {
    let dict = Obj::new_immortal(0, Payload::Dict(RefCell::new(Default::default())));
    let t = Obj::new_immortal(
        meta,
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases.iter().map(|b| (*b).clone()).collect()),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            heap: false,
            base_ok,
            version: Cell::new(0),
            slots: RefCell::new(None),
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
        empty_tuple: singleton(&tuple, Payload::Tuple(Box::new([]))),
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
    if let Some(h) = super::type_data(ty).dict.heap() {
        h.ty.set(dict_type.word());
    }
}

/// Fills the built-in types' dicts with their methods.
pub fn init_all_methods(b: &Builtins) {
    for (name, ty) in [
        ("object", &b.object),
        ("type", &b.type_),
        ("int", &b.int),
        ("bool", &b.bool_),
        ("float", &b.float),
        ("str", &b.str_),
        ("tuple", &b.tuple),
        ("dict", &b.dict),
    ] {
        let _ = name;
        super::dict::set_str(
            &super::type_data(ty).dict,
            "__module__",
            super::str::new_str("builtins"),
        );
    }
    super::int::init_methods(b);
    super::float::init_methods(b);
    super::complex::init_methods(b);
    super::str::init_methods(b);
    super::bytes::init_methods(b);
    super::tuple::init_methods(b);
    super::list::init_methods(b);
    super::dict::init_methods(b);
    super::set::init_methods(b);
    super::range::init_methods(b);
    super::iter::init_methods(b);
    super::module::init_methods(b);
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
    let d = &super::type_data(ty).dict;
    for (name, f) in methods {
        super::dict::set_str(d, name, method_descr(ty, name, BuiltinImpl::Pos(*f)));
    }
}

/// Registers built-in methods that accept keyword arguments.
pub fn add_kw_methods(ty: &Obj, methods: &[(&'static str, fn(&[Obj], &Kwargs) -> PyResult<Obj>)]) {
    let d = &super::type_data(ty).dict;
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
    super::dict::set_str(&super::type_data(ty).dict, name, m);
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
