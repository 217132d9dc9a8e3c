//! Built-in modules implemented natively (`sys`, `math`, …), registered by
//! name so `import` finds them.
//!
//! To add a module: create `modules/<name>.rs` with
//! `pub fn create() -> PyResult<Obj>` (build it with `new_module`) and add
//! an entry to `NATIVE_MODULES`. The importer calls `create` once, at the
//! first import, and stores the result in `sys.modules`.

pub mod asyncio;
pub mod dis;
pub mod fileio;
pub mod gc;
pub mod hashlib;
pub mod math;
pub mod math_gamma;
pub mod math_int;
pub mod posix;
pub mod random;
pub mod sha512;
pub mod sre;
pub mod struct_;
pub mod structseq;
pub mod sys;
pub mod time;
pub mod time_calendar;
pub mod traceback;

use crate::errors::PyResult;
use crate::object::{Obj, Payload};
use crate::types::module::ModuleData;
use crate::types::{self, builtin};

/// Creates a native module's object.
pub type ModuleInit = fn() -> PyResult<Obj>;

/// The native modules, by name.
pub const NATIVE_MODULES: &[(&str, ModuleInit)] = &[
    ("_random", random::create),
    ("time", time::create),
    ("math", math::create),
    ("sys", sys::create),
    ("dis", dis::create),
    ("builtins", builtins_module),
    ("_asyncio", asyncio::create),
    ("_traceback", traceback::create),
    ("posix", posix::create),
    ("_io", fileio::create),
    ("_struct", struct_::create),
    ("_hashlib", hashlib::create),
    ("_sre", sre::create),
    ("gc", gc::create),
];

/// The initializer of native module `name`.
pub fn find_native(name: &str) -> Option<ModuleInit> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// Names of the native modules (`sys.builtin_module_names`).
pub fn native_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = NATIVE_MODULES.iter().map(|(n, _)| *n).collect();
    v.sort_unstable();
    v
}

/// A module object around `dict` (which it uses as its namespace as-is).
pub fn module_from_dict(dict: Obj) -> Obj {
    Obj::new(
        &builtin().module,
        Payload::Module(Box::new(ModuleData { dict })),
    )
}

/// A new, empty module object with the standard attributes of a built-in
/// module: `__name__`, `__doc__`, `__package__` (''), `__loader__`,
/// `__spec__` (None).
pub fn new_module(name: &str, doc: Option<&str>) -> Obj {
    let b = builtin();
    let d = types::dict::new_dict();
    types::dict::set_str(&d, "__name__", types::str::new_str(name));
    types::dict::set_str(
        &d,
        "__doc__",
        doc.map_or_else(|| b.none.clone(), types::str::new_str),
    );
    types::dict::set_str(&d, "__package__", types::str::new_str(""));
    types::dict::set_str(&d, "__loader__", b.none.clone());
    types::dict::set_str(&d, "__spec__", b.none.clone());
    module_from_dict(d)
}

/// The namespace dict of a module object.
pub fn module_dict(m: &Obj) -> Option<&Obj> {
    match m.payload() {
        Payload::Module(md) => Some(&md.dict),
        _ => None,
    }
}

/// Adds `name = value` to a module's namespace.
pub fn add(m: &Obj, name: &str, value: Obj) {
    if let Some(d) = module_dict(m) {
        types::dict::set_str(d, name, value);
    }
}

/// Adds built-in functions to a module (`module` is the name shown in reprs).
pub fn add_functions(
    m: &Obj,
    module: &'static str,
    fns: &[(&'static str, types::function::BuiltinImpl)],
) {
    for (name, f) in fns {
        add(m, name, types::typeobj::builtin_fn(module, name, *f));
    }
}

fn builtins_module() -> PyResult<Obj> {
    let d = crate::eval::state::builtins_dict();
    if types::dict::get_str(&d, "__name__").is_none() {
        types::dict::set_str(&d, "__name__", types::str::new_str("builtins"));
    }
    Ok(module_from_dict(d))
}

#[cfg(test)]
mod tests {
    /// The compiler's list of native modules (abi.rs) matches this registry.
    #[test]
    fn registry_matches_abi_list() {
        let mut ours: Vec<&str> = super::NATIVE_MODULES.iter().map(|(n, _)| *n).collect();
        let mut abi: Vec<&str> = crate::abi::NATIVE_MODULE_NAMES.to_vec();
        ours.sort_unstable();
        abi.sort_unstable();
        assert_eq!(ours, abi);
    }
}
