//! The `posix` module: the operating-system calls under `os` (which is
//! Python, `compiler/stdlib/os.py`): the working directory, directories and
//! files (`listdir`, `mkdir`, `remove`, `rename`, `stat`, …), the
//! environment, process ids, `cpu_count` and `urandom`. Failures raise the
//! `OSError` subclass for their errno with the file name(s), as CPython.

use crate::builtins::check_count;
use crate::errors::{PyResult, type_error, value_error};
use crate::eval::io::{errno_error, os_error_with_filename};
use crate::object::{Obj, Payload};
use crate::types::function::BuiltinImpl;
use crate::types::{self, builtin};
use std::cell::RefCell;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

thread_local! {
    static STAT_RESULT: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// `os.stat_result`'s fields (the first ten, which form its sequence).
const STAT_FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

fn stat_result_type() -> Obj {
    if let Some(t) = STAT_RESULT.with(|s| s.borrow().clone()) {
        return t;
    }
    let t = super::structseq::new_type("os", "stat_result", &STAT_FIELDS);
    STAT_RESULT.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

/// What kinds of path argument a function accepts (for its TypeError).
#[derive(Clone, Copy)]
enum PathKinds {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// A path argument: str, bytes or os.PathLike.
fn path_arg(func: &str, v: &Obj, kinds: PathKinds) -> PyResult<PathBuf> {
    if let Some(p) = crate::types::file::open::fspath(v)? {
        return Ok(p);
    }
    let accepted = match kinds {
        PathKinds::Path => "string, bytes or os.PathLike",
        PathKinds::PathOrFd => "string, bytes, os.PathLike or integer",
        PathKinds::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
    };
    type_error(format!(
        "{func}: path should be {accepted}, not {}",
        types::type_name_of(v)
    ))
}

fn one_path(func: &str, a: &[Obj], kinds: PathKinds) -> PyResult<(PathBuf, Obj)> {
    check_count(func, a.len(), 1, 2)?;
    Ok((path_arg(func, &a[0], kinds)?, a[0].clone()))
}

fn none() -> Obj {
    builtin().none.clone()
}

fn p_getcwd(a: &[Obj]) -> PyResult<Obj> {
    check_count("getcwd", a.len(), 0, 0)?;
    let d = std::env::current_dir().map_err(|e| crate::eval::io::os_error(&e))?;
    Ok(types::str::new_string(d.to_string_lossy().into_owned()))
}

fn p_chdir(a: &[Obj]) -> PyResult<Obj> {
    let (p, name) = one_path("chdir", a, PathKinds::PathOrFd)?;
    std::env::set_current_dir(&p).map_err(|e| os_error_with_filename(&e, &name, None))?;
    Ok(none())
}

fn p_listdir(a: &[Obj]) -> PyResult<Obj> {
    check_count("listdir", a.len(), 0, 1)?;
    let (p, name, as_bytes) = match a.first() {
        None => (PathBuf::from("."), types::str::new_str("."), false),
        Some(v) if v.is(&builtin().none) => (PathBuf::from("."), types::str::new_str("."), false),
        Some(v) => (
            path_arg("listdir", v, PathKinds::PathFdOrNone)?,
            v.clone(),
            matches!(v.payload(), Payload::Bytes(_)),
        ),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error_with_filename(&e, &name, None))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error_with_filename(&e, &name, None))?;
        let n = entry.file_name();
        out.push(if as_bytes {
            types::bytes::new_bytes(n.into_vec())
        } else {
            types::str::new_string(n.to_string_lossy().into_owned())
        });
    }
    Ok(types::list::new_list(out))
}

fn mode_arg(a: &[Obj], i: usize, default: u32) -> PyResult<u32> {
    match a.get(i) {
        None => Ok(default),
        Some(v) => Ok(crate::ops::object::index_i64(v)? as u32),
    }
}

fn p_mkdir(a: &[Obj]) -> PyResult<Obj> {
    check_count("mkdir", a.len(), 1, 2)?;
    let p = path_arg("mkdir", &a[0], PathKinds::Path)?;
    let mode = mode_arg(a, 1, 0o777)?;
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p)
        .map_err(|e| os_error_with_filename(&e, &a[0], None))?;
    Ok(none())
}

