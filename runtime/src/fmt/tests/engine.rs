//! Checks of the digit engine against an independent big-integer reference
//! (exact decimal expansion + half-even rounding), round-trip properties,
//! the character tables (expectations from CPython 3.11's `unicodedata`),
//! spec parsing details and the no-absurd-allocation guards.

use num_bigint::BigUint;

use super::super::chars::{decimal_value, is_py_space};
use super::super::dtoa::{Decimal, Mode, digits};
use super::super::float::{float_repr, format_float_fixed, mantissa_exponent, parse_float};
use super::super::spec::{
    FormatSpec, apply_padding, format_float, format_int, format_str, parse_format_spec,
    parse_format_spec_for,
};

/// Exact decimal expansion of a finite `x >= 0`, normalized like `Decimal`.
fn exact(x: f64) -> Decimal {
    let (m, e) = mantissa_exponent(x);
    // x = m * 2**e = (m * 5**-e) / 10**-e when e < 0.
    let (text, shift) = if e >= 0 {
        ((BigUint::from(m) << (e as u64)).to_string(), 0)
    } else {
        let scaled = BigUint::from(m) * BigUint::from(5u32).pow((-e) as u32);
        (scaled.to_string(), e)
    };
    let decpt = text.len() as i64 + shift;
    normalize(text.into_bytes(), decpt)
}

