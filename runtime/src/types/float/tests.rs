//! Unit tests of the pure float helpers; expected values come from
//! CPython 3.11.

use super::*;

fn r(x: f64) -> String {
    crate::fmt::float::float_repr(x)
}

#[test]
fn divmod_matches_cpython() {
    let fcases: &[(f64, f64, &str, &str)] = &[
        (7.5, -2.0, "-4.0", "-0.5"),
        (-7.5, 2.0, "-4.0", "0.5"),
        (-0.0, 5.0, "-0.0", "0.0"),
        (0.0, -5.0, "-0.0", "-0.0"),
        (1.0, f64::INFINITY, "0.0", "1.0"),
        (-1.0, f64::INFINITY, "-1.0", "inf"),
        (1e+308, 1e-308, "inf", "3.498445546245627e-309"),
        (f64::INFINITY, 1.0, "nan", "nan"),
        (5.0, 0.1, "49.0", "0.09999999999999973"),
        (-5.0, 0.1, "-50.0", "2.7755575615628914e-16"),
        (1.0, 3.0, "0.0", "1.0"),
        (-1.0, 3.0, "-1.0", "2.0"),
    ];
    for &(a, b, q, m) in fcases {
        let (gq, gm) = float_divmod(a, b);
        assert_eq!(
            (r(gq), r(gm)),
            (q.to_string(), m.to_string()),
            "divmod({a}, {b})"
        );
        assert_eq!(r(float_mod(a, b)), m, "{a} % {b}");
    }
}

#[test]
fn hash_matches_cpython() {
    let hcases: &[(f64, i64)] = &[
        (1.5, 1152921504606846977),
        (-1.5, -1152921504606846977),
        (0.1, 230584300921369408),
        (1e+300, 1224995262755759164),
        (-0.0, 0),
        (1e-300, 482449582752280463),
        (5e-324, 16777216),
        (2.305843009213694e+18, 1),
        (4.611686018427388e+18, 2),
        (-1.2676506002282294e+30, -549755813888),
        (123456.789, 1819310134279660096),
        (1e+22, 1864712049423028464),
        (9.313225746154785e-10, 2147483648),
        (std::f64::consts::PI, 326490430436040707),
        (0.3333333333333333, 768614336404564608),
        (f64::INFINITY, 314159),
        (f64::NEG_INFINITY, -314159),
        (-1.0, -2),
        (12.0, 12),
    ];
    for &(x, h) in hcases {
        assert_eq!(hash_f64(x), h, "hash({x})");
    }
}

#[test]
fn pow_special_cases() {
    crate::types::init();
    let p = |a: f64, b: f64| float_pow_value(a, b).ok();
    assert_eq!(p(2.0, 10.0), Some(Ok(1024.0)));
    assert_eq!(p(0.0, 0.0), Some(Ok(1.0)));
    assert_eq!(p(1.0, f64::NAN), Some(Ok(1.0)));
    assert_eq!(p(-1.0, f64::INFINITY), Some(Ok(1.0)));
    assert_eq!(p(0.0, f64::NEG_INFINITY), Some(Ok(f64::INFINITY)));
    assert_eq!(p(f64::INFINITY, -1.0), Some(Ok(0.0)));
    assert_eq!(p(f64::NEG_INFINITY, 3.0), Some(Ok(f64::NEG_INFINITY)));
    assert_eq!(p(-2.0, 3.0), Some(Ok(-8.0)));
    assert_eq!(p(2.0, -1074.0), Some(Ok(5e-324)));
    assert_eq!(p(10.0, -400.0), Some(Ok(0.0)));
    assert_eq!(
        p(-8.0, 1.0 / 3.0),
        Some(Err((1.0000000000000002, 1.7320508075688772)))
    );
    assert_eq!(
        p(-2.0, 0.5),
        Some(Err((8.659560562354934e-17, std::f64::consts::SQRT_2)))
    );
    // Overflow and 0 ** negative raise.
    assert!(float_pow_value(10.0, 400.0).is_err());
    assert!(float_pow_value(0.0, -1.0).is_err());
    assert!(float_pow_value(-0.0, -2.5).is_err());
    let neg_zero = float_pow_value(-0.0, 3.0).ok().and_then(|r| r.ok());
    assert!(neg_zero.is_some_and(|z| z == 0.0 && z.is_sign_negative()));
}

