//! Every vector kernel, written once over the [`Simd`] trait. The ISA files (`avx2.rs`,
//! `avx512.rs`, `neon.rs`) implement the trait for a token type and instantiate these bodies inside
//! `#[target_feature]` functions with [`isa_kernels!`]; since everything here is
//! `#[inline(always)]`, each instantiation compiles to straight vector code for that ISA.
//!
//! Bodies are safe code: loads and stores take slices (the trait checks lengths), and the contract
//! checks are the same helpers the scalar reference uses.

use super::exp::{
    ln_f32, EXP_C2, EXP_C3, EXP_C4, EXP_C5, EXP_C6, EXP_C7, EXP_HI, EXP_LO, LN2_HI, LN2_LO, LOG2E,
    ROUND_MAGIC,
};
use super::{inv_temperature, rows_of, same_len, AdamStep};

/// Lanewise f32 operations of one instruction set, on a token type that proves the CPU has it.
///
/// # Safety
/// Implementors call the ISA's intrinsics from these safe methods, so a value of the implementing
/// type must only be constructed when the running CPU supports that instruction set.
pub(super) unsafe trait Simd: Copy {
    const LANES: usize;
    type V: Copy;

    fn splat(self, x: f32) -> Self::V;
    /// The first `LANES` elements of `s`; panics if `s` is shorter.
    fn load(self, s: &[f32]) -> Self::V;
    /// Stores into the first `LANES` elements of `s`; panics if `s` is shorter.
    fn store(self, s: &mut [f32], v: Self::V);
    /// The `s.len() < LANES` elements of `s` in the low lanes, `fill` in the others.
    fn load_partial(self, s: &[f32], fill: f32) -> Self::V;
    /// Stores the low `s.len() < LANES` lanes of `v` into `s`, touching nothing else.
    fn store_partial(self, s: &mut [f32], v: Self::V);

    fn add(self, a: Self::V, b: Self::V) -> Self::V;
    fn sub(self, a: Self::V, b: Self::V) -> Self::V;
    fn mul(self, a: Self::V, b: Self::V) -> Self::V;
    /// `a / b`, correctly rounded (IEEE division).
    fn div(self, a: Self::V, b: Self::V) -> Self::V;
    /// Square root, correctly rounded (IEEE).
    fn sqrt(self, a: Self::V) -> Self::V;
    /// `a * b + c` with one rounding.
    fn mul_add(self, a: Self::V, b: Self::V, c: Self::V) -> Self::V;
    /// Lanewise maximum; where `a` is NaN, or `a` and `b` are zeros of either sign, gives `b`
    /// (so `max(x, 0)` maps NaN and -0.0 to +0.0). Callers never pass a NaN `b`.
    fn max(self, a: Self::V, b: Self::V) -> Self::V;
    /// Lanewise minimum, with the same NaN rule as `max`.
    fn min(self, a: Self::V, b: Self::V) -> Self::V;
    /// `a` where `y > 0`, else +0.0 (NaN `y` gives 0).
    fn keep_where_pos(self, y: Self::V, a: Self::V) -> Self::V;
    /// `v` where `!(x < bound)`, else +0.0.
    fn zero_where_lt(self, v: Self::V, x: Self::V, bound: f32) -> Self::V;
    /// `p * 2^n` for integer-valued `n` in [-126, 128] and `p` in [0.5, 2], exact when the result
    /// is a normal f32.
    fn mul_pow2(self, p: Self::V, n: Self::V) -> Self::V;
    /// Sum of the lanes (in an ISA-specific order).
    fn reduce_add(self, v: Self::V) -> f32;
    /// Maximum of the lanes.
    fn reduce_max(self, v: Self::V) -> f32;
}

