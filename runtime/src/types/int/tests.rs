//! Unit tests of the pure integer helpers; expected values come from
//! CPython 3.11.

use super::arith::{
    floor_divmod_i64, frexp, int_round, ldexp, mod_inverse, small_quotient, true_divide,
};
use super::*;
use num_integer::Integer;
use num_traits::{One, Pow};

/// Evaluates small expressions such as `3*2^1075`, `2^1024-2^970`, `-7`.
fn ev(s: &str) -> BigInt {
    let mut total = BigInt::zero();
    let mut term = String::new();
    let mut sign = 1;
    let flush = |term: &str, sign: i32, total: &mut BigInt| {
        if term.is_empty() {
            return;
        }
        let mut prod = BigInt::from(1);
        for f in term.split('*') {
            let v = match f.split_once('^') {
                Some((b, e)) => Pow::pow(
                    b.parse::<BigInt>().expect("base"),
                    e.parse::<u32>().expect("exp"),
                ),
                None => f.parse::<BigInt>().expect("int"),
            };
            prod *= v;
        }
        if sign < 0 {
            prod = -prod;
        }
        *total += prod;
    };
    for c in s.chars() {
        if (c == '+' || c == '-') && !term.is_empty() {
            flush(&term, sign, &mut total);
            term.clear();
            sign = if c == '-' { -1 } else { 1 };
        } else if c == '-' {
            sign = -sign;
        } else {
            term.push(c);
        }
    }
    flush(&term, sign, &mut total);
    total
}

#[test]
fn expression_helper() {
    assert_eq!(ev("-1*2^80+1"), -(BigInt::from(1) << 80usize) + 1);
    assert_eq!(
        ev("2^1024-2^970"),
        (BigInt::from(1) << 1024usize) - (BigInt::from(1) << 970usize)
    );
}

#[test]
fn hash_of_ints() {
    assert_eq!(hash_i64(-1), -2);
    assert_eq!(hash_i64(0), 0);
    assert_eq!(hash_i64(5), 5);
    assert_eq!(hash_i64(-5), -5);
    assert_eq!(hash_bigint(&ev("2^61-1")), 0);
    assert_eq!(hash_bigint(&ev("2^61")), 1);
    assert_eq!(hash_bigint(&ev("-2^61")), -2);
    assert_eq!(hash_bigint(&ev("2^100")), 549755813888);
    assert_eq!(hash_bigint(&ev("-2^100")), -549755813888);
    assert_eq!(hash_i64(i64::MIN), -4);
    assert_eq!(hash_bigint(&ev("10^30")), 465258685558744706);
    assert_eq!(hash_bigint(&ev("-10^30")), -465258685558744706);
    assert_eq!(hash_bigint(&ev("2^64")), 8);
    assert_eq!(hash_bigint(&ev("2^200+12345")), 143417);
}

#[test]
fn floor_division_signs() {
    assert_eq!(floor_divmod_i64(7, -2), (-4, -1));
    assert_eq!(floor_divmod_i64(-7, 2), (-4, 1));
    assert_eq!(floor_divmod_i64(7, 2), (3, 1));
    assert_eq!(floor_divmod_i64(-7, -2), (3, -1));
    assert_eq!(floor_divmod_i64(i64::MIN, -1).1, 0);
    let (q, r) = ev("-2^100").div_mod_floor(&BigInt::from(7));
    assert_eq!(q.to_string(), "-181092942889747057356671886483");
    assert_eq!(r, BigInt::from(5));
    let (q, r) = ev("2^100").div_mod_floor(&BigInt::from(-3));
    assert_eq!(q.to_string(), "-422550200076076467165567735126");
    assert_eq!(r, BigInt::from(-2));
}

#[test]
fn bit_operations_on_negatives() {
    let b = |x: i64| BigInt::from(x);
    assert_eq!(b(-5) & b(3), b(3));
    assert_eq!(b(-5) | b(3), b(-5));
    assert_eq!(b(-5) ^ b(3), b(-8));
    assert_eq!(b(-5) >> 1usize, b(-3));
    assert_eq!(-(ev("2^70") + BigInt::from(1)) >> 70usize, b(-2));
}