fn normalize(mut d: Vec<u8>, mut decpt: i64) -> Decimal {
    let lead = d.iter().take_while(|&&b| b == b'0').count();
    if lead == d.len() {
        return Decimal {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    d.drain(..lead);
    decpt -= lead as i64;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    Decimal { digits: d, decpt }
}

/// Rounds the exact digits to `keep` leading digits, half to even.
fn round_keep(ex: &Decimal, keep: i64) -> Decimal {
    let d = &ex.digits;
    if keep >= d.len() as i64 {
        return ex.clone();
    }
    if keep < 0 {
        return normalize(vec![b'0'], 1);
    }
    let keep = keep as usize;
    let (head, rest) = d.split_at(keep);
    let last_odd = head.last().is_some_and(|b| (b - b'0') % 2 == 1);
    let up = rest[0] > b'5' || (rest[0] == b'5' && (rest.len() > 1 || last_odd));
    let mut head = head.to_vec();
    let mut decpt = ex.decpt;
    if up {
        let mut i = head.len();
        loop {
            if i == 0 {
                head.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if head[i] == b'9' {
                head[i] = b'0';
            } else {
                head[i] += 1;
                break;
            }
        }
    }
    if head.is_empty() {
        return normalize(vec![b'0'], 1);
    }
    normalize(head, decpt)
}

/// Deterministic xorshift stream of interesting doubles.
fn samples() -> Vec<f64> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut out = vec![
        0.0,
        5e-324,
        2.2250738585072014e-308,
        f64::MAX,
        0.5,
        2.5,
        0.125,
        2.675,
        1e23,
    ];
    for i in 0..3000 {
        let r = next();
        let x = match i % 4 {
            0 => f64::from_bits(r & 0x7fff_ffff_ffff_ffff),
            1 => (r % 1_000_000) as f64 / 1024.0,
            2 => f64::from_bits(r % 0x0010_0000_0000_0000),
            _ => (r % 100_000_000) as f64 * 10f64.powi((r % 40) as i32 - 20),
        };
        if x.is_finite() {
            out.push(x);
        }
    }
    out
}

#[test]
fn engine_matches_bigint_reference() {
    for x in samples() {
        let ex = exact(x);
        for n in [0usize, 1, 2, 3, 6, 10, 17, 25, 40, 330, 1080] {
            let want = round_keep(&ex, ex.decpt + n as i64);
            assert_eq!(digits(x, Mode::Fixed(n)), want, "fixed {x:e} {n}");
        }
        for n in [1usize, 2, 3, 5, 9, 16, 17, 18, 30, 770, 5000] {
            let want = round_keep(&ex, n as i64);
            assert_eq!(digits(x, Mode::Significant(n)), want, "sig {x:e} {n}");
        }
    }
}

/// Every precision the 128-bit mode-3 path takes (and its edges), against
/// the reference, on the samples and on quarter, tenth and tie values.
#[test]
fn fixed_exact_matches_bigint_reference() {
    let mut xs = samples();
    for i in 0..4000u32 {
        xs.push(f64::from(i) / 4.0);
        xs.push(f64::from(i) / 10.0 + 0.005);
        xs.push(f64::from(i) * 1e-6);
        xs.push(2f64.powi(i as i32 % 80 - 20) * 1.5);
    }
    xs.extend([0.5, 1.5, 2.5, 0.125, 0.375, 1e-300, 1.8e19, 3.6e19, 7.2e19]);
    for x in xs {
        let ex = exact(x);
        for n in 0usize..=21 {
            let want = round_keep(&ex, ex.decpt + n as i64);
            assert_eq!(digits(x, Mode::Fixed(n)), want, "fixed {x:e} {n}");
        }
    }
}

#[test]
fn repr_round_trips() {
    for x in samples() {
        assert_eq!(parse_float(&float_repr(x)), Some(x), "{x:e}");
        assert_eq!(
            parse_float(&float_repr(-x)).map(f64::to_bits),
            Some((-x).to_bits())
        );
    }
}

#[test]
fn huge_precision_is_padded_not_recomputed() {
    let s = format_float_fixed(0.1, 2000);
    assert_eq!(s.len(), 2002);
    assert!(s.starts_with("0.1000000000000000055511151231257827021181583404541015625000"));
    assert!(s.ends_with("0000"));
}

#[test]
fn char_tables_match_unicodedata() {
    let cases = [
        ('7', Some(7)),
        ('\u{665}', Some(5)),
        ('\u{ff19}', Some(9)),
        ('\u{1d7ff}', Some(9)),
        ('\u{1fbf9}', Some(9)),
        ('\u{b2}', None),
        ('\u{2167}', None),
        ('a', None),
        ('\u{660}', Some(0)),
        ('\u{65f}', None),
        ('\u{1946}', Some(0)),
        ('\u{19da}', None),
    ];
    for (c, want) in cases {
        assert_eq!(decimal_value(c), want, "{c:?}");
    }
    let spaces = [
        ('\u{1c}', true),
        ('\u{1f}', true),
        ('\u{85}', true),
        ('\u{200b}', false),
        ('\u{feff}', false),
        ('\u{180e}', false),
        ('\u{2007}', true),
        ('\u{7f}', false),
    ];
    for (c, want) in spaces {
        assert_eq!(is_py_space(c), want, "{c:?}");
    }
}

#[test]
fn parse_spec_fields() {
    let s = parse_format_spec("*<+z#012,.3f").unwrap_or_default();
    let want = FormatSpec {
        fill: '*',
        align: Some('<'),
        sign: Some('+'),
        z: true,
        alternate: true,
        zero: false,
        width: Some(12),
        grouping: Some(','),
        precision: Some(3),
        ty: Some('f'),
    };
    assert_eq!(s, want);
    let z = parse_format_spec("05").unwrap_or_default();
    assert_eq!(
        (z.fill, z.zero, z.align, z.width),
        ('0', true, None, Some(5))
    );
    let u = parse_format_spec("\u{661}\u{660}_").unwrap_or_default();
    assert_eq!((u.width, u.grouping, u.ty), (Some(10), Some('_'), None));
    assert_eq!(
        parse_format_spec("").unwrap_or_default(),
        FormatSpec::default()
    );
    assert_eq!(
        parse_format_spec("xx"),
        Err("Invalid format specifier".to_string())
    );
    assert_eq!(
        parse_format_spec_for("10xx", "float"),
        Err("Invalid format specifier '10xx' for object of type 'float'".to_string())
    );
}

#[test]
fn padding_counts_code_points() {
    let spec = FormatSpec {
        fill: 'é',
        width: Some(7),
        ..FormatSpec::default()
    };
    assert_eq!(apply_padding("日本", &spec, '^'), "éé日本ééé");
    assert_eq!(apply_padding("日本", &spec, '>'), "ééééé日本");
    assert_eq!(apply_padding("日本", &spec, '<'), "日本ééééé");
    assert_eq!(
        apply_padding("日本語日本語日本語", &spec, '<'),
        "日本語日本語日本語"
    );
}

#[test]
fn absurd_sizes_are_rejected_without_allocating() {
    let wide = FormatSpec {
        width: Some(usize::MAX / 2),
        ..FormatSpec::default()
    };
    let err = Err("width too big".to_string());
    assert_eq!(format_str("a", &wide), err);
    assert_eq!(format_float(1.0, &wide), err);
    assert_eq!(format_int(&1.into(), &wide), err);
    let precise = FormatSpec {
        precision: Some(usize::MAX),
        ty: Some('f'),
        ..FormatSpec::default()
    };
    assert_eq!(
        format_float(1.0, &precise),
        Err("precision too big".to_string())
    );
    let truncating = FormatSpec {
        precision: Some(usize::MAX),
        ..FormatSpec::default()
    };
    assert_eq!(format_str("abc", &truncating), Ok("abc".to_string()));
}

#[test]
fn surrogate_char_is_an_error() {
    let c = FormatSpec {
        ty: Some('c'),
        ..FormatSpec::default()
    };
    assert_eq!(
        format_int(&0xd800.into(), &c),
        Err("surrogates not allowed".to_string())
    );
    assert_eq!(format_int(&0x1f600.into(), &c), Ok("\u{1f600}".to_string()));
}
