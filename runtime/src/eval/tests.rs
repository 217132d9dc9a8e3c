//! End-to-end tests of the eval machinery with hand-written "native code"
//! standing in for compiled functions: tracebacks, generators, imports.

use crate::abi::{CO_FAST_LOCAL, CO_GENERATOR, FRAME_STATE_SUSPENDED};
use crate::errors::{Exc, PyErr, exc_data};
use crate::eval::frame::Frame;
use crate::eval::loader::tests::raw_code;
use crate::eval::loader::{Program, RawCode, RawConst, RawProgram, build, set_program};
use crate::eval::{import, rt, state, traceback};
use crate::object::{Obj, Payload};
use crate::types::code::{NativeFn, Position};
use crate::types::{self, builtin};
use std::rc::Rc;

fn pos(line: u32, col: u32, end_col: u32) -> Position {
    Position {
        line,
        end_line: line,
        col,
        end_col,
    }
}

fn load(
    modules: Vec<(&str, &str, &str, bool, u32)>,
    codes: Vec<(RawCode, NativeFn)>,
) -> Rc<Program> {
    crate::types::init();
    let natives: Vec<NativeFn> = codes.iter().map(|(_, f)| *f).collect();
    let raw = RawProgram {
        modules: modules
            .into_iter()
            .map(|(n, f, s, p, b)| (n.to_string(), f.to_string(), s.to_string(), p, b))
            .collect(),
        codes: codes.into_iter().map(|(c, _)| c).collect(),
    };
    let p = Rc::new(build(&raw, &|i| (natives[i], None)).expect("builds"));
    set_program(p.clone());
    p
}

unsafe extern "C" fn ret_none(_f: *mut Frame) -> u64 {
    builtin().none.clone().into_word()
}

fn code_with(name: &str, file: &str, positions: Vec<Position>) -> RawCode {
    let mut c = raw_code(name, vec![], vec![RawConst::None]);
    c.positions = positions;
    c.filename = file.to_string();
    c
}

/// The message of an exception (its first argument), independent of how
/// exception `__str__` is implemented.
fn msg(e: &Obj) -> String {
    let a = exc_data(e).unwrap().args.borrow().clone();
    types::tuple::as_slice(&a)
        .and_then(|s| s.first())
        .and_then(|m| types::str::as_str(m).map(str::to_string))
        .unwrap_or_default()
}

/// What the traceback prints after the type name (": " + str(exc)).
fn shown(e: &Obj) -> String {
    let s = crate::ops::str_string(e).unwrap_or_default();
    if s.is_empty() { s } else { format!(": {s}") }
}

#[test]
fn traceback_format() {
    let src = "def f(x):\n    return 1/x   # comment\ndef g():\n    f(0)   \nif w == 0: g()\n";
    let p = load(
        vec![("__main__", "/tmp/t.py", src, false, 0)],
        vec![
            (
                code_with("<module>", "/tmp/t.py", vec![pos(5, 11, 14)]),
                ret_none,
            ),
            (code_with("g", "/tmp/t.py", vec![pos(4, 4, 8)]), ret_none),
            (code_with("f", "/tmp/t.py", vec![pos(2, 11, 14)]), ret_none),
        ],
    );
    let e = PyErr::new(Exc::ZeroDivisionError, "division by zero");
    let d = exc_data(&e.0).unwrap();
    for c in p.codes.iter().rev() {
        d.traceback.borrow_mut().push((c.clone(), 0));
    }
    let out = traceback::format_exception(&e.0);
    assert_eq!(
        out,
        format!(
            "Traceback (most recent call last):\n  File \"/tmp/t.py\", line 5, in <module>\n    if w == 0: g()\n               ^^^\n  File \"/tmp/t.py\", line 4, in g\n    f(0)   \n    ^^^^\n  File \"/tmp/t.py\", line 2, in f\n    return 1/x   # comment\n           ~^~\nZeroDivisionError{}\n",
            shown(&e.0)
        )
    );
}

