//! The AVX-512 register tile of the packed product: 6 × 32, twelve 16-lane accumulators. Its sums
//! are the AVX2 tile's, element for element, so it gives the same bits twice as wide.

super::packed::register_tile! {
    /// The 6 × 32 AVX-512F tile (the packing of transposed operands uses AVX2).
    Avx512 {
        features: "avx512f",
        available: is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx2")
            && is_x86_feature_detected!("fma")
            && is_x86_feature_detected!("f16c"),
        lanes: 16,
        zero: _mm512_setzero_ps,
        load: _mm512_load_ps,
        loadu: _mm512_loadu_ps,
        storeu: _mm512_storeu_ps,
        set1: _mm512_set1_ps,
        fmadd: _mm512_fmadd_ps,
        mul: _mm512_mul_ps,
        add: _mm512_add_ps,
    }
}