#[test]
fn true_division_is_correctly_rounded() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("1", "3", Some("0.3333333333333333")),
        ("2^60+1", "3", Some("3.843071682022823e+17")),
        ("10^400", "10^399", Some("10.0")),
        ("1", "10^400", Some("0.0")),
        ("1", "2^1074", Some("5e-324")),
        ("3", "2^1075", Some("1e-323")),
        ("1", "2^1075", Some("0.0")),
        ("3", "2^1076", Some("5e-324")),
        ("3*2^1023", "2", Some("1.348269851146737e+308")),
        ("7*10^300", "3*10^290", Some("23333333333.333332")),
        ("-1*2^80+1", "7", Some("-1.727036885163756e+23")),
        ("2^53+1", "1", Some("9007199254740992.0")),
        ("2^54+3", "2", Some("9007199254740994.0")),
        (
            "12345678901234567890123",
            "98765432109876543210",
            Some("124.9999988609375"),
        ),
        ("1", "3*2^1070", Some("2.5e-323")),
        ("2^1024-2^970", "1", None),
        ("5", "-1*2^1076", Some("-5e-324")),
        ("2^1024-2^969", "1", None),
        ("-7", "2^1080", Some("-0.0")),
        ("10^30", "7", Some("1.4285714285714285e+29")),
        ("2^1074+1", "2^2148", Some("5e-324")),
    ];
    for (a, b, want) in cases {
        let got = true_divide(&ev(a), &ev(b)).ok();
        let want = want.map(|w| w.parse::<f64>().expect("float literal"));
        assert_eq!(
            got.map(f64::to_bits),
            want.map(f64::to_bits),
            "{a} / {b}: got {got:?}, want {want:?}"
        );
    }
}

#[test]
fn int_to_float_conversion() {
    crate::types::init();
    assert_eq!(int_to_f64(&ev("2^53+1")).ok(), Some(9007199254740992.0));
    assert_eq!(int_to_f64(&ev("2^54+3")).ok(), Some(18014398509481988.0));
    assert_eq!(int_to_f64(&ev("2^1024-2^970")).ok(), None);
    assert_eq!(int_to_f64(&ev("2^1024-2^971")).ok(), Some(f64::MAX));
}

#[test]
fn int_float_comparisons_are_exact() {
    let big = ev("2^53+1");
    assert_eq!(
        cmp_int_float(IntVal::Big(&big), 9007199254740992.0),
        Some(Ordering::Greater)
    );
    assert_eq!(cmp_int_float(IntVal::Small(1), 1.0), Some(Ordering::Equal));
    assert_eq!(cmp_int_float(IntVal::Small(1), f64::NAN), None);
    let huge = ev("10^400");
    assert_eq!(
        cmp_int_float(IntVal::Big(&huge), f64::INFINITY),
        Some(Ordering::Less)
    );
    assert_eq!(
        cmp_int_float(IntVal::Big(&huge), 1e308),
        Some(Ordering::Greater)
    );
    let neg = -huge.clone();
    assert_eq!(
        cmp_int_float(IntVal::Big(&neg), -1e308),
        Some(Ordering::Less)
    );
    let s = (1i64 << 60) + 1;
    assert_eq!(
        cmp_int_float(IntVal::Small(s), (1u64 << 60) as f64),
        Some(Ordering::Greater)
    );
    assert_eq!(cmp_int_float(IntVal::Small(-3), -2.5), Some(Ordering::Less));
    let b = ev("2^70");
    assert_eq!(
        cmp_int_float(IntVal::Big(&b), 1180591620717411303424.0),
        Some(Ordering::Equal)
    );
}

#[test]
fn rounding_of_ints() {
    crate::types::init();
    let r = |x: i64, n: i64| {
        as_i64(
            &int_round(&BigInt::from(x), &BigInt::from(n))
                .ok()
                .unwrap_or_else(|| new_int(-999)),
        )
    };
    assert_eq!(r(12345, -2), Some(12300));
    assert_eq!(r(12350, -2), Some(12400));
    assert_eq!(r(-12350, -2), Some(-12400));
    assert_eq!(r(12250, -2), Some(12200));
    assert_eq!(r(15, -1), Some(20));
    assert_eq!(r(25, -1), Some(20));
    assert_eq!(r(5, -1), Some(0));
    assert_eq!(r(15, -70), Some(0));
    assert_eq!(r(15, 3), Some(15));
}

#[test]
fn modular_inverse() {
    let b = |x: i64| BigInt::from(x);
    assert_eq!(mod_inverse(&b(3), &b(7)), Some(b(5)));
    assert_eq!(mod_inverse(&b(4), &b(7)), Some(b(2)));
    assert_eq!(mod_inverse(&b(2), &b(4)), None);
    assert_eq!(mod_inverse(&b(0), &b(7)), None);
}

