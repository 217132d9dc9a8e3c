//! `import` statements and `SETUP_ANNOTATIONS`.

use super::{frame, opt, v};
use crate::errors::{Exc, PyErr, PyResult};
use crate::eval::import;
use crate::eval::state::{status, value_word};
use crate::object::Payload;
use crate::ops;
use crate::types::{self, builtin, dict};

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_import_name(frame_w: u64, name: u64, fromlist: u64, level: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let level = opt(&level).and_then(types::int::as_i64).unwrap_or(0);
    value_word(import::import_name(
        v(&name),
        Some(f.globals_obj()),
        opt(&fromlist),
        level,
    ))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_import_from(module: u64, name: u64) -> u64 {
    value_word(import::import_from(v(&module), v(&name)))
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_import_star(frame_w: u64, module: u64) -> i64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let r = match f.locals_obj() {
        Some(l) => import::import_star(v(&module), l),
        None => Err(PyErr::new(
            Exc::SystemError,
            "no locals found during 'import *'",
        )),
    };
    status(r.map(|_| 0))
}

fn setup_annotations(locals: &crate::object::Obj) -> PyResult<()> {
    let key = types::str::new_str("__annotations__");
    if matches!(locals.payload(), Payload::Dict(_)) && locals.ty().is(&builtin().dict) {
        if dict::get_item(locals, &key)?.is_none() {
            dict::set_item(locals, &key, dict::new_dict())?;
        }
        return Ok(());
    }
    match ops::getitem(locals, &key) {
        Ok(_) => Ok(()),
        Err(e) if e.matches(Exc::KeyError) => ops::setitem(locals, &key, &dict::new_dict()),
        Err(e) => Err(e),
    }
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_setup_annotations(frame_w: u64) -> i64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let r = match f.locals_obj() {
        Some(l) => setup_annotations(l),
        None => Err(PyErr::new(
            Exc::SystemError,
            "no locals found when setting up annotations",
        )),
    };
    status(r.map(|_| 0))
}
