//! Name resolution: globals, builtins, class/module locals, unbound local
//! and free variable errors, and cells.

use super::{frame, opt, v};
use crate::abi::CO_FAST_FREE;
use crate::errors::{Exc, PyErr, PyResult};
use crate::eval::frame::Frame;
use crate::eval::state::{status, value_word};
use crate::eval::util::{set_exc_attr, str_of};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin, dict};

/// NameError "name 'x' is not defined" with its `name` attribute.
pub fn name_error(name: &Obj) -> PyErr {
    let e = PyErr::new(
        Exc::NameError,
        format!("name '{}' is not defined", str_of(name)),
    );
    set_exc_attr(&e.0, "name", name.clone());
    e
}

fn free_var_error(name: &str) -> PyErr {
    let e = PyErr::new(
        Exc::NameError,
        format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ),
    );
    set_exc_attr(&e.0, "name", types::str::new_str(name));
    e
}

fn unbound_local_error(name: &str) -> PyErr {
    let e = PyErr::new(
        Exc::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    set_exc_attr(&e.0, "name", types::str::new_str(name));
    e
}

fn is_exact_dict(d: &Obj) -> bool {
    matches!(d.payload(), Payload::Dict(_)) && d.ty().is(&builtin().dict)
}

/// `mapping[name]` for a locals mapping: Ok(None) when missing.
fn mapping_get(m: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if is_exact_dict(m) {
        return dict::get_item(m, name);
    }
    match ops::getitem(m, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(Exc::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A cached `LOAD_GLOBAL` result: valid while the globals and builtins
/// dicts still have the versions they had when it was filled (a dict version
/// identifies one state of one dict, see `dict::DictTable::version`), in
/// which state the dicts hold `value`, so it is borrowed. `name` is owned so
/// its address is not reused while cached.
#[derive(Clone, Copy)]
struct GlobalEntry {
    name: u64,
    globals_version: u64,
    builtins_version: u64,
    value: u64,
}

const GLOBAL_CACHE_SIZE: usize = 1024;

thread_local! {
    static GLOBAL_CACHE: std::cell::RefCell<[GlobalEntry; GLOBAL_CACHE_SIZE]> = const {
        std::cell::RefCell::new(
            [GlobalEntry { name: 0, globals_version: 0, builtins_version: 0, value: 0 };
                GLOBAL_CACHE_SIZE],
        )
    };
}

/// The versions of the frame's globals and builtins when both are dicts.
fn dict_versions(f: &Frame) -> Option<(u64, u64)> {
    let g = dict::table(f.globals_obj())?.try_borrow().ok()?.version();
    let b = dict::table(f.builtins_obj())?.try_borrow().ok()?.version();
    Some((g, b))
}

fn global_cache_index(f: &Frame, name: &Obj) -> usize {
    (((name.word() >> 3) ^ (f.globals >> 4)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
        & (GLOBAL_CACHE_SIZE - 1)
}

fn load_global(f: &Frame, name: &Obj) -> PyResult<Obj> {
    let versions = dict_versions(f);
    if let Some((gv, bv)) = versions {
        let idx = global_cache_index(f, name);
        let hit = GLOBAL_CACHE.with(|c| {
            let c = c.try_borrow().ok()?;
            let e = &c[idx];
            (e.name == name.word() && e.globals_version == gv && e.builtins_version == bv)
                .then(|| Obj::borrow(&e.value).clone())
        });
        if let Some(x) = hit {
            return Ok(x);
        }
    }
    let x = load_global_uncached(f, name)?;
    // Fill the cache only if the lookup left both dicts as they were (it
    // may have run `__eq__` of odd keys).
    if let Some((gv, bv)) = versions
        && dict_versions(f) == versions
    {
        let idx = global_cache_index(f, name);
        let entry = GlobalEntry {
            name: name.clone().into_word(),
            globals_version: gv,
            builtins_version: bv,
            value: x.word(),
        };
        let old = GLOBAL_CACHE.with(|c| {
            c.try_borrow_mut()
                .ok()
                .map(|mut c| std::mem::replace(&mut c[idx], entry))
        });
        match old {
            Some(old) => drop(Obj::from_word(old.name)),
            None => drop(Obj::from_word(entry.name)),
        }
    }
    Ok(x)
}

fn load_global_uncached(f: &Frame, name: &Obj) -> PyResult<Obj> {
    if let Some(x) = dict::get_item(f.globals_obj(), name)? {
        return Ok(x);
    }
    if let Some(x) = mapping_get(f.builtins_obj(), name)? {
        return Ok(x);
    }
    Err(name_error(name))
}

/// A `LOAD_GLOBAL` or `STORE_GLOBAL` site cache, as generated code reads
/// it (see `abi::GLOBAL_SITE_WORDS`).
#[repr(C)]
pub struct GlobalSite {
    globals_keys: u64,
    builtins_keys: u64,
    value_addr: u64,
}

/// The keys version of `d` (0 when it is not a dict or is borrowed: never
/// the version of a table holding a name).
fn keys_version(d: &Obj) -> u64 {
    dict::table(d)
        .and_then(|t| t.try_borrow().ok())
        .map_or(0, |t| t.keys_version())
}

/// The site contents that find `name` where the frame's dicts hold it
/// now (None when `name` is in neither or finding it takes `__eq__`).
fn global_site_for(f: &Frame, name: &Obj) -> Option<GlobalSite> {
    global_site_in(f.globals_obj(), f.builtins_obj(), name)
}

/// `global_site_for` with the dicts given.
fn global_site_in(globals: &Obj, builtins: &Obj, name: &Obj) -> Option<GlobalSite> {
    match dict::str_value_slot(globals, name)? {
        // In the globals: valid while their keys hold, whatever the
        // builtins do (no builtins keys version).
        Some((globals_keys, value_addr)) => Some(GlobalSite {
            globals_keys,
            builtins_keys: 0,
            value_addr,
        }),
        // In builtins: valid while globals gain no key (its keys version)
        // and the builtins' keys hold. (Generated code takes a builtins
        // keys version of 0 for a site filled from the globals: such a
        // site is left unfilled.)
        None => {
            let (builtins_keys, value_addr) = dict::str_value_slot(builtins, name)??;
            (builtins_keys != 0).then(|| GlobalSite {
                globals_keys: keys_version(globals),
                builtins_keys,
                value_addr,
            })
        }
    }
}

/// `LOAD_GLOBAL` from a site whose inline cache missed: looks the name up
/// and refills the site (with where the name's value lives now: keys
/// versions are never reused, so a stale site can never match again).
///
/// # Safety
/// `frame_w` must be the calling frame and `site` a `GlobalSite` of the
/// calling code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_global_cached(frame_w: u64, name: u64, site: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let r = load_global_uncached(f, v(&name));
    if r.is_ok()
        && let Some(s) = global_site_for(f, v(&name))
    {
        // SAFETY: caller contract: `site` is this site's writable cache.
        unsafe { (site as *mut GlobalSite).write(s) };
    }
    value_word(r)
}

/// Fills a `LOAD_GLOBAL` site of a function body inlined into its caller
/// (`translate::inline`) whose cache missed, from that function's globals
/// and builtins, without loading the value (the real call that follows
/// does). Finding the name runs no Python code (`str_value_slot`); a name
/// that would take `__eq__` leaves the site as it was.
///
/// # Safety
/// `site` must be a `GlobalSite` of the calling code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_global_site_prime(globals: u64, builtins: u64, name: u64, site: u64) {
    if let Some(s) = global_site_in(v(&globals), v(&builtins), v(&name)) {
        // SAFETY: caller contract: `site` is this site's writable cache.
        unsafe { (site as *mut GlobalSite).write(s) };
    }
}

/// `STORE_GLOBAL` (or `STORE_NAME` where the locals are the globals)
/// from a site whose inline cache missed: stores and refills the site, so
/// that the next store of the name replaces its value in place.
///
/// # Safety
/// `frame_w` must be the calling frame and `site` a `GlobalSite` of the
/// calling code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_store_global(frame_w: u64, name: u64, val: u64, site: u64) -> i64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let name = v(&name);
    let r = dict::set_item(f.globals_obj(), name, v(&val).clone());
    if r.is_ok()
        && let Some(Some((globals_keys, value_addr))) = dict::str_value_slot(f.globals_obj(), name)
    {
        // SAFETY: caller contract: `site` is this site's writable cache.
        unsafe {
            (site as *mut GlobalSite).write(GlobalSite {
                globals_keys,
                builtins_keys: 0,
                value_addr,
            })
        };
    }
    status(r.map(|_| 0))
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_delete_global(frame_w: u64, name: u64) -> i64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let name = v(&name);
    status(match dict::del_item(f.globals_obj(), name) {
        Ok(true) => Ok(0),
        Ok(false) => Err(name_error(name)),
        Err(e) => Err(e),
    })
}

fn load_name(f: &Frame, name: &Obj) -> PyResult<Obj> {
    if let Some(l) = f.locals_obj()
        && let Some(x) = mapping_get(l, name)?
    {
        return Ok(x);
    }
    load_global(f, name)
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_name(frame_w: u64, name: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    value_word(load_name(f, v(&name)))
}

fn no_locals(what: &str, name: &Obj) -> PyErr {
    PyErr::new(
        Exc::SystemError,
        format!("no locals found when {what} '{}'", str_of(name)),
    )
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_store_name(frame_w: u64, name: u64, val: u64) -> i64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let (name, val) = (v(&name), v(&val));
    let r = match f.locals_obj() {
        None => Err(no_locals("storing", name)),
        Some(l) if is_exact_dict(l) => dict::set_item(l, name, val.clone()),
        Some(l) => ops::setitem(l, name, val),
    };
    status(r.map(|_| 0))
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_delete_name(frame_w: u64, name: u64) -> i64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let name = v(&name);
    let r = match f.locals_obj() {
        None => Err(no_locals("deleting", name)),
        Some(l) if is_exact_dict(l) => match dict::del_item(l, name) {
            Ok(true) => Ok(()),
            Ok(false) => Err(name_error(name)),
            Err(e) => Err(e),
        },
        Some(l) => match ops::delitem(l, name) {
            Err(e) if e.matches(Exc::KeyError) => Err(name_error(name)),
            r => r,
        },
    };
    status(r.map(|_| 0))
}

fn slot_name(f: &Frame, index: u64) -> (String, u8) {
    let cd = f.code_data();
    let i = index as usize;
    match cd.localsplus_names.get(i) {
        Some(n) => (str_of(n).to_string(), cd.localsplus_kinds[i]),
        None => ("?".to_string(), 0),
    }
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_unbound_local(frame_w: u64, index: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let (name, _) = slot_name(f, index);
    value_word(Err(unbound_local_error(&name)))
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_unbound_deref(frame_w: u64, index: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let (name, kind) = slot_name(f, index);
    let e = if kind & CO_FAST_FREE != 0 {
        free_var_error(&name)
    } else {
        unbound_local_error(&name)
    };
    value_word(Err(e))
}

fn cell_get(cell: &Obj) -> Option<Obj> {
    match cell.payload() {
        Payload::Cell(c) => c.borrow().clone(),
        _ => None,
    }
}

/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_classderef(frame_w: u64, name: u64, cell: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let name = v(&name);
    let r = (|| {
        if let Some(l) = f.locals_obj()
            && let Some(x) = mapping_get(l, name)?
        {
            return Ok(x);
        }
        match opt(&cell).and_then(cell_get) {
            Some(x) => Ok(x),
            None => Err(free_var_error(str_of(name))),
        }
    })();
    value_word(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_make_cell(val: u64) -> u64 {
    crate::eval::call::new_cell(opt(&val).cloned()).into_word()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_cell_get(cell: u64) -> u64 {
    cell_get(v(&cell)).map_or(0, Obj::into_word)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_cell_set(cell: u64, val: u64) {
    if let Payload::Cell(c) = v(&cell).payload() {
        let old = c.replace(opt(&val).cloned());
        drop(old);
    }
}

/// Builds the dict `locals()` returns in a function frame from the current
/// values of its `localsplus` slots (borrowed words, 0 = unbound; cell and
/// free slots hold their cells, which are dereferenced).
pub fn locals_snapshot(f: &Frame, values: &[u64]) -> PyResult<Obj> {
    let d = dict::new_dict();
    fast_to_locals(f, values, &d)?;
    Ok(d)
}

/// Updates `d` from the `localsplus` values of `f` as CPython's
/// `PyFrame_FastToLocals` does: bound variables are set, unbound ones
/// removed, other keys left alone.
pub fn fast_to_locals(f: &Frame, values: &[u64], d: &Obj) -> PyResult<()> {
    let cd = f.code_data();
    for (i, &w) in values.iter().enumerate().take(cd.nlocalsplus()) {
        let kind = cd.localsplus_kinds[i];
        let value = match w {
            0 => None,
            _ if kind & (crate::abi::CO_FAST_CELL | CO_FAST_FREE) != 0 => cell_get(Obj::borrow(&w)),
            _ => Some(Obj::borrow(&w).clone()),
        };
        let name = &cd.localsplus_names[i];
        match value {
            Some(v) => dict::set_item(d, name, v)?,
            None => {
                dict::del_item(d, name)?;
            }
        }
    }
    Ok(())
}

/// `locals()` in a function (not in the ABI table; for the compiler to call
/// with a pointer to the current values of all `nlocalsplus` slots).
///
/// # Safety
/// `frame_w` must be the calling frame and `values` must point to
/// `nlocalsplus` words (0 or borrowed values / cells).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_locals(frame_w: u64, values: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    let n = f.code_data().nlocalsplus();
    let vals: &[u64] = if n == 0 {
        &[]
    } else {
        // SAFETY: caller contract.
        unsafe { std::slice::from_raw_parts(values as *const u64, n) }
    };
    value_word(locals_snapshot(f, vals))
}