/// e^x lanewise: the algorithm of [`super::exp_f32`], with FMA in the reduction and the Horner
/// steps. Same range rules (x < EXP_LO -> 0, clamped at EXP_HI) and the same error bound
/// (`EXP_MAX_REL_ERR`, asserted by the tests). NaN lanes give an unspecified finite value.
#[inline(always)]
pub(super) fn exp<S: Simd>(s: S, x: S::V) -> S::V {
    // Clamp first so the exponent arithmetic stays in range (NaN becomes EXP_LO here).
    let xc = s.min(s.max(x, s.splat(EXP_LO)), s.splat(EXP_HI));
    let magic = s.splat(ROUND_MAGIC);
    let n = s.sub(s.mul_add(xc, s.splat(LOG2E), magic), magic);
    let r = s.mul_add(n, s.splat(-LN2_HI), xc);
    let r = s.mul_add(n, s.splat(-LN2_LO), r);
    let mut q = s.mul_add(s.splat(EXP_C7), r, s.splat(EXP_C6));
    for c in [EXP_C5, EXP_C4, EXP_C3, EXP_C2, 1.0, 1.0] {
        q = s.mul_add(q, r, s.splat(c));
    }
    s.zero_where_lt(s.mul_pow2(q, n), x, EXP_LO)
}

/// Maximum of a row (full vectors, then the tail padded with -inf).
#[inline(always)]
fn row_max<S: Simd>(s: S, x: &[f32]) -> f32 {
    let mut m = s.splat(f32::NEG_INFINITY);
    let mut chunks = x.chunks_exact(S::LANES);
    for c in &mut chunks {
        m = s.max(s.load(c), m);
    }
    let rem = chunks.remainder();
    if !rem.is_empty() {
        m = s.max(s.load_partial(rem, f32::NEG_INFINITY), m);
    }
    s.reduce_max(m)
}

/// `exp((x - max) * inv_t)` lanewise; padding lanes (x = -inf) give 0.
#[inline(always)]
fn exp_shifted<S: Simd>(s: S, x: S::V, max: S::V, inv_t: S::V) -> S::V {
    exp(s, s.mul(s.sub(x, max), inv_t))
}

/// Writes `out_i = exp((x_i - max) * inv_t)` and returns `Σ out_i`.
#[inline(always)]
fn store_exp_shifted<S: Simd>(s: S, x: &[f32], out: &mut [f32], max: f32, inv_t: f32) -> f32 {
    let (vmax, vinv) = (s.splat(max), s.splat(inv_t));
    let mut acc = s.splat(0.0);
    let mut xc = x.chunks_exact(S::LANES);
    let mut oc = out.chunks_exact_mut(S::LANES);
    for (xv, ov) in (&mut xc).zip(&mut oc) {
        let e = exp_shifted(s, s.load(xv), vmax, vinv);
        s.store(ov, e);
        acc = s.add(acc, e);
    }
    let (xr, or) = (xc.remainder(), oc.into_remainder());
    if !xr.is_empty() {
        let e = exp_shifted(s, s.load_partial(xr, f32::NEG_INFINITY), vmax, vinv);
        s.store_partial(or, e);
        acc = s.add(acc, e);
    }
    s.reduce_add(acc)
}

/// `Σ exp((x_i - max) * inv_t)`.
#[inline(always)]
fn sum_exp_shifted<S: Simd>(s: S, x: &[f32], max: f32, inv_t: f32) -> f32 {
    let (vmax, vinv) = (s.splat(max), s.splat(inv_t));
    let mut acc = s.splat(0.0);
    let mut xc = x.chunks_exact(S::LANES);
    for xv in &mut xc {
        acc = s.add(acc, exp_shifted(s, s.load(xv), vmax, vinv));
    }
    let xr = xc.remainder();
    if !xr.is_empty() {
        acc = s.add(
            acc,
            exp_shifted(s, s.load_partial(xr, f32::NEG_INFINITY), vmax, vinv),
        );
    }
    s.reduce_add(acc)
}

// The elementwise loops below are macros, not functions taking closures: a closure is a function
// of its own without the ISA's target features, and LLVM may keep it out of line, where every
// intrinsic becomes a call. Macros paste the body straight into the `#[target_feature]` code.

