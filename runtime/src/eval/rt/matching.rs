//! Structural pattern matching support (`match` statements).

use super::v;
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::eval::state::value_word;
use crate::eval::util::repr_str;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, Layout, builtin, dict};

#[unsafe(no_mangle)]
pub extern "C" fn rt_get_len(obj: u64) -> u64 {
    value_word(ops::len(v(&obj)).map(|n| types::int::new_int(n as i64)))
}

fn mro_has_native(ty: &Obj, names: &[&str]) -> bool {
    types::type_data(ty).mro.borrow().iter().any(|t| {
        let td = types::type_data(t);
        !td.heap && names.contains(&td.name.borrow().as_str())
    })
}

/// `Py_TPFLAGS_MAPPING`: dict and its subclasses, mappingproxy.
pub fn is_mapping(o: &Obj) -> bool {
    let ty = o.ty();
    types::layout(&ty) == Layout::Dict
        || matches!(o.payload(), Payload::MappingProxy(_))
        || mro_has_native(
            &ty,
            &[
                "dict",
                "mappingproxy",
                "OrderedDict",
                "defaultdict",
                "Counter",
            ],
        )
}

/// `Py_TPFLAGS_SEQUENCE`: list, tuple, range, deque, array, memoryview and
/// their subclasses (never str, bytes or bytearray).
pub fn is_sequence(o: &Obj) -> bool {
    let ty = o.ty();
    matches!(types::layout(&ty), Layout::List | Layout::Tuple)
        || matches!(o.payload(), Payload::Range(_))
        || mro_has_native(
            &ty,
            &["list", "tuple", "range", "deque", "array", "memoryview"],
        )
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_mapping(obj: u64) -> i64 {
    is_mapping(v(&obj)) as i64
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_sequence(obj: u64) -> i64 {
    is_sequence(v(&obj)) as i64
}

fn match_keys(map: &Obj, keys: &Obj) -> PyResult<Obj> {
    let b = builtin();
    let ks = types::tuple::as_slice(keys).unwrap_or(&[]);
    if ks.is_empty() {
        return Ok(b.empty_tuple.clone());
    }
    let exact = map.ty().is(&b.dict);
    let get = if exact {
        None
    } else {
        Some(ops::getattr_str(map, "get")?)
    };
    let dummy = Obj::new(&b.object, Payload::Instance(Default::default()));
    let mut seen: Vec<Obj> = Vec::new();
    let mut values = Vec::with_capacity(ks.len());
    for k in ks {
        for s in &seen {
            if ops::eq(s, k)? {
                return Err(PyErr::new(
                    Exc::ValueError,
                    format!(
                        "mapping pattern checks duplicate key ({})",
                        ops::repr_string(k)?
                    ),
                ));
            }
        }
        seen.push(k.clone());
        let value = match &get {
            None => dict::get_item(map, k)?,
            Some(g) => {
                let r = ops::call(g, &[k.clone(), dummy.clone()], None)?;
                if r.is(&dummy) { None } else { Some(r) }
            }
        };
        match value {
            Some(x) => values.push(x),
            None => return Ok(b.none.clone()),
        }
    }
    Ok(types::tuple::new_tuple(values))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_keys(obj: u64, keys: u64) -> u64 {
    value_word(match_keys(v(&obj), v(&keys)))
}

const MATCH_SELF: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

fn is_match_self(ty: &Obj) -> bool {
    let td = types::type_data(ty);
    if !td.heap && MATCH_SELF.contains(&td.name.borrow().as_str()) {
        return true;
    }
    // Subclasses inherit the flag.
    td.mro.borrow().iter().skip(1).any(|t| {
        let d = types::type_data(t);
        !d.heap && MATCH_SELF.contains(&d.name.borrow().as_str())
    })
}

fn match_class_attr(
    subject: &Obj,
    ty: &Obj,
    name: &Obj,
    seen: &mut Vec<String>,
) -> PyResult<Option<Obj>> {
    let n = types::str::as_str(name).unwrap_or("").to_string();
    if seen.contains(&n) {
        return type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            types::type_name(ty),
            repr_str(&n)
        ));
    }
    seen.push(n);
    match ops::getattr(subject, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn match_class(subject: &Obj, ty: &Obj, nargs: usize, kwargs: &Obj) -> PyResult<Option<Obj>> {
    if !matches!(ty.payload(), Payload::Type(_)) {
        return type_error("called match pattern must be a type");
    }
    if !is_instance(subject, ty)? {
        return Ok(None);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut attrs: Vec<Obj> = Vec::new();
    if nargs > 0 {
        let mut match_self = false;
        let match_args = match ops::getattr_str(ty, "__match_args__") {
            Ok(m) => {
                if !m.ty().is(&builtin().tuple) {
                    return type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        types::type_name(ty),
                        types::type_name_of(&m)
                    ));
                }
                m
            }
            Err(e) if e.matches(Exc::AttributeError) => {
                match_self = is_match_self(ty);
                builtin().empty_tuple.clone()
            }
            Err(e) => return Err(e),
        };
        let names = types::tuple::as_slice(&match_args).unwrap_or(&[]);
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            return type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                types::type_name(ty),
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            ));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &names[..nargs] {
                if !name.ty().is(&builtin().str_) {
                    return type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        types::type_name_of(name)
                    ));
                }
                match match_class_attr(subject, ty, name, &mut seen)? {
                    Some(a) => attrs.push(a),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in types::tuple::as_slice(kwargs).unwrap_or(&[]) {
        match match_class_attr(subject, ty, name, &mut seen)? {
            Some(a) => attrs.push(a),
            None => return Ok(None),
        }
    }
    Ok(Some(types::tuple::new_tuple(attrs)))
}

/// `isinstance(v, t)` honouring a metaclass `__instancecheck__`.
fn is_instance(v: &Obj, t: &Obj) -> PyResult<bool> {
    if types::is_instance(v, t) {
        return Ok(true);
    }
    let meta = t.ty();
    if types::type_data(&meta).heap
        && let Some(check) = types::lookup(&meta, "__instancecheck__")
    {
        let r = ops::call(&check, &[t.clone(), v.clone()], None)?;
        return ops::is_true(&r);
    }
    Ok(false)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_class(obj: u64, cls: u64, nargs: u64, names: u64) -> u64 {
    value_word(
        match_class(v(&obj), v(&cls), nargs as usize, v(&names))
            .map(|r| r.unwrap_or_else(|| builtin().none.clone())),
    )
}

fn copy_without_keys(obj: &Obj, keys: &Obj) -> PyResult<Obj> {
    let rest = dict::new_dict();
    dict::merge(&rest, obj, dict::MergeMode::Override)?;
    for k in types::tuple::as_slice(keys).unwrap_or(&[]) {
        dict::del_item_or_raise(&rest, k)?;
    }
    Ok(rest)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_copy_dict_without_keys(obj: u64, keys: u64) -> u64 {
    value_word(copy_without_keys(v(&obj), v(&keys)))
}
