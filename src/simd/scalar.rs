//! The reference kernels: the specification that every vector path is tested against, and the
//! fallback. Plain f32 arithmetic in a fixed order, no FMA, our own `exp`/`ln`: identical bits on
//! every platform. See the free functions in [`super`] for each kernel's contract, and what it
//! panics on.

use super::exp::{exp_f32, ln_f32};
use super::{inv_temperature, rows_of, same_len, AdamStep};

/// Row maximum and its first index (NaN entries are skipped; an all-NaN row gives (-inf, 0)).
#[inline]
fn max_argmax(x: &[f32]) -> (f32, usize) {
    let mut max = f32::NEG_INFINITY;
    let mut arg = 0;
    for (i, &v) in x.iter().enumerate() {
        if v > max {
            max = v;
            arg = i;
        }
    }
    (max, arg)
}

/// `out_i = exp((x_i - max) * inv_t)`; returns `Σ out_i`.
#[inline]
fn exp_shifted(x: &[f32], out: &mut [f32], max: f32, inv_t: f32) -> f32 {
    let mut sum = 0.0;
    for (o, &v) in out.iter_mut().zip(x) {
        let e = exp_f32((v - max) * inv_t);
        *o = e;
        sum += e;
    }
    sum
}

/// `Σ exp((x_i - max) * inv_t)`.
#[inline]
fn sum_exp_shifted(x: &[f32], max: f32, inv_t: f32) -> f32 {
    x.iter()
        .map(|&v| exp_f32((v - max) * inv_t))
        .fold(0.0, |s, e| s + e)
}

/// `x` itself, or `-f32::MAX` where it is below (a log-probability that overflowed to -inf).
#[inline]
fn clamp_log(x: f32) -> f32 {
    if x < -f32::MAX {
        -f32::MAX
    } else {
        x
    }
}

pub fn softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    same_len(out.len(), x.len(), "softmax_rows: out");
    let inv_t = inv_temperature(t);
    if rows_of(x.len(), cols, "softmax_rows: x") == 0 {
        return;
    }
    for (xr, or) in x.chunks_exact(cols).zip(out.chunks_exact_mut(cols)) {
        let (max, _) = max_argmax(xr);
        let inv_s = 1.0 / exp_shifted(xr, or, max, inv_t);
        for o in or.iter_mut() {
            *o *= inv_s;
        }
    }
}

pub fn log_softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    same_len(out.len(), x.len(), "log_softmax_rows: out");
    let inv_t = inv_temperature(t);
    if rows_of(x.len(), cols, "log_softmax_rows: x") == 0 {
        return;
    }
    for (xr, or) in x.chunks_exact(cols).zip(out.chunks_exact_mut(cols)) {
        let (max, _) = max_argmax(xr);
        let ln_s = ln_f32(sum_exp_shifted(xr, max, inv_t));
        for (o, &v) in or.iter_mut().zip(xr) {
            *o = clamp_log((v - max) * inv_t - ln_s);
        }
    }
}

pub fn ce_hard_grad(
    z: &[f32],
    labels: &[u32],
    dz: &mut [f32],
    cols: usize,
    scale: f32,
) -> (f64, usize) {
    same_len(dz.len(), z.len(), "ce_hard_grad: dz");
    let rows = rows_of(z.len(), cols, "ce_hard_grad: z");
    same_len(labels.len(), rows, "ce_hard_grad: labels");
    let (mut loss, mut errors) = (0.0f64, 0usize);
    if rows == 0 {
        return (loss, errors);
    }
    for ((zr, dr), &label) in z
        .chunks_exact(cols)
        .zip(dz.chunks_exact_mut(cols))
        .zip(labels)
    {
        let label = label as usize;
        assert!(
            label < cols,
            "ce_hard_grad: label {label} out of range for {cols} classes"
        );
        let (max, arg) = max_argmax(zr);
        errors += usize::from(arg != label);
        let sum = exp_shifted(zr, dr, max, 1.0);
        let inv_s = 1.0 / sum;
        for (i, d) in dr.iter_mut().enumerate() {
            let y = if i == label { 1.0 } else { 0.0 };
            *d = scale * (*d * inv_s - y);
        }
        // -ln p_label = ln S + max - z_label, summed in f64.
        loss += f64::from(ln_f32(sum)) + f64::from(max) - f64::from(zr[label]);
    }
    (loss, errors)
}

