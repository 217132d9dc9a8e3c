//! Builds the runtime as a static library and tells the compiler where it
//! is (`CRANEPY_RUNTIME_LIB`), so `backend::link` can embed it with
//! `include_bytes!` and every executable links against the runtime the
//! compiler was built with.
//!
//! The runtime is built by a nested `cargo rustc` (with the workspace's
//! `runtime` profile: LTO, one codegen unit, panic=abort) into a target
//! directory of its own under `OUT_DIR`: sharing the outer build's target
//! directory would deadlock on its lock.

use std::env;
use std::path::PathBuf;
use std::process::{Command, exit};

/// Variables the outer cargo sets for build scripts that must not leak into
/// the nested build: they would redirect its output, apply the outer
/// build's flags, or run it through clippy.
const SCRUBBED_ENV: &[&str] = &[
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET_DIR",
    "CARGO_ENCODED_RUSTFLAGS",
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_PRIMARY_PACKAGE",
];

fn main() {
    let manifest_dir = PathBuf::from(env_var("CARGO_MANIFEST_DIR"));
    let Some(workspace) = manifest_dir.parent().map(PathBuf::from) else {
        fail("the compiler crate must live inside the workspace");
    };
    let runtime = workspace.join("runtime");
    for path in [
        runtime.join("src"),
        runtime.join("Cargo.toml"),
        workspace.join("Cargo.toml"),
        workspace.join("Cargo.lock"),
    ] {
        println!("cargo:rerun-if-changed={}", path.display());
    }

    let target_dir = PathBuf::from(env_var("OUT_DIR")).join("runtime-target");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["rustc", "-p", "cranepy-runtime", "--profile", "runtime"])
        .args(["--crate-type", "staticlib"])
        .arg("--target-dir")
        .arg(&target_dir)
        .arg("--manifest-path")
        .arg(workspace.join("Cargo.toml"));
    for var in SCRUBBED_ENV {
        cmd.env_remove(var);
    }
    let output = match cmd.output() {
        Ok(output) => output,
        Err(e) => fail(&format!("cannot run cargo to build the runtime: {e}")),
    };
    if !output.status.success() {
        fail(&format!(
            "building the runtime failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }

    let lib = target_dir.join("runtime").join("libcranepy_runtime.a");
    if !lib.is_file() {
        fail(&format!("the runtime build produced no {}", lib.display()));
    }
    println!("cargo:rustc-env=CRANEPY_RUNTIME_LIB={}", lib.display());
}

fn env_var(name: &str) -> String {
    env::var(name).unwrap_or_else(|_| fail(&format!("cargo did not set {name}")))
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    exit(1)
}
