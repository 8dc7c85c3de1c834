//! Randomness: one seeded, counter-based generator family with an explicit algorithm.
//!
//! Every random draw in the engine comes from a [`Stream`] whose key is derived from the run's seed and
//! a fixed list of tags (purpose, epoch, batch, layer). A stream is SplitMix64 (Steele, Lea & Flood,
//! 2014): the i-th output is `mix(key + i·γ)`, so a draw depends only on (seed, tags, index) and never
//! on which thread asked for it or how many threads there are. Dropout masks use the same idea with a
//! 32-bit mixer (murmur3's finaliser) evaluated eight lanes at a time with `wide`.
//!
//! Normal draws use Marsaglia's polar method with our own `ln` (basic IEEE operations only), so
//! initial weights are bit-identical on every platform.

use wide::u32x8;

const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// SplitMix64's output function.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Derives a stream key from a seed and a list of tags (order matters).
pub fn derive_key(seed: u64, tags: &[u64]) -> u64 {
    let mut h = mix64(seed ^ 0x5851_F42D_4C95_7F2D);
    for &t in tags {
        h = mix64(h ^ mix64(t.wrapping_add(GAMMA)));
    }
    h
}

/// Purposes of the engine's streams, used as the first tag of a key.
pub mod purpose {
    pub const INIT: u64 = 1;
    pub const SHUFFLE: u64 = 2;
    pub const DROPOUT: u64 = 3;
    pub const JITTER: u64 = 4;
}

/// A SplitMix64 stream: `key` selects the stream, `counter` counts the draws made so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stream {
    pub key: u64,
    pub counter: u64,
}

impl Stream {
    pub fn new(seed: u64, tags: &[u64]) -> Self {
        Stream {
            key: derive_key(seed, tags),
            counter: 0,
        }
    }

    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.counter = self.counter.wrapping_add(1);
        mix64(self.key.wrapping_add(self.counter.wrapping_mul(GAMMA)))
    }

    /// Uniform in [0, 1) with 53 random bits.
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform integer in [0, n) by the multiply-high method (bias below 2⁻³² for n < 2³²); 0 for
    /// n = 0, where the range is empty.
    #[inline]
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// Standard normal by Marsaglia's polar method.
    pub fn normal(&mut self) -> f64 {
        loop {
            let u = 2.0 * self.uniform() - 1.0;
            let v = 2.0 * self.uniform() - 1.0;
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                return u * (-2.0 * ln_f64(s) / s).sqrt();
            }
        }
    }

    /// A uniformly random permutation of 0..n (Fisher–Yates).
    pub fn permutation(&mut self, n: usize) -> Vec<u32> {
        let mut p: Vec<u32> = (0..n as u32).collect();
        for i in (1..n).rev() {
            let j = self.below(i as u64 + 1) as usize;
            p.swap(i, j);
        }
        p
    }
}

/// Natural logarithm from basic IEEE operations only (no libm), accurate to about 1 ulp for
/// positive normal inputs: x = m·2^e with m in [√½, √2), ln m = 2·atanh(s), s = (m−1)/(m+1).
pub fn ln_f64(x: f64) -> f64 {
    assert!(
        x > 0.0 && x.is_finite(),
        "ln_f64 takes positive finite input"
    );
    let mut bits = x.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i64;
    if e == 0 {
        // Subnormal: scale up by 2^54 first.
        let y = x * f64::from_bits(0x4350_0000_0000_0000);
        bits = y.to_bits();
        e = ((bits >> 52) & 0x7ff) as i64 - 54;
    }
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    e -= 1023;
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    // atanh series to s^23: |s| ≤ 0.1716 so the first omitted term is below 1e-18 relative.
    let mut poly = 1.0 / 23.0;
    let mut k = 21.0;
    while k >= 1.0 {
        poly = poly * s2 + 1.0 / k;
        k -= 2.0;
    }
    // ln 2 split so that e·LN2_HI is exact for any exponent (fdlibm's constants).
    const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
    const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
    let ef = e as f64;
    ef * LN2_HI + (2.0 * s * poly + ef * LN2_LO)
}

/// Dropout masks: `out[i] = scale` where the hash of (key, i) is at or above `threshold`, else 0.
/// `threshold = drop probability · 2³²`, so a unit is dropped with probability `p` (to 2⁻³²).
/// Counter-based, so the mask of any element depends only on (key, i).
pub fn dropout_mask(out: &mut [f32], key: u64, p: f32, scale: f32) {
    let threshold = (p as f64 * 4_294_967_296.0).min(4_294_967_295.0) as u32;
    let k_lo = key as u32;
    let k_hi = (key >> 32) as u32;
    let scale_bits = u32x8::splat(scale.to_bits());
    let t = u32x8::splat(threshold);
    let mut chunks = out.chunks_exact_mut(8);
    let mut base = 0u32;
    for chunk in &mut chunks {
        let idx = u32x8::new([
            base,
            base + 1,
            base + 2,
            base + 3,
            base + 4,
            base + 5,
            base + 6,
            base + 7,
        ]);
        let h = hash32x8(idx, k_lo, k_hi);
        // Keep where h >= t, i.e. not (t > h). wide's cmp_gt on u32x8 is unsigned.
        let drop = t.cmp_gt(h);
        let bits = (!drop) & scale_bits;
        for (o, b) in chunk.iter_mut().zip(bits.to_array()) {
            *o = f32::from_bits(b);
        }
        base = base.wrapping_add(8);
    }
    for (j, o) in chunks.into_remainder().iter_mut().enumerate() {
        let h = hash32(base.wrapping_add(j as u32), k_lo, k_hi);
        *o = if h >= threshold { scale } else { 0.0 };
    }
}