/// The lane count of a token's ISA.
#[inline(always)]
fn lanes<S: Simd>(_: S) -> usize {
    S::LANES
}

/// `x = body(v)` with `v` each vector of the slice `x`: full vectors, then one partial vector.
macro_rules! map {
    ($s:ident, $x:expr, |$v:ident| $body:expr) => {{
        let mut xc = $x.chunks_exact_mut(lanes($s));
        for xv in &mut xc {
            let $v = $s.load(xv);
            let r = $body;
            $s.store(xv, r);
        }
        let xr = xc.into_remainder();
        if !xr.is_empty() {
            let $v = $s.load_partial(xr, 0.0);
            let r = $body;
            $s.store_partial(xr, r);
        }
    }};
}

/// `out = body(v)` with `v` each vector of `x` (same length as `out`).
macro_rules! map_into {
    ($s:ident, $x:expr => $out:expr, |$v:ident| $body:expr) => {{
        let mut xc = $x.chunks_exact(lanes($s));
        let mut oc = $out.chunks_exact_mut(lanes($s));
        for (xv, ov) in (&mut xc).zip(&mut oc) {
            let $v = $s.load(xv);
            let r = $body;
            $s.store(ov, r);
        }
        let (xr, or) = (xc.remainder(), oc.into_remainder());
        if !xr.is_empty() {
            let $v = $s.load_partial(xr, 0.0);
            let r = $body;
            $s.store_partial(or, r);
        }
    }};
}

/// `x = body(v, a)` over `x` and `a` of equal length.
macro_rules! map2 {
    ($s:ident, $x:expr, $a:expr, |$v:ident, $av:ident| $body:expr) => {{
        let mut xc = $x.chunks_exact_mut(lanes($s));
        let mut ac = $a.chunks_exact(lanes($s));
        for (xv, av) in (&mut xc).zip(&mut ac) {
            let ($v, $av) = ($s.load(xv), $s.load(av));
            let r = $body;
            $s.store(xv, r);
        }
        let (xr, ar) = (xc.into_remainder(), ac.remainder());
        if !xr.is_empty() {
            let ($v, $av) = ($s.load_partial(xr, 0.0), $s.load_partial(ar, 0.0));
            let r = $body;
            $s.store_partial(xr, r);
        }
    }};
}

/// `x = body(v, a, b)` over `x`, `a` and `b` of equal length.
macro_rules! map3 {
    ($s:ident, $x:expr, $a:expr, $b:expr, |$v:ident, $av:ident, $bv:ident| $body:expr) => {{
        let mut xc = $x.chunks_exact_mut(lanes($s));
        let mut ac = $a.chunks_exact(lanes($s));
        let mut bc = $b.chunks_exact(lanes($s));
        for ((xv, av), bv) in (&mut xc).zip(&mut ac).zip(&mut bc) {
            let ($v, $av, $bv) = ($s.load(xv), $s.load(av), $s.load(bv));
            let r = $body;
            $s.store(xv, r);
        }
        let (xr, ar, br) = (xc.into_remainder(), ac.remainder(), bc.remainder());
        if !xr.is_empty() {
            let ($v, $av, $bv) = (
                $s.load_partial(xr, 0.0),
                $s.load_partial(ar, 0.0),
                $s.load_partial(br, 0.0),
            );
            let r = $body;
            $s.store_partial(xr, r);
        }
    }};
}

#[inline(always)]
pub(super) fn softmax_rows<S: Simd>(s: S, x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    same_len(out.len(), x.len(), "softmax_rows: out");
    let inv_t = inv_temperature(t);
    if rows_of(x.len(), cols, "softmax_rows: x") == 0 {
        return;
    }
    for (xr, or) in x.chunks_exact(cols).zip(out.chunks_exact_mut(cols)) {
        let max = row_max(s, xr);
        let inv_s = s.splat(1.0 / store_exp_shifted(s, xr, or, max, inv_t));
        map!(s, or, |e| s.mul(e, inv_s));
    }
}

