//! The paper's experiments, built from the training and distillation pieces.

pub mod bias;
pub mod mnist;
pub mod preset;
pub mod section3;
pub mod sweep;
