//! The `sys` module: argv, modules, path, the standard streams (file
//! objects from `types::file`, with binary `buffer`s), exit,
//! recursion limit, version information and the other attributes programs
//! commonly read.

use crate::errors::{Exc, PyErr, PyResult, type_error, value_error};
use crate::eval::{io, state};
use crate::object::{Obj, Payload};
use crate::types::function::BuiltinImpl;
use crate::types::{self, builtin};
use std::cell::RefCell;

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static EXECUTABLE: RefCell<String> = const { RefCell::new(String::new()) };
    static PATH0: RefCell<String> = const { RefCell::new(String::new()) };
    static MODULE: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

pub const VERSION: &str = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";
pub const HEXVERSION: i64 = 0x030b07f0;

/// Sets what `sys.argv`, `sys.executable` and `sys.path[0]` report. Call
/// before the first `import sys`.
pub fn configure(argv: Vec<String>, executable: String, path0: String) {
    ARGV.with(|a| *a.borrow_mut() = argv);
    EXECUTABLE.with(|e| *e.borrow_mut() = executable);
    PATH0.with(|p| *p.borrow_mut() = path0);
}

/// The `sys` module object, once created.
pub fn module() -> Option<Obj> {
    MODULE.with(|m| m.borrow().clone())
}

/// `getattr(sys, name)` without descriptors (None when sys was not created).
pub fn get(name: &str) -> Option<Obj> {
    let m = module()?;
    types::dict::get_str(super::module_dict(&m)?, name)
}

// --- functions ----------------------------------------------------------------------------

fn s_none(_args: &[Obj]) -> PyResult<Obj> {
    Ok(builtin().none.clone())
}

fn sys_exit(args: &[Obj]) -> PyResult<Obj> {
    if args.len() > 1 {
        return type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        ));
    }
    let exc_args = match args.first() {
        None => vec![],
        Some(v) if v.is(&builtin().none) => vec![],
        Some(v) => match v.payload() {
            Payload::Tuple(items) => items.to_vec(),
            _ => vec![v.clone()],
        },
    };
    Err(PyErr::with_args(Exc::SystemExit, exc_args))
}

fn int_arg(v: &Obj) -> PyResult<i64> {
    if matches!(v.payload(), Payload::Float(_)) {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    match types::int::as_i64(v) {
        Some(n) => Ok(n),
        None if types::int::as_bigint(v).is_some() => Err(PyErr::new(
            Exc::OverflowError,
            "Python int too large to convert to C int",
        )),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name_of(v)
        )),
    }
}

fn one_arg<'a>(args: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    if args.len() != 1 {
        return type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    Ok(&args[0])
}

