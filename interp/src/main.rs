//! The `weft` command line.

use weft_interp::bytecode::disasm::disassemble;
use weft_interp::compiler::compile_module;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-V" | "--version") => println!("Weft {} (Python 3.12 language, no GIL)", env!("CARGO_PKG_VERSION")),
        // Hidden: print the bytecode of a file (compiler snapshots, debugging).
        Some("--dis") => std::process::exit(dis(args.get(1).map(String::as_str))),
        _ => {
            eprintln!("weft: running Python programs is not implemented yet (issue 4); try `weft --version`");
            std::process::exit(1);
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
