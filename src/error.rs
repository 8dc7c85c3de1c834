//! One error type for the whole library. Every variant names the thing at fault (a file, a flag, a
//! tensor) and says what was expected and what was found; the binary prints it on one line.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    /// An operating-system error on a file.
    Io {
        path: PathBuf,
        op: &'static str,
        source: std::io::Error,
    },
    /// A malformed IDX file.
    Idx { path: PathBuf, problem: String },
    /// Data that is well-formed but does not fit the network or the other files.
    Data {
        what: String,
        expected: String,
        found: String,
    },
    /// A checkpoint that cannot be used.
    Checkpoint { path: PathBuf, problem: String },
    /// A bad command-line value or configuration.
    Config { flag: String, problem: String },
    /// A NaN or infinity appeared during training.
    Numerical { problem: String },
    /// A compute device that cannot be used: no driver or library, no such device, a failed call.
    Device { device: String, problem: String },
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn io(path: &Path, op: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            op,
            source,
        }
    }
    pub fn idx(path: &Path, problem: impl Into<String>) -> Self {
        Error::Idx {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }
    pub fn data(
        what: impl Into<String>,
        expected: impl fmt::Display,
        found: impl fmt::Display,
    ) -> Self {
        Error::Data {
            what: what.into(),
            expected: expected.to_string(),
            found: found.to_string(),
        }
    }
    pub fn checkpoint(path: &Path, problem: impl Into<String>) -> Self {
        Error::Checkpoint {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }
    pub fn config(flag: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Config {
            flag: flag.into(),
            problem: problem.into(),
        }
    }

    pub fn device(device: impl fmt::Display, problem: impl Into<String>) -> Self {
        Error::Device {
            device: device.to_string(),
            problem: problem.into(),
        }
    }

    /// The process exit status the binary uses: 2 for usage errors, 1 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Config { .. } => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, op, source } => {
                write!(f, "{}: cannot {op}: {source}", path.display())
            }
            Error::Idx { path, problem } => {
                write!(f, "{}: not a valid IDX file: {problem}", path.display())
            }
            Error::Data {
                what,
                expected,
                found,
            } => write!(f, "{what}: expected {expected}, found {found}"),
            Error::Checkpoint { path, problem } => {
                write!(f, "{}: unusable checkpoint: {problem}", path.display())
            }
            Error::Config { flag, problem } => write!(f, "{flag}: {problem}"),
            Error::Numerical { problem } => write!(f, "numerical fault: {problem}"),
            Error::Device { device, problem } => write!(f, "--device {device}: {problem}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A message on one line whatever it quotes: a path or value holding a newline or another control
/// character is shown escaped (`\n`), as Rust writes it in a string literal. For errors and notes.
pub fn escape_controls(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_control_characters_are_escaped() {
        assert_eq!(
            escape_controls("a/b\nc\td\u{1b}[31m: ok — é"),
            "a/b\\nc\\td\\u{1b}[31m: ok — é"
        );
    }
}
