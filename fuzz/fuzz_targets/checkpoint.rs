//! The checkpoint loader on arbitrary bytes (built with --cfg fuzzing, which skips the SHA-256
//! comparison so the fuzzer gets past it). Property: no panic, every failure an error value, and an
//! accepted checkpoint writes back to bytes that load to the same weights.
#![no_main]

use std::path::Path;

use distil::checkpoint::Checkpoint;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.safetensors");
    let Ok(ck) = Checkpoint::from_bytes(path, data) else {
        return;
    };
    let again = Checkpoint::from_bytes(path, &ck.to_bytes()).expect("a written checkpoint loads");
    let bits = |c: &Checkpoint| c.mlp.params.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&ck), bits(&again));
    assert_eq!(ck.epoch, again.epoch);
});
