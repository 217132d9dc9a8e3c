//! Exceptions: the built-in hierarchy (one table), exception payloads, the
//! pending-exception slot of the thread state, and constructors for the
//! errors runtime code raises (`type_error`, `value_error`, …).

use crate::object::{Obj, Payload};
use crate::types::{self, builtin};
use std::cell::RefCell;

/// Runtime code returns `PyResult`; `Err` holds the exception instance.
pub type PyResult<T> = Result<T, PyErr>;

/// A raised exception (an instance of a BaseException subclass).
#[derive(Clone, Debug)]
pub struct PyErr(pub Obj);

/// The payload of exception instances.
pub struct ExcData {
    pub args: RefCell<Obj>,
    /// Traceback entries, innermost first: (code object, instruction index);
    /// `eval::traceback::entries` gives them in display order.
    pub traceback: RefCell<Vec<(Obj, u32)>>,
    pub cause: RefCell<Option<Obj>>,
    pub context: RefCell<Option<Obj>>,
    pub suppress_context: std::cell::Cell<bool>,
    /// StopIteration.value, SystemExit.code, KeyError etc. keep no extra state;
    /// attributes such as `name`/`obj` live in the instance dict.
    pub notes: RefCell<Option<Obj>>,
}

/// The built-in exception hierarchy, in CPython's order: (name, base index).
/// `base` indexes into this same table; the root has no base.
pub const EXCEPTION_TABLE: &[(&str, Option<usize>)] = &[
    ("BaseException", None),                 // 0
    ("Exception", Some(0)),                  // 1
    ("SystemExit", Some(0)),                 // 2
    ("KeyboardInterrupt", Some(0)),          // 3
    ("GeneratorExit", Some(0)),              // 4
    ("ArithmeticError", Some(1)),            // 5
    ("ZeroDivisionError", Some(5)),          // 6
    ("OverflowError", Some(5)),              // 7
    ("FloatingPointError", Some(5)),         // 8
    ("AssertionError", Some(1)),             // 9
    ("AttributeError", Some(1)),             // 10
    ("BufferError", Some(1)),                // 11
    ("EOFError", Some(1)),                   // 12
    ("ImportError", Some(1)),                // 13
    ("ModuleNotFoundError", Some(13)),       // 14
    ("LookupError", Some(1)),                // 15
    ("IndexError", Some(15)),                // 16
    ("KeyError", Some(15)),                  // 17
    ("MemoryError", Some(1)),                // 18
    ("NameError", Some(1)),                  // 19
    ("UnboundLocalError", Some(19)),         // 20
    ("OSError", Some(1)),                    // 21
    ("FileNotFoundError", Some(21)),         // 22
    ("FileExistsError", Some(21)),           // 23
    ("PermissionError", Some(21)),           // 24
    ("IsADirectoryError", Some(21)),         // 25
    ("NotADirectoryError", Some(21)),        // 26
    ("BrokenPipeError", Some(21)),           // 27
    ("TimeoutError", Some(21)),              // 28
    ("InterruptedError", Some(21)),          // 29
    ("ReferenceError", Some(1)),             // 30
    ("RuntimeError", Some(1)),               // 31
    ("NotImplementedError", Some(31)),       // 32
    ("RecursionError", Some(31)),            // 33
    ("StopIteration", Some(1)),              // 34
    ("StopAsyncIteration", Some(1)),         // 35
    ("SyntaxError", Some(1)),                // 36
    ("IndentationError", Some(36)),          // 37
    ("SystemError", Some(1)),                // 38
    ("TypeError", Some(1)),                  // 39
    ("ValueError", Some(1)),                 // 40
    ("UnicodeError", Some(40)),              // 41
    ("UnicodeDecodeError", Some(41)),        // 42
    ("UnicodeEncodeError", Some(41)),        // 43
    ("Warning", Some(1)),                    // 44
    ("UserWarning", Some(44)),               // 45
    ("DeprecationWarning", Some(44)),        // 46
    ("RuntimeWarning", Some(44)),            // 47
    ("SyntaxWarning", Some(44)),             // 48
    ("FutureWarning", Some(44)),             // 49
    ("PendingDeprecationWarning", Some(44)), // 50
    ("ImportWarning", Some(44)),             // 51
    ("UnicodeWarning", Some(44)),            // 52
    ("BytesWarning", Some(44)),              // 53
    ("ResourceWarning", Some(44)),           // 54
    ("ConnectionError", Some(21)),           // 55
    ("ChildProcessError", Some(21)),         // 56
    ("ProcessLookupError", Some(21)),        // 57
    ("BlockingIOError", Some(21)),           // 58
    ("EncodingWarning", Some(44)),           // 59
    ("UnicodeTranslateError", Some(41)),     // 60
    ("TabError", Some(37)),                  // 61
    ("BaseExceptionGroup", Some(0)),         // 62
];

