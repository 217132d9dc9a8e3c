//! The calendar half of `time`: `struct_time`, `gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime` and `strftime`, over the C library's
//! `gmtime_r` / `localtime_r` / `mktime` / `strftime` as in CPython (so the
//! text `strftime` produces is the platform's). The clocks live in `time.rs`.

use crate::errors::{PyErr, PyResult, overflow_error, type_error, value_error};
use crate::eval::util::add_getters;
use crate::object::Obj;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::{self, builtin};
use std::ffi::{CStr, CString, c_char, c_int, c_long};

/// glibc's `struct tm`.
#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    tm_sec: c_int,
    tm_min: c_int,
    tm_hour: c_int,
    tm_mday: c_int,
    tm_mon: c_int,
    tm_year: c_int,
    tm_wday: c_int,
    tm_yday: c_int,
    tm_isdst: c_int,
    tm_gmtoff: c_long,
    tm_zone: *const c_char,
}

impl Tm {
    fn zeroed() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }
}

unsafe extern "C" {
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(s: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
}

/// The visible fields of `struct_time`, then the two attribute-only ones.
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

thread_local! {
    static STRUCT_TIME: std::mem::ManuallyDrop<std::cell::RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(std::cell::RefCell::new(None)) };
}

/// The `time.struct_time` type: a 9-item struct sequence whose instances
/// also carry `tm_zone` and `tm_gmtoff` (in their dict, as they are not
/// part of the tuple).
pub fn struct_time_type() -> Obj {
    if let Some(t) = STRUCT_TIME.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = super::structseq::new_type("time", "struct_time", &FIELDS);
    add_getters(
        &t,
        &[
            ("tm_zone", |a| extra(a, "tm_zone")),
            ("tm_gmtoff", |a| extra(a, "tm_gmtoff")),
        ],
    );
    types::typeobj::add_kw_methods(&t, &[("__new__", struct_time_new)]);
    let d = types::type_data(&t).dict();
    types::dict::set_str(d, "n_fields", types::int::new_int(11));
    STRUCT_TIME.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

fn extra(args: &[Obj], name: &str) -> PyResult<Obj> {
    let v = args
        .first()
        .and_then(Obj::dict)
        .and_then(|d| types::dict::get_str(&d, name));
    Ok(v.unwrap_or_else(|| builtin().none.clone()))
}

fn make_struct_time(cls: &Obj, mut items: Vec<Obj>) -> Obj {
    let none = builtin().none.clone();
    let gmtoff = if items.len() > 10 {
        items.remove(10)
    } else {
        none.clone()
    };
    let zone = if items.len() > 9 {
        items.remove(9)
    } else {
        none
    };
    let st = types::tuple::new_tuple_of_type(cls, items);
    let d = types::dict::new_dict();
    types::dict::set_str(&d, "tm_zone", zone);
    types::dict::set_str(&d, "tm_gmtoff", gmtoff);
    st.set_dict(Some(d));
    st
}

/// `struct_time(sequence)`: 9 items, optionally followed by zone and offset.
fn struct_time_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let t = struct_time_type();
    let cls = crate::types::list::util::check_new_cls(a, &t, "time.struct_time")?;
    let Some(seq) = a.get(1) else {
        return type_error("time.struct_time() missing required argument 'sequence' (pos 1)");
    };
    let items = crate::types::list::util::collect(seq)?;
    if items.len() < 9 {
        return type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        ));
    }
    if items.len() > 11 {
        return type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        ));
    }
    Ok(make_struct_time(cls, items))
}

fn tm_to_struct_time(tm: &Tm) -> Obj {
    let i = |v: c_int| types::int::new_int(i64::from(v));
    let zone = if tm.tm_zone.is_null() {
        builtin().none.clone()
    } else {
        // SAFETY: a non-null tm_zone from the C library points to a
        // NUL-terminated string that lives as long as the time zone data.
        let z = unsafe { CStr::from_ptr(tm.tm_zone) };
        types::str::new_string(z.to_string_lossy().into_owned())
    };
    let items = vec![
        i(tm.tm_year + 1900),
        i(tm.tm_mon + 1),
        i(tm.tm_mday),
        i(tm.tm_hour),
        i(tm.tm_min),
        i(tm.tm_sec),
        i((tm.tm_wday + 6) % 7),
        i(tm.tm_yday + 1),
        i(tm.tm_isdst),
        zone,
        types::int::new_int(tm.tm_gmtoff),
    ];
    make_struct_time(&struct_time_type(), items)
}