/// murmur3's 32-bit finaliser applied to a keyed counter.
#[inline]
pub fn hash32(i: u32, k_lo: u32, k_hi: u32) -> u32 {
    let mut x = i.wrapping_mul(0x9E37_79B9).wrapping_add(k_lo) ^ k_hi;
    x ^= x >> 16;
    x = x.wrapping_mul(0x85EB_CA6B);
    x ^= x >> 13;
    x = x.wrapping_mul(0xC2B2_AE35);
    x ^ (x >> 16)
}

#[inline]
fn hash32x8(i: u32x8, k_lo: u32, k_hi: u32) -> u32x8 {
    let mut x = (i * u32x8::splat(0x9E37_79B9) + u32x8::splat(k_lo)) ^ u32x8::splat(k_hi);
    x = x ^ (x >> 16);
    x = x * u32x8::splat(0x85EB_CA6B);
    x = x ^ (x >> 13);
    x = x * u32x8::splat(0xC2B2_AE35);
    x ^ (x >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ln_matches_std_to_an_ulp() {
        let mut s = Stream::new(7, &[]);
        for _ in 0..100_000 {
            let x = f64::from_bits(s.next_u64() >> 2) + 1e-300; // positive, wide range
            if !x.is_finite() || x <= 0.0 {
                continue;
            }
            let a = ln_f64(x);
            let b = x.ln();
            let ulp = f64::EPSILON * b.abs().max(1e-300);
            assert!((a - b).abs() <= 2.0 * ulp, "ln({x}) = {a}, std {b}");
        }
        assert_eq!(ln_f64(1.0), 0.0);
        assert!((ln_f64(f64::MIN_POSITIVE / 8.0) - (f64::MIN_POSITIVE / 8.0).ln()).abs() < 1e-12);
    }

    #[test]
    fn streams_are_reproducible_and_distinct() {
        let mut a = Stream::new(42, &[purpose::SHUFFLE, 3]);
        let mut b = Stream::new(42, &[purpose::SHUFFLE, 3]);
        let mut c = Stream::new(42, &[purpose::SHUFFLE, 4]);
        let va: Vec<u64> = (0..8).map(|_| a.next_u64()).collect();
        let vb: Vec<u64> = (0..8).map(|_| b.next_u64()).collect();
        let vc: Vec<u64> = (0..8).map(|_| c.next_u64()).collect();
        assert_eq!(va, vb);
        assert_ne!(va, vc);
    }

    #[test]
    fn normal_has_unit_moments() {
        let mut s = Stream::new(1, &[purpose::INIT]);
        let n = 200_000;
        let xs: Vec<f64> = (0..n).map(|_| s.normal()).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n as f64;
        assert!(mean.abs() < 0.01, "mean {mean}");
        assert!((var - 1.0).abs() < 0.01, "var {var}");
    }

    #[test]
    fn permutation_is_a_permutation() {
        let mut s = Stream::new(5, &[purpose::SHUFFLE]);
        let mut p = s.permutation(1000);
        assert_ne!(p, (0..1000).collect::<Vec<u32>>());
        p.sort_unstable();
        assert_eq!(p, (0..1000).collect::<Vec<u32>>());
    }

    #[test]
    fn dropout_mask_rate_and_scalar_tail_agree() {
        let mut m = vec![f32::NAN; 100_003];
        dropout_mask(&mut m, 99, 0.2, 1.25);
        let kept = m.iter().filter(|&&x| x == 1.25).count();
        assert_eq!(kept + m.iter().filter(|&&x| x == 0.0).count(), m.len());
        let rate = 1.0 - kept as f64 / m.len() as f64;
        assert!((rate - 0.2).abs() < 0.005, "drop rate {rate}");
        // The vector lanes and the scalar tail (the last 100,003 mod 8 = 3 entries) compute
        // the same hash.
        let (lo, hi) = (99u32, 0u32);
        let n = m.len();
        for (i, &x) in m.iter().enumerate().filter(|&(i, _)| i < 64 || i >= n - 40) {
            let keep = hash32(i as u32, lo, hi) >= (0.2f64 * 4_294_967_296.0) as u32;
            assert_eq!(x == 1.25, keep, "index {i}");
        }
        let mut none = vec![0.0f32; 17];
        dropout_mask(&mut none, 3, 0.0, 1.0);
        assert!(none.iter().all(|&x| x == 1.0));
    }
}
