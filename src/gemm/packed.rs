//! A packed single-precision product for x86_64: the operands are copied into panels that a
//! register kernel streams through in order, as in BLIS/GotoBLAS. The driver here is shared; the
//! register tiles are per instruction set: 6 × 16 with AVX2 + FMA (`avx2.rs`), 6 × 32 with AVX-512
//! (`avx512.rs`).
//!
//! # Why our own
//! matrixmultiply reaches 60–80% of one core's FMA peak on the training shapes (batch 100 against
//! 784–1200 wide layers) and spends a further tenth of the step packing; its tiles are 8 × 8, which
//! leaves half the load ports idle. The AVX2 kernel holds a 6 × 16 block of C in twelve registers and
//! does twelve FMAs per two loads of B and six broadcasts of A; the AVX-512 one does the same with
//! vectors twice as wide.
//!
//! # Determinism
//! Every element of C is the sum over k cut into [`KC`]-deep blocks, a constant: within a block one
//! FMA chain in order of k, then added to C. Edge tiles run the same kernel on a zero-padded copy,
//! so an element's bits do not depend on where the tile boundaries or the thread split fall, nor on
//! the tile's width: both kernels give the same bits. With α = 1 (as in training) they are also
//! matrixmultiply's bits; with other α it folds α in with an FMA where these multiply, then add.
//!
//! # Layout of the packed buffers
//! A (m × k) is packed whole before the parallel part, panel by panel: panel `r` holds rows
//! `r·MR .. r·MR + MR` as `[k][MR]` (rows past m are zero). Each task packs its own columns of B, one
//! depth block at a time, as `[panel][kc][NR]` (columns past n are zero).

use std::arch::x86_64::*;
use std::cell::RefCell;

use rayon::prelude::*;

use super::View;

/// Rows of C per register tile (both kernels).
pub const MR: usize = 6;
/// The widest register tile's columns (sizes the edge tiles' scratch).
pub const MAX_NR: usize = 32;

/// A register kernel: an MR × NR tile of C from a packed A panel `[kc][MR]` and a packed B panel
/// `[kc][NR]` (64-byte aligned), each element one FMA chain in order of k, combined with C by `mode`.
pub trait Tile {
    /// Columns of C per tile: a multiple of 16, at most [`MAX_NR`].
    const NR: usize;
    /// Whether this CPU can run the kernel.
    fn available() -> bool;
    /// # Safety
    /// The CPU must have the kernel's features; `a` and `b` must hold `kc` packed steps, `b`
    /// 64-byte aligned (the kernel's loads of B are aligned vector loads), and `c` must be writable
    /// as MR rows of NR with row stride `ldc`, and initialised where `mode` reads it (`Blend`, `Add`).
    unsafe fn kernel(kc: usize, a: *const f32, b: *const f32, c: *mut f32, ldc: usize, mode: Mode);
}

