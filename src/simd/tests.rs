//! Kernel tests: every available ISA against the scalar reference over awkward sizes, the
//! reference against f64 math, extreme inputs, exp/ln error bounds, and ISA selection.

use super::*;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// SplitMix64: a tiny seeded generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in [lo, hi).
    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        (lo as f64 + (hi - lo) as f64 * self.unit()) as f32
    }
    fn vec(&mut self, n: usize, lo: f32, hi: f32) -> Vec<f32> {
        (0..n).map(|_| self.range(lo, hi)).collect()
    }
    fn below(&mut self, n: u32) -> u32 {
        (self.next_u64() % u64::from(n)) as u32
    }
}

/// The sizes the style guide asks for (0 only where meaningful).
const LENS: [usize; 13] = [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 784, 1000];
const ROWS: [usize; 3] = [0, 1, 3];
const TEMPS: [f32; 4] = [0.5, 1.0, 3.0, 20.0];

/// The vector ISAs of this CPU; the others are skipped with a note.
fn vector_isas() -> Vec<Isa> {
    let avail = available();
    for isa in Isa::ALL {
        if !avail.contains(&isa) {
            println!("note: {isa} is not available on this CPU; its kernels are not tested here");
        }
    }
    avail
        .into_iter()
        .filter(|&isa| isa != Isa::Scalar)
        .collect()
}

/// Every ISA of this CPU, the scalar one included.
fn all_isas() -> Vec<&'static Kernels> {
    available()
        .into_iter()
        .map(|isa| Kernels::for_isa(isa).unwrap())
        .collect()
}

fn kernels(isa: Isa) -> &'static Kernels {
    Kernels::for_isa(isa).expect("available ISA has a table")
}

/// Guard cells around every buffer a kernel writes, to catch stray (masked or tail) writes.
const GUARD: usize = 16;
const SENTINEL: f32 = -7.25e7;

fn guarded(data: &[f32]) -> Vec<f32> {
    let mut v = vec![SENTINEL; GUARD];
    v.extend_from_slice(data);
    v.extend([SENTINEL; GUARD]);
    v
}

fn inner(v: &mut [f32]) -> &mut [f32] {
    let n = v.len();
    &mut v[GUARD..n - GUARD]
}

fn inner_ref(v: &[f32]) -> &[f32] {
    &v[GUARD..v.len() - GUARD]
}

#[track_caller]
fn check_guards(v: &[f32], ctx: &str) {
    let n = v.len();
    for i in (0..GUARD).chain(n - GUARD..n) {
        assert_eq!(
            v[i].to_bits(),
            SENTINEL.to_bits(),
            "{ctx}: stray write at guard index {i}"
        );
    }
}

/// Bitwise equality (NaN equal to the same NaN, -0.0 != +0.0).
#[track_caller]
fn assert_bits_eq(got: &[f32], want: &[f32], ctx: &str) {
    assert_eq!(got.len(), want.len(), "{ctx}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert_eq!(
            g.to_bits(),
            w.to_bits(),
            "{ctx}: index {i}: got {g:e}, want {w:e}"
        );
    }
}

/// `|got - want| <= rel * |want| + abs`, elementwise, and no NaN.
#[track_caller]
fn assert_close(got: &[f32], want: &[f32], rel: f32, abs: f32, ctx: &str) {
    assert_eq!(got.len(), want.len(), "{ctx}: length");
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let ok = (g - w).abs() <= rel * w.abs() + abs;
        assert!(
            ok,
            "{ctx}: index {i}: got {g:e}, want {w:e} (rel {rel:e}, abs {abs:e})"
        );
    }
}

#[track_caller]
fn assert_close64(got: f64, want: f64, rel: f64, abs: f64, ctx: &str) {
    assert!(
        (got - want).abs() <= rel * want.abs() + abs,
        "{ctx}: got {got:e}, want {want:e}"
    );
}

// ---------------------------------------------------------------------------------------------
// exp / ln error bounds
// ---------------------------------------------------------------------------------------------

/// Every 1/1000 step of [-87, 88] and 10^6 random points of [EXP_LO, EXP_HI].
fn exp_sweep() -> Vec<f32> {
    let mut xs: Vec<f32> = (-87_000..=88_000).map(|i| i as f32 / 1000.0).collect();
    let mut rng = Rng::new(0xe4b);
    xs.extend((0..1_000_000).map(|_| rng.range(EXP_LO, EXP_HI)));
    xs
}

fn max_rel_err_exp(xs: &[f32], ys: &[f32]) -> (f64, f32) {
    let mut worst = (0.0, 0.0);
    for (&x, &y) in xs.iter().zip(ys) {
        let want = f64::from(x).exp();
        let err = (f64::from(y) - want).abs() / want;
        if err.is_nan() || err > worst.0 {
            worst = (err, x);
        }
    }
    worst
}

#[test]
fn exp_scalar_error_bound() {
    let xs = exp_sweep();
    let ys: Vec<f32> = xs.iter().map(|&x| exp_f32(x)).collect();
    let (err, at) = max_rel_err_exp(&xs, &ys);
    println!("exp_f32: max relative error {err:.3e} at x = {at}");
    assert!(
        err < EXP_MAX_REL_ERR,
        "exp_f32: relative error {err:e} at {at}"
    );
}

#[test]
fn exp_simd_error_bound() {
    let xs = exp_sweep();
    for k in all_isas() {
        let mut ys = xs.clone();
        (k.exp_inplace)(&mut ys);
        let (err, at) = max_rel_err_exp(&xs, &ys);
        println!("{}: exp max relative error {err:.3e} at x = {at}", k.isa);
        assert!(
            err < EXP_MAX_REL_ERR,
            "{}: exp relative error {err:e} at {at}",
            k.isa
        );
    }
}