#[test]
fn traceback_chain_and_repeats() {
    let src = "def f(n):\n    return f(n)\n";
    let p = load(
        vec![("__main__", "/tmp/r.py", src, false, 0)],
        vec![(code_with("f", "/tmp/r.py", vec![pos(2, 11, 15)]), ret_none)],
    );
    let e = PyErr::new(Exc::RecursionError, "maximum recursion depth exceeded");
    let d = exc_data(&e.0).unwrap();
    for _ in 0..10 {
        d.traceback.borrow_mut().push((p.codes[0].clone(), 0));
    }
    let cause = PyErr::new(Exc::KeyError, "x");
    *d.context.borrow_mut() = Some(cause.0.clone());
    let out = traceback::format_exception(&e.0);
    let expected_tail = format!(
        "  File \"/tmp/r.py\", line 2, in f\n    return f(n)\n           ^^^^\n  [Previous line repeated 7 more times]\nRecursionError{}\n",
        shown(&e.0)
    );
    assert!(out.ends_with(&expected_tail), "{out}");
    assert!(out.starts_with(&format!(
        "KeyError{}\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback",
        shown(&cause.0)
    )), "{out}");
}

// --- a hand-written generator: def g(n): for i in range(n): yield i; return 'done'

unsafe extern "C" fn gen_native(f: *mut Frame) -> u64 {
    // SAFETY: the runtime passes a live generator frame with 2 locals.
    unsafe {
        let s = Frame::slots(f);
        let (n, mut i) = if (*f).resume == 0 {
            let n = Obj::from_word(s.replace(0)).unwrap();
            (n, 0i64)
        } else {
            let n = Obj::from_word(s.replace(0)).unwrap();
            let i = Obj::from_word(s.add(1).replace(0)).unwrap();
            (n, i.small_int().unwrap())
        };
        drop(Obj::from_word((*f).sent));
        (*f).sent = 0;
        if (*f).throw == 1 {
            return 0;
        }
        if (*f).resume != 0 {
            i += 1;
        }
        if i < n.small_int().unwrap() {
            *s = n.into_word();
            *s.add(1) = Obj::from_small(i).into_word();
            (*f).state = FRAME_STATE_SUSPENDED;
            (*f).resume = 1;
            return Obj::from_small(i).into_word();
        }
        types::str::new_str("done").into_word()
    }
}

fn gen_function() -> Obj {
    let mut c = raw_code(
        "g",
        vec![("n", CO_FAST_LOCAL), ("i", CO_FAST_LOCAL)],
        vec![RawConst::None],
    );
    c.argcount = 1;
    c.flags = CO_GENERATOR;
    c.stacksize = 1;
    let p = load(vec![], vec![(c, gen_native)]);
    let code = p.codes[0].clone();
    let fd = crate::types::function::FunctionData {
        code: code.clone(),
        globals: types::dict::new_dict(),
        builtins: types::dict::new_dict(),
        direct: crate::types::function::DirectCall::of(types::code::code_data(&code), None),
        name: std::cell::RefCell::new(types::str::new_str("g")),
        qualname: std::cell::RefCell::new(types::str::new_str("g")),
        module: std::cell::RefCell::new(types::str::new_str("__main__")),
        doc: std::cell::RefCell::new(builtin().none.clone()),
        defaults: std::cell::RefCell::new(None),
        kwdefaults: std::cell::RefCell::new(None),
        annotations: std::cell::RefCell::new(None),
        closure: None,
    };
    Obj::new(&builtin().function, Payload::Function(Box::new(fd)))
}

