//! Fidelity: how closely a student reproduces its teacher, as opposed to how well it classifies.
//!
//! Two figures over a set of examples, from both nets' logits:
//! - disagreements: examples where the two nets' top classes differ;
//! - the mean of T² · KL(softmax(v/T) ‖ softmax(z/T)) with teacher logits v and student logits z,
//!   the part of the distillation loss's soft term that the student can still reduce (the soft
//!   term is this plus T² times the teacher's entropy, which does not depend on the student).
//!
//! Measured on the transfer set and on the test set, the pair says whether a distilled student is
//! short of its teacher because it has not fitted the soft targets (large on both: an optimisation
//! problem) or because what it fitted does not carry over to new images (small on the transfer
//! set, large on the test set: a generalisation gap).

use crate::train::argmax;

/// Agreement of a student with its teacher over a set of examples.
#[derive(Clone, Debug, PartialEq)]
pub struct Fidelity {
    pub examples: usize,
    /// Examples on which the nets' top classes differ.
    pub disagreements: usize,
    /// Mean over the examples of T² · KL(teacher ‖ student) at `temperature`.
    pub kl_t2: f64,
    pub temperature: f32,
}

/// Compares row-major `[examples × classes]` logits of a teacher and a student at temperature `t`
/// (from [`crate::distill::MIN_TEMPERATURE`] to [`crate::distill::MAX_TEMPERATURE`]; see
/// [`crate::distill::check_temperature`]).
/// Computed in f64: a diagnostic, not a kernel.
///
/// # Panics
/// If the two arrays differ in length, `classes` is 0 or does not divide them, or `t` is outside
/// that range (the divergence would be NaN, or a plausible number at a negative T).
pub fn measure(teacher: &[f32], student: &[f32], classes: usize, t: f32) -> Fidelity {
    use crate::distill::{MAX_TEMPERATURE, MIN_TEMPERATURE};
    assert!(
        (MIN_TEMPERATURE..=MAX_TEMPERATURE).contains(&t),
        "temperature {t} outside [{MIN_TEMPERATURE}, {MAX_TEMPERATURE}]"
    );
    assert_eq!(
        teacher.len(),
        student.len(),
        "logit arrays of different sizes"
    );
    assert!(classes > 0 && teacher.len().is_multiple_of(classes));
    let tf = t as f64;
    let mut disagreements = 0;
    let mut kl = 0.0f64;
    let mut log_p = vec![0.0f64; classes];
    let mut log_q = vec![0.0f64; classes];
    for (v, z) in teacher
        .chunks_exact(classes)
        .zip(student.chunks_exact(classes))
    {
        disagreements += usize::from(argmax(v) != argmax(z));
        log_softmax(v, tf, &mut log_p);
        log_softmax(z, tf, &mut log_q);
        kl += log_p
            .iter()
            .zip(&log_q)
            .map(|(&lp, &lq)| lp.exp() * (lp - lq))
            .sum::<f64>();
    }
    let examples = teacher.len() / classes;
    Fidelity {
        examples,
        disagreements,
        kl_t2: tf * tf * kl / examples.max(1) as f64,
        temperature: t,
    }
}

/// out = log softmax(x / t), stable for any logits.
fn log_softmax(x: &[f32], t: f64, out: &mut [f64]) {
    let max = x
        .iter()
        .fold(f64::NEG_INFINITY, |m, &v| m.max(v as f64 / t));
    let log_sum = max
        + x.iter()
            .map(|&v| (v as f64 / t - max).exp())
            .sum::<f64>()
            .ln();
    for (o, &v) in out.iter_mut().zip(x) {
        *o = v as f64 / t - log_sum;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_student_equal_to_its_teacher_up_to_a_shift_has_full_fidelity() {
        let v = [1.0f32, -2.0, 0.5, 3.0, 0.0, 0.0, -1.0, 2.5];
        // Softmax ignores a constant added to a row; so must fidelity.
        let z: Vec<f32> = v
            .iter()
            .enumerate()
            .map(|(i, &x)| x + (i / 4) as f32 * 7.0)
            .collect();
        let f = measure(&v, &z, 4, 20.0);
        assert_eq!(f.examples, 2);
        assert_eq!(f.disagreements, 0);
        assert!(f.kl_t2.abs() < 1e-9, "{}", f.kl_t2);
    }

    #[test]
    fn counts_disagreements_and_matches_a_hand_computed_divergence() {
        // Row 1: same top class; row 2: the student prefers class 0, the teacher class 1.
        let v = [2.0f32, 0.0, 0.0, 1.0];
        let z = [0.0f32, 0.0, 1.0, 0.0];
        let f = measure(&v, &z, 2, 1.0);
        assert_eq!(f.disagreements, 1);
        let kl2 = |p: f64, q: f64| p * (p / q).ln() + (1.0 - p) * ((1.0 - p) / (1.0 - q)).ln();
        let s = |x: f64| 1.0 / (1.0 + (-x).exp());
        let want = (kl2(s(2.0), 0.5) + kl2(s(-1.0), s(1.0))) / 2.0;
        assert!((f.kl_t2 - want).abs() < 1e-12, "{} vs {want}", f.kl_t2);
    }

    #[test]
    fn at_high_temperature_it_tends_to_the_squared_difference_of_centred_logits() {
        // Section 2.1 of the paper: T² · KL → (1/2N) Σ (ẑ − v̂)² as T grows, N = classes.
        let v = [1.5f32, -0.5, 0.25, 2.0, -1.0];
        let z = [0.5f32, 0.5, -0.75, 1.0, 0.0];
        let centred = |x: &[f32]| {
            let m = x.iter().map(|&a| a as f64).sum::<f64>() / x.len() as f64;
            x.iter().map(|&a| a as f64 - m).collect::<Vec<_>>()
        };
        let (cv, cz) = (centred(&v), centred(&z));
        let limit = cv
            .iter()
            .zip(&cz)
            .map(|(a, b)| (a - b).powi(2))
            .sum::<f64>()
            / 10.0;
        let far = measure(&v, &z, 5, 1000.0).kl_t2;
        let near = measure(&v, &z, 5, 2.0).kl_t2;
        assert!((far - limit).abs() < 1e-3 * limit, "{far} vs {limit}");
        assert!((near - limit).abs() > 10.0 * (far - limit).abs());
    }

    #[test]
    fn refuses_temperatures_outside_the_smallest_and_the_largest() {
        // 1e-30: T² is 0 in f32, and the soft term with it.
        for t in [0.0f32, -1.0, 1e-30, 0.009, 1e5, f32::INFINITY, f32::NAN] {
            let e = crate::distill::check_temperature("--temperature", t, false)
                .unwrap_err()
                .to_string();
            assert!(e.contains("--temperature"), "{e}");
        }
        for t in [
            crate::distill::MIN_TEMPERATURE,
            20.0,
            crate::distill::MAX_TEMPERATURE,
        ] {
            assert!(crate::distill::check_temperature("--temperature", t, false).is_ok());
        }
    }
}