#[test]
fn exp_range_rules() {
    let below = [-87.34f32, -88.0, -100.0, -1e30, f32::MIN, f32::NEG_INFINITY];
    let above = [EXP_HI, 88.73, 89.0, 1e30, f32::MAX, f32::INFINITY];
    for k in all_isas() {
        let mut v = below.to_vec();
        (k.exp_inplace)(&mut v);
        assert_bits_eq(&v, &[0.0; 6], &format!("{}: exp below range", k.isa));
        let mut v = above.to_vec();
        (k.exp_inplace)(&mut v);
        for (x, y) in above.iter().zip(&v) {
            assert!(y.is_finite() && *y > 3.3e38, "{}: exp({x}) = {y}", k.isa);
        }
        let mut v = vec![0.0, EXP_LO, 1.0];
        (k.exp_inplace)(&mut v);
        assert_eq!(v[0], 1.0, "{}: exp(0)", k.isa);
        assert!(
            v[1] >= f32::MIN_POSITIVE,
            "{}: exp(EXP_LO) = {:e} is subnormal",
            k.isa,
            v[1]
        );
        assert!(
            (v[2] - std::f32::consts::E).abs() <= 2.0 * f32::EPSILON,
            "{}: exp(1)",
            k.isa
        );
    }
    assert!(exp_f32(f32::NAN).is_nan());
}

#[test]
fn ln_scalar_error_bound() {
    let mut xs = Vec::new();
    // 2000 mantissas in every binade, subnormals included.
    for e in -149..128 {
        let base = 2f64.powi(e);
        xs.extend((0..2000).map(|i| (base * (1.0 + i as f64 / 2000.0)) as f32));
    }
    // Dense around 1, where ln is small and relative error is hardest.
    xs.extend((0..200_000).map(|i| 0.5 + 1.5 * i as f32 / 200_000.0));
    let mut rng = Rng::new(0x1a);
    xs.extend((0..1_000_000).map(|_| f32::from_bits((rng.next_u64() as u32) % 0x7f80_0000)));
    let mut worst = (0.0f64, 0.0f32);
    for &x in xs.iter().filter(|&&x| x > 0.0) {
        let want = f64::from(x).ln();
        let got = f64::from(ln_f32(x));
        let err = if want == 0.0 {
            got.abs()
        } else {
            (got - want).abs() / want.abs()
        };
        if err.is_nan() || err > worst.0 {
            worst = (err, x);
        }
    }
    println!(
        "ln_f32: max relative error {:.3e} at x = {:e}",
        worst.0, worst.1
    );
    assert!(
        worst.0 < LN_MAX_REL_ERR,
        "ln_f32: relative error {:e} at {:e}",
        worst.0,
        worst.1
    );
    assert_eq!(ln_f32(1.0), 0.0);
    assert_eq!(ln_f32(0.0), f32::NEG_INFINITY);
    assert_eq!(ln_f32(f32::INFINITY), f32::INFINITY);
    assert!(ln_f32(-1.0).is_nan() && ln_f32(f32::NAN).is_nan());
}

// ---------------------------------------------------------------------------------------------
// The scalar reference against f64 math
// ---------------------------------------------------------------------------------------------

