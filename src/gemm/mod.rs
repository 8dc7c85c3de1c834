//! Matrix products for the layers: C = α·op(A)·op(B) + β·C over row-major buffers.
//!
//! Four backends ([`Backend`]), one chosen per process ([`backend`]):
//! - the packed product (`packed.rs`) with its 6 × 32 AVX-512 tile (`avx512.rs`) on x86_64 CPUs that
//!   have AVX-512, or its 6 × 16 AVX2 + FMA tile (`avx2.rs`) on those that have AVX2 and FMA: the
//!   fastest on the training shapes (docs/speed.md);
//! - matrixmultiply, the portable one (NEON on aarch64, and any x86_64 without AVX2, whose
//!   kernels take the scalar path);
//! - on the forced scalar path ([`crate::simd::Isa::Scalar`]) a plain reference product: each
//!   element summed in order of k with separate multiplies and adds, the same bits on every machine.
//!
//! Transposes are expressed through strides (no copies). The product is split into output blocks whose
//! sizes depend only on the shape, never on the thread count, and rayon runs the blocks on whatever
//! threads it has. The fast backends compute each element as one FMA chain per 256-deep block of k,
//! whatever block or tile it falls in, so results are bit-identical for any number of threads, and
//! with α = 1 (every product in training) both packed tiles give exactly matrixmultiply's bits.

use std::sync::OnceLock;

use rayon::prelude::*;

use crate::simd::{self, Isa};

#[cfg(target_arch = "x86_64")]
mod avx2;
#[cfg(target_arch = "x86_64")]
mod avx512;
#[cfg(target_arch = "x86_64")]
mod packed;

/// Whether an operand is used as stored or transposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// As stored (row-major).
    N,
    /// Transposed: the buffer holds the operand's transpose, row-major.
    T,
}

/// An operand of logical shape rows × cols: element (r, c) is at `ptr + r·rs + c·cs`.
#[derive(Clone, Copy)]
struct View {
    ptr: *const f32,
    rs: isize,
    cs: isize,
}

#[derive(Clone, Copy)]
struct OutPtr(*mut f32);
// SAFETY: blocks handed to different threads write disjoint parts of C; see `gemm`.
unsafe impl Send for OutPtr {}
unsafe impl Sync for OutPtr {}
#[derive(Clone, Copy)]
struct InPtr(View);
// SAFETY: the inputs are only read while the product runs.
unsafe impl Send for InPtr {}
unsafe impl Sync for InPtr {}

/// C (m × n) = alpha · op(A) (m × k) · op(B) (k × n) + beta · C. With `beta == 0` the old contents of
/// C are ignored (they may be NaN). Computed by [`backend`].
#[allow(clippy::too_many_arguments)]
pub fn gemm(
    m: usize,
    k: usize,
    n: usize,
    alpha: f32,
    a: &[f32],
    op_a: Op,
    b: &[f32],
    op_b: Op,
    beta: f32,
    c: &mut [f32],
) {
    gemm_with(backend(), m, k, n, alpha, a, op_a, b, op_b, beta, c)
}

/// [`gemm`] with a chosen backend (benchmarks compare them side by side). Panics if the backend
/// cannot run on this CPU.
#[allow(clippy::too_many_arguments)]
pub fn gemm_with(
    backend: Backend,
    m: usize,
    k: usize,
    n: usize,
    alpha: f32,
    a: &[f32],
    op_a: Op,
    b: &[f32],
    op_b: Op,
    beta: f32,
    c: &mut [f32],
) {
    check_shapes(m, k, n, a, b, c);
    if m == 0 || n == 0 {
        return;
    }
    match narrowed(backend, n) {
        Backend::Reference => reference(m, k, n, alpha, a, op_a, b, op_b, beta, c),
        Backend::MatrixMultiply => {
            blocked_matrixmultiply(m, k, n, alpha, a, op_a, b, op_b, beta, c)
        }
        #[cfg(target_arch = "x86_64")]
        Backend::PackedAvx2 => packed_gemm::<avx2::Avx2>(m, k, n, alpha, a, op_a, b, op_b, beta, c),
        #[cfg(target_arch = "x86_64")]
        Backend::PackedAvx512 => {
            packed_gemm::<avx512::Avx512>(m, k, n, alpha, a, op_a, b, op_b, beta, c)
        }
    }
}

