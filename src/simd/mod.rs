//! SIMD kernels for the training loop: row softmax / log-softmax at a temperature, the hard and
//! soft cross-entropy losses with their gradients, ReLU and dropout masks, bias rows, column
//! reductions, SGD with momentum, and a vector `exp`.
//!
//! # Layout
//! Every matrix is a row-major `&[f32]`; `cols` is the row length and the number of rows is
//! `len / cols`. Lengths must be multiples of `cols` and agree with each other; a violation is a
//! bug in the caller and panics (`assert!`), it is never undefined behaviour. Kernels that *write*
//! an output overwrite all of it; `ce_soft_grad` *accumulates* into `dz` (`+=`), as backward passes do.
//!
//! # Instruction sets
//! [`scalar`] is the specification: plain f32 arithmetic, no FMA, our own [`exp_f32`] and
//! [`ln_f32`] instead of the platform libm, so it gives the same bits on x86_64 and aarch64.
//! `avx2` (AVX2 + FMA), `avx512` (AVX-512F) and `neon` implement the same kernels; each kernel body
//! is written once, generically over a small vector trait (`generic.rs`), and instantiated per
//! instruction set inside a `#[target_feature]` function. Their results match the scalar ones to a
//! few ulp where `exp` or FMA is involved and bit for bit elsewhere (`col_sums`, `col_sq_norms`,
//! the ReLU family, `mul_inplace`, `add_bias_rows`, `scale_cols`).
//!
//! The instruction set is detected once ([`detect`]) and cached; the environment variable
//! [`ENV_VAR`] (`DISTIL_SIMD=scalar|avx2|avx512|neon|auto`) forces one, so tests and CI can
//! exercise each path. Forcing one the CPU lacks is an error ([`selected`]), not a silent fallback.
//!
//! # Safety model
//! The vector code calls `core::arch` intrinsics, which are only sound on a CPU with the feature.
//! Each instruction set is a zero-sized token type whose only constructor is `unsafe` ("the CPU has
//! the feature"); the vector trait is an `unsafe trait` whose methods rely on that token. The
//! token is created only inside `#[target_feature]` functions, which are in turn only called from
//! the [`Kernels`] table of that instruction set, and [`Kernels::for_isa`] hands a table out only
//! after runtime detection. Every public entry point is therefore a safe function. Loads and stores
//! go through slices with length checks, so a wrong length panics instead of reading out of bounds.
//!
//! # Numerics
//! - Softmax-type kernels subtract the row maximum, then scale by `1/t` (clamped to `f32::MAX`, so
//!   a subnormal `t` cannot make `0 * inf`). For finite inputs and any finite `t > 0` they give no NaN or
//!   infinity: `exp` underflows to exactly 0 (below ln of the smallest normal f32), and
//!   log-probabilities are clamped to `>= -f32::MAX`.
//! - `exp`: max relative error < [`EXP_MAX_REL_ERR`] (1.2e-7, about one ulp), scalar and vector; `ln`: <
//!   [`LN_MAX_REL_ERR`]. Both are asserted by tests over dense sweeps.
//! - ReLU maps NaN and -0.0 to +0.0 (`max(x, 0)` with the x86 `maxps` rule; NEON uses `fmaxnm`,
//!   which agrees for quiet NaNs; a signalling NaN, which arithmetic never produces, stays NaN
//!   there). Other kernels propagate NaN or give an unspecified value for NaN input, never UB.

use std::fmt;
use std::sync::OnceLock;

mod exp;
mod generic;
pub mod scalar;

#[cfg(target_arch = "x86_64")]
mod avx2;
#[cfg(target_arch = "x86_64")]
mod avx512;
#[cfg(target_arch = "aarch64")]
mod neon;

#[cfg(test)]
mod tests;

pub use exp::{exp_f32, ln_f32, EXP_HI, EXP_LO, EXP_MAX_REL_ERR, LN_MAX_REL_ERR};

/// An instruction set the kernels are written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Isa {
    /// Plain Rust, the reference; runs everywhere.
    Scalar,
    /// x86_64 AVX2 with FMA, 8 lanes.
    Avx2,
    /// x86_64 AVX-512F, 16 lanes.
    Avx512,
    /// aarch64 NEON (Advanced SIMD), 4 lanes.
    Neon,
}

impl Isa {
    /// Every variant, in order of preference within an architecture (worst first).
    pub const ALL: [Isa; 4] = [Isa::Scalar, Isa::Avx2, Isa::Avx512, Isa::Neon];

