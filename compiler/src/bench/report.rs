//! Presentation of benchmark results: the aligned terminal table, JSON, the
//! Markdown table kept in README.md between `<!-- bench:start -->` and
//! `<!-- bench:end -->`, and an SVG bar chart of the ratios.
//!
//! Ratios are speedups: python3 time ÷ contender time (median wall, or CPU,
//! seconds), so above 1 means faster than CPython. Nothing here runs or measures anything.

use super::{Metric, Outcome, ProgramResult, Report, Startup, Timing};
use std::fmt::Write;
use std::path::Path;

pub(crate) const README_START: &str = "<!-- bench:start -->";
pub(crate) const README_END: &str = "<!-- bench:end -->";

#[derive(Clone, Copy)]
pub(crate) enum Format {
    Table,
    Json,
    Markdown,
}

pub(crate) fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Table => table(report),
        Format::Json => json(report),
        Format::Markdown => markdown(report),
    }
}

const MB: f64 = 1024.0;

fn rss_mb(t: &Timing) -> String {
    format!("{:.1}", t.peak_rss_kb() as f64 / MB)
}

fn kb(bytes: u64) -> u64 {
    bytes.div_ceil(1024)
}

/// The one-line summary printed while the benchmark runs.
pub(crate) fn progress_line(p: &ProgramResult) -> String {
    match (&p.outcome, p.ratios()) {
        (Outcome::Timed { pypy_note, .. }, Some((crane, pypy))) => {
            let mut s = format!("cranepy/python3 {crane:.2}");
            if let Some(r) = pypy {
                write!(s, ", pypy3/python3 {r:.2}").expect("writing to a String");
            }
            if let Some(note) = pypy_note {
                write!(s, " ({note})").expect("writing to a String");
            }
            s
        }
        (Outcome::Mismatch(m), _) => format!("MISMATCH: {m}"),
        (Outcome::BuildFailed(m), _) => format!("BUILD FAILED: {m}"),
        (Outcome::Failed(m), _) => format!("FAILED: {m}"),
        (Outcome::Timed { .. }, None) => unreachable!("timed programs have ratios"),
    }
}

fn machine_line(r: &Report) -> String {
    let mut s = format!("{} cores, {}", r.machine.cores, r.machine.cpu_model);
    if let Some(load) = r.machine.load {
        write!(s, ", load average {load:.2} at start").expect("writing to a String");
    }
    s
}

fn startup_line(s: &Startup) -> String {
    let mut line = format!("cranepy {:.1} ms", s.cranepy_ms);
    if let Some(n) = s.c_noop_ms {
        write!(line, " (a C program that returns at once: {n:.1} ms)")
            .expect("writing to a String");
    }
    write!(line, ", python3 {:.1} ms", s.python_ms).expect("writing to a String");
    if let Some(p) = s.pypy_ms {
        write!(line, ", pypy3 {p:.1} ms").expect("writing to a String");
    }
    write!(
        line,
        " (executable {} KB, peak RSS {:.1} MB)",
        kb(s.size_bytes),
        s.cranepy_rss_kb as f64 / MB
    )
    .expect("writing to a String");
    line
}

fn table(r: &Report) -> String {
    let mut out = String::new();
    let w = |out: &mut String, s: String| out.push_str(&s);
    w(&mut out, format!("machine: {}\n", machine_line(r)));
    w(
        &mut out,
        format!(
            "python3: {}; pypy3: {}\n",
            r.python_version,
            r.pypy_version.as_deref().unwrap_or("not run")
        ),
    );
    w(
        &mut out,
        format!(
            "median {} seconds of {} interleaved runs; ratio = python3 time ÷ time (> 1 is faster)\n\n",
            r.metric.describe(),
            r.runs
        ),
    );
    let name_w = r
        .programs
        .iter()
        .map(|p| p.name.len())
        .max()
        .unwrap_or(0)
        .max("geomean".len());
    w(
        &mut out,
        format!(
            "{:<name_w$}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>25}  {:>7}  {:>7}\n",
            "program",
            "cranepy",
            "python3",
            "pypy3",
            "crane/py",
            "pypy/py",
            "peak RSS MB crane/py/pypy",
            "build s",
            "size KB"
        ),
    );
    for p in &r.programs {
        let build = p.build_secs.map_or("-".to_string(), |b| format!("{b:.2}"));
        let size = p.size_bytes.map_or("-".to_string(), |s| kb(s).to_string());
        match &p.outcome {
            Outcome::Timed {
                cranepy,
                python,
                pypy,
                ..
            } => {
                let (crane_ratio, pypy_ratio) = p.ratios().expect("timed");
                let rss = format!(
                    "{} / {} / {}",
                    rss_mb(cranepy),
                    rss_mb(python),
                    pypy.as_ref().map_or("-".to_string(), rss_mb)
                );
                w(
                    &mut out,
                    format!(
                        "{:<name_w$}  {:>8.3}  {:>8.3}  {:>8}  {:>7.2}x  {:>8}  {:>25}  {:>7}  {:>7}\n",
                        p.name,
                        cranepy.median(),
                        python.median(),
                        pypy.as_ref()
                            .map_or("-".to_string(), |t| format!("{:.3}", t.median())),
                        crane_ratio,
                        pypy_ratio.map_or("-".to_string(), |r| format!("{r:.2}x")),
                        rss,
                        build,
                        size
                    ),
                );
            }
            _ => w(
                &mut out,
                format!("{:<name_w$}  {}\n", p.name, progress_line(p)),
            ),
        }
    }
    let (crane, pypy) = r.geomeans();
    w(
        &mut out,
        format!(
            "{:<name_w$}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}\n",
            "geomean",
            "",
            "",
            "",
            crane.map_or("-".to_string(), |g| format!("{g:.2}x")),
            pypy.map_or("-".to_string(), |g| format!("{g:.2}x")),
        ),
    );
    if let Some(s) = &r.startup {
        w(
            &mut out,
            format!("\nstartup (empty.py): {}\n", startup_line(s)),
        );
    }
    out
}

