//! Inputs that `scripts/fuzz.sh` found to break a reader, kept so they stay fixed. Each must now end
//! in an error value, never a panic.

use std::path::Path;

use distil::data::idx::{Bytes, IdxFile};
use distil::data::Dataset;

fn idx(name: &str, bytes: &[u8]) -> IdxFile {
    let mut m = memmap2::MmapMut::map_anon(bytes.len()).unwrap();
    m.copy_from_slice(bytes);
    IdxFile::from_bytes(Path::new(name), Bytes::Anon(m)).expect("a valid IDX header")
}

/// fuzz/idx, crash-40669286: one item of rank 5 with a zero dimension, so zero values per item;
/// filling a batch then split rows of length 0 and panicked.
#[test]
fn items_of_zero_values_are_refused() {
    let images = idx(
        "images",
        &[
            0, 0, 0x0e, 6, 0, 0, 0, 1, 0, 0, 0, 2, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0, 0x40, 0x04, 0, 0,
            0, 0, 0, 0,
        ],
    );
    assert_eq!(images.item_len(), 0);
    let labels = idx("labels", &[0, 0, 0x0c, 1, 0, 0, 0, 1, 0, 0, 0, 3]);
    let e = Dataset::from_files(images, labels).err().expect("refused");
    let msg = e.to_string();
    assert!(
        msg.contains("images") && msg.contains("at least one value"),
        "{msg}"
    );
}
