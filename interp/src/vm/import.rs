//! `import`: modules built into the binary, then `.py` files and packages
//! (`__init__.py`) found along `sys.path`, cached in `sys.modules`;
//! relative imports resolve against `__package__` / `__name__`.

use std::collections::HashMap;

use weft_runtime::types::{dict::Dict, list::List, none_bool, str as pystr, tuple};
use weft_runtime::{PyResult, Value};

use super::errors::error;
use super::frame::Frame;
use super::objects::{as_module, new_module};

/// `sys.modules`.
pub fn modules() -> Value {
    weft_runtime::thread::with_current(|t| t.interpreter().modules().clone())
        .expect("a thread state")
}

fn modules_dict() -> Value {
    modules()
}

/// A module already imported.
fn cached(name: &str) -> PyResult<Option<Value>> {
    Dict::cast(&modules_dict())
        .expect("a dict")
        .get(&pystr::str_value(name))
}

/// The package a relative import starts from.
fn resolve(frame: &Frame, name: &str, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let globals = Dict::cast(&frame.globals).expect("a dict");
    let package = globals
        .get(weft_runtime::interned!("__package__"))?
        .filter(|p| !none_bool::is_none(p));
    let package = match package.as_ref().and_then(|p| pystr::as_str(p)) {
        Some(p) => p.to_string(),
        None => {
            let module = globals.get(weft_runtime::interned!("__name__"))?;
            let module = module
                .as_ref()
                .and_then(|m| pystr::as_str(m))
                .unwrap_or("")
                .to_string();
            let is_package = globals.contains(weft_runtime::interned!("__path__"))?;
            if is_package {
                module
            } else {
                module
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(error(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len() - 1 && level > 1 && parts.len() < level {
        return Err(error(
            "ImportError",
            "attempted relative import beyond top-level package",
        ));
    }
    parts.truncate(parts.len() + 1 - level);
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// `IMPORT_NAME`.
pub fn import_name(frame: &Frame, name: &Value, fromlist: &Value, level: usize) -> PyResult<Value> {
    let name = pystr::as_str(name).unwrap_or("");
    let full = resolve(frame, name, level)?;
    let module = import_module(&full)?;
    let has_fromlist = tuple::tuple_len(fromlist).is_some_and(|n| n > 0);
    if has_fromlist || level > 0 && name.is_empty() {
        return Ok(module);
    }
    if level > 0 {
        // `from . import x` is handled above; `import .a.b` is not syntax.
        return Ok(module);
    }
    let top = full.split('.').next().unwrap_or(&full);
    Ok(cached(top)?.unwrap_or(module))
}

/// One module's import lock: the thread importing it (0: none) and how many
/// times that thread entered. Another thread importing the same module
/// waits (detached) until the first has run it, then finds it cached.
#[derive(Default)]
struct ModuleLock {
    state: parking_lot::Mutex<(usize, usize)>,
    cond: parking_lot::Condvar,
}

/// Imports under way in all threads (the fast path skips the lock table
/// when there are none).
static IMPORTING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

type LockTable = parking_lot::Mutex<HashMap<String, std::sync::Arc<ModuleLock>>>;

fn lock_table() -> &'static LockTable {
    static LOCKS: std::sync::OnceLock<LockTable> = std::sync::OnceLock::new();
    LOCKS.get_or_init(Default::default)
}

/// The import lock of module `name`.
fn module_lock(name: &str) -> std::sync::Arc<ModuleLock> {
    let mut map = lock_table().lock();
    // Forget the locks no thread holds or waits for.
    if map.len() > 64 {
        map.retain(|_, l| std::sync::Arc::strong_count(l) > 1);
    }
    map.entry(name.to_string()).or_default().clone()
}

/// Whether another thread is running module `name` right now (it is in
/// `sys.modules` but not initialised yet).
fn importing_elsewhere(name: &str) -> bool {
    if IMPORTING.load(std::sync::atomic::Ordering::Acquire) == 0 {
        return false;
    }
    let me = weft_runtime::thread::current_tid();
    let lock = lock_table().lock().get(name).cloned();
    lock.is_some_and(|l| {
        let owner = l.state.lock().0;
        owner != 0 && owner != me
    })
}

/// Run `f` holding the import lock of `name` (re-entrant: a circular
/// import in one thread sees the partly run module, as in CPython).
fn with_module_lock<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let lock = module_lock(name);
    let me = weft_runtime::thread::current_tid();
    let try_take = || {
        let mut g = lock.state.lock();
        if g.0 == 0 || g.0 == me {
            g.0 = me;
            g.1 += 1;
            true
        } else {
            false
        }
    };
    if !try_take() {
        let take = || {
            let mut g = lock.state.lock();
            while g.0 != 0 && g.0 != me {
                lock.cond.wait(&mut g);
            }
            g.0 = me;
            g.1 += 1;
        };
        weft_runtime::thread::with_current(|t| t.blocking(take)).unwrap_or_else(take);
    }
    IMPORTING.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    let r = f();
    IMPORTING.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    let mut g = lock.state.lock();
    g.1 -= 1;
    if g.1 == 0 {
        g.0 = 0;
        drop(g);
        lock.cond.notify_all();
    }
    r
}

/// Import `name` (dotted, absolute), parents first.
pub fn import_module(name: &str) -> PyResult<Value> {
    if let Some(m) = cached(name)? {
        if !importing_elsewhere(name) {
            return Ok(m);
        }
    }
    // Threads importing the same module at once: one runs it, the others
    // wait and then find it in `sys.modules`.
    with_module_lock(name, || import_uncached(name))
}

fn import_uncached(name: &str) -> PyResult<Value> {
    if let Some(m) = cached(name)? {
        return Ok(m);
    }
    let (parent, leaf) = match name.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, name),
    };
    let search_path = match parent {
        Some(p) => {
            let pm = import_module(p)?;
            if let Some(m) = cached(name)? {
                return Ok(m);
            }
            if let Some((package, src)) = crate::modules::frozen::source(name) {
                return load_source(
                    name,
                    src.as_bytes(),
                    &format!("<frozen {name}>"),
                    package.then(String::new),
                );
            }
            let path =
                super::attr::getattr(&pm, weft_runtime::interned!("__path__")).map_err(|_| {
                    not_found(
                        &format!("No module named '{name}'; '{p}' is not a package"),
                        name,
                    )
                })?;
            super::ops::collect(&path)?
        }
        None => {
            if let Some(m) = super::native_module(name)? {
                Dict::cast(&modules_dict())
                    .expect("a dict")
                    .set(pystr::str_value(name), m.clone())?;
                return Ok(m);
            }
            if let Some((package, src)) = crate::modules::frozen::source(name) {
                return load_source(
                    name,
                    src.as_bytes(),
                    &format!("<frozen {name}>"),
                    package.then(String::new),
                );
            }
            sys_path()?
        }
    };
    for dir in search_path {
        let Some(dir) = pystr::as_str(&dir) else {
            continue;
        };
        let dir = if dir.is_empty() { "." } else { dir };
        let package_init = format!("{dir}/{leaf}/__init__.py");
        let file = format!("{dir}/{leaf}.py");
        if std::path::Path::new(&package_init).is_file() {
            return load(name, &package_init, Some(format!("{dir}/{leaf}")));
        }
        if std::path::Path::new(&file).is_file() {
            return load(name, &file, None);
        }
    }
    Err(not_found(&format!("No module named '{name}'"), name))
}

fn not_found(message: &str, name: &str) -> weft_runtime::PyErr {
    let e = error("ModuleNotFoundError", message);
    if let weft_runtime::PyErr::Object(exc) = &e {
        let _ = super::attr::generic_setattr(
            exc,
            weft_runtime::interned!("name"),
            Some(pystr::str_value(name)),
        );
    }
    e
}

fn sys_path() -> PyResult<Vec<Value>> {
    let sys = cached("sys")?.ok_or_else(|| error("ImportError", "sys is not initialised"))?;
    let path = super::attr::getattr(&sys, weft_runtime::interned!("path"))?;
    Ok(List::cast(&path).map(|l| l.to_vec()).unwrap_or_default())
}

/// Run a source file as module `name`.
fn load(name: &str, file: &str, package_dir: Option<String>) -> PyResult<Value> {
    let bytes = std::fs::read(file)
        .map_err(|e| error("ImportError", format!("cannot read {file}: {e}")))?;
    load_source(name, &bytes, file, package_dir)
}

/// Run `bytes` as module `name` from `file` (a package when `package_dir`
/// is given: its `__path__`; empty for an embedded package).
fn load_source(
    name: &str,
    bytes: &[u8],
    file: &str,
    package_dir: Option<String>,
) -> PyResult<Value> {
    let module = new_module(name);
    let m = as_module(&module).expect("a module");
    let d = Dict::cast(&m.dict).expect("a dict");
    d.set(
        weft_runtime::interned!("__file__").clone(),
        pystr::str_value(file),
    )?;
    let package = match &package_dir {
        Some(dir) => {
            let path = if dir.is_empty() {
                vec![]
            } else {
                vec![pystr::str_value(dir)]
            };
            d.set(weft_runtime::interned!("__path__").clone(), List::new(path))?;
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    d.set(
        weft_runtime::interned!("__package__").clone(),
        pystr::str_value(&package),
    )?;
    d.set(
        weft_runtime::interned!("__builtins__").clone(),
        super::builtins_module(),
    )?;
    let registry = modules_dict();
    let registry = Dict::cast(&registry).expect("a dict");
    registry.set(pystr::str_value(name), module.clone())?;
    let result = super::run::compile(bytes, file)
        .and_then(|code| super::run::run_code(code, m.dict.clone(), m.dict.clone()));
    if let Err(e) = result {
        registry.pop(&pystr::str_value(name))?;
        return Err(e);
    }
    // Bind the submodule in its parent package.
    if let Some((parent, leaf)) = name.rsplit_once('.') {
        if let Some(p) = cached(parent)? {
            super::attr::setattr(&p, &pystr::intern(leaf), module.clone())?;
        }
    }
    Ok(cached(name)?.unwrap_or(module))
}

/// `from module import name`.
pub fn import_from(module: &Value, name: &Value) -> PyResult<Value> {
    match super::attr::getattr(module, name) {
        Ok(v) => Ok(v),
        Err(_) => {
            let mname = super::attr::getattr(module, weft_runtime::interned!("__name__"))
                .ok()
                .and_then(|n| pystr::as_str(&n).map(str::to_string))
                .unwrap_or_else(|| "?".to_string());
            let n = pystr::as_str(name).unwrap_or("?");
            let sub = format!("{mname}.{n}");
            if super::attr::getattr(module, weft_runtime::interned!("__path__")).is_ok() {
                if let Ok(m) = import_module(&sub) {
                    return Ok(m);
                }
            }
            let file = super::attr::getattr(module, weft_runtime::interned!("__file__"))
                .ok()
                .and_then(|f| pystr::as_str(&f).map(str::to_string));
            let location = match file {
                Some(f) => format!(" ({f})"),
                None => " (unknown location)".to_string(),
            };
            Err(error(
                "ImportError",
                format!("cannot import name '{n}' from '{mname}'{location}"),
            ))
        }
    }
}

/// `from module import *`.
pub fn import_star(module: &Value, target: &Value) -> PyResult<()> {
    let Some(m) = as_module(module) else {
        return Err(super::errors::type_error("import * needs a module"));
    };
    let d = Dict::cast(&m.dict).expect("a dict");
    let names: Vec<Value> = match d.get(weft_runtime::interned!("__all__"))? {
        Some(all) => super::ops::collect(&all)?,
        None => d
            .keys()
            .into_iter()
            .filter(|k| pystr::as_str(k).is_some_and(|s| !s.starts_with('_')))
            .collect(),
    };
    for n in names {
        let v = super::attr::getattr(module, &n)?;
        super::namespace::set(target, n, v)?;
    }
    Ok(())
}
