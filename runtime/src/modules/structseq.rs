//! Struct sequences (`sys.version_info`, `sys.float_info`, …): tuple
//! subclasses whose items are also readable as named attributes, with
//! CPython's `module.name(field=value, …)` repr.

use crate::errors::{PyResult, type_error};
use crate::eval::util::{add_getters, new_native_type};
use crate::object::Obj;
use crate::types::{self, builtin};
use std::cell::RefCell;

macro_rules! getters {
    ($($i:literal),*) => {
        [$(|a: &[Obj]| -> PyResult<Obj> { item(a, $i) }),*]
    };
}

const GETTERS: [fn(&[Obj]) -> PyResult<Obj>; 16] =
    getters!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

fn item(args: &[Obj], i: usize) -> PyResult<Obj> {
    match args.first().and_then(types::tuple::as_slice) {
        Some(items) => Ok(items
            .get(i)
            .cloned()
            .unwrap_or_else(|| builtin().none.clone())),
        None => type_error("descriptor requires a struct sequence"),
    }
}

fn repr(args: &[Obj]) -> PyResult<Obj> {
    let Some(this) = args.first() else {
        return type_error("descriptor requires a struct sequence");
    };
    let ty = this.ty();
    let td = types::type_data(&ty);
    let module = types::dict::get_str(td.dict(), "__module__")
        .and_then(|m| types::str::as_str(&m).map(str::to_string))
        .unwrap_or_default();
    let fields = types::dict::get_str(td.dict(), "__match_args__");
    let fields = fields
        .as_ref()
        .and_then(types::tuple::as_slice)
        .unwrap_or(&[]);
    let items = types::tuple::as_slice(this).unwrap_or(&[]);
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items) {
        parts.push(format!(
            "{}={}",
            types::str::as_str(f).unwrap_or("?"),
            crate::ops::repr_string(v)?
        ));
    }
    Ok(types::str::new_string(format!(
        "{}.{}({})",
        module,
        td.name.borrow(),
        parts.join(", ")
    )))
}

thread_local! {
    /// Struct sequence types whose namespaces still lack their fields
    /// (`lazy::STRUCT_SEQUENCES`), with those fields.
    static PENDING: RefCell<Vec<(Obj, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
}

/// Creates a struct sequence type `module.name` with the given fields (at
/// most 16). Its namespace gets them on first use.
pub fn new_type(module: &str, name: &str, fields: &[&'static str]) -> Obj {
    let t = new_native_type(name, module, Some(&builtin().tuple));
    PENDING.with(|p| p.borrow_mut().push((t.clone(), fields.to_vec())));
    types::lazy::arm_late(&t, types::lazy::STRUCT_SEQUENCES);
    t
}

/// Adds the fields of every struct sequence type made since the last call.
pub(crate) fn add_pending_fields(_: &types::Builtins) {
    for (t, fields) in PENDING.with(|p| std::mem::take(&mut *p.borrow_mut())) {
        add_fields(&t, &fields);
    }
}

/// Fills the namespace of struct sequence type `t`: its field getters,
/// `__repr__` and the `n_*` counts.
fn add_fields(t: &Obj, fields: &[&'static str]) {
    let getters: Vec<(&'static str, fn(&[Obj]) -> PyResult<Obj>)> = fields
        .iter()
        .zip(GETTERS.iter())
        .map(|(f, g)| (*f, *g))
        .collect();
    add_getters(t, &getters);
    types::typeobj::add_methods(t, &[("__repr__", repr), ("__str__", repr)]);
    let d = types::type_data(t).dict();
    let names: Vec<Obj> = fields.iter().map(|f| types::str::new_str(f)).collect();
    types::dict::set_str(d, "__match_args__", types::tuple::new_tuple(names));
    let n = types::int::new_int(fields.len() as i64);
    types::dict::set_str(d, "n_fields", n.clone());
    types::dict::set_str(d, "n_sequence_fields", n);
    types::dict::set_str(d, "n_unnamed_fields", types::int::new_int(0));
}

/// An instance of a struct sequence type.
pub fn new(ty: &Obj, values: Vec<Obj>) -> Obj {
    types::tuple::new_tuple_of_type(ty, values)
}
