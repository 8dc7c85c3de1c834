//! TEMPORARY stub of the kernel API (replaced by the real module).
#![allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Isa {
    Scalar,
    Avx2,
    Avx512,
    Neon,
}
impl Isa {
    pub fn name(self) -> &'static str {
        match self {
            Isa::Scalar => "scalar",
            Isa::Avx2 => "avx2",
            Isa::Avx512 => "avx512",
            Isa::Neon => "neon",
        }
    }
}
pub const ENV_VAR: &str = "DISTIL_SIMD";
#[derive(Debug, Clone)]
pub struct SimdError {
    pub message: String,
}
impl std::fmt::Display for SimdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for SimdError {}
pub fn selected() -> Result<Isa, SimdError> {
    match std::env::var(ENV_VAR).as_deref() {
        Ok("scalar") => Ok(Isa::Scalar),
        Ok("avx2") | Ok("auto") | Err(_) => Ok(Isa::Avx2),
        Ok(v) => Err(SimdError {
            message: format!("{ENV_VAR}={v}: unknown"),
        }),
    }
}
pub fn active_isa() -> Isa {
    selected().unwrap()
}
fn sm(x: &[f32], t: f32) -> (f32, f32) {
    let m = x.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let s: f32 = x.iter().map(|&v| ((v - m) / t).exp()).sum();
    (m, s)
}
pub fn softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    for (r, o) in x.chunks_exact(cols).zip(out.chunks_exact_mut(cols)) {
        let (m, s) = sm(r, t);
        for (o, &v) in o.iter_mut().zip(r) {
            *o = ((v - m) / t).exp() / s;
        }
    }
}
pub fn log_softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    for (r, o) in x.chunks_exact(cols).zip(out.chunks_exact_mut(cols)) {
        let (m, s) = sm(r, t);
        for (o, &v) in o.iter_mut().zip(r) {
            *o = (v - m) / t - s.ln();
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
    let mut loss = 0.0;
    let mut err = 0;
    for ((r, o), &l) in z
        .chunks_exact(cols)
        .zip(dz.chunks_exact_mut(cols))
        .zip(labels)
    {
        let (m, s) = sm(r, 1.0);
        let mut am = 0;
        for j in 0..cols {
            if r[j] > r[am] {
                am = j;
            }
            o[j] = scale * ((r[j] - m).exp() / s - if j == l as usize { 1.0 } else { 0.0 });
        }
        if am != l as usize {
            err += 1;
        }
        loss += (s.ln() + m - r[l as usize]) as f64;
    }
    (loss, err)
}
pub fn ce_soft_grad(z: &[f32], v: &[f32], dz: &mut [f32], cols: usize, t: f32, scale: f32) -> f64 {
    let mut loss = 0.0;
    for ((r, tv), o) in z
        .chunks_exact(cols)
        .zip(v.chunks_exact(cols))
        .zip(dz.chunks_exact_mut(cols))
    {
        let (m, s) = sm(r, t);
        let (mt, st) = sm(tv, t);
        for j in 0..cols {
            let q = ((r[j] - m) / t).exp() / s;
            let p = ((tv[j] - mt) / t).exp() / st;
            o[j] += scale * (q - p);
            loss -= (p * ((r[j] - m) / t - s.ln())) as f64;
        }
    }
    loss
}
pub fn relu_forward(x: &mut [f32], mask: Option<&[f32]>) {
    for (i, v) in x.iter_mut().enumerate() {
        *v = v.max(0.0) * mask.map_or(1.0, |m| m[i]);
    }
}
pub fn bias_relu_forward(x: &mut [f32], bias: &[f32], mask: Option<&[f32]>) {
    let c = bias.len();
    for (i, v) in x.iter_mut().enumerate() {
        *v = (*v + bias[i % c]).max(0.0) * mask.map_or(1.0, |m| m[i]);
    }
}
pub fn relu_backward(y: &[f32], dy: &mut [f32], mask: Option<&[f32]>) {
    for (i, d) in dy.iter_mut().enumerate() {
        *d = if y[i] > 0.0 {
            *d * mask.map_or(1.0, |m| m[i])
        } else {
            0.0
        };
    }
}
pub fn mul_inplace(x: &mut [f32], m: &[f32]) {
    for (v, &k) in x.iter_mut().zip(m) {
        *v *= k;
    }
}
pub fn add_bias_rows(x: &mut [f32], bias: &[f32]) {
    let c = bias.len();
    for (i, v) in x.iter_mut().enumerate() {
        *v += bias[i % c];
    }
}
pub fn col_sums(x: &[f32], cols: usize, out: &mut [f32]) {
    out.fill(0.0);
    for r in x.chunks_exact(cols) {
        for (o, &v) in out.iter_mut().zip(r) {
            *o += v;
        }
    }
}
pub fn sgd_momentum(w: &mut [f32], v: &mut [f32], g: &[f32], lr: f32, mu: f32) {
    for i in 0..w.len() {
        v[i] = mu * v[i] - lr * g[i];
        w[i] += v[i];
    }
}
pub fn col_sq_norms(w: &[f32], cols: usize, out: &mut [f32]) {
    out.fill(0.0);
    for r in w.chunks_exact(cols) {
        for (o, &v) in out.iter_mut().zip(r) {
            *o += v * v;
        }
    }
}
pub fn scale_cols(w: &mut [f32], cols: usize, s: &[f32]) {
    for r in w.chunks_exact_mut(cols) {
        for (o, &v) in r.iter_mut().zip(s) {
            *o *= v;
        }
    }
}
