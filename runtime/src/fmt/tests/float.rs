//! Float text conversions (`repr`, `%f`/`%e`/`%g`, `round`, `float()`,
//! `repr(complex)`) checked against values printed by CPython 3.11.

use super::super::float::*;

#[test]
fn repr_matches_cpython() {
    assert_eq!(float_repr(0.0), "0.0");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(1.0), "1.0");
    assert_eq!(float_repr(-1.0), "-1.0");
    assert_eq!(float_repr(1.5), "1.5");
    assert_eq!(float_repr(0.1), "0.1");
    assert_eq!(float_repr(0.30000000000000004), "0.30000000000000004");
    assert_eq!(float_repr(0.3333333333333333), "0.3333333333333333");
    assert_eq!(float_repr(0.6666666666666666), "0.6666666666666666");
    assert_eq!(float_repr(1e+16), "1e+16");
    assert_eq!(float_repr(1000000000000000.0), "1000000000000000.0");
    assert_eq!(float_repr(9999999999999998.0), "9999999999999998.0");
    assert_eq!(float_repr(1e+17), "1e+17");
    assert_eq!(float_repr(1e+22), "1e+22");
    assert_eq!(float_repr(1e+23), "1e+23");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(1e-05), "1e-05");
    assert_eq!(float_repr(0.00012345), "0.00012345");
    assert_eq!(float_repr(1.5e+300), "1.5e+300");
    assert_eq!(float_repr(-1.5e-300), "-1.5e-300");
    assert_eq!(float_repr(5e-324), "5e-324");
    assert_eq!(float_repr(-5e-324), "-5e-324");
    assert_eq!(
        float_repr(1.7976931348623157e+308),
        "1.7976931348623157e+308"
    );
    assert_eq!(
        float_repr(2.2250738585072014e-308),
        "2.2250738585072014e-308"
    );
    assert_eq!(float_repr(1.2345678901234568e+17), "1.2345678901234568e+17");
    assert_eq!(float_repr(100.0), "100.0");
    assert_eq!(float_repr(1234.5), "1234.5");
    assert_eq!(float_repr(9007199254740992.0), "9007199254740992.0");
    assert_eq!(float_repr(9007199254740994.0), "9007199254740994.0");
    assert_eq!(float_repr(2.000000000000001e+16), "2.000000000000001e+16");
    assert_eq!(float_repr(0.3), "0.3");
    assert_eq!(float_repr(1e+100), "1e+100");
    assert_eq!(float_repr(1e-100), "1e-100");
    assert_eq!(float_repr(4.35), "4.35");
    assert_eq!(float_repr(12345678.9), "12345678.9");
    assert_eq!(float_repr(f64::INFINITY), "inf");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(1e-07), "1e-07");
    assert_eq!(float_repr(123.456), "123.456");
    assert_eq!(float_repr(std::f64::consts::PI), "3.141592653589793");
    assert_eq!(float_repr(std::f64::consts::E), "2.718281828459045");
    assert_eq!(float_str(-0.0), "-0.0");
    assert_eq!(float_str(1e16), "1e+16");
    assert_eq!(float_str(0.1), "0.1");
}

