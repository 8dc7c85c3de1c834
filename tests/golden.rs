//! Golden values: a seeded miniature of the whole pipeline (teacher → logits → distilled student, plus
//! the small net alone) on the forced scalar path, whose kernels and reference product are IEEE-exact
//! (no fused multiply-add, our own exp and ln), must give exactly the committed error counts and
//! weight checksums on every machine — x86_64 and aarch64 alike.
//!
//! Changing the numerics means deliberately updating the golden file:
//! `DISTIL_UPDATE_GOLDEN=1 cargo test --release --test golden` rewrites tests/golden/tiny-scalar.json.

use std::path::PathBuf;

use distil::checkpoint::Checkpoint;
use distil::data::{default_data_dir, DataDir};
use distil::experiments::mnist::{self, Options};
use distil::experiments::preset::Preset;
use distil::simd::{self, Isa};
use distil::train::{Observer, Silent};

#[test]
fn scalar_pipeline_matches_golden_values() {
    // This file holds one test, so setting the variable here happens before any kernel is chosen.
    std::env::set_var(simd::ENV_VAR, "scalar");
    assert_eq!(simd::active_isa(), Isa::Scalar);

    let mut data = DataDir::open(&default_data_dir()).unwrap();
    data.test.truncate(2000); // keeps the run short under emulation
    let tmp = tempfile::tempdir().unwrap();
    let opts = Options {
        preset: Preset::tiny(7),
        dir: tmp.path().to_path_buf(),
        fresh: false,
        all: false,
    };
    let results = mnist::run(&opts, &data, &mut |_| {}, &mut |_, _| {
        Box::new(Silent) as Box<dyn Observer>
    })
    .unwrap();

    let mut got = serde_json::Map::new();
    for m in ["teacher", "small", "distilled"] {
        // The digest results.json reports (the architecture and the parameters' bits), which
        // must be the saved checkpoint's.
        let ck = Checkpoint::load(&tmp.path().join(format!("{m}.safetensors"))).unwrap();
        assert_eq!(results[m]["weights_sha256"], ck.mlp.weights_sha256(), "{m}");
        got.insert(
            m.to_string(),
            serde_json::json!({
                "test_errors_per_epoch": results[m]["test_errors_per_epoch"],
                "weights_sha256": results[m]["weights_sha256"],
            }),
        );
    }
    let got = serde_json::Value::Object(got);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/tiny-scalar.json");
    if std::env::var_os("DISTIL_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, format!("{got:#}\n")).unwrap();
        eprintln!("golden values rewritten: {}", path.display());
        return;
    }
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        got, want,
        "the scalar pipeline's results changed; if deliberate, rerun with DISTIL_UPDATE_GOLDEN=1"
    );
}
