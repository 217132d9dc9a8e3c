//! Measuring one run of one program: wall time, CPU time, peak RSS and exit
//! status of exactly one child process.
//!
//! Peak RSS is only exact when it is read from the kernel's accounting of the
//! child itself, so every run goes through a tiny re-exec of `cranepy`
//! (`cranepy __rusage -- CMD...`): that process spawns `CMD`, waits for it and
//! reads `getrusage(RUSAGE_CHILDREN)`, which then covers that single child
//! (the number `/usr/bin/time -f %M` prints). It reports one line on its
//! stdout; [`run`] parses it. What the program prints goes to a file or to
//! `/dev/null`, its stderr to the caller for diagnostics.
//!
//! This module also describes the machine (cores, CPU model, load).

use nix::sys::resource::{UsageWho, getrusage};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use std::ffi::OsString;
use std::fs::File;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// The hidden subcommand that runs and measures one child.
pub(crate) const RUSAGE_COMMAND: &str = "__rusage";

/// One measured run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sample {
    /// Wall seconds from just before spawning to just after the wait.
    pub(crate) wall: f64,
    /// User + system CPU seconds of the child.
    pub(crate) cpu: f64,
    /// Peak resident set size of the child in KiB (`ru_maxrss`).
    pub(crate) rss_kb: u64,
    /// Exit code, or minus the signal number that killed the child.
    pub(crate) status: i32,
    /// The run was killed after the timeout.
    pub(crate) timed_out: bool,
}

/// What to run and where its output goes.
pub(crate) struct Run<'a> {
    pub(crate) argv: &'a [OsString],
    pub(crate) cwd: &'a Path,
    /// File receiving the child's stdout; `None` discards it.
    pub(crate) stdout: Option<&'a Path>,
    pub(crate) timeout: Duration,
}

/// Runs `run.argv` once through the `__rusage` re-exec and returns its
/// measurements; `Err` carries the reason the run could not be measured, or
/// the child's stderr when it failed.
pub(crate) fn run(run: &Run) -> Result<(Sample, String), String> {
    let me = std::env::current_exe().map_err(|e| format!("cannot find cranepy itself: {e}"))?;
    let mut cmd = Command::new(me);
    cmd.arg(RUSAGE_COMMAND)
        .arg("--timeout")
        .arg(run.timeout.as_secs_f64().to_string());
    if let Some(out) = run.stdout {
        cmd.arg("--stdout").arg(out);
    }
    let output = cmd
        .arg("--")
        .args(run.argv)
        .current_dir(run.cwd)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot start the measuring process: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let report = String::from_utf8_lossy(&output.stdout);
    match parse_report(report.trim()) {
        Some(sample) => Ok((sample, stderr)),
        None => Err(format!(
            "cannot run {}: {}",
            run.argv[0].to_string_lossy(),
            stderr.trim()
        )),
    }
}

/// `cranepy __rusage [--stdout FILE] [--timeout SECS] -- CMD ARGS...`: the
/// re-exec side of [`run`].
pub(crate) fn rusage_main(args: &[String]) -> Result<ExitCode, String> {
    let mut stdout: Option<PathBuf> = None;
    let mut timeout = Duration::from_secs(300);
    let mut it = args.iter();
    let mut argv = Vec::new();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--stdout" => stdout = Some(PathBuf::from(it.next().ok_or("--stdout needs a file")?)),
            "--timeout" => {
                let secs: f64 = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .filter(|s: &f64| *s > 0.0)
                    .ok_or("--timeout needs a positive number of seconds")?;
                timeout = Duration::from_secs_f64(secs);
            }
            "--" => {
                argv.extend(it.by_ref().cloned());
                break;
            }
            other => return Err(format!("{RUSAGE_COMMAND}: unexpected argument '{other}'")),
        }
    }
    let (program, rest) = argv
        .split_first()
        .ok_or("usage: cranepy __rusage -- CMD...")?;
    let out = match &stdout {
        Some(path) => Stdio::from(
            File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?,
        ),
        None => Stdio::null(),
    };
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(rest)
        .stdin(Stdio::null())
        .stdout(out)
        .spawn()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let pid = Pid::from_raw(i32::try_from(child.id()).expect("pids fit in pid_t"));
    // The watchdog only acts if the child outlives the timeout; the process
    // exits right after the wait, which ends the thread too.
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(timeout).is_err() {
            let _ = kill(pid, Signal::SIGKILL);
            return true;
        }
        false
    });
    let status = child
        .wait()
        .map_err(|e| format!("cannot wait for {program}: {e}"))?;
    let wall = start.elapsed().as_secs_f64();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).map_err(|e| format!("getrusage: {e}"))?;
    let seconds = |tv: nix::sys::time::TimeVal| tv.tv_sec() as f64 + tv.tv_usec() as f64 * 1e-6;
    let sample = Sample {
        wall,
        cpu: seconds(usage.user_time()) + seconds(usage.system_time()),
        rss_kb: u64::try_from(usage.max_rss()).unwrap_or(0),
        status: status
            .code()
            .unwrap_or_else(|| -status.signal().unwrap_or(0)),
        timed_out,
    };
    println!("{}", format_report(&sample));
    Ok(ExitCode::SUCCESS)
}

fn format_report(s: &Sample) -> String {
    format!(
        "wall={:.9} cpu={:.6} rss_kb={} status={} timed_out={}",
        s.wall, s.cpu, s.rss_kb, s.status, s.timed_out as u8
    )
}

fn parse_report(line: &str) -> Option<Sample> {
    let mut sample = Sample {
        wall: 0.0,
        cpu: 0.0,
        rss_kb: 0,
        status: 0,
        timed_out: false,
    };
    let mut seen = 0;
    for field in line.split_whitespace() {
        let (key, value) = field.split_once('=')?;
        match key {
            "wall" => sample.wall = value.parse().ok()?,
            "cpu" => sample.cpu = value.parse().ok()?,
            "rss_kb" => sample.rss_kb = value.parse().ok()?,
            "status" => sample.status = value.parse().ok()?,
            "timed_out" => sample.timed_out = value == "1",
            _ => return None,
        }
        seen += 1;
    }
    (seen == 5).then_some(sample)
}

/// The machine the figures were measured on.
pub(crate) struct Machine {
    pub(crate) cores: usize,
    pub(crate) cpu_model: String,
    /// The 1-minute load average when the run started.
    pub(crate) load: Option<f64>,
}

impl Machine {
    pub(crate) fn detect() -> Machine {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu_model = cpuinfo
            .lines()
            .find_map(|l| {
                let (key, value) = l.split_once(':')?;
                (key.trim() == "model name").then(|| value.trim().to_string())
            })
            .unwrap_or_else(|| "unknown CPU".to_string());
        let load = std::fs::read_to_string("/proc/loadavg")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok());
        Machine {
            cores,
            cpu_model,
            load,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_round_trips() {
        let s = Sample {
            wall: 1.25,
            cpu: 1.5,
            rss_kb: 12345,
            status: -9,
            timed_out: true,
        };
        let back = parse_report(&format_report(&s)).expect("parses");
        assert_eq!(back.rss_kb, 12345);
        assert_eq!(back.status, -9);
        assert!(back.timed_out);
        assert!((back.wall - 1.25).abs() < 1e-9);
        assert!(parse_report("wall=1 cpu=2").is_none());
    }
}
