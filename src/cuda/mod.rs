//! The GPU path (`--features cuda`): cuBLAS for the matrix products, NVRTC-compiled kernels for the
//! element-wise work, and a trainer whose weights, gradients and momenta stay on the device.
//!
//! Everything is loaded at run time through cudarc (dlopen of libcuda, libcublas and libnvrtc), so the
//! crate builds and its CPU path runs on machines without CUDA. [`CudaDevice::open`] checks that the
//! three libraries load before calling into any of them (cudarc panics inside its lazy loader when one
//! is missing), and turns every failure into one [`Error::Device`] line.

pub mod kernels;
pub mod trainer;

use std::mem::ManuallyDrop;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

use cudarc::cublas::CudaBlas;
use cudarc::driver::{CudaContext, CudaFunction, CudaModule, CudaStream, LaunchConfig};
use cudarc::nvrtc::{CompileOptions, Ptx};

use crate::device::Device;
use crate::error::{Error, Result};

pub use trainer::{CudaTrainer, Traffic};

/// The compiled element-wise kernels (see [`kernels::SOURCE`]).
pub struct Kernels {
    pub gather_input: CudaFunction,
    pub bias_relu: CudaFunction,
    pub add_bias: CudaFunction,
    pub loss_rows: CudaFunction,
    pub col_sums: CudaFunction,
    pub relu_backward: CudaFunction,
    pub sgd_momentum: CudaFunction,
    pub max_norm: CudaFunction,
}

/// An opened CUDA device: its context, one stream that all work is queued on, a cuBLAS handle bound
/// to that stream, and the kernels.
pub struct CudaDevice {
    pub ordinal: usize,
    pub name: String,
    pub compute_capability: (i32, i32),
    /// cuBLAS's version as it reports it (major·10,000 + minor·100 + patch).
    pub cublas_version: i32,
    pub ctx: Arc<CudaContext>,
    pub stream: Arc<CudaStream>,
    /// Dropped by hand (see the `Drop` below).
    pub blas: ManuallyDrop<CudaBlas>,
    pub k: Kernels,
}

impl Drop for CudaDevice {
    fn drop(&mut self) {
        // SAFETY: the handle is taken once, here, and not used after.
        let blas = unsafe { ManuallyDrop::take(&mut self.blas) };
        // cudarc unwraps cublasDestroy's status when a handle is dropped. After a kernel fault the
        // context is unusable and that call may fail: a panic there would bury the clear error
        // being reported. Such a handle is leaked instead; the process is about to end.
        if self.stream.synchronize().is_ok() {
            drop(blas);
        } else {
            std::mem::forget(blas);
        }
    }
}

/// The device error for `cuda:N`.
pub(crate) fn err(ordinal: usize, problem: impl Into<String>) -> Error {
    Error::device(Device::Cuda(ordinal), problem)
}

/// A driver error in the driver's words ("CUDA_ERROR_NO_DEVICE: no CUDA-capable device is
/// detected"): cudarc's own rendering is its Rust debug form (`DriverError(…, "…")`).
pub(crate) fn driver(e: &cudarc::driver::DriverError) -> String {
    let name = e.error_name().map_or_else(
        |_| format!("{:?}", e.0),
        |n| n.to_string_lossy().into_owned(),
    );
    match e.error_string() {
        Ok(s) => format!("{name}: {}", s.to_string_lossy()),
        Err(_) => name,
    }
}

/// Whether a dynamically loaded library is present, without letting a loader panic escape.
fn present(f: unsafe fn() -> bool) -> bool {
    // SAFETY: the probes only try to dlopen candidate file names.
    panic::catch_unwind(|| unsafe { f() }).unwrap_or(false)
}

/// Checks that the driver, cuBLAS and NVRTC can be loaded; the error says which one is missing.
pub fn check_libraries(ordinal: usize) -> Result<()> {
    if !present(cudarc::driver::sys::is_culib_present) {
        return Err(err(
            ordinal,
            "no CUDA driver found (libcuda.so could not be loaded); this needs an NVIDIA GPU with \
             its driver installed, or run with --device cpu",
        ));
    }
    if !present(cudarc::cublas::sys::is_culib_present) {
        return Err(err(
            ordinal,
            "cuBLAS not found (no libcublas.so of CUDA 12 or 13, nor of an older CUDA, could be \
             loaded); install the CUDA toolkit's cuBLAS and put its folder on LD_LIBRARY_PATH, or \
             run with --device cpu",
        ));
    }
    if !present(cudarc::nvrtc::sys::is_culib_present) {
        return Err(err(
            ordinal,
            "NVRTC not found (no libnvrtc.so of CUDA 12 or 13, nor of an older CUDA, could be \
             loaded); install the CUDA toolkit's NVRTC and put its folder on LD_LIBRARY_PATH, or \
             run with --device cpu",
        ));
    }
    Ok(())
}