#[test]
fn fixed_matches_cpython() {
    assert_eq!(format_float_fixed(0.125, 2), "0.12");
    assert_eq!(format_float_fixed(0.375, 2), "0.38");
    assert_eq!(format_float_fixed(2.675, 2), "2.67");
    assert_eq!(format_float_fixed(1.005, 2), "1.00");
    assert_eq!(format_float_fixed(0.5, 0), "0");
    assert_eq!(format_float_fixed(1.5, 0), "2");
    assert_eq!(format_float_fixed(2.5, 0), "2");
    assert_eq!(format_float_fixed(-0.5, 0), "-0");
    assert_eq!(format_float_fixed(9.5, 0), "10");
    assert_eq!(format_float_fixed(0.95, 1), "0.9");
    assert_eq!(
        format_float_fixed(0.1, 30),
        "0.100000000000000005551115123126"
    );
    assert_eq!(
        format_float_fixed(0.1, 60),
        "0.100000000000000005551115123125782702118158340454101562500000"
    );
    assert_eq!(format_float_fixed(1e+23, 0), "99999999999999991611392");
    assert_eq!(format_float_fixed(1e+23, 3), "99999999999999991611392.000");
    assert_eq!(
        format_float_fixed(5e-324, 330),
        "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656"
    );
    assert_eq!(format_float_fixed(5e-324, 20), "0.00000000000000000000");
    assert_eq!(
        format_float_fixed(1.7976931348623157e+308, 2),
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"
    );
    assert_eq!(format_float_fixed(-0.0, 3), "-0.000");
    assert_eq!(format_float_fixed(-0.0001, 1), "-0.0");
    assert_eq!(format_float_fixed(123.456, 6), "123.456000");
    assert_eq!(format_float_fixed(1e-300, 10), "0.0000000000");
    assert_eq!(format_float_fixed(0.045, 2), "0.04");
    assert_eq!(format_float_fixed(1234567.891, 1), "1234567.9");
    assert_eq!(format_float_fixed(f64::INFINITY, 2), "inf");
    assert_eq!(format_float_fixed(f64::NEG_INFINITY, 0), "-inf");
    assert_eq!(format_float_fixed(f64::NAN, 3), "nan");
    assert_eq!(
        format_float_fixed(9.5367431640625e-07, 25),
        "0.0000009536743164062500000"
    );
    assert_eq!(
        format_float_fixed(0.3333333333333333, 17),
        "0.33333333333333331"
    );
    assert_eq!(format_float_fixed(-1e+16, 2), "-10000000000000000.00");
    assert_eq!(format_float_fixed(0.6666666666666666, 0), "1");
}

#[test]
fn exp_matches_cpython() {
    assert_eq!(format_float_exp(0.0, 0, false), "0e+00");
    assert_eq!(format_float_exp(1.0, 0, false), "1e+00");
    assert_eq!(format_float_exp(9.5, 0, false), "1e+01");
    assert_eq!(format_float_exp(1.5, 0, true), "2E+00");
    assert_eq!(format_float_exp(12345.678, 2, false), "1.23e+04");
    assert_eq!(
        format_float_exp(1e+23, 20, false),
        "9.99999999999999916114e+22"
    );
    assert_eq!(format_float_exp(5e-324, 3, false), "4.941e-324");
    assert_eq!(
        format_float_exp(5e-324, 25, true),
        "4.9406564584124654417656879E-324"
    );
    assert_eq!(format_float_exp(-0.0, 2, false), "-0.00e+00");
    assert_eq!(
        format_float_exp(0.1, 25, false),
        "1.0000000000000000555111512e-01"
    );
    assert_eq!(
        format_float_exp(1.7976931348623157e+308, 16, false),
        "1.7976931348623157e+308"
    );
    assert_eq!(format_float_exp(2.5e-05, 1, true), "2.5E-05");
    assert_eq!(format_float_exp(123456789.0, 3, false), "1.235e+08");
    assert_eq!(format_float_exp(f64::INFINITY, 3, true), "INF");
    assert_eq!(format_float_exp(f64::NAN, 3, false), "nan");
    assert_eq!(format_float_exp(f64::NEG_INFINITY, 3, false), "-inf");
    assert_eq!(format_float_exp(1e+100, 0, true), "1E+100");
    assert_eq!(format_float_exp(0.000123, 6, false), "1.230000e-04");
    assert_eq!(format_float_exp(9.9999, 2, false), "1.00e+01");
    assert_eq!(format_float_exp(99.5, 1, false), "1.0e+02");
}