/// Defines a register tile type `$name` implementing [`Tile`] for one x86_64 vector width: an MR × NR
/// block of C in 2·MR accumulators (two vectors per row, so NR = 2 · lanes). One body for every
/// width keeps the kernels' order of operations, and so their bits, the same.
macro_rules! register_tile {
    (
        $(#[$doc:meta])*
        $name:ident {
            features: $feat:literal,
            available: $avail:expr,
            lanes: $lanes:literal,
            zero: $zero:ident,
            load: $load:ident,
            loadu: $loadu:ident,
            storeu: $storeu:ident,
            set1: $set1:ident,
            fmadd: $fmadd:ident,
            mul: $mul:ident,
            add: $add:ident $(,)?
        }
    ) => {
        $(#[$doc])*
        pub struct $name;

        // Packing copies 16 columns at a time and the edge scratch holds MAX_NR.
        const _: () = assert!((2 * $lanes) % 16 == 0 && 2 * $lanes <= $crate::gemm::packed::MAX_NR);

        impl $crate::gemm::packed::Tile for $name {
            const NR: usize = 2 * $lanes;

            fn available() -> bool {
                $avail
            }

            unsafe fn kernel(
                kc: usize,
                a: *const f32,
                b: *const f32,
                c: *mut f32,
                ldc: usize,
                mode: $crate::gemm::packed::Mode,
            ) {
                kernel(kc, a, b, c, ldc, mode)
            }
        }

        #[target_feature(enable = $feat)]
        unsafe fn kernel(
            kc: usize,
            a: *const f32,
            b: *const f32,
            c: *mut f32,
            ldc: usize,
            mode: $crate::gemm::packed::Mode,
        ) {
            use std::arch::x86_64::*;
            use $crate::gemm::packed::{Mode, MR};
            const L: usize = $lanes;
            const NR: usize = 2 * L;
            let z = $zero();
            let mut s = [[z; 2]; MR];
            // One step of depth: two loads of B, six broadcasts of A, twelve FMAs into the tile.
            macro_rules! step {
                ($p:expr) => {
                    let b0 = $load(b.add($p * NR));
                    let b1 = $load(b.add($p * NR + L));
                    let ap = a.add($p * MR);
                    macro_rules! row {
                        ($i:expr) => {
                            let ai = $set1(*ap.add($i));
                            s[$i][0] = $fmadd(ai, b0, s[$i][0]);
                            s[$i][1] = $fmadd(ai, b1, s[$i][1]);
                        };
                    }
                    row!(0);
                    row!(1);
                    row!(2);
                    row!(3);
                    row!(4);
                    row!(5);
                };
            }
            // Unrolled by four (fewer loop branches between the FMAs); the order of k is unchanged.
            let mut p = 0;
            while p + 4 <= kc {
                step!(p);
                step!(p + 1);
                step!(p + 2);
                step!(p + 3);
                p += 4;
            }
            while p < kc {
                step!(p);
                p += 1;
            }
            for (i, si) in s.iter().enumerate() {
                for (h, &v) in si.iter().enumerate() {
                    let cp = c.add(i * ldc + L * h);
                    let out = match mode {
                        Mode::Set(al) => {
                            if al == 1.0 {
                                v
                            } else {
                                $mul($set1(al), v)
                            }
                        }
                        Mode::Blend(al, be) => $add($mul($set1(al), v), $mul($set1(be), $loadu(cp))),
                        Mode::Add(al) => {
                            let t = if al == 1.0 { v } else { $mul($set1(al), v) };
                            $add($loadu(cp), t)
                        }
                    };
                    $storeu(cp, out);
                }
            }
        }
    };
}
pub(super) use register_tile;

/// GFLOP/s of `T`'s register kernel alone on this thread: `reps` MR × NR tiles of depth `kc` from
/// packed panels that stay in L1 (no packing, no memory traffic): the ceiling the products approach.
pub fn kernel_alone_gflops<T: Tile>(kc: usize, reps: usize) -> f64 {
    assert!(T::available(), "this CPU cannot run the packed kernel");
    // The panels below are sized by kc; a depth past one block would not stay in L1 anyway.
    assert!(
        (1..=KC).contains(&kc),
        "kernel depth {kc} is outside 1..={KC}"
    );
    let (mut abuf, mut bbuf) = (AlignedBuf::default(), AlignedBuf::default());
    let a = abuf.get(kc * MR);
    a.iter_mut()
        .enumerate()
        .for_each(|(i, x)| *x = (i % 7) as f32 * 0.01);
    let b = bbuf.get(kc * T::NR);
    b.iter_mut()
        .enumerate()
        .for_each(|(i, x)| *x = (i % 5) as f32 * 0.01);
    let mut c = [0.0f32; MR * MAX_NR];
    let t = std::time::Instant::now();
    for _ in 0..reps {
        // SAFETY: the CPU runs the tile (asserted); the panels hold kc steps of MR and NR values,
        // B's 64-byte aligned (AlignedBuf); C has MR rows of NR ≤ MAX_NR.
        unsafe {
            T::kernel(
                kc,
                a.as_ptr(),
                b.as_ptr(),
                c.as_mut_ptr(),
                T::NR,
                Mode::Set(1.0),
            )
        };
        std::hint::black_box(&mut c);
    }
    2.0 * (MR * T::NR * kc * reps) as f64 / t.elapsed().as_secs_f64() / 1e9
}

/// Depth of one packed block of B: 256 × 16 or 32 floats (16 or 32 KiB) stay in L1 while a
/// column panel runs down every row panel of A. A constant: the bits of every product depend on it.
pub const KC: usize = 256;
/// Rows of A per block: 144 × 256 floats (144 KiB) stay in L2 while every column panel of B passes
/// over them (a batch of 1,000 would otherwise stream all of A from memory once per panel).
pub const MC: usize = 144;

#[derive(Clone, Copy)]
struct SendPtr<T>(T);
// SAFETY: see `gemm`: the operands are read-only during the product and tasks write disjoint
// blocks of C.
unsafe impl<T> Send for SendPtr<T> {}
unsafe impl<T> Sync for SendPtr<T> {}

impl<T: Copy> SendPtr<T> {
    /// The value; a method, so that closures capture the whole (Send) wrapper, not its field.
    fn get(self) -> T {
        self.0
    }
}

thread_local! {
    /// Per-thread packing buffers, kept between products so that training allocates nothing per step.
    static A_BUF: RefCell<AlignedBuf> = RefCell::new(AlignedBuf::default());
    static B_BUF: RefCell<AlignedBuf> = RefCell::new(AlignedBuf::default());
}

/// A growable f32 buffer whose usable part starts on a 64-byte boundary (so packed panels never
/// split a vector load across cache lines).
#[derive(Default)]
struct AlignedBuf(Vec<f32>);

impl AlignedBuf {
    fn get(&mut self, len: usize) -> &mut [f32] {
        if self.0.len() < len + 16 {
            self.0 = vec![0.0; len + 16];
        }
        // The kernel's aligned loads need this offset; `align_offset` may in principle give up
        // (usize::MAX), so that is a panic here rather than a misaligned load later.
        let off = self.0.as_ptr().align_offset(64);
        assert!(off < 16, "cannot align the packing buffer to 64 bytes");
        &mut self.0[off..off + len]
    }
}

/// Runs `f` on `len` floats of this thread's buffer `key`, or of a fresh one if that is in use (a
/// product started from inside another's parallel loop).
fn with_buf<R>(
    key: &'static std::thread::LocalKey<RefCell<AlignedBuf>>,
    len: usize,
    f: impl FnOnce(&mut [f32]) -> R,
) -> R {
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => f(buf.get(len)),
        Err(_) => f(AlignedBuf::default().get(len)),
    })
}

