//! The `time` module's clocks: `time`, `time_ns`, `monotonic`,
//! `perf_counter`, `process_time` (and their `_ns` forms) and `sleep`.
//! Monotonic and CPU clocks come from `clock_gettime`, as in CPython.
//! The calendar functions (`gmtime`, `strftime`, …) are in `time_calendar`.

use crate::builtins::exactly_one;
use crate::errors::{PyResult, value_error};
use crate::object::Obj;
use crate::types::float::{as_f64, new_float};
use crate::types::int::{int_val, new_int_i128};
use crate::types::{self, builtin};

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

unsafe extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// Nanoseconds on clock `clk` (0 if the clock is unavailable).
fn clock_ns(clk: i32) -> i128 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let rc = unsafe { clock_gettime(clk, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn wall_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn no_args(name: &str, a: &[Obj]) -> PyResult<()> {
    if a.is_empty() {
        Ok(())
    } else {
        crate::errors::type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            a.len()
        ))
    }
}

fn secs(ns: i128) -> Obj {
    new_float(ns as f64 / 1e9)
}

fn t_time(a: &[Obj]) -> PyResult<Obj> {
    no_args("time", a)?;
    Ok(secs(wall_ns()))
}
fn t_time_ns(a: &[Obj]) -> PyResult<Obj> {
    no_args("time_ns", a)?;
    Ok(new_int_i128(wall_ns()))
}
fn t_monotonic(a: &[Obj]) -> PyResult<Obj> {
    no_args("monotonic", a)?;
    Ok(secs(clock_ns(CLOCK_MONOTONIC)))
}
fn t_monotonic_ns(a: &[Obj]) -> PyResult<Obj> {
    no_args("monotonic_ns", a)?;
    Ok(new_int_i128(clock_ns(CLOCK_MONOTONIC)))
}
fn t_perf_counter(a: &[Obj]) -> PyResult<Obj> {
    no_args("perf_counter", a)?;
    Ok(secs(clock_ns(CLOCK_MONOTONIC)))
}
fn t_perf_counter_ns(a: &[Obj]) -> PyResult<Obj> {
    no_args("perf_counter_ns", a)?;
    Ok(new_int_i128(clock_ns(CLOCK_MONOTONIC)))
}
fn t_process_time(a: &[Obj]) -> PyResult<Obj> {
    no_args("process_time", a)?;
    Ok(secs(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}
fn t_process_time_ns(a: &[Obj]) -> PyResult<Obj> {
    no_args("process_time_ns", a)?;
    Ok(new_int_i128(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_sleep(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("time.sleep", a)?;
    let s = if let Some(f) = as_f64(v) {
        if f.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        f
    } else if let Some(i) = int_val(v) {
        types::int::int_val_to_f64(i)?
    } else {
        return crate::errors::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name_of(v)
        ));
    };
    if s < 0.0 {
        return value_error("sleep length must be non-negative");
    }
    if !s.is_finite() || s > 1e12 {
        return crate::errors::overflow_error("timestamp too large to convert to C _PyTime_t");
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(builtin().none.clone())
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "time",
        Some(
            "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.",
        ),
    );
    super::add_functions(
        &m,
        "time",
        &[
            ("time", types::function::BuiltinImpl::Pos(t_time)),
            ("time_ns", types::function::BuiltinImpl::Pos(t_time_ns)),
            ("monotonic", types::function::BuiltinImpl::Pos(t_monotonic)),
            (
                "monotonic_ns",
                types::function::BuiltinImpl::Pos(t_monotonic_ns),
            ),
            (
                "perf_counter",
                types::function::BuiltinImpl::Pos(t_perf_counter),
            ),
            (
                "perf_counter_ns",
                types::function::BuiltinImpl::Pos(t_perf_counter_ns),
            ),
            (
                "process_time",
                types::function::BuiltinImpl::Pos(t_process_time),
            ),
            (
                "process_time_ns",
                types::function::BuiltinImpl::Pos(t_process_time_ns),
            ),
            ("sleep", types::function::BuiltinImpl::Pos(t_sleep)),
        ],
    );
    super::add_functions(&m, "time", &super::time_calendar::functions());
    if let Some(d) = super::module_dict(&m) {
        types::dict::set_str(d, "struct_time", super::time_calendar::struct_time_type());
        super::time_calendar::add_timezone_constants(d);
    }
    Ok(m)
}