#[test]
fn general_matches_cpython() {
    assert_eq!(format_float_general(1e-05, 6, false, false), "1e-05");
    assert_eq!(format_float_general(0.0001, 6, false, false), "0.0001");
    assert_eq!(format_float_general(123456.0, 6, false, false), "123456");
    assert_eq!(
        format_float_general(1234567.0, 6, false, false),
        "1.23457e+06"
    );
    assert_eq!(
        format_float_general(1234567.0, 6, true, false),
        "1.23457E+06"
    );
    assert_eq!(format_float_general(1e+22, 6, false, false), "1e+22");
    assert_eq!(format_float_general(0.5, 0, false, false), "0.5");
    assert_eq!(format_float_general(1.0, 6, false, true), "1.00000");
    assert_eq!(format_float_general(1.0, 0, false, true), "1.");
    assert_eq!(format_float_general(100.0, 2, false, false), "1e+02");
    assert_eq!(format_float_general(100.0, 3, false, false), "100");
    assert_eq!(format_float_general(100.0, 2, false, true), "1.0e+02");
    assert_eq!(
        format_float_general(0.1, 20, false, false),
        "0.10000000000000000555"
    );
    assert_eq!(
        format_float_general(0.1, 17, false, false),
        "0.10000000000000001"
    );
    assert_eq!(format_float_general(-0.0, 6, false, false), "-0");
    assert_eq!(format_float_general(-0.0, 6, false, true), "-0.00000");
    assert_eq!(format_float_general(f64::INFINITY, 6, true, false), "INF");
    assert_eq!(format_float_general(f64::NAN, 6, true, true), "NAN");
    assert_eq!(format_float_general(1e-300, 3, true, false), "1E-300");
    assert_eq!(format_float_general(5e-324, 1, false, false), "5e-324");
    assert_eq!(format_float_general(999999.5, 6, false, false), "1e+06");
    assert_eq!(format_float_general(9.5, 1, false, false), "1e+01");
    assert_eq!(format_float_general(1.5e-05, 2, true, true), "1.5E-05");
    assert_eq!(format_float_general(123.456, 4, false, false), "123.5");
    assert_eq!(
        format_float_general(1.1805916207174113e+21, 30, false, false),
        "1180591620717411303424"
    );
}