/// The backend that runs a product `n` columns wide for `backend`. Fewer columns than a tile (an
/// output layer) leave most of each tile empty: there the narrower tile, and below 16
/// matrixmultiply's 8-wide tiles, are faster, with the same bits.
fn narrowed(backend: Backend, n: usize) -> Backend {
    #[cfg(target_arch = "x86_64")]
    {
        use packed::Tile;
        if backend == Backend::PackedAvx512 && n < avx512::Avx512::NR {
            return narrowed(Backend::PackedAvx2, n);
        }
        if backend == Backend::PackedAvx2 && n < avx2::Avx2::NR {
            return Backend::MatrixMultiply;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = n;
    backend
}

/// The packed product with register tile `T`, on output blocks whose columns are whole tiles.
#[cfg(target_arch = "x86_64")]
#[allow(clippy::too_many_arguments)]
fn packed_gemm<T: packed::Tile>(
    m: usize,
    k: usize,
    n: usize,
    alpha: f32,
    a: &[f32],
    op_a: Op,
    b: &[f32],
    op_b: Op,
    beta: f32,
    c: &mut [f32],
) {
    assert!(T::available(), "this CPU cannot run the packed kernel");
    // SAFETY: the CPU runs the tile (asserted above; every tile's `available` includes the AVX2
    // the packing uses); the views describe the slices checked by the caller, and C is a separate,
    // exclusively borrowed m × n slice.
    unsafe {
        packed::gemm::<T>(
            m,
            k,
            n,
            alpha,
            view(a, op_a, m, k),
            view(b, op_b, k, n),
            beta,
            c.as_mut_ptr(),
            n,
            block_sizes_in(m, k, n, T::NR),
        )
    }
}

/// Which implementation computes the products.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// [`reference()`]: on the forced scalar path, for the same bits on every machine.
    Reference,
    /// matrixmultiply's kernels in parallel output blocks: the portable default (NEON on aarch64).
    MatrixMultiply,
    /// Our packed product with the 6 × 16 AVX2 + FMA tile (x86_64 with AVX2 and FMA).
    #[cfg(target_arch = "x86_64")]
    PackedAvx2,
    /// Our packed product with the 6 × 32 AVX-512 tile (x86_64 with AVX-512F, AVX2 and FMA).
    #[cfg(target_arch = "x86_64")]
    PackedAvx512,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Reference => "reference",
            Backend::MatrixMultiply => "matrixmultiply",
            #[cfg(target_arch = "x86_64")]
            Backend::PackedAvx2 => "packed-avx2",
            #[cfg(target_arch = "x86_64")]
            Backend::PackedAvx512 => "packed-avx512",
        }
    }
}

/// GFLOP/s of a packed backend's register kernel alone on this thread (see
/// `packed::kernel_alone_gflops`), or `None` for a backend without one. Panics for a depth `kc`
/// outside 1..=256 (one packed block).
pub fn kernel_alone_gflops(backend: Backend, kc: usize, reps: usize) -> Option<f64> {
    match backend {
        #[cfg(target_arch = "x86_64")]
        Backend::PackedAvx2 => Some(packed::kernel_alone_gflops::<avx2::Avx2>(kc, reps)),
        #[cfg(target_arch = "x86_64")]
        Backend::PackedAvx512 => Some(packed::kernel_alone_gflops::<avx512::Avx512>(kc, reps)),
        _ => {
            let _ = (kc, reps);
            None
        }
    }
}

/// Every backend this CPU can run, from the plainest to the widest tile.
pub fn available_backends() -> Vec<Backend> {
    #[allow(unused_mut)] // pushed to on x86_64 only
    let mut v = vec![Backend::Reference, Backend::MatrixMultiply];
    #[cfg(target_arch = "x86_64")]
    {
        use packed::Tile;
        if avx2::Avx2::available() {
            v.push(Backend::PackedAvx2);
        }
        if avx512::Avx512::available() {
            v.push(Backend::PackedAvx512);
        }
    }
    v
}

