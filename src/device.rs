//! Where training runs: `--device cpu` (the default) or `--device cuda[:N]` (with `--features cuda`).
//!
//! The flag is parsed here once, for every command that trains (train, distill, mnist, sweep,
//! bench), and [`Engine`] hides which trainer does the work: the CPU [`Trainer`]
//! or, in a build with the `cuda` feature, the device-resident `crate::cuda::CudaTrainer`. Both
//! take the same [`TrainConfig`], report the same [`EpochStats`] and write the same [`Checkpoint`].

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use crate::checkpoint::Checkpoint;
use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::train::{EpochStats, Observer, Targets, TrainConfig, Trainer};
use crate::words;

/// The value of `--device`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Device {
    #[default]
    Cpu,
    /// CUDA device ordinal N (`cuda` is `cuda:0`).
    Cuda(usize),
}

impl Device {
    /// Parses `cpu`, `cuda` or `cuda:N`; errors name the flag.
    pub fn parse(s: &str) -> Result<Self> {
        let bad = || {
            Error::config(
                "--device",
                format!("expected cpu, cuda or cuda:N (N a device number), found '{s}'"),
            )
        };
        match s {
            "cpu" => Ok(Device::Cpu),
            "cuda" => Ok(Device::Cuda(0)),
            _ => match s.strip_prefix("cuda:") {
                Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                    n.parse::<usize>().map(Device::Cuda).map_err(|_| bad())
                }
                _ => Err(bad()),
            },
        }
    }

    /// Whether this build can use the device at all (the driver is checked later, when it is opened).
    /// Without the `cuda` feature, `cuda[:N]` is a usage error (exit status 2) saying how to build.
    pub fn check_supported(self) -> Result<Self> {
        match self {
            Device::Cpu => Ok(self),
            Device::Cuda(_) if cfg!(feature = "cuda") => Ok(self),
            Device::Cuda(_) => Err(Error::config(
                "--device",
                format!(
                    "this build has no CUDA support (it was built without the `cuda` feature); \
                     to use '{self}', rebuild with `cargo build --release --features cuda`, or use \
                     --device cpu"
                ),
            )),
        }
    }

    /// Checks, before any long work, that the device can be used now: a GPU is opened (its
    /// libraries, a context, the kernels compiled) and closed again; the CPU always can.
    pub fn check_usable(self) -> Result<()> {
        match self.check_supported()? {
            Device::Cpu => Ok(()),
            #[cfg(feature = "cuda")]
            Device::Cuda(n) => crate::cuda::CudaDevice::open(n).map(drop),
            #[cfg(not(feature = "cuda"))]
            Device::Cuda(_) => unreachable!("check_supported refuses cuda without the feature"),
        }
    }
}

impl FromStr for Device {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Device::parse(s)
    }
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::Cpu => write!(f, "cpu"),
            Device::Cuda(n) => write!(f, "cuda:{n}"),
        }
    }
}

/// A training run on the CPU or on a CUDA device.
pub enum Engine {
    Cpu(Box<Trainer>),
    #[cfg(feature = "cuda")]
    Cuda(Box<crate::cuda::CudaTrainer>),
}

impl Engine {
    /// Refuses what the GPU trainer does not do yet: matching logits (its loss kernel is the
    /// tempered one) and Adam (its update kernel is SGD's). [`Engine::new`] and [`Engine::resume`]
    /// call it; commands call it early too, before any long work.
    pub fn check_config(cfg: &TrainConfig, device: Device) -> Result<()> {
        if cfg.optimizer != crate::nn::optim::Optimizer::Sgd && device != Device::Cpu {
            return Err(Error::config(
                "--device",
                "--optimizer adam runs on the CPU only; use --device cpu",
            ));
        }
        let matching = cfg
            .soft
            .as_ref()
            .is_some_and(|s| s.temperature.is_infinite());
        if matching && device != Device::Cpu {
            return Err(Error::config(
                "--device",
                "matching logits (--temperature inf) runs on the CPU only; use --device cpu",
            ));
        }
        Ok(())
    }