#[test]
fn round_matches_cpython() {
    assert_eq!(float_repr(round_float(2.675, 2)), "2.67");
    assert_eq!(float_repr(round_float(0.5, 0)), "0.0");
    assert!(!round_float(0.5, 0).is_sign_negative());
    assert_eq!(float_repr(round_float(1.5, 0)), "2.0");
    assert_eq!(float_repr(round_float(2.5, 0)), "2.0");
    assert_eq!(float_repr(round_float(-0.5, 0)), "-0.0");
    assert!(round_float(-0.5, 0).is_sign_negative());
    assert_eq!(float_repr(round_float(-2.5, 0)), "-2.0");
    assert_eq!(float_repr(round_float(0.125, 2)), "0.12");
    assert_eq!(float_repr(round_float(0.375, 2)), "0.38");
    assert_eq!(float_repr(round_float(1.005, 2)), "1.0");
    assert_eq!(float_repr(round_float(123.456, -1)), "120.0");
    assert_eq!(float_repr(round_float(125.0, -1)), "120.0");
    assert_eq!(float_repr(round_float(135.0, -1)), "140.0");
    assert_eq!(float_repr(round_float(5000.0, -4)), "0.0");
    assert!(!round_float(5000.0, -4).is_sign_negative());
    assert_eq!(float_repr(round_float(15000.0, -4)), "20000.0");
    assert_eq!(float_repr(round_float(-15000.0, -4)), "-20000.0");
    assert_eq!(float_repr(round_float(12345.678, -2)), "12300.0");
    assert_eq!(float_repr(round_float(0.1, 1)), "0.1");
    assert_eq!(float_repr(round_float(0.1, 400)), "0.1");
    assert_eq!(float_repr(round_float(0.1, 323)), "0.1");
    assert_eq!(float_repr(round_float(1e+300, -300)), "1e+300");
    assert_eq!(float_repr(round_float(1.5e+300, -300)), "2e+300");
    assert_eq!(float_repr(round_float(1e-320, 322)), "1e-320");
    assert_eq!(float_repr(round_float(5e-324, 323)), "0.0");
    assert!(!round_float(5e-324, 323).is_sign_negative());
    assert_eq!(float_repr(round_float(5e-324, 324)), "5e-324");
    assert_eq!(float_repr(round_float(1.0, -309)), "0.0");
    assert!(!round_float(1.0, -309).is_sign_negative());
    assert_eq!(float_repr(round_float(-1.0, -309)), "-0.0");
    assert!(round_float(-1.0, -309).is_sign_negative());
    assert_eq!(float_repr(round_float(-0.4, 0)), "-0.0");
    assert!(round_float(-0.4, 0).is_sign_negative());
    assert_eq!(float_repr(round_float(-0.0001, 2)), "-0.0");
    assert!(round_float(-0.0001, 2).is_sign_negative());
    assert_eq!(float_repr(round_float(1e+22, -22)), "1e+22");
    assert_eq!(float_repr(round_float(f64::INFINITY, 2)), "inf");
    assert_eq!(float_repr(round_float(f64::NEG_INFINITY, -2)), "-inf");
    assert_eq!(float_repr(round_float(f64::NAN, 1)), "nan");
    assert_eq!(float_repr(round_float(0.285, 2)), "0.28");
    assert_eq!(float_repr(round_float(1.0000000000000002, 15)), "1.0");
    assert_eq!(
        float_repr(round_float(1.0000000000000002, 16)),
        "1.0000000000000002"
    );
    assert_eq!(
        round_float_checked(1.7976931348623157e308, -308),
        Err("rounded value too large to represent".to_string())
    );
    assert_eq!(round_float(1.7976931348623157e308, -308), f64::INFINITY);
    assert_eq!(
        round_float_checked(1.7976931348623157e308, -307),
        Err("rounded value too large to represent".to_string())
    );
    assert_eq!(
        round_float_checked(1.7976931348623157e308, -305),
        Err("rounded value too large to represent".to_string())
    );
    assert_eq!(
        float_repr(round_float(1.7976931348623157e308, -300)),
        "1.79769313e+308"
    );
    assert_eq!(
        float_repr(round_float(1.7976931348623157e308, -290)),
        "1.7976931348623157e+308"
    );
}

