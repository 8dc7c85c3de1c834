//! A training run whose weights, gradients and momenta live on the GPU for the whole run.
//!
//! The step is the CPU [`Trainer`]'s, kernel for kernel: the same example order, jitter offsets,
//! dropout masks (same hash, same keys), losses, schedule, update and max-norm; the products go
//! through cuBLAS sgemm (its default math mode: FP32, no TF32) and the element-wise work through
//! the kernels of [`super::kernels`]. Results agree with the CPU to rounding, not bit for bit.
//!
//! What moves between host and device (counted in [`Traffic`]):
//! - once per data set: the training images (the examples used, as f32), the test images, and the
//!   teacher's logits for distillation; once per run: the weights and momenta;
//! - per step, host → device: one copy of 16 bytes per example, the (example index, jitter dx, jitter
//!   dy, label) of each row; the host draws the order and the jitter offsets with the CPU code, and the
//!   device gathers, shifts and drops the pixels itself;
//! - device → host: every [`PROGRESS_STEPS`] steps, the per-example losses and errors of the steps
//!   since the last read (12 bytes per example; also where NaN is caught); per epoch, the weights and
//!   momenta (for the checkpoint) and the test logits (errors are counted on the host).
//!
//! The host's copies of the weights and momenta (in the wrapped CPU [`Trainer`]) are refreshed at the
//! end of every epoch, which is when checkpoints are written.

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use cudarc::cublas::sys::cublasOperation_t::{CUBLAS_OP_N, CUBLAS_OP_T};
use cudarc::cublas::{Gemm, GemmConfig};
use cudarc::driver::{CudaSlice, CudaView, CudaViewMut, DriverError, PushKernelArg};

use super::{driver, err, grid_1d, grid_items, CudaDevice};
use crate::checkpoint::Checkpoint;
use crate::data::{jitter_offset, Dataset};
use crate::error::{Error, Result};
use crate::nn::mlp::{DropoutPlan, Mlp};
use crate::rng::{self, purpose};
use crate::train::{argmax, EpochStats, EpochTally, Observer, Targets, TrainConfig, Trainer};

/// Steps between reads of the per-example losses (progress, NaN check).
pub const PROGRESS_STEPS: usize = 100;
/// Rows per evaluation pass (at least the training batch).
const EVAL_ROWS: usize = 1000;

/// Bytes and copies between host and device since the trainer was made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Traffic {
    /// Host → device, once: data sets, teacher logits, initial weights and momenta.
    pub setup_htod_bytes: u64,
    /// Host → device during the steps (the per-row descriptors).
    pub step_htod_bytes: u64,
    pub step_htod_copies: u64,
    pub steps: u64,
    /// Device → host: losses, weights at epoch ends, test logits.
    pub dtoh_bytes: u64,
    pub dtoh_copies: u64,
}

impl fmt::Display for Traffic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mb = |b: u64| b as f64 / 1e6;
        write!(
            f,
            "host→device {:.1} MB once (data, teacher logits, weights) + {:.1} MB over {} steps \
             ({} B per step, {:.2} copies per step); device→host {:.1} MB in {} copies (losses every \
             {PROGRESS_STEPS} steps, weights and test logits per epoch)",
            mb(self.setup_htod_bytes),
            mb(self.step_htod_bytes),
            self.steps,
            self.step_htod_bytes.checked_div(self.steps).unwrap_or(0),
            if self.steps == 0 {
                0.0
            } else {
                self.step_htod_copies as f64 / self.steps as f64
            },
            mb(self.dtoh_bytes),
            self.dtoh_copies
        )
    }
}

/// A buffer uploaded once and reused while the same host data is passed in.
struct Resident<T> {
    /// (address, length, rows) of the host data it was made from.
    key: (usize, usize, usize),
    buf: CudaSlice<T>,
}

/// Dropout of one layer as the kernels take it: (on, key low, key high, threshold, scale).
#[derive(Clone, Copy)]
struct DropMask {
    on: i32,
    klo: u32,
    khi: u32,
    thr: u32,
    scale: f32,
}

