//! `int(str, base)` parsing and `hex()`/`oct()`/`bin()` rendering checked
//! against CPython 3.11.

use num_bigint::BigInt;

use super::super::int::*;

fn pi(s: &str, base: u32) -> String {
    parse_int(s, base).map_or_else(|| "ERR".to_string(), |v| v.to_string())
}

fn radix(v: &str, r: u32, prefix: bool) -> String {
    int_to_str_radix(&v.parse::<BigInt>().unwrap_or_default(), r, prefix)
}

#[test]
fn parse_int_matches_cpython() {
    assert_eq!(pi("0x_1f", 0), "31");
    assert_eq!(pi("0x_1f", 16), "31");
    assert_eq!(pi("0_0", 0), "0");
    assert_eq!(pi("00", 0), "0");
    assert_eq!(pi("010", 0), "ERR");
    assert_eq!(pi("0_7", 0), "ERR");
    assert_eq!(pi(" -0b101 ", 0), "-5");
    assert_eq!(pi("0b1", 16), "177");
    assert_eq!(pi("0x", 16), "ERR");
    assert_eq!(pi("0x_", 16), "ERR");
    assert_eq!(pi("+_1", 10), "ERR");
    assert_eq!(pi("1__0", 10), "ERR");
    assert_eq!(pi("1_0_", 10), "ERR");
    assert_eq!(pi("- 1", 10), "ERR");
    assert_eq!(pi("0o17", 8), "15");
    assert_eq!(pi("0O17", 0), "15");
    assert_eq!(pi("z", 36), "35");
    assert_eq!(pi("Z", 36), "35");
    assert_eq!(pi("1", 1), "ERR");
    assert_eq!(pi("1", 37), "ERR");
    assert_eq!(pi("09", 0), "ERR");
    assert_eq!(pi("0_0_1", 0), "ERR");
    assert_eq!(pi("0x1__f", 16), "ERR");
    assert_eq!(pi("0x__1", 16), "ERR");
    assert_eq!(pi("١٢", 10), "12");
    assert_eq!(pi("", 10), "ERR");
    assert_eq!(pi("  ", 10), "ERR");
    assert_eq!(pi("-", 10), "ERR");
    assert_eq!(pi("_", 10), "ERR");
    assert_eq!(pi("1 2", 10), "ERR");
    assert_eq!(pi("\t12\n", 10), "12");
    assert_eq!(pi("12L", 10), "ERR");
    assert_eq!(pi("0b", 0), "ERR");
    assert_eq!(pi("-0", 0), "0");
    assert_eq!(pi("\u{1c}1", 10), "ERR");
    assert_eq!(pi("1\u{1f}", 10), "ERR");
    assert_eq!(pi("\u{a0}1", 10), "1");
    assert_eq!(pi("\u{3000}-7\u{2000}", 10), "-7");
    assert_eq!(pi("1\u{0}", 10), "ERR");
    assert_eq!(
        pi("123456789012345678901234567890", 10),
        "123456789012345678901234567890"
    );
    assert_eq!(pi("-0xDEADbeef", 0), "-3735928559");
    assert_eq!(pi("0b1012", 0), "ERR");
    assert_eq!(pi("0o8", 0), "ERR");
    assert_eq!(pi("0o8", 8), "ERR");
    assert_eq!(pi("777", 8), "511");
    assert_eq!(pi("778", 8), "ERR");
    assert_eq!(pi("1_000_000", 0), "1000000");
    assert_eq!(pi("1_000_000", 7), "117649");
    assert_eq!(pi("helloworld", 36), "1767707668033969");
    assert_eq!(pi("-ZZ", 36), "-1295");
    assert_eq!(pi("0xg", 16), "ERR");
    assert_eq!(pi("0b_1_0", 2), "2");
    assert_eq!(pi("0b__1", 2), "ERR");
    assert_eq!(pi("++1", 10), "ERR");
    assert_eq!(pi("+-1", 10), "ERR");
    assert_eq!(pi("0x1f", 0), "31");
    assert_eq!(pi("0X1F", 0), "31");
    assert_eq!(pi("10", 2), "2");
    assert_eq!(pi("10", 3), "3");
    assert_eq!(pi("a", 10), "ERR");
    assert_eq!(pi("a", 11), "10");
    assert_eq!(pi("0B11", 0), "3");
    assert_eq!(pi("0_", 0), "ERR");
    assert_eq!(pi("0 ", 0), "0");
    assert_eq!(pi(" 0", 0), "0");
    assert_eq!(pi("𝟙𝟘", 10), "10");
    assert_eq!(pi("๒๓", 16), "35");
}

#[test]
fn radix_matches_cpython() {
    assert_eq!(radix("0", 16, true), "0x0");
    assert_eq!(radix("0", 8, true), "0o0");
    assert_eq!(radix("0", 2, true), "0b0");
    assert_eq!(radix("5", 16, true), "0x5");
    assert_eq!(radix("5", 8, true), "0o5");
    assert_eq!(radix("5", 2, true), "0b101");
    assert_eq!(radix("-5", 16, true), "-0x5");
    assert_eq!(radix("-5", 8, true), "-0o5");
    assert_eq!(radix("-5", 2, true), "-0b101");
    assert_eq!(radix("31", 16, true), "0x1f");
    assert_eq!(radix("31", 8, true), "0o37");
    assert_eq!(radix("31", 2, true), "0b11111");
    assert_eq!(radix("-31", 16, true), "-0x1f");
    assert_eq!(radix("-31", 8, true), "-0o37");
    assert_eq!(radix("-31", 2, true), "-0b11111");
    assert_eq!(radix("255", 16, true), "0xff");
    assert_eq!(radix("255", 8, true), "0o377");
    assert_eq!(radix("255", 2, true), "0b11111111");
    assert_eq!(
        radix("18446744073709551616", 16, true),
        "0x10000000000000000"
    );
    assert_eq!(
        radix("18446744073709551616", 8, true),
        "0o2000000000000000000000"
    );
    assert_eq!(
        radix("18446744073709551616", 2, true),
        "0b10000000000000000000000000000000000000000000000000000000000000000"
    );
    assert_eq!(
        radix("-1180591620717411303421", 16, true),
        "-0x3ffffffffffffffffd"
    );
    assert_eq!(
        radix("-1180591620717411303421", 8, true),
        "-0o177777777777777777777775"
    );
    assert_eq!(
        radix("-1180591620717411303421", 2, true),
        "-0b1111111111111111111111111111111111111111111111111111111111111111111101"
    );
    assert_eq!(radix("-255", 16, false), "-ff");
    assert_eq!(radix("-255", 10, true), "-255");
    assert_eq!(radix("35", 36, false), "z");
    assert_eq!(radix("35", 99, true), "35");
}

/// The two-digits-per-step decimal rendering agrees with `to_string` at
/// every digit count and at the extremes.
#[test]
fn decimal_i64_matches_to_string() {
    let mut values = vec![
        0i64,
        1,
        9,
        10,
        99,
        100,
        101,
        i64::MIN,
        i64::MAX,
        i64::MIN + 1,
    ];
    let mut p = 1i64;
    for _ in 0..18 {
        values.extend([p - 1, p, p + 1, 7 * p, -p, -(p - 1)]);
        p *= 10;
    }
    for v in values {
        let mut buf = [0u8; 20];
        assert_eq!(crate::fmt::decimal_i64(&mut buf, v, true), v.to_string());
        let mut buf = [0u8; 20];
        assert_eq!(
            crate::fmt::decimal_i64(&mut buf, v, false),
            v.unsigned_abs().to_string()
        );
    }
}