    /// The name used by [`ENV_VAR`], benches and logs.
    pub fn name(self) -> &'static str {
        match self {
            Isa::Scalar => "scalar",
            Isa::Avx2 => "avx2",
            Isa::Avx512 => "avx512",
            Isa::Neon => "neon",
        }
    }

    /// The inverse of [`Isa::name`], ignoring ASCII case and surrounding whitespace.
    pub fn parse(s: &str) -> Option<Isa> {
        let s = s.trim();
        Isa::ALL
            .into_iter()
            .find(|isa| isa.name().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Isa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The environment variable that forces an instruction set (`auto` or unset: the best one).
pub const ENV_VAR: &str = "DISTIL_SIMD";

/// Whether this CPU can run `isa` (runtime detection; std caches the CPUID results).
fn isa_available(isa: Isa) -> bool {
    match isa {
        Isa::Scalar => true,
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"),
        #[cfg(target_arch = "x86_64")]
        // rustc's `avx512f` target feature implies avx2 and fma (and f16c), so the kernels compiled
        // with it may use them: a VM can report AVX-512F while masking those.
        Isa::Avx512 => {
            is_x86_feature_detected!("avx512f")
                && is_x86_feature_detected!("avx2")
                && is_x86_feature_detected!("fma")
                && is_x86_feature_detected!("f16c")
        }
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => std::arch::is_aarch64_feature_detected!("neon"),
        _ => false,
    }
}

/// Which ISAs this CPU can run (Scalar always; Avx2 needs avx2+fma; Avx512 needs avx512f with
/// the avx2, fma and f16c it implies; Neon on aarch64 with neon).
pub fn available() -> Vec<Isa> {
    Isa::ALL
        .into_iter()
        .filter(|&isa| isa_available(isa))
        .collect()
}

/// Best available ISA (avx512 > avx2 > scalar on x86_64; neon > scalar on aarch64).
pub fn detect() -> Isa {
    [Isa::Avx512, Isa::Avx2, Isa::Neon]
        .into_iter()
        .find(|&isa| isa_available(isa))
        .unwrap_or(Isa::Scalar)
}

/// Why an instruction set could not be selected: `message` says what was expected of
/// [`ENV_VAR`]'s value and what was found; the display names the variable first.
#[derive(Debug, Clone)]
pub struct SimdError {
    pub message: String,
}

impl fmt::Display for SimdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{ENV_VAR}: {}", self.message)
    }
}

impl std::error::Error for SimdError {}

fn names(isas: &[Isa]) -> String {
    isas.iter()
        .map(|isa| isa.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The selection rule behind [`selected`], given the variable's value (`None` when unset):
/// unset, empty or `auto` picks [`detect`]; a known name must be available on this CPU.
pub fn select_from(value: Option<&str>) -> Result<Isa, SimdError> {
    let value = match value {
        Some(v) if names_an_isa(v) => v.trim(),
        _ => return Ok(detect()),
    };
    let avail = available();
    match Isa::parse(value) {
        None => Err(SimdError {
            message: format!(
                "expected auto or an instruction set ({}; available on this CPU: {}), found {value:?}",
                names(&Isa::ALL),
                names(&avail)
            ),
        }),
        Some(isa) if !avail.contains(&isa) => Err(SimdError {
            message: format!(
                "this CPU cannot run {isa}: expected one it can ({})",
                names(&avail)
            ),
        }),
        Some(isa) => Ok(isa),
    }
}

/// Reads `DISTIL_SIMD` once (unset or "auto" -> [`detect`]); an error names the variable, the
/// value and the available list if the value is unknown or not available on this CPU. Cached.
pub fn selected() -> Result<Isa, SimdError> {
    read_env().0.clone()
}

/// Whether `DISTIL_SIMD` named the instruction set (a forced path) rather than leaving it to
/// [`detect`]. The forced scalar path is the reproducible one (the reference product,
/// [`crate::gemm`]); a CPU whose best is scalar (an x86_64 without AVX2, another architecture)
/// keeps a faster product.
pub fn forced() -> bool {
    read_env().1
}

/// Whether a value of `DISTIL_SIMD` asks for an instruction set (rightly or not), rather than for
/// detection (empty or `auto`).
fn names_an_isa(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty() && !v.eq_ignore_ascii_case("auto")
}

/// `DISTIL_SIMD`, read once: the selection, and whether the variable named an instruction set.
fn read_env() -> &'static (Result<Isa, SimdError>, bool) {
    static ENV: OnceLock<(Result<Isa, SimdError>, bool)> = OnceLock::new();
    ENV.get_or_init(|| match std::env::var(ENV_VAR) {
        Ok(v) => (select_from(Some(&v)), names_an_isa(&v)),
        Err(std::env::VarError::NotPresent) => (select_from(None), false),
        Err(std::env::VarError::NotUnicode(v)) => (
            Err(SimdError {
                message: format!("expected a name in UTF-8, found {v:?}"),
            }),
            true,
        ),
    })
}

/// The kernels of the selected ISA; panics with the [`SimdError`] message if selection failed
/// (a binary should call [`selected`] first and report the error cleanly).
pub fn active() -> &'static Kernels {
    static ACTIVE: OnceLock<&'static Kernels> = OnceLock::new();
    ACTIVE.get_or_init(|| {
        let isa = selected().unwrap_or_else(|e| panic!("{e}"));
        Kernels::for_isa(isa).expect("a selected ISA is available")
    })
}