impl DropMask {
    const OFF: DropMask = DropMask {
        on: 0,
        klo: 0,
        khi: 0,
        thr: 0,
        scale: 1.0,
    };
    /// The mask of `rng::dropout_mask(.., key, p, 1/(1-p))`.
    fn new(key: u64, p: f32) -> Self {
        if p <= 0.0 {
            return DropMask::OFF;
        }
        DropMask {
            on: 1,
            klo: key as u32,
            khi: (key >> 32) as u32,
            thr: (p as f64 * 4_294_967_296.0).min(4_294_967_295.0) as u32,
            scale: 1.0 / (1.0 - p),
        }
    }
}

/// A training run on a CUDA device.
pub struct CudaTrainer {
    /// Settings, epoch count, history, and the host copies of the weights and momenta.
    host: Trainer,
    dev: Arc<CudaDevice>,
    params: CudaSlice<f32>,
    velocity: CudaSlice<f32>,
    grads: CudaSlice<f32>,
    /// Rows the activation buffers hold.
    cap: usize,
    input: CudaSlice<f32>,
    /// `acts[l]`: output of layer l `[cap × width(l+1)]`; `dacts[l]`: its gradient.
    acts: Vec<CudaSlice<f32>>,
    dacts: Vec<CudaSlice<f32>>,
    /// Per-row step descriptors: (example, dx, dy, label).
    desc: CudaSlice<i32>,
    desc_host: Vec<i32>,
    /// Loss and error of every example position of the epoch.
    row_loss: CudaSlice<f64>,
    row_err: CudaSlice<u32>,
    train_data: Option<Resident<f32>>,
    test_data: Option<Resident<f32>>,
    teacher: Option<Resident<f32>>,
    traffic: Traffic,
}

impl CudaTrainer {
    /// A fresh run of `cfg` on `dev` (weights drawn on the host exactly as the CPU run draws them).
    pub fn new(cfg: TrainConfig, dev: Arc<CudaDevice>) -> Result<Self> {
        Self::from_host(Trainer::new(cfg)?, dev)
    }

    /// Continues the run saved in `ck`, with the checks of [`Trainer::resume`].
    pub fn resume(
        cfg: TrainConfig,
        ck: Checkpoint,
        path: &Path,
        dev: Arc<CudaDevice>,
    ) -> Result<Self> {
        Self::from_host(Trainer::resume(cfg, ck, path)?, dev)
    }

    /// The device's copies of `host`'s run, which keeps the settings, epoch count, history and a
    /// resumed run's data order.
    fn from_host(host: Trainer, dev: Arc<CudaDevice>) -> Result<Self> {
        let ordinal = dev.ordinal;
        if host.cfg.optimizer != crate::nn::optim::Optimizer::Sgd {
            return Err(err(
                ordinal,
                "the GPU trainer updates with SGD only, not Adam",
            ));
        }
        let de = move |e: DriverError| err(ordinal, format!("device memory: {}", driver(&e)));
        let arch = host.cfg.arch.clone();
        let s = &dev.stream;
        // Evaluation runs EVAL_ROWS at a time, but never more rows than the batch bound of
        // `TrainConfig::validate` allows this network (2^28 activations per buffer).
        let eval_rows = EVAL_ROWS.min((1usize << 28) / arch.0.iter().sum::<usize>().max(1));
        let cap = host.cfg.batch.max(eval_rows);
        let mut traffic = Traffic::default();
        let params = s.clone_htod(&host.mlp.params).map_err(de)?;
        let velocity = s.clone_htod(&host.velocity).map_err(de)?;
        traffic.setup_htod_bytes += 8 * host.mlp.params.len() as u64;
        let grads = s.alloc_zeros::<f32>(host.mlp.params.len()).map_err(de)?;
        let input = s.alloc_zeros::<f32>(cap * arch.inputs()).map_err(de)?;
        let mut acts = Vec::new();
        let mut dacts = Vec::new();
        for l in 0..arch.layers() {
            acts.push(s.alloc_zeros::<f32>(cap * arch.0[l + 1]).map_err(de)?);
            dacts.push(s.alloc_zeros::<f32>(cap * arch.0[l + 1]).map_err(de)?);
        }
        let desc = s.alloc_zeros::<i32>(4 * cap).map_err(de)?;
        let row_loss = s.alloc_zeros::<f64>(1).map_err(de)?;
        let row_err = s.alloc_zeros::<u32>(1).map_err(de)?;
        Ok(CudaTrainer {
            host,
            params,
            velocity,
            grads,
            cap,
            input,
            acts,
            dacts,
            desc,
            desc_host: vec![0; 4 * cap],
            row_loss,
            row_err,
            train_data: None,
            test_data: None,
            teacher: None,
            traffic,
            dev,
        })
    }