#[test]
fn generator_protocol() {
    use crate::types::generator::{gen_close, gen_next, gen_send, gen_throw};
    let func = gen_function();
    let g = crate::eval::call::call_function(&func, &[Obj::from_small(3)], None).unwrap();
    assert!(matches!(g.payload(), Payload::Generator(_)));
    // Sending a value to a just-started generator fails.
    let e = gen_send(&g, Obj::from_small(1)).unwrap_err();
    assert!(e.matches(Exc::TypeError));
    let mut got = vec![];
    while let Some(x) = gen_next(&g).unwrap() {
        got.push(x.small_int().unwrap());
    }
    assert_eq!(got, vec![0, 1, 2]);
    // Exhausted: StopIteration without value.
    let e = gen_send(&g, builtin().none.clone()).unwrap_err();
    assert!(e.matches(Exc::StopIteration));

    // The return value arrives in StopIteration.
    let g = crate::eval::call::call_function(&func, &[Obj::from_small(1)], None).unwrap();
    assert_eq!(gen_next(&g).unwrap().unwrap().small_int(), Some(0));
    let e = gen_send(&g, builtin().none.clone()).unwrap_err();
    let args = exc_data(&e.0).unwrap().args.borrow().clone();
    assert_eq!(
        types::str::as_str(&types::tuple::as_slice(&args).unwrap()[0]),
        Some("done")
    );

    // throw() raises at the suspension point; the generator is finished.
    let g = crate::eval::call::call_function(&func, &[Obj::from_small(5)], None).unwrap();
    gen_next(&g).unwrap();
    let exc = crate::errors::new_exception(Exc::ValueError.ty(), vec![]);
    let e = gen_throw(&g, exc.clone()).unwrap_err();
    assert!(e.0.is(&exc));
    assert!(gen_next(&g).unwrap().is_none());

    // close() of a suspended generator; dropping suspended ones closes them.
    let g = crate::eval::call::call_function(&func, &[Obj::from_small(5)], None).unwrap();
    gen_next(&g).unwrap();
    gen_close(&g).unwrap();
    assert!(gen_next(&g).unwrap().is_none());
    let g = crate::eval::call::call_function(&func, &[Obj::from_small(5)], None).unwrap();
    gen_next(&g).unwrap();
    drop(g);
    assert!(!state::has_pending());
    // Unstarted generators just release their arguments.
    let g = crate::eval::call::call_function(&func, &[Obj::from_small(5)], None).unwrap();
    drop(g);
}

// --- imports ----------------------------------------------------------------------

fn name_at(f: *mut Frame, i: usize) -> u64 {
    // SAFETY: test natives only read names that exist.
    unsafe { *(*f).names.add(i) }
}

/// Module body: `x = 1`.
unsafe extern "C" fn body_store_x(f: *mut Frame) -> u64 {
    // SAFETY: `f` is the live module frame.
    unsafe {
        if rt::rt_store_name(f as u64, name_at(f, 0), Obj::from_small(1).word()) < 0 {
            return 0;
        }
    }
    builtin().none.clone().into_word()
}

/// Module body: `import pkg.sub` (binding `pkg`).
unsafe extern "C" fn body_import(f: *mut Frame) -> u64 {
    // SAFETY: `f` is the live module frame.
    unsafe {
        let none = builtin().none.word();
        let m = rt::rt_import_name(f as u64, name_at(f, 0), none, Obj::from_small(0).word());
        if m == 0 {
            return 0;
        }
        let r = rt::rt_store_name(f as u64, name_at(f, 1), m);
        drop(Obj::from_word(m));
        if r < 0 {
            return 0;
        }
    }
    builtin().none.clone().into_word()
}

/// Module body of `a`: `from b import thing` where b does `from a import zz`.
unsafe extern "C" fn body_from_import(f: *mut Frame) -> u64 {
    // SAFETY: `f` is the live module frame.
    unsafe {
        let fromlist = types::tuple::new_tuple(vec![Obj::borrow(&name_at(f, 1)).clone()]);
        let m = rt::rt_import_name(
            f as u64,
            name_at(f, 0),
            fromlist.word(),
            Obj::from_small(0).word(),
        );
        if m == 0 {
            return 0;
        }
        let x = rt::rt_import_from(m, name_at(f, 1));
        drop(Obj::from_word(m));
        if x == 0 {
            return 0;
        }
        drop(Obj::from_word(x));
    }
    builtin().none.clone().into_word()
}