fn softmax64(x: &[f32], t: f32) -> Vec<f64> {
    let max = x
        .iter()
        .fold(f64::NEG_INFINITY, |m, &v| m.max(f64::from(v)));
    let e: Vec<f64> = x
        .iter()
        .map(|&v| ((f64::from(v) - max) / f64::from(t)).exp())
        .collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

fn log_softmax64(x: &[f32], t: f32) -> Vec<f64> {
    let max = x
        .iter()
        .fold(f64::NEG_INFINITY, |m, &v| m.max(f64::from(v)));
    let d: Vec<f64> = x
        .iter()
        .map(|&v| (f64::from(v) - max) / f64::from(t))
        .collect();
    let ln_s = d.iter().map(|v| v.exp()).sum::<f64>().ln();
    d.iter().map(|v| v - ln_s).collect()
}

fn to32(v: &[f64]) -> Vec<f32> {
    v.iter().map(|&x| x as f32).collect()
}

#[test]
fn scalar_softmax_matches_f64() {
    let mut rng = Rng::new(1);
    for cols in [1, 2, 10, 17, 100] {
        for t in [0.3, 1.0, 4.0, 20.0] {
            let x = rng.vec(3 * cols, -8.0, 8.0);
            let mut p = vec![f32::NAN; x.len()];
            let mut lp = vec![f32::NAN; x.len()];
            scalar::softmax_rows(&x, &mut p, cols, t);
            scalar::log_softmax_rows(&x, &mut lp, cols, t);
            for r in 0..3 {
                let row = &x[r * cols..][..cols];
                let ctx = format!("cols {cols} t {t} row {r}");
                assert_close(
                    &p[r * cols..][..cols],
                    &to32(&softmax64(row, t)),
                    1e-6,
                    1e-12,
                    &ctx,
                );
                assert_close(
                    &lp[r * cols..][..cols],
                    &to32(&log_softmax64(row, t)),
                    1e-6,
                    1e-6,
                    &ctx,
                );
            }
        }
    }
}

#[test]
fn scalar_ce_hard_matches_f64() {
    let mut rng = Rng::new(2);
    for cols in [1, 2, 10, 33] {
        let rows = 5;
        let z = rng.vec(rows * cols, -6.0, 6.0);
        let labels: Vec<u32> = (0..rows).map(|_| rng.below(cols as u32)).collect();
        let scale = 0.37;
        let mut dz = vec![f32::NAN; z.len()];
        let (loss, errors) = scalar::ce_hard_grad(&z, &labels, &mut dz, cols, scale);
        let (mut want_loss, mut want_errors) = (0.0, 0);
        for r in 0..rows {
            let row = &z[r * cols..][..cols];
            let label = labels[r] as usize;
            let p = softmax64(row, 1.0);
            want_loss -= p[label].ln();
            let first_max = (0..cols).fold(0, |a, i| if row[i] > row[a] { i } else { a });
            want_errors += usize::from(first_max != label);
            let grad: Vec<f64> = p
                .iter()
                .enumerate()
                .map(|(i, &p)| f64::from(scale) * (p - f64::from(u8::from(i == label))))
                .collect();
            assert_close(
                &dz[r * cols..][..cols],
                &to32(&grad),
                1e-6,
                1e-7,
                &format!("cols {cols} row {r}"),
            );
        }
        assert_close64(loss, want_loss, 1e-6, 1e-6, &format!("cols {cols}: loss"));
        assert_eq!(errors, want_errors, "cols {cols}: errors");
    }
}

#[test]
fn scalar_ce_soft_matches_f64() {
    let mut rng = Rng::new(3);
    for cols in [1, 2, 10, 33] {
        for t in [1.0, 2.0, 8.0, 20.0] {
            let rows = 4;
            let z = rng.vec(rows * cols, -6.0, 6.0);
            let v = rng.vec(rows * cols, -6.0, 6.0);
            let init = rng.vec(rows * cols, -1.0, 1.0);
            let scale = 0.5 * t;
            let mut dz = init.clone();
            let loss = scalar::ce_soft_grad(&z, &v, &mut dz, cols, t, scale);
            let mut want_loss = 0.0;
            for r in 0..rows {
                let q = softmax64(&z[r * cols..][..cols], t);
                let lq = log_softmax64(&z[r * cols..][..cols], t);
                let p = softmax64(&v[r * cols..][..cols], t);
                want_loss -= p.iter().zip(&lq).map(|(p, lq)| p * lq).sum::<f64>();
                let want: Vec<f64> = (0..cols)
                    .map(|i| f64::from(init[r * cols + i]) + f64::from(scale) * (q[i] - p[i]))
                    .collect();
                assert_close(
                    &dz[r * cols..][..cols],
                    &to32(&want),
                    1e-6,
                    1e-6,
                    &format!("cols {cols} t {t}"),
                );
            }
            assert_close64(
                loss,
                want_loss,
                1e-6,
                1e-6,
                &format!("cols {cols} t {t}: loss"),
            );
        }
    }
}

/// The soft-CE gradient is the derivative of the returned loss (times t, as documented):
/// d/dz_i [t * CE] = q_i - p_i, checked by central differences in f64 on the f32 kernel.
#[test]
fn scalar_ce_soft_gradient_is_loss_derivative() {
    let mut rng = Rng::new(4);
    let (cols, t) = (10, 3.0f32);
    let z = rng.vec(cols, -4.0, 4.0);
    let v = rng.vec(cols, -4.0, 4.0);
    let mut dz = vec![0.0; cols];
    scalar::ce_soft_grad(&z, &v, &mut dz, cols, t, 1.0);
    let h = 1e-2f32;
    for i in 0..cols {
        let (mut zp, mut zm) = (z.clone(), z.clone());
        zp[i] += h;
        zm[i] -= h;
        let mut scratch = vec![0.0; cols];
        let lp = scalar::ce_soft_grad(&zp, &v, &mut scratch, cols, t, 1.0);
        let lm = scalar::ce_soft_grad(&zm, &v, &mut scratch, cols, t, 1.0);
        let fd = f64::from(t) * (lp - lm) / f64::from(2.0 * h);
        assert_close64(f64::from(dz[i]), fd, 1e-3, 1e-4, &format!("d/dz_{i}"));
    }
}

// ---------------------------------------------------------------------------------------------
// Every vector ISA against the scalar reference
// ---------------------------------------------------------------------------------------------

/// (rows, cols) pairs over the awkward sizes; cols = 0 only with rows = 0.
fn shapes() -> impl Iterator<Item = (usize, usize)> {
    LENS.into_iter()
        .flat_map(|cols| ROWS.into_iter().map(move |rows| (rows, cols)))
        .filter(|&(rows, cols)| cols > 0 || rows == 0)
}

#[test]
fn softmax_rows_matches_scalar() {
    let mut rng = Rng::new(10);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            for t in TEMPS {
                let x = rng.vec(rows * cols, -10.0, 10.0);
                let mut want = vec![f32::NAN; x.len()];
                scalar::softmax_rows(&x, &mut want, cols, t);
                let mut got = guarded(&vec![f32::NAN; x.len()]);
                (kernels(isa).softmax_rows)(&x, inner(&mut got), cols, t);
                let ctx = format!("{isa} softmax rows {rows} cols {cols} t {t}");
                check_guards(&got, &ctx);
                assert_close(inner_ref(&got), &want, 1e-5, 1e-30, &ctx);
            }
        }
    }
}

#[test]
fn log_softmax_rows_matches_scalar() {
    let mut rng = Rng::new(11);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            for t in TEMPS {
                let x = rng.vec(rows * cols, -10.0, 10.0);
                let mut want = vec![f32::NAN; x.len()];
                scalar::log_softmax_rows(&x, &mut want, cols, t);
                let mut got = guarded(&vec![f32::NAN; x.len()]);
                (kernels(isa).log_softmax_rows)(&x, inner(&mut got), cols, t);
                let ctx = format!("{isa} log_softmax rows {rows} cols {cols} t {t}");
                check_guards(&got, &ctx);
                assert_close(inner_ref(&got), &want, 1e-5, 1e-6, &ctx);
            }
        }
    }
}

#[test]
fn ce_hard_grad_matches_scalar() {
    let mut rng = Rng::new(12);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            let z = rng.vec(rows * cols, -8.0, 8.0);
            let labels: Vec<u32> = (0..rows).map(|_| rng.below(cols as u32)).collect();
            let scale = 1.0 / 3.0;
            let mut want = vec![f32::NAN; z.len()];
            let (want_loss, want_err) = scalar::ce_hard_grad(&z, &labels, &mut want, cols, scale);
            let mut got = guarded(&vec![f32::NAN; z.len()]);
            let (loss, err) =
                (kernels(isa).ce_hard_grad)(&z, &labels, inner(&mut got), cols, scale);
            let ctx = format!("{isa} ce_hard rows {rows} cols {cols}");
            check_guards(&got, &ctx);
            assert_close(inner_ref(&got), &want, 1e-5, 1e-6 * scale, &ctx);
            assert_close64(loss, want_loss, 1e-5, 1e-6 * rows as f64, &ctx);
            assert_eq!(err, want_err, "{ctx}: errors");
        }
    }
}

