//! Trains multilayer perceptrons on IDX data and distils them, Hinton-style, on the CPU (and, with
//! the `cuda` feature, on a GPU). The README's code map says which module holds what.
//!
//! Parallel work runs on rayon's pool, split so that results do not depend on the number of
//! threads. Call the training functions from inside the pool (for example within
//! `rayon::scope(|_| ...)`, as the `distil` binary does): from outside it, every parallel product
//! and update hands its work to the pool and sleeps until it is done, which made training epochs
//! up to 13% slower on two threads and up to 40% slower on one (docs/speed.md).
//!
//! # Example
//!
//! A teacher trained on 2,000 of the shipped MNIST images, its logits over them, and a smaller
//! student distilled from those logits at T = 20. `DataDir::open` takes any folder holding the
//! four MNIST-named IDX files (raw or `.gz`), `Dataset::open` any pair of images and labels.
//!
//! ```
//! use distil::data::{default_data_dir, DataDir};
//! use distil::distill::compute_logits;
//! use distil::nn::Arch;
//! use distil::train::{Silent, SoftSpec, Targets, TrainConfig, Trainer};
//!
//! # fn main() -> distil::error::Result<()> {
//! let data = DataDir::open(&default_data_dir())?;
//! let examples = 2000;
//! let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
//! pool.install(|| -> distil::error::Result<()> {
//!     let mut cfg = TrainConfig::new(Arch::parse("784-64-10")?);
//!     cfg.train_subset = Some(examples);
//!     cfg.schedule.epochs = 5;
//!     let mut teacher = Trainer::new(cfg)?;
//!     teacher.run(&data.train, &data.test, &Targets::Hard, None, &mut Silent)?;
//!     let teacher = teacher.checkpoint(data.train.len());
//!     let logits = compute_logits(&teacher, &data.train, examples, 0)?;
//!
//!     let mut cfg = TrainConfig::new(Arch::parse("784-32-10")?);
//!     cfg.train_subset = Some(examples);
//!     cfg.schedule.epochs = 5;
//!     // Recorded in the student's checkpoint with the settings.
//!     cfg.soft = Some(SoftSpec {
//!         temperature: 20.0,
//!         alpha: 0.5,
//!         teacher_sha256: String::new(),
//!     });
//!     let mut student = Trainer::new(cfg)?;
//!     let targets = Targets::Soft { teacher: &logits, t: 20.0, alpha: 0.5 };
//!     student.run(&data.train, &data.test, &targets, None, &mut Silent)?;
//!     let last = student.history.last().expect("five epochs");
//!     // Five epochs on 2,000 images: far better than chance (9,000 errors), far from good.
//!     assert!(last.test_errors < 2000, "{} test errors", last.test_errors);
//!     println!("{} test errors, weights {}", last.test_errors, student.mlp.weights_sha256());
//!     Ok(())
//! })
//! # }
//! ```

pub mod bench;
pub mod checkpoint;
#[cfg(feature = "cuda")]
pub mod cuda;
pub mod data;
pub mod device;
pub mod distill;
pub mod error;
pub mod experiments;
pub mod fidelity;
pub mod gemm;
pub mod io;
pub mod json;
pub mod nn;
pub mod plot;
pub mod rng;
pub mod simd;
pub mod train;
pub mod words;