impl CudaDevice {
    /// Opens device `ordinal`: checks the libraries, creates the context, stream and cuBLAS handle,
    /// and compiles the kernels for the device's compute capability.
    pub fn open(ordinal: usize) -> Result<Arc<CudaDevice>> {
        check_libraries(ordinal)?;
        // cudarc panics when a symbol is missing from an old driver or library: keep that a clear
        // error too, without the panic message on stderr. The hook is process-wide, so two threads
        // opening devices at once (tests run in parallel) must not interleave their swaps: one
        // could restore the other's silent hook for good.
        static HOOK_SWAP: Mutex<()> = Mutex::new(());
        let guard = HOOK_SWAP.lock().unwrap_or_else(|e| e.into_inner());
        let hook = panic::take_hook();
        panic::set_hook(Box::new(|_| {}));
        let r = panic::catch_unwind(AssertUnwindSafe(|| Self::open_inner(ordinal)));
        panic::set_hook(hook);
        drop(guard);
        match r {
            Ok(r) => r.map(Arc::new),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown failure".into());
                Err(err(
                    ordinal,
                    format!("the CUDA libraries could not be used: {msg}"),
                ))
            }
        }
    }

    fn open_inner(ordinal: usize) -> Result<CudaDevice> {
        let count = CudaContext::device_count().map_err(|e| {
            err(
                ordinal,
                format!(
                    "the CUDA driver found no usable GPU (cuInit / cuDeviceGetCount: {})",
                    driver(&e)
                ),
            )
        })?;
        if count <= 0 {
            return Err(err(ordinal, "the CUDA driver reports no GPU"));
        }
        if ordinal >= count as usize {
            return Err(err(
                ordinal,
                format!(
                    "no such device: {count} CUDA device(s), numbered 0 to {}",
                    count - 1
                ),
            ));
        }
        let ctx = CudaContext::new(ordinal)
            .map_err(|e| err(ordinal, format!("cannot create a context: {}", driver(&e))))?;
        // One stream carries all the work, so cudarc's per-buffer event tracking buys nothing.
        // SAFETY: no other stream of this context touches our buffers.
        unsafe { ctx.disable_event_tracking() };
        let name = ctx.name().unwrap_or_else(|_| "unknown GPU".into());
        let cc = ctx.compute_capability().map_err(|e| {
            err(
                ordinal,
                format!("cannot read the compute capability: {}", driver(&e)),
            )
        })?;
        let stream = ctx.default_stream();
        let blas = CudaBlas::new(stream.clone())
            .map_err(|e| err(ordinal, format!("cannot create a cuBLAS handle: {:?}", e.0)))?;
        let mut version: std::ffi::c_int = 0;
        // SAFETY: a live handle and a pointer to one int.
        unsafe { cudarc::cublas::sys::cublasGetVersion_v2(*blas.handle(), &mut version) }
            .result()
            .map_err(|e| err(ordinal, format!("cannot read cuBLAS's version: {:?}", e.0)))?;
        let module = load_kernels(&ctx, cc).map_err(|e| err(ordinal, e))?;
        let f = |name: &str| {
            module
                .load_function(name)
                .map_err(|e| err(ordinal, format!("kernel {name} missing: {}", driver(&e))))
        };
        let [a, b, c, d, e, g, h, i] = kernels::NAMES;
        let k = Kernels {
            gather_input: f(a)?,
            bias_relu: f(b)?,
            add_bias: f(c)?,
            loss_rows: f(d)?,
            col_sums: f(e)?,
            relu_backward: f(g)?,
            sgd_momentum: f(h)?,
            max_norm: f(i)?,
        };
        Ok(CudaDevice {
            ordinal,
            name,
            compute_capability: cc,
            cublas_version: version,
            ctx,
            stream,
            blas: ManuallyDrop::new(blas),
            k,
        })
    }

    /// "cuda:0 (NVIDIA H100 80GB HBM3, compute 9.0, cuBLAS sgemm + NVRTC kernels)".
    pub fn describe(&self) -> String {
        format!(
            "{} ({}, compute {}.{}, cuBLAS sgemm + NVRTC kernels)",
            Device::Cuda(self.ordinal),
            self.name,
            self.compute_capability.0,
            self.compute_capability.1
        )
    }

    /// This device's numeric path, as recorded in each epoch's statistics: cuBLAS picks its
    /// products' summation order by GPU model and library version, so runs are bit for bit the
    /// same only where all of these are ("cuda NVIDIA H100 80GB HBM3, compute 9.0, cuBLAS 12.8.4").
    pub fn numerics(&self) -> String {
        let v = self.cublas_version;
        format!(
            "{} {}, compute {}.{}, cuBLAS {}.{}.{}",
            crate::train::CUDA_NUMERICS,
            self.name,
            self.compute_capability.0,
            self.compute_capability.1,
            v / 10_000,
            v % 10_000 / 100,
            v % 100
        )
    }

    /// Waits for the queued work; a kernel fault surfaces here.
    pub fn sync(&self) -> Result<()> {
        self.stream.synchronize().map_err(|e| {
            err(
                self.ordinal,
                format!("a device operation failed: {}", driver(&e)),
            )
        })
    }
}