#[test]
fn ce_hard_grad_counts_first_argmax() {
    // Row 0: tie between 1 and 3, label 1 (first max) -> correct; row 1: same tie, label 3 -> error;
    // row 2: clear max at 0, label 2 -> error.
    let z = [0.0, 5.0, 1.0, 5.0, 0.0, 5.0, 1.0, 5.0, 9.0, 1.0, 1.0, 1.0];
    let labels = [1, 3, 2];
    for k in all_isas() {
        let mut dz = vec![f32::NAN; 12];
        let (_, errors) = (k.ce_hard_grad)(&z, &labels, &mut dz, 4, 1.0);
        assert_eq!(errors, 2, "{}", k.isa);
    }
}

#[test]
fn ce_soft_grad_matches_scalar() {
    let mut rng = Rng::new(13);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            for t in TEMPS {
                let z = rng.vec(rows * cols, -8.0, 8.0);
                let v = rng.vec(rows * cols, -8.0, 8.0);
                let init = rng.vec(rows * cols, -1.0, 1.0);
                let scale = 0.7 * t;
                let mut want = init.clone();
                let want_loss = scalar::ce_soft_grad(&z, &v, &mut want, cols, t, scale);
                let mut got = guarded(&init);
                let loss = (kernels(isa).ce_soft_grad)(&z, &v, inner(&mut got), cols, t, scale);
                let ctx = format!("{isa} ce_soft rows {rows} cols {cols} t {t}");
                check_guards(&got, &ctx);
                assert_close(inner_ref(&got), &want, 1e-5, 2e-6 * scale.max(1.0), &ctx);
                assert_close64(loss, want_loss, 1e-5, 1e-5 * rows as f64, &ctx);
            }
        }
    }
}

/// A dropout-like mask: 0 or a keep-scale.
fn mask(rng: &mut Rng, n: usize) -> Vec<f32> {
    (0..n)
        .map(|_| if rng.below(4) == 0 { 0.0 } else { 1.0 / 0.75 })
        .collect()
}

/// Inputs for the ReLU family, with exact zeros of both signs and some NaN.
fn relu_input(rng: &mut Rng, n: usize) -> Vec<f32> {
    (0..n)
        .map(|_| match rng.below(16) {
            0 => 0.0,
            1 => -0.0,
            2 => f32::NAN,
            _ => rng.range(-3.0, 3.0),
        })
        .collect()
}

#[test]
fn relu_forward_matches_scalar_exactly() {
    let mut rng = Rng::new(20);
    for isa in vector_isas() {
        for n in LENS {
            let x = relu_input(&mut rng, n);
            let m = mask(&mut rng, n);
            for with_mask in [false, true] {
                let mk = with_mask.then_some(&m[..]);
                let mut want = x.clone();
                scalar::relu_forward(&mut want, mk);
                let mut got = guarded(&x);
                (kernels(isa).relu_forward)(inner(&mut got), mk);
                let ctx = format!("{isa} relu_forward n {n} mask {with_mask}");
                check_guards(&got, &ctx);
                assert_bits_eq(inner_ref(&got), &want, &ctx);
            }
        }
    }
}

#[test]
fn relu_maps_nan_and_negative_zero_to_positive_zero() {
    for k in all_isas() {
        let mut x = vec![
            f32::NAN,
            -0.0,
            -1.0,
            2.0,
            0.0,
            f32::NEG_INFINITY,
            1e-40,
            -1e-40,
            3.0,
        ];
        (k.relu_forward)(&mut x, None);
        assert_bits_eq(
            &x,
            &[0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 1e-40, 0.0, 3.0],
            &format!("{}", k.isa),
        );
    }
}

#[test]
fn bias_relu_forward_matches_scalar_exactly() {
    let mut rng = Rng::new(21);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            let x = relu_input(&mut rng, rows * cols);
            let b = rng.vec(cols, -1.0, 1.0);
            let m = mask(&mut rng, rows * cols);
            for with_mask in [false, true] {
                let mk = with_mask.then_some(&m[..]);
                let mut want = x.clone();
                scalar::bias_relu_forward(&mut want, &b, mk);
                let mut got = guarded(&x);
                (kernels(isa).bias_relu_forward)(inner(&mut got), &b, mk);
                let ctx = format!("{isa} bias_relu rows {rows} cols {cols} mask {with_mask}");
                check_guards(&got, &ctx);
                assert_bits_eq(inner_ref(&got), &want, &ctx);
            }
        }
    }
}

#[test]
fn relu_backward_matches_scalar_exactly() {
    let mut rng = Rng::new(22);
    for isa in vector_isas() {
        for n in LENS {
            let mut y = relu_input(&mut rng, n);
            scalar::relu_forward(&mut y, None);
            let dy = rng.vec(n, -2.0, 2.0);
            let m = mask(&mut rng, n);
            for with_mask in [false, true] {
                let mk = with_mask.then_some(&m[..]);
                let mut want = dy.clone();
                scalar::relu_backward(&y, &mut want, mk);
                let mut got = guarded(&dy);
                (kernels(isa).relu_backward)(&y, inner(&mut got), mk);
                let ctx = format!("{isa} relu_backward n {n} mask {with_mask}");
                check_guards(&got, &ctx);
                assert_bits_eq(inner_ref(&got), &want, &ctx);
            }
        }
    }
}

