//! Small helpers shared by the eval-owned types and modules: creating native
//! type objects, read-only attribute getters, binding methods found on a type
//! (`_PyObject_LookupSpecial`), and setting attributes on exceptions.

use crate::errors::{PyResult, exc_data};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinData, BuiltinImpl, PropertyData};
use crate::types::{self, Layout, TypeData, builtin};
use std::cell::RefCell;

/// Creates an (immortal) built-in type object named `name` in `module`,
/// deriving from `base` (defaults to `object`) with the base's layout.
pub fn new_native_type(name: &str, module: &str, base: Option<&Obj>) -> Obj {
    let b = builtin();
    let base = base.unwrap_or(&b.object).clone();
    let layout = match types::type_data(&base).layout {
        Layout::Object => Layout::Opaque,
        l => l,
    };
    let dict = Obj::new_immortal(
        b.dict.word(),
        Payload::Dict(RefCell::new(Default::default())),
    );
    let t = Obj::new_immortal(
        b.type_.word(),
        Payload::Type(Box::new(TypeData::new(
            name,
            vec![base.clone()],
            dict,
            layout,
        ))),
    );
    let mut mro = vec![t.clone()];
    mro.extend(types::type_data(&base).mro.borrow().iter().cloned());
    *types::type_data(&t).mro.borrow_mut() = mro;
    types::dict::set_str(
        types::type_data(&t).dict(),
        "__module__",
        types::str::new_str(module),
    );
    t
}

/// Registers read-only attributes (properties whose getter gets `args[0]` =
/// the instance) on a type.
pub fn add_getters(ty: &Obj, getters: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)]) {
    let d = types::type_data(ty).dict();
    for (name, f) in getters {
        let fget = types::typeobj::builtin_fn("builtins", name, BuiltinImpl::Pos(*f));
        let p = Obj::new(
            &builtin().property,
            Payload::Property(Box::new(PropertyData {
                fget: Some(fget),
                fset: None,
                fdel: None,
                doc: None,
            })),
        );
        types::dict::set_str(d, name, p);
    }
}

/// Binds an attribute found on the type of `obj` to `obj`, as attribute
/// access would: functions become bound methods, built-in method
/// descriptors become bound built-ins, other descriptors go through `__get__`.
pub fn bind(attr: Obj, obj: &Obj) -> PyResult<Obj> {
    match attr.payload() {
        Payload::Function(_) => Ok(Obj::new(
            &builtin().method,
            Payload::Method(attr.clone(), obj.clone()),
        )),
        Payload::Builtin(bd) if bd.is_method && bd.self_.is_none() => {
            let self_ = if bd.is_classmethod {
                obj.ty()
            } else {
                obj.clone()
            };
            Ok(Obj::new(
                &builtin().builtin_function,
                Payload::Builtin(Box::new(BuiltinData {
                    name: bd.name,
                    owner: bd.owner.clone(),
                    f: bd.f,
                    self_: Some(self_),
                    is_method: true,
                    is_classmethod: bd.is_classmethod,
                    module: bd.module,
                })),
            ))
        }
        Payload::StaticMethod(f) => Ok(f.borrow().clone()),
        Payload::ClassMethod(f) => {
            let f = f.borrow().clone();
            Ok(Obj::new(&builtin().method, Payload::Method(f, obj.ty())))
        }
        _ => {
            if let Some(get) = types::lookup_special(&attr, "__get__") {
                crate::ops::call(&get, &[attr.clone(), obj.clone(), obj.ty()], None)
            } else {
                Ok(attr)
            }
        }
    }
}

/// `_PyObject_LookupSpecial`: looks `name` up on the type of `obj` and binds
/// it. Ok(None) when the type does not define it.
pub fn lookup_special_bound(obj: &Obj, name: &str) -> PyResult<Option<Obj>> {
    match types::lookup_special(obj, name) {
        Some(a) => bind(a, obj).map(Some),
        None => Ok(None),
    }
}

/// Sets an attribute in an exception instance's dict (`name`, `obj`, `path`…)
/// without going through `__setattr__`.
pub fn set_exc_attr(e: &Obj, name: &str, value: Obj) {
    if exc_data(e).is_none() {
        return;
    }
    let d = match e.dict() {
        Some(d) => d,
        None => {
            let d = types::dict::new_dict();
            e.set_dict(Some(d.clone()));
            d
        }
    };
    types::dict::set_str(&d, name, value);
}

/// Reads an attribute from an exception instance's dict (no descriptors).
pub fn get_exc_attr(e: &Obj, name: &str) -> Option<Obj> {
    e.dict().and_then(|d| types::dict::get_str(&d, name))
}

/// The text of a str object, or "" for anything else.
pub fn str_of(v: &Obj) -> &str {
    types::str::as_str(v).unwrap_or("")
}

/// `repr()` of a Rust string, as CPython's `%R` of a str would print it.
pub fn repr_str(s: &str) -> String {
    match crate::ops::repr_string(&types::str::new_str(s)) {
        Ok(r) => r,
        Err(_) => format!("'{s}'"),
    }
}
