//! The import system: CPython's `__import__` semantics over the modules
//! embedded in the program blob and the native modules (`modules/`), with
//! `sys.modules` as the registry, relative imports, `from m import x`
//! (including submodules and the circular-import message) and `import *`.

use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::eval::util::{repr_str, set_exc_attr, str_of};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, dict};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    static MODULES: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
    static INITIALIZING: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// The `sys.modules` dict.
pub fn modules_dict() -> Obj {
    if let Some(d) = MODULES.with(|m| m.borrow().clone()) {
        return d;
    }
    let d = dict::new_dict();
    MODULES.with(|m| *m.borrow_mut() = Some(d.clone()));
    d
}

fn sys_modules_get(name: &str) -> PyResult<Option<Obj>> {
    dict::get_item(&modules_dict(), &types::str::new_str(name))
}

fn module_not_found(msg: String, name: &str) -> PyErr {
    let e = PyErr::new(Exc::ModuleNotFoundError, msg);
    set_exc_attr(&e.0, "name", types::str::new_str(name));
    e
}

fn import_error(msg: String, name: Option<&Obj>, path: Option<&Obj>) -> PyErr {
    let e = PyErr::new(Exc::ImportError, msg);
    let none = || builtin().none.clone();
    set_exc_attr(&e.0, "name", name.cloned().unwrap_or_else(none));
    set_exc_attr(&e.0, "path", path.cloned().unwrap_or_else(none));
    e
}

/// Is the module named `name` currently running its body?
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|s| s.borrow().contains(name))
}

/// A module attribute without descriptors: the module dict entry.
fn module_attr(m: &Obj, name: &str) -> PyResult<Option<Obj>> {
    if let Payload::Module(md) = m.payload() {
        if let Some(v) = dict::get_str(&md.dict, name) {
            return Ok(Some(v));
        }
        // Modules may define `__getattr__`.
        if dict::get_str(&md.dict, "__getattr__").is_none() {
            return Ok(None);
        }
    }
    crate::ops::getattr_opt(m, name)
}

fn set_module_attr(m: &Obj, name: &str, v: Obj) -> PyResult<()> {
    if let Payload::Module(md) = m.payload() {
        dict::set_str(&md.dict, name, v);
        return Ok(());
    }
    crate::ops::setattr(m, &types::str::new_str(name), &v)
}

/// The module named `name`, importing it (and its parents) if needed
/// (`importlib._bootstrap._gcd_import` with level 0).
pub fn import_module(name: &str) -> PyResult<Obj> {
    if name.is_empty() {
        return Err(PyErr::new(Exc::ValueError, "Empty module name"));
    }
    match sys_modules_get(name)? {
        Some(m) if m.is(&builtin().none) => Err(module_not_found(
            format!("import of {name} halted; None in sys.modules"),
            name,
        )),
        Some(m) => Ok(m),
        None => find_and_load(name),
    }
}

fn find_and_load(name: &str) -> PyResult<Obj> {
    let (parent, child) = match name.rfind('.') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => ("", name),
    };
    let mut parent_module = None;
    if !parent.is_empty() {
        if sys_modules_get(parent)?.is_none() {
            import_module(parent)?;
        }
        if let Some(m) = sys_modules_get(name)? {
            return Ok(m);
        }
        let Some(pm) = sys_modules_get(parent)? else {
            return Err(PyErr::with_args(
                Exc::KeyError,
                vec![types::str::new_str(parent)],
            ));
        };
        if module_attr(&pm, "__path__")?.is_none() {
            return Err(module_not_found(
                format!(
                    "No module named {}; {} is not a package",
                    repr_str(name),
                    repr_str(parent)
                ),
                name,
            ));
        }
        parent_module = Some(pm);
    }
    let module = load(name)?;
    if parent_module.is_some()
        && let Some(pm) = sys_modules_get(parent)?
    {
        set_module_attr(&pm, child, module.clone())?;
    }
    Ok(module)
}

