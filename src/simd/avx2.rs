//! x86_64 AVX2 + FMA: 8 f32 lanes in a `__m256`. Tails use `vmaskmovps`, which neither reads nor
//! writes (nor faults on) the masked-off elements.

use core::arch::x86_64::*;

use super::generic::{isa_kernels, Simd};
use super::Isa;

/// Proof that the CPU supports AVX2 and FMA.
#[derive(Clone, Copy)]
pub(super) struct Avx2 {
    _private: (),
}

impl Avx2 {
    /// # Safety
    /// The running CPU must support AVX2 and FMA.
    #[inline(always)]
    pub(super) unsafe fn new_unchecked() -> Self {
        Avx2 { _private: () }
    }

    /// All-ones in the first `n` lanes (n <= 8), for `vmaskmovps` and blends.
    #[inline(always)]
    fn lane_mask(self, n: usize) -> __m256i {
        debug_assert!(n <= 8);
        // SAFETY: `self` proves AVX2 (the only feature these need).
        unsafe {
            _mm256_cmpgt_epi32(
                _mm256_set1_epi32(n as i32),
                _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7),
            )
        }
    }
}

// SAFETY: an `Avx2` exists only through `new_unchecked`, whose contract is that the CPU has AVX2 and
// FMA; every method below relies on exactly that (plus the slice checks it does itself).
unsafe impl Simd for Avx2 {
    const LANES: usize = 8;
    type V = __m256;

    #[inline(always)]
    fn splat(self, x: f32) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_set1_ps(x) }
    }
    #[inline(always)]
    fn load(self, s: &[f32]) -> __m256 {
        assert!(s.len() >= 8);
        // SAFETY: AVX by the token; 8 readable f32 at `s` were just checked.
        unsafe { _mm256_loadu_ps(s.as_ptr()) }
    }
    #[inline(always)]
    fn store(self, s: &mut [f32], v: __m256) {
        assert!(s.len() >= 8);
        // SAFETY: AVX by the token; 8 writable f32 at `s` were just checked.
        unsafe { _mm256_storeu_ps(s.as_mut_ptr(), v) }
    }
    #[inline(always)]
    fn load_partial(self, s: &[f32], fill: f32) -> __m256 {
        assert!(s.len() < 8);
        let mask = self.lane_mask(s.len());
        // SAFETY: AVX by the token; the mask enables exactly the `s.len()` elements of `s`, and
        // masked-off elements are not accessed.
        unsafe {
            let v = _mm256_maskload_ps(s.as_ptr(), mask);
            _mm256_blendv_ps(_mm256_set1_ps(fill), v, _mm256_castsi256_ps(mask))
        }
    }
    #[inline(always)]
    fn store_partial(self, s: &mut [f32], v: __m256) {
        assert!(s.len() < 8);
        let mask = self.lane_mask(s.len());
        // SAFETY: as in `load_partial`: only the `s.len()` elements of `s` are written.
        unsafe { _mm256_maskstore_ps(s.as_mut_ptr(), mask, v) }
    }
    #[inline(always)]
    fn add(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_add_ps(a, b) }
    }
    #[inline(always)]
    fn sub(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_sub_ps(a, b) }
    }
    #[inline(always)]
    fn mul(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_mul_ps(a, b) }
    }
    #[inline(always)]
    fn div(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_div_ps(a, b) }
    }
    #[inline(always)]
    fn sqrt(self, a: __m256) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_sqrt_ps(a) }
    }
    #[inline(always)]
    fn mul_add(self, a: __m256, b: __m256, c: __m256) -> __m256 {
        // SAFETY: FMA, by the token.
        unsafe { _mm256_fmadd_ps(a, b, c) }
    }
    #[inline(always)]
    fn max(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: AVX, by the token. `vmaxps` returns the second operand for NaN or equal zeros.
        unsafe { _mm256_max_ps(a, b) }
    }
    #[inline(always)]
    fn min(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: AVX, by the token. `vminps` has the same second-operand rule.
        unsafe { _mm256_min_ps(a, b) }
    }
    #[inline(always)]
    fn keep_where_pos(self, y: __m256, a: __m256) -> __m256 {
        // SAFETY: AVX, by the token. Ordered compare: NaN is not > 0.
        unsafe { _mm256_and_ps(_mm256_cmp_ps::<_CMP_GT_OQ>(y, _mm256_setzero_ps()), a) }
    }
    #[inline(always)]
    fn zero_where_lt(self, v: __m256, x: __m256, bound: f32) -> __m256 {
        // SAFETY: AVX, by the token.
        unsafe { _mm256_andnot_ps(_mm256_cmp_ps::<_CMP_LT_OQ>(x, _mm256_set1_ps(bound)), v) }
    }
    #[inline(always)]
    fn mul_pow2(self, p: __m256, n: __m256) -> __m256 {
        // SAFETY: AVX2, by the token. n is integral, so the conversion is exact; each half of it
        // is in [-63, 64], so both exponent fields are normal.
        unsafe {
            let n = _mm256_cvtps_epi32(n);
            let h = _mm256_srai_epi32::<1>(n);
            let bias = _mm256_set1_epi32(127);
            let s1 = _mm256_castsi256_ps(_mm256_slli_epi32::<23>(_mm256_add_epi32(h, bias)));
            let s2 = _mm256_castsi256_ps(_mm256_slli_epi32::<23>(_mm256_add_epi32(
                _mm256_sub_epi32(n, h),
                bias,
            )));
            _mm256_mul_ps(_mm256_mul_ps(p, s1), s2)
        }
    }
    #[inline(always)]
    fn reduce_add(self, v: __m256) -> f32 {
        // SAFETY: AVX, by the token.
        unsafe {
            let s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps::<1>(v));
            let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
            _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)))
        }
    }
    #[inline(always)]
    fn reduce_max(self, v: __m256) -> f32 {
        // SAFETY: AVX, by the token.
        unsafe {
            let s = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps::<1>(v));
            let s = _mm_max_ps(s, _mm_movehl_ps(s, s));
            _mm_cvtss_f32(_mm_max_ss(s, _mm_movehdup_ps(s)))
        }
    }
}

isa_kernels!(Avx2, "avx2,fma", Isa::Avx2);
