//! The optimisers (SGD with momentum, Adam), their schedules, and the max-norm constraint.
//!
//! SGD (classical momentum, as in Hinton et al. 2012): v ← μ·v − η·g, w ← w + v. With
//! `scale_by_one_minus_momentum` the step is η·(1 − μ), which keeps the effective step size constant
//! while μ ramps up (the 2012 recipe). Adam (Kingma & Ba 2015) takes the schedule's momentum as its
//! β1, and its learning rate as η: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g²,
//! w ← w − η·m̂ / (√v̂ + ε), with m̂ and v̂ the bias-corrected averages. Max-norm: after each update,
//! every hidden unit's incoming weight vector (a column of that layer's [inputs × outputs] weights)
//! longer than `c` is scaled back to `c`.

use rayon::prelude::*;

use crate::nn::mlp::{layer_mut, Arch};
use crate::simd;

/// How the learning rate changes over training.
#[derive(Clone, Debug, PartialEq)]
pub enum LrSchedule {
    Constant,
    /// η₀ · decay^epoch (the 2012 recipe: decay 0.998).
    Exponential {
        decay: f64,
    },
    /// η₀ · gamma^⌊epoch / every⌋.
    Step {
        every: usize,
        gamma: f64,
    },
    /// η₀ · (floor + (1 − floor) · ½(1 + cos(π·t))) with t the fraction of training done, per batch.
    Cosine {
        floor: f64,
    },
}

/// The update rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Optimizer {
    /// SGD with classical momentum.
    Sgd,
    /// Adam; β1 is the schedule's momentum.
    Adam { beta2: f32, eps: f32 },
}

/// Adam's β2 and ε when not given (Kingma & Ba's, and PyTorch's, defaults).
pub const ADAM_BETA2: f32 = 0.999;
pub const ADAM_EPS: f32 = 1e-8;

/// Learning-rate and momentum schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub lr: f64,
    pub lr_schedule: LrSchedule,
    pub momentum_start: f64,
    pub momentum_end: f64,
    /// Epochs over which momentum rises linearly from start to end (0: always `momentum_end`).
    pub momentum_epochs: usize,
    pub scale_by_one_minus_momentum: bool,
    pub epochs: usize,
}

impl Schedule {
    /// Momentum during `epoch` (the ramp moves once per epoch).
    pub fn momentum(&self, epoch: usize) -> f64 {
        if self.momentum_epochs == 0 || epoch >= self.momentum_epochs {
            return self.momentum_end;
        }
        let t = epoch as f64 / self.momentum_epochs as f64;
        self.momentum_start + (self.momentum_end - self.momentum_start) * t
    }

    /// (learning rate actually applied, momentum) for a batch at `epoch` + `frac` of the epoch.
    pub fn at(&self, epoch: usize, frac: f64) -> (f32, f32) {
        let mu = self.momentum(epoch);
        let mut lr = self.lr
            * match &self.lr_schedule {
                LrSchedule::Constant => 1.0,
                LrSchedule::Exponential { decay } => powi(*decay, epoch),
                LrSchedule::Step { every, gamma } => powi(*gamma, epoch / (*every).max(1)),
                LrSchedule::Cosine { floor } => {
                    let t = ((epoch as f64 + frac) / self.epochs.max(1) as f64).min(1.0);
                    floor + (1.0 - floor) * 0.5 * (1.0 + cos_f64(std::f64::consts::PI * t))
                }
            };
        if self.scale_by_one_minus_momentum {
            lr *= 1.0 - mu;
        }
        (lr as f32, mu as f32)
    }
}

/// The schedule as `--lr-schedule` spells it (`exponential:0.998`, `cosine:0.1`, ...).
impl std::fmt::Display for LrSchedule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LrSchedule::Constant => write!(f, "constant"),
            LrSchedule::Exponential { decay } => write!(f, "exponential:{decay:?}"),
            LrSchedule::Step { every, gamma } => write!(f, "step:{every}:{gamma:?}"),
            LrSchedule::Cosine { floor } => write!(f, "cosine:{floor:?}"),
        }
    }
}

/// x^n by repeated multiplication (the same bits on every platform).
fn powi(x: f64, n: usize) -> f64 {
    (0..n).fold(1.0, |acc, _| acc * x)
}

