//! The compiler driver: finds the modules of a program, runs the pipeline
//! (parse → symtable → codegen → cfg → backend → link) and writes the
//! requested artifacts.

pub use crate::backend::link::Linking;
use crate::backend::{self, BackendOptions};
use crate::bytecode::code::CodeObject;
use crate::bytecode::{dis, serialize};
use crate::diagnostics::{CResult, Diagnostic, Severity};
use crate::frontend::{codegen::Compiler, parse, symtable};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Which artifacts `build` writes besides the executable.
#[derive(Default, Clone)]
pub struct Emit {
    pub bytecode: bool,
    pub clif: bool,
    pub asm: bool,
    pub obj: bool,
}

pub struct BuildOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    pub include_dirs: Vec<PathBuf>,
    pub emit: Emit,
    pub linking: Linking,
}

/// A compiled program before the back end.
pub struct Program {
    pub modules: Vec<serialize::ModuleInfo>,
    pub codes: Vec<CodeObject>,
    pub warnings: Vec<Diagnostic>,
}

/// Front end over the entry script and every local module it imports.
pub fn compile_program(input: &Path, include_dirs: &[PathBuf]) -> CResult<Program> {
    let input = std::fs::canonicalize(input)
        .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", input.display())))?;
    let mut program = Program {
        modules: Vec::new(),
        codes: Vec::new(),
        warnings: Vec::new(),
    };
    let root_dir = input.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut search: Vec<PathBuf> = vec![root_dir];
    search.extend(include_dirs.iter().cloned());
    let mut queue: Vec<(String, PathBuf, bool)> = vec![("__main__".into(), input.clone(), false)];
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert("__main__".into());
    while let Some((name, path, is_package)) = queue.pop() {
        let source = match crate::stdlib::source_for_path(&path) {
            Some(src) => src.to_string(),
            None => std::fs::read_to_string(&path)
                .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", path.display())))?,
        };
        let filename = path.display().to_string();
        let module = parse::parse_module(&filename, &source)?;
        let table = symtable::build(&filename, &source, &module)?;
        let index = program.modules.len() as u32;
        let body = {
            let mut c = Compiler::new(&filename, &source, &table, &mut program.codes, index);
            let b = c.compile_module(&module)?;
            program.warnings.append(&mut c.warnings);
            b
        };
        for (imported, range) in imports_of(&module, &name, is_package) {
            let (imported, optional) = match imported.strip_prefix('?') {
                Some(sub) => (sub.to_string(), true),
                None => (imported, false),
            };
            for candidate in parents_and_self(&imported) {
                if seen.contains(&candidate) {
                    continue;
                }
                match find_module(&candidate, &search) {
                    Some((p, pkg)) => {
                        seen.insert(candidate.clone());
                        queue.push((candidate, p, pkg));
                    }
                    None => {
                        // `from pkg import name` only *may* name a submodule ("?pkg.name").
                        if !crate::driver::is_native_module(&candidate)
                            && candidate == imported
                            && !optional
                        {
                            seen.insert(candidate.clone());
                            program.warnings.push(Diagnostic::at(
                                Severity::Warning,
                                &filename,
                                &source,
                                range.0,
                                range.1,
                                format!("module '{candidate}' not found; importing it will raise ModuleNotFoundError"),
                            ));
                        }
                    }
                }
            }
        }
        program.modules.push(serialize::ModuleInfo {
            name,
            filename,
            source,
            is_package,
            body,
        });
    }
    crate::frontend::codegen::mark_frames_introspected(&mut program.codes);
    Ok(program)
}

/// Modules the runtime provides natively.
pub fn is_native_module(name: &str) -> bool {
    crate::abi::NATIVE_MODULE_NAMES.contains(&name)
}

fn parents_and_self(name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split('.').collect();
    (1..=parts.len()).map(|i| parts[..i].join(".")).collect()
}