#[test]
fn relu_backward_semantics() {
    let y = [1.0, 0.0, -0.0, 2.0, f32::NAN, 3.0];
    let m = [2.0, 2.0, 2.0, 0.0, 2.0, 0.5];
    for k in all_isas() {
        let mut dy = vec![1.5; 6];
        (k.relu_backward)(&y, &mut dy, Some(&m));
        assert_bits_eq(
            &dy,
            &[3.0, 0.0, 0.0, 0.0, 0.0, 0.75],
            &format!("{} mask", k.isa),
        );
        let mut dy = vec![1.5; 6];
        (k.relu_backward)(&y, &mut dy, None);
        assert_bits_eq(
            &dy,
            &[1.5, 0.0, 0.0, 1.5, 0.0, 1.5],
            &format!("{} no mask", k.isa),
        );
    }
}

#[test]
fn mul_inplace_matches_scalar_exactly() {
    let mut rng = Rng::new(23);
    for isa in vector_isas() {
        for n in LENS {
            let x = rng.vec(n, -5.0, 5.0);
            let m = mask(&mut rng, n);
            let mut want = x.clone();
            scalar::mul_inplace(&mut want, &m);
            let mut got = guarded(&x);
            (kernels(isa).mul_inplace)(inner(&mut got), &m);
            let ctx = format!("{isa} mul_inplace n {n}");
            check_guards(&got, &ctx);
            assert_bits_eq(inner_ref(&got), &want, &ctx);
        }
    }
}

#[test]
fn add_bias_rows_matches_scalar_exactly() {
    let mut rng = Rng::new(24);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            let x = rng.vec(rows * cols, -5.0, 5.0);
            let b = rng.vec(cols, -1.0, 1.0);
            let mut want = x.clone();
            scalar::add_bias_rows(&mut want, &b);
            let mut got = guarded(&x);
            (kernels(isa).add_bias_rows)(inner(&mut got), &b);
            let ctx = format!("{isa} add_bias_rows rows {rows} cols {cols}");
            check_guards(&got, &ctx);
            assert_bits_eq(inner_ref(&got), &want, &ctx);
        }
    }
}

/// Shapes for the column reductions: the awkward ones plus a layer-sized one.
fn col_shapes() -> impl Iterator<Item = (usize, usize)> {
    shapes().chain([(100, 1200), (37, 200)])
}

#[test]
fn col_sums_matches_scalar_exactly() {
    let mut rng = Rng::new(25);
    for isa in vector_isas() {
        for (rows, cols) in col_shapes() {
            let x = rng.vec(rows * cols, -5.0, 5.0);
            let mut want = vec![f32::NAN; cols];
            scalar::col_sums(&x, cols, &mut want);
            let mut got = guarded(&vec![f32::NAN; cols]);
            (kernels(isa).col_sums)(&x, cols, inner(&mut got));
            let ctx = format!("{isa} col_sums rows {rows} cols {cols}");
            check_guards(&got, &ctx);
            assert_bits_eq(inner_ref(&got), &want, &ctx);
        }
    }
}

#[test]
fn col_sq_norms_matches_scalar_exactly() {
    let mut rng = Rng::new(26);
    for isa in vector_isas() {
        for (rows, cols) in col_shapes() {
            let w = rng.vec(rows * cols, -5.0, 5.0);
            let mut want = vec![f32::NAN; cols];
            scalar::col_sq_norms(&w, cols, &mut want);
            let mut got = guarded(&vec![f32::NAN; cols]);
            (kernels(isa).col_sq_norms)(&w, cols, inner(&mut got));
            let ctx = format!("{isa} col_sq_norms rows {rows} cols {cols}");
            check_guards(&got, &ctx);
            assert_bits_eq(inner_ref(&got), &want, &ctx);
        }
    }
}

#[test]
fn col_sums_in_row_order() {
    // 1e8 + 1 - 1e8 in f32 is 0 in row order (1 is lost), 1 in any other order.
    let x = [1e8f32, 0.0, 1.0, 0.0, -1e8, 0.0];
    for k in all_isas() {
        let mut out = [f32::NAN; 2];
        (k.col_sums)(&x, 2, &mut out);
        assert_bits_eq(&out, &[0.0, 0.0], &format!("{}", k.isa));
    }
}

#[test]
fn scale_cols_matches_scalar_exactly() {
    let mut rng = Rng::new(27);
    for isa in vector_isas() {
        for (rows, cols) in shapes() {
            let w = rng.vec(rows * cols, -5.0, 5.0);
            let s = rng.vec(cols, 0.0, 1.0);
            let mut want = w.clone();
            scalar::scale_cols(&mut want, cols, &s);
            let mut got = guarded(&w);
            (kernels(isa).scale_cols)(inner(&mut got), cols, &s);
            let ctx = format!("{isa} scale_cols rows {rows} cols {cols}");
            check_guards(&got, &ctx);
            assert_bits_eq(inner_ref(&got), &want, &ctx);
        }
    }
}

#[test]
fn sgd_momentum_matches_scalar() {
    let mut rng = Rng::new(28);
    for isa in vector_isas() {
        for n in LENS {
            let w = rng.vec(n, -1.0, 1.0);
            let v = rng.vec(n, -0.1, 0.1);
            let g = rng.vec(n, -1.0, 1.0);
            let (lr, mu) = (0.05, 0.9);
            let (mut want_w, mut want_v) = (w.clone(), v.clone());
            scalar::sgd_momentum(&mut want_w, &mut want_v, &g, lr, mu);
            let (mut got_w, mut got_v) = (guarded(&w), guarded(&v));
            let finite =
                (kernels(isa).sgd_momentum)(inner(&mut got_w), inner(&mut got_v), &g, lr, mu);
            let ctx = format!("{isa} sgd n {n}");
            assert!(finite, "{ctx}: finite weights reported as not");
            check_guards(&got_w, &ctx);
            check_guards(&got_v, &ctx);
            // FMA rounds once where the scalar rounds twice: allow a few ulp of the terms.
            assert_close(inner_ref(&got_v), &want_v, 0.0, 3e-8, &format!("{ctx}: v"));
            assert_close(inner_ref(&got_w), &want_w, 0.0, 2e-7, &format!("{ctx}: w"));
        }
    }
}