#[inline(always)]
pub(super) fn log_softmax_rows<S: Simd>(s: S, x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    same_len(out.len(), x.len(), "log_softmax_rows: out");
    let inv_t = inv_temperature(t);
    if rows_of(x.len(), cols, "log_softmax_rows: x") == 0 {
        return;
    }
    let (vinv, floor) = (s.splat(inv_t), s.splat(-f32::MAX));
    for (xr, or) in x.chunks_exact(cols).zip(out.chunks_exact_mut(cols)) {
        let max = row_max(s, xr);
        let ln_s = ln_f32(sum_exp_shifted(s, xr, max, inv_t));
        let (vmax, vln) = (s.splat(max), s.splat(ln_s));
        map_into!(s, xr => or, |v| s.max(s.sub(s.mul(s.sub(v, vmax), vinv), vln), floor));
    }
}

#[inline(always)]
pub(super) fn ce_hard_grad<S: Simd>(
    s: S,
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
    let vscale = s.splat(scale);
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
        let max = row_max(s, zr);
        // First maximal index; a row without one (NaN) counts as an error.
        errors += usize::from(zr.iter().position(|&v| v == max) != Some(label));
        let sum = store_exp_shifted(s, zr, dr, max, 1.0);
        let inv_s = 1.0 / sum;
        let e_label = dr[label];
        let vinv = s.splat(inv_s);
        map!(s, dr, |e| s.mul(vscale, s.mul(e, vinv)));
        dr[label] = scale * (e_label * inv_s - 1.0);
        loss += f64::from(ln_f32(sum)) + f64::from(max) - f64::from(zr[label]);
    }
    (loss, errors)
}

/// The per-row constants of `ce_soft_grad`, splatted.
struct SoftRow<V> {
    zmax: V,
    vmax: V,
    inv_t: V,
    inv_sz: V,
    inv_sv: V,
    ln_sz: V,
    scale: V,
    floor: V,
}

/// One vector of a soft cross-entropy row: returns `d + scale * (q - p)` and adds `p ln q` to
/// `acc`. The exponentials are recomputed here rather than kept from the row sums: no scratch
/// buffer, no allocation.
#[inline(always)]
fn soft_step<S: Simd>(s: S, c: &SoftRow<S::V>, d: S::V, z: S::V, v: S::V, acc: &mut S::V) -> S::V {
    let zs = s.mul(s.sub(z, c.zmax), c.inv_t);
    let q = s.mul(exp(s, zs), c.inv_sz);
    let p = s.mul(exp_shifted(s, v, c.vmax, c.inv_t), c.inv_sv);
    *acc = s.mul_add(p, s.max(s.sub(zs, c.ln_sz), c.floor), *acc);
    s.mul_add(c.scale, s.sub(q, p), d)
}