pub fn ce_soft_grad(z: &[f32], v: &[f32], dz: &mut [f32], cols: usize, t: f32, scale: f32) -> f64 {
    same_len(v.len(), z.len(), "ce_soft_grad: v");
    same_len(dz.len(), z.len(), "ce_soft_grad: dz");
    let inv_t = inv_temperature(t);
    let mut loss = 0.0f64;
    if rows_of(z.len(), cols, "ce_soft_grad: z") == 0 {
        return loss;
    }
    for ((zr, vr), dr) in z
        .chunks_exact(cols)
        .zip(v.chunks_exact(cols))
        .zip(dz.chunks_exact_mut(cols))
    {
        let (zmax, _) = max_argmax(zr);
        let (vmax, _) = max_argmax(vr);
        let sz = sum_exp_shifted(zr, zmax, inv_t);
        let inv_sz = 1.0 / sz;
        let inv_sv = 1.0 / sum_exp_shifted(vr, vmax, inv_t);
        let ln_sz = ln_f32(sz);
        // Recompute the exponentials rather than keep them: no scratch buffer, no allocation.
        let mut row = 0.0f64;
        for ((&zi, &vi), d) in zr.iter().zip(vr).zip(dr.iter_mut()) {
            let zs = (zi - zmax) * inv_t;
            let q = exp_f32(zs) * inv_sz;
            let p = exp_f32((vi - vmax) * inv_t) * inv_sv;
            *d += scale * (q - p);
            row += f64::from(p) * f64::from(clamp_log(zs - ln_sz));
        }
        loss -= row;
    }
    loss
}

pub fn relu_forward(x: &mut [f32], mask: Option<&[f32]>) {
    match mask {
        None => x.iter_mut().for_each(|v| *v = relu(*v)),
        Some(m) => {
            same_len(m.len(), x.len(), "relu_forward: mask");
            x.iter_mut().zip(m).for_each(|(v, &m)| *v = relu(*v) * m);
        }
    }
}

/// `max(x, 0)` with NaN and -0.0 mapped to +0.0, as the vector paths do.
#[inline]
fn relu(x: f32) -> f32 {
    if x > 0.0 {
        x
    } else {
        0.0
    }
}

pub fn bias_relu_forward(x: &mut [f32], bias: &[f32], mask: Option<&[f32]>) {
    let cols = bias.len();
    if let Some(m) = mask {
        same_len(m.len(), x.len(), "bias_relu_forward: mask");
    }
    if rows_of(x.len(), cols, "bias_relu_forward: x") == 0 {
        return;
    }
    match mask {
        None => {
            for xr in x.chunks_exact_mut(cols) {
                xr.iter_mut()
                    .zip(bias)
                    .for_each(|(v, &b)| *v = relu(*v + b));
            }
        }
        Some(m) => {
            for (xr, mr) in x.chunks_exact_mut(cols).zip(m.chunks_exact(cols)) {
                for ((v, &b), &m) in xr.iter_mut().zip(bias).zip(mr) {
                    *v = relu(*v + b) * m;
                }
            }
        }
    }
}

pub fn relu_backward(y: &[f32], dy: &mut [f32], mask: Option<&[f32]>) {
    same_len(dy.len(), y.len(), "relu_backward: dy");
    match mask {
        None => {
            // Unconditional loads, then a select: this form vectorises, a branch would not.
            for (d, &y) in dy.iter_mut().zip(y) {
                let g = *d;
                *d = if y > 0.0 { g } else { 0.0 };
            }
        }
        Some(m) => {
            same_len(m.len(), y.len(), "relu_backward: mask");
            for ((d, &y), &m) in dy.iter_mut().zip(y).zip(m) {
                let g = *d * m;
                *d = if y > 0.0 { g } else { 0.0 };
            }
        }
    }
}