fn names_code(name: &str, names: &[&str]) -> RawCode {
    let mut c = raw_code(name, vec![], vec![RawConst::None]);
    c.names = names.iter().map(|s| s.to_string()).collect();
    c
}

#[test]
fn imports() {
    let _p = load(
        vec![
            ("__main__", "/tmp/main.py", "", false, 0),
            ("pkg", "/tmp/pkg/__init__.py", "", true, 1),
            ("pkg.sub", "/tmp/pkg/sub.py", "", false, 1),
            ("a", "/tmp/a.py", "", false, 2),
            ("b", "/tmp/b.py", "", false, 3),
        ],
        vec![
            (names_code("<module>", &["pkg.sub", "pkg"]), body_import),
            (names_code("<module>", &["x"]), body_store_x),
            (names_code("<module>", &["b", "thing"]), body_from_import),
            (names_code("<module>", &["a", "zz"]), body_from_import),
        ],
    );
    let m = import::new_blob_module(0).unwrap();
    import::run_blob_module(0, &m).unwrap();
    let g = crate::modules::module_dict(&m).unwrap();
    let pkg = types::dict::get_str(g, "pkg").expect("pkg bound");
    let pd = crate::modules::module_dict(&pkg).unwrap();
    assert!(types::dict::get_str(pd, "x").is_some());
    let sub = types::dict::get_str(pd, "sub").expect("submodule bound on parent");
    let sd = crate::modules::module_dict(&sub).unwrap();
    assert_eq!(
        types::str::as_str(&types::dict::get_str(sd, "__package__").unwrap()),
        Some("pkg")
    );
    assert!(types::dict::get_str(pd, "__path__").is_some());

    // Missing names and modules.
    let e = import::import_from(&pkg, &types::str::new_str("zz")).unwrap_err();
    assert_eq!(
        msg(&e.0),
        "cannot import name 'zz' from 'pkg' (/tmp/pkg/__init__.py)"
    );
    let e = import::import_module("nope").unwrap_err();
    assert!(e.matches(Exc::ModuleNotFoundError));
    assert_eq!(msg(&e.0), "No module named 'nope'");
    let e = import::import_module("pkg.sub.deeper").unwrap_err();
    assert_eq!(
        msg(&e.0),
        "No module named 'pkg.sub.deeper'; 'pkg.sub' is not a package"
    );

    // Circular import: a imports b, b does `from a import zz`.
    let e = import::import_module("a").unwrap_err();
    assert_eq!(
        msg(&e.0),
        "cannot import name 'zz' from partially initialized module 'a' (most likely due to a circular import) (/tmp/a.py)"
    );
    // Failed modules are removed from sys.modules.
    let modules = import::modules_dict();
    assert!(types::dict::get_str(&modules, "a").is_none());
    assert!(types::dict::get_str(&modules, "b").is_none());
}