#[inline(always)]
pub(super) fn ce_soft_grad<S: Simd>(
    s: S,
    z: &[f32],
    v: &[f32],
    dz: &mut [f32],
    cols: usize,
    t: f32,
    scale: f32,
) -> f64 {
    same_len(v.len(), z.len(), "ce_soft_grad: v");
    same_len(dz.len(), z.len(), "ce_soft_grad: dz");
    let inv_t = inv_temperature(t);
    let mut loss = 0.0f64;
    if rows_of(z.len(), cols, "ce_soft_grad: z") == 0 {
        return loss;
    }
    let (vinv, vscale, floor) = (s.splat(inv_t), s.splat(scale), s.splat(-f32::MAX));
    for ((zr, vr), dr) in z
        .chunks_exact(cols)
        .zip(v.chunks_exact(cols))
        .zip(dz.chunks_exact_mut(cols))
    {
        let (zmax, vmax) = (row_max(s, zr), row_max(s, vr));
        let sz = sum_exp_shifted(s, zr, zmax, inv_t);
        let sv = sum_exp_shifted(s, vr, vmax, inv_t);
        let (inv_sz, inv_sv) = (s.splat(1.0 / sz), s.splat(1.0 / sv));
        let ln_sz = s.splat(ln_f32(sz));
        let c = SoftRow {
            zmax: s.splat(zmax),
            vmax: s.splat(vmax),
            inv_t: vinv,
            inv_sz,
            inv_sv,
            ln_sz,
            scale: vscale,
            floor,
        };
        let mut acc = s.splat(0.0);
        let mut dc = dr.chunks_exact_mut(S::LANES);
        let mut zc = zr.chunks_exact(S::LANES);
        let mut vc = vr.chunks_exact(S::LANES);
        for ((dv, zv), vv) in (&mut dc).zip(&mut zc).zip(&mut vc) {
            let d = soft_step(s, &c, s.load(dv), s.load(zv), s.load(vv), &mut acc);
            s.store(dv, d);
        }
        let dv = dc.into_remainder();
        if !dv.is_empty() {
            // Padding lanes (z = v = -inf) give q = p = 0 and ln q = -f32::MAX, so they add 0.
            let inf = f32::NEG_INFINITY;
            let (zv, vv) = (
                s.load_partial(zc.remainder(), inf),
                s.load_partial(vc.remainder(), inf),
            );
            let d = soft_step(s, &c, s.load_partial(dv, 0.0), zv, vv, &mut acc);
            s.store_partial(dv, d);
        }
        loss -= f64::from(s.reduce_add(acc));
    }
    loss
}

#[inline(always)]
pub(super) fn relu_forward<S: Simd>(s: S, x: &mut [f32], mask: Option<&[f32]>) {
    let zero = s.splat(0.0);
    match mask {
        None => map!(s, x, |v| s.max(v, zero)),
        Some(m) => {
            same_len(m.len(), x.len(), "relu_forward: mask");
            map2!(s, x, m, |v, mv| s.mul(s.max(v, zero), mv));
        }
    }
}

#[inline(always)]
pub(super) fn bias_relu_forward<S: Simd>(s: S, x: &mut [f32], bias: &[f32], mask: Option<&[f32]>) {
    let cols = bias.len();
    if let Some(m) = mask {
        same_len(m.len(), x.len(), "bias_relu_forward: mask");
    }
    if rows_of(x.len(), cols, "bias_relu_forward: x") == 0 {
        return;
    }
    let zero = s.splat(0.0);
    match mask {
        None => {
            for xr in x.chunks_exact_mut(cols) {
                map2!(s, xr, bias, |v, b| s.max(s.add(v, b), zero));
            }
        }
        Some(m) => {
            for (xr, mr) in x.chunks_exact_mut(cols).zip(m.chunks_exact(cols)) {
                map3!(s, xr, bias, mr, |v, b, mv| s
                    .mul(s.max(s.add(v, b), zero), mv));
            }
        }
    }
}

#[inline(always)]
pub(super) fn relu_backward<S: Simd>(s: S, y: &[f32], dy: &mut [f32], mask: Option<&[f32]>) {
    same_len(dy.len(), y.len(), "relu_backward: dy");
    match mask {
        None => map2!(s, dy, y, |d, yv| s.keep_where_pos(yv, d)),
        Some(m) => {
            same_len(m.len(), y.len(), "relu_backward: mask");
            map3!(s, dy, y, m, |d, yv, mv| s.keep_where_pos(yv, s.mul(d, mv)));
        }
    }
}

#[inline(always)]
pub(super) fn mul_inplace<S: Simd>(s: S, x: &mut [f32], m: &[f32]) {
    same_len(m.len(), x.len(), "mul_inplace: m");
    map2!(s, x, m, |v, mv| s.mul(v, mv));
}

#[inline(always)]
pub(super) fn add_bias_rows<S: Simd>(s: S, x: &mut [f32], bias: &[f32]) {
    let cols = bias.len();
    if rows_of(x.len(), cols, "add_bias_rows: x") == 0 {
        return;
    }
    for xr in x.chunks_exact_mut(cols) {
        map2!(s, xr, bias, |v, b| s.add(v, b));
    }
}

