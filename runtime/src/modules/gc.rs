//! The `gc` module: the interface to the cycle collector (`object::gc`):
//! `collect`, `enable`/`disable`/`isenabled`, `get_threshold`/`set_threshold`,
//! `get_count` (per generation), and the `garbage` and `callbacks` lists (always empty:
//! finalizers never make a cycle uncollectable since PEP 442, and callbacks
//! are not called).

use crate::errors::{PyResult, type_error, value_error};
use crate::object::{Obj, gc};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::int::{as_index_i64, new_bool, new_int};
use crate::types::{self, builtin, typeobj::parse_args};

/// CPython's "gc.f() takes no arguments (n given)".
fn no_args(name: &str, a: &[Obj]) -> PyResult<()> {
    if a.is_empty() {
        Ok(())
    } else {
        type_error(format!(
            "gc.{name}() takes no arguments ({} given)",
            a.len()
        ))
    }
}

fn gc_collect(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let v = parse_args("collect", a, kw, &["generation"], 0)?;
    let generation = match &v[0] {
        Some(g) => as_index_i64(g)?,
        None => gc::OLDEST as i64,
    };
    if !(0..=gc::OLDEST as i64).contains(&generation) {
        return value_error("invalid generation");
    }
    Ok(new_int(gc::collect_generation(generation as usize) as i64))
}

fn gc_enable(a: &[Obj]) -> PyResult<Obj> {
    no_args("enable", a)?;
    gc::enable(true);
    Ok(builtin().none.clone())
}

fn gc_disable(a: &[Obj]) -> PyResult<Obj> {
    no_args("disable", a)?;
    gc::enable(false);
    Ok(builtin().none.clone())
}

fn gc_isenabled(a: &[Obj]) -> PyResult<Obj> {
    no_args("isenabled", a)?;
    Ok(new_bool(gc::is_enabled()))
}

fn gc_get_threshold(a: &[Obj]) -> PyResult<Obj> {
    no_args("get_threshold", a)?;
    let (t0, t1, t2) = gc::thresholds();
    Ok(types::tuple::new_tuple(vec![
        new_int(t0),
        new_int(t1),
        new_int(t2),
    ]))
}

fn gc_set_threshold(a: &[Obj]) -> PyResult<Obj> {
    if a.is_empty() {
        return type_error("set_threshold() takes at least 1 argument (0 given)");
    }
    if a.len() > 3 {
        return type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.len()
        ));
    }
    let (_, mut t1, mut t2) = gc::thresholds();
    let t0 = as_index_i64(&a[0])?;
    if let Some(x) = a.get(1) {
        t1 = as_index_i64(x)?;
    }
    if let Some(x) = a.get(2) {
        t2 = as_index_i64(x)?;
    }
    gc::set_thresholds((t0, t1, t2));
    Ok(builtin().none.clone())
}

fn gc_get_count(a: &[Obj]) -> PyResult<Obj> {
    no_args("get_count", a)?;
    let counts = gc::count().map(|n| new_int(n as i64));
    Ok(types::tuple::new_tuple(counts.to_vec()))
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "gc",
        Some("This module provides access to the garbage collector for reference cycles."),
    );
    super::add_functions(
        &m,
        "gc",
        &[
            ("collect", BuiltinImpl::Kw(gc_collect)),
            ("enable", BuiltinImpl::Pos(gc_enable)),
            ("disable", BuiltinImpl::Pos(gc_disable)),
            ("isenabled", BuiltinImpl::Pos(gc_isenabled)),
            ("get_threshold", BuiltinImpl::Pos(gc_get_threshold)),
            ("set_threshold", BuiltinImpl::Pos(gc_set_threshold)),
            ("get_count", BuiltinImpl::Pos(gc_get_count)),
        ],
    );
    for name in ["garbage", "callbacks"] {
        super::add(&m, name, types::list::new_list(Vec::new()));
    }
    Ok(m)
}