/// cos on [0, π] from basic operations only (no libm), so schedules are identical on every platform.
pub fn cos_f64(x: f64) -> f64 {
    // cos x = −sin(x − π/2); the Taylor series of sin on [−π/2, π/2] to x^27 is accurate to 1e-16.
    let y = x - std::f64::consts::FRAC_PI_2;
    let y2 = y * y;
    let mut term = y;
    let mut sum = y;
    for k in 1..14 {
        term *= -y2 / ((2 * k) as f64 * (2 * k + 1) as f64);
        sum += term;
    }
    -sum
}

/// Elements per parallel chunk of the update; fixed, so the split never depends on the thread count
/// (the update is element-wise, so the bits would not either way).
const CHUNK: usize = 1 << 16;

/// v ← μ·v − η·g; w ← w + v over all parameters, split across threads. Returns the index of the
/// first parameter that is NaN or infinite after the update, if any: the kernel checks the new
/// weights as it writes them, so a numerical fault is caught in the step that makes it, for free.
pub fn sgd_step(
    params: &mut [f32],
    velocity: &mut [f32],
    grads: &[f32],
    lr: f32,
    mu: f32,
) -> Option<usize> {
    params
        .par_chunks_mut(CHUNK)
        .zip(velocity.par_chunks_mut(CHUNK))
        .zip(grads.par_chunks(CHUNK))
        .enumerate()
        .filter_map(|(c, ((w, v), g))| {
            if simd::sgd_momentum(w, v, g, lr, mu) {
                None
            } else {
                first_non_finite(w).map(|i| c * CHUNK + i)
            }
        })
        .min()
}

/// ∏β1 and ∏β2 over the Adam steps of the first `epochs` epochs of `batches` steps each, β1
/// following `schedule`'s momentum. Computed afresh at every epoch's start, in the same order, so
/// that a resumed run's bias corrections are bit for bit an uninterrupted run's.
pub fn adam_powers(schedule: &Schedule, beta2: f32, epochs: usize, batches: usize) -> (f64, f64) {
    (0..epochs).fold((1.0, 1.0), |(p1, p2), e| {
        let beta1 = schedule.momentum(e) as f32;
        (
            p1 * powi(beta1 as f64, batches),
            p2 * powi(beta2 as f64, batches),
        )
    })
}

/// The scalars of an Adam step at learning rate `lr` and momentum `beta1`, where `powers` are
/// ∏β1 and ∏β2 over the steps taken, this one included.
pub fn adam_coefficients(
    lr: f32,
    beta1: f32,
    beta2: f32,
    eps: f32,
    powers: (f64, f64),
) -> simd::AdamStep {
    simd::AdamStep {
        step: (lr as f64 / (1.0 - powers.0)) as f32,
        inv_sqrt_c2: (1.0 / (1.0 - powers.1).sqrt()) as f32,
        beta1,
        beta2,
        eps,
    }
}

/// One Adam step over all parameters (`m`, `v`: the moment averages), split across threads like
/// [`sgd_step`]. Returns the index of the first parameter whose weight or squared-gradient average
/// is not finite afterwards, if any.
pub fn adam_step(
    params: &mut [f32],
    m: &mut [f32],
    v: &mut [f32],
    grads: &[f32],
    h: simd::AdamStep,
) -> Option<usize> {
    params
        .par_chunks_mut(CHUNK)
        .zip(m.par_chunks_mut(CHUNK))
        .zip(v.par_chunks_mut(CHUNK))
        .zip(grads.par_chunks(CHUNK))
        .enumerate()
        .filter_map(|(c, (((w, m), v), g))| {
            if simd::adam_update(w, m, v, g, h) {
                None
            } else {
                let first = first_non_finite(w)
                    .into_iter()
                    .chain(first_non_finite(v))
                    .min();
                first.map(|i| c * CHUNK + i)
            }
        })
        .min()
}

/// The index of the first NaN or infinity in `x`. The common all-finite case is one branch-free
/// pass (the largest exponent field, which the compiler vectorises).
pub fn first_non_finite(x: &[f32]) -> Option<usize> {
    const EXP: u32 = 0x7f80_0000;
    let top = x.iter().fold(0u32, |m, v| m.max(v.to_bits() & EXP));
    if top != EXP {
        return None;
    }
    x.iter().position(|v| !v.is_finite())
}

