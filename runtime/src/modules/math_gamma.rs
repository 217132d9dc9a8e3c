//! `math.gamma` and `math.lgamma` by the Lanczos approximation (g ≈ 6.02,
//! 13 terms), with exact factorials for small integers — the method and
//! coefficients CPython uses, so results agree to the last bit.

#![allow(
    clippy::excessive_precision,
    reason = "the published Lanczos coefficients, kept digit for digit"
)]

use super::math::{domain_error, range_error};
use crate::errors::PyResult;
use crate::types::float::is_integer;
use std::f64::consts::PI;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + NUM[i];
            den = den * x + DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + NUM[i];
            den = den / x + DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate for large x.
fn sinpi(x: f64) -> f64 {
    let y = crate::types::float::fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

pub fn tgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error());
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if is_integer(x) {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= 23.0 {
            let mut r = 1.0f64;
            let mut k = 2.0;
            while k < x {
                r *= k;
                k += 1.0;
            }
            return Ok(r);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range_error());
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(range_error());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

pub fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if is_integer(x) && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain_error());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}