#[test]
fn frexp_and_ldexp() {
    assert_eq!(frexp(1.0), (0.5, 1));
    assert_eq!(frexp(-3.0), (-0.75, 2));
    assert_eq!(frexp(5e-324), (0.5, -1073));
    assert_eq!(ldexp(1.0, -1074), 5e-324);
    assert_eq!(ldexp(1.0, -1075), 0.0);
    assert_eq!(ldexp(3.0, -1075), 1e-323);
    assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
    assert_eq!(ldexp(0.75, 1024), 1.348269851146737e+308);
    assert_eq!(ldexp(-1.5, 3), -12.0);
}

#[test]
fn str_digit_limit_counting() {
    assert_eq!(counted_digits(b"  -1_000", 10), 4);
    assert_eq!(counted_digits(b"0x1234", 0), 0);
    assert_eq!(counted_digits(b"0x1234", 16), 0);
    assert_eq!(counted_digits(b"1234", 16), 0);
    assert_eq!(counted_digits(b"00012x", 10), 5);
    assert_eq!(counted_digits(b"12__3", 10), 2);
    assert_eq!(counted_digits(b"zz", 36), 2);
}

// --- object-level behaviour (constructors and methods through the protocol) ---

mod objects {
    use crate::errors::{PyResult, exc_data};
    use crate::object::{Obj, Payload};
    use crate::ops;
    use crate::types::{self, builtin};

