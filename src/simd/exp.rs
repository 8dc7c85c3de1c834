//! Our own `exp` and `ln` for f32, written with plain f32 arithmetic (no FMA, no libm), so the
//! scalar path gives identical bits on every platform.
//!
//! `exp_f32`: Cody–Waite range reduction `x = n ln2 + r`, `|r| <= ln2/2`, then the degree-7 Taylor
//! polynomial of `e^r` (truncation error below 8e-9 relative on that interval) and an exact scaling
//! by `2^n`. Measured against f64 `exp` on every 1/1000 step of [-87, 88] and 10^6 random points
//! (test `exp_scalar_error_bound`): **max relative error < 1.2e-7** (about 2^-23, one ulp at the
//! bottom of a binade; measured 9.8e-8), asserted by the test with the constant
//! [`EXP_MAX_REL_ERR`]. The vector versions (FMA Horner, same polynomial; measured 7.6e-8) are
//! held to the same bound by `exp_simd_error_bound`.
//!
//! Range: inputs below [`EXP_LO`] (= ln of the smallest normal f32, about -87.34) give exactly 0.0,
//! so no result is subnormal; inputs above [`EXP_HI`] (about 88.72) are clamped to it, so the
//! result is at most ~3.4e38 and never infinite. NaN gives NaN in the scalar version (no UB).
//!
//! `ln_f32`: `x = 2^e m` with `m` in [sqrt(1/2), sqrt(2)), `f = m - 1` (exact),
//! `ln(1+f) = f - f²/2 + s (f²/2 + R(s²))` with `s = f / (2 + f)` and `R` the odd atanh series to
//! `s^9` (truncation below 3e-9 relative), then `+ e ln2` split in two parts. **Max relative error
//! < 1.2e-7** (measured 8.2e-8) over a log-spaced sweep of all positive normal and subnormal f32
//! plus random bit patterns (test `ln_scalar_error_bound`, constant [`LN_MAX_REL_ERR`]).
//! `ln(0) = -inf`, `ln(+inf) = +inf`, negative or NaN inputs give NaN.

/// Inputs below this give `exp_f32(x) == 0.0` (it is ln(f32::MIN_POSITIVE) rounded up).
pub const EXP_LO: f32 = -87.336_54;
/// Inputs above this are clamped to it: `exp_f32(EXP_HI)` is just below `f32::MAX`.
pub const EXP_HI: f32 = 88.7228;
/// The relative error bound of `exp_f32` and of each vector `exp`, asserted by the tests.
pub const EXP_MAX_REL_ERR: f64 = 1.2e-7;
/// The relative error bound of `ln_f32`, asserted by the tests.
pub const LN_MAX_REL_ERR: f64 = 1.2e-7;

pub(crate) const LOG2E: f32 = std::f32::consts::LOG2_E;
/// ln 2 = LN2_HI + LN2_LO; LN2_HI has 9 significant bits so `n * LN2_HI` is exact for |n| <= 2^15.
pub(crate) const LN2_HI: f32 = 355.0 / 512.0;
pub(crate) const LN2_LO: f32 = -2.121_944_4e-4;
/// Adding and subtracting 1.5 * 2^23 rounds an f32 of magnitude < 2^22 to the nearest integer.
pub(crate) const ROUND_MAGIC: f32 = 12_582_912.0;

/// Taylor coefficients 1/k! of e^r, k = 2..=7 (k = 0 and 1 are exactly 1).
pub(crate) const EXP_C2: f32 = 1.0 / 2.0;
pub(crate) const EXP_C3: f32 = 1.0 / 6.0;
pub(crate) const EXP_C4: f32 = 1.0 / 24.0;
pub(crate) const EXP_C5: f32 = 1.0 / 120.0;
pub(crate) const EXP_C6: f32 = 1.0 / 720.0;
pub(crate) const EXP_C7: f32 = 1.0 / 5040.0;

/// 2^k as f32 for k in [-126, 127] (normal range), built from the exponent bits.
#[inline(always)]
fn pow2i(k: i32) -> f32 {
    debug_assert!((-126..=127).contains(&k));
    f32::from_bits(((k + 127) as u32) << 23)
}

/// e^x with max relative error < [`EXP_MAX_REL_ERR`]; see the module docs for the range rules.
#[inline]
pub fn exp_f32(x: f32) -> f32 {
    if x < EXP_LO {
        return 0.0;
    }
    let x = if x > EXP_HI { EXP_HI } else { x };
    // n = round(x / ln2) in [-126, 128]; r = x - n ln2 in two steps (the first one is exact).
    let n = (x * LOG2E + ROUND_MAGIC) - ROUND_MAGIC;
    let r = (x - n * LN2_HI) - n * LN2_LO;
    let q = EXP_C6 + r * EXP_C7;
    let q = EXP_C5 + r * q;
    let q = EXP_C4 + r * q;
    let q = EXP_C3 + r * q;
    let q = EXP_C2 + r * q;
    let q = 1.0 + r * q;
    let p = 1.0 + r * q;
    // 2^n in two factors: n = 128 has no f32 of its own, and each half stays normal.
    // NaN makes `n as i32` 0 (saturating cast, no UB) and p NaN, so NaN comes out.
    let n = n as i32;
    let h = n >> 1;
    p * pow2i(h) * pow2i(n - h)
}

const SQRT2: f32 = std::f32::consts::SQRT_2;
/// 2/k for the odd atanh series terms k = 3, 5, 7, 9.
const LN_L3: f32 = 2.0 / 3.0;
const LN_L5: f32 = 2.0 / 5.0;
const LN_L7: f32 = 2.0 / 7.0;
const LN_L9: f32 = 2.0 / 9.0;

/// Natural logarithm with max relative error < [`LN_MAX_REL_ERR`] (see the module docs).
#[inline]
pub fn ln_f32(x: f32) -> f32 {
    if x <= 0.0 || x.is_nan() {
        return if x == 0.0 {
            f32::NEG_INFINITY
        } else {
            f32::NAN
        };
    }
    if x == f32::INFINITY {
        return x;
    }
    let mut bits = x.to_bits();
    let mut e: i32 = -127;
    if bits < 0x0080_0000 {
        // Subnormal: scale by 2^23 (exact) so the exponent field is meaningful.
        bits = (x * 8_388_608.0).to_bits();
        e -= 23;
    }
    e += (bits >> 23) as i32;
    let mut m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000); // [1, 2)
    if m > SQRT2 {
        m *= 0.5; // exact
        e += 1;
    }
    let f = m - 1.0; // exact (Sterbenz)
    let hfsq = 0.5 * f * f;
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LN_L3 + z * (LN_L5 + z * (LN_L7 + z * LN_L9)));
    let ln_m = f - (hfsq - s * (hfsq + r));
    let ef = e as f32;
    ef * LN2_HI + (ef * LN2_LO + ln_m)
}
