//! Function-like objects: Python functions, built-in functions and method
//! descriptors, properties. Calling them lives in `ops::call`.

use crate::errors::PyResult;
use crate::object::Obj;
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
pub struct FunctionData {
    pub code: Obj,
    pub globals: Obj,
    pub builtins: Obj,
    pub name: RefCell<Obj>,
    pub qualname: RefCell<Obj>,
    pub module: RefCell<Obj>,
    pub doc: RefCell<Obj>,
    pub defaults: RefCell<Option<Obj>>,
    pub kwdefaults: RefCell<Option<Obj>>,
    pub annotations: RefCell<Option<Obj>>,
    pub closure: Option<Obj>,
}

/// The payload of `property` objects.
pub struct PropertyData {
    pub fget: Option<Obj>,
    pub fset: Option<Obj>,
    pub fdel: Option<Obj>,
    pub doc: Option<Obj>,
}