#[test]
fn complex_repr_matches_cpython() {
    assert_eq!(format_complex_repr(1.0, 2.0), "(1+2j)");
    assert_eq!(format_complex_repr(0.0, 2.0), "2j");
    assert_eq!(format_complex_repr(-0.0, -1.0), "(-0-1j)");
    assert_eq!(format_complex_repr(0.0, -0.0), "-0j");
    assert_eq!(format_complex_repr(-0.0, 0.0), "(-0+0j)");
    assert_eq!(format_complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
    assert_eq!(format_complex_repr(0.0, 1e+20), "1e+20j");
    assert_eq!(format_complex_repr(1.5, -2.5), "(1.5-2.5j)");
    assert_eq!(
        format_complex_repr(f64::INFINITY, f64::NEG_INFINITY),
        "(inf-infj)"
    );
    assert_eq!(format_complex_repr(1e+16, 1e-05), "(1e+16+1e-05j)");
    assert_eq!(format_complex_repr(0.0, f64::NAN), "nanj");
    assert_eq!(format_complex_repr(-f64::NAN, -f64::NAN), "(nan+nanj)");
    assert_eq!(format_complex_repr(3.0, 0.0), "(3+0j)");
    assert_eq!(format_complex_repr(-1.0, -0.0), "(-1-0j)");
    assert_eq!(format_complex_repr(0.1, 0.2), "(0.1+0.2j)");
}

fn pf(s: &str) -> String {
    match parse_float(s) {
        Some(v) if v.is_nan() => format!("nan{}", if v.is_sign_negative() { "-" } else { "+" }),
        Some(v) => float_repr(v),
        None => "ERR".to_string(),
    }
}

#[test]
fn parse_float_matches_cpython() {
    assert_eq!(pf("1"), "1.0");
    assert_eq!(pf("-1"), "-1.0");
    assert_eq!(pf("  1.5  "), "1.5");
    assert_eq!(pf("\t\n1e5\r"), "100000.0");
    assert_eq!(pf(".5"), "0.5");
    assert_eq!(pf("5."), "5.0");
    assert_eq!(pf("+.5"), "0.5");
    assert_eq!(pf("-5."), "-5.0");
    assert_eq!(pf("."), "ERR");
    assert_eq!(pf("e5"), "ERR");
    assert_eq!(pf("1e"), "ERR");
    assert_eq!(pf("1e+"), "ERR");
    assert_eq!(pf("1e-5"), "1e-05");
    assert_eq!(pf("1E+05"), "100000.0");
    assert_eq!(pf("inf"), "inf");
    assert_eq!(pf("-inf"), "-inf");
    assert_eq!(pf("+INF"), "inf");
    assert_eq!(pf("infinity"), "inf");
    assert_eq!(pf("-iNfINity"), "-inf");
    assert_eq!(pf("infinit"), "ERR");
    assert_eq!(pf("nan"), "nan+");
    assert_eq!(pf("-nan"), "nan-");
    assert_eq!(pf("+NaN"), "nan+");
    assert_eq!(pf("nan(1)"), "ERR");
    assert_eq!(pf("in_f"), "ERR");
    assert_eq!(pf("1_000.5"), "1000.5");
    assert_eq!(pf("1_0.5_5e1_0"), "105500000000.0");
    assert_eq!(pf("1_"), "ERR");
    assert_eq!(pf("_1"), "ERR");
    assert_eq!(pf("1__0"), "ERR");
    assert_eq!(pf(" 1_0 "), "10.0");
    assert_eq!(pf("1_.5"), "ERR");
    assert_eq!(pf("1._5"), "ERR");
    assert_eq!(pf("1e_5"), "ERR");
    assert_eq!(pf("1_e5"), "ERR");
    assert_eq!(pf("0x10"), "ERR");
    assert_eq!(pf("1d5"), "ERR");
    assert_eq!(pf(""), "ERR");
    assert_eq!(pf("   "), "ERR");
    assert_eq!(pf("1\u{0}"), "ERR");
    assert_eq!(pf("1e999999999999999999999"), "inf");
    assert_eq!(pf("-1e-999999999999999999999"), "-0.0");
    assert_eq!(pf("-0"), "-0.0");
    assert_eq!(
        pf("0.000000000000000000000000000000000000000000001e-280"),
        "0.0"
    );
    assert_eq!(pf("١٢.٥"), "12.5");
    assert_eq!(pf("\u{2000} 1.25\u{3000}"), "1.25");
    assert_eq!(pf("\u{a0}1"), "1.0");
    assert_eq!(pf("\u{1c}1"), "ERR");
    assert_eq!(pf("1\u{1f}"), "ERR");
    assert_eq!(pf("1 2"), "ERR");
    assert_eq!(pf("- 1"), "ERR");
    assert_eq!(pf("++1"), "ERR");
    assert_eq!(pf("1.5e3.2"), "ERR");
    assert_eq!(pf("2.2250738585072011e-308"), "2.225073858507201e-308");
    assert_eq!(pf("9007199254740993"), "9007199254740992.0");
    assert_eq!(pf("0.1e-0"), "0.1");
    assert_eq!(pf("00000.00001"), "1e-05");
    assert_eq!(
        pf("11111111111111111111111111111111111111111111111111e-40"),
        "1111111111.1111112"
    );
    assert_eq!(pf("4.9406564584124654e-324"), "5e-324");
    assert_eq!(pf("2.4703282292062327e-324"), "0.0");
    assert_eq!(pf("2.4703282292062328e-324"), "5e-324");
    assert_eq!(pf("1.7976931348623158e308"), "1.7976931348623157e+308");
    assert_eq!(pf("1.7976931348623159e308"), "inf");
}

#[test]
fn int_to_float_matches_cpython() {
    use num_bigint::BigInt;
    let big = |s: &str| s.parse::<BigInt>().unwrap_or_default();
    assert_eq!(
        float_repr(bigint_to_f64(&big("0")).unwrap_or(f64::NAN)),
        "0.0"
    );
    assert_eq!(
        float_repr(bigint_to_f64(&big("-1")).unwrap_or(f64::NAN)),
        "-1.0"
    );
    assert_eq!(
        float_repr(bigint_to_f64(&big("9007199254740993")).unwrap_or(f64::NAN)),
        "9007199254740992.0"
    );
    assert_eq!(
        float_repr(bigint_to_f64(&big("9007199254740995")).unwrap_or(f64::NAN)),
        "9007199254740996.0"
    );
    assert_eq!(
        float_repr(bigint_to_f64(&big("10000000000000000000000")).unwrap_or(f64::NAN)),
        "1e+22"
    );
    assert_eq!(
        float_repr(bigint_to_f64(&big("100000000000000000000000")).unwrap_or(f64::NAN)),
        "1e+23"
    );
    assert_eq!(float_repr(bigint_to_f64(&big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")).unwrap_or(f64::NAN)), "1.7976931348623157e+308");
    assert_eq!(float_repr(bigint_to_f64(&big("-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")).unwrap_or(f64::NAN)), "-1.7976931348623157e+308");
    assert_eq!(
        bigint_to_f64(&big(
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"
        )),
        None
    );
    assert_eq!(
        bigint_to_f64(&big(
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        )),
        None
    );
    assert_eq!(
        bigint_to_f64(&big(
            "-1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        )),
        None
    );
}

/// `float()`'s short-decimal fast path agrees with the general parser on
/// every digit/point pattern it takes.
#[test]
fn short_decimals_parse_exactly() {
    let mut seed = 0x2545f4914f6cdd1du64;
    for _ in 0..20000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let digits = (seed % 17) as usize;
        let text: String = (0..digits)
            .map(|k| char::from(b'0' + ((seed >> (4 + 3 * k)) % 10) as u8))
            .collect();
        let point = (seed >> 60) as usize % (digits + 1);
        let s = format!("{}.{}", &text[..point], &text[point..]);
        let want = s.parse::<f64>().ok();
        assert_eq!(
            parse_float(&s).map(f64::to_bits),
            want.map(f64::to_bits),
            "{s}"
        );
        assert_eq!(
            parse_float(&text).map(f64::to_bits),
            text.parse::<f64>().ok().map(f64::to_bits),
            "{text}"
        );
    }
    assert_eq!(
        parse_float("-0.0").map(f64::to_bits),
        Some((-0.0f64).to_bits())
    );
    assert_eq!(parse_float("."), None);
    assert_eq!(parse_float("1.2.3"), None);
    assert_eq!(parse_float(" 1.5\n"), Some(1.5));
}

#[test]
fn repr_from_ryu_matches_layout() {
    // `with_float_repr` hands on ryu's text only where it is CPython's:
    // compare with the laid-out text across magnitudes, around the
    // notation boundaries (`decpt` -4/-3 and 16/17) and at random bits.
    let mut xs = vec![
        0.0,
        -0.0,
        1e16,
        9999999999999998.0,
        1e15,
        0.0001,
        0.00009999,
    ];
    for e in -330..320 {
        for m in [1.0, 1.5, 9.999999999999998, 2.5e-1, 7.0, 123456789.0] {
            xs.push(m * 10f64.powi(e));
        }
    }
    let mut bits: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..100_000 {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        xs.push(f64::from_bits(bits));
    }
    for x in xs {
        for x in [x, -x] {
            assert_eq!(float_repr(x), float_repr_laid_out(x), "{x:e}");
        }
    }
}