/// Finds and executes module `name` (not yet in sys.modules).
fn load(name: &str) -> PyResult<Obj> {
    let modules = modules_dict();
    let key = types::str::new_str(name);
    if let Some(p) = crate::eval::loader::program()
        && let Some((idx, _)) = p.find_module(name)
    {
        let m = new_blob_module(idx)?;
        run_blob_module(idx, &m)?;
        return Ok(dict::get_item(&modules, &key)?.unwrap_or(m));
    }
    if let Some(init) = crate::modules::find_native(name) {
        let m = init()?;
        dict::set_item(&modules, &key, m.clone())?;
        return Ok(m);
    }
    Err(module_not_found(
        format!("No module named {}", repr_str(name)),
        name,
    ))
}

/// Creates the module object of blob module `idx` with its standard
/// attributes (without running its body).
pub fn new_blob_module(idx: usize) -> PyResult<Obj> {
    let p = crate::eval::loader::program()
        .ok_or_else(|| PyErr::new(Exc::SystemError, "no program loaded"))?;
    let info = &p.modules[idx];
    let b = builtin();
    let s = types::str::new_str;
    let d = dict::new_dict();
    let is_main = info.name == "__main__";
    dict::set_str(&d, "__name__", s(&info.name));
    let code = p.codes.get(info.body_code as usize).cloned();
    let doc = code
        .as_ref()
        .and_then(|c| types::code::as_code(c))
        .and_then(|cd| types::tuple::as_slice(&cd.consts).and_then(|c| c.first().cloned()))
        .filter(|c| matches!(c.payload(), Payload::Str(_)))
        .unwrap_or_else(|| b.none.clone());
    dict::set_str(&d, "__doc__", doc);
    let package = if is_main {
        b.none.clone()
    } else if info.is_package {
        s(&info.name)
    } else {
        s(info.name.rsplit_once('.').map_or("", |(a, _)| a))
    };
    dict::set_str(&d, "__package__", package);
    dict::set_str(&d, "__loader__", b.none.clone());
    dict::set_str(&d, "__spec__", b.none.clone());
    dict::set_str(&d, "__file__", s(&info.filename));
    if !is_main {
        dict::set_str(&d, "__cached__", b.none.clone());
    }
    if info.is_package {
        let dir = std::path::Path::new(&info.filename)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        dict::set_str(&d, "__path__", types::list::new_list(vec![s(&dir)]));
    }
    let builtins = if is_main {
        import_module("builtins")?
    } else {
        crate::eval::state::builtins_dict()
    };
    dict::set_str(&d, "__builtins__", builtins);
    Ok(crate::modules::module_from_dict(d))
}

/// Registers `m` in sys.modules and runs the body of blob module `idx` in
/// it; on failure the module is removed from sys.modules again.
pub fn run_blob_module(idx: usize, m: &Obj) -> PyResult<()> {
    let p = crate::eval::loader::program()
        .ok_or_else(|| PyErr::new(Exc::SystemError, "no program loaded"))?;
    let info = &p.modules[idx];
    let name = info.name.clone();
    let code = p
        .codes
        .get(info.body_code as usize)
        .cloned()
        .ok_or_else(|| PyErr::new(Exc::SystemError, "bad module body"))?;
    drop(p);
    let key = types::str::new_str(&name);
    let modules = modules_dict();
    dict::set_item(&modules, &key, m.clone())?;
    let Some(globals) = crate::modules::module_dict(m).cloned() else {
        return type_error("not a module");
    };
    INITIALIZING.with(|s| s.borrow_mut().insert(name.clone()));
    let r = crate::eval::call::run_module_code(&code, &globals);
    INITIALIZING.with(|s| s.borrow_mut().remove(&name));
    match r {
        Ok(_) => Ok(()),
        Err(e) => {
            // `__main__` stays registered (its globals are finalized at exit).
            if name != "__main__" {
                let _ = dict::del_item(&modules, &key);
            }
            Err(e)
        }
    }
}