fn markdown(r: &Report) -> String {
    let mut out = String::new();
    out.push_str(
        "| program | cranepy s | python3 s | pypy3 s | speedup cranepy | speedup pypy3 \
         | peak RSS MB (cranepy / python3 / pypy3) | build s | size KB |\n",
    );
    out.push_str("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for p in &r.programs {
        let build = p.build_secs.map_or("–".to_string(), |b| format!("{b:.2}"));
        let size = p.size_bytes.map_or("–".to_string(), |s| kb(s).to_string());
        match &p.outcome {
            Outcome::Timed {
                cranepy,
                python,
                pypy,
                ..
            } => {
                let (crane_ratio, pypy_ratio) = p.ratios().expect("timed");
                writeln!(
                    out,
                    "| {} | {:.3} | {:.3} | {} | {:.2} | {} | {} / {} / {} | {} | {} |",
                    p.name,
                    cranepy.median(),
                    python.median(),
                    pypy.as_ref()
                        .map_or("–".to_string(), |t| format!("{:.3}", t.median())),
                    crane_ratio,
                    pypy_ratio.map_or("–".to_string(), |r| format!("{r:.2}")),
                    rss_mb(cranepy),
                    rss_mb(python),
                    pypy.as_ref().map_or("–".to_string(), rss_mb),
                    build,
                    size
                )
                .expect("writing to a String");
            }
            _ => writeln!(
                out,
                "| {} | {} | | | | | | {} | {} |",
                p.name,
                progress_line(p).replace('|', "\\|"),
                build,
                size
            )
            .expect("writing to a String"),
        }
    }
    let (crane, pypy) = r.geomeans();
    writeln!(
        out,
        "| **geomean** | | | | **{}** | **{}** | | | |",
        crane.map_or("–".to_string(), |g| format!("{g:.2}")),
        pypy.map_or("–".to_string(), |g| format!("{g:.2}"))
    )
    .expect("writing to a String");
    out.push('\n');
    if let Some(s) = &r.startup {
        writeln!(out, "Startup (`empty.py`): {}.\n", startup_line(s)).expect("writing to a String");
    }
    writeln!(
        out,
        "Median {} seconds of {} interleaved runs per contender (`cranepy bench --runs {}{}`); \
         speedup = python3 time ÷ contender time (above 1 is faster than CPython). Machine: {}; {}, {}.",
        r.metric.describe(),
        r.runs,
        r.runs,
        if r.metric == Metric::Cpu {
            " --cpu"
        } else {
            ""
        },
        machine_line(r),
        r.python_version,
        r.pypy_version.as_deref().unwrap_or("pypy3 not run")
    )
    .expect("writing to a String");
    out
}

