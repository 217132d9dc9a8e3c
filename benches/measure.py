#!/usr/bin/env python3
"""Benchmark harness for cranepy (called by benches/run.sh).

For every program in benches/programs/ (or the names given):
  * build it with cranepy into a temporary directory (build time, size);
  * run python3 once for the reference output; a contender whose stdout or
    exit status differs is reported as MISMATCH and is not timed;
  * run cranepy's executable, python3 and pypy3 (if installed) interleaved
    N times, recording wall time and peak RSS of each run;
  * print a table of medians and speedups, the geometric mean of the
    speedups, and a startup line (median of empty.py runs).

Peak RSS comes from the child's rusage (os.wait4), the same number that
`/usr/bin/time -f %M` prints, so no external tool is needed.
"""

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
REPO = os.path.dirname(HERE)
DEFAULT_CRANEPY = os.path.join(REPO, "target", "release", "cranepy")
STARTUP_PROGRAM = "empty"


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="benches/run.sh",
        description="Time cranepy-compiled programs against python3 (and pypy3).",
    )
    p.add_argument("--runs", type=int, default=5, help="timed runs per contender (default 5)")
    p.add_argument("--cranepy", default=None,
                   help="cranepy binary (default: $CRANEPY or target/release/cranepy)")
    p.add_argument("--python-only", action="store_true",
                   help="skip cranepy: time python3 (and pypy3) only, to check the harness")
    p.add_argument("--python", default="python3", help="reference interpreter (default python3)")
    p.add_argument("--pypy", default="pypy3", help="PyPy interpreter, used only if found (default pypy3)")
    p.add_argument("--no-pypy", action="store_true", help="do not run pypy3 even if installed")
    p.add_argument("--startup-runs", type=int, default=20,
                   help="runs of empty.py per contender for the startup line (default 20, 0 to skip)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds before a run is killed (default 300)")
    p.add_argument("--cpu", action="store_true",
                   help="report user+sys CPU seconds instead of wall seconds (steadier on a busy machine)")
    p.add_argument("--json", metavar="FILE", help="also write the raw results as JSON to FILE")
    p.add_argument("--keep", action="store_true", help="keep the temporary build directory")
    p.add_argument("names", nargs="*", help="programs to run (default: all in benches/programs)")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    return args


def all_programs():
    names = []
    for f in sorted(os.listdir(PROGRAMS)):
        if f.endswith(".py") and f[:-3] != STARTUP_PROGRAM:
            names.append(f[:-3])
    return names


class RunResult:
    def __init__(self, wall, cpu, rss_kb, returncode, stdout, timed_out):
        self.wall = wall
        self.cpu = cpu
        self.rss_kb = rss_kb
        self.returncode = returncode
        self.stdout = stdout
        self.timed_out = timed_out


def run_once(cmd, timeout, capture=False):
    """Run cmd, return wall time, CPU time and peak RSS of that child alone."""
    if capture:
        out_file = tempfile.TemporaryFile()
        stdout = out_file
    else:
        out_file = None
        stdout = subprocess.DEVNULL
    timed_out = [False]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=stdout,
                            stderr=subprocess.PIPE if capture else subprocess.DEVNULL)

    def kill():
        timed_out[0] = True
        try:
            proc.kill()
        except OSError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        stderr = b""
        if capture:
            # drain stderr so a chatty program can't block on a full pipe
            stderr = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = None
    if capture:
        proc.stderr.close()
        out_file.seek(0)
        text = out_file.read()
        out_file.close()
        text = (text, stderr)
    return RunResult(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
                     proc.returncode, text, timed_out[0])


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2.0


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def first_diff(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: expected %r, got %r" % (i + 1, x[:80], y[:80])
    return "outputs differ"


def build(cranepy, src, out, timeout):
    start = time.perf_counter()
    try:
        r = subprocess.run([cranepy, "build", src, "-o", out], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "build timed out"
    elapsed = time.perf_counter() - start
    if r.returncode != 0 or not os.path.exists(out):
        msg = (r.stderr or r.stdout).decode("utf-8", "replace").strip().splitlines()
        return None, "exit %d: %s" % (r.returncode, " | ".join(msg[:3]) if msg else "no output")
    return elapsed, None


def fmt_s(x):
    return "-" if x is None else "%.3f" % x


def fmt_ratio(x):
    return "-" if x is None else "%.2fx" % x


def fmt_mb(kb):
    return "-" if kb is None else "%.1f" % (kb / 1024.0)


def print_table(headers, rows):
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))
    line = "  ".join(h.ljust(widths[i]) if i == 0 else h.rjust(widths[i]) for i, h in enumerate(headers))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))