    /// A fresh run of `cfg` on `device`.
    pub fn new(cfg: TrainConfig, device: Device) -> Result<Self> {
        Self::check_config(&cfg, device)?;
        match device.check_supported()? {
            Device::Cpu => Ok(Engine::Cpu(Box::new(Trainer::new(cfg)?))),
            #[cfg(feature = "cuda")]
            Device::Cuda(n) => {
                let dev = crate::cuda::CudaDevice::open(n)?;
                Ok(Engine::Cuda(Box::new(crate::cuda::CudaTrainer::new(
                    cfg, dev,
                )?)))
            }
            #[cfg(not(feature = "cuda"))]
            Device::Cuda(_) => unreachable!("check_supported refuses cuda without the feature"),
        }
    }

    /// Continues the run saved in `ck` (see [`Trainer::resume`]) on `device`.
    pub fn resume(cfg: TrainConfig, ck: Checkpoint, path: &Path, device: Device) -> Result<Self> {
        Self::check_config(&cfg, device)?;
        match device.check_supported()? {
            Device::Cpu => Ok(Engine::Cpu(Box::new(Trainer::resume(cfg, ck, path)?))),
            #[cfg(feature = "cuda")]
            Device::Cuda(n) => {
                let dev = crate::cuda::CudaDevice::open(n)?;
                Ok(Engine::Cuda(Box::new(crate::cuda::CudaTrainer::resume(
                    cfg, ck, path, dev,
                )?)))
            }
            #[cfg(not(feature = "cuda"))]
            Device::Cuda(_) => unreachable!("check_supported refuses cuda without the feature"),
        }
    }

    /// Epochs completed.
    pub fn epoch(&self) -> usize {
        match self {
            Engine::Cpu(t) => t.epoch,
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.epoch(),
        }
    }

    pub fn history(&self) -> &[EpochStats] {
        match self {
            Engine::Cpu(t) => &t.history,
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.history(),
        }
    }

    /// A line describing where the run executes (for the start-up message).
    pub fn describe(&self) -> String {
        match self {
            Engine::Cpu(_) => format!(
                "{}, SIMD {}",
                words::count(rayon::current_num_threads(), "thread"),
                crate::simd::active_isa().name()
            ),
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.device().describe(),
        }
    }

    /// Where this run's arithmetic happens, as recorded in each epoch's statistics.
    pub fn numerics(&self) -> String {
        match self {
            Engine::Cpu(_) => crate::train::cpu_numerics(),
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.device().numerics(),
        }
    }

    /// After a resume: a note if the last saved epoch ran on another numeric path than this
    /// process will (the continued run then differs in rounding from an uninterrupted one).
    pub fn numerics_note(&self, path: &Path) -> Option<String> {
        let last = self.history().last()?;
        let now = self.numerics();
        (!last.numerics.is_empty() && last.numerics != now).then(|| {
            crate::error::escape_controls(&format!(
                "note: epoch {} of {} ran on {} and the run continues on {}: the result may \
                 differ in rounding from an uninterrupted run",
                last.epoch,
                path.display(),
                last.numerics,
                now
            ))
        })
    }

    /// What moved between host and device so far (None on the CPU).
    pub fn traffic(&self) -> Option<String> {
        match self {
            Engine::Cpu(_) => None,
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => Some(t.traffic().to_string()),
        }
    }

    /// [`crate::nn::Mlp::weights_sha256`] of the weights now: the last epoch's record of it,
    /// hashed afresh only where that record predates the digest (or no epoch has run).
    pub fn weights_sha256(&self) -> String {
        match self.history().last() {
            Some(h) if !h.weights_sha256.is_empty() => h.weights_sha256.clone(),
            _ => match self {
                Engine::Cpu(t) => t.mlp.weights_sha256(),
                #[cfg(feature = "cuda")]
                Engine::Cuda(t) => t.mlp().weights_sha256(),
            },
        }
    }