/// C (m × n, row stride `ldc`) = α·A·B + β·C, with output blocks of `bm × bn` (bm a multiple of
/// [`MR`] unless it is m) run as parallel tasks. With β = 0 the old C is never read.
///
/// # Safety
/// The CPU must run `T`'s kernel ([`Tile::available`]) and have AVX2; `a` must be readable as m × k, `b` as k × n and
/// `c` writable as m × n with row stride `ldc` (and initialised where it is read: β ≠ 0, or k >
/// [`KC`], whose later depth blocks add to it), none of them aliasing C.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm<T: Tile>(
    m: usize,
    k: usize,
    n: usize,
    alpha: f32,
    a: View,
    b: View,
    beta: f32,
    c: *mut f32,
    ldc: usize,
    (bm, bn): (usize, usize),
) {
    debug_assert!(bm == m || bm % MR == 0);
    if k == 0 {
        for i in 0..m {
            for j in 0..n {
                let p = c.add(i * ldc + j);
                *p = if beta == 0.0 { 0.0 } else { beta * *p };
            }
        }
        return;
    }
    let panels = m.div_ceil(MR);
    let (mb, nb) = (m.div_ceil(bm), n.div_ceil(bn));
    let tasks = mb * nb;
    with_buf(&A_BUF, panels * MR * k, |apack| {
        let ap = SendPtr(a);
        let pack_panel = |(r, dst): (usize, &mut [f32])| {
            // SAFETY: rows r·MR.. of A are inside the operand the caller vouched for.
            unsafe { pack_a(dst, ap.get(), r * MR, (m - r * MR).min(MR)) }
        };
        if tasks == 1 {
            apack.chunks_mut(MR * k).enumerate().for_each(pack_panel);
        } else {
            apack
                .par_chunks_mut(MR * k)
                .enumerate()
                .for_each(pack_panel);
        }
        let apack = SendPtr(apack.as_ptr());
        let (bp, cp) = (SendPtr(b), SendPtr(c));
        let run = |t: usize| {
            let (i0, j0) = ((t / nb) * bm, (t % nb) * bn);
            let (mi, nj) = (bm.min(m - i0), bn.min(n - j0));
            // SAFETY: this task writes only rows i0..i0+mi, columns j0..j0+nj of C; the packed A
            // outlives the parallel loop and is only read.
            unsafe {
                block::<T>(
                    k,
                    alpha,
                    apack.get(),
                    i0,
                    mi,
                    bp.get(),
                    j0,
                    nj,
                    beta,
                    cp.get(),
                    ldc,
                )
            }
        };
        if tasks == 1 {
            run(0);
        } else {
            (0..tasks).into_par_iter().for_each(run);
        }
    });
}

