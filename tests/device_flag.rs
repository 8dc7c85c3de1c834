//! `--device`: parsing, the build without CUDA support, and (with `--features cuda`) a clear error
//! when the requested GPU cannot be used.

mod common;

use common::{distil, stderr};

use std::fs;
use std::path::Path;
use std::process::Output;

use distil::data::idx::{encode, ElemType};
use distil::data::MNIST_NAMES;

/// A tiny data folder: 20 training and 10 test 2×2 images of 2 classes.
fn tiny_dir(dir: &Path) {
    let make = |n: usize| {
        let img: Vec<u8> = (0..n * 4).map(|i| (i * 37 % 256) as u8).collect();
        let lab: Vec<u8> = (0..n).map(|i| (i % 2) as u8).collect();
        (
            encode(ElemType::U8, &[n as u32, 2, 2], &img),
            encode(ElemType::U8, &[n as u32], &lab),
        )
    };
    let (ti, tl) = make(20);
    let (si, sl) = make(10);
    for (name, bytes) in MNIST_NAMES.iter().zip([ti, tl, si, sl]) {
        fs::write(dir.join(name), bytes).unwrap();
    }
}

/// `train` of a tiny net into a new folder, with `--device DEVICE` unless `device` is empty.
fn train_on(device: &str) -> (Output, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path());
    let out = tmp.path().join("m.safetensors");
    let mut args = vec![
        "train",
        "--arch",
        "4-3-2",
        "--epochs",
        "1",
        "--batch",
        "5",
        "--data-dir",
        tmp.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    if !device.is_empty() {
        args.extend(["--device", device]);
    }
    (distil(&args), tmp)
}

#[test]
fn bad_device_values_are_usage_errors_naming_the_flag() {
    for bad in ["tpu", "cuda:x", "cuda:", "gpu"] {
        for cmd in [
            &["train", "--arch", "4-2", "--out", "x"][..],
            &["mnist"][..],
        ] {
            let mut args = cmd.to_vec();
            args.extend(["--device", bad]);
            let r = distil(&args);
            assert_eq!(r.status.code(), Some(2), "{bad}: {}", stderr(&r));
            let e = stderr(&r);
            assert!(e.contains("--device") && e.contains(bad), "{e}");
            assert!(!e.contains("panicked"), "{e}");
        }
    }
}

#[test]
fn cpu_is_the_default_and_can_be_named() {
    let weights = |device| {
        let (r, tmp) = train_on(device);
        assert_eq!(r.status.code(), Some(0), "{device}: {}", stderr(&r));
        let ck = distil::checkpoint::Checkpoint::load(&tmp.path().join("m.safetensors")).unwrap();
        common::bits(&ck.mlp.params)
    };
    assert_eq!(
        weights("cpu"),
        weights(""),
        "--device cpu trains as no --device does"
    );
}