/// The ISA of [`active`].
pub fn active_isa() -> Isa {
    active().isa
}

/// The type of [`Kernels::ce_hard_grad`]: `(z, labels, dz, cols, scale) -> (loss, errors)`.
pub type CeHardGradFn = fn(&[f32], &[u32], &mut [f32], usize, f32) -> (f64, usize);
/// The type of [`Kernels::sgd_momentum`]: `(w, v, g, lr, mu) -> all new weights finite`.
pub type SgdMomentumFn = fn(&mut [f32], &mut [f32], &[f32], f32, f32) -> bool;
/// The type of [`Kernels::adam_update`]: `(w, m, v, g, step) -> all new weights and v finite`.
pub type AdamUpdateFn = fn(&mut [f32], &mut [f32], &mut [f32], &[f32], AdamStep) -> bool;
/// The type of [`Kernels::ce_soft_grad`]: `(z, v, dz, cols, t, scale) -> loss`.
pub type CeSoftGradFn = fn(&[f32], &[f32], &mut [f32], usize, f32, f32) -> f64;

/// A table of function pointers, one per kernel, for one ISA (a static per ISA). The free
/// functions of this module ([`softmax_rows`], ...) document each kernel and call [`active`]'s.
pub struct Kernels {
    pub isa: Isa,
    pub softmax_rows: fn(&[f32], &mut [f32], usize, f32),
    pub log_softmax_rows: fn(&[f32], &mut [f32], usize, f32),
    pub ce_hard_grad: CeHardGradFn,
    pub ce_soft_grad: CeSoftGradFn,
    pub relu_forward: fn(&mut [f32], Option<&[f32]>),
    pub bias_relu_forward: fn(&mut [f32], &[f32], Option<&[f32]>),
    pub relu_backward: fn(&[f32], &mut [f32], Option<&[f32]>),
    pub mul_inplace: fn(&mut [f32], &[f32]),
    pub add_bias_rows: fn(&mut [f32], &[f32]),
    pub col_sums: fn(&[f32], usize, &mut [f32]),
    pub sgd_momentum: SgdMomentumFn,
    pub adam_update: AdamUpdateFn,
    pub col_sq_norms: fn(&[f32], usize, &mut [f32]),
    pub scale_cols: fn(&mut [f32], usize, &[f32]),
    pub exp_inplace: fn(&mut [f32]),
    pub fma_peak: fn(usize) -> (u64, f32),
}

impl fmt::Debug for Kernels {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Kernels")
            .field("isa", &self.isa)
            .finish_non_exhaustive()
    }
}

static SCALAR: Kernels = Kernels {
    isa: Isa::Scalar,
    softmax_rows: scalar::softmax_rows,
    log_softmax_rows: scalar::log_softmax_rows,
    ce_hard_grad: scalar::ce_hard_grad,
    ce_soft_grad: scalar::ce_soft_grad,
    relu_forward: scalar::relu_forward,
    bias_relu_forward: scalar::bias_relu_forward,
    relu_backward: scalar::relu_backward,
    mul_inplace: scalar::mul_inplace,
    add_bias_rows: scalar::add_bias_rows,
    col_sums: scalar::col_sums,
    sgd_momentum: scalar::sgd_momentum,
    adam_update: scalar::adam_update,
    col_sq_norms: scalar::col_sq_norms,
    scale_cols: scalar::scale_cols,
    exp_inplace: scalar::exp_inplace,
    fma_peak: scalar::fma_peak,
};

impl Kernels {
    /// The table of `isa`, or `None` if this CPU cannot run it. This check is what makes the
    /// vector tables' safe function pointers sound.
    pub fn for_isa(isa: Isa) -> Option<&'static Kernels> {
        if !isa_available(isa) {
            return None;
        }
        match isa {
            Isa::Scalar => Some(&SCALAR),
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => Some(&avx2::KERNELS),
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512 => Some(&avx512::KERNELS),
            #[cfg(target_arch = "aarch64")]
            Isa::Neon => Some(&neon::KERNELS),
            _ => None,
        }
    }
}