fn p_rmdir(a: &[Obj]) -> PyResult<Obj> {
    let (p, name) = one_path("rmdir", a, PathKinds::Path)?;
    std::fs::remove_dir(&p).map_err(|e| os_error_with_filename(&e, &name, None))?;
    Ok(none())
}

fn p_remove(a: &[Obj]) -> PyResult<Obj> {
    let (p, name) = one_path("remove", a, PathKinds::Path)?;
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        return Err(errno_error(21, &name, None));
    }
    std::fs::remove_file(&p).map_err(|e| os_error_with_filename(&e, &name, None))?;
    Ok(none())
}

fn p_unlink(a: &[Obj]) -> PyResult<Obj> {
    let (p, name) = one_path("unlink", a, PathKinds::Path)?;
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        return Err(errno_error(21, &name, None));
    }
    std::fs::remove_file(&p).map_err(|e| os_error_with_filename(&e, &name, None))?;
    Ok(none())
}

fn rename_impl(func: &str, a: &[Obj]) -> PyResult<Obj> {
    check_count(func, a.len(), 2, 2)?;
    let src = path_arg(func, &a[0], PathKinds::Path)?;
    let dst = path_arg(func, &a[1], PathKinds::Path)?;
    std::fs::rename(&src, &dst).map_err(|e| os_error_with_filename(&e, &a[0], Some(&a[1])))?;
    Ok(none())
}

fn p_rename(a: &[Obj]) -> PyResult<Obj> {
    rename_impl("rename", a)
}

fn p_replace(a: &[Obj]) -> PyResult<Obj> {
    rename_impl("replace", a)
}

