//! The teacher-logits cache parser on arbitrary bytes (checksum comparison skipped under
//! --cfg fuzzing). Property: no panic, and an accepted header describes exactly the body it heads.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(h) = distil::distill::parse(Path::new("fuzz.logits"), data) {
        assert_eq!(data.len() - h.offset, h.key.examples * h.key.classes * 4);
    }
});