/// Seconds since the epoch from an optional argument (now when missing or
/// None), rounded toward minus infinity like CPython's `_PyTime_ROUND_FLOOR`.
fn seconds_arg(a: &[Obj]) -> PyResult<i64> {
    let b = builtin();
    let v = match a.first() {
        None => return Ok(now()),
        Some(v) if v.is(&b.none) => return Ok(now()),
        Some(v) => v,
    };
    if let Some(f) = types::float::as_f64(v) {
        if f.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        let f = f.floor();
        if !(-9.223372036854776e18..9.223372036854776e18).contains(&f) {
            return overflow_error("timestamp out of range for platform time_t");
        }
        return Ok(f as i64);
    }
    if types::int::is_int(v) {
        return types::int::as_i64(v).map_or_else(
            || overflow_error("timestamp out of range for platform time_t"),
            Ok,
        );
    }
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        types::type_name_of(v)
    ))
}

fn now() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64) - 1,
    }
}

fn overflow_errno() -> PyErr {
    PyErr::new(
        crate::errors::Exc::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

fn broken_down(t: i64, local: bool) -> PyResult<Tm> {
    let mut tm = Tm::zeroed();
    // SAFETY: `t` and `tm` are valid for the call; the *_r functions write
    // only into `tm`.
    let r = unsafe {
        if local {
            tzset();
            localtime_r(&t, &mut tm)
        } else {
            gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        return Err(overflow_errno());
    }
    Ok(tm)
}

fn t_gmtime(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("time.gmtime", a.len(), 0, 1)?;
    Ok(tm_to_struct_time(&broken_down(seconds_arg(a)?, false)?))
}

fn t_localtime(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("time.localtime", a.len(), 0, 1)?;
    Ok(tm_to_struct_time(&broken_down(seconds_arg(a)?, true)?))
}

/// CPython's `gettmarg`: a struct_time or 9-tuple as a C `struct tm`.
fn tuple_to_tm(v: &Obj, what: &str) -> PyResult<Tm> {
    let Some(items) = types::tuple::as_slice(v) else {
        return type_error("Tuple or struct_time argument required");
    };
    if items.len() != 9 {
        return type_error(format!("{what}(): illegal time tuple argument"));
    }
    let mut f = [0 as c_int; 9];
    for (slot, item) in f.iter_mut().zip(items) {
        let n = types::int::as_index_i64(item)?;
        *slot = c_int::try_from(n)
            .or_else(|_| overflow_error("Python int too large to convert to C int"))?;
    }
    let mut tm = Tm::zeroed();
    tm.tm_year = f[0].wrapping_sub(1900);
    tm.tm_mon = f[1] - 1;
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = (f[6] + 1).rem_euclid(7);
    tm.tm_yday = f[7] - 1;
    tm.tm_isdst = f[8];
    if v.ty().is(&struct_time_type())
        && let Some(off) = v
            .dict()
            .and_then(|d| types::dict::get_str(&d, "tm_gmtoff"))
            .and_then(|o| types::int::as_i64(&o))
    {
        tm.tm_gmtoff = off as c_long;
    }
    Ok(tm)
}

/// CPython's `checktm`, with its fix-ups of zero and -1 fields.
fn check_tm(tm: &mut Tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return value_error("month out of range");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return value_error("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return value_error("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return value_error("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return value_error("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return value_error("day of week out of range");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return value_error("day of year out of range");
    }
    Ok(())
}

fn t_mktime(a: &[Obj]) -> PyResult<Obj> {
    let v = crate::builtins::exactly_one("time.mktime", a)?;
    let mut tm = tuple_to_tm(v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid struct tm; mktime normalises it in place.
    let t = unsafe {
        tzset();
        mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return overflow_error("mktime argument out of range");
    }
    Ok(types::float::new_float(t as f64))
}

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAY_NAMES[tm.tm_wday.rem_euclid(7) as usize],
        MONTH_NAMES[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

fn t_asctime(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("time.asctime", a.len(), 0, 1)?;
    let mut tm = match a.first() {
        Some(v) => tuple_to_tm(v, "asctime")?,
        None => broken_down(now(), true)?,
    };
    check_tm(&mut tm)?;
    Ok(types::str::new_string(asctime_text(&tm)))
}

fn t_ctime(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("time.ctime", a.len(), 0, 1)?;
    let tm = broken_down(seconds_arg(a)?, true)?;
    Ok(types::str::new_string(asctime_text(&tm)))
}

fn t_strftime(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("time.strftime", a.len(), 1, 2)?;
    let Some(format) = types::str::as_str(&a[0]) else {
        return type_error(format!(
            "strftime() argument 1 must be str, not {}",
            types::type_name_of(&a[0])
        ));
    };
    let (mut tm, zone) = match a.get(1) {
        Some(v) => {
            let tm = tuple_to_tm(v, "strftime")?;
            let zone = if v.ty().is(&struct_time_type()) {
                v.dict()
                    .and_then(|d| types::dict::get_str(&d, "tm_zone"))
                    .and_then(|z| types::str::as_str(&z).and_then(|s| CString::new(s).ok()))
            } else {
                None
            };
            (tm, zone)
        }
        None => (broken_down(now(), true)?, None),
    };
    check_tm(&mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if format.is_empty() {
        return Ok(types::str::new_str(""));
    }
    let Ok(cfmt) = CString::new(format) else {
        return value_error("embedded null character");
    };
    // strftime returns 0 both for "buffer too small" and for an empty
    // result; grow the buffer a few times like CPython, then give up.
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated
        // and `tm` (with `zone` alive for its tm_zone) is a valid struct tm.
        let n = unsafe { strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * format.len().max(4) {
            buf.truncate(n);
            return Ok(types::str::new_string(
                String::from_utf8_lossy(&buf).into_owned(),
            ));
        }
        size *= 2;
    }
}

/// CPython's `init_timezone` for glibc: `timezone`, `altzone`, `daylight`
/// and `tzname` from the local offsets in January and July of this year.
pub fn add_timezone_constants(d: &Obj) {
    let year_start = |month: c_int| -> Option<Tm> {
        let now = broken_down(now(), true).ok()?;
        let mut tm = Tm::zeroed();
        tm.tm_year = now.tm_year;
        tm.tm_mon = month;
        tm.tm_mday = 1;
        tm.tm_isdst = -1;
        // SAFETY: `tm` is a valid struct tm; mktime normalises it in place.
        let t = unsafe { mktime(&mut tm) };
        broken_down(t, true).ok()
    };
    let (Some(jan), Some(jul)) = (year_start(0), year_start(6)) else {
        return;
    };
    let name = |tm: &Tm| match tm_to_struct_time(tm)
        .dict()
        .and_then(|d| types::dict::get_str(&d, "tm_zone"))
    {
        Some(z) if !z.is(&builtin().none) => z,
        _ => types::str::new_str(""),
    };
    let (jan_off, jul_off): (i64, i64) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (timezone, altzone, names) = if jan_off < jul_off {
        // Southern hemisphere: daylight saving time in January.
        (jul_off, jan_off, vec![name(&jul), name(&jan)])
    } else {
        (jan_off, jul_off, vec![name(&jan), name(&jul)])
    };
    let int = types::int::new_int;
    types::dict::set_str(d, "timezone", int(timezone));
    types::dict::set_str(d, "altzone", int(altzone));
    types::dict::set_str(d, "daylight", int(i64::from(jan_off != jul_off)));
    types::dict::set_str(d, "tzname", types::tuple::new_tuple(names));
}

/// The calendar functions, for `time.create`.
pub fn functions() -> [(&'static str, BuiltinImpl); 6] {
    [
        ("gmtime", BuiltinImpl::Pos(t_gmtime)),
        ("localtime", BuiltinImpl::Pos(t_localtime)),
        ("mktime", BuiltinImpl::Pos(t_mktime)),
        ("asctime", BuiltinImpl::Pos(t_asctime)),
        ("ctime", BuiltinImpl::Pos(t_ctime)),
        ("strftime", BuiltinImpl::Pos(t_strftime)),
    ]
}
