//! The AVX2 + FMA register tile of the packed product: 6 × 16, twelve 8-lane accumulators.

super::packed::register_tile! {
    /// The 6 × 16 AVX2 + FMA tile.
    Avx2 {
        features: "avx2,fma",
        available: is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"),
        lanes: 8,
        zero: _mm256_setzero_ps,
        load: _mm256_load_ps,
        loadu: _mm256_loadu_ps,
        storeu: _mm256_storeu_ps,
        set1: _mm256_set1_ps,
        fmadd: _mm256_fmadd_ps,
        mul: _mm256_mul_ps,
        add: _mm256_add_ps,
    }
}