/// Environment variable that forces a backend: `matrixmultiply`, `packed-avx2`, `packed-avx512` or
/// `auto` (unset).
/// For side-by-side measurements and as an escape hatch; the forced scalar path always uses the
/// reference.
pub const ENV_VAR: &str = "DISTIL_GEMM";

/// The backend `DISTIL_GEMM` asks for, if set and not "auto"; an error (for the caller to prefix
/// with [`ENV_VAR`]) names the value and the backends this CPU runs.
pub fn selected() -> Result<Option<Backend>, String> {
    static SELECTED: OnceLock<Result<Option<Backend>, String>> = OnceLock::new();
    SELECTED
        .get_or_init(|| match std::env::var(ENV_VAR) {
            Err(std::env::VarError::NotPresent) => Ok(None),
            Ok(v) if v == "auto" || v.is_empty() => Ok(None),
            Ok(v) => {
                let avail = available_backends();
                avail
                    .iter()
                    .find(|b| b.name() == v && **b != Backend::Reference)
                    .map(|b| Some(*b))
                    .ok_or_else(|| {
                        let names: Vec<&str> = avail[1..].iter().map(|b| b.name()).collect();
                        format!(
                            "expected auto or one of this CPU's backends ({}), found {v:?}",
                            names.join(", ")
                        )
                    })
            }
            Err(std::env::VarError::NotUnicode(v)) => {
                Err(format!("expected a name in UTF-8, found {v:?}"))
            }
        })
        .clone()
}

/// The backend [`gemm`] uses: the reference on the forced scalar path (`DISTIL_SIMD=scalar`);
/// else the one `DISTIL_GEMM` forces; else the packed product with the tile of the SIMD path in use
/// (so `DISTIL_SIMD=avx2` runs an AVX-512 machine as an AVX2 one), and matrixmultiply elsewhere
/// (aarch64, and any CPU whose best SIMD path is scalar: an x86_64 without AVX2, another
/// architecture). Decided once per process, like the SIMD path. Every choice but the reference
/// gives the same bits.
pub fn backend() -> Backend {
    static BACKEND: OnceLock<Backend> = OnceLock::new();
    *BACKEND.get_or_init(|| {
        let forced = selected().ok().flatten();
        let isa = simd::active_isa();
        default_backend(isa, simd::forced(), forced, &available_backends())
    })
}

/// [`backend`]'s choice, given the SIMD path and whether `DISTIL_SIMD` forced it, the backend
/// `DISTIL_GEMM` forces (if any) and those the CPU runs.
fn default_backend(
    isa: Isa,
    isa_forced: bool,
    forced: Option<Backend>,
    available: &[Backend],
) -> Backend {
    // The reproducible path: the same bits on every machine, at the reference product's speed.
    if isa == Isa::Scalar && isa_forced {
        return Backend::Reference;
    }
    if let Some(b) = forced {
        return b;
    }
    #[cfg(target_arch = "x86_64")]
    let tile = match isa {
        Isa::Avx512 => Some(Backend::PackedAvx512),
        Isa::Avx2 => Some(Backend::PackedAvx2),
        _ => None,
    };
    #[cfg(not(target_arch = "x86_64"))]
    let tile: Option<Backend> = None;
    tile.filter(|b| available.contains(b))
        .unwrap_or(Backend::MatrixMultiply)
}

/// op(X) of logical shape rows × cols as strides over its buffer.
fn view(x: &[f32], op: Op, rows: usize, cols: usize) -> View {
    match op {
        Op::N => View {
            ptr: x.as_ptr(),
            rs: cols as isize,
            cs: 1,
        },
        Op::T => View {
            ptr: x.as_ptr(),
            rs: 1,
            cs: rows as isize,
        },
    }
}

/// Panics unless A, B and C hold exactly m×k, k×n and m×n elements. The products are checked for
/// overflow: a wrapped one would let short slices through to the unchecked kernels.
fn check_shapes(m: usize, k: usize, n: usize, a: &[f32], b: &[f32], c: &[f32]) {
    let check = |name: &str, len: usize, rows: usize, cols: usize| {
        let want = rows
            .checked_mul(cols)
            .unwrap_or_else(|| panic!("{name}: the shape {rows}×{cols} overflows usize"));
        assert_eq!(
            len, want,
            "{name} has {len} elements, expected {rows}×{cols}"
        );
    };
    check("A", a.len(), m, k);
    check("B", b.len(), k, n);
    check("C", c.len(), m, n);
}