#[test]
fn sgd_momentum_reports_a_non_finite_weight_anywhere() {
    for k in all_isas() {
        for n in [1usize, 7, 8, 9, 17, 64, 65] {
            for bad in [0, n / 2, n - 1] {
                for (g_bad, what) in [(f32::MAX, "overflow"), (f32::NAN, "NaN")] {
                    let mut w = vec![0.5f32; n];
                    let mut v = vec![0.0f32; n];
                    let mut g = vec![0.1f32; n];
                    g[bad] = g_bad;
                    // -lr·g overflows to -inf for g = MAX with lr = 10.
                    let finite = (k.sgd_momentum)(&mut w, &mut v, &g, 10.0, 0.9);
                    assert!(!finite, "{} n {n}: {what} at {bad} not reported", k.isa);
                    assert!(!w[bad].is_finite());
                }
            }
        }
    }
}

#[test]
fn adam_update_matches_scalar() {
    let mut rng = Rng::new(31);
    for isa in vector_isas() {
        for n in LENS {
            let w = rng.vec(n, -1.0, 1.0);
            let m = rng.vec(n, -0.1, 0.1);
            let v = rng.vec(n, 1e-4, 1e-2);
            let g = rng.vec(n, -1.0, 1.0);
            let h = super::AdamStep {
                step: 0.01,
                inv_sqrt_c2: 3.0,
                beta1: 0.9,
                beta2: 0.999,
                eps: 1e-8,
            };
            let (mut want_w, mut want_m, mut want_v) = (w.clone(), m.clone(), v.clone());
            scalar::adam_update(&mut want_w, &mut want_m, &mut want_v, &g, h);
            let (mut got_w, mut got_m, mut got_v) = (guarded(&w), guarded(&m), guarded(&v));
            let finite = (kernels(isa).adam_update)(
                inner(&mut got_w),
                inner(&mut got_m),
                inner(&mut got_v),
                &g,
                h,
            );
            let ctx = format!("{isa} adam n {n}");
            assert!(finite, "{ctx}: finite weights reported as not");
            for got in [&got_w, &got_m, &got_v] {
                check_guards(got, &ctx);
            }
            // FMA rounds once where the scalar rounds twice: a few ulp of the terms (m's may
            // cancel, so its bound is absolute).
            assert_close(inner_ref(&got_m), &want_m, 0.0, 3e-8, &format!("{ctx}: m"));
            assert_close(inner_ref(&got_v), &want_v, 1e-6, 0.0, &format!("{ctx}: v"));
            assert_close(inner_ref(&got_w), &want_w, 0.0, 2e-7, &format!("{ctx}: w"));
        }
    }
}

#[test]
fn adam_update_reports_a_non_finite_weight_anywhere() {
    let h = super::AdamStep {
        step: 0.01,
        inv_sqrt_c2: 1.0,
        beta1: 0.9,
        beta2: 0.999,
        eps: 1e-8,
    };
    for k in all_isas() {
        for n in [1usize, 7, 8, 9, 17, 64, 65] {
            for bad in [0, n / 2, n - 1] {
                // inf: m and v become inf, and inf / inf is NaN. 1e20: g² overflows v alone,
                // and the weight, stepped by m / inf = 0, stays finite.
                for (g_bad, what) in [(f32::INFINITY, "inf"), (f32::NAN, "NaN"), (1e20, "1e20")] {
                    let (mut w, mut m, mut v) = (vec![0.5f32; n], vec![0.0; n], vec![0.0; n]);
                    let mut g = vec![0.1f32; n];
                    g[bad] = g_bad;
                    let finite = (k.adam_update)(&mut w, &mut m, &mut v, &g, h);
                    assert!(!finite, "{} n {n}: {what} at {bad} not reported", k.isa);
                    assert!(!w[bad].is_finite() || !v[bad].is_finite());
                    assert!(w.iter().enumerate().all(|(i, x)| i == bad || x.is_finite()));
                }
            }
        }
    }
}