def main(argv):
    args = parse_args(argv)
    names = args.names or all_programs()
    names = [n[:-3] if n.endswith(".py") else n for n in names]
    for n in names:
        if not os.path.exists(os.path.join(PROGRAMS, n + ".py")):
            sys.exit("run.sh: no such benchmark: %s (have: %s)" % (n, ", ".join(all_programs())))

    python = shutil.which(args.python)
    if not python:
        sys.exit("run.sh: %s not found" % args.python)
    pypy = None if args.no_pypy else shutil.which(args.pypy)

    cranepy = None
    if not args.python_only:
        cranepy = args.cranepy or os.environ.get("CRANEPY") or DEFAULT_CRANEPY
        if os.sep not in cranepy:
            cranepy = shutil.which(cranepy) or cranepy
        if not (os.path.isfile(cranepy) and os.access(cranepy, os.X_OK)):
            sys.exit("run.sh: cranepy binary not found at %s\n"
                     "  build it with `cargo build --release -p cranepy`, pass --cranepy PATH,\n"
                     "  or use --python-only to check the harness" % cranepy)
        cranepy = os.path.abspath(cranepy)

    contenders = []  # (label, kind)
    if cranepy:
        contenders.append("cranepy")
    contenders.append("python3")
    if pypy:
        contenders.append("pypy3")
    metric = "cpu" if args.cpu else "wall"

    print("benches: %d program(s), %d run(s) each, %s seconds; contenders: %s"
          % (len(names), args.runs, metric, ", ".join(contenders)))
    print("python3: %s (%s)" % (python, subprocess.run([python, "-V"], stdout=subprocess.PIPE,
                                                          stderr=subprocess.STDOUT).stdout.decode().strip()))
    if pypy:
        v = subprocess.run([pypy, "-V"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout.decode()
        print("pypy3:   %s (%s)" % (pypy, " ".join(v.split())))
    if cranepy:
        print("cranepy: %s" % cranepy)
    print()

    tmp = tempfile.mkdtemp(prefix="cranepy-bench-")
    results = []
    try:
        for name in names:
            results.append(bench_one(name, args, python, pypy, cranepy, tmp))
        startup = None
        if args.startup_runs > 0:
            startup = bench_startup(args, python, pypy, cranepy, tmp)
    finally:
        if args.keep:
            print("\nbuild directory kept: %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print()
    report(results, startup, args, contenders)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"metric": metric, "runs": args.runs, "contenders": contenders,
                       "programs": results, "startup": startup}, f, indent=2)
    bad = [r for r in results if r["status"] != "ok"]
    return 1 if bad else 0


def commands(name, python, pypy, exe):
    src = os.path.join(PROGRAMS, name + ".py")
    cmds = {}
    if exe:
        cmds["cranepy"] = [exe]
    cmds["python3"] = [python, src]
    if pypy:
        cmds["pypy3"] = [pypy, src]
    return cmds


def bench_one(name, args, python, pypy, cranepy, tmp):
    src = os.path.join(PROGRAMS, name + ".py")
    res = {"name": name, "status": "ok", "note": "", "times": {}, "rss_kb": {},
           "build_s": None, "size_bytes": None}
    sys.stdout.write("%-14s " % name)
    sys.stdout.flush()

    ref = run_once([python, src], args.timeout, capture=True)
    if ref.returncode != 0 or ref.timed_out:
        res["status"] = "ERROR"
        res["note"] = "python3 itself failed (exit %s)" % ref.returncode
        print(res["note"])
        return res
    expected = ref.stdout[0]

    exe = None
    if cranepy:
        exe = os.path.join(tmp, name)
        elapsed, err = build(cranepy, src, exe, args.timeout)
        if err:
            res["status"] = "BUILD FAILED"
            res["note"] = err
            print("BUILD FAILED: %s" % err)
            return res
        res["build_s"] = elapsed
        res["size_bytes"] = os.path.getsize(exe)

    cmds = commands(name, python, pypy, exe)
    # check every contender's output against the reference before timing it
    for label in list(cmds):
        if label == "python3":
            continue
        got = run_once(cmds[label], args.timeout, capture=True)
        if got.timed_out or got.returncode != ref.returncode or got.stdout[0] != expected:
            why = "timed out" if got.timed_out else (
                "exit %d (expected %d)" % (got.returncode, ref.returncode)
                if got.returncode != ref.returncode else first_diff(expected, got.stdout[0]))
            if label == "cranepy":
                res["status"] = "MISMATCH"
                res["note"] = why
                print("MISMATCH: %s" % why)
                return res
            res["note"] = "%s mismatch: %s" % (label, why)
            del cmds[label]

    samples = {label: [] for label in cmds}
    rss = {label: 0 for label in cmds}
    for _ in range(args.runs):
        for label, cmd in cmds.items():
            r = run_once(cmd, args.timeout)
            if r.timed_out or r.returncode != ref.returncode:
                res["status"] = "ERROR"
                res["note"] = "%s: %s during timing" % (
                    label, "timed out" if r.timed_out else "exit %d" % r.returncode)
                print(res["note"])
                return res
            samples[label].append(r.cpu if args.cpu else r.wall)
            rss[label] = max(rss[label], r.rss_kb)
        sys.stdout.write(".")
        sys.stdout.flush()
    res["times"] = {label: median(v) for label, v in samples.items()}
    res["samples"] = samples
    res["rss_kb"] = rss
    print(" " + "  ".join("%s %.3fs" % (label, res["times"][label]) for label in cmds)
          + ("  (" + res["note"] + ")" if res["note"] else ""))
    return res


def bench_startup(args, python, pypy, cranepy, tmp):
    exe = None
    size = None
    if cranepy:
        exe = os.path.join(tmp, STARTUP_PROGRAM)
        _, err = build(cranepy, os.path.join(PROGRAMS, STARTUP_PROGRAM + ".py"), exe, args.timeout)
        if err:
            print("startup: empty.py BUILD FAILED: %s" % err)
            exe = None
        else:
            size = os.path.getsize(exe)
    cmds = commands(STARTUP_PROGRAM, python, pypy, exe)
    samples = {label: [] for label in cmds}
    for _ in range(args.startup_runs):
        for label, cmd in cmds.items():
            r = run_once(cmd, args.timeout)
            if r.returncode == 0:
                samples[label].append(r.wall)
    return {"ms": {label: (median(v) * 1000.0 if v else None) for label, v in samples.items()},
            "size_bytes": size, "runs": args.startup_runs}


def report(results, startup, args, contenders):
    have_crane = "cranepy" in contenders
    have_pypy = "pypy3" in contenders
    headers = ["program"] + ["%s s" % c for c in contenders]
    if have_crane:
        headers.append("py/crane")
        if have_pypy:
            headers.append("pypy/crane")
    elif have_pypy:
        headers.append("py/pypy")
    headers += ["RSS %s MB" % c for c in contenders]
    if have_crane:
        headers += ["build s", "size KB"]

    rows = []
    speedups = []
    pypy_ratios = []
    for r in results:
        if r["status"] != "ok":
            row = [r["name"], r["status"]] + [""] * (len(headers) - 2)
            rows.append(row)
            continue
        t = r["times"]
        row = [r["name"]] + [fmt_s(t.get(c)) for c in contenders]
        if have_crane:
            sp = t["python3"] / t["cranepy"] if t.get("cranepy") else None
            speedups.append(sp)
            row.append(fmt_ratio(sp))
            if have_pypy:
                pr = t["pypy3"] / t["cranepy"] if t.get("pypy3") and t.get("cranepy") else None
                pypy_ratios.append(pr)
                row.append(fmt_ratio(pr))
        elif have_pypy:
            pr = t["python3"] / t["pypy3"] if t.get("pypy3") else None
            pypy_ratios.append(pr)
            row.append(fmt_ratio(pr))
        row += [fmt_mb(r["rss_kb"].get(c)) for c in contenders]
        if have_crane:
            row.append(fmt_s(r["build_s"]))
            row.append("-" if r["size_bytes"] is None else "%d" % (r["size_bytes"] // 1024))
        rows.append(row)
    print_table(headers, rows)
    print()

    failed = [r for r in results if r["status"] != "ok"]
    for r in failed:
        print("%s: %s: %s" % (r["name"], r["status"], r["note"]))
    for r in results:
        if r["status"] == "ok" and r["note"]:
            print("%s: note: %s" % (r["name"], r["note"]))
    if have_crane:
        g = geomean(speedups)
        print("geometric mean speedup python3/cranepy: %s over %d program(s)%s"
              % (fmt_ratio(g), len([s for s in speedups if s]),
                 " (%d not timed)" % len(failed) if failed else ""))
        if have_pypy:
            print("geometric mean ratio pypy3/cranepy:     %s" % fmt_ratio(geomean(pypy_ratios)))
    elif have_pypy:
        print("geometric mean speedup python3/pypy3: %s" % fmt_ratio(geomean(pypy_ratios)))

    if startup:
        parts = []
        for c in contenders:
            ms = startup["ms"].get(c)
            parts.append("%s %s" % (c, "-" if ms is None else "%.1f ms" % ms))
        line = "startup (empty.py, median of %d): %s" % (startup["runs"], ", ".join(parts))
        if startup["size_bytes"] is not None:
            line += "; empty binary %d KB" % (startup["size_bytes"] // 1024)
        print(line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
