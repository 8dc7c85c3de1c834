//! The paper's experiments, built from the training and distillation pieces.

pub mod mnist;
pub mod report;
