//! Linking: the program's object file plus the runtime static library
//! (embedded in the compiler at build time, see `build.rs`), through the
//! system's `cc`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// `libcranepy_runtime.a`, built by `build.rs`.
static RUNTIME_LIB: &[u8] = include_bytes!(env!("CRANEPY_RUNTIME_LIB"));

/// Links `object` with the runtime into the executable `out`. The
/// executable is linked under a temporary name next to `out` and renamed
/// into place, so a failed link never leaves a partial file at `out`.
pub fn link_executable(object: &[u8], out: &Path, static_link: bool) -> Result<(), String> {
    let dir = TempDir::new("link")?;
    let object_path = dir.path().join("prog.o");
    let lib_path = dir.path().join("libcranepy_runtime.a");
    write(&object_path, object)?;
    write(&lib_path, RUNTIME_LIB)?;

    let file_name = out
        .file_name()
        .ok_or_else(|| format!("output path {} has no file name", out.display()))?;
    let out_dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let partial = out_dir.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        unique_suffix()
    ));

    let mut cc = Command::new("cc");
    cc.arg("-o").arg(&partial).arg(&object_path).arg(&lib_path);
    cc.args(["-lm", "-lpthread", "-ldl", "-Wl,--gc-sections"]);
    if static_link {
        cc.arg("-static");
    }
    let output = cc
        .output()
        .map_err(|e| format!("cannot run the linker `cc`: {e}"))?;
    if !output.status.success() {
        let _ = std::fs::remove_file(&partial);
        return Err(format!(
            "linking failed (cc exited with {}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    std::fs::rename(&partial, out).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        format!("cannot move the executable to {}: {e}", out.display())
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A name part that differs between processes and between calls.
fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{}-{nanos}-{n}", std::process::id())
}

/// A fresh directory under the system temp dir, removed on drop.
pub(super) struct TempDir(PathBuf);

impl TempDir {
    pub(super) fn new(purpose: &str) -> Result<TempDir, String> {
        let path = std::env::temp_dir().join(format!("cranepy-{purpose}-{}", unique_suffix()));
        std::fs::create_dir(&path)
            .map_err(|e| format!("cannot create temporary directory {}: {e}", path.display()))?;
        Ok(TempDir(path))
    }

    pub(super) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