    pub fn checkpoint(&self, train_len: usize) -> Checkpoint {
        match self {
            Engine::Cpu(t) => t.checkpoint(train_len),
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.checkpoint(train_len),
        }
    }

    /// Trains one epoch over `train`, then evaluates on `test`.
    pub fn train_epoch(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        targets: &Targets,
        obs: &mut dyn Observer,
    ) -> Result<EpochStats> {
        match self {
            Engine::Cpu(t) => t.train_epoch(train, test, targets, obs),
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.train_epoch(train, test, targets, obs),
        }
    }

    /// Trains until the configured epochs are done, saving a checkpoint to `out` after every epoch.
    pub fn run(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        targets: &Targets,
        out: Option<&Path>,
        obs: &mut dyn Observer,
    ) -> Result<()> {
        let epochs = match self {
            Engine::Cpu(t) => t.cfg.schedule.epochs,
            #[cfg(feature = "cuda")]
            Engine::Cuda(t) => t.config().schedule.epochs,
        };
        let remaining = epochs.saturating_sub(self.epoch());
        crate::train::each_epoch_saved(remaining, obs, |obs| {
            self.train_epoch(train, test, targets, obs)?;
            match out {
                Some(p) => self.checkpoint(train.len()).save(p),
                None => Ok(()),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_device_flag() {
        assert_eq!(Device::parse("cpu").unwrap(), Device::Cpu);
        assert_eq!(Device::parse("cuda").unwrap(), Device::Cuda(0));
        assert_eq!(Device::parse("cuda:3").unwrap(), Device::Cuda(3));
        for bad in [
            "tpu", "cuda:", "cuda:x", "cuda:-1", "cuda:+1", "CUDA", "cuda:1:2", "",
        ] {
            let e = Device::parse(bad).unwrap_err();
            assert_eq!(e.exit_code(), 2);
            assert!(e.to_string().starts_with("--device: "), "{e}");
        }
        assert_eq!(Device::Cuda(2).to_string(), "cuda:2");
    }

    #[test]
    fn cuda_without_the_feature_is_a_usage_error() {
        let r = Device::Cuda(0).check_supported();
        if cfg!(feature = "cuda") {
            assert!(r.is_ok());
        } else {
            let e = r.unwrap_err();
            assert_eq!(e.exit_code(), 2);
            assert!(e.to_string().contains("--features cuda"), "{e}");
        }
        assert!(Device::Cpu.check_supported().is_ok());
    }

    /// Adam and matching logits are refused on a GPU before any device is opened (so with or
    /// without the feature), and pass on the CPU.
    #[test]
    fn what_the_gpu_trainer_lacks_is_refused_naming_the_flag() {
        use crate::nn::optim::Optimizer;
        let mut adam = TrainConfig::new(crate::nn::Arch(vec![4, 2]));
        adam.optimizer = Optimizer::Adam {
            beta2: 0.999,
            eps: 1e-8,
        };
        let e = Engine::check_config(&adam, Device::Cuda(0)).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.to_string()
                .contains("--optimizer adam runs on the CPU only"),
            "{e}"
        );
        assert!(Engine::check_config(&adam, Device::Cpu).is_ok());
        let sgd = TrainConfig::new(crate::nn::Arch(vec![4, 2]));
        assert!(Engine::check_config(&sgd, Device::Cuda(0)).is_ok());
        let soft = |temperature: f32| {
            let mut cfg = sgd.clone();
            cfg.soft = Some(crate::train::SoftSpec {
                temperature,
                alpha: 0.5,
                teacher_sha256: String::new(),
            });
            cfg
        };
        let e = Engine::check_config(&soft(f32::INFINITY), Device::Cuda(0)).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.to_string()
                .contains("matching logits (--temperature inf) runs on the CPU only"),
            "{e}"
        );
        assert!(Engine::check_config(&soft(f32::INFINITY), Device::Cpu).is_ok());
        assert!(Engine::check_config(&soft(20.0), Device::Cuda(0)).is_ok());
    }
}