fn stat_impl(func: &str, a: &[Obj], follow: bool) -> PyResult<Obj> {
    use std::os::unix::fs::MetadataExt;
    check_count(func, a.len(), 1, 1)?;
    let md = if let Some(fd) = a[0].small_int() {
        let f = std::mem::ManuallyDrop::new(borrow_fd(fd as i32));
        f.metadata()
            .map_err(|e| os_error_with_filename(&e, &none(), None))?
    } else {
        let p = path_arg(func, &a[0], PathKinds::PathOrFd)?;
        let r = if follow {
            std::fs::metadata(&p)
        } else {
            std::fs::symlink_metadata(&p)
        };
        r.map_err(|e| os_error_with_filename(&e, &a[0], None))?
    };
    let i = types::int::new_int;
    let t = |s: i64, ns: i64| types::float::new_float(s as f64 + ns as f64 * 1e-9);
    let values = vec![
        i(md.mode() as i64),
        types::int::new_int_i128(md.ino() as i128),
        types::int::new_int_i128(md.dev() as i128),
        i(md.nlink() as i64),
        i(md.uid() as i64),
        i(md.gid() as i64),
        i(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
    ];
    Ok(super::structseq::new(&stat_result_type(), values))
}

/// A `File` for a descriptor the caller keeps owning (wrap in ManuallyDrop).
fn borrow_fd(fd: i32) -> std::fs::File {
    use std::os::fd::FromRawFd;
    // SAFETY: the caller wraps the File in ManuallyDrop, so the descriptor
    // is only borrowed for one call and never closed here.
    unsafe { std::fs::File::from_raw_fd(fd) }
}

fn p_stat(a: &[Obj]) -> PyResult<Obj> {
    stat_impl("stat", a, true)
}

fn p_lstat(a: &[Obj]) -> PyResult<Obj> {
    stat_impl("lstat", a, false)
}

fn p_readlink(a: &[Obj]) -> PyResult<Obj> {
    let (p, name) = one_path("readlink", a, PathKinds::Path)?;
    let target = std::fs::read_link(&p).map_err(|e| os_error_with_filename(&e, &name, None))?;
    Ok(if matches!(name.payload(), Payload::Bytes(_)) {
        types::bytes::new_bytes(target.into_os_string().into_vec())
    } else {
        types::str::new_string(target.to_string_lossy().into_owned())
    })
}

fn p_getpid(a: &[Obj]) -> PyResult<Obj> {
    check_count("getpid", a.len(), 0, 0)?;
    Ok(types::int::new_int(std::process::id() as i64))
}

unsafe extern "C" {
    fn getppid() -> i32;
    fn sysconf(name: i32) -> i64;
    fn open(path: *const std::ffi::c_char, flags: i32, mode: u32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
    fn close(fd: i32) -> i32;
    fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
    fn access(path: *const std::ffi::c_char, mode: i32) -> i32;
    fn getuid() -> u32;
    fn getgid() -> u32;
}

/// The `OSError` for the C library's current errno.
fn last_error(filename: Option<&Obj>) -> crate::errors::PyErr {
    let e = std::io::Error::last_os_error();
    match filename {
        Some(f) => os_error_with_filename(&e, f, None),
        None => crate::eval::io::os_error(&e),
    }
}

fn c_path(p: &std::path::Path) -> PyResult<std::ffi::CString> {
    std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(|_| {
        crate::errors::PyErr::new(crate::errors::Exc::ValueError, "embedded null byte")
    })
}

fn int_at(a: &[Obj], i: usize, default: i64) -> PyResult<i64> {
    match a.get(i) {
        Some(v) => crate::ops::object::index_i64(v),
        None => Ok(default),
    }
}

/// `os.open(path, flags, mode=0o777)`: a new file descriptor.
fn p_open(a: &[Obj]) -> PyResult<Obj> {
    check_count("open", a.len(), 2, 3)?;
    let p = c_path(&path_arg("open", &a[0], PathKinds::Path)?)?;
    let flags = int_at(a, 1, 0)? as i32 | O_CLOEXEC;
    let mode = int_at(a, 2, 0o777)? as u32;
    // SAFETY: `p` is a valid NUL-terminated path for the call's duration.
    let fd = unsafe { open(p.as_ptr(), flags, mode) };
    if fd < 0 {
        return Err(last_error(Some(&a[0])));
    }
    Ok(types::int::new_int(fd as i64))
}

const O_CLOEXEC: i32 = 0o2000000;

/// `os.read(fd, n)`: at most `n` bytes (b'' at end of file).
fn p_read(a: &[Obj]) -> PyResult<Obj> {
    check_count("read", a.len(), 2, 2)?;
    let fd = int_at(a, 0, 0)? as i32;
    let n = int_at(a, 1, 0)?;
    if n < 0 {
        return Err(crate::eval::io::errno_error(22, &none(), None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is writable for `n` bytes.
    let got = unsafe { read(fd, buf.as_mut_ptr(), buf.len()) };
    if got < 0 {
        return Err(last_error(None));
    }
    buf.truncate(got as usize);
    Ok(types::bytes::new_bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
fn p_write(a: &[Obj]) -> PyResult<Obj> {
    check_count("write", a.len(), 2, 2)?;
    let fd = int_at(a, 0, 0)? as i32;
    let data = types::bytes::buffer_arg(&a[1])?;
    if fd == 1 {
        crate::eval::io::flush_stdout()?;
    }
    // SAFETY: `data` is readable for its length.
    let n = unsafe { write(fd, data.as_ptr(), data.len()) };
    if n < 0 {
        return Err(last_error(None));
    }
    Ok(types::int::new_int(n as i64))
}

/// `os.close(fd)`.
fn p_close(a: &[Obj]) -> PyResult<Obj> {
    check_count("close", a.len(), 1, 1)?;
    let fd = int_at(a, 0, 0)? as i32;
    // SAFETY: closing a descriptor number has no memory-safety preconditions.
    if unsafe { close(fd) } < 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `os.lseek(fd, pos, how)`: the new position.
fn p_lseek(a: &[Obj]) -> PyResult<Obj> {
    check_count("lseek", a.len(), 3, 3)?;
    let fd = int_at(a, 0, 0)? as i32;
    // SAFETY: lseek only takes integers.
    let r = unsafe { lseek(fd, int_at(a, 1, 0)?, int_at(a, 2, 0)? as i32) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(types::int::new_int(r))
}

/// `os.access(path, mode)`.
fn p_access(a: &[Obj]) -> PyResult<Obj> {
    check_count("access", a.len(), 2, 2)?;
    let p = c_path(&path_arg("access", &a[0], PathKinds::PathOrFd)?)?;
    let mode = int_at(a, 1, 0)? as i32;
    // SAFETY: `p` is a valid NUL-terminated path for the call's duration.
    let r = unsafe { access(p.as_ptr(), mode) };
    Ok(types::int::new_bool(r == 0))
}

fn p_getuid(a: &[Obj]) -> PyResult<Obj> {
    check_count("getuid", a.len(), 0, 0)?;
    // SAFETY: getuid has no preconditions and cannot fail.
    Ok(types::int::new_int(unsafe { getuid() } as i64))
}

fn p_getgid(a: &[Obj]) -> PyResult<Obj> {
    check_count("getgid", a.len(), 0, 0)?;
    // SAFETY: getgid has no preconditions and cannot fail.
    Ok(types::int::new_int(unsafe { getgid() } as i64))
}

/// The `O_*` flags of `os.open` (Linux values).
const OPEN_FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_CLOEXEC", 0o2000000),
];

fn p_getppid(a: &[Obj]) -> PyResult<Obj> {
    check_count("getppid", a.len(), 0, 0)?;
    // SAFETY: getppid has no preconditions and cannot fail.
    Ok(types::int::new_int(unsafe { getppid() } as i64))
}

fn p_cpu_count(a: &[Obj]) -> PyResult<Obj> {
    check_count("cpu_count", a.len(), 0, 0)?;
    const SC_NPROCESSORS_ONLN: i32 = 84;
    // SAFETY: sysconf only reads a configuration value.
    let n = unsafe { sysconf(SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        none()
    } else {
        types::int::new_int(n)
    })
}

fn p_urandom(a: &[Obj]) -> PyResult<Obj> {
    check_count("urandom", a.len(), 1, 1)?;
    let n = crate::ops::object::index_i64(&a[0])?;
    if n < 0 {
        return value_error("negative argument not allowed");
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| crate::eval::io::os_error(&e))?;
    Ok(types::bytes::new_bytes(buf))
}

fn str_arg(v: &Obj) -> PyResult<&str> {
    match types::str::as_str(v) {
        Some(s) => Ok(s),
        None => type_error(format!("str expected, not {}", types::type_name_of(v))),
    }
}

fn env_ok(s: &str, is_key: bool) -> PyResult<()> {
    if s.contains('\0') {
        return value_error("embedded null byte");
    }
    if is_key && (s.is_empty() || s.contains('=')) {
        return value_error("illegal environment variable name");
    }
    Ok(())
}

fn p_putenv(a: &[Obj]) -> PyResult<Obj> {
    check_count("putenv", a.len(), 2, 2)?;
    let k = str_arg(&a[0])?;
    let v = str_arg(&a[1])?;
    env_ok(k, true)?;
    env_ok(v, false)?;
    // SAFETY: the runtime is single-threaded; no other thread reads the
    // environment concurrently.
    unsafe { std::env::set_var(k, v) };
    Ok(none())
}

fn p_unsetenv(a: &[Obj]) -> PyResult<Obj> {
    check_count("unsetenv", a.len(), 1, 1)?;
    let k = str_arg(&a[0])?;
    env_ok(k, true)?;
    // SAFETY: as in `p_putenv`.
    unsafe { std::env::remove_var(k) };
    Ok(none())
}

fn p_strerror(a: &[Obj]) -> PyResult<Obj> {
    check_count("strerror", a.len(), 1, 1)?;
    let n = crate::ops::object::index_i64(&a[0])?;
    Ok(types::str::new_string(crate::eval::io::strerror_string(
        n as i32,
    )))
}

fn p_fspath(a: &[Obj]) -> PyResult<Obj> {
    check_count("fspath", a.len(), 1, 1)?;
    fspath_obj(&a[0])
}

/// `os.fspath(v)`: str and bytes as they are, else `v.__fspath__()`.
pub(crate) fn fspath_obj(v: &Obj) -> PyResult<Obj> {
    if matches!(v.payload(), Payload::Str(_) | Payload::Bytes(_)) {
        return Ok(v.clone());
    }
    match crate::eval::util::lookup_special_bound(v, "__fspath__")? {
        Some(f) => {
            let r = crate::ops::call(&f, &[], None)?;
            if matches!(r.payload(), Payload::Str(_) | Payload::Bytes(_)) {
                Ok(r)
            } else {
                type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    types::type_name_of(v),
                    types::type_name_of(&r)
                ))
            }
        }
        None => type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            types::type_name_of(v)
        )),
    }
}

fn p_exit(a: &[Obj]) -> PyResult<Obj> {
    check_count("_exit", a.len(), 1, 1)?;
    let code = crate::ops::object::index_i64(&a[0])?;
    // Like CPython's, exits at once: buffered output is not flushed.
    std::process::exit(code as i32)
}

fn environ_dict() -> PyResult<Obj> {
    let d = types::dict::new_dict();
    for (k, v) in std::env::vars_os() {
        let k = types::str::new_string(String::from_utf8_lossy(k.as_bytes()).into_owned());
        let v = types::str::new_string(String::from_utf8_lossy(v.as_bytes()).into_owned());
        types::dict::set_item(&d, &k, v)?;
    }
    Ok(d)
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "posix",
        Some(
            "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.",
        ),
    );
    super::add_functions(
        &m,
        "posix",
        &[
            ("getcwd", BuiltinImpl::Pos(p_getcwd)),
            ("chdir", BuiltinImpl::Pos(p_chdir)),
            ("listdir", BuiltinImpl::Pos(p_listdir)),
            ("mkdir", BuiltinImpl::Pos(p_mkdir)),
            ("rmdir", BuiltinImpl::Pos(p_rmdir)),
            ("remove", BuiltinImpl::Pos(p_remove)),
            ("unlink", BuiltinImpl::Pos(p_unlink)),
            ("rename", BuiltinImpl::Pos(p_rename)),
            ("replace", BuiltinImpl::Pos(p_replace)),
            ("stat", BuiltinImpl::Pos(p_stat)),
            ("lstat", BuiltinImpl::Pos(p_lstat)),
            ("readlink", BuiltinImpl::Pos(p_readlink)),
            ("getpid", BuiltinImpl::Pos(p_getpid)),
            ("getppid", BuiltinImpl::Pos(p_getppid)),
            ("cpu_count", BuiltinImpl::Pos(p_cpu_count)),
            ("urandom", BuiltinImpl::Pos(p_urandom)),
            ("putenv", BuiltinImpl::Pos(p_putenv)),
            ("unsetenv", BuiltinImpl::Pos(p_unsetenv)),
            ("strerror", BuiltinImpl::Pos(p_strerror)),
            ("fspath", BuiltinImpl::Pos(p_fspath)),
            ("_exit", BuiltinImpl::Pos(p_exit)),
            ("open", BuiltinImpl::Pos(p_open)),
            ("read", BuiltinImpl::Pos(p_read)),
            ("write", BuiltinImpl::Pos(p_write)),
            ("close", BuiltinImpl::Pos(p_close)),
            ("lseek", BuiltinImpl::Pos(p_lseek)),
            ("access", BuiltinImpl::Pos(p_access)),
            ("getuid", BuiltinImpl::Pos(p_getuid)),
            ("getgid", BuiltinImpl::Pos(p_getgid)),
        ],
    );
    super::add(&m, "environ", environ_dict()?);
    super::add(&m, "stat_result", stat_result_type());
    for (name, v) in OPEN_FLAGS {
        super::add(&m, name, types::int::new_int(*v));
    }
    Ok(m)
}