/// The package a relative import in `globals` is relative to.
fn calc_package(globals: &Obj) -> PyResult<String> {
    if let Some(p) = dict::get_str(globals, "__package__")
        && !p.is(&builtin().none)
    {
        return match types::str::as_str(&p) {
            Some(s) => Ok(s.to_string()),
            None => type_error("package must be a string"),
        };
    }
    if let Some(spec) = dict::get_str(globals, "__spec__")
        && !spec.is(&builtin().none)
    {
        let parent = crate::ops::getattr_str(&spec, "parent")?;
        return Ok(str_of(&parent).to_string());
    }
    let Some(name) = dict::get_str(globals, "__name__") else {
        return Err(PyErr::with_args(
            Exc::KeyError,
            vec![types::str::new_str("'__name__' not in globals")],
        ));
    };
    let Some(name) = types::str::as_str(&name) else {
        return type_error("__name__ must be a string");
    };
    if dict::get_str(globals, "__path__").is_some() {
        return Ok(name.to_string());
    }
    match name.rfind('.') {
        Some(i) => Ok(name[..i].to_string()),
        None => Ok(String::new()),
    }
}

fn resolve_name(name: &str, globals: &Obj, level: usize) -> PyResult<String> {
    let package = calc_package(globals)?;
    if package.is_empty() {
        return Err(import_error(
            "attempted relative import with no known parent package".into(),
            None,
            None,
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(import_error(
                    "attempted relative import beyond top-level package".into(),
                    None,
                    None,
                ));
            }
        }
    }
    if name.is_empty() {
        Ok(base.to_string())
    } else {
        Ok(format!("{base}.{name}"))
    }
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name(
    name: &Obj,
    globals: Option<&Obj>,
    fromlist: Option<&Obj>,
    level: i64,
) -> PyResult<Obj> {
    let Some(name_s) = types::str::as_str(name) else {
        return type_error(format!(
            "module name must be str, not {}",
            types::type_name_of(name)
        ));
    };
    if level < 0 {
        return Err(PyErr::new(Exc::ValueError, "level must be >= 0"));
    }
    let abs_name = if level > 0 {
        let empty;
        let g = match globals {
            Some(g) => g,
            None => {
                empty = dict::new_dict();
                &empty
            }
        };
        resolve_name(name_s, g, level as usize)?
    } else {
        if name_s.is_empty() {
            return Err(PyErr::new(Exc::ValueError, "Empty module name"));
        }
        name_s.to_string()
    };
    let module = import_module(&abs_name)?;
    let fromlist = fromlist.filter(|f| !f.is(&builtin().none));
    let has_from = match fromlist {
        Some(f) => crate::ops::is_true(f)?,
        None => false,
    };
    if !has_from {
        if level == 0 || !name_s.is_empty() {
            let Some(dot) = name_s.find('.') else {
                return Ok(module);
            };
            if level == 0 {
                return import_module(&name_s[..dot]);
            }
            let cut_off = name_s.len() - dot;
            let to_return = &abs_name[..abs_name.len() - cut_off];
            return match sys_modules_get(to_return)? {
                Some(m) => Ok(m),
                None => Err(PyErr::with_args(
                    Exc::KeyError,
                    vec![types::str::new_string(format!(
                        "{} not in sys.modules as expected",
                        repr_str(to_return)
                    ))],
                )),
            };
        }
        return Ok(module);
    }
    if module_attr(&module, "__path__")?.is_some()
        && let Some(f) = fromlist
    {
        handle_fromlist(&module, f, false)?;
    }
    Ok(module)
}

fn handle_fromlist(module: &Obj, fromlist: &Obj, recursive: bool) -> PyResult<()> {
    let items = crate::ops::iterate(fromlist)?;
    let modname = module_attr(module, "__name__")?
        .map(|n| str_of(&n).to_string())
        .unwrap_or_default();
    for x in items {
        let Some(xs) = types::str::as_str(&x) else {
            let where_ = if recursive {
                format!("{modname}.__all__")
            } else {
                "``from list''".to_string()
            };
            return type_error(format!(
                "Item in {} must be str, not {}",
                where_,
                types::type_name_of(&x)
            ));
        };
        if xs == "*" {
            if !recursive && let Some(all) = module_attr(module, "__all__")? {
                handle_fromlist(module, &all, true)?;
            }
            continue;
        }
        if module_attr(module, xs)?.is_some() {
            continue;
        }
        let from_name = format!("{modname}.{xs}");
        if let Err(e) = import_module(&from_name) {
            if e.matches(Exc::ModuleNotFoundError) {
                let ename = crate::eval::util::get_exc_attr(&e.0, "name");
                let same = ename.as_ref().and_then(|n| types::str::as_str(n)) == Some(&from_name);
                let not_none =
                    !matches!(sys_modules_get(&from_name)?, Some(m) if m.is(&builtin().none));
                if same && not_none {
                    continue;
                }
            }
            return Err(e);
        }
    }
    Ok(())
}

/// `from module import name` (CPython's `import_from`).
pub fn import_from(module: &Obj, name: &Obj) -> PyResult<Obj> {
    let n = str_of(name).to_string();
    match crate::ops::getattr(module, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(Exc::AttributeError) => {}
        Err(e) => return Err(e),
    }
    let pkgname = module_attr(module, "__name__")?;
    let pkgname_s = pkgname
        .as_ref()
        .and_then(|p| types::str::as_str(p))
        .map(str::to_string);
    if let Some(pn) = &pkgname_s
        && let Some(m) = sys_modules_get(&format!("{pn}.{n}"))?
    {
        return Ok(m);
    }
    let shown = pkgname_s
        .clone()
        .unwrap_or_else(|| "<unknown module name>".into());
    let path = module_attr(module, "__file__")?.filter(|p| matches!(p.payload(), Payload::Str(_)));
    let msg = match &path {
        None => format!(
            "cannot import name {} from {} (unknown location)",
            repr_str(&n),
            repr_str(&shown)
        ),
        Some(p) => {
            if pkgname_s.as_deref().is_some_and(is_initializing) {
                format!(
                    "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({})",
                    repr_str(&n),
                    repr_str(&shown),
                    str_of(p)
                )
            } else {
                format!(
                    "cannot import name {} from {} ({})",
                    repr_str(&n),
                    repr_str(&shown),
                    str_of(p)
                )
            }
        }
    };
    Err(import_error(msg, pkgname.as_ref(), path.as_ref()))
}

/// `from module import *` into `locals`.
pub fn import_star(module: &Obj, locals: &Obj) -> PyResult<()> {
    let (names, skip_private) = match module_attr(module, "__all__")? {
        Some(all) => (crate::ops::iterate(&all)?, false),
        None => {
            let d = match module.payload() {
                Payload::Module(md) => Some(md.dict.clone()),
                _ => crate::ops::getattr_opt(module, "__dict__")?,
            };
            let Some(d) = d else {
                return Err(PyErr::new(
                    Exc::ImportError,
                    "from-import-* object has no __dict__ and no __all__",
                ));
            };
            let keys: Vec<Obj> = match d.payload() {
                Payload::Dict(_) => dict::items(&d).into_iter().map(|(k, _)| k).collect(),
                _ => crate::ops::iterate(&crate::ops::call_method(&d, "keys", &[])?)?,
            };
            (keys, true)
        }
    };
    for name in names {
        let Some(s) = types::str::as_str(&name) else {
            let modname = module_attr(module, "__name__")?
                .map(|n| str_of(&n).to_string())
                .unwrap_or_default();
            return type_error(format!(
                "{} in {}.{} must be str, not {}",
                if skip_private { "Key" } else { "Item" },
                modname,
                if skip_private { "__dict__" } else { "__all__" },
                types::type_name_of(&name)
            ));
        };
        if skip_private && s.starts_with('_') {
            continue;
        }
        let value = crate::ops::getattr(module, &name)?;
        if matches!(locals.payload(), Payload::Dict(_)) && locals.ty().is(&builtin().dict) {
            dict::set_item(locals, &name, value)?;
        } else {
            crate::ops::setitem(locals, &name, &value)?;
        }
    }
    Ok(())
}

/// The globals dict of the module a code object belongs to (for "Did you
/// mean" suggestions).
pub fn globals_for_code(cd: &types::code::CodeData) -> Option<Obj> {
    let p = crate::eval::loader::program()?;
    let info = p.modules.get(cd.module_index as usize)?;
    let m = sys_modules_get(&info.name).ok()??;
    crate::modules::module_dict(&m).cloned()
}
