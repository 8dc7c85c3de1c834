//! The network: dense layers, ReLU with dropout, the losses, the MLP that owns the contiguous
//! buffers, and the optimiser.
//!
//! Conventions: activations are row-major `[batch × features]`; a dense layer's weights are stored
//! `[inputs × outputs]` so the forward product needs no transpose; each layer's weights are followed
//! by its bias in one parameter buffer, and gradients and momenta use the same layout.

pub mod activation;
pub mod dense;
pub mod loss;
pub mod mlp;
pub mod optim;

pub use mlp::{Arch, Init, Mlp, Workspace};