/// `v` or `v²`: the term of `col_reduce`.
#[inline(always)]
fn col_term<S: Simd, const SQUARE: bool>(s: S, v: S::V) -> S::V {
    if SQUARE {
        s.mul(v, v)
    } else {
        v
    }
}

/// `out[j] = Σ_r f(x[r, j])` in row order, with `f` the identity or the square. `out` is the
/// accumulator and `x` is read once, row after row (a column-strip order re-walks every row per
/// strip and was three times slower on a 1200 × 1200 matrix); no FMA, so the bits equal the scalar
/// ones.
#[inline(always)]
fn col_reduce<S: Simd, const SQUARE: bool>(
    s: S,
    x: &[f32],
    cols: usize,
    out: &mut [f32],
    what: &str,
) {
    same_len(out.len(), cols, what);
    rows_of(x.len(), cols, what);
    out.fill(0.0);
    if cols == 0 {
        return;
    }
    for row in x.chunks_exact(cols) {
        map2!(s, out, row, |acc, v| s
            .add(acc, col_term::<S, SQUARE>(s, v)));
    }
}

#[inline(always)]
pub(super) fn col_sums<S: Simd>(s: S, x: &[f32], cols: usize, out: &mut [f32]) {
    col_reduce::<S, false>(s, x, cols, out, "col_sums");
}

#[inline(always)]
pub(super) fn col_sq_norms<S: Simd>(s: S, w: &[f32], cols: usize, out: &mut [f32]) {
    col_reduce::<S, true>(s, w, cols, out, "col_sq_norms");
}

/// `v = mu * v - lr * g` (one FMA), `w = w + v`; returns the new `(w, v)`.
#[inline(always)]
fn sgd_step<S: Simd>(s: S, neg_lr: S::V, mu: S::V, w: S::V, v: S::V, g: S::V) -> (S::V, S::V) {
    let v = s.mul_add(neg_lr, g, s.mul(mu, v));
    (s.add(w, v), v)
}

#[inline(always)]
pub(super) fn sgd_momentum<S: Simd>(
    s: S,
    w: &mut [f32],
    v: &mut [f32],
    g: &[f32],
    lr: f32,
    mu: f32,
) -> bool {
    same_len(v.len(), w.len(), "sgd_momentum: v");
    same_len(g.len(), w.len(), "sgd_momentum: g");
    let (neg_lr, vmu, zero) = (s.splat(-lr), s.splat(mu), s.splat(0.0));
    // Σ w·0 over the new weights: ±0 while every weight is finite, NaN once one is not. Two
    // register operations per vector, on values already in registers.
    let mut poison = zero;
    let mut wc = w.chunks_exact_mut(S::LANES);
    let mut vc = v.chunks_exact_mut(S::LANES);
    let mut gc = g.chunks_exact(S::LANES);
    for ((wv, vv), gv) in (&mut wc).zip(&mut vc).zip(&mut gc) {
        let (nw, nv) = sgd_step(s, neg_lr, vmu, s.load(wv), s.load(vv), s.load(gv));
        s.store(wv, nw);
        s.store(vv, nv);
        poison = s.mul_add(nw, zero, poison);
    }
    let (wr, vr) = (wc.into_remainder(), vc.into_remainder());
    if !wr.is_empty() {
        let (nw, nv) = sgd_step(
            s,
            neg_lr,
            vmu,
            s.load_partial(wr, 0.0),
            s.load_partial(vr, 0.0),
            s.load_partial(gc.remainder(), 0.0),
        );
        s.store_partial(wr, nw);
        s.store_partial(vr, nv);
        poison = s.mul_add(nw, zero, poison);
    }
    s.reduce_add(poison) == 0.0
}

/// One Adam step on a vector: the new `(w, m, v)` (see [`super::adam_update`]).
#[inline(always)]
fn adam_lanes<S: Simd>(s: S, c: &AdamLanes<S::V>, w: S::V, m: S::V, v: S::V, g: S::V) -> [S::V; 3] {
    let m = s.mul_add(c.one_minus_beta1, g, s.mul(c.beta1, m));
    let v = s.mul_add(c.one_minus_beta2, s.mul(g, g), s.mul(c.beta2, v));
    let d = s.mul_add(s.sqrt(v), c.inv_sqrt_c2, c.eps);
    [s.mul_add(c.neg_step, s.div(m, d), w), m, v]
}