/// One task: rows i0..i0+mi (i0 a multiple of MR) and columns j0..j0+nj of C.
#[allow(clippy::too_many_arguments)]
unsafe fn block<T: Tile>(
    k: usize,
    alpha: f32,
    apack: *const f32,
    i0: usize,
    mi: usize,
    b: View,
    j0: usize,
    nj: usize,
    beta: f32,
    c: *mut f32,
    ldc: usize,
) {
    let bpanels = nj.div_ceil(T::NR);
    with_buf(&B_BUF, bpanels * T::NR * KC.min(k), |bpack| {
        for pc in (0..k).step_by(KC) {
            let kc = KC.min(k - pc);
            let mode = if pc == 0 {
                if beta == 0.0 {
                    Mode::Set(alpha)
                } else {
                    Mode::Blend(alpha, beta)
                }
            } else {
                Mode::Add(alpha)
            };
            let row_blocks = mi.div_ceil(MC);
            for ib in 0..row_blocks {
                let r0 = ib * MC;
                let mc = MC.min(mi - r0);
                let rpanels = mc.div_ceil(MR);
                for q in 0..bpanels {
                    let j = j0 + q * T::NR;
                    let nr = (j0 + nj - j).min(T::NR);
                    let bq = &mut bpack[q * T::NR * kc..(q + 1) * T::NR * kc];
                    // The first row block packs each column panel just before its use, and fetches
                    // the next one from memory while this one is multiplied, a slice after each
                    // tile: B (a weight matrix) rarely fits in L2, and reading it otherwise stalls
                    // the FMAs. Later row blocks reuse the packed panels.
                    if ib == 0 {
                        pack_b::<T>(bq, b, pc, kc, j, nr);
                    }
                    let next = if ib == 0 && q + 1 < bpanels {
                        Some((pc, kc, j + T::NR, (j0 + nj - j - T::NR).min(T::NR)))
                    } else if ib + 1 == row_blocks && q + 1 == bpanels && pc + KC < k {
                        Some((pc + KC, KC.min(k - pc - KC), j0, nj.min(T::NR)))
                    } else {
                        None
                    };
                    let bq = bq.as_ptr();
                    for t in 0..rpanels {
                        let r = r0 + t * MR;
                        let i = i0 + r;
                        let mr = (mi - r).min(MR);
                        let ap = apack.add(i / MR * MR * k + pc * MR);
                        let cij = c.add(i * ldc + j);
                        if mr == MR && nr == T::NR {
                            T::kernel(kc, ap, bq, cij, ldc, mode);
                        } else {
                            edge::<T>(kc, ap, bq, cij, ldc, mode, mr, nr);
                        }
                        if let Some((npc, nkc, nj0, nnr)) = next {
                            prefetch_b(b, npc, nkc, nj0, nnr, t, rpanels);
                        }
                    }
                }
            }
        }
    });
}