/// matrixmultiply's sgemm on output blocks of [`block_sizes`], run in parallel.
#[allow(clippy::too_many_arguments)]
pub fn blocked_matrixmultiply(
    m: usize,
    k: usize,
    n: usize,
    alpha: f32,
    a: &[f32],
    op_a: Op,
    b: &[f32],
    op_b: Op,
    beta: f32,
    c: &mut [f32],
) {
    check_shapes(m, k, n, a, b, c);
    if m == 0 || n == 0 {
        return;
    }
    let (va, vb) = (view(a, op_a, m, k), view(b, op_b, k, n));
    let (bm, bn) = block_sizes(m, k, n);
    let (mb, nb) = (m.div_ceil(bm), n.div_ceil(bn));
    let (pa, pb, pc) = (InPtr(va), InPtr(vb), OutPtr(c.as_mut_ptr()));
    let run = |blk: usize| {
        let (pa, pb, pc) = (pa, pb, pc);
        let (i0, j0) = ((blk / nb) * bm, (blk % nb) * bn);
        let (mi, nj) = (bm.min(m - i0), bn.min(n - j0));
        // SAFETY: block (i0, j0) reads rows i0..i0+mi of op(A) and columns j0..j0+nj of op(B), all
        // inside the slices checked above, and writes only its own mi × nj part of C, which no other
        // block touches. The slices outlive the parallel loop.
        unsafe {
            matrixmultiply::sgemm(
                mi,
                k,
                nj,
                alpha,
                pa.0.ptr.offset(i0 as isize * pa.0.rs),
                pa.0.rs,
                pa.0.cs,
                pb.0.ptr.offset(j0 as isize * pb.0.cs),
                pb.0.rs,
                pb.0.cs,
                beta,
                pc.0.add(i0 * n + j0),
                n as isize,
                1,
            );
        }
    };
    if mb * nb == 1 {
        run(0);
    } else {
        (0..mb * nb).into_par_iter().for_each(run);
    }
}

/// Blocks per product along the longer output side (8 keeps 2 or 3 threads balanced).
const BLOCKS: usize = 8;

/// Output block sizes, a function of the shape alone. Small products stay whole; larger ones are cut
/// along their longer output side into about eight blocks, a multiple of 16 wide, so that two or more
/// threads stay balanced.
pub fn block_sizes(m: usize, k: usize, n: usize) -> (usize, usize) {
    block_sizes_in(m, k, n, 16)
}

/// [`block_sizes`] with columns cut in multiples of `col_step` (a tile's width), so that no block
/// ends in a part tile but the last. Where blocks fall changes no bits.
fn block_sizes_in(m: usize, k: usize, n: usize, col_step: usize) -> (usize, usize) {
    const SMALL_FLOPS: usize = 1 << 18;
    let flops = 2usize.saturating_mul(m).saturating_mul(k).saturating_mul(n);
    if flops <= SMALL_FLOPS {
        return (m, n);
    }
    // Rows are cut in multiples of 48 (whole 6-row tiles of the packed kernel), columns in
    // multiples of the tile's width.
    let cut = |d: usize, step: usize| (d.div_ceil(BLOCKS).div_ceil(step) * step).max(step).min(d);
    if n >= m {
        (m, cut(n, col_step))
    } else {
        (cut(m, 48), n)
    }
}

