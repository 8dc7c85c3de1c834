//! sgemm on the training step's products (the teacher's and the small net's at batch 100,
//! `distil::bench::GEMM_SHAPES`), with 1 and 2 threads,
//! for every backend this CPU runs except the scalar reference (side by side, in one run).
//! Throughput is reported in FLOP/s (2·m·k·n per product): criterion prints it as elements/s, read
//! "Gelem/s" as GFLOP/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use distil::bench::GEMM_SHAPES;
use distil::gemm::{available_backends, gemm_with, Backend};

fn shapes(c: &mut Criterion) {
    let mut g = c.benchmark_group(format!("sgemm_{}", distil::simd::active_isa().name()));
    g.sample_size(20);
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        for backend in available_backends() {
            if backend == Backend::Reference {
                continue;
            }
            for &(name, m, k, n, op_a, op_b) in &GEMM_SHAPES {
                let a = vec![0.5f32; m * k];
                let b = vec![0.25f32; k * n];
                let mut out = vec![0.0f32; m * n];
                g.throughput(Throughput::Elements(2 * (m * k * n) as u64));
                g.bench_with_input(
                    BenchmarkId::new(
                        format!("{}/{}", backend.name(), name.replace(' ', "_")),
                        format!("{threads}t"),
                    ),
                    &threads,
                    |bench, _| {
                        pool.install(|| {
                            bench.iter(|| {
                                gemm_with(backend, m, k, n, 1.0, &a, op_a, &b, op_b, 0.0, &mut out)
                            })
                        })
                    },
                );
            }
        }
    }
    g.finish();
}

criterion_group!(benches, shapes);
criterion_main!(benches);