#[test]
fn raise_and_context() {
    crate::types::init();
    let ke = crate::errors::new_exception(Exc::KeyError.ty(), vec![Obj::from_small(1)]);
    let prev = rt::rt_push_exc_info(ke.word());
    let ve = crate::errors::new_exception(Exc::ValueError.ty(), vec![]);
    assert_eq!(rt::rt_raise(ve.word(), 0, 1), 0);
    let pending = state::take_pending().unwrap();
    assert!(pending.is(&ve));
    let ctx = exc_data(&ve).unwrap().context.borrow().clone().unwrap();
    assert!(ctx.is(&ke));
    // Bare raise re-raises the handled exception.
    assert_eq!(rt::rt_raise(0, 0, 0), 0);
    assert!(state::take_pending().unwrap().is(&ke));
    rt::rt_pop_except(prev);
    drop(Obj::from_word(prev));
    assert!(state::exc_info().is_none());
    assert_eq!(rt::rt_raise(0, 0, 0), 0);
    let e = state::take_pending().unwrap();
    assert!(types::is_instance(&e, Exc::RuntimeError.ty()));
    // raise X from None suppresses the context.
    let te = crate::errors::new_exception(Exc::TypeError.ty(), vec![]);
    rt::rt_raise(te.word(), builtin().none.word(), 2);
    let e = state::take_pending().unwrap();
    assert!(exc_data(&e).unwrap().suppress_context.get());
    // Matching.
    assert_eq!(
        rt::rt_check_exc_match(ke.word(), Exc::LookupError.ty().word()),
        1
    );
    assert_eq!(
        rt::rt_check_exc_match(ke.word(), Exc::ValueError.ty().word()),
        0
    );
    assert_eq!(
        rt::rt_check_exc_match(ke.word(), Obj::from_small(1).word()),
        -1
    );
    assert!(state::take_pending().is_some());
}

#[test]
fn unpacking() {
    crate::types::init();
    let l = types::list::new_list(vec![
        Obj::from_small(1),
        Obj::from_small(2),
        Obj::from_small(3),
    ]);
    let err = |r: crate::errors::PyResult<Vec<Obj>>| msg(&r.unwrap_err().0);
    assert_eq!(
        err(rt::iter::unpack_sequence(&l, 2)),
        "too many values to unpack (expected 2)"
    );
    assert_eq!(
        err(rt::iter::unpack_sequence(&l, 4)),
        "not enough values to unpack (expected 4, got 3)"
    );
    assert_eq!(
        err(rt::iter::unpack_sequence(&Obj::from_small(5), 2)),
        "cannot unpack non-iterable int object"
    );
    assert_eq!(
        err(rt::iter::unpack_ex(&l, 2, 2)),
        "not enough values to unpack (expected at least 4, got 3)"
    );
    let v = rt::iter::unpack_ex(&l, 1, 1).unwrap();
    assert_eq!(v.len(), 3);
    assert_eq!(types::list::len(&v[1]), 1);
}

/// Generated code finds a function's data at `abi::FUNC_DATA_OFFSET` and
/// its fields at the `abi::FUNC_*` offsets.
#[test]
fn function_data_layout_matches_abi() {
    use crate::abi;
    use crate::types::function::{DirectCall, FunctionData};
    let f = gen_function();
    let Payload::Function(fd) = f.payload() else {
        panic!("gen_function makes a function");
    };
    // SAFETY: the offset is inside the live function object.
    let boxed = unsafe { *((f.word() as usize + abi::FUNC_DATA_OFFSET as usize) as *const usize) };
    assert_eq!(boxed, &**fd as *const FunctionData as usize);
    let direct = std::mem::offset_of!(FunctionData, direct);
    for (field, at) in [
        (std::mem::offset_of!(FunctionData, code), abi::FUNC_CODE),
        (
            std::mem::offset_of!(FunctionData, globals),
            abi::FUNC_GLOBALS,
        ),
        (
            std::mem::offset_of!(FunctionData, builtins),
            abi::FUNC_BUILTINS,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, argc),
            abi::FUNC_DIRECT_ARGC,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, native),
            abi::FUNC_DIRECT_NATIVE,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, consts),
            abi::FUNC_DIRECT_CONSTS,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, names),
            abi::FUNC_DIRECT_NAMES,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, cells),
            abi::FUNC_DIRECT_CELLS,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, cell_words),
            abi::FUNC_DIRECT_CELL_WORDS,
        ),
        (
            direct + std::mem::offset_of!(DirectCall, cells_at),
            abi::FUNC_DIRECT_CELLS_AT,
        ),
    ] {
        assert_eq!(field, at as usize);
    }
    // A generator's calls always need the runtime.
    assert_eq!(fd.direct.argc, u64::MAX);
}
