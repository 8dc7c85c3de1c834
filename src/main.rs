//! The command line: parse, call the library, print. Errors are one line on stderr and exit status
//! 2 (usage) or 1 (data, files, numerics).

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use distil::error::{Error, Result};
use distil::simd;

use cli::args::{Cli, Command};

mod cli;

fn main() -> ExitCode {
    die_quietly_on_broken_pipe();
    fail_cleanly_when_output_cannot_be_written();
    let cli = match Cli::try_parse_from(cli::args::join_dash_values(std::env::args_os().collect()))
    {
        Ok(cli) => cli,
        // --help and --version print in full; usage errors become one line, like every other error.
        Err(e) if !e.use_stderr() => {
            return match e.print() {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: standard output: cannot write: {err}");
                    ExitCode::from(1)
                }
            }
        }
        // Written without a panic if stderr fails: the exit status still says what went wrong.
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{}", one_line(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    // Every command may write a file (eval and predict a decompressed copy of a `.gz` input).
    clean_up_on_interrupt(matches!(
        cli.command,
        Command::Train(_) | Command::Distill(_) | Command::Mnist(_) | Command::Sweep(_)
    ));
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "error: {}",
                distil::error::escape_controls(&e.to_string())
            );
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Output piped into a reader that stops early (`distil mnist | head`) ends the process quietly, as
/// it does other Unix tools, instead of a panic in the next print. Rust ignores SIGPIPE, so that
/// writes fail with EPIPE and `println!` panics; this restores the default action. What training
/// had finished is in its checkpoints (written atomically), and a rerun continues from them.
fn die_quietly_on_broken_pipe() {
    #[cfg(unix)]
    {
        // SAFETY: signal(2), called before any thread starts; SIG_DFL is a valid disposition for
        // SIGPIPE.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
}

/// `println!` and `eprintln!` panic when their stream cannot be written (a full disk, `> /dev/full`,
/// an I/O error). Such a failure ends the process with status 1 and, where stderr still works, one
/// line saying so, instead of a panic's message and status 101. What training had finished is in its
/// checkpoints (written atomically). Every other panic keeps the default report: it is a bug.
fn fail_cleanly_when_output_cannot_be_written() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        for (stream, name) in [("stdout", "standard output"), ("stderr", "standard error")] {
            if let Some(why) = message.strip_prefix(&format!("failed printing to {stream}: ")) {
                let _ = writeln!(std::io::stderr(), "error: {name}: cannot write: {why}");
                // exit skips destructors: the output's lock and any temporary file go now.
                distil::io::remove_on_interrupt();
                std::process::exit(1);
            }
        }
        default(info);
    }));
}

/// Ctrl-C (SIGINT), SIGTERM or SIGHUP (a closed terminal or SSH session) in a command that writes
/// files still ends it by that signal (so a shell script running it stops too), now after removing
/// the temporary file of an output being written at that moment (the output itself keeps its last
/// whole version) and the lock file of `train`'s or `distill`'s output (SIGKILL leaves it; the
/// next run takes it over), and, in a training command (`trains`), after a line saying what is
/// kept and how to go on. SIGPIPE (output piped into a reader that has gone) removes the same
/// files and ends the process quietly, as [`die_quietly_on_broken_pipe`] says.
fn clean_up_on_interrupt(trains: bool) {
    #[cfg(unix)]
    {
        use libc::{SIGHUP, SIGINT, SIGPIPE, SIGTERM, SIG_DFL, SIG_IGN};
        use std::sync::atomic::{AtomicBool, Ordering};
        static TRAINS: AtomicBool = AtomicBool::new(false);
        TRAINS.store(trains, Ordering::Relaxed);
        extern "C" fn on_interrupt(sig: i32) {
            const MESSAGE: &[u8] = b"\ninterrupted: every epoch reported above is saved, but a \
                temperature sweep (the sweep command, or mnist --all) keeps only its finished \
                runs; run the same command again (with --resume for train and distill) to \
                continue\n";
            distil::io::remove_on_interrupt();
            // SAFETY: write(2), getpid(2), _exit(2), signal(2) and raise(3) are
            // async-signal-safe, as is an atomic load; the buffer is a static. The signal is
            // blocked while this handler runs, so the raised one is delivered as it returns, with
            // the default action: the process ends by that signal.
            unsafe {
                if TRAINS.load(Ordering::Relaxed) && sig != SIGPIPE {
                    libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
                }
                // As a PID namespace's first process (a container started without an init), the
                // kernel drops a signal whose action is the default: the raise below would leave
                // it running, its temporary file gone. It exits as a shell reports a signal's end.
                if libc::getpid() == 1 {
                    libc::_exit(128 + sig);
                }
                libc::signal(sig, SIG_DFL);
                libc::raise(sig);
            }
        }
        let handler = on_interrupt as extern "C" fn(i32) as libc::sighandler_t;
        // SAFETY: as in `die_quietly_on_broken_pipe`; the handler only calls async-signal-safe
        // functions.
        unsafe {
            for sig in [SIGHUP, SIGINT, SIGTERM] {
                // A signal the parent ignores (SIGINT in a background job of a script) stays
                // ignored.
                if libc::signal(sig, handler) == SIG_IGN {
                    libc::signal(sig, SIG_IGN);
                }
            }
            // Never ignored: `die_quietly_on_broken_pipe` has set its default action.
            libc::signal(SIGPIPE, handler);
        }
    }
}

/// A clap error's message up to its first blank line (which precedes the usage hint), on one line.
fn one_line(message: &str) -> String {
    let head: Vec<&str> = message
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .collect();
    head.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(cli: Cli) -> Result<()> {
    simd::selected().map_err(|e| Error::config(simd::ENV_VAR, e.message))?;
    distil::gemm::selected().map_err(|e| Error::config(distil::gemm::ENV_VAR, e))?;
    cli::args::apply_threads(cli.command.threads())?;
    // The command runs on one of the pool's worker threads. Called from outside the pool, every
    // parallel product or update (dozens per training step) hands its work to the workers and
    // puts the caller to sleep until they finish; from a worker it forks within the pool. On 2
    // cores this made training epochs 2–13% faster on two threads and up to 1.4× on one
    // (`distil bench`, 2026-12-02; docs/speed.md).
    rayon::scope(move |_| match cli.command {
        Command::Train(a) => cli::train::train_labels(a.run),
        Command::Distill(a) => cli::train::distill(a),
        Command::Eval(a) => cli::eval::eval(a),
        Command::Predict(a) => cli::predict::predict(a),
        Command::Mnist(a) => cli::experiments::mnist(a),
        Command::Sweep(a) => cli::experiments::sweep(a),
        Command::Bench(a) => cli::bench::bench(a),
    })
}