/// NVRTC's flags for the kernels: no contraction into FMAs, and IEEE division and square roots, as
/// the CPU's scalar reference computes them. The GPU then differs from it only in the products'
/// summation order and in expf/logf (max-norm's `n2 > c²` no longer flips on a fused rounding).
const NUMERICS_FLAGS: [&str; 4] = [
    "--fmad=false",
    "--prec-div=true",
    "--prec-sqrt=true",
    "--ftz=false",
];

/// Compiles [`kernels::SOURCE`] and loads it into `ctx`: as machine code for the device's own
/// architecture (sm_XY) first, which a driver of the same CUDA major version as NVRTC loads even
/// when it is older (PTX from a newer NVRTC it refuses), and as PTX for the driver to compile if
/// NVRTC cannot make that machine code (an NVRTC older than CUDA 11.1).
fn load_kernels(
    ctx: &Arc<CudaContext>,
    cc: (i32, i32),
) -> std::result::Result<Arc<CudaModule>, String> {
    let cubin = compile_cubin(cc).and_then(|bin| {
        ctx.load_module(Ptx::from_binary(bin))
            .map_err(|e| format!("the driver could not load it ({})", driver(&e)))
    });
    let cubin_err = match cubin {
        Ok(module) => return Ok(module),
        Err(e) => e,
    };
    let mut options = vec![format!("--gpu-architecture=compute_{}{}", cc.0, cc.1)];
    options.extend(NUMERICS_FLAGS.iter().map(|f| f.to_string()));
    let opts = CompileOptions {
        options,
        ..Default::default()
    };
    let ptx = cudarc::nvrtc::compile_ptx_with_opts(kernels::SOURCE, opts).map_err(|e| {
        let why = match e {
            cudarc::nvrtc::CompileError::CompileError { nvrtc, log, .. } => {
                format!("{:?}: {}", nvrtc.0, compiler_log(log.as_bytes()))
            }
            other => format!("{other:?}"),
        };
        format!(
            "NVRTC could not compile the kernels for sm_{0}{1} ({cubin_err}) nor for \
             compute_{0}{1}: {why}",
            cc.0, cc.1
        )
    })?;
    ctx.load_module(ptx).map_err(|e| {
        format!(
            "the kernels compiled for sm_{}{} did not load ({cubin_err}), and the driver could not \
             load them as PTX ({}); NVRTC may be newer than the driver: use an NVRTC no newer \
             than the driver's CUDA version",
            cc.0,
            cc.1,
            driver(&e)
        )
    })
}

/// The kernels as machine code for compute capability `cc`, or what went wrong. An NVRTC older
/// than CUDA 11.1 has no machine-code output: cudarc's loader panics on the missing symbol, which
/// is caught here so that the PTX path can still be tried. Kept for the process's life once made:
/// a command checks the device (opening it) before its long work and then opens it again to
/// train, and NVRTC would otherwise compile the same source twice.
fn compile_cubin(cc: (i32, i32)) -> std::result::Result<Vec<u8>, String> {
    /// Machine code and the compute capability it is for.
    struct Cubin {
        cc: (i32, i32),
        bin: Vec<u8>,
    }
    static MADE: Mutex<Vec<Cubin>> = Mutex::new(Vec::new());
    let made = |m: &[Cubin]| m.iter().find(|k| k.cc == cc).map(|k| k.bin.clone());
    if let Some(bin) = made(&MADE.lock().unwrap_or_else(|e| e.into_inner())) {
        return Ok(bin);
    }
    let bin = panic::catch_unwind(|| compile_cubin_inner(cc)).unwrap_or_else(|_| {
        Err(
            "NVRTC cannot make machine code (nvrtcGetCUBIN is missing: older than CUDA 11.1)"
                .into(),
        )
    })?;
    let mut m = MADE.lock().unwrap_or_else(|e| e.into_inner());
    if made(&m).is_none() {
        m.push(Cubin {
            cc,
            bin: bin.clone(),
        });
    }
    Ok(bin)
}

