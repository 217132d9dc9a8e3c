//! `cranepy bench` end to end on a tiny program directory. The reference
//! interpreter is a stand-in shell script that prints a saved expected
//! output, so the test needs neither python3 nor pypy3: one program matches
//! and is timed, the other differs and must be reported as a mismatch.

use std::path::Path;
use std::process::Command;

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("the temp dir is writable");
}

#[test]
fn bench_times_matching_programs_and_reports_mismatches() {
    let dir = std::env::temp_dir().join(format!("cranepy-bench-cli-{}", std::process::id()));
    let progs = dir.join("progs");
    std::fs::create_dir_all(&progs).expect("the temp dir is writable");
    write(&progs.join("same.py"), "print(sum(range(1000)))\n");
    write(&progs.join("same.expected"), "499500\n");
    write(&progs.join("differs.py"), "print('cranepy')\n");
    write(&progs.join("differs.expected"), "python\n");
    let fake = dir.join("fake-python");
    write(
        &fake,
        "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'Fake 1.0'; exit 0; fi\n\
         cat \"${1%.py}.expected\"\n",
    );
    let chmod = Command::new("chmod").arg("755").arg(&fake).status();
    assert!(chmod.is_ok_and(|s| s.success()));
    let readme = dir.join("README.md");
    write(
        &readme,
        "# t\n<!-- bench:start -->\nold\n<!-- bench:end -->\ntail\n",
    );
    let svg = dir.join("ratios.svg");

    let out = Command::new(env!("CARGO_BIN_EXE_cranepy"))
        .arg("bench")
        .arg(&progs)
        .args(["--runs", "2", "--no-pypy", "--startup-runs", "0", "--json"])
        .arg("--python")
        .arg(&fake)
        .arg("--svg")
        .arg(&svg)
        .arg("--update-readme")
        .arg(&readme)
        .output()
        .expect("cranepy runs");
    let json = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a mismatch fails the run\n{stderr}"
    );
    assert!(json.contains("\"python\": \"Fake 1.0\""), "{json}");
    let line = |name: &str| {
        json.lines()
            .find(|l| l.contains(&format!("\"name\": \"{name}\"")))
            .unwrap_or_else(|| panic!("no {name} in {json}"))
            .to_string()
    };
    let same = line("same");
    assert!(same.contains("\"status\": \"timed\""), "{same}");
    assert!(
        !same.contains("\"peak_rss_kb\": 0,"),
        "RSS is measured: {same}"
    );
    let differs = line("differs");
    assert!(differs.contains("\"status\": \"mismatch\""), "{differs}");
    assert!(
        differs.contains(r#"line 1: expected \"python\", got \"cranepy\""#),
        "{differs}"
    );

    let table = std::fs::read_to_string(&readme).expect("README was rewritten");
    assert!(
        table.starts_with("# t\n<!-- bench:start -->\n| program |"),
        "{table}"
    );
    assert!(table.contains("| same | "), "{table}");
    assert!(table.contains("MISMATCH"), "{table}");
    assert!(table.ends_with("<!-- bench:end -->\ntail\n"), "{table}");
    assert!(!table.contains("old"), "{table}");
    let chart = std::fs::read_to_string(&svg).expect("SVG was written");
    assert!(
        chart.starts_with("<svg") && chart.contains(">same<"),
        "{chart}"
    );

    let _ = std::fs::remove_dir_all(&dir);
}
