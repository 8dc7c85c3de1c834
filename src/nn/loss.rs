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

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole distillation loss, T² factor included, stays finite for logits of ±1e4 at
    /// temperatures from 0.01 to 1000, on whichever SIMD path is active (CI forces each one).
    #[test]
    fn distillation_loss_is_finite_for_huge_logits_at_any_temperature() {
        let classes = 10;
        let rows = 3;
        let z: Vec<f32> = (0..rows * classes)
            .map(|i| if i % 3 == 0 { 1e4 } else { -1e4 })
            .collect();
        let v: Vec<f32> = (0..rows * classes)
            .map(|i| if i % 4 == 1 { 1e4 } else { -1e4 })
            .collect();
        let labels = [2u32, 5, 9];
        for t in [0.01f32, 0.1, 1.0, 2.5, 20.0, 100.0, 1000.0] {
            for alpha in [0.0f32, 0.5, 1.0] {
                let mut dz = vec![f32::NAN; z.len()];
                let (loss, errors) = distill(&z, &v, &labels, &mut dz, classes, t, alpha);
                assert!(
                    loss.is_finite() && loss >= 0.0,
                    "T {t} α {alpha}: loss {loss}"
                );
                assert!(dz.iter().all(|g| g.is_finite()), "T {t} α {alpha}: {dz:?}");
                assert!(errors <= rows);
            }
            let mut dz = vec![f32::NAN; z.len()];
            let (loss, _) = hard_ce(&z, &labels, &mut dz, classes);
            assert!(
                loss.is_finite() && dz.iter().all(|g| g.is_finite()),
                "T {t}"
            );
        }
    }
}