/// [`super::AdamStep`] splatted.
struct AdamLanes<V> {
    neg_step: V,
    inv_sqrt_c2: V,
    beta1: V,
    one_minus_beta1: V,
    beta2: V,
    one_minus_beta2: V,
    eps: V,
}

#[inline(always)]
pub(super) fn adam_update<S: Simd>(
    s: S,
    w: &mut [f32],
    m: &mut [f32],
    v: &mut [f32],
    g: &[f32],
    h: AdamStep,
) -> bool {
    same_len(m.len(), w.len(), "adam_update: m");
    same_len(v.len(), w.len(), "adam_update: v");
    same_len(g.len(), w.len(), "adam_update: g");
    let c = AdamLanes {
        neg_step: s.splat(-h.step),
        inv_sqrt_c2: s.splat(h.inv_sqrt_c2),
        beta1: s.splat(h.beta1),
        one_minus_beta1: s.splat(1.0 - h.beta1),
        beta2: s.splat(h.beta2),
        one_minus_beta2: s.splat(1.0 - h.beta2),
        eps: s.splat(h.eps),
    };
    // As in sgd_momentum: Σ w·0 is NaN once a new weight is not finite; so is Σ v·0 once a
    // squared-gradient average overflows (the weight then stays finite, its step 0 for good).
    let zero = s.splat(0.0);
    let mut poison = zero;
    let mut wc = w.chunks_exact_mut(S::LANES);
    let mut mc = m.chunks_exact_mut(S::LANES);
    let mut vc = v.chunks_exact_mut(S::LANES);
    let mut gc = g.chunks_exact(S::LANES);
    for (((wv, mv), vv), gv) in (&mut wc).zip(&mut mc).zip(&mut vc).zip(&mut gc) {
        let [nw, nm, nv] = adam_lanes(s, &c, s.load(wv), s.load(mv), s.load(vv), s.load(gv));
        s.store(wv, nw);
        s.store(mv, nm);
        s.store(vv, nv);
        poison = s.mul_add(nv, zero, s.mul_add(nw, zero, poison));
    }
    let (wr, mr, vr) = (
        wc.into_remainder(),
        mc.into_remainder(),
        vc.into_remainder(),
    );
    if !wr.is_empty() {
        let [nw, nm, nv] = adam_lanes(
            s,
            &c,
            s.load_partial(wr, 0.0),
            s.load_partial(mr, 0.0),
            s.load_partial(vr, 0.0),
            s.load_partial(gc.remainder(), 0.0),
        );
        s.store_partial(wr, nw);
        s.store_partial(mr, nm);
        s.store_partial(vr, nv);
        poison = s.mul_add(nv, zero, s.mul_add(nw, zero, poison));
    }
    s.reduce_add(poison) == 0.0
}

/// Independent FMA chains, enough to cover the FMA latency on two pipes: the machine's peak.
const FMA_CHAINS: usize = 12;

/// `iters` rounds of `FMA_CHAINS` independent vector FMAs (the peak-FLOP/s microbenchmark).
/// Returns the floating-point operations done (2 per lane per FMA) and a value that depends on
/// every chain, so nothing is optimised away.
#[inline(always)]
pub(super) fn fma_peak<S: Simd>(s: S, iters: usize) -> (u64, f32) {
    let (a, b) = (s.splat(0.999_999), s.splat(1e-7));
    let mut acc = [s.splat(1.0); FMA_CHAINS];
    for _ in 0..iters {
        for x in acc.iter_mut() {
            *x = s.mul_add(*x, a, b);
        }
    }
    let sum = acc.iter().fold(s.splat(0.0), |t, &x| s.add(t, x));
    let flops = 2 * (iters * FMA_CHAINS * S::LANES) as u64;
    (flops, s.reduce_add(sum))
}