pub fn mul_inplace(x: &mut [f32], m: &[f32]) {
    same_len(m.len(), x.len(), "mul_inplace: m");
    x.iter_mut().zip(m).for_each(|(v, &m)| *v *= m);
}

pub fn add_bias_rows(x: &mut [f32], bias: &[f32]) {
    let cols = bias.len();
    if rows_of(x.len(), cols, "add_bias_rows: x") == 0 {
        return;
    }
    for xr in x.chunks_exact_mut(cols) {
        xr.iter_mut().zip(bias).for_each(|(v, &b)| *v += b);
    }
}

pub fn col_sums(x: &[f32], cols: usize, out: &mut [f32]) {
    same_len(out.len(), cols, "col_sums: out");
    let rows = rows_of(x.len(), cols, "col_sums: x");
    out.fill(0.0);
    if rows == 0 {
        return;
    }
    // Row-major accumulation: the same row order per column as the definition, cache-friendly.
    for xr in x.chunks_exact(cols) {
        out.iter_mut().zip(xr).for_each(|(o, &v)| *o += v);
    }
}

pub fn sgd_momentum(w: &mut [f32], v: &mut [f32], g: &[f32], lr: f32, mu: f32) -> bool {
    same_len(v.len(), w.len(), "sgd_momentum: v");
    same_len(g.len(), w.len(), "sgd_momentum: g");
    let mut finite = true;
    for ((w, v), &g) in w.iter_mut().zip(v.iter_mut()).zip(g) {
        *v = mu * *v - lr * g;
        *w += *v;
        finite &= w.is_finite();
    }
    finite
}

pub fn adam_update(w: &mut [f32], m: &mut [f32], v: &mut [f32], g: &[f32], h: AdamStep) -> bool {
    same_len(m.len(), w.len(), "adam_update: m");
    same_len(v.len(), w.len(), "adam_update: v");
    same_len(g.len(), w.len(), "adam_update: g");
    let (one_minus_beta1, one_minus_beta2) = (1.0 - h.beta1, 1.0 - h.beta2);
    let mut finite = true;
    for (((w, m), v), &g) in w.iter_mut().zip(m.iter_mut()).zip(v.iter_mut()).zip(g) {
        *m = one_minus_beta1 * g + h.beta1 * *m;
        *v = one_minus_beta2 * (g * g) + h.beta2 * *v;
        let d = v.sqrt() * h.inv_sqrt_c2 + h.eps;
        *w += -h.step * (*m / d);
        finite &= w.is_finite() && v.is_finite();
    }
    finite
}

pub fn col_sq_norms(w: &[f32], cols: usize, out: &mut [f32]) {
    same_len(out.len(), cols, "col_sq_norms: out");
    let rows = rows_of(w.len(), cols, "col_sq_norms: w");
    out.fill(0.0);
    if rows == 0 {
        return;
    }
    for wr in w.chunks_exact(cols) {
        out.iter_mut().zip(wr).for_each(|(o, &v)| *o += v * v);
    }
}

pub fn scale_cols(w: &mut [f32], cols: usize, s: &[f32]) {
    same_len(s.len(), cols, "scale_cols: s");
    if rows_of(w.len(), cols, "scale_cols: w") == 0 {
        return;
    }
    for wr in w.chunks_exact_mut(cols) {
        wr.iter_mut().zip(s).for_each(|(v, &s)| *v *= s);
    }
}

pub fn exp_inplace(x: &mut [f32]) {
    x.iter_mut().for_each(|v| *v = exp_f32(*v));
}

/// The scalar peak microbenchmark: 12 independent multiply-add chains (two roundings, as everywhere
/// on this path). Returns (floating-point operations, a value depending on every chain).
pub fn fma_peak(iters: usize) -> (u64, f32) {
    let mut acc = [1.0f32; 12];
    for _ in 0..iters {
        for x in acc.iter_mut() {
            *x = *x * 0.999_999 + 1e-7;
        }
    }
    (2 * (iters * acc.len()) as u64, acc.iter().sum())
}