/// Replaces the text between the README markers with the Markdown table.
pub(crate) fn update_readme(path: &Path, r: &Report) -> Result<(), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let updated = replace_between_markers(&text, &markdown(r)).ok_or_else(|| {
        format!(
            "{} has no '{README_START}' ... '{README_END}' section",
            path.display()
        )
    })?;
    cranepy::driver::write_atomic(path, updated.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn replace_between_markers(text: &str, body: &str) -> Option<String> {
    let start = text.find(README_START)? + README_START.len();
    let end = start + text[start..].find(README_END)?;
    Some(format!("{}\n{}{}", &text[..start], body, &text[end..]))
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).expect("String"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt(x: Option<f64>) -> String {
    x.map_or("null".to_string(), |v| format!("{v:.6}"))
}

fn json_timing(t: &Timing) -> String {
    let walls: Vec<String> = t.samples.iter().map(|s| format!("{:.6}", s.wall)).collect();
    let cpus: Vec<String> = t.samples.iter().map(|s| format!("{:.6}", s.cpu)).collect();
    format!(
        "{{\"median\": {:.6}, \"peak_rss_kb\": {}, \"wall\": [{}], \"cpu\": [{}]}}",
        t.median(),
        t.peak_rss_kb(),
        walls.join(", "),
        cpus.join(", ")
    )
}

fn json(r: &Report) -> String {
    let mut out = String::from("{\n");
    writeln!(
        out,
        "  \"machine\": {{\"cores\": {}, \"cpu_model\": {}, \"load_average\": {}}},",
        r.machine.cores,
        json_string(&r.machine.cpu_model),
        json_opt(r.machine.load)
    )
    .expect("String");
    writeln!(
        out,
        "  \"runs\": {},\n  \"metric\": \"{}\",\n  \"python\": {},\n  \"pypy\": {},",
        r.runs,
        match r.metric {
            Metric::Wall => "wall",
            Metric::Cpu => "cpu",
        },
        json_string(&r.python_version),
        r.pypy_version
            .as_deref()
            .map_or("null".to_string(), json_string)
    )
    .expect("String");
    out.push_str("  \"programs\": [\n");
    for (i, p) in r.programs.iter().enumerate() {
        let mut fields = vec![
            format!("\"name\": {}", json_string(&p.name)),
            format!("\"build_seconds\": {}", json_opt(p.build_secs)),
            format!(
                "\"size_bytes\": {}",
                p.size_bytes.map_or("null".to_string(), |s| s.to_string())
            ),
        ];
        match &p.outcome {
            Outcome::Timed {
                cranepy,
                python,
                pypy,
                pypy_note,
            } => {
                let (crane_ratio, pypy_ratio) = p.ratios().expect("timed");
                fields.push("\"status\": \"timed\"".to_string());
                fields.push(format!("\"cranepy_ratio\": {crane_ratio:.6}"));
                fields.push(format!("\"pypy_ratio\": {}", json_opt(pypy_ratio)));
                fields.push(format!("\"cranepy\": {}", json_timing(cranepy)));
                fields.push(format!("\"python3\": {}", json_timing(python)));
                fields.push(format!(
                    "\"pypy3\": {}",
                    pypy.as_ref().map_or("null".to_string(), json_timing)
                ));
                if let Some(note) = pypy_note {
                    fields.push(format!("\"pypy_note\": {}", json_string(note)));
                }
            }
            Outcome::Mismatch(m) => {
                fields.push("\"status\": \"mismatch\"".to_string());
                fields.push(format!("\"detail\": {}", json_string(m)));
            }
            Outcome::BuildFailed(m) => {
                fields.push("\"status\": \"build_failed\"".to_string());
                fields.push(format!("\"detail\": {}", json_string(m)));
            }
            Outcome::Failed(m) => {
                fields.push("\"status\": \"failed\"".to_string());
                fields.push(format!("\"detail\": {}", json_string(m)));
            }
        }
        let comma = if i + 1 < r.programs.len() { "," } else { "" };
        writeln!(out, "    {{{}}}{comma}", fields.join(", ")).expect("String");
    }
    out.push_str("  ],\n");
    let (crane, pypy) = r.geomeans();
    writeln!(
        out,
        "  \"geomean\": {{\"cranepy\": {}, \"pypy3\": {}}},",
        json_opt(crane),
        json_opt(pypy)
    )
    .expect("String");
    match &r.startup {
        Some(s) => writeln!(
            out,
            "  \"startup_ms\": {{\"cranepy\": {:.3}, \"python3\": {:.3}, \"pypy3\": {}, \
             \"c_noop\": {}, \"size_bytes\": {}, \"cranepy_peak_rss_kb\": {}}}",
            s.cranepy_ms,
            s.python_ms,
            json_opt(s.pypy_ms),
            json_opt(s.c_noop_ms),
            s.size_bytes,
            s.cranepy_rss_kb
        )
        .expect("String"),
        None => out.push_str("  \"startup_ms\": null\n"),
    }
    out.push_str("}\n");
    out
}

/// A horizontal bar chart of the ratios on a log₂ scale; bars grow from the
/// python3 line (1×) to the left when faster, to the right when slower.
pub(crate) fn svg(r: &Report) -> String {
    const LABEL_W: f64 = 130.0;
    const CHART_W: f64 = 560.0;
    const BAR_H: f64 = 11.0;
    const ROW_H: f64 = 30.0;
    const TOP: f64 = 50.0;
    let rows: Vec<(&str, f64, Option<f64>)> = r
        .programs
        .iter()
        .filter_map(|p| p.ratios().map(|(c, y)| (p.name.as_str(), c, y)))
        .collect();
    let all = rows
        .iter()
        .flat_map(|(_, c, y)| std::iter::once(*c).chain(*y))
        .chain([0.5, 2.0]);
    let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(lo, hi), x| {
        (lo.min(x.log2()), hi.max(x.log2()))
    });
    let (lo, hi) = (lo.floor(), hi.ceil());
    let x_of = |ratio: f64| LABEL_W + (ratio.log2() - lo) / (hi - lo) * CHART_W;
    let height = TOP + rows.len() as f64 * ROW_H + 40.0;
    let width = LABEL_W + CHART_W + 30.0;
    let mut s = String::new();
    let w = &mut s;
    writeln!(
        w,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         font-family=\"sans-serif\" font-size=\"12\">"
    )
    .expect("String");
    writeln!(w, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>").expect("String");
    writeln!(
        w,
        "<text x=\"{LABEL_W}\" y=\"18\" font-size=\"14\">speedup over python3 \
         (log scale; right of 1× is faster than CPython)</text>"
    )
    .expect("String");
    let legend = [("cranepy", "#1f77b4"), ("pypy3", "#ff7f0e")];
    for (i, (name, colour)) in legend.iter().enumerate() {
        let x = LABEL_W + i as f64 * 100.0;
        writeln!(
            w,
            "<rect x=\"{x}\" y=\"28\" width=\"12\" height=\"10\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"37\">{name}</text>",
            x + 16.0
        )
        .expect("String");
    }
    let bottom = TOP + rows.len() as f64 * ROW_H;
    let mut e = lo as i32;
    while e <= hi as i32 {
        let ratio = 2f64.powi(e);
        let x = x_of(ratio);
        let stroke = if e == 0 { "#000" } else { "#ddd" };
        writeln!(
            w,
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{bottom}\" stroke=\"{stroke}\"/>\
             <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}×</text>",
            bottom + 16.0,
            format_ratio(ratio)
        )
        .expect("String");
        e += 1;
    }
    let one = x_of(1.0);
    for (i, (name, crane, pypy)) in rows.iter().enumerate() {
        let y = TOP + i as f64 * ROW_H + 3.0;
        writeln!(
            w,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{name}</text>",
            LABEL_W - 8.0,
            y + BAR_H + 3.0
        )
        .expect("String");
        for (k, ratio) in [Some(*crane), *pypy].into_iter().enumerate() {
            let Some(ratio) = ratio else { continue };
            let x = x_of(ratio);
            let by = y + k as f64 * (BAR_H + 1.0);
            writeln!(
                w,
                "<rect x=\"{:.1}\" y=\"{by:.1}\" width=\"{:.1}\" height=\"{BAR_H}\" fill=\"{}\">\
                 <title>{name} {}: {ratio:.2}×</title></rect>",
                x.min(one),
                (x - one).abs().max(1.0),
                legend[k].1,
                legend[k].0
            )
            .expect("String");
        }
    }
    let (crane, pypy) = r.geomeans();
    writeln!(
        w,
        "<text x=\"{LABEL_W}\" y=\"{}\">geomean: cranepy {}, pypy3 {}</text>",
        bottom + 34.0,
        crane.map_or("–".to_string(), |g| format!("{g:.2}×")),
        pypy.map_or("–".to_string(), |g| format!("{g:.2}×"))
    )
    .expect("String");
    s.push_str("</svg>\n");
    s
}

fn format_ratio(r: f64) -> String {
    if r >= 1.0 {
        format!("{r:.0}")
    } else {
        let s = format!("{r:.4}");
        s.trim_end_matches('0').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_markers_keep_the_rest() {
        let text = "intro\n<!-- bench:start -->\nold table\n<!-- bench:end -->\nafter\n";
        let new = replace_between_markers(text, "new table\n").expect("markers");
        assert_eq!(
            new,
            "intro\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\nafter\n"
        );
        assert!(replace_between_markers("no markers", "x").is_none());
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_string("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
    }

    #[test]
    fn ratio_labels() {
        assert_eq!(format_ratio(0.25), "0.25");
        assert_eq!(format_ratio(0.0625), "0.0625");
        assert_eq!(format_ratio(4.0), "4");
    }
}