#[test]
fn float_int_comparisons() {
    let big = num_bigint::BigInt::from(1u64 << 53) + 1;
    let i = IntVal::Big(&big);
    assert!(!compare_float_int(9007199254740992.0, i, CMP_EQ));
    assert!(compare_float_int(9007199254740992.0, i, CMP_LT));
    assert!(compare_float_int(f64::NAN, IntVal::Small(1), CMP_NE));
    assert!(!compare_float_int(f64::NAN, IntVal::Small(1), CMP_LT));
    assert!(compare_float_int(1.0, IntVal::Small(1), CMP_EQ));
    assert!(compare_float_int(1.5, IntVal::Small(1), CMP_GT));
    assert!(compare_float_int(-0.5, IntVal::Small(0), CMP_LT));
}

#[test]
fn hex_round_trip() {
    assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(float_hex(0.0), "0x0.0p+0");
    assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
    assert_eq!(float_hex(2.5), "0x1.4000000000000p+1");
    assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(float_hex(1e308), "0x1.1ccf385ebc8a0p+1023");
    assert_eq!(float_hex(2.225073858507201e-308), "0x0.fffffffffffffp-1022");
    let fh = |s: &str| float_fromhex(s).ok();
    assert_eq!(fh("0x1.8p1"), Some(3.0));
    assert_eq!(fh("abc"), Some(2748.0));
    assert_eq!(fh("0x1.fffffffffffff8p0"), Some(2.0));
    assert_eq!(fh("-0X.8P-1"), Some(-0.25));
    assert_eq!(fh(" inf "), Some(f64::INFINITY));
    assert_eq!(fh("-Infinity"), Some(f64::NEG_INFINITY));
    assert_eq!(fh("0x1p-1074"), Some(5e-324));
    assert_eq!(fh("0x1p-1075"), Some(0.0));
    assert_eq!(fh("0x3p-1076"), Some(5e-324));
    assert_eq!(fh("1.8"), Some(1.5));
    assert_eq!(fh("0x1."), Some(1.0));
    assert_eq!(fh("1e3"), Some(483.0));
    assert_eq!(fh("0x1.fffffffffffffp1023"), Some(f64::MAX));
    assert_eq!(fh("0x0p99999999999999999999999"), Some(0.0));
    assert_eq!(fh("0x1p-99999999999999999999999"), Some(0.0));
    assert!(fh("nan").is_some_and(f64::is_nan));
    for bad in ["0x.", "0x1p", "0x1p+", "", "0x1_0", "0x 1"] {
        assert_eq!(fh(bad), None, "{bad:?}");
    }
    for big in [
        "0x1.fffffffffffff8p1023",
        "0x1p99999999999999999999999",
        "0x1p1024",
    ] {
        assert_eq!(fh(big), None, "{big:?}");
    }
}

#[test]
fn integer_ratio() {
    crate::types::init();
    let ratio = |x: f64| {
        as_integer_ratio(x)
            .ok()
            .map(|(n, d)| (int::as_bigint(&n), int::as_bigint(&d)))
    };
    let b = |x: i64| Some(num_bigint::BigInt::from(x));
    assert_eq!(ratio(1.5), Some((b(3), b(2))));
    assert_eq!(ratio(-0.25), Some((b(-1), b(4))));
    assert_eq!(ratio(8.0), Some((b(8), b(1))));
    assert_eq!(ratio(0.0), Some((b(0), b(1))));
}

