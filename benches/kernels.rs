//! Kernel throughput per instruction set, at the sizes of MNIST training: a batch of 100,
//! 10 classes, hidden layers of 1200, 2.4M parameters.
//!
//! `cargo bench --bench kernels` (add `-- softmax` to filter). Bench ids are `kernel/isa/shape`;
//! throughput is in elements (f32 values of the main operand) per second.

use std::hint::black_box;

use criterion::{
    criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, Throughput,
};
use distil::simd::{available, Kernels};

/// Every ISA this CPU runs, scalar first.
fn tables() -> Vec<&'static Kernels> {
    available()
        .into_iter()
        .filter_map(Kernels::for_isa)
        .collect()
}

/// Seeded data in [lo, hi) (xorshift32; benches need no statistics, only stable input).
fn data(n: usize, lo: f32, hi: f32, seed: u32) -> Vec<f32> {
    let mut s = seed.max(1);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            lo + (hi - lo) * (s >> 8) as f32 / (1u32 << 24) as f32
        })
        .collect()
}

/// A dropout mask with values 0 and 1 (so repeated in-place application stays stable).
fn mask01(n: usize) -> Vec<f32> {
    data(n, 0.0, 1.0, 99)
        .into_iter()
        .map(|v| if v < 0.25 { 0.0 } else { 1.0 })
        .collect()
}

type Group<'a> = BenchmarkGroup<'a, criterion::measurement::WallTime>;

/// One group per kernel with `elements` as its throughput; `each` adds one bench per ISA.
fn group(
    c: &mut Criterion,
    name: &str,
    elements: usize,
    mut each: impl FnMut(&mut Group, &'static Kernels),
) {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Elements(elements as u64));
    for k in tables() {
        each(&mut g, k);
    }
    g.finish();
}

fn id(k: &Kernels, shape: &str) -> String {
    format!("{}/{shape}", k.isa.name())
}

fn softmax_family(c: &mut Criterion) {
    let (rows, cols) = (100, 10);
    let n = rows * cols;
    let z = data(n, -8.0, 8.0, 1);
    let v = data(n, -8.0, 8.0, 2);
    let labels: Vec<u32> = (0..rows as u32).map(|r| r % cols as u32).collect();
    let mut out = vec![0.0f32; n];
    group(c, "softmax_rows", n, |g, k| {
        g.bench_function(id(k, "100x10"), |b| {
            b.iter(|| (k.softmax_rows)(black_box(&z), &mut out, cols, 2.0))
        });
    });
    group(c, "log_softmax_rows", n, |g, k| {
        g.bench_function(id(k, "100x10"), |b| {
            b.iter(|| (k.log_softmax_rows)(black_box(&z), &mut out, cols, 2.0))
        });
    });
    group(c, "ce_hard_grad", n, |g, k| {
        g.bench_function(id(k, "100x10"), |b| {
            b.iter(|| (k.ce_hard_grad)(black_box(&z), &labels, &mut out, cols, 0.01))
        });
    });
    group(c, "ce_soft_grad", n, |g, k| {
        g.bench_function(id(k, "100x10"), |b| {
            b.iter(|| {
                out.fill(0.0);
                (k.ce_soft_grad)(black_box(&z), &v, &mut out, cols, 20.0, 0.2)
            })
        });
    });
    let x = data(4096, -20.0, 20.0, 3);
    group(c, "exp_inplace", x.len(), |g, k| {
        g.bench_function(id(k, "4096"), |b| {
            b.iter_batched_ref(|| x.clone(), |x| (k.exp_inplace)(x), BatchSize::SmallInput)
        });
    });
}

fn layer_kernels(c: &mut Criterion) {
    let (rows, cols) = (100, 1200);
    let n = rows * cols;
    let mut x = data(n, -1.0, 1.0, 4);
    let y = data(n, -1.0, 1.0, 5);
    let bias = data(cols, -0.01, 0.01, 6);
    let mask = mask01(n);
    let shape = "100x1200";
    group(c, "relu_forward", n, |g, k| {
        g.bench_function(id(k, shape), |b| {
            b.iter(|| (k.relu_forward)(black_box(&mut x), None))
        });
    });
    group(c, "bias_relu_forward", n, |g, k| {
        g.bench_function(id(k, shape), |b| {
            b.iter(|| (k.bias_relu_forward)(black_box(&mut x), &bias, Some(&mask)))
        });
    });
    group(c, "relu_backward", n, |g, k| {
        g.bench_function(id(k, shape), |b| {
            b.iter(|| (k.relu_backward)(&y, black_box(&mut x), Some(&mask)))
        });
    });
    group(c, "mul_inplace", n, |g, k| {
        g.bench_function(id(k, shape), |b| {
            b.iter(|| (k.mul_inplace)(black_box(&mut x), &mask))
        });
    });
    group(c, "add_bias_rows", n, |g, k| {
        g.bench_function(id(k, shape), |b| {
            b.iter(|| (k.add_bias_rows)(black_box(&mut x), &bias))
        });
    });
    let mut out = vec![0.0f32; cols];
    group(c, "col_sums", n, |g, k| {
        g.bench_function(id(k, shape), |b| {
            b.iter(|| (k.col_sums)(black_box(&y), cols, &mut out))
        });
    });
}

fn optimizer_kernels(c: &mut Criterion) {
    let n = 2_400_000;
    let mut w = data(n, -0.1, 0.1, 7);
    let mut v = vec![0.0f32; n];
    let g = data(n, -1.0, 1.0, 8);
    group(c, "sgd_momentum", n, |gr, k| {
        gr.bench_function(id(k, "2.4M"), |b| {
            b.iter(|| (k.sgd_momentum)(black_box(&mut w), &mut v, &g, 0.01, 0.9))
        });
    });
    let (mut m, mut v2) = (vec![0.0f32; n], vec![0.0f32; n]);
    // A tiny step: the same gradient, applied over and over, moves the weights by it each time.
    let h = distil::simd::AdamStep {
        step: 1e-6,
        inv_sqrt_c2: 1.0,
        beta1: 0.9,
        beta2: 0.999,
        eps: 1e-8,
    };
    group(c, "adam_update", n, |gr, k| {
        gr.bench_function(id(k, "2.4M"), |b| {
            b.iter(|| (k.adam_update)(black_box(&mut w), &mut m, &mut v2, &g, h))
        });
    });
    let cols = 1200;
    let w = data(cols * cols, -0.1, 0.1, 9);
    let mut out = vec![0.0f32; cols];
    group(c, "col_sq_norms", cols * cols, |g, k| {
        g.bench_function(id(k, "1200x1200"), |b| {
            b.iter(|| (k.col_sq_norms)(black_box(&w), cols, &mut out))
        });
    });
    // Factors in [0.999, 1]: repeated scaling stays far from subnormals during a bench run.
    let s = data(cols, 0.999, 1.0, 10);
    let mut w = w;
    group(c, "scale_cols", cols * cols, |g, k| {
        g.bench_function(id(k, "1200x1200"), |b| {
            b.iter(|| (k.scale_cols)(black_box(&mut w), cols, &s))
        });
    });
}

criterion_group!(benches, softmax_family, layer_kernels, optimizer_kernels);
criterion_main!(benches);
