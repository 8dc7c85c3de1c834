//! Losses, fused with their gradient with respect to the logits.
//!
//! Hard targets: the mean over the batch of the cross-entropy −ln softmax(z)[label].
//! The returned loss is the batch's sum (callers divide for display); the gradient is of the mean.

use crate::simd;

/// dlogits = ∂(mean CE)/∂z = (softmax(z) − onehot(label)) / rows. Returns (summed loss, errors).
/// logits, dlogits: [rows × classes], labels: [rows].
pub fn hard_ce(
    logits: &[f32],
    labels: &[u32],
    dlogits: &mut [f32],
    classes: usize,
) -> (f64, usize) {
    let rows = labels.len();
    simd::ce_hard_grad(logits, labels, dlogits, classes, 1.0 / rows.max(1) as f32)
}

/// Distillation loss (Hinton et al. 2015), one convention throughout the project:
///
/// loss = α · T² · CE(softmax(v/T), softmax(z/T)) + (1 − α) · CE(onehot(label), softmax(z)),
///
/// averaged over the batch, with student logits z and teacher logits v. The soft term is the
/// cross-entropy against the teacher's soft targets; it differs from the KL divergence only by the
/// teacher's entropy, a constant, so the gradients are the same. Its gradient with respect to z is
/// T · (softmax(z/T) − softmax(v/T)); the T² factor keeps its size comparable across temperatures.
/// Returns (summed loss as defined above, errors against the labels).
pub fn distill(
    logits: &[f32],
    teacher: &[f32],
    labels: &[u32],
    dlogits: &mut [f32],
    classes: usize,
    t: f32,
    alpha: f32,
) -> (f64, usize) {
    let rows = labels.len();
    let inv = 1.0 / rows.max(1) as f32;
    let (hard, errors) = simd::ce_hard_grad(logits, labels, dlogits, classes, (1.0 - alpha) * inv);
    let soft = simd::ce_soft_grad(logits, teacher, dlogits, classes, t, alpha * t * inv);
    let loss = alpha as f64 * (t as f64 * t as f64) * soft + (1.0 - alpha as f64) * hard;
    (loss, errors)
}
