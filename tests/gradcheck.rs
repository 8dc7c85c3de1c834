//! f64 finite-difference checks of every layer's and every loss's gradient.
//!
//! The analytic gradients come from the engine in f32; the numerical ones from an f64 re-statement
//! of the same function, perturbed by ±h. Agreement within 1e-3 relative shows the backward passes
//! (dense, ReLU with dropout, bias, hard and soft cross-entropy, the whole MLP) are right.

#![allow(clippy::needless_range_loop)] // index loops read most clearly in finite-difference checks

use distil::nn::dense::{dense_backward, dense_forward};
use distil::nn::mlp::{DropoutPlan, Mlp, Workspace};
use distil::nn::{activation, loss, Arch, Init};
use distil::rng::Stream;

fn randv(n: usize, seed: u64, scale: f64) -> Vec<f32> {
    let mut s = Stream::new(seed, &[77]);
    (0..n).map(|_| (s.normal() * scale) as f32).collect()
}

fn close(analytic: f32, numeric: f64, what: &str) {
    let tol = 2e-4 + 1e-3 * numeric.abs();
    assert!(
        (analytic as f64 - numeric).abs() <= tol,
        "{what}: analytic {analytic} vs numeric {numeric}"
    );
}

/// Central difference of `f` at `x[i]` in f64.
fn fd(x: &[f32], i: usize, f: &dyn Fn(&[f64]) -> f64) -> f64 {
    let h = 1e-5;
    let mut p: Vec<f64> = x.iter().map(|&v| v as f64).collect();
    p[i] += h;
    let up = f(&p);
    p[i] -= 2.0 * h;
    let down = f(&p);
    (up - down) / (2.0 * h)
}

