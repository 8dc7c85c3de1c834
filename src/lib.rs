//! Trains multilayer perceptrons on IDX data and distils them, Hinton-style, on the CPU (and, with
//! the `cuda` feature, on a GPU). The README's code map says which module holds what.
//!
//! Parallel work runs on rayon's pool, split so that results do not depend on the number of
//! threads. Call the training functions from inside the pool (for example within
//! `rayon::scope(|_| ...)`, as the `distil` binary does): from outside it, every parallel product
//! and update hands its work to the pool and sleeps until it is done, which made training epochs
//! up to 13% slower on two threads and up to 40% slower on one (docs/speed.md).

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
pub mod rng;
pub mod simd;
pub mod train;