/// Prefetches slice `part` of `parts` of the memory that packing B's rows pc..pc+kc, columns
/// j..j+nr will read.
unsafe fn prefetch_b(
    b: View,
    pc: usize,
    kc: usize,
    j: usize,
    nr: usize,
    part: usize,
    parts: usize,
) {
    let base = b.ptr.offset(pc as isize * b.rs + j as isize * b.cs);
    let fetch = |p: *const f32| _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
    if b.cs == 1 {
        // The first and last of the row's nr values. A 32-wide segment that is not aligned touches
        // a third line between them; fetching it too measured no different (docs/speed.md).
        let (lo, hi) = (kc * part / parts, kc * (part + 1) / parts);
        for p in lo..hi {
            let row = base.offset(p as isize * b.rs);
            fetch(row);
            fetch(row.add(nr - 1));
        }
    } else if b.rs == 1 {
        // nr columns of kc contiguous values, a fetch every sixteen (an unaligned column's last
        // line is left to the hardware prefetcher; fetching it too measured no different).
        let lines = kc.div_ceil(16);
        let (lo, hi) = (nr * lines * part / parts, nr * lines * (part + 1) / parts);
        for x in lo..hi {
            fetch(
                base.offset((x / lines) as isize * b.cs)
                    .add((x % lines) * 16),
            );
        }
    }
}

/// How the kernel combines its sums `s` with C.
#[derive(Clone, Copy)]
pub enum Mode {
    /// C = α·s (first depth block, β = 0: C is not read).
    Set(f32),
    /// C = α·s + β·C (first depth block).
    Blend(f32, f32),
    /// C = C + α·s (later depth blocks).
    Add(f32),
}

/// A partial tile: the full kernel on a zero-padded MR × NR copy, then the valid part copied back.
#[allow(clippy::too_many_arguments)]
unsafe fn edge<T: Tile>(
    kc: usize,
    a: *const f32,
    b: *const f32,
    c: *mut f32,
    ldc: usize,
    mode: Mode,
    mr: usize,
    nr: usize,
) {
    let mut tile = [0.0f32; MR * MAX_NR];
    if !matches!(mode, Mode::Set(_)) {
        for i in 0..mr {
            for j in 0..nr {
                tile[i * T::NR + j] = *c.add(i * ldc + j);
            }
        }
    }
    T::kernel(kc, a, b, tile.as_mut_ptr(), T::NR, mode);
    for i in 0..mr {
        for j in 0..nr {
            *c.add(i * ldc + j) = tile[i * T::NR + j];
        }
    }
}

/// Packs rows i..i+mr (mr ≤ MR) of A, all k columns, as `[k][MR]`, zero-padding the missing rows.
unsafe fn pack_a(dst: &mut [f32], a: View, i: usize, mr: usize) {
    let base = a.ptr.offset(i as isize * a.rs);
    if a.rs == 1 && mr == MR {
        // A is stored transposed: the MR values of one k are adjacent.
        for (p, d) in dst.chunks_exact_mut(MR).enumerate() {
            std::ptr::copy_nonoverlapping(base.offset(p as isize * a.cs), d.as_mut_ptr(), MR);
        }
        return;
    }
    for (p, d) in dst.chunks_exact_mut(MR).enumerate() {
        for (r, v) in d.iter_mut().enumerate() {
            *v = if r < mr {
                *base.offset(r as isize * a.rs + p as isize * a.cs)
            } else {
                0.0
            };
        }
    }
}

