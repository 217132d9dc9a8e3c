//! `cranepy bench`: builds benchmark programs, checks that each executable
//! prints exactly what `python3` prints, and times it against `python3` and
//! `pypy3` (when on PATH).
//!
//! Per program: build in-process with the driver (build seconds, executable
//! size); one reference run of `python3` and one checking run of the
//! executable (and of `pypy3`), whose stdout and exit status must match the
//! reference, else the program is a MISMATCH and is not timed (a `pypy3`
//! mismatch only drops `pypy3`); then N interleaved rounds of cranepy,
//! python3, pypy3, each run measured exactly by [`measure`]. The startup
//! line times `empty.py`. [`report`] renders the results as a table, JSON,
//! Markdown or SVG and rewrites the README's benchmark section.
//!
//! This module owns the command line and the order of runs, not the
//! measuring (`measure`) or the presentation (`report`).

mod measure;
mod report;

use cranepy::driver::{self, BuildOptions, Emit};
use measure::{Machine, Run, Sample};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

pub(crate) use measure::{RUSAGE_COMMAND, rusage_main};

/// The program that measures startup; never part of the table.
const STARTUP_PROGRAM: &str = "empty";
/// Where programs are looked up by default and by bare name.
const DEFAULT_DIR: &str = "benches/programs";

pub(crate) const USAGE: &str = "\
USAGE:
    cranepy bench [<program.py> | <dir> | <name>]... [OPTIONS]

Builds each program (default: every .py in benches/programs except empty.py),
checks that its output equals python3's, then times the executable, python3
and pypy3 interleaved and prints median seconds, ratios to python3 (lower is
faster), peak RSS, build time and executable size, plus the geometric mean.

OPTIONS:
    --runs <N>              timed runs per contender, interleaved (default 3)
    --json                  print the results as JSON instead of the table
    --markdown              print the README table instead of the table
    --svg <file>            also write a bar chart of the ratios as SVG
    --update-readme <file>  replace the text between <!-- bench:start --> and
                            <!-- bench:end --> in <file> with the Markdown table
    --no-pypy               do not run pypy3 even if it is on PATH
    --python <cmd>          reference interpreter (default python3)
    --pypy <cmd>            PyPy interpreter (default pypy3)
    --startup-runs <N>      runs of empty.py per contender (default 10, 0 skips)
    --timeout <secs>        kill a run after this long (default 300)
    --cpu                   judge by user+system CPU seconds instead of wall seconds
                            (steadier when the machine is busy)
    --keep                  keep the temporary directory with the executables
";

struct Options {
    programs: Vec<PathBuf>,
    startup: Option<PathBuf>,
    runs: usize,
    startup_runs: usize,
    output: report::Format,
    svg: Option<PathBuf>,
    update_readme: Option<PathBuf>,
    no_pypy: bool,
    python: String,
    pypy: String,
    timeout: Duration,
    keep: bool,
    metric: Metric,
}

/// The time a contender is judged by.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Metric {
    Wall,
    /// User + system CPU seconds: steadier than wall time on a busy machine.
    Cpu,
}

impl Metric {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Metric::Wall => "wall",
            Metric::Cpu => "CPU",
        }
    }
}

/// One contender's runs of one program.
pub(crate) struct Timing {
    pub(crate) samples: Vec<Sample>,
    pub(crate) metric: Metric,
}

impl Timing {
    /// Median seconds of the chosen metric.
    pub(crate) fn median(&self) -> f64 {
        let mut walls: Vec<f64> = self
            .samples
            .iter()
            .map(|s| match self.metric {
                Metric::Wall => s.wall,
                Metric::Cpu => s.cpu,
            })
            .collect();
        walls.sort_by(f64::total_cmp);
        let n = walls.len();
        if n % 2 == 1 {
            walls[n / 2]
        } else {
            (walls[n / 2 - 1] + walls[n / 2]) / 2.0
        }
    }

    pub(crate) fn peak_rss_kb(&self) -> u64 {
        self.samples.iter().map(|s| s.rss_kb).max().unwrap_or(0)
    }
}

pub(crate) enum Outcome {
    Timed {
        cranepy: Timing,
        python: Timing,
        pypy: Option<Timing>,
        /// Why pypy3 was not timed although it is installed.
        pypy_note: Option<String>,
    },
    /// The executable's output or exit status differs from python3's.
    Mismatch(String),
    BuildFailed(String),
    /// python3 itself failed, or a run failed during timing.
    Failed(String),
}

