//! Dense (fully connected) layer: forward and backward side by side.

use crate::gemm::{gemm, Op};
use crate::simd;

/// out = inp · w.
/// out: [rows × o], inp: [rows × i], w: [i × o]. The bias is added by the activation that follows
/// (fused with ReLU for hidden layers, [`add_bias`] for the output layer).
pub fn dense_forward(out: &mut [f32], inp: &[f32], w: &[f32], rows: usize, i: usize, o: usize) {
    gemm(rows, i, o, 1.0, inp, Op::N, w, Op::N, 0.0, out);
}

/// dw = inpᵀ · dout, db = Σ_rows dout, and, when asked, dinp = dout · wᵀ (all overwritten).
/// dinp: `[rows × i]`, dw: `[i × o]`, db: `[o]`, dout: `[rows × o]`, inp: `[rows × i]`, w: `[i × o]`.
#[allow(clippy::too_many_arguments)]
pub fn dense_backward(
    dinp: Option<&mut [f32]>,
    dw: &mut [f32],
    db: &mut [f32],
    dout: &[f32],
    inp: &[f32],
    w: &[f32],
    rows: usize,
    i: usize,
    o: usize,
) {
    gemm(i, rows, o, 1.0, inp, Op::T, dout, Op::N, 0.0, dw);
    simd::col_sums(dout, o, db);
    if let Some(dinp) = dinp {
        gemm(rows, o, i, 1.0, dout, Op::N, w, Op::T, 0.0, dinp);
    }
}

/// Output layer: out += bias on every row. out: `[rows × o]`, bias: `[o]`.
pub fn add_bias(out: &mut [f32], bias: &[f32]) {
    simd::add_bias_rows(out, bias);
}