/// Indexes into `EXCEPTION_TABLE` for the exceptions the runtime raises.
#[derive(Clone, Copy, Debug)]
#[repr(usize)]
pub enum Exc {
    BaseException = 0,
    Exception = 1,
    SystemExit = 2,
    KeyboardInterrupt = 3,
    GeneratorExit = 4,
    ArithmeticError = 5,
    ZeroDivisionError = 6,
    OverflowError = 7,
    AssertionError = 9,
    AttributeError = 10,
    EOFError = 12,
    ImportError = 13,
    ModuleNotFoundError = 14,
    LookupError = 15,
    IndexError = 16,
    KeyError = 17,
    MemoryError = 18,
    NameError = 19,
    UnboundLocalError = 20,
    OSError = 21,
    FileNotFoundError = 22,
    FileExistsError = 23,
    PermissionError = 24,
    IsADirectoryError = 25,
    NotADirectoryError = 26,
    BrokenPipeError = 27,
    TimeoutError = 28,
    InterruptedError = 29,
    RuntimeError = 31,
    NotImplementedError = 32,
    RecursionError = 33,
    StopIteration = 34,
    StopAsyncIteration = 35,
    SystemError = 38,
    TypeError = 39,
    ValueError = 40,
    UnicodeDecodeError = 42,
    UnicodeEncodeError = 43,
    RuntimeWarning = 47,
}

impl Exc {
    /// The built-in type object for this exception.
    pub fn ty(self) -> &'static Obj {
        &builtin().exceptions[self as usize]
    }
}

impl PyErr {
    /// Creates an exception of a built-in type with a single string argument.
    pub fn new(kind: Exc, msg: impl Into<String>) -> PyErr {
        let s = types::str::new_str(&msg.into());
        PyErr(new_exception(kind.ty(), vec![s]))
    }

    /// Creates an exception of a built-in type with the given args.
    pub fn with_args(kind: Exc, args: Vec<Obj>) -> PyErr {
        PyErr(new_exception(kind.ty(), args))
    }

    /// Is this exception an instance of `kind` (or a subclass)?
    pub fn matches(&self, kind: Exc) -> bool {
        types::is_subtype(&self.0.ty(), kind.ty())
    }

    pub fn value(&self) -> &Obj {
        &self.0
    }
}

/// Builds an exception instance of type `ty` with `args` (no `__init__` call).
pub fn new_exception(ty: &Obj, args: Vec<Obj>) -> Obj {
    let args = types::tuple::new_tuple(args);
    Obj::new(ty, Payload::BaseException(Box::new(new_exc_data(args))))
}

pub fn new_exc_data(args: Obj) -> ExcData {
    ExcData {
        args: RefCell::new(args),
        traceback: RefCell::new(Vec::new()),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: std::cell::Cell::new(false),
        notes: RefCell::new(None),
    }
}

/// The exception payload of an exception instance.
pub fn exc_data(e: &Obj) -> Option<&ExcData> {
    match e.payload() {
        Payload::BaseException(d) => Some(d),
        _ => None,
    }
}

pub fn type_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::TypeError, msg))
}
pub fn value_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::ValueError, msg))
}
pub fn index_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::IndexError, msg))
}
pub fn attribute_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::AttributeError, msg))
}
pub fn overflow_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::OverflowError, msg))
}
pub fn zero_division<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::ZeroDivisionError, msg))
}
pub fn runtime_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(Exc::RuntimeError, msg))
}
pub fn raise<T>(kind: Exc, msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(kind, msg))
}
/// `KeyError(key)`: the key itself is the single argument.
pub fn key_error<T>(key: &Obj) -> PyResult<T> {
    Err(PyErr::with_args(Exc::KeyError, vec![key.clone()]))
}