pub(crate) struct ProgramResult {
    pub(crate) name: String,
    pub(crate) build_secs: Option<f64>,
    pub(crate) size_bytes: Option<u64>,
    pub(crate) outcome: Outcome,
}

impl ProgramResult {
    /// Speedups over CPython: (python3 ÷ cranepy, python3 ÷ pypy3) median
    /// time ratios (above 1 is faster than CPython).
    pub(crate) fn ratios(&self) -> Option<(f64, Option<f64>)> {
        match &self.outcome {
            Outcome::Timed {
                cranepy,
                python,
                pypy,
                ..
            } => {
                let base = python.median();
                Some((
                    base / cranepy.median(),
                    pypy.as_ref().map(|p| base / p.median()),
                ))
            }
            _ => None,
        }
    }
}

/// Median wall milliseconds of the startup program (always wall time).
pub(crate) struct Startup {
    pub(crate) cranepy_ms: f64,
    pub(crate) python_ms: f64,
    pub(crate) pypy_ms: Option<f64>,
    /// A C program that returns at once, linked like cranepy's executables:
    /// the cost of creating and reaping a process on this machine.
    pub(crate) c_noop_ms: Option<f64>,
    pub(crate) size_bytes: u64,
    pub(crate) cranepy_rss_kb: u64,
}

pub(crate) struct Report {
    pub(crate) machine: Machine,
    pub(crate) runs: usize,
    pub(crate) metric: Metric,
    pub(crate) python_version: String,
    pub(crate) pypy_version: Option<String>,
    pub(crate) programs: Vec<ProgramResult>,
    pub(crate) startup: Option<Startup>,
}

impl Report {
    /// Geometric means of the cranepy and pypy3 ratios over timed programs.
    pub(crate) fn geomeans(&self) -> (Option<f64>, Option<f64>) {
        let ratios: Vec<(f64, Option<f64>)> =
            self.programs.iter().filter_map(|p| p.ratios()).collect();
        let crane: Vec<f64> = ratios.iter().map(|r| r.0).collect();
        let pypy: Vec<f64> = ratios.iter().filter_map(|r| r.1).collect();
        (geomean(&crane), geomean(&pypy))
    }
}

fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

/// `cranepy bench ...`
pub(crate) fn bench_main(args: &[String]) -> Result<ExitCode, String> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let opts = parse_options(args)?;
    let machine = Machine::detect();
    let python_version = version_of(&opts.python)
        .ok_or_else(|| format!("bench: cannot run '{}' (the reference)", opts.python))?;
    let pypy_version = if opts.no_pypy {
        None
    } else {
        version_of(&opts.pypy)
    };
    let work = std::env::temp_dir().join(format!("cranepy-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let bench = Bench {
        opts: &opts,
        work: &work,
        pypy: pypy_version.is_some(),
    };
    let total = opts.programs.len();
    let mut programs = Vec::new();
    for (i, path) in opts.programs.iter().enumerate() {
        let name = program_name(path);
        eprint!("[{}/{total}] {name}: ", i + 1);
        let result = bench.program(path, &name);
        eprintln!("{}", report::progress_line(&result));
        programs.push(result);
    }
    let startup = match &opts.startup {
        Some(path) if opts.startup_runs > 0 => {
            eprint!("startup ({}): ", path.display());
            let s = bench.startup(path);
            match &s {
                Ok(s) => eprintln!("{:.1} ms", s.cranepy_ms),
                Err(e) => eprintln!("failed: {e}"),
            }
            s.ok()
        }
        _ => None,
    };
    if opts.keep {
        eprintln!("executables kept in {}", work.display());
    } else {
        let _ = std::fs::remove_dir_all(&work);
    }
    let report = Report {
        machine,
        runs: opts.runs,
        metric: opts.metric,
        python_version,
        pypy_version,
        programs,
        startup,
    };
    print!("{}", report::render(&report, opts.output));
    if let Some(svg) = &opts.svg {
        std::fs::write(svg, report::svg(&report))
            .map_err(|e| format!("cannot write {}: {e}", svg.display()))?;
        eprintln!("wrote {}", svg.display());
    }
    if let Some(readme) = &opts.update_readme {
        report::update_readme(readme, &report)?;
        eprintln!("updated the benchmark table in {}", readme.display());
    }
    let all_ok = report
        .programs
        .iter()
        .all(|p| matches!(p.outcome, Outcome::Timed { .. }));
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

struct Bench<'a> {
    opts: &'a Options,
    work: &'a Path,
    pypy: bool,
}

