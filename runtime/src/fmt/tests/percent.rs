//! printf-style `%` conversions checked against CPython 3.11.

use num_bigint::BigInt;

use super::super::percent::*;

/// Parses one `%[flags][width][.precision]conv` conversion.
fn spec(fmt: &str) -> PercentSpec {
    let mut s = PercentSpec::default();
    let mut chars = fmt.trim_start_matches('%').chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            '-' => s.flags_minus = true,
            '+' => s.flags_plus = true,
            ' ' => s.flags_space = true,
            '0' => s.flags_zero = true,
            '#' => s.flags_alt = true,
            _ => break,
        }
        chars.next();
    }
    let number = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
        let mut n: Option<usize> = None;
        while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
            n = Some(n.unwrap_or(0) * 10 + d as usize);
            chars.next();
        }
        n
    };
    s.width = number(&mut chars);
    if chars.peek() == Some(&'.') {
        chars.next();
        s.precision = Some(number(&mut chars).unwrap_or(0));
    }
    s.conv = chars.next().unwrap_or('s');
    s
}

fn pi(fmt: &str, v: &str) -> String {
    percent_format_int(&v.parse::<BigInt>().unwrap_or_default(), &spec(fmt))
}

fn pf(fmt: &str, x: f64) -> String {
    percent_format_float(x, &spec(fmt))
}

fn ps(fmt: &str, s: &str) -> String {
    percent_pad_str(s, &spec(fmt))
}

#[test]
fn percent_int_matches_cpython() {
    assert_eq!(pi("%-05d", "-1"), "-1   ");
    assert_eq!(pi("%05d", "-1"), "-0001");
    assert_eq!(pi("%+05d", "1"), "+0001");
    assert_eq!(pi("% 5d", "1"), "    1");
    assert_eq!(pi("% 05d", "1"), " 0001");
    assert_eq!(pi("%+ d", "1"), "+1");
    assert_eq!(pi("% +d", "1"), "+1");
    assert_eq!(pi("%.5d", "-3"), "-00003");
    assert_eq!(pi("%#.5x", "255"), "0x000ff");
    assert_eq!(pi("%#010x", "255"), "0x000000ff");
    assert_eq!(pi("%+#010x", "-255"), "-0x00000ff");
    assert_eq!(pi("%#o", "8"), "0o10");
    assert_eq!(pi("%#X", "255"), "0XFF");
    assert_eq!(pi("%#10X", "255"), "      0XFF");
    assert_eq!(pi("%-#10x", "255"), "0xff      ");
    assert_eq!(pi("%#5.3o", "8"), "0o010");
    assert_eq!(pi("%x", "-255"), "-ff");
    assert_eq!(pi("%#x", "0"), "0x0");
    assert_eq!(pi("%.0d", "0"), "0");
    assert_eq!(pi("%u", "5"), "5");
    assert_eq!(pi("%i", "-42"), "-42");
    assert_eq!(pi("%#5d", "3"), "    3");
    assert_eq!(pi("%#.3d", "3"), "003");
    assert_eq!(pi("%-08.3x", "-255"), "-0ff    ");
    assert_eq!(pi("%#-8o", "8"), "0o10    ");
    assert_eq!(pi("%+#8x", "255"), "   +0xff");
    assert_eq!(pi("%0#8x", "255"), "0x0000ff");
    assert_eq!(pi("%#08X", "-255"), "-0X000FF");
    assert_eq!(pi("% #x", "255"), " 0xff");
    assert_eq!(pi("%#5x", "255"), " 0xff");
    assert_eq!(pi("%#3x", "255"), "0xff");
    assert_eq!(pi("%#.1x", "255"), "0xff");
    assert_eq!(
        pi("%d", "1000000000000000000000000000000"),
        "1000000000000000000000000000000"
    );
    assert_eq!(pi("%x", "1180591620717411303424"), "400000000000000000");
    assert_eq!(
        pi("%+.25d", "100000000000000000000"),
        "+0000100000000000000000000"
    );
    assert_eq!(pi("%-+8d", "42"), "+42     ");
    assert_eq!(pi("%- 8d", "42"), " 42     ");
    assert_eq!(pi("%08.5d", "-42"), "-0000042");
    assert_eq!(pi("%X", "11259375"), "ABCDEF");
    assert_eq!(pi("%3d", "12345"), "12345");
}

