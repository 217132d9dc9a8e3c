//! The differential test suite: every `tests/programs/**/<name>.py` with a
//! committed `<name>.out` is compiled with cranepy, run, and compared with
//! what CPython 3.11 printed (stdout, exit status from `<name>.rc`, last
//! stderr line from `<name>.err`; stdin from `<name>.in`, argv from
//! `<name>.args`). `0x…` addresses and the test directory's path are
//! normalised. Programs listed in `known_failures.txt` are reported as
//! ignored until they pass.

use libtest_mimic::{Arguments, Failed, Trial};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let known: Vec<String> =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("known_failures.txt"))
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect();
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    programs.sort();
    let out_dir = std::env::temp_dir().join(format!("cranepy-tests-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir is writable");
    let trials: Vec<Trial> = programs
        .into_iter()
        .map(|py| {
            let rel = py
                .strip_prefix(&root)
                .expect("under root")
                .with_extension("");
            let name = rel.to_string_lossy().replace('\\', "/");
            let ignored = known.contains(&name);
            let exe = out_dir.join(name.replace('/', "__"));
            Trial::test(name, move || run_program(&py, &exe)).with_ignored_flag(ignored)
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&out_dir);
    conclusion.exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") && p.with_extension("out").is_file() {
            out.push(p);
        }
    }
}

fn run_program(py: &Path, exe: &Path) -> Result<(), Failed> {
    let opts = cranepy::driver::BuildOptions {
        input: py.to_path_buf(),
        output: exe.to_path_buf(),
        include_dirs: Vec::new(),
        emit: Default::default(),
        linking: Default::default(),
    };
    cranepy::driver::build(&opts).map_err(|d| format!("compile error:\n{d}"))?;
    let dir = py.parent().expect("programs live in a directory");
    let args: Vec<String> = std::fs::read_to_string(py.with_extension("args"))
        .map(|s| s.lines().map(String::from).collect())
        .unwrap_or_default();
    let stdin = std::fs::read(py.with_extension("in")).unwrap_or_default();
    let mut child = Command::new(exe)
        .args(&args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let mut child_in = child.stdin.take().expect("piped");
    std::thread::spawn(move || {
        let _ = child_in.write_all(&stdin);
    });
    let mut out_pipe = child.stdout.take().expect("piped");
    let mut err_pipe = child.stderr.take().expect("piped");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err("timed out".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).to_string();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).to_string();
    let _ = std::fs::remove_file(exe);
    let dir_s = dir.display().to_string();
    let norm = |s: &str| normalize(&s.replace(&dir_s, "<dir>"));
    let expected_out = std::fs::read_to_string(py.with_extension("out")).unwrap_or_default();
    let expected_rc: i32 = std::fs::read_to_string(py.with_extension("rc"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let rc = status.code().unwrap_or_else(|| 128 + signal_of(&status));
    let mut problems = Vec::new();
    if norm(&stdout) != norm(&expected_out) {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&norm(&expected_out), &norm(&stdout))
        ));
    }
    if rc != expected_rc {
        problems.push(format!("exit status {rc}, expected {expected_rc}"));
    }
    if let Ok(expected_err) = std::fs::read_to_string(py.with_extension("err")) {
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        if norm(last.trim_end()) != norm(expected_err.trim_end()) {
            problems.push(format!(
                "last stderr line:\n  got:      {}\n  expected: {}",
                last,
                expected_err.trim_end()
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let tail: String = stderr
            .lines()
            .rev()
            .take(15)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n");
        Err(format!("{}\n--- stderr (tail) ---\n{tail}", problems.join("\n")).into())
    }
}

#[cfg(unix)]
fn signal_of(s: &std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    s.signal().unwrap_or(0)
}
#[cfg(not(unix))]
fn signal_of(_: &std::process::ExitStatus) -> i32 {
    0
}

/// Replaces hexadecimal addresses (`0x7f…`) with `0x?`.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 2 < b.len() && b[i + 1] == b'x' && b[i + 2].is_ascii_hexdigit() {
            out.push_str("0x?");
            i += 2;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                i += 1;
            }
        } else {
            let c = s[i..].chars().next().unwrap_or('?');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The first differing lines, for the failure message.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i), g.get(i));
        if a != b {
            return format!(
                "  line {}:\n    expected: {}\n    got:      {}\n  ({} lines expected, {} got)",
                i + 1,
                a.unwrap_or(&"<missing>"),
                b.unwrap_or(&"<missing>"),
                e.len(),
                g.len()
            );
        }
    }
    String::new()
}