impl Bench<'_> {
    fn run(&self, argv: &[OsString], cwd: &Path, stdout: Option<&Path>) -> Result<Sample, String> {
        let (sample, stderr) = measure::run(&Run {
            argv,
            cwd,
            stdout,
            timeout: self.opts.timeout,
        })?;
        if sample.timed_out {
            return Err(format!(
                "{} timed out after {} s",
                argv[0].to_string_lossy(),
                self.opts.timeout.as_secs_f64()
            ));
        }
        if sample.status != 0 && stdout.is_none() {
            return Err(format!(
                "{} exited with status {}: {}",
                argv[0].to_string_lossy(),
                sample.status,
                last_line(&stderr)
            ));
        }
        Ok(sample)
    }

    /// Builds `path` into the work directory: (executable, seconds, bytes).
    fn build(&self, path: &Path, name: &str) -> Result<(PathBuf, f64, u64), String> {
        let exe = self.work.join(name);
        let start = Instant::now();
        driver::build(&BuildOptions {
            input: path.to_path_buf(),
            output: exe.clone(),
            include_dirs: Vec::new(),
            emit: Emit::default(),
            linking: Default::default(),
        })
        .map_err(|d| first_lines(&d.to_string(), 3))?;
        let secs = start.elapsed().as_secs_f64();
        let size = std::fs::metadata(&exe)
            .map_err(|e| format!("no executable: {e}"))?
            .len();
        Ok((exe, secs, size))
    }

    /// Runs `argv` once, saving stdout; returns (stdout, status, stderr).
    fn capture(
        &self,
        argv: &[OsString],
        cwd: &Path,
        file: &Path,
    ) -> Result<(Vec<u8>, i32, String), String> {
        let (sample, stderr) = measure::run(&Run {
            argv,
            cwd,
            stdout: Some(file),
            timeout: self.opts.timeout,
        })?;
        if sample.timed_out {
            return Err(format!("{} timed out", argv[0].to_string_lossy()));
        }
        let out =
            std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        Ok((out, sample.status, stderr))
    }

    fn program(&self, path: &Path, name: &str) -> ProgramResult {
        let mut result = ProgramResult {
            name: name.to_string(),
            build_secs: None,
            size_bytes: None,
            outcome: Outcome::Failed(String::new()),
        };
        let (exe, secs, size) = match self.build(path, name) {
            Ok(b) => b,
            Err(e) => {
                result.outcome = Outcome::BuildFailed(e);
                return result;
            }
        };
        result.build_secs = Some(secs);
        result.size_bytes = Some(size);
        result.outcome = self
            .check_and_time(path, name, &exe)
            .unwrap_or_else(Outcome::Failed);
        result
    }

    fn contenders(&self, path: &Path, exe: &Path) -> [Option<Vec<OsString>>; 3] {
        let script = path.as_os_str().to_os_string();
        [
            Some(vec![exe.as_os_str().to_os_string()]),
            Some(vec![self.opts.python.clone().into(), script.clone()]),
            self.pypy
                .then(|| vec![self.opts.pypy.clone().into(), script]),
        ]
    }

    fn check_and_time(&self, path: &Path, name: &str, exe: &Path) -> Result<Outcome, String> {
        let cwd = path.parent().unwrap_or(Path::new("."));
        let [crane, python, pypy] = self.contenders(path, exe);
        let (crane, python) = (crane.expect("always run"), python.expect("always run"));
        let out = |who: &str| self.work.join(format!("{name}.{who}.out"));
        let (expected, expected_status, py_err) = self.capture(&python, cwd, &out("python"))?;
        if expected_status != 0 {
            return Err(format!(
                "{} exited with status {expected_status}: {}",
                self.opts.python,
                last_line(&py_err)
            ));
        }
        let (got, status, err) = self.capture(&crane, cwd, &out("cranepy"))?;
        if let Some(diff) = difference(&expected, expected_status, &got, status, &err) {
            return Ok(Outcome::Mismatch(diff));
        }
        let mut pypy_note = None;
        let pypy = match pypy {
            Some(argv) => {
                let (got, status, err) = self.capture(&argv, cwd, &out("pypy"))?;
                match difference(&expected, expected_status, &got, status, &err) {
                    Some(diff) => {
                        pypy_note = Some(format!("pypy3 mismatch: {diff}"));
                        None
                    }
                    None => Some(argv),
                }
            }
            None => None,
        };
        let mut timings: [Vec<Sample>; 3] = Default::default();
        for round in 0..self.opts.runs {
            eprint!("{}", if round == 0 { "timing" } else { "." });
            for (k, argv) in [Some(&crane), Some(&python), pypy.as_ref()]
                .into_iter()
                .enumerate()
            {
                if let Some(argv) = argv {
                    timings[k].push(self.run(argv, cwd, None)?);
                }
            }
        }
        eprint!(" ");
        let [c, p, y] = timings;
        let metric = self.opts.metric;
        Ok(Outcome::Timed {
            cranepy: Timing { samples: c, metric },
            python: Timing { samples: p, metric },
            pypy: pypy.map(|_| Timing { samples: y, metric }),
            pypy_note,
        })
    }

    /// Compiles `int main(void) { return 0; }` with `cc`, linked the way
    /// cranepy links executables; None when that fails (the startup line
    /// then leaves the comparison out).
    fn build_c_noop(&self) -> Option<PathBuf> {
        let src = self.work.join("noop.c");
        let exe = self.work.join("noop");
        std::fs::write(&src, "int main(void) { return 0; }\n").ok()?;
        let mut cc = std::process::Command::new("cc");
        cc.arg("-O2").arg("-o").arg(&exe).arg(&src);
        if driver::Linking::Auto.is_static() {
            cc.arg("-static");
        }
        let ok = cc.output().is_ok_and(|o| o.status.success());
        ok.then_some(exe)
    }

    fn startup(&self, path: &Path) -> Result<Startup, String> {
        let (exe, _, size) = self.build(path, STARTUP_PROGRAM)?;
        let cwd = path.parent().unwrap_or(Path::new("."));
        let [crane, python, pypy] = self.contenders(path, &exe);
        let noop = self.build_c_noop().map(|exe| vec![exe.into_os_string()]);
        let mut timings: [Vec<Sample>; 4] = Default::default();
        for _ in 0..self.opts.startup_runs {
            for (k, argv) in [
                crane.as_ref(),
                python.as_ref(),
                pypy.as_ref(),
                noop.as_ref(),
            ]
            .into_iter()
            .enumerate()
            {
                if let Some(argv) = argv {
                    timings[k].push(self.run(argv, cwd, None)?);
                }
            }
        }
        let ms = |samples: Vec<Sample>| {
            let metric = Metric::Wall;
            Timing { samples, metric }.median() * 1000.0
        };
        let [c, p, y, n] = timings;
        let cranepy_rss_kb = c.iter().map(|s| s.rss_kb).max().unwrap_or(0);
        Ok(Startup {
            cranepy_ms: ms(c),
            python_ms: ms(p),
            pypy_ms: pypy.map(|_| ms(y)),
            c_noop_ms: noop.map(|_| ms(n)),
            size_bytes: size,
            cranepy_rss_kb,
        })
    }
}