/// Scales every hidden unit's incoming weight vector whose L2 norm exceeds `c` back to norm `c`.
/// `scratch` holds at least the widest hidden layer's width.
pub fn max_norm(arch: &Arch, params: &mut [f32], c: f32, scratch: &mut Vec<f32>) {
    for l in 0..arch.layers() - 1 {
        let (_, o) = arch.shape(l);
        let (w, _) = layer_mut(arch, params, l);
        scratch.resize(o, 0.0);
        simd::col_sq_norms(w, o, scratch);
        let c2 = c * c;
        if scratch.iter().all(|&n2| n2 <= c2) {
            continue;
        }
        for s in scratch.iter_mut() {
            *s = if *s > c2 { c / s.sqrt() } else { 1.0 };
        }
        simd::scale_cols(w, o, scratch);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_cos_matches_std() {
        for i in 0..=1000 {
            let x = std::f64::consts::PI * i as f64 / 1000.0;
            assert!((cos_f64(x) - x.cos()).abs() < 1e-15, "x = {x}");
        }
    }

    #[test]
    fn schedules_follow_their_formulas() {
        let s = Schedule {
            lr: 10.0,
            lr_schedule: LrSchedule::Exponential { decay: 0.998 },
            momentum_start: 0.5,
            momentum_end: 0.99,
            momentum_epochs: 500,
            scale_by_one_minus_momentum: true,
            epochs: 3000,
        };
        let (lr, mu) = s.at(0, 0.0);
        assert_eq!(mu, 0.5);
        assert!((lr - 5.0).abs() < 1e-6);
        let (lr, mu) = s.at(250, 0.0);
        assert!((mu - 0.745).abs() < 1e-6);
        assert!((lr as f64 - 10.0 * 0.998f64.powi(250) * 0.255).abs() < 1e-5);
        assert_eq!(s.at(600, 0.0).1, 0.99);
        let step = Schedule {
            lr_schedule: LrSchedule::Step {
                every: 10,
                gamma: 0.5,
            },
            scale_by_one_minus_momentum: false,
            ..s.clone()
        };
        assert!((step.at(25, 0.0).0 - 2.5).abs() < 1e-6);
        let cos = Schedule {
            lr_schedule: LrSchedule::Cosine { floor: 0.0 },
            scale_by_one_minus_momentum: false,
            epochs: 10,
            ..s
        };
        assert!((cos.at(0, 0.0).0 - 10.0).abs() < 1e-6);
        assert!((cos.at(5, 0.0).0 - 5.0).abs() < 1e-5);
        assert!(cos.at(9, 1.0).0.abs() < 1e-6);
    }

    #[test]
    fn non_finite_values_are_found_where_they_are() {
        let mut x = vec![1.0f32; 3 * CHUNK + 5];
        assert_eq!(first_non_finite(&x), None);
        x[CHUNK + 7] = f32::INFINITY;
        x[2 * CHUNK] = f32::NAN;
        assert_eq!(first_non_finite(&x), Some(CHUNK + 7));
        x[3] = f32::NEG_INFINITY;
        assert_eq!(first_non_finite(&x), Some(3));
        assert_eq!(first_non_finite(&[f32::MAX, -f32::MAX, 0.0, -0.0]), None);
    }

    #[test]
    fn an_update_that_overflows_is_reported_at_its_first_parameter() {
        let n = 2 * CHUNK + 10;
        let mut w = vec![1.0f32; n];
        let mut v = vec![0.0f32; n];
        let mut g = vec![0.0f32; n];
        assert_eq!(sgd_step(&mut w, &mut v, &g, 0.1, 0.9), None);
        g[CHUNK + 3] = 1e30;
        g[2 * CHUNK + 1] = 1e30;
        assert_eq!(sgd_step(&mut w, &mut v, &g, 1e10, 0.9), Some(CHUNK + 3));
    }

    /// Adam's bias correction makes its first step η·sign(g) for every weight whose |g| dwarfs ε,
    /// whatever the gradient's size; the second step, after a gradient of the other sign, follows
    /// the formulas by hand. Across chunks, so that the threads' split is covered.
    #[test]
    fn adams_steps_follow_their_formulas() {
        let n = CHUNK + 5;
        let g: Vec<f32> = (0..n)
            .map(|i| (if i % 2 == 0 { 1.0 } else { -1.0 }) * 10f32.powi(i as i32 % 7 - 3))
            .collect();
        let (lr, beta1, beta2, eps) = (0.01f32, 0.9f32, 0.999f32, 1e-8f32);
        let mut w = vec![0.5f32; n];
        let (mut m, mut v) = (vec![0.0f32; n], vec![0.0f32; n]);
        let p1 = (beta1 as f64, beta2 as f64);
        let h = adam_coefficients(lr, beta1, beta2, eps, p1);
        assert_eq!(adam_step(&mut w, &mut m, &mut v, &g, h), None);
        for (i, (&w, &g)) in w.iter().zip(&g).enumerate() {
            let want = 0.5 - lr * g.signum();
            assert!((w - want).abs() < 1e-6, "{i}: {w} against {want} (g {g})");
        }
        // Second step, gradient −g: m = 0.9·0.1·g − 0.1·g = −0.01·g, v = 0.001·g²·(0.999 + 1),
        // corrections 1 − 0.9² and 1 − 0.999².
        let neg: Vec<f32> = g.iter().map(|x| -x).collect();
        let p2 = (p1.0 * beta1 as f64, p1.1 * beta2 as f64);
        let h = adam_coefficients(lr, beta1, beta2, eps, p2);
        let before = w.clone();
        assert_eq!(adam_step(&mut w, &mut m, &mut v, &neg, h), None);
        for i in [0, 1, 6, CHUNK + 4] {
            let g = g[i] as f64;
            let m_hat = -0.01 * g / (1.0 - 0.81);
            let v_hat = 0.001 * g * g * 1.999 / (1.0 - 0.999f64 * 0.999);
            let want = before[i] as f64 - 0.01 * m_hat / (v_hat.sqrt() + 1e-8);
            assert!(
                (w[i] as f64 - want).abs() < 1e-6,
                "{i}: {} against {want}",
                w[i]
            );
        }
        // A NaN gradient is reported at its first parameter; so is one whose square overflows
        // the squared-gradient average, though its weight stays finite.
        let mut bad = g.clone();
        bad[CHUNK + 2] = f32::NAN;
        assert_eq!(adam_step(&mut w, &mut m, &mut v, &bad, h), Some(CHUNK + 2));
        let (mut w, mut m, mut v) = (vec![0.5f32; n], vec![0.0f32; n], vec![0.0f32; n]);
        let mut huge = g.clone();
        huge[7] = 1e20;
        assert_eq!(adam_step(&mut w, &mut m, &mut v, &huge, h), Some(7));
        assert!(w[7].is_finite() && v[7].is_infinite());
    }

    /// The products follow the momentum ramp epoch by epoch.
    #[test]
    fn adams_bias_corrections_follow_the_momentum_ramp() {
        let s = Schedule {
            lr: 0.001,
            lr_schedule: LrSchedule::Constant,
            momentum_start: 0.5,
            momentum_end: 0.9,
            momentum_epochs: 2,
            scale_by_one_minus_momentum: false,
            epochs: 5,
        };
        assert_eq!(adam_powers(&s, 0.99, 0, 3), (1.0, 1.0));
        let (p1, p2) = adam_powers(&s, 0.99, 3, 3);
        // Epochs 0, 1, 2 at momentum 0.5, 0.7, 0.9 (in f32), three steps each.
        let want1 = [0.5f32, 0.7, 0.9]
            .iter()
            .map(|&b| (b as f64).powi(3))
            .product::<f64>();
        assert!((p1 - want1).abs() < 1e-15, "{p1} against {want1}");
        assert!((p2 - (0.99f32 as f64).powi(9)).abs() < 1e-15);
    }

    #[test]
    fn max_norm_caps_only_long_columns() {
        let arch = Arch(vec![2, 3, 1]);
        // Layer 0 weights [2 × 3]: columns (3,4) norm 5, (0,1) norm 1, (6,8) norm 10.
        let mut p = vec![
            3.0, 0.0, 6.0, 4.0, 1.0, 8.0, 0.5, 0.5, 0.5, 9.0, 9.0, 9.0, 0.0,
        ];
        let mut scratch = Vec::new();
        max_norm(&arch, &mut p, 5.0, &mut scratch);
        let expect = [3.0, 0.0, 3.0, 4.0, 1.0, 4.0];
        for (a, b) in p[..6].iter().zip(expect) {
            assert!((a - b).abs() < 1e-6, "{p:?}");
        }
        // Biases and the output layer are untouched.
        assert_eq!(&p[6..], &[0.5, 0.5, 0.5, 9.0, 9.0, 9.0, 0.0]);
    }
}
