//! Losses, fused with their gradient with respect to the logits.
//!
//! Hard targets: the mean over the batch of the cross-entropy `−ln softmax(z)[label]`.
//! The returned loss is the batch's sum (callers divide for display); the gradient is of the mean.

use crate::simd;

/// dlogits = ∂(mean CE)/∂z = (softmax(z) − onehot(label)) / rows. Returns (summed loss, errors).
/// logits, dlogits: `[rows × classes]`, labels: `[rows]`.
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

/// Matching logits (section 2.1 of the paper), the T → ∞ limit of the soft-target term:
///
/// loss = α · (1/2N) · Σᵢ (ẑᵢ − v̂ᵢ)² + (1 − α) · CE(onehot(label), softmax(z)),
///
/// averaged over the batch, where ẑ and v̂ are the student's and teacher's logits with their row
/// mean removed and N the number of classes. The 1/N makes it the limit of [`distill`]'s T²-scaled
/// soft term, whose gradient T·(q − p) tends to (ẑ − v̂)/N; its gradient here is α·(ẑ − v̂)/N.
/// Returns (summed loss, errors against the labels).
pub fn match_logits(
    logits: &[f32],
    teacher: &[f32],
    labels: &[u32],
    dlogits: &mut [f32],
    classes: usize,
    alpha: f32,
) -> (f64, usize) {
    let rows = labels.len();
    let inv = 1.0 / rows.max(1) as f32;
    let (hard, errors) = simd::ce_hard_grad(logits, labels, dlogits, classes, (1.0 - alpha) * inv);
    let n = classes as f32;
    let scale = alpha * inv / n;
    let mut sq = 0.0f64;
    for ((z, v), dz) in logits
        .chunks_exact(classes)
        .zip(teacher.chunks_exact(classes))
        .zip(dlogits.chunks_exact_mut(classes))
    {
        let mean_diff = z.iter().zip(v).map(|(a, b)| a - b).sum::<f32>() / n;
        for ((a, b), d) in z.iter().zip(v).zip(dz) {
            let r = a - b - mean_diff;
            sq += f64::from(r) * f64::from(r);
            *d += scale * r;
        }
    }
    let loss = alpha as f64 * sq / (2.0 * classes as f64) + (1.0 - alpha as f64) * hard;
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
        for t in [0.01f32, 0.1, 1.0, 2.5, 20.0, 100.0, 1000.0, 1e4] {
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

    /// Section 2.1: with zero-meaned logits, the soft-target gradient times N·T² tends to z − v as
    /// T grows, and so our T²-scaled soft term tends to the matching-logits loss.
    #[test]
    fn soft_target_gradient_tends_to_matching_logits() {
        let classes = 10;
        let z: Vec<f32> = (0..classes)
            .map(|i| ((i * 7) % 10) as f32 * 0.6 - 2.7)
            .collect();
        let v: Vec<f32> = (0..classes)
            .map(|i| ((i * 3) % 10) as f32 * 0.5 - 2.25)
            .collect();
        let centre = |x: &[f32]| {
            let m = x.iter().sum::<f32>() / x.len() as f32;
            x.iter().map(|a| a - m).collect::<Vec<f32>>()
        };
        let (zc, vc) = (centre(&z), centre(&v));
        let mut want = vec![0.0f32; classes];
        match_logits(&zc, &vc, &[0], &mut want, classes, 1.0);
        for (w, (a, b)) in want.iter().zip(zc.iter().zip(&vc)) {
            assert!((w - (a - b) / classes as f32).abs() < 1e-6);
        }
        let mut last = f32::MAX;
        for t in [2.0f32, 20.0, 200.0, 2000.0] {
            let mut g = vec![0.0f32; classes];
            distill(&zc, &vc, &[0], &mut g, classes, t, 1.0);
            // g = T·(q − p): times N it is N·T²·∂CE_T/∂z, which should approach z − v.
            let err = g
                .iter()
                .zip(zc.iter().zip(&vc))
                .map(|(gi, (a, b))| (gi * classes as f32 - (a - b)).abs())
                .fold(0.0f32, f32::max);
            assert!(err < last, "T {t}: error {err} did not shrink from {last}");
            last = err;
        }
        assert!(
            last < 2e-2,
            "at T = 2000 the gradients still differ by {last}"
        );
    }

    #[test]
    fn matching_logits_ignores_a_constant_shift_and_is_zero_at_the_teacher() {
        let classes = 4;
        let v = [1.0f32, -2.0, 0.5, 3.0];
        let z: Vec<f32> = v.iter().map(|x| x + 7.5).collect();
        let mut g = vec![0.0f32; classes];
        let (loss, _) = match_logits(&z, &v, &[3], &mut g, classes, 1.0);
        assert!(
            loss.abs() < 1e-9 && g.iter().all(|x| x.abs() < 1e-6),
            "{loss} {g:?}"
        );
    }
}
