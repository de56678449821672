//! The `weft` command line: `weft script.py args...`, `weft -c CODE`,
//! `weft -m module`, `weft -V`, and a program read from standard input.

use std::io::Read;

/// mimalloc: per-thread heaps make the object churn of Python programs
/// cheap and keep threads from contending in the allocator. Building with
/// `RUSTFLAGS="--cfg weft_system_alloc"` uses the system allocator instead,
/// so that valgrind or AddressSanitizer see every allocation.
#[cfg(not(weft_system_alloc))]
#[global_allocator]
static ALLOCATOR: weft_runtime::allocator::Allocator = weft_runtime::allocator::Allocator;

use weft_interp::bytecode::disasm::disassemble;
use weft_interp::compiler::compile_module;
use weft_interp::modules::{stdio, sys};
use weft_interp::vm;
use weft_runtime::types::{dict::Dict, str as pystr};
use weft_runtime::{Interpreter, ThreadState, Value};

/// The main thread's native stack: deep Python recursion needs room before
/// the recursion limit (and the stack guard in `call::with_depth`) stops it.
const MAIN_STACK: usize = 256 << 20;

enum Program {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

fn main() {
    weft_runtime::os_memory::disable_transparent_huge_pages();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (program, argv) = match args.first().map(String::as_str) {
        Some("-V" | "--version") => {
            println!(
                "Weft {} (Python 3.12 language, no GIL)",
                env!("CARGO_PKG_VERSION")
            );
            return;
        }
        // Hidden: print the bytecode of a file (compiler snapshots, debugging).
        Some("--dis") => std::process::exit(dis(args.get(1).map(String::as_str))),
        Some("-c") => match args.get(1) {
            Some(code) => (
                Program::Code(code.clone()),
                [vec!["-c".to_string()], args[2..].to_vec()].concat(),
            ),
            None => usage("Argument expected for the -c option"),
        },
        Some("-m") => match args.get(1) {
            Some(m) => (
                Program::Module(m.clone()),
                [vec![m.clone()], args[2..].to_vec()].concat(),
            ),
            None => usage("Argument expected for the -m option"),
        },
        Some("-h" | "--help") => {
            println!("usage: weft [-c cmd | -m mod | file | -] [arg] ...");
            return;
        }
        Some("-") | None => (Program::Stdin, vec![String::new()]),
        Some(opt) if opt.starts_with('-') => usage(&format!("Unknown option: {opt}")),
        Some(file) => (Program::File(file.to_string()), args.clone()),
    };
    let child = std::thread::Builder::new()
        .name("main".into())
        .stack_size(MAIN_STACK)
        .spawn(move || run(program, argv))
        .expect("spawn the main thread");
    let code = child.join().unwrap_or(1);
    weft_interp_flush_files();
    stdio::flush_stdout();
    std::process::exit(code);
}

/// Pending writes of files still open reach the OS before the process ends.
fn weft_interp_flush_files() {
    weft_interp::modules::io::flush_all();
}

fn usage(message: &str) -> ! {
    eprintln!("{message}\nusage: weft [-c cmd | -m mod | file | -] [arg] ...");
    std::process::exit(2);
}

fn run(program: Program, argv: Vec<String>) -> i32 {
    let path0 = match &program {
        Program::File(f) => std::fs::canonicalize(f)
            .unwrap_or_else(|_| std::path::PathBuf::from(f))
            .parent()
            .map(|p| p.display().to_string())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| ".".to_string()),
        _ => String::new(),
    };
    sys::configure(argv, path0);
    let interpreter = Interpreter::new();
    let _state = ThreadState::new(&interpreter);
    vm::init();
    vm::state::set_main_thread();
    weft_runtime::signals::install_sigint();
    let (source, filename) = match program {
        Program::File(f) => match std::fs::read(&f) {
            // Tracebacks name the script by its absolute path, as CPython.
            Ok(b) => (
                b,
                std::fs::canonicalize(&f)
                    .map(|p| p.display().to_string())
                    .unwrap_or(f),
            ),
            Err(e) => {
                let abs = std::fs::canonicalize(".")
                    .map(|d| d.join(&f).display().to_string())
                    .unwrap_or(f.clone());
                eprintln!(
                    "weft: can't open file '{abs}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    errno_text(&e)
                );
                return 2;
            }
        },
        Program::Code(c) => (c.into_bytes(), "<string>".to_string()),
        Program::Stdin if std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            let (_module, globals) = main_module(None);
            return weft_interp::repl::run(globals);
        }
        Program::Stdin => {
            let mut b = Vec::new();
            if std::io::stdin().read_to_end(&mut b).is_err() {
                eprintln!("weft: can't read standard input");
                return 1;
            }
            (b, "<stdin>".to_string())
        }
        Program::Module(m) => {
            let sys = vm::native_module("sys").ok().flatten();
            let _ = sys.map(|s| {
                if let Ok(path) = vm::attr::getattr(&s, weft_runtime::interned!("path")) {
                    if let Some(l) = weft_runtime::types::list::List::cast(&path) {
                        let _ = l.set(0, pystr::str_value("."));
                    }
                }
                Dict::cast(&vm::import::modules())
                    .map(|d| d.set(weft_runtime::interned!("sys").clone(), s.clone()))
            });
            let file = format!("{}.py", m.replace('.', "/"));
            match std::fs::read(&file) {
                Ok(b) => (b, file),
                Err(_) => {
                    eprintln!("weft: No module named {m}");
                    return 1;
                }
            }
        }
    };
    let status = run_main(&source, &filename);
    weft_interp_flush_files();
    stdio::flush_stdout();
    status
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// The `__main__` module, registered with `sys` in `sys.modules`.
fn main_module(file: Option<&str>) -> (Value, Value) {
    let module = vm::objects::new_module("__main__");
    let globals = vm::objects::as_module(&module)
        .expect("a module")
        .dict
        .clone();
    let d = Dict::cast(&globals).expect("a dict");
    let _ = d.set(
        weft_runtime::interned!("__builtins__").clone(),
        vm::builtins_module(),
    );
    if let Some(file) = file {
        let _ = d.set(
            weft_runtime::interned!("__file__").clone(),
            pystr::str_value(file),
        );
    }
    if let Some(m) = Dict::cast(&vm::import::modules()) {
        let _ = m.set(weft_runtime::interned!("__main__").clone(), module.clone());
        if let Ok(Some(sys)) = vm::native_module("sys") {
            let _ = m.set(weft_runtime::interned!("sys").clone(), sys);
        }
    }
    (module, globals)
}

