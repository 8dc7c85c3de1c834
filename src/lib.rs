pub mod data;
pub mod error;
pub mod gemm;
pub mod rng;
pub mod simd;
pub mod nn;
pub mod checkpoint;
pub mod train;