    pub fn epoch(&self) -> usize {
        self.host.epoch
    }
    pub fn history(&self) -> &[EpochStats] {
        &self.host.history
    }
    pub fn config(&self) -> &TrainConfig {
        &self.host.cfg
    }
    pub fn device(&self) -> &CudaDevice {
        &self.dev
    }
    pub fn traffic(&self) -> &Traffic {
        &self.traffic
    }
    /// The weights as of the last completed epoch (or the start).
    pub fn mlp(&self) -> &Mlp {
        &self.host.mlp
    }
    /// The momenta as of the last completed epoch (or the start).
    pub fn velocity(&self) -> &[f32] {
        &self.host.velocity
    }

    /// The run's state after the current epoch; see [`Trainer::checkpoint`].
    pub fn checkpoint(&self, train_len: usize) -> Checkpoint {
        self.host.checkpoint(train_len)
    }

    fn de(&self) -> impl Fn(DriverError) -> Error {
        let ordinal = self.dev.ordinal;
        move |e| err(ordinal, format!("device operation failed: {}", driver(&e)))
    }

    /// Uploads the first `rows` examples of `data` as f32 (as `fill_batch` makes them, without
    /// jitter), unless `slot` already holds them.
    fn ensure_resident(
        dev: &CudaDevice,
        traffic: &mut Traffic,
        slot: &mut Option<Resident<f32>>,
        data: &Dataset,
        rows: usize,
    ) -> Result<()> {
        let bytes = data.images.data();
        let key = (bytes.as_ptr() as usize, bytes.len(), rows);
        if slot.as_ref().is_some_and(|r| r.key == key) {
            return Ok(());
        }
        *slot = None; // free the old copy first
        let de = |e: DriverError| err(dev.ordinal, format!("uploading a data set: {}", driver(&e)));
        let f = data.features();
        let mut buf = dev
            .stream
            .alloc_zeros::<f32>((rows * f).max(1))
            .map_err(de)?;
        const CHUNK: usize = 4096;
        let mut x = vec![0.0f32; CHUNK.min(rows.max(1)) * f];
        let mut y = vec![0u32; CHUNK];
        for start in (0..rows).step_by(CHUNK) {
            let end = (start + CHUNK).min(rows);
            let idx: Vec<u32> = (start as u32..end as u32).collect();
            let m = end - start;
            data.fill_batch(&idx, &mut x[..m * f], &mut y[..m], None);
            dev.stream
                .memcpy_htod(&x[..m * f], &mut buf.slice_mut(start * f..end * f))
                .map_err(de)?;
            traffic.setup_htod_bytes += (m * f * 4) as u64;
        }
        *slot = Some(Resident { key, buf });
        Ok(())
    }