/// Packs rows pc..pc+kc and columns j..j+nr (nr ≤ NR) of B as `[kc][NR]`, zero-padding the
/// missing columns.
unsafe fn pack_b<T: Tile>(dst: &mut [f32], b: View, pc: usize, kc: usize, j: usize, nr: usize) {
    let base = b.ptr.offset(pc as isize * b.rs + j as isize * b.cs);
    if b.cs == 1 && nr == T::NR {
        // Rows of B are contiguous. Fixed-size copies are vector moves (a variable-length one
        // calls memmove, which cost a fifth of the product's time).
        for (p, d) in dst.chunks_exact_mut(T::NR).enumerate() {
            let row = base.offset(p as isize * b.rs);
            for (h, d16) in d.chunks_exact_mut(16).enumerate() {
                d16.copy_from_slice(&(row.add(16 * h) as *const [f32; 16]).read_unaligned());
            }
        }
    } else if b.rs == 1 && nr == T::NR {
        // B is stored transposed (a weight matrix used as Wᵀ): 8 × 8 register transposes.
        transpose_pack(dst, base, b.cs as usize, kc, T::NR);
    } else {
        for (p, d) in dst.chunks_exact_mut(T::NR).enumerate() {
            for (jj, v) in d.iter_mut().enumerate() {
                *v = if jj < nr {
                    *base.offset(p as isize * b.rs + jj as isize * b.cs)
                } else {
                    0.0
                };
            }
        }
    }
}

/// `dst[p][jj] = src[jj·ld + p]` for p < kc, jj < nr (a multiple of 8): nr source rows, each
/// contiguous in p.
#[target_feature(enable = "avx2")]
unsafe fn transpose_pack(dst: &mut [f32], src: *const f32, ld: usize, kc: usize, nr: usize) {
    let full = kc / 8 * 8;
    for group in 0..nr / 8 {
        let s = src.add(group * 8 * ld);
        let mut p = 0;
        while p < full {
            let r: [__m256; 8] = std::array::from_fn(|t| _mm256_loadu_ps(s.add(t * ld + p)));
            let t = transpose8(r);
            for (q, v) in t.iter().enumerate() {
                _mm256_storeu_ps(dst.as_mut_ptr().add((p + q) * nr + group * 8), *v);
            }
            p += 8;
        }
        for p in full..kc {
            for t in 0..8 {
                dst[p * nr + group * 8 + t] = *s.add(t * ld + p);
            }
        }
    }
}

/// Transposes an 8 × 8 block held as eight rows.
#[target_feature(enable = "avx2")]
unsafe fn transpose8(r: [__m256; 8]) -> [__m256; 8] {
    let t0 = _mm256_unpacklo_ps(r[0], r[1]);
    let t1 = _mm256_unpackhi_ps(r[0], r[1]);
    let t2 = _mm256_unpacklo_ps(r[2], r[3]);
    let t3 = _mm256_unpackhi_ps(r[2], r[3]);
    let t4 = _mm256_unpacklo_ps(r[4], r[5]);
    let t5 = _mm256_unpackhi_ps(r[4], r[5]);
    let t6 = _mm256_unpacklo_ps(r[6], r[7]);
    let t7 = _mm256_unpackhi_ps(r[6], r[7]);
    let u0 = _mm256_shuffle_ps::<0x44>(t0, t2);
    let u1 = _mm256_shuffle_ps::<0xEE>(t0, t2);
    let u2 = _mm256_shuffle_ps::<0x44>(t1, t3);
    let u3 = _mm256_shuffle_ps::<0xEE>(t1, t3);
    let u4 = _mm256_shuffle_ps::<0x44>(t4, t6);
    let u5 = _mm256_shuffle_ps::<0xEE>(t4, t6);
    let u6 = _mm256_shuffle_ps::<0x44>(t5, t7);
    let u7 = _mm256_shuffle_ps::<0xEE>(t5, t7);
    [
        _mm256_permute2f128_ps::<0x20>(u0, u4),
        _mm256_permute2f128_ps::<0x20>(u1, u5),
        _mm256_permute2f128_ps::<0x20>(u2, u6),
        _mm256_permute2f128_ps::<0x20>(u3, u7),
        _mm256_permute2f128_ps::<0x31>(u0, u4),
        _mm256_permute2f128_ps::<0x31>(u1, u5),
        _mm256_permute2f128_ps::<0x31>(u2, u6),
        _mm256_permute2f128_ps::<0x31>(u3, u7),
    ]
}