// ---- Internal contracts, shared by every ISA so the panics read the same. ----

/// The number of rows of a row-major buffer of `len` elements with rows of `cols`.
#[inline]
#[track_caller]
pub(crate) fn rows_of(len: usize, cols: usize, what: &str) -> usize {
    if cols == 0 {
        assert!(
            len == 0,
            "{what}: {len} elements cannot form rows of 0 columns"
        );
        return 0;
    }
    assert!(
        len.is_multiple_of(cols),
        "{what}: {len} elements is not a multiple of {cols} columns"
    );
    len / cols
}

#[inline]
#[track_caller]
pub(crate) fn same_len(found: usize, expected: usize, what: &str) {
    assert!(
        found == expected,
        "{what}: expected {expected} elements, found {found}"
    );
}

/// `1/t`, clamped to `f32::MAX` so that `0 * (1/t)` stays 0 for a subnormal `t`.
#[inline]
#[track_caller]
pub(crate) fn inv_temperature(t: f32) -> f32 {
    assert!(t > 0.0, "temperature must be > 0, found {t}");
    (1.0 / t).min(f32::MAX)
}

// ---- The safe entry points: one per kernel, dispatching to the active ISA. ----

/// `out[r, :] = softmax(x[r, :] / t)`. Shapes: `x`, `out`: `[rows, cols]`; `t > 0`.
///
/// # Panics
/// If `x.len()` is not a multiple of `cols`, `out.len() != x.len()`, or `t` is not positive.
pub fn softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    (active().softmax_rows)(x, out, cols, t)
}

/// `out[r, :] = log_softmax(x[r, :] / t) = (x - max)/t - ln Σ exp((x - max)/t)`, clamped to
/// `>= -f32::MAX`. Shapes: `x`, `out`: `[rows, cols]`; `t > 0`.
///
/// # Panics
/// If `x.len()` is not a multiple of `cols`, `out.len() != x.len()`, or `t` is not positive.
pub fn log_softmax_rows(x: &[f32], out: &mut [f32], cols: usize, t: f32) {
    (active().log_softmax_rows)(x, out, cols, t)
}

/// Hard-label cross-entropy on logits `z: [rows, cols]`, `labels: [rows]` (each `< cols`).
/// Writes `dz[r, i] = scale * (softmax(z[r])_i - [i == label_r])` and returns
/// `(Σ_r -ln p[r, label_r]` as f64 in row order`, number of rows whose first argmax != label)`.
///
/// # Panics
/// If `z.len()` is not a multiple of `cols`, `dz.len() != z.len()`, `labels` does not hold one
/// label per row, or a label is `>= cols`.
pub fn ce_hard_grad(
    z: &[f32],
    labels: &[u32],
    dz: &mut [f32],
    cols: usize,
    scale: f32,
) -> (f64, usize) {
    (active().ce_hard_grad)(z, labels, dz, cols, scale)
}

/// Soft cross-entropy at temperature `t` between student logits `z` and teacher logits `v`
/// (`[rows, cols]` each): with `q = softmax(z/t)`, `p = softmax(v/t)`, *accumulates*
/// `dz += scale * (q - p)` and returns `Σ_r -Σ_i p_i ln q_i` (rows summed in f64 in row order;
/// within a row the vector paths sum in f32 lanes, so the loss, not the gradient, differs from the
/// scalar path's by rounding that grows with `cols`: negligible at 10 classes). Pass
/// `scale = alpha * t / batch` to get the gradient of `alpha * t² * CE / batch`.
///
/// # Panics
/// If `z.len()` is not a multiple of `cols`, `v` or `dz` differs from `z` in length, or `t` is
/// not positive.
pub fn ce_soft_grad(z: &[f32], v: &[f32], dz: &mut [f32], cols: usize, t: f32, scale: f32) -> f64 {
    (active().ce_soft_grad)(z, v, dz, cols, t, scale)
}

/// In place `x = max(x, 0) * mask` (mask: same length, 0 or a keep-scale such as `1/(1-p)`).
/// NaN and -0.0 become +0.0.
///
/// # Panics
/// If `mask` differs from `x` in length.
pub fn relu_forward(x: &mut [f32], mask: Option<&[f32]>) {
    (active().relu_forward)(x, mask)
}