#[cfg(not(feature = "cuda"))]
#[test]
fn cuda_without_the_feature_says_how_to_build() {
    for dev in ["cuda", "cuda:1"] {
        let (r, tmp) = train_on(dev);
        assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
        let e = stderr(&r);
        assert!(
            e.contains("--device") && e.contains("no CUDA support"),
            "{e}"
        );
        assert!(e.contains("cargo build --release --features cuda"), "{e}");
        assert!(!tmp.path().join("m.safetensors").exists());
    }
    let r = distil(&["mnist", "--preset", "tiny", "--device", "cuda"]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(stderr(&r).contains("--features cuda"), "{}", stderr(&r));
}

/// With the feature: a GPU that cannot be used (no driver here, or no device 999) is one clear error
/// line with exit status 1, never a panic.
#[cfg(feature = "cuda")]
#[test]
fn cuda_device_that_cannot_be_used_is_a_clear_error() {
    let (r, _tmp) = train_on("cuda:999");
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    let e = stderr(&r);
    assert!(e.starts_with("error: --device cuda:999: "), "{e}");
    assert!(
        e.contains("no CUDA driver found")
            || e.contains("no such device")
            || e.contains("not found")
            || e.contains("no usable GPU")
            || e.contains("reports no GPU"),
        "{e}"
    );
    assert!(!e.contains("panicked"), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");
    // bench refuses it before timing anything on the CPU (inference, the FMA peak).
    for scaling in [false, true] {
        let mut args = vec![
            "bench",
            "--device",
            "cuda:999",
            "--epochs",
            "1",
            "--examples",
            "100",
        ];
        if scaling {
            args.extend(["--scaling", "--widths", "30", "--batches", "10"]);
        }
        let r = distil(&args);
        assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
        assert!(
            stderr(&r).starts_with("error: --device cuda:999: "),
            "{}",
            stderr(&r)
        );
        let printed = String::from_utf8_lossy(&r.stdout);
        assert!(
            !printed.contains("GFLOP/s"),
            "timed before refusing: {printed}"
        );
    }
}

/// `bench --gemm` times this CPU's product backends: with the feature, asking for it on a GPU is a
/// usage error naming both flags (before any timing, GPU or not).
#[cfg(feature = "cuda")]
#[test]
fn bench_gemm_on_a_gpu_is_a_usage_error() {
    let r = distil(&["bench", "--gemm", "--rounds", "1", "--device", "cuda"]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    let e = stderr(&r);
    assert!(
        e.starts_with("error: --gemm: times") && e.contains("cuda:0") && e.contains("--device"),
        "{e}"
    );
    assert!(r.stdout.is_empty(), "no timing may start: {e}");
}

/// Device 0 can be opened; otherwise says why the GPU test is skipped (or fails it under
/// `DISTIL_REQUIRE_GPU=1`, which scripts/gpu-check.sh sets on a GPU machine).
#[cfg(feature = "cuda")]
fn gpu_here() -> bool {
    match distil::cuda::CudaDevice::open(0) {
        Ok(_) => true,
        Err(e) => {
            common::skip_unless_required("DISTIL_REQUIRE_GPU", &format!("no usable GPU ({e})"));
            false
        }
    }
}

/// The numerical faults of the CPU's tests (tests/cli.rs), on the GPU, where losses are read every
/// 100 steps and the weights checked once per epoch: a learning rate that blows up in epoch 2
/// keeps epoch 1's checkpoint; a training item of 1e30 stops epoch 1 with no checkpoint written;
/// test items whose sums overflow stop the first evaluation, naming the test file. Each ends in
/// one error line with exit status 1, never a panic, and leaves no temporary file.
#[cfg(feature = "cuda")]
#[test]
fn numerical_faults_on_the_gpu_stop_the_run_and_keep_only_good_checkpoints() {
    use common::{rewrite_as_floats, train_16_12_4, BLOWS_UP_IN_EPOCH_2};
    // On the GPU: the CPU tests' runs with `--device cuda`.
    let on_gpu = |data: &Path, out: &Path, flags: &[&str]| {
        train_16_12_4(data, out, &[&["--device", "cuda"][..], flags].concat())
    };
    if !gpu_here() {
        return;
    }
    // "epoch 2" but not "epoch 20".
    let names_epoch = |line: &str, e: usize| {
        [",", " "]
            .iter()
            .any(|after| line.contains(&format!("epoch {e}{after}")))
    };
    let one_error_line = |r: &Output| {
        let e = stderr(r);
        assert_eq!(r.status.code(), Some(1), "{e}");
        assert!(!e.contains("panicked"), "{e}");
        e.lines().last().unwrap_or_default().to_string()
    };
    // A new folder with the bars data, and the checkpoint's path in it.
    let fresh = || {
        let tmp = tempfile::tempdir().unwrap();
        let data = common::bars_data(tmp.path());
        let out = tmp.path().join("m.safetensors");
        (tmp, data, out)
    };

    // The step multiplied by 1e37 from epoch 2 on.
    let (tmp, data, out) = fresh();
    let r = on_gpu(&data, &out, &BLOWS_UP_IN_EPOCH_2);
    let fault = one_error_line(&r);
    assert!(
        fault.starts_with("error: numerical fault:")
            && names_epoch(&fault, 2)
            && fault.contains("on the GPU"),
        "{}",
        stderr(&r)
    );
    let ck = distil::checkpoint::Checkpoint::load(&out).unwrap();
    assert_eq!(ck.epoch, 1);
    assert!(ck.mlp.params.iter().all(|w| w.is_finite()));
    common::no_temp_files(tmp.path());

    // One training value of 1e30.
    let (tmp, data, out) = fresh();
    rewrite_as_floats(&data.join(MNIST_NAMES[0]), |v| v[5] = 1e30);
    let r = on_gpu(&data, &out, &["--epochs", "2"]);
    let fault = one_error_line(&r);
    assert!(
        fault.starts_with("error: numerical fault:")
            && names_epoch(&fault, 1)
            && fault.ends_with("no epoch had finished, so no checkpoint was written"),
        "{}",
        stderr(&r)
    );
    assert!(!out.exists());
    common::no_temp_files(tmp.path());

    // Test items of 3e38: training is sound, its first evaluation overflows.
    let (tmp, data, out) = fresh();
    let test_images = data.join(MNIST_NAMES[2]);
    rewrite_as_floats(&test_images, |v| v.iter_mut().for_each(|x| *x = 3e38));
    let r = on_gpu(&data, &out, &["--epochs", "2"]);
    let fault = one_error_line(&r);
    assert!(
        fault.starts_with("error: ")
            && fault.contains(&format!("{} item", MNIST_NAMES[2]))
            && fault.contains("overflow"),
        "{}",
        stderr(&r)
    );
    assert!(!out.exists());
    common::no_temp_files(tmp.path());
}

/// `sweep --device cuda`: the students train on the GPU (each record says so), the same on a
/// second run into another folder, and a CPU sweep into the GPU's folder trains nothing (a record
/// counts whatever device made it).
#[cfg(feature = "cuda")]
#[test]
fn a_sweep_trains_its_students_on_the_gpu() {
    if !gpu_here() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    let sweep_into = |out: &Path, device: &str| {
        let r = distil(&[
            "sweep",
            "--teacher",
            teacher.to_str().unwrap(),
            "--widths",
            "4,6",
            "--temperatures",
            "2,20",
            "--epochs",
            "2",
            "--data-dir",
            data.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--device",
            device,
        ]);
        assert!(r.status.success(), "{}", stderr(&r));
        let text = fs::read_to_string(out.join("sweep.jsonl")).unwrap();
        let records: Vec<(String, String)> = text
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                let field = |k: &str| v[k].as_str().unwrap().to_string();
                (field("numerics"), field("weights_sha256"))
            })
            .collect();
        let said = format!("{}{}", String::from_utf8_lossy(&r.stdout), stderr(&r));
        (records, said)
    };
    let (first, said) = sweep_into(&tmp.path().join("a"), "cuda");
    assert!(
        said.contains("to do (0 done) on --device cuda:0,"),
        "{said}"
    );
    assert_eq!(first.len(), 4);
    assert!(
        first.iter().all(|(n, _)| n.starts_with("cuda ")),
        "{first:?}"
    );
    let (second, _) = sweep_into(&tmp.path().join("b"), "cuda");
    assert_eq!(first, second);
    let (_, said) = sweep_into(&tmp.path().join("a"), "cpu");
    assert!(
        said.contains("0 runs of 2 epochs to do (4 done), widths"),
        "{said}"
    );
}