#[test]
fn exp_inplace_matches_scalar() {
    let mut rng = Rng::new(29);
    for isa in vector_isas() {
        for n in LENS {
            let x = rng.vec(n, -100.0, 100.0);
            let mut want = x.clone();
            scalar::exp_inplace(&mut want);
            let mut got = guarded(&x);
            (kernels(isa).exp_inplace)(inner(&mut got));
            let ctx = format!("{isa} exp n {n}");
            check_guards(&got, &ctx);
            assert_close(
                inner_ref(&got),
                &want,
                2.0 * EXP_MAX_REL_ERR as f32,
                0.0,
                &ctx,
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Extreme inputs, on every ISA
// ---------------------------------------------------------------------------------------------

#[test]
fn softmax_saturates_exactly() {
    for k in all_isas() {
        let ctx = format!("{}", k.isa);
        let mut p = [f32::NAN; 4];
        (k.softmax_rows)(&[1234.0, 0.0, 0.0, 1234.0], &mut p, 2, 1.0);
        assert_bits_eq(&p, &[1.0, 0.0, 0.0, 1.0], &ctx);
        let mut lp = [f32::NAN; 4];
        (k.log_softmax_rows)(&[1234.0, 0.0, 0.0, 1234.0], &mut lp, 2, 1.0);
        assert_bits_eq(&lp, &[0.0, -1234.0, -1234.0, 0.0], &ctx);
    }
}

#[test]
fn softmax_with_outliers() {
    let mut rng = Rng::new(30);
    for k in all_isas() {
        for cols in [10, 17, 100] {
            let mut x = rng.vec(cols, -3.0, 3.0);
            let hot = rng.below(cols as u32) as usize;
            x[hot] = 80.0;
            let mut p = vec![f32::NAN; cols];
            (k.softmax_rows)(&x, &mut p, cols, 1.0);
            let ctx = format!("{} cols {cols}", k.isa);
            assert!((p[hot] - 1.0).abs() < 1e-6, "{ctx}: p[hot] = {}", p[hot]);
            assert!(p.iter().all(|&v| (0.0..=1.0).contains(&v)), "{ctx}: {p:?}");
            // A temperature high enough brings the others back into play, in the right order.
            (k.softmax_rows)(&x, &mut p, cols, 1000.0);
            let sum: f32 = p.iter().sum();
            assert!((sum - 1.0).abs() < 1e-5, "{ctx}: sum {sum}");
            assert!(
                p.iter().all(|&v| v <= p[hot] && v > 0.5 / cols as f32),
                "{ctx}: {p:?}"
            );
        }
    }
}

#[test]
fn huge_logits_at_any_temperature_stay_finite() {
    let mut rng = Rng::new(31);
    let temps = [0.01, 0.05, 1.0, 2.0, 20.0, 1000.0, 1e4, 1e-30, 1e-40, 1e30];
    for k in all_isas() {
        for cols in [2, 10, 17] {
            let rows = 4;
            // ±1e4 with ties, plus a row of equal values and one of mixed magnitudes.
            let mut z: Vec<f32> = (0..rows * cols)
                .map(|_| if rng.below(2) == 0 { 1e4 } else { -1e4 })
                .collect();
            z[cols..2 * cols].fill(-1e4);
            for (i, v) in z[2 * cols..3 * cols].iter_mut().enumerate() {
                *v = if i % 2 == 0 {
                    1e4
                } else {
                    rng.range(-10.0, 10.0)
                };
            }
            let v: Vec<f32> = z.iter().rev().copied().collect();
            let labels: Vec<u32> = (0..rows).map(|r| (r % cols) as u32).collect();
            for t in temps {
                let ctx = format!("{} cols {cols} t {t:e}", k.isa);
                let mut p = vec![f32::NAN; z.len()];
                (k.softmax_rows)(&z, &mut p, cols, t);
                for r in 0..rows {
                    let row = &p[r * cols..][..cols];
                    assert!(row.iter().all(|v| v.is_finite()), "{ctx}: softmax {row:?}");
                    let sum: f32 = row.iter().sum();
                    assert!(
                        (sum - 1.0).abs() <= 1e-5,
                        "{ctx}: softmax row {r} sums to {sum}"
                    );
                }
                let mut lp = vec![f32::NAN; z.len()];
                (k.log_softmax_rows)(&z, &mut lp, cols, t);
                assert!(
                    lp.iter().all(|v| v.is_finite() && *v <= 1e-6),
                    "{ctx}: log_softmax {lp:?}"
                );
                let mut dz = vec![0.0; z.len()];
                let loss = (k.ce_soft_grad)(&z, &v, &mut dz, cols, t, 0.5);
                assert!(loss.is_finite() && loss >= 0.0, "{ctx}: soft loss {loss}");
                assert!(dz.iter().all(|v| v.is_finite()), "{ctx}: soft dz {dz:?}");
                if t == 1.0 {
                    let mut dz = vec![f32::NAN; z.len()];
                    let (loss, _) = (k.ce_hard_grad)(&z, &labels, &mut dz, cols, 0.1);
                    assert!(loss.is_finite() && loss >= 0.0, "{ctx}: hard loss {loss}");
                    assert!(dz.iter().all(|v| v.is_finite()), "{ctx}: hard dz {dz:?}");
                }
            }
        }
    }
}

#[test]
fn contract_violations_panic_on_every_isa() {
    type Case = (&'static str, fn(&Kernels));
    let cases: [Case; 9] = [
        ("ragged rows", |k| {
            (k.softmax_rows)(&[0.0; 5], &mut [0.0; 5], 2, 1.0)
        }),
        ("out length", |k| {
            (k.log_softmax_rows)(&[0.0; 4], &mut [0.0; 2], 2, 1.0)
        }),
        ("zero temperature", |k| {
            (k.softmax_rows)(&[0.0; 4], &mut [0.0; 4], 2, 0.0)
        }),
        ("label range", |k| {
            let _ = (k.ce_hard_grad)(&[0.0; 4], &[0, 2], &mut [0.0; 4], 2, 1.0);
        }),
        ("labels length", |k| {
            let _ = (k.ce_hard_grad)(&[0.0; 4], &[0], &mut [0.0; 4], 2, 1.0);
        }),
        ("mask length", |k| {
            (k.relu_forward)(&mut [0.0; 4], Some(&[1.0; 3]))
        }),
        // Checked before the early return for no rows, as its documentation says.
        ("mask length, no rows", |k| {
            (k.bias_relu_forward)(&mut [], &[0.0; 2], Some(&[1.0; 3]))
        }),
        ("bias rows", |k| (k.add_bias_rows)(&mut [0.0; 5], &[0.0; 2])),
        ("col_sums out", |k| {
            (k.col_sums)(&[0.0; 6], 3, &mut [0.0; 2])
        }),
    ];
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for k in all_isas() {
        for (name, case) in cases {
            let r = std::panic::catch_unwind(|| case(k));
            assert!(r.is_err(), "{}: {name} did not panic", k.isa);
        }
    }
    std::panic::set_hook(hook);
}

// ---------------------------------------------------------------------------------------------
// Selection and dispatch
// ---------------------------------------------------------------------------------------------

#[test]
fn isa_names_round_trip() {
    for isa in Isa::ALL {
        assert_eq!(Isa::parse(isa.name()), Some(isa));
        assert_eq!(
            Isa::parse(&format!(" {} ", isa.name().to_uppercase())),
            Some(isa)
        );
        assert_eq!(isa.to_string(), isa.name());
    }
    assert_eq!(Isa::parse("auto"), None);
    assert_eq!(Isa::parse("sse2"), None);
}

#[test]
fn tables_exist_exactly_for_available_isas() {
    let avail = available();
    assert_eq!(avail[0], Isa::Scalar);
    assert!(avail.contains(&detect()));
    for isa in Isa::ALL {
        let k = Kernels::for_isa(isa);
        assert_eq!(k.is_some(), avail.contains(&isa), "{isa}");
        if let Some(k) = k {
            assert_eq!(k.isa, isa);
        }
    }
    // Each architecture lacks the other's ISAs.
    #[cfg(target_arch = "x86_64")]
    assert!(Kernels::for_isa(Isa::Neon).is_none());
    #[cfg(target_arch = "aarch64")]
    assert!(Kernels::for_isa(Isa::Avx2).is_none() && Kernels::for_isa(Isa::Avx512).is_none());
    #[cfg(target_arch = "aarch64")]
    assert_eq!(detect(), Isa::Neon);
}

#[test]
fn selection_rules() {
    let best = detect();
    assert_eq!(select_from(None).unwrap(), best);
    assert_eq!(select_from(Some("")).unwrap(), best);
    assert_eq!(select_from(Some("auto")).unwrap(), best);
    assert_eq!(select_from(Some(" Scalar ")).unwrap(), Isa::Scalar);
    for isa in available() {
        assert_eq!(select_from(Some(isa.name())).unwrap(), isa);
    }

    let err = select_from(Some("sse9")).unwrap_err().to_string();
    assert!(
        err.contains(ENV_VAR) && err.contains("found \"sse9\"") && err.contains("expected auto"),
        "{err}"
    );
    assert!(err.contains("available on this CPU: scalar"), "{err}");

    let missing: Vec<Isa> = Isa::ALL
        .into_iter()
        .filter(|i| !available().contains(i))
        .collect();
    assert!(
        !missing.is_empty(),
        "some ISA is always missing (the other architecture's)"
    );
    for isa in missing {
        let err = select_from(Some(isa.name())).unwrap_err().to_string();
        assert!(err.contains(ENV_VAR) && err.contains(isa.name()), "{err}");
        assert!(
            err.contains("cannot run") && err.contains("scalar"),
            "{err}"
        );
    }
}

/// With `DISTIL_SIMD=avx2 cargo test`, this fails unless the AVX2 path is really the active one.
#[test]
fn active_isa_honours_env_var() {
    match std::env::var(ENV_VAR) {
        Ok(v) if !v.trim().is_empty() && !v.trim().eq_ignore_ascii_case("auto") => {
            let want =
                Isa::parse(&v).unwrap_or_else(|| panic!("{ENV_VAR}={v:?} is not an ISA name"));
            assert_eq!(selected().map_err(|e| e.to_string()), Ok(want));
            assert_eq!(active_isa(), want);
            println!("{ENV_VAR}={v}: active ISA is {want}");
        }
        _ => assert_eq!(active_isa(), detect()),
    }
}

#[test]
fn free_functions_use_the_active_table() {
    let k = active();
    let mut rng = Rng::new(40);
    let x = rng.vec(30, -4.0, 4.0);
    let (mut a, mut b) = (vec![f32::NAN; 30], vec![f32::NAN; 30]);
    softmax_rows(&x, &mut a, 10, 2.0);
    (k.softmax_rows)(&x, &mut b, 10, 2.0);
    assert_bits_eq(&a, &b, "softmax_rows");
    log_softmax_rows(&x, &mut a, 10, 2.0);
    (k.log_softmax_rows)(&x, &mut b, 10, 2.0);
    assert_bits_eq(&a, &b, "log_softmax_rows");
    let mut c = x.clone();
    exp_inplace(&mut c);
    let mut d = x.clone();
    (k.exp_inplace)(&mut d);
    assert_bits_eq(&c, &d, "exp_inplace");
    let mut s = vec![f32::NAN; 10];
    col_sums(&x, 10, &mut s);
    let mut t = vec![f32::NAN; 10];
    (k.col_sums)(&x, 10, &mut t);
    assert_bits_eq(&s, &t, "col_sums");
    // And the comparison can tell the tables apart: off the scalar path, the vector exp (with its
    // fused multiply-adds) rounds some of 1,000 values differently from the scalar one.
    if active_isa() != Isa::Scalar {
        let x = rng.vec(1000, -80.0, 80.0);
        let (mut vector, mut scalar) = (x.clone(), x);
        exp_inplace(&mut vector);
        scalar::exp_inplace(&mut scalar);
        assert!(
            vector
                .iter()
                .zip(&scalar)
                .any(|(v, s)| v.to_bits() != s.to_bits()),
            "the {:?} exp gives the scalar bits on all 1,000 values",
            active_isa()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The scalar path is the same on every platform
// ---------------------------------------------------------------------------------------------

/// FNV-1a over the bits of a few scalar results; the constant was computed on x86_64 and must
/// come out the same on aarch64 (scripts/test-aarch64.sh), since the reference uses no FMA or libm.
#[test]
fn scalar_bits_are_platform_independent() {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |v: f32| {
        for b in v.to_bits().to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for x in exp_sweep().into_iter().step_by(7) {
        eat(exp_f32(x));
        eat(ln_f32(x.abs() + 1e-3));
    }
    let mut rng = Rng::new(50);
    let (rows, cols) = (7, 10);
    let z = rng.vec(rows * cols, -9.0, 9.0);
    let v = rng.vec(rows * cols, -9.0, 9.0);
    let labels: Vec<u32> = (0..rows).map(|_| rng.below(cols as u32)).collect();
    let mut out = vec![0.0; z.len()];
    scalar::softmax_rows(&z, &mut out, cols, 3.0);
    out.iter().for_each(|&x| eat(x));
    scalar::log_softmax_rows(&z, &mut out, cols, 0.7);
    out.iter().for_each(|&x| eat(x));
    let (loss, _) = scalar::ce_hard_grad(&z, &labels, &mut out, cols, 0.1);
    out.iter().for_each(|&x| eat(x));
    eat(loss as f32);
    let loss = scalar::ce_soft_grad(&z, &v, &mut out, cols, 20.0, 2.0);
    out.iter().for_each(|&x| eat(x));
    eat(loss as f32);
    assert_eq!(
        h, 0x0035_dd48_2a2a_ba92,
        "scalar bit pattern hash changed: {h:#018x}"
    );
}