fn softmax64(z: &[f64], t: f64) -> Vec<f64> {
    let m = z.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = z.iter().map(|v| ((v - m) / t).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

#[test]
fn dense_layer_gradients() {
    let (rows, i, o) = (3, 5, 4);
    let inp = randv(rows * i, 1, 1.0);
    let w = randv(i * o, 2, 0.5);
    let r = randv(rows * o, 3, 1.0); // loss = Σ out · r, so dout = r
    let (mut dinp, mut dw, mut db) = (
        vec![f32::NAN; rows * i],
        vec![f32::NAN; i * o],
        vec![f32::NAN; o],
    );
    dense_backward(Some(&mut dinp), &mut dw, &mut db, &r, &inp, &w, rows, i, o);
    let mut out = vec![0.0; rows * o];
    dense_forward(&mut out, &inp, &w, rows, i, o);
    let loss = |x: &[f64], wv: &[f64], bias: &[f64]| -> f64 {
        let mut s = 0.0;
        for a in 0..rows {
            for c in 0..o {
                let mut y = bias[c];
                for k in 0..i {
                    y += x[a * i + k] * wv[k * o + c];
                }
                s += y * r[a * o + c] as f64;
            }
        }
        s
    };
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    let zero_b = vec![0.0f64; o];
    for k in 0..w.len() {
        close(
            dw[k],
            fd(&w, k, &|p| loss(&f64s(&inp), p, &zero_b)),
            &format!("dw[{k}]"),
        );
    }
    for k in 0..inp.len() {
        close(
            dinp[k],
            fd(&inp, k, &|p| loss(p, &f64s(&w), &zero_b)),
            &format!("dinp[{k}]"),
        );
    }
    let b0 = vec![0.0f32; o];
    for k in 0..o {
        close(
            db[k],
            fd(&b0, k, &|p| loss(&f64s(&inp), &f64s(&w), p)),
            &format!("db[{k}]"),
        );
    }
}

#[test]
fn relu_dropout_gradients() {
    let (rows, o) = (4, 6);
    let x = randv(rows * o, 4, 1.0);
    let bias = randv(o, 5, 0.3);
    let r = randv(rows * o, 6, 1.0);
    let mut mask = vec![0.0; rows * o];
    activation::make_mask(&mut mask, 42, 0.5);
    assert!(mask.contains(&0.0) && mask.contains(&2.0));
    let mut y = x.clone();
    activation::bias_relu_dropout_forward(&mut y, &bias, Some(&mask));
    let mut dy = r.clone();
    activation::relu_dropout_backward(&mut dy, &y, Some(&mask));
    let f = |xv: &[f64]| -> f64 {
        (0..rows * o)
            .map(|k| (xv[k] + bias[k % o] as f64).max(0.0) * mask[k] as f64 * r[k] as f64)
            .sum()
    };
    for k in 0..x.len() {
        close(dy[k], fd(&x, k, &f), &format!("dx[{k}]"));
    }
}

#[test]
fn hard_cross_entropy_gradient() {
    let (rows, c) = (5, 10);
    let z = randv(rows * c, 7, 3.0);
    let labels: Vec<u32> = vec![0, 3, 9, 9, 4];
    let mut dz = vec![f32::NAN; rows * c];
    let (sum, _) = loss::hard_ce(&z, &labels, &mut dz, c);
    let f = |zv: &[f64]| -> f64 {
        (0..rows)
            .map(|r| -softmax64(&zv[r * c..(r + 1) * c], 1.0)[labels[r] as usize].ln())
            .sum::<f64>()
            / rows as f64
    };
    let z64: Vec<f64> = z.iter().map(|&v| v as f64).collect();
    assert!((sum / rows as f64 - f(&z64)).abs() < 1e-5, "loss value");
    for k in 0..z.len() {
        close(dz[k], fd(&z, k, &f), &format!("dz[{k}]"));
    }
}

/// The distillation loss α·T²·CE(softmax(v/T), softmax(z/T)) + (1−α)·CE(labels, softmax(z)) at
/// several temperatures and weights.
#[test]
fn distillation_loss_gradient_at_several_temperatures() {
    let (rows, c) = (4, 10);
    let z = randv(rows * c, 8, 3.0);
    let v = randv(rows * c, 9, 5.0);
    let labels: Vec<u32> = vec![1, 2, 3, 4];
    for t in [1.0f32, 2.0, 20.0] {
        for alpha in [0.0f32, 0.5, 0.9, 1.0] {
            let mut dz = vec![f32::NAN; rows * c];
            let (sum, _) = loss::distill(&z, &v, &labels, &mut dz, c, t, alpha);
            let f = |zv: &[f64]| -> f64 {
                let (t, a) = (t as f64, alpha as f64);
                let mut total = 0.0;
                for r in 0..rows {
                    let zr = &zv[r * c..(r + 1) * c];
                    let vr: Vec<f64> = v[r * c..(r + 1) * c].iter().map(|&x| x as f64).collect();
                    let p = softmax64(&vr, t);
                    let q = softmax64(zr, t);
                    let soft: f64 = -(0..c).map(|i| p[i] * q[i].ln()).sum::<f64>();
                    let hard = -softmax64(zr, 1.0)[labels[r] as usize].ln();
                    total += a * t * t * soft + (1.0 - a) * hard;
                }
                total / rows as f64
            };
            let z64: Vec<f64> = z.iter().map(|&x| x as f64).collect();
            let want = f(&z64);
            assert!(
                (sum / rows as f64 - want).abs() < 1e-4 * (1.0 + want.abs()),
                "loss value at T={t} α={alpha}"
            );
            for k in 0..z.len() {
                close(dz[k], fd(&z, k, &f), &format!("T={t} α={alpha} dz[{k}]"));
            }
        }
    }
}

/// Matching logits: α·(1/2N)·Σ(ẑ − v̂)² + (1−α)·CE(labels), with zero-meaned logits.
#[test]
fn matching_logits_gradient() {
    let (rows, c) = (3, 10);
    let z = randv(rows * c, 11, 3.0);
    let v = randv(rows * c, 12, 5.0);
    let labels: Vec<u32> = vec![0, 5, 9];
    for alpha in [0.0f32, 0.5, 1.0] {
        let mut dz = vec![f32::NAN; rows * c];
        let (sum, _) = loss::match_logits(&z, &v, &labels, &mut dz, c, alpha);
        let f = |zv: &[f64]| -> f64 {
            let a = alpha as f64;
            let mut total = 0.0;
            for r in 0..rows {
                let zr = &zv[r * c..(r + 1) * c];
                let vr: Vec<f64> = v[r * c..(r + 1) * c].iter().map(|&x| x as f64).collect();
                let (mz, mv) = (
                    zr.iter().sum::<f64>() / c as f64,
                    vr.iter().sum::<f64>() / c as f64,
                );
                let sq: f64 = (0..c).map(|i| (zr[i] - mz - (vr[i] - mv)).powi(2)).sum();
                let hard = -softmax64(zr, 1.0)[labels[r] as usize].ln();
                total += a * sq / (2.0 * c as f64) + (1.0 - a) * hard;
            }
            total / rows as f64
        };
        let z64: Vec<f64> = z.iter().map(|&x| x as f64).collect();
        let want = f(&z64);
        assert!(
            (sum / rows as f64 - want).abs() < 1e-4 * (1.0 + want.abs()),
            "loss value at α={alpha}"
        );
        for k in 0..z.len() {
            close(dz[k], fd(&z, k, &f), &format!("α={alpha} dz[{k}]"));
        }
    }
}

/// With the T² factor the soft term's gradient keeps its size as T grows (it tends to (z − v)/(N·T⁰)
/// scale rather than vanishing like 1/T²).
#[test]
fn t_squared_keeps_soft_gradients_comparable() {
    let (rows, c) = (8, 10);
    let z = randv(rows * c, 10, 2.0);
    let v = randv(rows * c, 11, 2.0);
    let labels = vec![0u32; rows];
    let norm = |t: f32| {
        let mut dz = vec![0.0; rows * c];
        loss::distill(&z, &v, &labels, &mut dz, c, t, 1.0);
        dz.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt()
    };
    let (n2, n5, n20) = (norm(2.0), norm(5.0), norm(20.0));
    // Without T² these would shrink by 6.25× and 100×; with it they stay within a factor of 2.
    assert!(n5 / n2 > 0.5 && n5 / n2 < 2.0, "{n2} {n5}");
    assert!(n20 / n2 > 0.5 && n20 / n2 < 2.0, "{n2} {n20}");
}

/// The whole MLP (dense → ReLU + dropout → dense → ReLU + dropout → dense → CE), with input and
/// hidden dropout masks, against an f64 re-statement using the same masks.
#[test]
fn whole_mlp_gradient_with_dropout() {
    let arch = Arch(vec![6, 5, 4, 3]);
    let mut mlp = Mlp::new(arch.clone(), Init::Scaled, 3);
    // Non-zero biases so that every parameter matters.
    for l in 0..arch.layers() {
        let (_, b) = distil::nn::mlp::layer_mut(&arch, &mut mlp.params, l);
        for (j, x) in b.iter_mut().enumerate() {
            *x = 0.1 * (j as f32 + 1.0);
        }
    }
    let rows = 4;
    let x = randv(rows * 6, 12, 1.0);
    let labels = [0u32, 1, 2, 1];
    let mut ws = Workspace::new(&arch, rows);
    ws.input.copy_from_slice(&x);
    let plan = DropoutPlan {
        input: 0.2,
        hidden: 0.3,
        batch_key: 5,
    };
    mlp.forward(&mut ws, rows, Some(&plan));
    let masks = ws.masks.clone();
    let (logits, dlogits) = ws.logits_and_grad(rows);
    loss::hard_ce(logits, &labels, dlogits, 3);
    let mut grads = vec![f32::NAN; mlp.params.len()];
    mlp.backward(&mut ws, rows, &mut grads);

    let f = |p: &[f64]| -> f64 {
        let mut total = 0.0;
        for r in 0..rows {
            let mut a: Vec<f64> = (0..6)
                .map(|k| x[r * 6 + k] as f64 * masks[0][r * 6 + k] as f64)
                .collect();
            for l in 0..arch.layers() {
                let (i, o) = arch.shape(l);
                let off = arch.offset(l);
                let mut y = vec![0.0; o];
                for (c, yc) in y.iter_mut().enumerate() {
                    *yc =
                        p[off + i * o + c] + (0..i).map(|k| a[k] * p[off + k * o + c]).sum::<f64>();
                }
                if l + 1 < arch.layers() {
                    for (c, yc) in y.iter_mut().enumerate() {
                        *yc = yc.max(0.0) * masks[l + 1][r * o + c] as f64;
                    }
                }
                a = y;
            }
            total -= softmax64(&a, 1.0)[labels[r] as usize].ln();
        }
        total / rows as f64
    };
    for k in 0..mlp.params.len() {
        close(grads[k], fd(&mlp.params, k, &f), &format!("param {k}"));
    }
}
