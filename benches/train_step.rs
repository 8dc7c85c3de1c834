//! One full training step (forward, loss, backward, SGD update, max-norm) of the 784-1200-1200-10
//! teacher with dropout at batch 100, with 1 and 2 threads. Throughput in examples/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use distil::nn::mlp::{DropoutPlan, Mlp, Workspace};
use distil::nn::{loss, optim, Arch, Init};

const BATCH: usize = 100;

/// The teacher with dropout at batch 100 and everything one step touches, allocated once.
struct Teacher {
    arch: Arch,
    mlp: Mlp,
    ws: Workspace,
    grads: Vec<f32>,
    vel: Vec<f32>,
    scratch: Vec<f32>,
    labels: Vec<u32>,
    input: Vec<f32>,
}

impl Teacher {
    fn new() -> Self {
        let arch = Arch(vec![784, 1200, 1200, 10]);
        let mlp = Mlp::new(arch.clone(), Init::Normal(0.01), 1);
        let n = mlp.params.len();
        Teacher {
            ws: Workspace::new(&arch, BATCH),
            mlp,
            arch,
            grads: vec![0.0; n],
            vel: vec![0.0; n],
            scratch: Vec::new(),
            labels: (0..BATCH as u32).map(|i| i % 10).collect(),
            input: (0..BATCH * 784).map(|i| (i % 255) as f32 / 255.0).collect(),
        }
    }
    fn forward(&mut self, key: u64) {
        self.ws.input.copy_from_slice(&self.input);
        let plan = DropoutPlan {
            input: 0.2,
            hidden: 0.5,
            batch_key: key,
        };
        self.mlp.forward(&mut self.ws, BATCH, Some(&plan));
    }
    fn loss_backward(&mut self) {
        let (z, dz) = self.ws.logits_and_grad(BATCH);
        loss::hard_ce(z, &self.labels, dz, 10);
        self.mlp.backward(&mut self.ws, BATCH, &mut self.grads);
    }
    fn update(&mut self, lr: f32) {
        optim::sgd_step(&mut self.mlp.params, &mut self.vel, &self.grads, lr, 0.9);
    }
    fn max_norm(&mut self) {
        optim::max_norm(&self.arch, &mut self.mlp.params, 3.5, &mut self.scratch);
    }
}

fn step(c: &mut Criterion) {
    let mut g = c.benchmark_group(format!("train_step_{}", distil::simd::active_isa().name()));
    g.sample_size(20);
    g.throughput(Throughput::Elements(BATCH as u64));
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let mut t = Teacher::new();
        let mut key = 0u64;
        g.bench_with_input(
            BenchmarkId::new("teacher_1200x1200_dropout", format!("{threads}t")),
            &threads,
            |b, _| {
                pool.install(|| {
                    b.iter(|| {
                        key += 1;
                        t.forward(key);
                        t.loss_backward();
                        t.update(0.01);
                        t.max_norm();
                    })
                })
            },
        );
    }
    g.finish();
}

/// The teacher's whole-parameter update alone: the momentum kernel on one slice, and
/// `optim::sgd_step` (the same kernel over 64K-element chunks; each chunk's kernel call also reports
/// whether its new weights are all finite, which is what catches numerical faults).
fn update(c: &mut Criterion) {
    let n = Arch(vec![784, 1200, 1200, 10]).param_count();
    let mut g = c.benchmark_group(format!("update_{}", distil::simd::active_isa().name()));
    g.sample_size(30);
    g.throughput(Throughput::Elements(n as u64));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let mut w: Vec<f32> = (0..n).map(|i| (i % 97) as f32 * 1e-3).collect();
    let mut v = vec![0.0f32; n];
    let grads: Vec<f32> = (0..n).map(|i| (i % 13) as f32 * 1e-4).collect();
    g.bench_function("sgd_momentum_kernel_1t", |b| {
        pool.install(|| b.iter(|| distil::simd::sgd_momentum(&mut w, &mut v, &grads, 1e-3, 0.9)))
    });
    g.bench_function("sgd_step_with_finite_check_1t", |b| {
        pool.install(|| b.iter(|| optim::sgd_step(&mut w, &mut v, &grads, 1e-3, 0.9)))
    });
    g.finish();
}

/// The teacher's step (2 threads, batch 100) cut into its parts, each timed on its own: the forward
/// pass with dropout, the loss and backward pass, the momentum update, and max-norm. Where a step's
/// time goes, and what a change to one part buys.
fn phases(c: &mut Criterion) {
    let mut g = c.benchmark_group(format!(
        "teacher_step_phases_{}",
        distil::simd::active_isa().name()
    ));
    g.sample_size(20);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let mut t = Teacher::new();
    g.bench_function("forward_2t", |b| pool.install(|| b.iter(|| t.forward(7))));
    g.bench_function("loss_backward_2t", |b| {
        pool.install(|| b.iter(|| t.loss_backward()))
    });
    g.bench_function("sgd_update_2t", |b| {
        pool.install(|| b.iter(|| t.update(1e-6)))
    });
    g.bench_function("max_norm_2t", |b| pool.install(|| b.iter(|| t.max_norm())));
    g.finish();
}

criterion_group!(benches, step, update, phases);
criterion_main!(benches);