/// Run the main program and finalize, as CPython does: an uncaught
/// exception is reported first, then the threads are waited for and the
/// `atexit` functions run. Returns the exit status.
fn run_main(source: &[u8], filename: &str) -> i32 {
    let file = (filename != "<string>" && filename != "<stdin>").then_some(filename);
    let (_module, globals) = main_module(file);
    let result = vm::run::compile(source, filename)
        .and_then(|code| vm::run::run_code(code, globals.clone(), globals.clone()));
    let status = match result {
        Ok(_) => 0,
        Err(e) => vm::errors::report_uncaught(e),
    };
    wait_for_threads();
    run_exit_functions();
    weft_interp::modules::sys::set_finalizing();
    clear_main_module(&globals);
    status
}

/// Last, as CPython's finalization does, the program's objects die: the
/// names of `__main__` (but `__builtins__`) are set to None in the order
/// they were made, and a collection frees what cycles remain, so `__del__`
/// methods and weak reference callbacks run. Skipped while daemon threads
/// still run: they may be using those names.
fn clear_main_module(globals: &Value) {
    if weft_interp::modules::thread::running_threads() > 0 {
        return;
    }
    let Some(d) = Dict::cast(globals) else { return };
    for k in d.keys() {
        if pystr::as_str(&k) != Some("__builtins__") {
            let _ = d.set(k, weft_runtime::types::none_bool::none());
        }
    }
    // No `gc.callbacks`: they would find their module's names gone.
    weft_gc::collect_without_callbacks();
}

/// At exit the main thread waits for the non-daemon threads, through
/// `threading._shutdown` when `threading` was imported.
fn wait_for_threads() {
    let threading = Dict::cast(&vm::import::modules())
        .and_then(|m| m.get(&pystr::str_value("threading")).ok().flatten());
    if let Some(t) = threading {
        if let Ok(shutdown) = vm::attr::getattr(&t, weft_runtime::interned!("_shutdown")) {
            if let Err(e) = weft_runtime::protocol::call(&shutdown, &[]) {
                vm::errors::report_uncaught(e);
            }
        }
    }
}

/// Then the functions registered with `atexit` run (when it was imported),
/// as CPython's finalization does after joining the threads.
fn run_exit_functions() {
    let atexit = Dict::cast(&vm::import::modules())
        .and_then(|m| m.get(&pystr::str_value("atexit")).ok().flatten());
    if let Some(a) = atexit {
        if let Ok(run) = vm::attr::getattr(&a, &pystr::str_value("_run_exitfuncs")) {
            if let Err(e) = weft_runtime::protocol::call(&run, &[]) {
                vm::errors::report_uncaught(e);
            }
        }
    }
}

fn dis(path: Option<&str>) -> i32 {
    let Some(path) = path else {
        eprintln!("usage: weft --dis FILE");
        return 2;
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("weft: can't open file '{path}': {error}");
            return 2;
        }
    };
    match compile_module(&bytes, path) {
        Ok(code) => {
            print!("{}", disassemble(&code));
            0
        }
        Err(error) => {
            eprintln!("{error}");
            1
        }
    }
}