/// The reference product: every element summed in order of k, multiply then add, no fused operations.
#[allow(clippy::too_many_arguments)]
pub fn reference(
    m: usize,
    k: usize,
    n: usize,
    alpha: f32,
    a: &[f32],
    op_a: Op,
    b: &[f32],
    op_b: Op,
    beta: f32,
    c: &mut [f32],
) {
    let at = |i: usize, p: usize| match op_a {
        Op::N => a[i * k + p],
        Op::T => a[p * m + i],
    };
    c.par_chunks_mut(n).enumerate().for_each(|(i, crow)| {
        // With β = 0 the row of C itself is the accumulator (no allocation, as in training);
        // otherwise a temporary row keeps the old C for the final α·acc + β·C.
        let mut tmp = Vec::new();
        let acc: &mut [f32] = if beta == 0.0 {
            crow.fill(0.0);
            crow
        } else {
            tmp.resize(n, 0.0f32);
            &mut tmp
        };
        for p in 0..k {
            let aip = at(i, p);
            match op_b {
                Op::N => {
                    for (s, &bv) in acc.iter_mut().zip(&b[p * n..(p + 1) * n]) {
                        *s += aip * bv;
                    }
                }
                Op::T => {
                    for (j, s) in acc.iter_mut().enumerate() {
                        *s += aip * b[j * k + p];
                    }
                }
            }
        }
        if beta == 0.0 {
            if alpha != 1.0 {
                acc.iter_mut().for_each(|s| *s *= alpha);
            }
        } else {
            for (cv, s) in crow.iter_mut().zip(tmp) {
                *cv = alpha * s + beta * *cv;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rand(n: usize, seed: u64) -> Vec<f32> {
        let mut s = crate::rng::Stream::new(seed, &[]);
        (0..n).map(|_| s.uniform() as f32 - 0.5).collect()
    }

    fn naive(m: usize, k: usize, n: usize, a: &[f32], op_a: Op, b: &[f32], op_b: Op) -> Vec<f64> {
        let mut c = vec![0.0f64; m * n];
        for i in 0..m {
            for j in 0..n {
                for p in 0..k {
                    let x = if op_a == Op::N {
                        a[i * k + p]
                    } else {
                        a[p * m + i]
                    };
                    let y = if op_b == Op::N {
                        b[p * n + j]
                    } else {
                        b[j * k + p]
                    };
                    c[i * n + j] += x as f64 * y as f64;
                }
            }
        }
        c
    }

    /// Shapes whose element counts overflow usize wrap to 0 unchecked in release builds, which would
    /// let empty slices through to kernels that trust the shape: every backend must refuse them.
    #[test]
    fn overflowing_shapes_are_refused_on_every_backend() {
        let huge = 1usize << 62; // 4 × 2^62 wraps to 0
        let shapes = [(4, huge, 4), (4, huge, 32), (4, huge, 0)];
        for backend in available_backends()
            .into_iter()
            .chain([Backend::MatrixMultiply])
        {
            for &(m, k, n) in &shapes {
                let mut c = vec![0.0f32; m * n];
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    gemm_with(backend, m, k, n, 1.0, &[], Op::N, &[], Op::N, 0.0, &mut c)
                }));
                let msg = r.expect_err("an overflowing shape must panic");
                let msg = msg
                    .downcast_ref::<String>()
                    .expect("a formatted panic message");
                assert!(msg.contains("overflows"), "{}: {msg}", backend.name());
            }
        }
        let mut c = vec![0.0f32; 16];
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            blocked_matrixmultiply(4, huge, 4, 1.0, &[], Op::N, &[], Op::N, 0.0, &mut c)
        }));
        assert!(r.is_err());
    }

    #[test]
    fn the_kernel_alone_refuses_depths_its_panels_cannot_hold() {
        // 2^63 · MR would wrap to a tiny buffer that the kernel then reads 2^63 steps of.
        for backend in available_backends() {
            for kc in [0, packed_kc() + 1, 1usize << 63] {
                let r = std::panic::catch_unwind(|| kernel_alone_gflops(backend, kc, 1));
                if kernel_alone_gflops(backend, 1, 1).is_some() {
                    assert!(r.is_err(), "{} ran at depth {kc}", backend.name());
                }
            }
        }
    }

    /// The packed product's depth block (x86_64 only; elsewhere no backend has a lone kernel).
    fn packed_kc() -> usize {
        #[cfg(target_arch = "x86_64")]
        return packed::KC;
        #[cfg(not(target_arch = "x86_64"))]
        256
    }

    #[test]
    fn matches_naive_on_awkward_shapes_and_layouts() {
        for &(m, k, n) in &[
            (0, 3, 4),
            (1, 1, 1),
            (3, 0, 5),
            (7, 9, 17),
            (17, 65, 257),
            (100, 64, 300),
            (266, 33, 265),
            (13, 600, 40),
            (100, 784, 10),
        ] {
            for op_a in [Op::N, Op::T] {
                for op_b in [Op::N, Op::T] {
                    let a = rand(m * k, 1);
                    let b = rand(k * n, 2);
                    let want = naive(m, k, n, &a, op_a, &b, op_b);
                    for (beta, backend) in [0.0f32, 1.0]
                        .into_iter()
                        .flat_map(|beta| available_backends().into_iter().map(move |be| (beta, be)))
                    {
                        let mut c = vec![if beta == 0.0 { f32::NAN } else { 0.25 }; m * n];
                        gemm_with(backend, m, k, n, 2.0, &a, op_a, &b, op_b, beta, &mut c);
                        let mut r = vec![if beta == 0.0 { f32::NAN } else { 0.25 }; m * n];
                        reference(m, k, n, 2.0, &a, op_a, &b, op_b, beta, &mut r);
                        for i in 0..m * n {
                            let w = 2.0 * want[i] + if beta == 0.0 { 0.0 } else { 0.25 };
                            let tol = 1e-4 * (1.0 + k as f64).sqrt();
                            assert!(
                                (c[i] as f64 - w).abs() < tol,
                                "{} {m}x{k}x{n} {op_a:?}{op_b:?} [{i}] {} vs {w}",
                                backend.name(),
                                c[i]
                            );
                            assert!((r[i] as f64 - w).abs() < tol, "reference {m}x{k}x{n} [{i}]");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn identical_bits_for_any_thread_count() {
        let (m, k, n) = (100, 784, 1200);
        let a = rand(m * k, 3);
        let b = rand(k * n, 4);
        for backend in available_backends() {
            let run = |threads: usize| {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                let mut c = vec![0.0f32; m * n];
                pool.install(|| {
                    gemm_with(backend, m, k, n, 1.0, &a, Op::N, &b, Op::N, 0.0, &mut c)
                });
                c
            };
            let one = run(1);
            for t in [2, 3] {
                assert!(
                    one.iter()
                        .zip(run(t))
                        .all(|(x, y)| x.to_bits() == y.to_bits()),
                    "{} threads {t}",
                    backend.name()
                );
            }
        }
    }

    /// The default follows the SIMD path (forcing AVX2 on an AVX-512 CPU gives the AVX2 tile),
    /// never picks a backend the CPU lacks, and yields to `DISTIL_GEMM` except on the forced
    /// scalar path; a CPU whose best path is scalar (an x86_64 without AVX2) gets matrixmultiply.
    #[test]
    #[cfg(target_arch = "x86_64")]
    fn default_backend_follows_the_simd_path() {
        use Backend::*;
        let all = [Reference, MatrixMultiply, PackedAvx2, PackedAvx512];
        let avx2_only = [Reference, MatrixMultiply, PackedAvx2];
        let portable = [Reference, MatrixMultiply];
        for isa_forced in [false, true] {
            let pick = |isa, forced, available: &[Backend]| {
                default_backend(isa, isa_forced, forced, available)
            };
            assert_eq!(pick(Isa::Avx512, None, &all), PackedAvx512);
            assert_eq!(pick(Isa::Avx2, None, &all), PackedAvx2);
            assert_eq!(pick(Isa::Avx2, None, &avx2_only), PackedAvx2);
            assert_eq!(pick(Isa::Avx512, None, &avx2_only), MatrixMultiply);
            let forced = Some(MatrixMultiply);
            assert_eq!(pick(Isa::Avx512, forced, &all), MatrixMultiply);
        }
        // DISTIL_SIMD=scalar: the reference, whatever DISTIL_GEMM says.
        for forced in [None, Some(MatrixMultiply), Some(PackedAvx2)] {
            assert_eq!(default_backend(Isa::Scalar, true, forced, &all), Reference);
        }
        // Scalar as the best this CPU has: the portable product, or the one DISTIL_GEMM names.
        assert_eq!(
            default_backend(Isa::Scalar, false, None, &portable),
            MatrixMultiply
        );
        assert_eq!(
            default_backend(Isa::Scalar, false, Some(MatrixMultiply), &portable),
            MatrixMultiply
        );
    }

    /// Narrow products fall to the narrower tile, then to matrixmultiply; others keep theirs.
    #[test]
    #[cfg(target_arch = "x86_64")]
    fn narrow_products_go_to_narrower_tiles() {
        use Backend::*;
        assert_eq!(narrowed(PackedAvx512, 32), PackedAvx512);
        assert_eq!(narrowed(PackedAvx512, 31), PackedAvx2);
        assert_eq!(narrowed(PackedAvx512, 10), MatrixMultiply);
        assert_eq!(narrowed(PackedAvx2, 16), PackedAvx2);
        assert_eq!(narrowed(PackedAvx2, 15), MatrixMultiply);
        assert_eq!(narrowed(Reference, 1), Reference);
    }

    #[test]
    fn block_sizes_depend_on_shape_only_and_cover() {
        for &(m, k, n) in &[
            (100, 784, 1200),
            (784, 100, 1200),
            (1200, 100, 1200),
            (100, 1200, 10),
            (5, 5, 5),
        ] {
            let (bm, bn) = block_sizes(m, k, n);
            assert!(bm >= 1 && bm <= m && bn >= 1 && bn <= n);
            assert!(m.div_ceil(bm) * n.div_ceil(bn) <= 9);
        }
    }
}

#[cfg(test)]
mod split_tests {
    use super::*;

    /// With α = 1 and β = 0, matrixmultiply computes every element the same way whether it lies in a
    /// full or an edge tile, and its depth blocking depends on k alone; so the block split changes
    /// no bits (the split is fixed by the shape, but could follow the thread count without changing
    /// results). Both packed tiles sum in the same order with the same 256-deep blocks, so they
    /// give matrixmultiply's bits exactly: runs recorded with one backend are reproduced by the
    /// others.
    #[test]
    fn packed_and_split_products_give_matrixmultiplys_bits() {
        // Whatever the SIMD path: the backends are chosen here, not by it.
        let mut s = crate::rng::Stream::new(9, &[]);
        for &(m, k, n, op_a, op_b) in &[
            (100, 784, 1200, Op::N, Op::N),
            (784, 100, 1200, Op::T, Op::N),
            (100, 1200, 1200, Op::N, Op::T),
            (37, 300, 53, Op::N, Op::N),
            (100, 784, 10, Op::N, Op::N),
            (100, 1200, 784, Op::N, Op::T),
            (61, 513, 95, Op::T, Op::T),
        ] {
            let a: Vec<f32> = (0..m * k).map(|_| s.uniform() as f32 - 0.5).collect();
            let b: Vec<f32> = (0..k * n).map(|_| s.uniform() as f32 - 0.5).collect();
            let mut split = vec![0.0f32; m * n];
            blocked_matrixmultiply(m, k, n, 1.0, &a, op_a, &b, op_b, 0.0, &mut split);
            let mut whole = vec![0.0f32; m * n];
            let (rsa, csa) = if op_a == Op::N {
                (k as isize, 1)
            } else {
                (1, m as isize)
            };
            let (rsb, csb) = if op_b == Op::N {
                (n as isize, 1)
            } else {
                (1, k as isize)
            };
            // SAFETY: the strides describe the slices' own shapes.
            unsafe {
                matrixmultiply::sgemm(
                    m,
                    k,
                    n,
                    1.0,
                    a.as_ptr(),
                    rsa,
                    csa,
                    b.as_ptr(),
                    rsb,
                    csb,
                    0.0,
                    whole.as_mut_ptr(),
                    n as isize,
                    1,
                );
            }
            let same = |x: &[f32]| {
                x.iter()
                    .zip(&whole)
                    .all(|(x, y)| x.to_bits() == y.to_bits())
            };
            assert!(same(&split), "{m}x{k}x{n}");
            for backend in available_backends() {
                if backend == Backend::Reference {
                    continue;
                }
                let mut packed = vec![f32::NAN; m * n];
                gemm_with(backend, m, k, n, 1.0, &a, op_a, &b, op_b, 0.0, &mut packed);
                assert!(
                    same(&packed),
                    "{} {m}x{k}x{n} {op_a:?}{op_b:?}",
                    backend.name()
                );
            }
        }
    }
}