#[inline(always)]
pub(super) fn scale_cols<S: Simd>(s: S, w: &mut [f32], cols: usize, sc: &[f32]) {
    same_len(sc.len(), cols, "scale_cols: s");
    if rows_of(w.len(), cols, "scale_cols: w") == 0 {
        return;
    }
    for wr in w.chunks_exact_mut(cols) {
        map2!(s, wr, sc, |v, c| s.mul(v, c));
    }
}

#[inline(always)]
pub(super) fn exp_inplace<S: Simd>(s: S, x: &mut [f32]) {
    map!(s, x, |v| exp(s, v));
}

/// Defines, in an ISA file, one `#[target_feature]` function per kernel that instantiates the
/// generic body with the ISA's token, a safe wrapper for each, and the `KERNELS` table of them.
///
/// `$token` must implement [`Simd`] and have `unsafe fn new_unchecked() -> Self` whose contract is
/// that the CPU supports `$feature` and every feature rustc takes it to imply; `$isa` is the
/// matching [`super::Isa`].
macro_rules! isa_kernels {
    ($token:ty, $feature:literal, $isa:expr) => {
        isa_kernels!(@each $token, $feature, $isa;
            softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32);
            log_softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32);
            ce_hard_grad(z: &[f32], labels: &[u32], dz: &mut [f32], cols: usize, scale: f32) -> (f64, usize);
            ce_soft_grad(z: &[f32], v: &[f32], dz: &mut [f32], cols: usize, t: f32, scale: f32) -> f64;
            relu_forward(x: &mut [f32], mask: Option<&[f32]>);
            bias_relu_forward(x: &mut [f32], bias: &[f32], mask: Option<&[f32]>);
            relu_backward(y: &[f32], dy: &mut [f32], mask: Option<&[f32]>);
            mul_inplace(x: &mut [f32], m: &[f32]);
            add_bias_rows(x: &mut [f32], bias: &[f32]);
            col_sums(x: &[f32], cols: usize, out: &mut [f32]);
            sgd_momentum(w: &mut [f32], v: &mut [f32], g: &[f32], lr: f32, mu: f32) -> bool;
            adam_update(w: &mut [f32], m: &mut [f32], v: &mut [f32], g: &[f32], h: $crate::simd::AdamStep) -> bool;
            col_sq_norms(w: &[f32], cols: usize, out: &mut [f32]);
            scale_cols(w: &mut [f32], cols: usize, s: &[f32]);
            exp_inplace(x: &mut [f32]);
            fma_peak(iters: usize) -> (u64, f32);
        );
    };
    (@each $token:ty, $feature:literal, $isa:expr;
        $($name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?;)*) => {
        /// The generic bodies compiled with this ISA enabled.
        mod enabled {
            #[allow(unused_imports)]
            use super::*;
            $(
                /// # Safety
                /// The CPU must support the instruction set of this module.
                #[target_feature(enable = $feature)]
                pub(super) unsafe fn $name($($arg: $ty),*) $(-> $ret)? {
                    // SAFETY: our caller guarantees the CPU has the features, the token's contract.
                    let token = unsafe { <$token>::new_unchecked() };
                    $crate::simd::generic::$name(token, $($arg),*)
                }
            )*
        }
        $(
            fn $name($($arg: $ty),*) $(-> $ret)? {
                debug_assert!($crate::simd::Kernels::for_isa($isa).is_some());
                // SAFETY: this function is only reachable through `KERNELS`, and
                // `Kernels::for_isa` hands `KERNELS` out only after detecting the features.
                unsafe { enabled::$name($($arg),*) }
            }
        )*
        /// This ISA's table; only `Kernels::for_isa` may hand it out (see the safety model).
        pub(super) static KERNELS: $crate::simd::Kernels = $crate::simd::Kernels {
            isa: $isa,
            $($name,)*
        };
    };
}
pub(super) use isa_kernels;
