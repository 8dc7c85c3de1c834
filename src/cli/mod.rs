//! The binary's front end, one module per command (the library under `src/` does the work): parse
//! the flags, check them before any long computation, call the library, print.

pub mod args;
pub mod bench;
pub mod eval;
pub mod experiments;
pub mod predict;
pub mod progress;
pub mod train;