/// `round(x, n)`'s integer fast path agrees with the dtoa path bit for
/// bit wherever it answers, and answers for the common cases.
#[test]
fn round_fast_matches_dtoa() {
    assert_eq!(round_decimal_fast(2.675, 2), Some(2.67));
    assert_eq!(round_decimal_fast(0.125, 2), Some(0.12));
    assert_eq!(round_decimal_fast(0.375, 2), Some(0.38));
    assert_eq!(
        round_decimal_fast(-0.001, 2).map(f64::to_bits),
        Some((-0.0f64).to_bits())
    );
    assert_eq!(round_decimal_fast(1e300, 2), None);
    assert_eq!(round_decimal_fast(1.5, 23), None);
    let mut state = 0x2545f4914f6cdd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut answered = 0;
    for i in 0..200_000 {
        let x = match i % 4 {
            0 => f64::from_bits(next()),
            1 => (next() % 2_000_000) as f64 / 7.3 - 100_000.0,
            2 => (next() % 100_000) as f64 / 1000.0 + 0.0005,
            _ => f64::from_bits((next() & 0x000f_ffff_ffff_ffff) | (((next() % 120) + 960) << 52)),
        };
        let nd = (next() % 25) as i64;
        if let Some(fast) = round_decimal_fast(x, nd) {
            answered += 1;
            let slow = crate::fmt::float::round_float_checked(x, nd).expect("finite");
            assert_eq!(fast.to_bits(), slow.to_bits(), "round({x:?}, {nd})");
        }
    }
    assert!(answered > 80_000, "{answered}");
}

mod objects {
    use crate::errors::{PyResult, exc_data};
    use crate::object::{Obj, Payload};
    use crate::ops;
    use crate::types::{self, builtin};

    fn f(v: f64) -> Obj {
        super::new_float(v)
    }
    fn s(v: &str) -> Obj {
        types::str::new_str(v)
    }
    fn show(r: PyResult<Obj>) -> String {
        match r {
            Ok(v) => ops::repr_string(&v).unwrap_or_else(|_| "<repr failed>".into()),
            Err(e) => {
                let name = types::type_name_of(e.value());
                let args = exc_data(e.value()).map(|d| d.args.borrow().clone());
                let msg = match args.as_ref().map(|a| a.payload()) {
                    Some(Payload::Tuple(items)) if items.len() == 1 => {
                        types::str::as_str(&items[0]).unwrap_or("?").to_string()
                    }
                    _ => String::new(),
                };
                format!("{name}: {msg}")
            }
        }
    }
    fn meth(v: &Obj, name: &str, args: &[Obj]) -> String {
        show(ops::call_method(v, name, args))
    }
    fn call(t: &Obj, args: &[Obj]) -> String {
        show(ops::call(t, args, None))
    }

