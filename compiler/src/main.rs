//! The `cranepy` command line: build, run, dis and bench.
#![forbid(unsafe_code)]

mod bench;

use cranepy::driver::{self, BuildOptions, Emit, Linking};
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cranepy — compile Python 3.11 programs to native executables

USAGE:
    cranepy build <main.py> [-o <output>] [-I <dir>]... [--emit <kinds>]
                        [--static | --dynamic]
    cranepy run <main.py> [-I <dir>]... [-- <args>...]
    cranepy dis <file.py>
    cranepy bench [<program.py> | <dir> | <name>]... [--runs N] [--json] [--markdown]
                  [--svg <file>] [--update-readme <file>] [--no-pypy]
                                (`cranepy bench --help` lists every option)
    cranepy --help | --version

OPTIONS:
    -o <output>       executable to write (default: the script name without .py)
    -I <dir>          also search <dir> for imported modules
    --emit <kinds>    comma-separated: bytecode, clif, asm, obj — written beside the
                      executable as <output>.dis, .clif, .s, .o
    --static          link the C library statically (the default when its static
                      archive, libc.a, is installed; this makes its absence an error)
    --dynamic         link the C library dynamically
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprint!("{msg}");
            if !msg.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some(cmd) = args.first() else {
        print!("{HELP}");
        return Ok(ExitCode::from(2));
    };
    match cmd.as_str() {
        "--help" | "-h" | "help" => {
            print!("{HELP}");
            Ok(ExitCode::SUCCESS)
        }
        "--version" | "-V" => {
            println!("cranepy {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        "build" => {
            let opts = parse_build(&args[1..])?;
            build(&opts)?;
            Ok(ExitCode::SUCCESS)
        }
        "run" => {
            let (ours, theirs) = match args[1..].iter().position(|a| a == "--") {
                Some(i) => (&args[1..1 + i], &args[2 + i..]),
                None => (&args[1..], &[][..]),
            };
            let mut opts = parse_build(ours)?;
            let cache = std::env::temp_dir().join(format!("cranepy-run-{}", std::process::id()));
            std::fs::create_dir_all(&cache).map_err(|e| e.to_string())?;
            opts.output = cache.join("main");
            build(&opts)?;
            let status = std::process::Command::new(&opts.output)
                .args(theirs)
                .status()
                .map_err(|e| format!("cannot run {}: {e}", opts.output.display()))?;
            let _ = std::fs::remove_dir_all(&cache);
            Ok(ExitCode::from(status.code().unwrap_or(1) as u8))
        }
        "dis" => {
            let file = args.get(1).ok_or("usage: cranepy dis <file.py>")?;
            let program =
                driver::compile_program(&PathBuf::from(file), &[]).map_err(|d| d.to_string())?;
            print!("{}", driver::dis_listing(&program));
            Ok(ExitCode::SUCCESS)
        }
        "bench" => bench::bench_main(&args[1..]),
        bench::RUSAGE_COMMAND => bench::rusage_main(&args[1..]),
        other => Err(format!("unknown command '{other}'\n\n{HELP}")),
    }
}

fn build(opts: &BuildOptions) -> Result<(), String> {
    match driver::build(opts) {
        Ok(warnings) => {
            for w in warnings {
                eprint!("{w}");
            }
            Ok(())
        }
        Err(d) => Err(d.to_string()),
    }
}

fn parse_build(args: &[String]) -> Result<BuildOptions, String> {
    let mut input = None;
    let mut output = None;
    let mut include_dirs = Vec::new();
    let mut emit = Emit::default();
    let mut linking = Linking::Auto;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" => output = Some(PathBuf::from(it.next().ok_or("-o needs a path")?)),
            "-I" => include_dirs.push(PathBuf::from(it.next().ok_or("-I needs a directory")?)),
            "--static" => linking = Linking::Static,
            "--dynamic" => linking = Linking::Dynamic,
            "--emit" => {
                for k in it.next().ok_or("--emit needs a list")?.split(',') {
                    match k {
                        "bytecode" | "dis" => emit.bytecode = true,
                        "clif" => emit.clif = true,
                        "asm" => emit.asm = true,
                        "obj" => emit.obj = true,
                        other => return Err(format!("unknown --emit kind '{other}'")),
                    }
                }
            }
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            s => {
                if input.is_some() {
                    return Err(format!("unexpected argument '{s}'"));
                }
                input = Some(PathBuf::from(s));
            }
        }
    }
    let input: PathBuf = input.ok_or("no input file")?;
    let output = output.unwrap_or_else(|| input.with_extension(""));
    Ok(BuildOptions {
        input,
        output,
        include_dirs,
        emit,
        linking,
    })
}