/// In place `x[r, j] = max(x[r, j] + bias[j], 0) * mask[r, j]`; `cols = bias.len()`.
///
/// # Panics
/// If `x.len()` is not a multiple of `bias.len()`, or `mask` differs from `x` in length.
pub fn bias_relu_forward(x: &mut [f32], bias: &[f32], mask: Option<&[f32]>) {
    (active().bias_relu_forward)(x, bias, mask)
}

/// In place `dy = if y > 0 { dy * mask } else { 0 }`, `y` being the forward output.
///
/// # Panics
/// If `dy` or `mask` differs from `y` in length.
pub fn relu_backward(y: &[f32], dy: &mut [f32], mask: Option<&[f32]>) {
    (active().relu_backward)(y, dy, mask)
}

/// In place `x *= m` elementwise (input dropout).
///
/// # Panics
/// If `m.len() != x.len()`.
pub fn mul_inplace(x: &mut [f32], m: &[f32]) {
    (active().mul_inplace)(x, m)
}

/// In place `x[r, j] += bias[j]`; `cols = bias.len()`.
///
/// # Panics
/// If `x.len()` is not a multiple of `bias.len()`.
pub fn add_bias_rows(x: &mut [f32], bias: &[f32]) {
    (active().add_bias_rows)(x, bias)
}

/// Writes `out[j] = Σ_r x[r, j]`, summed in row order (bit-identical on every ISA).
///
/// # Panics
/// If `x.len()` is not a multiple of `cols`, or `out.len() != cols`.
pub fn col_sums(x: &[f32], cols: usize, out: &mut [f32]) {
    (active().col_sums)(x, cols, out)
}

/// SGD with momentum, in place: `v = mu * v - lr * g; w = w + v`. Returns whether every updated
/// weight is finite (checked on the values in registers, so the check costs no memory traffic).
///
/// # Panics
/// If `v` or `g` differs from `w` in length.
pub fn sgd_momentum(w: &mut [f32], v: &mut [f32], g: &[f32], lr: f32, mu: f32) -> bool {
    (active().sgd_momentum)(w, v, g, lr, mu)
}

/// The scalars of one Adam step (Kingma & Ba 2015), the bias corrections folded in on the host:
/// `step` = η / (1 − ∏β1) and `inv_sqrt_c2` = 1 / √(1 − ∏β2), the products over the steps taken.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdamStep {
    pub step: f32,
    pub inv_sqrt_c2: f32,
    pub beta1: f32,
    pub beta2: f32,
    pub eps: f32,
}

/// Adam, element-wise: m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²;
/// w ← w − step · m / (√v · inv_sqrt_c2 + ε). Returns whether every new weight and squared-gradient
/// average is finite (a gradient above about 1.8e19 overflows v, and would freeze its weight).
///
/// # Panics
/// If `m`, `v` or `g` differs from `w` in length.
pub fn adam_update(w: &mut [f32], m: &mut [f32], v: &mut [f32], g: &[f32], h: AdamStep) -> bool {
    (active().adam_update)(w, m, v, g, h)
}

/// Writes `out[j] = Σ_r w[r, j]²`, in row order (bit-identical on every ISA).
///
/// # Panics
/// If `w.len()` is not a multiple of `cols`, or `out.len() != cols`.
pub fn col_sq_norms(w: &[f32], cols: usize, out: &mut [f32]) {
    (active().col_sq_norms)(w, cols, out)
}

/// In place `w[r, j] *= s[j]`; `s.len() == cols`.
///
/// # Panics
/// If `w.len()` is not a multiple of `cols`, or `s.len() != cols`.
pub fn scale_cols(w: &mut [f32], cols: usize, s: &[f32]) {
    (active().scale_cols)(w, cols, s)
}

/// In place `x = exp(x)` with the crate's own exp (see [`exp_f32`] for range and error).
pub fn exp_inplace(x: &mut [f32]) {
    (active().exp_inplace)(x)
}

/// `iters` rounds of independent fused multiply-adds at the active ISA's full width: the
/// microbenchmark behind `bench`'s peak FLOP/s. Returns (operations done, a result to keep).
pub fn fma_peak(iters: usize) -> (u64, f32) {
    (active().fma_peak)(iters)
}

/// [`fma_peak`] at the widest ISA this CPU has ([`detect`]), whatever `DISTIL_SIMD` selects: the
/// machine's peak, against which products are measured. (The products need not follow the
/// selected path: matrixmultiply picks its own vector kernel, so a forced scalar path's peak would
/// put them above 100%.)
pub fn machine_fma_peak(iters: usize) -> (u64, f32) {
    let kernels = Kernels::for_isa(detect()).expect("the detected ISA is available");
    (kernels.fma_peak)(iters)
}