fn compile_cubin_inner(cc: (i32, i32)) -> std::result::Result<Vec<u8>, String> {
    use cudarc::nvrtc::{result, sys};
    /// Destroys the program however compilation ends.
    struct Program(sys::nvrtcProgram);
    impl Drop for Program {
        fn drop(&mut self) {
            // SAFETY: created by create_program, destroyed once, here.
            let _ = unsafe { result::destroy_program(self.0) };
        }
    }
    let fail = |what: &str, e: result::NvrtcError| {
        format!("NVRTC {what} for sm_{}{}: {:?}", cc.0, cc.1, e.0)
    };
    let src = std::ffi::CString::new(kernels::SOURCE).map_err(|e| e.to_string())?;
    let prog = Program(result::create_program(&src, None).map_err(|e| fail("could not start", e))?);
    let mut options = vec![format!("--gpu-architecture=sm_{}{}", cc.0, cc.1)];
    options.extend(NUMERICS_FLAGS.iter().map(|f| f.to_string()));
    // SAFETY: `prog` is live until the guard drops at the end of this function.
    if let Err(e) = unsafe { result::compile_program(prog.0, &options) } {
        // SAFETY: as above.
        let log = unsafe { result::get_program_log(prog.0) }.unwrap_or_default();
        let log: Vec<u8> = log.iter().map(|&c| c as u8).collect();
        return Err(format!(
            "{}: {}",
            fail("could not compile", e),
            compiler_log(&log)
        ));
    }
    let mut size = 0usize;
    // SAFETY: as above; `size` is one writable usize.
    unsafe { sys::nvrtcGetCUBINSize(prog.0, &mut size) }
        .result()
        .map_err(|e| fail("gave no machine code", e))?;
    let mut bin = vec![0u8; size];
    // SAFETY: `bin` holds the `size` bytes NVRTC said it will write.
    unsafe { sys::nvrtcGetCUBIN(prog.0, bin.as_mut_ptr().cast()) }
        .result()
        .map_err(|e| fail("gave no machine code", e))?;
    Ok(bin)
}

/// NVRTC's log of a failed compilation on one line, cut to its first 600 characters: what a
/// report of the failure needs (the first error) without a screenful of warnings.
fn compiler_log(log: &[u8]) -> String {
    let text = String::from_utf8_lossy(log);
    let line = text
        .split(['\n', '\r', '\0'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    match line.char_indices().nth(600) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None if line.is_empty() => "no log".to_string(),
        None => line,
    }
}

/// A launch over `n` elements with a grid-stride loop: at most 2²⁰ blocks of [`kernels::BLOCK`].
pub(crate) fn grid_1d(n: usize) -> LaunchConfig {
    let blocks = n.div_ceil(kernels::BLOCK as usize).clamp(1, 1 << 20) as u32;
    LaunchConfig {
        grid_dim: (blocks, 1, 1),
        block_dim: (kernels::BLOCK, 1, 1),
        shared_mem_bytes: 0,
    }
}

/// One thread per item (row or column) for kernels without a stride loop; `n` < 2³¹ here.
pub(crate) fn grid_items(n: usize) -> LaunchConfig {
    let blocks = n.div_ceil(kernels::BLOCK as usize).max(1) as u32;
    LaunchConfig {
        grid_dim: (blocks, 1, 1),
        block_dim: (kernels::BLOCK, 1, 1),
        shared_mem_bytes: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::compiler_log;

    #[test]
    fn compiler_logs_read_on_one_line() {
        let log = b"kernels.cu(3): error: identifier \"x\" is undefined\n\n  1 error detected\n\0";
        assert_eq!(
            compiler_log(log),
            "kernels.cu(3): error: identifier \"x\" is undefined; 1 error detected"
        );
        assert_eq!(compiler_log(b"\0"), "no log");
        let long = compiler_log("é".repeat(700).as_bytes());
        assert_eq!(long.chars().count(), 601);
        assert!(long.ends_with('…'));
    }
}
