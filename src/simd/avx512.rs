//! x86_64 AVX-512F: 16 f32 lanes in a `__m512`. Tails use masked loads and stores (masked-off
//! elements are neither accessed nor fault), so a 10-wide softmax row is one vector; `2^n`
//! scaling is `vscalefps`.

use core::arch::x86_64::*;

use super::generic::{isa_kernels, Simd};
use super::Isa;

/// Proof that the CPU supports AVX-512F and the AVX2, FMA and F16C that rustc's `avx512f` feature
/// implies (so code compiled for it may use them).
#[derive(Clone, Copy)]
pub(super) struct Avx512 {
    _private: (),
}

impl Avx512 {
    /// # Safety
    /// The running CPU must support AVX-512F, AVX2, FMA and F16C.
    #[inline(always)]
    pub(super) unsafe fn new_unchecked() -> Self {
        Avx512 { _private: () }
    }
}

/// The mask of the first `n` lanes (n < 16).
#[inline(always)]
fn lane_mask(n: usize) -> __mmask16 {
    debug_assert!(n < 16);
    ((1u32 << n) - 1) as __mmask16
}

// SAFETY: an `Avx512` exists only through `new_unchecked`, whose contract is that the CPU has
// AVX-512F (and what rustc's feature implies); every method below relies on exactly that (plus the
// slice checks it does itself).
unsafe impl Simd for Avx512 {
    const LANES: usize = 16;
    type V = __m512;

    #[inline(always)]
    fn splat(self, x: f32) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_set1_ps(x) }
    }
    #[inline(always)]
    fn load(self, s: &[f32]) -> __m512 {
        assert!(s.len() >= 16);
        // SAFETY: AVX-512F by the token; 16 readable f32 at `s` were just checked.
        unsafe { _mm512_loadu_ps(s.as_ptr()) }
    }
    #[inline(always)]
    fn store(self, s: &mut [f32], v: __m512) {
        assert!(s.len() >= 16);
        // SAFETY: AVX-512F by the token; 16 writable f32 at `s` were just checked.
        unsafe { _mm512_storeu_ps(s.as_mut_ptr(), v) }
    }
    #[inline(always)]
    fn load_partial(self, s: &[f32], fill: f32) -> __m512 {
        assert!(s.len() < 16);
        // SAFETY: AVX-512F by the token; the mask enables exactly the `s.len()` elements of `s`,
        // and masked-off elements are not accessed.
        unsafe { _mm512_mask_loadu_ps(_mm512_set1_ps(fill), lane_mask(s.len()), s.as_ptr()) }
    }
    #[inline(always)]
    fn store_partial(self, s: &mut [f32], v: __m512) {
        assert!(s.len() < 16);
        // SAFETY: as in `load_partial`: only the `s.len()` elements of `s` are written.
        unsafe { _mm512_mask_storeu_ps(s.as_mut_ptr(), lane_mask(s.len()), v) }
    }
    #[inline(always)]
    fn add(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_add_ps(a, b) }
    }
    #[inline(always)]
    fn sub(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_sub_ps(a, b) }
    }
    #[inline(always)]
    fn mul(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_mul_ps(a, b) }
    }
    #[inline(always)]
    fn div(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_div_ps(a, b) }
    }
    #[inline(always)]
    fn sqrt(self, a: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_sqrt_ps(a) }
    }
    #[inline(always)]
    fn mul_add(self, a: __m512, b: __m512, c: __m512) -> __m512 {
        // SAFETY: AVX-512F (which includes the 512-bit FMA), by the token.
        unsafe { _mm512_fmadd_ps(a, b, c) }
    }
    #[inline(always)]
    fn max(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token. `vmaxps` returns the second operand for NaN or equal zeros.
        unsafe { _mm512_max_ps(a, b) }
    }
    #[inline(always)]
    fn min(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token. `vminps` has the same second-operand rule.
        unsafe { _mm512_min_ps(a, b) }
    }
    #[inline(always)]
    fn keep_where_pos(self, y: __m512, a: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token. Ordered compare: NaN is not > 0.
        unsafe { _mm512_maskz_mov_ps(_mm512_cmp_ps_mask::<_CMP_GT_OQ>(y, _mm512_setzero_ps()), a) }
    }
    #[inline(always)]
    fn zero_where_lt(self, v: __m512, x: __m512, bound: f32) -> __m512 {
        // SAFETY: AVX-512F, by the token.
        unsafe {
            let lt = _mm512_cmp_ps_mask::<_CMP_LT_OQ>(x, _mm512_set1_ps(bound));
            _mm512_mask_mov_ps(v, lt, _mm512_setzero_ps())
        }
    }
    #[inline(always)]
    fn mul_pow2(self, p: __m512, n: __m512) -> __m512 {
        // SAFETY: AVX-512F, by the token. `vscalefps` computes p * 2^floor(n) with one rounding,
        // so n = 128 needs no splitting.
        unsafe { _mm512_scalef_ps(p, n) }
    }
    #[inline(always)]
    fn reduce_add(self, v: __m512) -> f32 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_reduce_add_ps(v) }
    }
    #[inline(always)]
    fn reduce_max(self, v: __m512) -> f32 {
        // SAFETY: AVX-512F, by the token.
        unsafe { _mm512_reduce_max_ps(v) }
    }
}

isa_kernels!(Avx512, "avx512f", Isa::Avx512);
