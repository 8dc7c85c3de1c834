//! ReLU with dropout, forward and backward.
//!
//! Dropout is inverted: a kept unit is scaled by 1/(1 − p) during training, so evaluation uses the
//! weights as they are and no mask. A mask holds 0 (dropped) or 1/(1 − p) (kept) per unit.

use crate::rng;
use crate::simd;

/// y = max(x + bias, 0) · mask, in place. x: `[rows × o]`, bias: `[o]`, mask: `[rows × o]`.
pub fn bias_relu_dropout_forward(x: &mut [f32], bias: &[f32], mask: Option<&[f32]>) {
    simd::bias_relu_forward(x, bias, mask);
}

/// dy ← dy · mask where y > 0, else 0 (in place). y is the forward output.
pub fn relu_dropout_backward(dy: &mut [f32], y: &[f32], mask: Option<&[f32]>) {
    simd::relu_backward(y, dy, mask);
}

/// Fills `mask` for drop probability `p` from the counter-based stream `key`.
pub fn make_mask(mask: &mut [f32], key: u64, p: f32) {
    rng::dropout_mask(mask, key, p, 1.0 / (1.0 - p));
}

/// Input dropout: x ← x · mask.
pub fn dropout_inputs(x: &mut [f32], mask: &[f32]) {
    simd::mul_inplace(x, mask);
}
