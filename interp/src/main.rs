//! The `weft` command line.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-V" | "--version") => println!("Weft {} (Python 3.12 language, no GIL)", env!("CARGO_PKG_VERSION")),
        _ => {
            eprintln!("weft: running Python programs is not implemented yet (issue 4); try `weft --version`");
            std::process::exit(1);
        }
    }
}