/// Describes how a contender's run differs from the reference, if it does.
fn difference(
    expected: &[u8],
    expected_status: i32,
    got: &[u8],
    status: i32,
    stderr: &str,
) -> Option<String> {
    if expected == got && expected_status == status {
        return None;
    }
    if expected != got {
        let exp = String::from_utf8_lossy(expected);
        let got = String::from_utf8_lossy(got);
        let mut exp_lines = exp.lines();
        let mut got_lines = got.lines();
        for line in 1.. {
            match (exp_lines.next(), got_lines.next()) {
                (Some(a), Some(b)) if a == b => continue,
                (a, b) => {
                    let show = |s: Option<&str>| s.map_or("<end of output>".to_string(), shorten);
                    let mut msg = format!("line {line}: expected {}, got {}", show(a), show(b));
                    if status != 0 {
                        msg.push_str(&format!(" (exit status {status}: {})", last_line(stderr)));
                    }
                    return Some(msg);
                }
            }
        }
    }
    Some(format!(
        "exit status {status}, expected {expected_status}: {}",
        last_line(stderr)
    ))
}

fn shorten(s: &str) -> String {
    let s: String = s.chars().take(60).collect();
    format!("{s:?}")
}

fn last_line(text: &str) -> String {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

fn first_lines(text: &str, n: usize) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(n)
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The first line of `cmd --version`, or `None` if `cmd` cannot be run.
fn version_of(cmd: &str) -> Option<String> {
    let out = std::process::Command::new(cmd)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    // Python 3 prints to stdout; some builds print to stderr.
    let text = if out.stdout.is_empty() {
        out.stderr
    } else {
        out.stdout
    };
    let text = String::from_utf8_lossy(&text);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    // PyPy: "Python 3.9.16 (build, date)" then "[PyPy 7.3.11 with GCC …]".
    Some(match lines.next() {
        Some(detail) => {
            let version = first.split(" (").next().unwrap_or(first);
            format!("{version} {detail}")
        }
        None => first.to_string(),
    })
}

fn program_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut opts = Options {
        programs: Vec::new(),
        startup: None,
        runs: 3,
        startup_runs: 10,
        output: report::Format::Table,
        svg: None,
        update_readme: None,
        no_pypy: false,
        python: "python3".to_string(),
        pypy: "pypy3".to_string(),
        timeout: Duration::from_secs(300),
        keep: false,
        metric: Metric::Wall,
    };
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |what: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{a} needs {what}\n\n{USAGE}"))
        };
        let count = |s: String, min: usize| -> Result<usize, String> {
            s.parse::<usize>()
                .ok()
                .filter(|n| *n >= min)
                .ok_or_else(|| format!("{a} needs a number ≥ {min}, got '{s}'"))
        };
        match a.as_str() {
            "--runs" => opts.runs = count(value("a number")?, 1)?,
            "--startup-runs" => opts.startup_runs = count(value("a number")?, 0)?,
            "--json" => opts.output = report::Format::Json,
            "--markdown" => opts.output = report::Format::Markdown,
            "--svg" => opts.svg = Some(PathBuf::from(value("a file")?)),
            "--update-readme" => opts.update_readme = Some(PathBuf::from(value("a file")?)),
            "--no-pypy" => opts.no_pypy = true,
            "--python" => opts.python = value("a command")?,
            "--pypy" => opts.pypy = value("a command")?,
            "--timeout" => {
                let s = value("seconds")?;
                let secs: f64 = s
                    .parse()
                    .ok()
                    .filter(|s: &f64| *s > 0.0 && s.is_finite())
                    .ok_or_else(|| format!("--timeout needs positive seconds, got '{s}'"))?;
                opts.timeout = Duration::from_secs_f64(secs);
            }
            "--keep" => opts.keep = true,
            "--cpu" => opts.metric = Metric::Cpu,
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'\n\n{USAGE}")),
            s => targets.push(s.to_string()),
        }
    }
    if targets.is_empty() {
        targets.push(DEFAULT_DIR.to_string());
    }
    for t in &targets {
        let path = PathBuf::from(t);
        if path.is_dir() {
            let mut found = Vec::new();
            for entry in std::fs::read_dir(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            {
                let p = entry.map_err(|e| e.to_string())?.path();
                if p.extension().is_some_and(|e| e == "py") {
                    if program_name(&p) == STARTUP_PROGRAM {
                        opts.startup.get_or_insert(p);
                    } else {
                        found.push(p);
                    }
                }
            }
            found.sort();
            opts.programs.extend(found);
        } else if path.is_file() {
            opts.programs.push(path);
        } else {
            let named = Path::new(DEFAULT_DIR).join(format!("{t}.py"));
            if !named.is_file() {
                return Err(format!(
                    "bench: no program or directory '{t}' (nor {})",
                    named.display()
                ));
            }
            opts.programs.push(named);
        }
    }
    if opts.startup.is_none() {
        let default = Path::new(DEFAULT_DIR).join(format!("{STARTUP_PROGRAM}.py"));
        opts.startup = default.is_file().then_some(default);
    }
    opts.programs.retain(|p| program_name(p) != STARTUP_PROGRAM);
    // Absolute paths: each program runs from its own directory.
    for p in opts.programs.iter_mut().chain(opts.startup.iter_mut()) {
        *p = std::fs::canonicalize(&*p).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    if opts.programs.is_empty() {
        return Err("bench: no programs to run".to_string());
    }
    Ok(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geomean_of_ratios() {
        assert_eq!(geomean(&[]), None);
        let g = geomean(&[0.5, 2.0, 4.0]).expect("non-empty");
        assert!((g - 4.0f64.cbrt()).abs() < 1e-12);
    }

    #[test]
    fn difference_names_the_first_differing_line() {
        assert_eq!(difference(b"a\nb\n", 0, b"a\nb\n", 0, ""), None);
        let d = difference(b"a\nb\n", 0, b"a\nc\n", 0, "").expect("differs");
        assert_eq!(d, "line 2: expected \"b\", got \"c\"");
        let d = difference(b"a\n", 0, b"a\n", 1, "boom\nValueError: x\n").expect("differs");
        assert_eq!(d, "exit status 1, expected 0: ValueError: x");
        let d = difference(b"a\nb\n", 0, b"a\n", 0, "").expect("differs");
        assert_eq!(d, "line 2: expected \"b\", got <end of output>");
    }
}
