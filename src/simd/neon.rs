//! aarch64 NEON: 4 f32 lanes in a `float32x4_t`. NEON has no masked loads, so tails (at most 3
//! elements) go through a small stack buffer. `fmaxnm`/`fminnm` give the x86 `max(x, 0)` rule for
//! NaN and -0.0 (the number, and +0.0 over -0.0).

use core::arch::aarch64::*;

use super::generic::{isa_kernels, Simd};
use super::Isa;

/// Proof that the CPU supports NEON.
#[derive(Clone, Copy)]
pub(super) struct Neon {
    _private: (),
}

impl Neon {
    /// # Safety
    /// The running CPU must support NEON (Advanced SIMD).
    #[inline(always)]
    pub(super) unsafe fn new_unchecked() -> Self {
        Neon { _private: () }
    }
}

// SAFETY: a `Neon` exists only through `new_unchecked`, whose contract is that the CPU has NEON;
// every method below relies on exactly that (plus the slice checks it does itself).
unsafe impl Simd for Neon {
    const LANES: usize = 4;
    type V = float32x4_t;

    #[inline(always)]
    fn splat(self, x: f32) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vdupq_n_f32(x) }
    }
    #[inline(always)]
    fn load(self, s: &[f32]) -> float32x4_t {
        assert!(s.len() >= 4);
        // SAFETY: NEON by the token; 4 readable f32 at `s` were just checked.
        unsafe { vld1q_f32(s.as_ptr()) }
    }
    #[inline(always)]
    fn store(self, s: &mut [f32], v: float32x4_t) {
        assert!(s.len() >= 4);
        // SAFETY: NEON by the token; 4 writable f32 at `s` were just checked.
        unsafe { vst1q_f32(s.as_mut_ptr(), v) }
    }
    #[inline(always)]
    fn load_partial(self, s: &[f32], fill: f32) -> float32x4_t {
        let mut buf = [fill; 4];
        buf[..s.len()].copy_from_slice(s);
        self.load(&buf)
    }
    #[inline(always)]
    fn store_partial(self, s: &mut [f32], v: float32x4_t) {
        let mut buf = [0.0; 4];
        self.store(&mut buf, v);
        let n = s.len();
        s.copy_from_slice(&buf[..n]);
    }
    #[inline(always)]
    fn add(self, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vaddq_f32(a, b) }
    }
    #[inline(always)]
    fn sub(self, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vsubq_f32(a, b) }
    }
    #[inline(always)]
    fn mul(self, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vmulq_f32(a, b) }
    }
    #[inline(always)]
    fn div(self, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vdivq_f32(a, b) }
    }
    #[inline(always)]
    fn sqrt(self, a: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vsqrtq_f32(a) }
    }
    #[inline(always)]
    fn mul_add(self, a: float32x4_t, b: float32x4_t, c: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token. vfmaq_f32(c, a, b) = c + a * b, fused.
        unsafe { vfmaq_f32(c, a, b) }
    }
    #[inline(always)]
    fn max(self, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token. fmaxnm: a quiet NaN loses to a number; +0 > -0.
        unsafe { vmaxnmq_f32(a, b) }
    }
    #[inline(always)]
    fn min(self, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token.
        unsafe { vminnmq_f32(a, b) }
    }
    #[inline(always)]
    fn keep_where_pos(self, y: float32x4_t, a: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token. fcmgt is false for NaN.
        unsafe {
            let pos = vcgtq_f32(y, vdupq_n_f32(0.0));
            vreinterpretq_f32_u32(vandq_u32(pos, vreinterpretq_u32_f32(a)))
        }
    }
    #[inline(always)]
    fn zero_where_lt(self, v: float32x4_t, x: float32x4_t, bound: f32) -> float32x4_t {
        // SAFETY: NEON, by the token. vbic(a, b) = a & !b.
        unsafe {
            let lt = vcltq_f32(x, vdupq_n_f32(bound));
            vreinterpretq_f32_u32(vbicq_u32(vreinterpretq_u32_f32(v), lt))
        }
    }
    #[inline(always)]
    fn mul_pow2(self, p: float32x4_t, n: float32x4_t) -> float32x4_t {
        // SAFETY: NEON, by the token. n is integral, so the conversion is exact; each half of it
        // is in [-63, 64], so both exponent fields are normal.
        unsafe {
            let n = vcvtq_s32_f32(n);
            let h = vshrq_n_s32::<1>(n);
            let bias = vdupq_n_s32(127);
            let s1 = vreinterpretq_f32_s32(vshlq_n_s32::<23>(vaddq_s32(h, bias)));
            let s2 = vreinterpretq_f32_s32(vshlq_n_s32::<23>(vaddq_s32(vsubq_s32(n, h), bias)));
            vmulq_f32(vmulq_f32(p, s1), s2)
        }
    }
    #[inline(always)]
    fn reduce_add(self, v: float32x4_t) -> f32 {
        // SAFETY: NEON, by the token.
        unsafe { vaddvq_f32(v) }
    }
    #[inline(always)]
    fn reduce_max(self, v: float32x4_t) -> f32 {
        // SAFETY: NEON, by the token.
        unsafe { vmaxnmvq_f32(v) }
    }
}

isa_kernels!(Neon, "neon", Isa::Neon);