    /// Trains one epoch over `train`, then evaluates on `test`; the same contract as
    /// [`Trainer::train_epoch`], except that a non-finite loss is caught at the next read of the
    /// losses (at most [`PROGRESS_STEPS`] steps later), still before any checkpoint of the epoch.
    pub fn train_epoch(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        targets: &Targets,
        obs: &mut dyn Observer,
    ) -> Result<EpochStats> {
        // The CPU trainer's checks of the data and targets (data that do not fit the network,
        // batches of non-images, targets that are not the settings', non-finite teacher logits).
        let n = crate::train::check_epoch_inputs(self.config(), train, test, targets)?;
        // And of the state a library caller can hand over (a hand-built checkpoint to resume): the
        // kernels index the device copies of the weights, velocity and order by these lengths.
        self.host.check_state(n)?;
        refuse_cpu_only_targets(targets)?;
        let start = Instant::now();
        let cfg = self.host.cfg.clone();
        let e = self.host.epoch;
        self.make_resident(train, test, targets, n)?;
        let order = self.host.take_order(e, n);
        let b = cfg.batch;
        let batches = n.div_ceil(b);
        let shift = match train.image_hw {
            Some((h, w)) if cfg.jitter > 0 => Some((h, w)),
            _ => None,
        };
        // The shifts' key and size, where the batches are jittered.
        let jitter_key = rng::derive_key(cfg.seed, &[purpose::JITTER, e as u64]);
        let jitter = shift.map(|_| (jitter_key, cfg.jitter));
        let mut tally = EpochTally::new(n);
        let mut read = 0usize; // example positions whose losses have been read
        for bi in 0..batches {
            let idx = &order[bi * b..((bi + 1) * b).min(n)];
            let rows = idx.len();
            self.upload_batch(idx, &train.labels, jitter)?;

            let plan = DropoutPlan {
                input: cfg.dropout_input,
                hidden: cfg.dropout_hidden,
                batch_key: rng::derive_key(cfg.seed, &[purpose::DROPOUT, e as u64, bi as u64]),
            };
            let dropout = plan.input > 0.0 || plan.hidden > 0.0;
            let input_drop = if dropout {
                DropMask::new(plan.key(0), plan.input)
            } else {
                DropMask::OFF
            };
            self.gather(rows, shift, input_drop)?;
            self.forward(rows, dropout.then_some(&plan))?;
            self.loss(rows, bi * b, targets)?;
            self.backward(rows, dropout && plan.hidden > 0.0, plan.hidden)?;
            let (lr, mu) = cfg.schedule.at(e, bi as f64 / batches as f64);
            (tally.lr, tally.momentum) = (lr, mu);
            self.update(lr, mu)?;

            let done = bi * b + rows;
            if (bi + 1) % PROGRESS_STEPS == 0 || bi + 1 == batches {
                let (l, errs) = self.read_losses(read, done, e, b)?;
                tally.loss_sum += l;
                tally.errors += errs;
                read = done;
                obs.batch(
                    e + 1,
                    bi + 1,
                    batches,
                    tally.loss_sum / done as f64,
                    tally.errors as f64 / done as f64,
                );
            }
        }
        self.download_checked(e)?;
        // Counted before the test pass, as on the CPU: an error there leaves the host's weights
        // and epoch in step.
        self.host.epoch += 1;
        let test_errors = self.test_errors(test)?;
        // Timed before the weights' digest, which is not training.
        let seconds = start.elapsed().as_secs_f64();
        let numerics = self.device().numerics();
        Ok(self
            .host
            .record_epoch(tally, test_errors, test.len(), seconds, numerics, obs))
    }