fn sys_setrecursionlimit(args: &[Obj]) -> PyResult<Obj> {
    let n = int_arg(one_arg(args, "setrecursionlimit")?)?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    if n > i32::MAX as i64 {
        return Err(PyErr::new(
            Exc::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let depth = state::recursion_depth() as i64;
    if depth >= n {
        return Err(PyErr::new(
            Exc::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    state::set_recursion_limit(n as u32);
    Ok(builtin().none.clone())
}

fn sys_exc_info(_args: &[Obj]) -> PyResult<Obj> {
    let b = builtin();
    Ok(match state::exc_info() {
        Some(e) => {
            let tb = crate::eval::traceback::traceback_object(&e);
            types::tuple::new_tuple(vec![e.ty(), e, tb])
        }
        None => types::tuple::new_tuple(vec![b.none.clone(), b.none.clone(), b.none.clone()]),
    })
}

fn sys_intern(args: &[Obj]) -> PyResult<Obj> {
    let v = one_arg(args, "intern")?;
    if !matches!(v.payload(), Payload::Str(_)) || !v.ty().is(&builtin().str_) {
        return type_error(format!(
            "intern() argument must be str, not {}",
            types::type_name_of(v)
        ));
    }
    Ok(types::str::intern_obj(v))
}

/// A best-effort `sys.getsizeof` with CPython 3.11's numbers for common objects.
pub fn sizeof(v: &Obj) -> i64 {
    if v.is_small_int() {
        let n = v.small_int().unwrap_or(0).unsigned_abs();
        let digits = if n == 0 {
            1
        } else {
            (64 - n.leading_zeros() as i64 + 29) / 30
        };
        return 24 + 4 * digits;
    }
    match v.payload() {
        Payload::None => 16,
        Payload::Bool(_) => 28,
        Payload::Int(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30).max(1),
        Payload::Float(_) => 24,
        Payload::Complex(..) => 32,
        Payload::Str(p) => {
            let max = p.s.chars().map(|c| c as u32).max().unwrap_or(0);
            let n = p.nchars as i64;
            if max < 128 {
                49 + n
            } else if max < 256 {
                73 + n
            } else if max < 65536 {
                74 + 2 * n
            } else {
                76 + 4 * n
            }
        }
        Payload::Bytes(b) => 33 + b.len() as i64,
        Payload::ByteArray(b) => 57 + b.borrow().capacity() as i64,
        Payload::List(l) => 56 + 8 * l.borrow().capacity() as i64,
        Payload::Tuple(t) => 40 + 8 * t.len() as i64,
        Payload::Dict(d) => {
            let n = d.borrow().len;
            if n == 0 {
                64
            } else {
                // The dict (with its GC header) and its keys object: a
                // 32-byte header, the index table (1, 2, 4 or 8 bytes per
                // slot) and the usable entries, 16 bytes each when every
                // key is an exact str (CPython's unicode keys), else 24.
                let mut cap: i64 = 8;
                while cap * 2 / 3 < n as i64 {
                    cap *= 2;
                }
                let index_bytes = match cap {
                    ..=0x80 => 1,
                    0x81..=0x8000 => 2,
                    0x8001..=0x8000_0000 => 4,
                    _ => 8,
                };
                let str_keys = crate::types::dict::entries(v).iter().all(|(_, k, _)| {
                    matches!(k.payload(), Payload::Str(_)) && k.ty().is(&builtin().str_)
                });
                let entry = if str_keys { 16 } else { 24 };
                64 + 32 + index_bytes * cap + entry * (cap * 2 / 3)
            }
        }
        Payload::Set(_) | Payload::FrozenSet(_) => types::set::sizeof(v),
        _ => 48,
    }
}

fn sys_getsizeof(args: &[Obj]) -> PyResult<Obj> {
    let Some(v) = args.first() else {
        return type_error("getsizeof() missing required argument 'object' (pos 1)");
    };
    Ok(types::int::new_int(sizeof(v)))
}

fn sys_set_int_max_str_digits(args: &[Obj], kwargs: &types::function::Kwargs) -> PyResult<Obj> {
    let v = match (args.first(), kwargs.first()) {
        (Some(v), _) => v.clone(),
        (None, Some((_, v))) => v.clone(),
        _ => {
            return type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            );
        }
    };
    let n = int_arg(&v)?;
    if n != 0 && n < 640 {
        return value_error("maxdigits must be 0 or larger than 640");
    }
    // The limit lives with int (its one source of truth).
    types::int::set_max_str_digits(n as usize);
    Ok(builtin().none.clone())
}

fn sys_excepthook(args: &[Obj]) -> PyResult<Obj> {
    if args.len() != 3 {
        return type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        ));
    }
    if crate::errors::exc_data(&args[1]).is_some() {
        crate::eval::traceback::print_exception(&args[1]);
    } else {
        let _ = io::write_stderr(
            "TypeError: print_exception(): Exception expected for value, NoneType found\n",
        );
    }
    Ok(builtin().none.clone())
}

// --- the module -------------------------------------------------------------------------------

fn str_list(v: &[String]) -> Obj {
    types::list::new_list(v.iter().map(|s| types::str::new_str(s)).collect())
}

/// Creates the `sys` module (called by the importer at the first import,
/// and by startup).
pub fn create() -> PyResult<Obj> {
    if let Some(m) = module() {
        return Ok(m);
    }
    let b = builtin();
    let s = types::str::new_str;
    let i = types::int::new_int;
    let m = super::new_module(
        "sys",
        Some(
            "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.",
        ),
    );
    let add = |n: &str, v: Obj| super::add(&m, n, v);
    let argv = ARGV.with(|a| a.borrow().clone());
    add("argv", str_list(&argv));
    add("orig_argv", str_list(&argv));
    let exe = EXECUTABLE.with(|e| e.borrow().clone());
    add("executable", s(&exe));
    add("_base_executable", s(&exe));
    let path0 = PATH0.with(|p| p.borrow().clone());
    add("path", str_list(&[path0]));
    add("modules", crate::eval::import::modules_dict());
    add("meta_path", types::list::new_list(vec![]));
    add("path_hooks", types::list::new_list(vec![]));
    add("path_importer_cache", types::dict::new_dict());
    add("warnoptions", types::list::new_list(vec![]));
    add("_xoptions", types::dict::new_dict());
    for (fd, name) in [(0, "stdin"), (1, "stdout"), (2, "stderr")] {
        let st = crate::types::file::open::std_stream(fd);
        add(name, st.clone());
        add(&format!("__{name}__"), st);
    }
    add(
        "maxsize",
        types::int::new_bigint(num_bigint::BigInt::from(i64::MAX)),
    );
    add("maxunicode", i(0x10ffff));
    add("version", s(VERSION));
    add("hexversion", i(HEXVERSION));
    add("api_version", i(1013));
    add(
        "copyright",
        s("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."),
    );
    add("platform", s("linux"));
    add("byteorder", s("little"));
    add("float_repr_style", s("short"));
    add("abiflags", s(""));
    add("platlibdir", s("lib"));
    add("pycache_prefix", b.none.clone());
    add("dont_write_bytecode", types::int::new_bool(true));
    let prefix = "/usr/local";
    for n in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        add(n, s(prefix));
    }
    let names: Vec<Obj> = super::native_names().into_iter().map(s).collect();
    add("builtin_module_names", types::tuple::new_tuple(names));

    let vi_t = super::structseq::new_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version_info = super::structseq::new(&vi_t, vec![i(3), i(11), i(7), s("final"), i(0)]);
    add("version_info", version_info.clone());

    let fi_t = super::structseq::new_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let f = types::float::new_float;
    add(
        "float_info",
        super::structseq::new(
            &fi_t,
            vec![
                f(f64::MAX),
                i(1024),
                i(308),
                f(f64::MIN_POSITIVE),
                i(-1021),
                i(-307),
                i(15),
                i(53),
                f(f64::EPSILON),
                i(2),
                i(1),
            ],
        ),
    );
    let ii_t = super::structseq::new_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    add(
        "int_info",
        super::structseq::new(&ii_t, vec![i(30), i(4), i(4300), i(640)]),
    );
    let hi_t = super::structseq::new_type(
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    add(
        "hash_info",
        super::structseq::new(
            &hi_t,
            vec![
                i(64),
                i((1i64 << 61) - 1),
                i(314159),
                i(0),
                i(1000003),
                s("siphash13"),
                i(64),
                i(128),
                i(0),
            ],
        ),
    );
    let fl_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
    ];
    let fl_t = super::structseq::new_type("sys", "flags", &fl_names);
    let mut fl: Vec<Obj> = (0..fl_names.len()).map(|_| i(0)).collect();
    fl[4] = i(1);
    fl[13] = types::int::new_bool(false);
    add("flags", super::structseq::new(&fl_t, fl));

    let impl_t = super::structseq::new_type(
        "sys",
        "implementation",
        &["name", "cache_tag", "version", "hexversion"],
    );
    add(
        "implementation",
        super::structseq::new(
            &impl_t,
            vec![s("cranepy"), b.none.clone(), version_info, i(HEXVERSION)],
        ),
    );

    super::add_functions(
        &m,
        "sys",
        &[
            ("exit", BuiltinImpl::Pos(sys_exit)),
            (
                "getrecursionlimit",
                BuiltinImpl::Pos(|_| Ok(types::int::new_int(state::recursion_limit() as i64))),
            ),
            ("setrecursionlimit", BuiltinImpl::Pos(sys_setrecursionlimit)),
            ("exc_info", BuiltinImpl::Pos(sys_exc_info)),
            (
                "_getframe",
                BuiltinImpl::Pos(crate::eval::frameobj::getframe),
            ),
            ("intern", BuiltinImpl::Pos(sys_intern)),
            ("getsizeof", BuiltinImpl::Pos(sys_getsizeof)),
            (
                "getrefcount",
                BuiltinImpl::Pos(|a| {
                    let v = one_arg(a, "getrefcount")?;
                    Ok(types::int::new_int(v.refcount().min(1 << 40) as i64))
                }),
            ),
            (
                "getdefaultencoding",
                BuiltinImpl::Pos(|_| Ok(types::str::new_str("utf-8"))),
            ),
            (
                "getfilesystemencoding",
                BuiltinImpl::Pos(|_| Ok(types::str::new_str("utf-8"))),
            ),
            (
                "getfilesystemencodeerrors",
                BuiltinImpl::Pos(|_| Ok(types::str::new_str("surrogateescape"))),
            ),
            (
                "get_int_max_str_digits",
                BuiltinImpl::Pos(|_| {
                    Ok(types::int::new_int(types::int::get_max_str_digits() as i64))
                }),
            ),
            (
                "set_int_max_str_digits",
                BuiltinImpl::Kw(sys_set_int_max_str_digits),
            ),
            (
                "is_finalizing",
                BuiltinImpl::Pos(|_| Ok(types::int::new_bool(false))),
            ),
            ("excepthook", BuiltinImpl::Pos(sys_excepthook)),
            ("__excepthook__", BuiltinImpl::Pos(sys_excepthook)),
            (
                "getswitchinterval",
                BuiltinImpl::Pos(|_| Ok(types::float::new_float(0.005))),
            ),
            ("settrace", BuiltinImpl::Pos(s_none)),
            ("setprofile", BuiltinImpl::Pos(s_none)),
            ("gettrace", BuiltinImpl::Pos(s_none)),
            ("getprofile", BuiltinImpl::Pos(s_none)),
        ],
    );
    MODULE.with(|x| *x.borrow_mut() = Some(m.clone()));
    Ok(m)
}
