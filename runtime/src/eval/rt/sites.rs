//! The runtime side of two call-site caches in generated code: attributes
//! of exact modules loaded by `LOAD_METHOD` (`math.sqrt`), keyed by the
//! module's dict version, and the float kernels of math functions called
//! with one or two arguments (`modules::math::Kernel`).
//!
//! Generated code reads the sites (layouts in `abi`: `MODULE_SITE_*`,
//! `KERNEL_SITE_*`); only these functions fill them. Both keep an owned
//! reference to the object they are keyed by (the module, the callable),
//! so its address cannot be reused by another object while it is cached.

use super::v;
use crate::abi;
use crate::eval::state::value_word;
use crate::modules::math::{Kernel, int_kernel, kernel};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, dict};

/// The word at byte offset `at` of a site.
///
/// # Safety
/// `site` must point to a site of generated code with a word at `at`.
#[inline]
unsafe fn site_word<'a>(site: u64, at: i32) -> &'a mut u64 {
    // SAFETY: caller contract; sites are 8-aligned words only this thread uses.
    unsafe { &mut *((site as *mut u8).add(at as usize) as *mut u64) }
}

/// Stores an owned reference to `o` in a site word, releasing the one it
/// held (a module or a built-in function: no finalizer runs).
///
/// # Safety
/// As `site_word`.
unsafe fn replace_owned(site: u64, at: i32, o: &Obj) {
    // SAFETY: caller contract.
    let slot = unsafe { site_word(site, at) };
    let old = std::mem::replace(slot, o.clone().into_word());
    drop(Obj::from_word(old));
}

/// `module.name` for `LOAD_METHOD` on a module its site has not cached (or
/// whose dict changed): the attribute, and the site filled when it came
/// from the dict of an exact module whose type has no such attribute (so
/// nothing but the dict decides it while its version holds).
///
/// # Safety
/// `site` must be a module site (`abi::MODULE_SITE_WORDS` words).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_module_attr(module: u64, name: u64, site: u64) -> u64 {
    let (m, name) = (v(&module), v(&name));
    let r = crate::ops::getattr(m, name);
    if let (Ok(value), Payload::Module(md)) = (&r, m.payload())
        && m.ty_word() == builtin().module.word()
        && let Some(key) = types::str::as_str(name)
        && types::lookup(&builtin().module, key).is_none()
        && let Ok(Some(found)) = dict::get_item(&md.dict, name)
        && found.is(value)
        && let Some(table) = dict::table(&md.dict)
    {
        let version = table.borrow().version();
        // SAFETY: caller contract.
        unsafe {
            replace_owned(site, abi::MODULE_SITE_MODULE, m);
            *site_word(site, abi::MODULE_SITE_DICT) = md.dict.word();
            *site_word(site, abi::MODULE_SITE_VERSION) = version;
            *site_word(site, abi::MODULE_SITE_VALUE) = value.word();
        }
    }
    value_word(r)
}

/// `CALL nargs` (no keywords) through `rt_call_method` at a site that
/// caches float kernels: a plain call of a math function fills the site
/// first, with its kernel of `nargs` arguments or 0 when it has none (so
/// that the site does not look it up again). A site of kind
/// `abi::KERNEL_KIND_INT` caches rounding kernels instead, one of
/// `abi::KERNEL_KIND_ROUND_DIGITS` `round`'s kernel of two arguments.
///
/// # Safety
/// As `rt_call_method`; `site` must be a kernel site
/// (`abi::KERNEL_SITE_WORDS` words).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_call_kernel_site(args: u64, nargs: u64, site: u64) -> u64 {
    let p = args as *const u64;
    // SAFETY: caller contract: slots 0 and 1 are readable.
    let (m, callable) = unsafe { (*p, *p.add(1)) };
    // SAFETY: caller contract.
    if m == 0 && unsafe { *site_word(site, abi::KERNEL_SITE_CALLABLE) } != callable {
        let f = v(&callable);
        // SAFETY: caller contract.
        let kind = unsafe { *site_word(site, abi::KERNEL_SITE_KIND) };
        let k = match kind as i64 {
            abi::KERNEL_KIND_INT => rounding_kernel(f, nargs),
            abi::KERNEL_KIND_ROUND_DIGITS => round_digits_kernel(f, nargs),
            _ => math_kernel(f, nargs),
        };
        if let Some(k) = k {
            // SAFETY: caller contract.
            unsafe {
                replace_owned(site, abi::KERNEL_SITE_CALLABLE, f);
                *site_word(site, abi::KERNEL_SITE_KERNEL) = k;
            }
        }
    }
    // SAFETY: caller contract.
    unsafe { super::rt_call_method(args, nargs, 0) }
}

/// When `f` is a built-in function: the address of its rounding kernel
/// (`modules::math::int_kernel`) when `nargs` is 1, or 0 when it has none.
fn rounding_kernel(f: &Obj, nargs: u64) -> Option<u64> {
    let Payload::Builtin(b) = f.payload() else {
        return None;
    };
    if b.self_.is_some() {
        return None;
    }
    let k = b.module.and_then(|m| int_kernel(m, b.name));
    Some(match k {
        Some(k) if nargs == 1 => k as usize as u64,
        _ => 0,
    })
}

/// When `f` is a built-in function: the address of `round`'s kernel of two
/// arguments (`types::float::k_round_digits`) when it is `round` and
/// `nargs` is 2, or 0.
fn round_digits_kernel(f: &Obj, nargs: u64) -> Option<u64> {
    let Payload::Builtin(b) = f.payload() else {
        return None;
    };
    let is_round = b.self_.is_none() && b.module == Some("builtins") && b.name == "round";
    let k: extern "C" fn(f64, f64) -> f64 = types::float::k_round_digits;
    Some(if is_round && nargs == 2 {
        k as usize as u64
    } else {
        0
    })
}

/// When `f` is a math function: the address of its float kernel of
/// `nargs` arguments, or 0 when it has none.
fn math_kernel(f: &Obj, nargs: u64) -> Option<u64> {
    let Payload::Builtin(b) = f.payload() else {
        return None;
    };
    if b.module != Some("math") || b.self_.is_some() {
        return None;
    }
    Some(match (kernel(b.name), nargs) {
        (Some(Kernel::One(k)), 1) => k as usize as u64,
        (Some(Kernel::Two(k)), 2) => k as usize as u64,
        _ => 0,
    })
}