#[test]
fn percent_float_matches_cpython() {
    assert_eq!(pf("%f", f64::INFINITY), "inf");
    assert_eq!(pf("%F", f64::INFINITY), "INF");
    assert_eq!(pf("%010f", f64::NEG_INFINITY), "-000000inf");
    assert_eq!(pf("%+e", f64::NAN), "+nan");
    assert_eq!(pf("%F", -f64::NAN), "NAN");
    assert_eq!(pf("%-8f", f64::NAN), "nan     ");
    assert_eq!(pf("%#.0f", 1.0), "1.");
    assert_eq!(pf("%#.0e", 1.0), "1.e+00");
    assert_eq!(pf("%#g", 1.0), "1.00000");
    assert_eq!(pf("%g", 1e-05), "1e-05");
    assert_eq!(pf("%G", 1e-05), "1E-05");
    assert_eq!(pf("%.0g", 0.5), "0.5");
    assert_eq!(pf("%010.3f", -3.14159), "-00003.142");
    assert_eq!(pf("%-10.3f", 3.14159), "3.142     ");
    assert_eq!(pf("% f", 1.0), " 1.000000");
    assert_eq!(pf("%+.2e", 0.0), "+0.00e+00");
    assert_eq!(
        pf("%.100f", 0.1),
        "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"
    );
    assert_eq!(pf("%e", 5e-324), "4.940656e-324");
    assert_eq!(pf("%.20e", 5e-324), "4.94065645841246544177e-324");
    assert_eq!(pf("% 05.1f", 2.25), " 02.2");
    assert_eq!(pf("%+-8.2e", 2.5), "+2.50e+00");
    assert_eq!(pf("%08.0e", 12345.0), "0001e+04");
    assert_eq!(pf("%.2f", 2.675), "2.67");
    assert_eq!(pf("%.2f", 0.125), "0.12");
    assert_eq!(pf("%.0f", 0.5), "0");
    assert_eq!(pf("%.0f", 1.5), "2");
    assert_eq!(pf("%.0f", 2.5), "2");
    assert_eq!(pf("%f", -0.0), "-0.000000");
    assert_eq!(pf("%g", -0.0), "-0");
    assert_eq!(pf("%+g", 0.0), "+0");
    assert_eq!(pf("% .3g", 1234.5), " 1.23e+03");
    assert_eq!(pf("%.3G", 0.0001234), "0.000123");
    assert_eq!(pf("%#.3g", 100.0), "100.");
    assert_eq!(pf("%.17g", 0.1), "0.10000000000000001");
    assert_eq!(pf("%g", 1e+16), "1e+16");
    assert_eq!(pf("%g", 123456.0), "123456");
    assert_eq!(pf("%g", 1234567.0), "1.23457e+06");
    assert_eq!(pf("%e", 1e+300), "1.000000e+300");
    assert_eq!(pf("%E", 1.5e-300), "1.500000E-300");
    assert_eq!(pf("%10.4f", 10000000000.0), "10000000000.0000");
    assert_eq!(pf("%.3f", 1e+22), "10000000000000000000000.000");
    assert_eq!(pf("%-+12.4e", -1234.5678), "-1.2346e+03 ");
    assert_eq!(pf("%012.4e", -1234.5678), "-01.2346e+03");
    assert_eq!(pf("%#x", 1.0), "1.00000");
}

#[test]
fn percent_str_matches_cpython() {
    assert_eq!(ps("%05s", "ab"), "   ab");
    assert_eq!(ps("%-5s", "ab"), "ab   ");
    assert_eq!(ps("%.1s", "ab"), "a");
    assert_eq!(ps("%5.1s", "ab"), "    a");
    assert_eq!(ps("%.0s", "ab"), "");
    assert_eq!(ps("%-8.3s", "héllo wörld"), "hél     ");
    assert_eq!(ps("%10s", "日本語"), "       日本語");
    assert_eq!(ps("%.2s", "日本語"), "日本");
    assert_eq!(ps("%3s", "abcdef"), "abcdef");
    assert_eq!(ps("%-3s", "abcdef"), "abcdef");
    assert_eq!(ps("%s", ""), "");
    assert_eq!(ps("%4s", ""), "    ");
    assert_eq!(ps("%.1r", "'ab'"), "'");
    assert_eq!(ps("%6r", "'ab'"), "  'ab'");
    assert_eq!(ps("%-6a", "'\\xe9'"), "'\\xe9'");
    assert_eq!(ps("%.3a", "'\\xe9'"), "'\\x");
    assert_eq!(ps("%.0c", "a"), "a");
    assert_eq!(ps("%05c", "a"), "    a");
    assert_eq!(ps("%-3c", "a"), "a  ");
}

/// The stack-buffer path of machine ints agrees with the BigInt path for
/// every flag combination and widths on both sides of its buffer.
#[test]
fn percent_i64_matches_bigint_path() {
    for flags in ["", "-", "+", " ", "0", "#", "-0", "+0", " 0", "#0", "-+ 0#"] {
        for width in ["", "1", "5", "63", "64", "65", "80"] {
            for conv in ["d", "i", "u", "o", "x", "X"] {
                let s = spec(&format!("%{flags}{width}{conv}"));
                for v in [0i64, 9, -9, 255, -4096, i64::MAX, i64::MIN] {
                    let mut out = String::from(">");
                    push_percent_i64(&mut out, v, &s);
                    assert_eq!(
                        out[1..],
                        percent_format_int(&BigInt::from(v), &s),
                        "{s:?} {v}"
                    );
                }
            }
        }
    }
}