    /// The training and test sets (and the teacher's logits) on the device, where they are not yet,
    /// and room for the epoch's per-example losses.
    fn make_resident(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        targets: &Targets,
        n: usize,
    ) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        Self::ensure_resident(&dev, &mut self.traffic, &mut self.train_data, train, n)?;
        Self::ensure_resident(
            &dev,
            &mut self.traffic,
            &mut self.test_data,
            test,
            test.len(),
        )?;
        if let Targets::Soft { teacher, .. } = targets {
            let used = &teacher[..n * self.host.cfg.arch.classes()];
            let key = (used.as_ptr() as usize, used.len(), n);
            if self.teacher.as_ref().is_none_or(|r| r.key != key) {
                self.teacher = None;
                let buf = dev.stream.clone_htod(used).map_err(&de)?;
                self.traffic.setup_htod_bytes += 4 * used.len() as u64;
                self.teacher = Some(Resident { key, buf });
            }
        }
        if self.row_loss.len() < n.max(1) {
            self.row_loss = dev.stream.alloc_zeros::<f64>(n.max(1)).map_err(&de)?;
            self.row_err = dev.stream.alloc_zeros::<u32>(n.max(1)).map_err(&de)?;
        }
        Ok(())
    }

    /// The batch's descriptors, one (example, dx, dy, label) per row, to the device; the shifts
    /// drawn from `jitter` (key, pixels) where the batch is jittered.
    fn upload_batch(
        &mut self,
        idx: &[u32],
        labels: &[u32],
        jitter: Option<(u64, usize)>,
    ) -> Result<()> {
        let de = self.de();
        for (d, &i) in self.desc_host.chunks_exact_mut(4).zip(idx) {
            let (dx, dy) = match jitter {
                Some((key, pixels)) => jitter_offset(key, i as u64, pixels),
                None => (0, 0),
            };
            d.copy_from_slice(&[i as i32, dx as i32, dy as i32, labels[i as usize] as i32]);
        }
        let rows = idx.len();
        self.dev
            .stream
            .memcpy_htod(&self.desc_host[..4 * rows], &mut self.desc)
            .map_err(&de)?;
        self.traffic.step_htod_bytes += 16 * rows as u64;
        self.traffic.step_htod_copies += 1;
        self.traffic.steps += 1;
        Ok(())
    }

    /// The weights and momenta at the end of epoch `e` (0-based), for the checkpoint and the check
    /// for non-finite weights (the test set is evaluated on the GPU, from its own copy). They land
    /// in scratch copies and replace the host's only once checked, so that a failed epoch leaves
    /// the host with the last good epoch's weights, as its checkpoint says.
    fn download_checked(&mut self, e: usize) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        let mut params = vec![0.0f32; self.host.mlp.params.len()];
        let mut velocity = vec![0.0f32; self.host.velocity.len()];
        dev.stream
            .memcpy_dtoh(&self.params, &mut params)
            .map_err(&de)?;
        dev.stream
            .memcpy_dtoh(&self.velocity, &mut velocity)
            .map_err(&de)?;
        self.traffic.dtoh_bytes += 8 * params.len() as u64;
        self.traffic.dtoh_copies += 2;
        dev.sync()?;
        // The CPU checks every update's weights; here the epoch's are checked before they are
        // evaluated or saved (a NaN in a hidden layer can leave the losses finite).
        if let Some(i) = crate::nn::optim::first_non_finite(&params) {
            let v = params[i];
            return Err(Error::Numerical {
                problem: format!(
                    "{v} in {} at the end of epoch {} (on the GPU, where the weights are checked \
                     once per epoch); {}",
                    self.host.cfg.arch.describe_param(i),
                    e + 1,
                    crate::train::what_is_kept(e)
                ),
            });
        }
        self.host.mlp.params = params;
        self.host.velocity = velocity;
        Ok(())
    }

    /// Reads the losses and errors of example positions `from..to`, summed in order; a non-finite
    /// loss is an error naming its batch.
    fn read_losses(&mut self, from: usize, to: usize, e: usize, b: usize) -> Result<(f64, usize)> {
        let de = self.de();
        let s = &self.dev.stream;
        let losses = s.clone_dtoh(&self.row_loss.slice(from..to)).map_err(&de)?;
        let errs = s.clone_dtoh(&self.row_err.slice(from..to)).map_err(&de)?;
        // Copies into pageable memory are synchronous in practice, not by contract.
        self.dev.sync()?;
        self.traffic.dtoh_bytes += 12 * (to - from) as u64;
        self.traffic.dtoh_copies += 2;
        let mut sum = 0.0f64;
        for (k, &l) in losses.iter().enumerate() {
            if !l.is_finite() {
                return Err(Error::Numerical {
                    problem: format!(
                        "the loss is {l} at epoch {}, batch {} (output layer, on the GPU); {}",
                        e + 1,
                        (from + k) / b + 1,
                        crate::train::what_is_kept(e)
                    ),
                });
            }
            sum += l;
        }
        Ok((sum, errs.iter().filter(|&&x| x != 0).count()))
    }

    /// Errors on `test` with the current weights (no dropout), counted on the host from the logits.
    /// A logit that overflowed is an error, as on the CPU; the CPU pass also finds sums that
    /// overflow in a hidden layer, which the GPU's ReLU may hide (it maps NaN to 0), so this one
    /// names the output layer, where it sees them.
    fn test_errors(&mut self, test: &Dataset) -> Result<usize> {
        let de = self.de();
        let dev = self.dev.clone();
        let f = self.host.cfg.arch.inputs();
        let c = self.host.cfg.arch.classes();
        let n = test.len();
        let mut logits = vec![0.0f32; n * c];
        let mut start = 0;
        while start < n {
            let rows = (n - start).min(self.cap);
            {
                let data = &self.test_data.as_ref().expect("test set uploaded").buf;
                dev.stream
                    .memcpy_dtod(
                        &data.slice(start * f..(start + rows) * f),
                        &mut self.input.slice_mut(..rows * f),
                    )
                    .map_err(&de)?;
            }
            self.forward(rows, None)?;
            let last = self.acts.last().expect("at least one layer");
            dev.stream
                .memcpy_dtoh(
                    &last.slice(..rows * c),
                    &mut logits[start * c..(start + rows) * c],
                )
                .map_err(&de)?;
            self.traffic.dtoh_bytes += (rows * c * 4) as u64;
            self.traffic.dtoh_copies += 1;
            start += rows;
        }
        dev.sync()?;
        if let Some(i) = logits.iter().position(|v| !v.is_finite()) {
            let arch = &self.host.cfg.arch;
            let output = arch.layers() - 1;
            return Err(crate::train::overflow_error(
                test,
                i / c.max(1),
                arch,
                output,
            ));
        }
        Ok(logits
            .chunks_exact(c.max(1))
            .zip(&test.labels)
            .filter(|(z, &y)| argmax(z) != y as usize)
            .count())
    }

    /// The batch's input from the resident training set: gather, jitter, input dropout.
    fn gather(&mut self, rows: usize, shift: Option<(usize, usize)>, drop: DropMask) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        let f = self.host.cfg.arch.inputs();
        let data = &self.train_data.as_ref().expect("training set uploaded").buf;
        let (h, w) = shift.unwrap_or((0, 0));
        let (rows_a, f_a, h_a, w_a, shift_a) = (
            rows as i64,
            f as i64,
            h as i32,
            w as i32,
            shift.is_some() as i32,
        );
        let mut b = dev.stream.launch_builder(&dev.k.gather_input);
        b.arg(&mut self.input)
            .arg(data)
            .arg(&self.desc)
            .arg(&rows_a)
            .arg(&f_a)
            .arg(&h_a)
            .arg(&w_a)
            .arg(&shift_a)
            .arg(&drop.on)
            .arg(&drop.klo)
            .arg(&drop.khi)
            .arg(&drop.thr)
            .arg(&drop.scale);
        // SAFETY: the arguments match the kernel's signature; `input` holds cap ≥ rows rows, `data`
        // holds every example `desc` names (indices below the uploaded count), `desc` 4·rows ints.
        unsafe { b.launch(grid_1d(rows * f)) }.map_err(&de)?;
        Ok(())
    }

    /// Forward pass over the first `rows` rows of `input`; logits end in `acts[last]`. With a plan,
    /// hidden dropout as the CPU draws it (the input was dropped by `gather`).
    fn forward(&mut self, rows: usize, dropout: Option<&DropoutPlan>) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        let arch = self.host.cfg.arch.clone();
        let layers = arch.layers();
        for l in 0..layers {
            let (i, o) = arch.shape(l);
            let off = arch.offset(l);
            let w = self.params.slice(off..off + i * o);
            let bias = self.params.slice(off + i * o..off + i * o + o);
            let (before, after) = self.acts.split_at_mut(l);
            let inp: CudaView<f32> = if l == 0 {
                self.input.slice(..rows * i)
            } else {
                before[l - 1].slice(..rows * i)
            };
            let mut out = after[0].slice_mut(..rows * o);
            // Row-major out[rows × o] = inp[rows × i] · W[i × o]. cuBLAS is column-major, where these
            // buffers read as outᵀ (o × rows, ld o), inpᵀ (i × rows, ld i) and Wᵀ (o × i, ld o), so
            // outᵀ = Wᵀ · inpᵀ: N, N, m = o, n = rows, k = i.
            sgemm(&dev, false, false, o, rows, i, &w, o, &inp, i, &mut out, o)?;
            let (rows_a, o_a) = (rows as i64, o as i64);
            if l + 1 < layers {
                let drop = match dropout {
                    Some(d) if d.hidden > 0.0 => DropMask::new(d.key(l + 1), d.hidden),
                    _ => DropMask::OFF,
                };
                let mut b = dev.stream.launch_builder(&dev.k.bias_relu);
                b.arg(&mut out)
                    .arg(&bias)
                    .arg(&rows_a)
                    .arg(&o_a)
                    .arg(&drop.on)
                    .arg(&drop.klo)
                    .arg(&drop.khi)
                    .arg(&drop.thr)
                    .arg(&drop.scale);
                // SAFETY: out is rows × o, bias o, matching the kernel's signature.
                unsafe { b.launch(grid_1d(rows * o)) }.map_err(&de)?;
            } else {
                let mut b = dev.stream.launch_builder(&dev.k.add_bias);
                b.arg(&mut out).arg(&bias).arg(&rows_a).arg(&o_a);
                // SAFETY: as above.
                unsafe { b.launch(grid_1d(rows * o)) }.map_err(&de)?;
            }
        }
        Ok(())
    }

    /// Loss, errors and the logits' gradient of the batch (rows at epoch position `at`).
    fn loss(&mut self, rows: usize, at: usize, targets: &Targets) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        let c = self.host.cfg.arch.classes();
        let inv = 1.0 / rows.max(1) as f32;
        let (soft, t, alpha) = match targets {
            Targets::Hard => (0i32, 1.0f32, 0.0f32),
            Targets::Soft { t, alpha, .. } | Targets::Teacher { t, alpha, .. } => (1, *t, *alpha),
        };
        let hard_scale = if soft == 1 { (1.0 - alpha) * inv } else { inv };
        let soft_scale = alpha * t * inv;
        let inv_t = (1.0 / t).min(f32::MAX);
        let teacher = match (&self.teacher, soft) {
            (Some(r), 1) => &r.buf,
            // Not read when `soft` is 0; any valid pointer will do.
            _ => &self.params,
        };
        let last = self.acts.len() - 1;
        let z = self.acts[last].slice(..rows * c);
        let mut dz = self.dacts[last].slice_mut(..rows * c);
        let (at_a, rows_a, c_a) = (at as i64, rows as i32, c as i32);
        let mut b = dev.stream.launch_builder(&dev.k.loss_rows);
        b.arg(&z)
            .arg(&self.desc)
            .arg(teacher)
            .arg(&mut dz)
            .arg(&mut self.row_loss)
            .arg(&mut self.row_err)
            .arg(&at_a)
            .arg(&rows_a)
            .arg(&c_a)
            .arg(&hard_scale)
            .arg(&soft)
            .arg(&inv_t)
            .arg(&soft_scale)
            .arg(&alpha)
            .arg(&t);
        // SAFETY: z and dz are rows × c; row_loss/row_err hold at + rows ≤ n entries; the teacher
        // buffer holds n × c logits and desc indexes examples below n.
        unsafe { b.launch(grid_items(rows)) }.map_err(&de)?;
        Ok(())
    }

    /// Backward pass from `dacts[last]` into `grads` (same layout as the parameters).
    fn backward(&mut self, rows: usize, masked: bool, hidden_p: f32) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        let arch = self.host.cfg.arch.clone();
        let scale = if masked { 1.0 / (1.0 - hidden_p) } else { 1.0 };
        for l in (0..arch.layers()).rev() {
            let (i, o) = arch.shape(l);
            let off = arch.offset(l);
            let (dbefore, dafter) = self.dacts.split_at_mut(l);
            let dout = dafter[0].slice(..rows * o);
            let inp: CudaView<f32> = if l == 0 {
                self.input.slice(..rows * i)
            } else {
                self.acts[l - 1].slice(..rows * i)
            };
            {
                // Row-major dW[i × o] = inpᵀ · dout. Column-major: dWᵀ (o × i, ld o) = doutᵀ (o × rows,
                // ld o, N) · inp (rows × i: the stored inpᵀ, i × rows with ld i, transposed).
                let mut dw = self.grads.slice_mut(off..off + i * o);
                sgemm(&dev, false, true, o, i, rows, &dout, o, &inp, i, &mut dw, o)?;
            }
            {
                // db[o] = column sums of dout, rows in order.
                let mut db = self.grads.slice_mut(off + i * o..off + i * o + o);
                let (rows_a, o_a) = (rows as i64, o as i64);
                let mut b = dev.stream.launch_builder(&dev.k.col_sums);
                b.arg(&mut db).arg(&dout).arg(&rows_a).arg(&o_a);
                // SAFETY: db holds o floats, dout rows × o.
                unsafe { b.launch(grid_items(o)) }.map_err(&de)?;
            }
            if l > 0 {
                // Row-major dinp[rows × i] = dout · Wᵀ. Column-major: dinpᵀ (i × rows, ld i) =
                // W (i × o: the stored Wᵀ, o × i with ld o, transposed) · doutᵀ (o × rows, ld o).
                let w = self.params.slice(off..off + i * o);
                let mut dinp = dbefore[l - 1].slice_mut(..rows * i);
                sgemm(&dev, true, false, i, rows, o, &w, o, &dout, o, &mut dinp, i)?;
                let y = self.acts[l - 1].slice(..rows * i);
                let (n_a, m_a) = ((rows * i) as i64, masked as i32);
                let mut b = dev.stream.launch_builder(&dev.k.relu_backward);
                b.arg(&mut dinp).arg(&y).arg(&n_a).arg(&m_a).arg(&scale);
                // SAFETY: dinp and y are rows × i.
                unsafe { b.launch(grid_1d(rows * i)) }.map_err(&de)?;
            }
        }
        Ok(())
    }

    /// SGD with momentum over all parameters, then max-norm on every hidden layer.
    fn update(&mut self, lr: f32, mu: f32) -> Result<()> {
        let de = self.de();
        let dev = self.dev.clone();
        let n = self.params.len();
        let n_a = n as i64;
        let mut b = dev.stream.launch_builder(&dev.k.sgd_momentum);
        b.arg(&mut self.params)
            .arg(&mut self.velocity)
            .arg(&self.grads)
            .arg(&n_a)
            .arg(&lr)
            .arg(&mu);
        // SAFETY: params, velocity and grads all hold n floats.
        unsafe { b.launch(grid_1d(n)) }.map_err(&de)?;
        if let Some(c) = self.host.cfg.max_norm {
            let arch = self.host.cfg.arch.clone();
            for l in 0..arch.layers() - 1 {
                let (i, o) = arch.shape(l);
                let off = arch.offset(l);
                let mut w = self.params.slice_mut(off..off + i * o);
                let (i_a, o_a) = (i as i64, o as i64);
                let mut b = dev.stream.launch_builder(&dev.k.max_norm);
                b.arg(&mut w).arg(&i_a).arg(&o_a).arg(&c);
                // SAFETY: w is the i × o weights of layer l.
                unsafe { b.launch(grid_items(o)) }.map_err(&de)?;
            }
        }
        Ok(())
    }
}