    #[test]
    fn constructors() {
        types::init();
        let b = builtin();
        assert_eq!(call(&b.float, &[]), "0.0");
        assert_eq!(call(&b.float, &[s("  1.5 ")]), "1.5");
        assert_eq!(call(&b.float, &[s("-nan")]), "nan");
        assert_eq!(call(&b.float, &[s("1_0.5")]), "10.5");
        assert_eq!(
            call(&b.float, &[s("abc")]),
            "ValueError: could not convert string to float: 'abc'"
        );
        assert_eq!(
            call(&b.float, &[types::list::new_list(vec![])]),
            "TypeError: float() argument must be a string or a real number, not 'list'"
        );
        assert_eq!(
            call(&b.float, &[f(1.0), f(2.0)]),
            "TypeError: float expected at most 1 argument, got 2"
        );
        let big = ops::binary_op(
            &types::int::new_int(2),
            &types::int::new_int(10000),
            crate::abi::NB_POWER,
        )
        .expect("2**10000");
        assert_eq!(
            call(&b.float, &[big]),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(call(&b.complex, &[s("1+2j")]), "(1+2j)");
        assert_eq!(
            call(
                &b.complex,
                &[types::int::new_int(1), types::int::new_int(2)]
            ),
            "(1+2j)"
        );
        assert_eq!(
            call(&b.complex, &[s("1+2j"), types::int::new_int(1)]),
            "TypeError: complex() can't take second arg if first is a string"
        );
        assert_eq!(
            call(&b.complex, &[s("abc")]),
            "ValueError: complex() arg is a malformed string"
        );
        assert_eq!(
            call(&b.complex, &[s("1__0j")]),
            "ValueError: could not convert string to complex: '1__0j'"
        );
        let c = |re, im| types::complex::new_complex(re, im);
        assert_eq!(call(&b.complex, &[c(0.0, 1.0), c(0.0, 1.0)]), "(-1+1j)");
        assert_eq!(
            call(&b.complex, &[c(1.0, 2.0), types::int::new_int(3)]),
            "(1+5j)"
        );
        assert_eq!(
            call(&b.complex, &[types::int::new_int(2), c(0.0, 1.0)]),
            "(1+0j)"
        );
        assert_eq!(
            call(&b.complex, &[types::list::new_list(vec![])]),
            "TypeError: complex() first argument must be a string or a number, not 'list'"
        );
    }

    #[test]
    fn methods() {
        types::init();
        assert_eq!(meth(&f(1.5), "hex", &[]), "'0x1.8000000000000p+0'");
        assert_eq!(meth(&f(1.5), "as_integer_ratio", &[]), "(3, 2)");
        assert_eq!(
            meth(&f(f64::INFINITY), "as_integer_ratio", &[]),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        assert_eq!(meth(&f(2.0), "is_integer", &[]), "True");
        assert_eq!(meth(&f(2.5), "__round__", &[]), "2");
        assert_eq!(meth(&f(3.5), "__round__", &[]), "4");
        assert_eq!(
            meth(&f(0.125), "__round__", &[types::int::new_int(2)]),
            "0.12"
        );
        assert_eq!(
            meth(&f(f64::NAN), "__round__", &[]),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            meth(
                &f(1.7976931348623157e308),
                "__round__",
                &[types::int::new_int(-308)]
            ),
            "OverflowError: rounded value too large to represent"
        );
        assert_eq!(meth(&f(-1.5), "__floor__", &[]), "-2");
        assert_eq!(meth(&f(-1.5), "__ceil__", &[]), "-1");
        assert_eq!(meth(&f(1.5), "__format__", &[s(".3f")]), "'1.500'");
        assert_eq!(meth(&f(1e20), "__format__", &[s("")]), "'1e+20'");
        assert_eq!(
            show(ops::call_method(
                &builtin().float,
                "fromhex",
                &[s("0x1.8p1")]
            )),
            "3.0"
        );
        assert_eq!(show(ops::getattr_str(&f(1.5), "imag")), "0.0");
        let c = types::complex::new_complex(1.0, 2.0);
        assert_eq!(show(ops::getattr_str(&c, "imag")), "2.0");
        assert_eq!(meth(&c, "conjugate", &[]), "(1-2j)");
        assert_eq!(meth(&c, "__format__", &[s(".2f")]), "'1.00+2.00j'");
        assert_eq!(
            meth(&c, "__format__", &[s("010")]),
            "ValueError: Zero padding is not allowed in complex format specifier"
        );
    }
}

/// `fmod` against Rust's `%` (the software `fmod`, exact too) on random
/// bit patterns over the whole range, subnormals and special values
/// included; `is_integer`, `floor` and `is_odd_integer` against their
/// definitions.
#[test]
fn fmod_and_integer_tests_match_the_definitions() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let same = |a: f64, b: f64| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan());
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        -1.5,
        5e-324,
        -5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    for i in 0..20_000 {
        let bits = next();
        // Every other value near 1.0, so that ratios are sometimes small.
        let x = if i % 2 == 0 {
            f64::from_bits(bits)
        } else {
            f64::from_bits((bits & 0x800f_ffff_ffff_ffff) | ((1000 + (bits >> 52) % 60) << 52))
        };
        values.push(x);
    }
    for (i, &x) in values.iter().enumerate() {
        for &y in values.iter().skip(i % 97).step_by(997).take(25) {
            assert!(same(fmod(x, y), x % y), "fmod({x:e}, {y:e})");
        }
        let integral = x.is_finite() && x == x.floor();
        assert_eq!(is_integer(x), integral, "is_integer({x:e})");
        assert!(same(floor(x), x.floor()), "floor({x:e})");
        assert_eq!(is_odd_integer(x), x.abs() % 2.0 == 1.0, "odd({x:e})");
    }
}
