//! Snapshot tests of `cranepy dis` and `--emit clif`: each
//! `tests/snapshots/<name>.py` is compiled and its listing compared with
//! `<name>.dis`; programs named `clif_*.py` also have their Cranelift IR
//! compared with `<name>.clif`. Re-bless on purpose with
//! `CRANEPY_BLESS=1 cargo test --test snapshots`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let trials = files
        .into_iter()
        .flat_map(|py| {
            let name = py
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let mut v = vec![];
            if name.starts_with("clif_") {
                let p = py.clone();
                v.push(Trial::test(format!("clif/{name}"), move || check_clif(&p)));
            }
            v.push(Trial::test(format!("dis/{name}"), move || check(&py)));
            v
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(py: &Path) -> Result<(), Failed> {
    let program = cranepy::driver::compile_program(py, &[]).map_err(|d| d.to_string())?;
    let dir = py
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let listing = cranepy::driver::dis_listing(&program).replace(&dir, "<dir>");
    compare(&py.with_extension("dis"), &listing)
}

fn check_clif(py: &Path) -> Result<(), Failed> {
    let program = cranepy::driver::compile_program(py, &[]).map_err(|d| d.to_string())?;
    let opts = cranepy::backend::BackendOptions {
        emit_clif: true,
        emit_asm: false,
    };
    let out = cranepy::backend::compile_program(&program.codes, &[], &opts)?;
    let dir = py
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let clif = out.clif.unwrap_or_default().replace(&dir, "<dir>");
    compare(&py.with_extension("clif"), &clif)
}

fn compare(expected_path: &Path, listing: &str) -> Result<(), Failed> {
    if std::env::var_os("CRANEPY_BLESS").is_some() {
        std::fs::write(expected_path, listing).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(expected_path).map_err(|_| {
        format!(
            "missing {}; bless with CRANEPY_BLESS=1",
            expected_path.display()
        )
    })?;
    if expected != listing {
        return Err(format!(
            "listing differs from {}:\n{listing}",
            expected_path.display()
        )
        .into());
    }
    Ok(())
}