/// Column-major `C (m × n, ld ldc) = op(A) · op(B)` with op(A) m × k and op(B) k × n, in FP32.
#[allow(clippy::too_many_arguments)]
fn sgemm(
    dev: &CudaDevice,
    trans_a: bool,
    trans_b: bool,
    m: usize,
    n: usize,
    k: usize,
    a: &CudaView<f32>,
    lda: usize,
    b: &CudaView<f32>,
    ldb: usize,
    c: &mut CudaViewMut<f32>,
    ldc: usize,
) -> Result<()> {
    let op = |t: bool| if t { CUBLAS_OP_T } else { CUBLAS_OP_N };
    let cfg = GemmConfig {
        transa: op(trans_a),
        transb: op(trans_b),
        m: m as i32,
        n: n as i32,
        k: k as i32,
        alpha: 1.0f32,
        lda: lda as i32,
        ldb: ldb as i32,
        beta: 0.0f32,
        ldc: ldc as i32,
    };
    // SAFETY: every caller passes views that hold the matrices their dimensions and leading
    // dimensions describe (widths ≤ 2²⁴ and batches ≤ 65,536, so all fit in i32).
    unsafe { dev.blas.gemm(cfg, a, b, c) }
        .map_err(|e| err(dev.ordinal, format!("cuBLAS sgemm failed: {:?}", e.0)))
}

/// Refuses the targets the GPU kernels do not handle, naming the flag that asks for them.
fn refuse_cpu_only_targets(targets: &Targets) -> Result<()> {
    match targets {
        Targets::Teacher { .. } => Err(Error::config(
            "--device",
            "a teacher run batch by batch (distill --jitter) trains on the CPU only; use --device cpu",
        )),
        // The kernels' soft term is α·T·(q − p): at T = ∞ that is 0·∞. `Engine` refuses it
        // first; this keeps a direct caller from NaN gradients.
        Targets::Soft { t, .. } if !t.is_finite() => Err(Error::config(
            "--device",
            "matching logits (--temperature inf) runs on the CPU only; use --device cpu",
        )),
        _ => Ok(()),
    }
}
