//! One full training step (forward, loss, backward, SGD update, max-norm) of the 784-1200-1200-10
//! teacher with dropout at batch 100, with 1 and 2 threads. Throughput in examples/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use distil::nn::mlp::{DropoutPlan, Mlp, Workspace};
use distil::nn::{loss, optim, Arch, Init};

fn step(c: &mut Criterion) {
    let arch = Arch(vec![784, 1200, 1200, 10]);
    let batch = 100;
    let mut g = c.benchmark_group(format!("train_step_{}", distil::simd::active_isa().name()));
    g.sample_size(20);
    g.throughput(Throughput::Elements(batch as u64));
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let mut mlp = Mlp::new(arch.clone(), Init::Normal(0.01), 1);
        let mut ws = Workspace::new(&arch, batch);
        let mut grads = vec![0.0; mlp.params.len()];
        let mut vel = vec![0.0; mlp.params.len()];
        let mut scratch = Vec::new();
        let labels: Vec<u32> = (0..batch as u32).map(|i| i % 10).collect();
        let input: Vec<f32> = (0..batch * 784).map(|i| (i % 255) as f32 / 255.0).collect();
        let mut key = 0u64;
        g.bench_with_input(
            BenchmarkId::new("teacher_1200x1200_dropout", format!("{threads}t")),
            &threads,
            |b, _| {
                pool.install(|| {
                    b.iter(|| {
                        ws.input.copy_from_slice(&input);
                        key += 1;
                        let plan = DropoutPlan {
                            input: 0.2,
                            hidden: 0.5,
                            batch_key: key,
                        };
                        mlp.forward(&mut ws, batch, Some(&plan));
                        let (z, dz) = ws.logits_and_grad(batch);
                        loss::hard_ce(z, &labels, dz, 10);
                        mlp.backward(&mut ws, batch, &mut grads);
                        optim::sgd_step(&mut mlp.params, &mut vel, &grads, 0.01, 0.9);
                        optim::max_norm(&arch, &mut mlp.params, 3.5, &mut scratch);
                    })
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, step);
criterion_main!(benches);