    fn i(v: i64) -> Obj {
        super::new_int(v)
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
    fn int_call(args: &[Obj]) -> String {
        show(ops::call(&builtin().int, args, None))
    }
    fn meth(v: &Obj, name: &str, args: &[Obj]) -> String {
        show(ops::call_method(v, name, args))
    }

    #[test]
    fn int_constructor() {
        types::init();
        assert_eq!(int_call(&[]), "0");
        assert_eq!(int_call(&[s(" 12_3 ")]), "123");
        assert_eq!(int_call(&[s("0x1f"), i(0)]), "31");
        assert_eq!(int_call(&[s("abc"), i(16)]), "2748");
        assert_eq!(
            int_call(&[s("abc")]),
            "ValueError: invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            int_call(&[s("010"), i(0)]),
            "ValueError: invalid literal for int() with base 0: '010'"
        );
        assert_eq!(
            int_call(&[s("1"), i(1)]),
            "ValueError: int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            int_call(&[crate::types::float::new_float(1.5), i(10)]),
            "TypeError: int() can't convert non-string with explicit base"
        );
        assert_eq!(int_call(&[crate::types::float::new_float(-2.7)]), "-2");
        assert_eq!(
            int_call(&[crate::types::float::new_float(f64::NAN)]),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            int_call(&[crate::types::float::new_float(f64::INFINITY)]),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            int_call(&[builtin().none.clone()]),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
        );
        assert_eq!(int_call(&[types::bytes::new_bytes(b"12".to_vec())]), "12");
        assert_eq!(
            int_call(&[types::bytes::new_bytes(b"abc".to_vec())]),
            "ValueError: invalid literal for int() with base 10: b'abc'"
        );
        assert_eq!(int_call(&[builtin().true_.clone()]), "1");
        let long = "1".repeat(5001);
        assert_eq!(
            int_call(&[s(&long)]),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: \
             value has 5001 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        let a300 = "a".repeat(300);
        let want = format!(
            "ValueError: invalid literal for int() with base 10: '{}",
            "a".repeat(199)
        );
        assert_eq!(int_call(&[s(&a300)]), want);
    }

    #[test]
    fn int_methods() {
        types::init();
        let big = ops::binary_op(&i(10), &i(5000), crate::abi::NB_POWER).expect("10**5000");
        assert_eq!(
            show(ops::repr(&big)),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(meth(&i(-5), "bit_length", &[]), "3");
        assert_eq!(meth(&i(-255), "bit_count", &[]), "8");
        assert_eq!(
            meth(&i(1), "bit_length", &[i(1)]),
            "TypeError: int.bit_length() takes no arguments (1 given)"
        );
        assert_eq!(
            meth(&i(65535), "to_bytes", &[i(4), s("big")]),
            "b'\\x00\\x00\\xff\\xff'"
        );
        assert_eq!(meth(&i(1), "to_bytes", &[]), "b'\\x01'");
        assert_eq!(
            meth(&i(256), "to_bytes", &[i(1), s("big")]),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            meth(&i(-1), "to_bytes", &[i(1), s("big")]),
            "OverflowError: can't convert negative int to unsigned"
        );
        assert_eq!(
            meth(&i(1), "to_bytes", &[i(2), s("middle")]),
            "ValueError: byteorder must be either 'little' or 'big'"
        );
        let from = |data: &[u8], order: &str| {
            show(ops::call_method(
                &builtin().int,
                "from_bytes",
                &[types::bytes::new_bytes(data.to_vec()), s(order)],
            ))
        };
        assert_eq!(from(b"\x01\x00", "big"), "256");
        assert_eq!(from(b"\x01\x00", "little"), "1");
        assert_eq!(from(b"", "big"), "0");
        assert_eq!(meth(&i(12345), "__round__", &[i(-2)]), "12300");
        assert_eq!(meth(&i(12350), "__round__", &[i(-2)]), "12400");
        assert_eq!(
            meth(&i(1), "__round__", &[crate::types::float::new_float(1.0)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(meth(&i(5), "as_integer_ratio", &[]), "(5, 1)");
        assert_eq!(meth(&i(255), "__format__", &[s("#x")]), "'0xff'");
        assert_eq!(meth(&i(-5), "__format__", &[s("#x")]), "'-0x5'");
        assert_eq!(meth(&i(1234567), "__format__", &[s(",")]), "'1,234,567'");
        assert_eq!(meth(&i(-1), "__hash__", &[]), "-2");
        assert_eq!(show(ops::getattr_str(&i(7), "numerator")), "7");
        assert_eq!(show(ops::getattr_str(&i(7), "denominator")), "1");
        assert_eq!(show(ops::getattr_str(&i(7), "imag")), "0");
        let t = builtin().true_.clone();
        assert_eq!(show(Ok(t.clone())), "True");
        assert_eq!(show(ops::getattr_str(&t, "real")), "1");
        assert_eq!(meth(&t, "__format__", &[s("")]), "'True'");
        assert_eq!(meth(&t, "__format__", &[s("d")]), "'1'");
        assert_eq!(meth(&i(5), "__sizeof__", &[]), "28");
        assert_eq!(
            show(ops::call(&builtin().bool_, &[i(1), i(2)], None)),
            "TypeError: bool expected at most 1 argument, got 2"
        );
        assert_eq!(show(ops::call(&builtin().bool_, &[s("")], None)), "False");
    }

    #[test]
    fn comparisons_through_the_protocol() {
        types::init();
        use crate::abi::{CMP_EQ, CMP_GT, CMP_LT};
        let f = crate::types::float::new_float;
        let big = ops::binary_op(&i(2), &i(53), crate::abi::NB_POWER).expect("2**53");
        let big1 = ops::binary_op(&big, &i(1), crate::abi::NB_ADD).expect("2**53+1");
        let fb = f(9007199254740992.0);
        assert_eq!(ops::rich_compare_bool(&big1, &fb, CMP_EQ).ok(), Some(false));
        assert_eq!(ops::rich_compare_bool(&big1, &fb, CMP_GT).ok(), Some(true));
        assert_eq!(ops::rich_compare_bool(&fb, &big1, CMP_LT).ok(), Some(true));
        assert_eq!(
            ops::rich_compare_bool(&i(1), &f(1.0), CMP_EQ).ok(),
            Some(true)
        );
        assert_eq!(
            ops::rich_compare_bool(&i(1), &f(f64::NAN), CMP_LT).ok(),
            Some(false)
        );
        let c = crate::types::complex::new_complex(1.0, 0.0);
        assert_eq!(ops::rich_compare_bool(&c, &i(1), CMP_EQ).ok(), Some(true));
        assert_eq!(
            show(ops::rich_compare(&c, &i(1), CMP_LT)),
            "TypeError: '<' not supported between instances of 'complex' and 'int'"
        );
        assert_eq!(ops::hash(&f(1.0)).ok(), Some(1));
        assert_eq!(ops::hash(&f(-1.0)).ok(), Some(-2));
        assert_eq!(ops::hash(&c).ok(), Some(1));
    }
}

/// The quotient read from the leading digits matches the general division,
/// next to exact multiples too, for shift counts on and off digit
/// boundaries; a remainder handed back is the true one.
#[test]
fn small_quotient_matches_div_mod_floor() {
    let mut checked = 0;
    for ybits in [65u32, 100, 128, 129, 192, 193, 640] {
        for y in [
            (BigInt::one() << (ybits - 1)) + 12345,
            (BigInt::one() << ybits) - 1,
            Pow::pow(BigInt::from(3), ybits * 10 / 16),
        ] {
            if y.bits() <= 64 {
                continue;
            }
            for m in [0u64, 1, 2, 9, 59049, (1 << 32) + 1, (1 << 59) - 1, 1 << 59] {
                for d in [-2i64, -1, 0, 1, 2, 7] {
                    let x = &y * m + d;
                    if x.is_negative() {
                        continue;
                    }
                    let (q, r) = x.div_mod_floor(&y);
                    let (fq, fr) = small_quotient(&x, &y).expect("small quotient");
                    assert_eq!(BigInt::from(fq), q, "{x} // {y}");
                    if let Some(fr) = fr {
                        assert_eq!(fr, r, "{x} % {y}");
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 700);
    // Out of range: negative operands, one-digit divisors, big quotients.
    let y = BigInt::one() << 100usize;
    assert!(small_quotient(&-(&y * 3u64), &y).is_none());
    assert!(small_quotient(&(&y * 3u64), &-y.clone()).is_none());
    assert!(small_quotient(&y, &BigInt::from(7)).is_none());
    assert!(small_quotient(&(&y << 61usize), &y).is_none());
}

#[test]
fn reuse_writes_only_into_unshared_exact_big_ints() {
    use super::reuse::binop_reusing;
    use crate::abi::{NB_ADD, NB_FLOOR_DIVIDE, NB_MULTIPLY, NB_SUBTRACT};
    crate::types::init();
    let big = || Pow::pow(BigInt::from(3), 100u32);
    let value = |o: &Obj| as_bigint(o).expect("an int");
    // A temporary on the left takes the sum, the difference, the product.
    for (op, k, want) in [
        (NB_ADD, -5i64, big() - 5),
        (NB_SUBTRACT, -5, big() + 5),
        (NB_MULTIPLY, -3, big() * -3),
    ] {
        let a = new_bigint(big());
        let r = binop_reusing(a.word(), new_int(k).word(), op, 1, 0).expect("reused");
        assert!(r.is(&a), "the result is the temporary itself");
        assert_eq!(value(&r), want);
    }
    // On the right: `k - tmp` and `k * tmp`.
    let b = new_bigint(big());
    let r = binop_reusing(new_int(7).word(), b.word(), NB_SUBTRACT, 0, 1).expect("reused");
    assert!(r.is(&b));
    assert_eq!(value(&r), 7 - big());
    // A result that fits a tagged int comes back tagged.
    let a = new_bigint(big());
    let minus = new_bigint(-big() + 4);
    let r = binop_reusing(a.word(), minus.word(), NB_ADD, 1, 0).expect("reused");
    assert_eq!(r.small_int(), Some(4));
    // Another reference, a big multiplier, a subclass operand, division,
    // the same object twice: the general path.
    let a = new_bigint(big());
    let alias = a.clone();
    assert!(binop_reusing(a.word(), new_int(1).word(), NB_ADD, 1, 0).is_none());
    assert_eq!(value(&alias), big());
    drop(alias);
    assert!(binop_reusing(a.word(), new_bigint(big()).word(), NB_MULTIPLY, 1, 0).is_none());
    assert!(binop_reusing(a.word(), new_int(3).word(), NB_FLOOR_DIVIDE, 1, 0).is_none());
    assert!(binop_reusing(a.word(), a.word(), NB_ADD, 1, 1).is_none());
    assert!(binop_reusing(a.word(), new_int(1).word(), NB_ADD, 0, 0).is_none());
    let b = crate::types::builtin();
    let sub = crate::types::typeobj::new_class(
        &b.type_,
        "Sub",
        std::slice::from_ref(&b.int),
        &crate::types::dict::new_dict(),
    )
    .expect("class Sub(int)");
    let s = crate::types::typeobj::type_call(&sub, &[new_bigint(big())], &[]).expect("Sub(x)");
    assert!(binop_reusing(a.word(), s.word(), NB_ADD, 1, 0).is_none());
    assert!(binop_reusing(s.word(), new_int(1).word(), NB_ADD, 1, 0).is_none());
    assert_eq!(value(&a), big());
}