/// Absolute names of the modules a module imports, with source ranges.
fn imports_of(
    module: &ruff_python_ast::ModModule,
    name: &str,
    is_package: bool,
) -> Vec<(String, (usize, usize))> {
    use ruff_python_ast::{
        Stmt,
        statement_visitor::{StatementVisitor, walk_stmt},
    };
    struct V<'a> {
        out: Vec<(String, (usize, usize))>,
        name: &'a str,
        is_package: bool,
    }
    impl<'b> StatementVisitor<'b> for V<'_> {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::Import(i) => {
                    for a in &i.names {
                        self.out.push((
                            a.name.to_string(),
                            (a.range.start().to_usize(), a.range.end().to_usize()),
                        ));
                    }
                }
                Stmt::ImportFrom(i) => {
                    let base = if i.level == 0 {
                        i.module.as_ref().map(|m| m.to_string()).unwrap_or_default()
                    } else {
                        let mut pkg: Vec<&str> = self.name.split('.').collect();
                        if !self.is_package {
                            pkg.pop();
                        }
                        for _ in 1..i.level {
                            pkg.pop();
                        }
                        let mut b = pkg.join(".");
                        if let Some(m) = &i.module {
                            if !b.is_empty() {
                                b.push('.');
                            }
                            b.push_str(m.as_str());
                        }
                        b
                    };
                    let r = (i.range.start().to_usize(), i.range.end().to_usize());
                    if !base.is_empty() {
                        self.out.push((base.clone(), r));
                    }
                    for a in &i.names {
                        if a.name.as_str() != "*" && !base.is_empty() {
                            // `from pkg import sub` may name a submodule.
                            let sub = format!("{base}.{}", a.name);
                            self.out.push((format!("?{sub}"), r));
                        }
                    }
                }
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut v = V {
        out: Vec::new(),
        name,
        is_package,
    };
    v.visit_body(&module.body);
    v.out
}

/// Finds a module's source: the program's directories first, then the
/// standard library modules written in Python that ship inside cranepy.
fn find_module(name: &str, search: &[PathBuf]) -> Option<(PathBuf, bool)> {
    if let Some(found) = find_in_dirs(name, search) {
        return Some(found);
    }
    crate::stdlib::find(name).map(|m| (PathBuf::from(crate::stdlib::virtual_path(m)), m.is_package))
}

fn find_in_dirs(name: &str, search: &[PathBuf]) -> Option<(PathBuf, bool)> {
    let rel: PathBuf = name.split('.').collect();
    for dir in search {
        let pkg = dir.join(&rel).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = dir.join(&rel).with_extension("py");
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

/// The `dis` listing of every module of a program.
pub fn dis_listing(program: &Program) -> String {
    let mut out = String::new();
    for m in &program.modules {
        if program.modules.len() > 1 {
            out.push_str(&format!("# module {} ({})\n", m.name, m.filename));
        }
        out.push_str(&dis::disassemble_all(&program.codes, m.body));
    }
    out
}

/// Builds an executable (and the requested artifacts beside it).
pub fn build(opts: &BuildOptions) -> Result<Vec<Diagnostic>, Diagnostic> {
    let program = compile_program(&opts.input, &opts.include_dirs)?;
    let per_code: Vec<String> = program
        .codes
        .iter()
        .map(|c| dis::disassemble(c, &program.codes))
        .collect();
    let blob = serialize::serialize(&program.modules, &program.codes, &per_code);
    let out = backend::compile_program(
        &program.codes,
        &blob,
        &BackendOptions {
            emit_clif: opts.emit.clif,
            emit_asm: opts.emit.asm,
        },
    )
    .map_err(|e| Diagnostic::plain(format!("code generation failed: {e}")))?;
    let base = opts.output.clone();
    let write = |ext: &str, data: &[u8]| -> Result<(), Diagnostic> {
        let p = base.with_extension(ext);
        write_atomic(&p, data)
            .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", p.display())))
    };
    if opts.emit.bytecode {
        write("dis", dis_listing(&program).as_bytes())?;
    }
    if let Some(clif) = &out.clif {
        write("clif", clif.as_bytes())?;
    }
    if let Some(asm) = &out.asm {
        write("s", asm.as_bytes())?;
    }
    if opts.emit.obj {
        write("o", &out.object)?;
    }
    backend::link::link_executable(&out.object, &opts.output, opts.linking)
        .map_err(|e| Diagnostic::plain(format!("linking failed: {e}")))?;
    Ok(program.warnings)
}

/// Writes a file via a temporary name and a rename, so readers never see half of it.
pub fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, path)
}
