//! The IDX reader on arbitrary bytes: the whole input as one file, then split in two as an images
//! file and a labels file that must agree. Property: no panic, every failure an error value, and
//! whatever is accepted can be read in full.
#![no_main]

use std::path::Path;

use distil::data::idx::{Bytes, IdxFile};
use distil::data::Dataset;
use libfuzzer_sys::fuzz_target;

fn idx(bytes: &[u8]) -> Option<IdxFile> {
    let b = if bytes.is_empty() {
        Bytes::Empty
    } else {
        let mut m = memmap2::MmapMut::map_anon(bytes.len()).ok()?;
        m.copy_from_slice(bytes);
        Bytes::Anon(m)
    };
    IdxFile::from_bytes(Path::new("fuzz.idx"), b).ok()
}

fuzz_target!(|data: &[u8]| {
    if let Some(f) = idx(data) {
        // Accepted: every element is there.
        let n = f.count() * f.item_len();
        assert_eq!(f.data().len(), n * f.elem().size());
        for i in 0..n.min(4096) {
            let _ = f.get_f64(i);
        }
        if n > 0 {
            let _ = f.get_f64(n - 1);
        }
    }
    // The first byte says where to split the rest into images and labels.
    let Some((&cut, rest)) = data.split_first() else {
        return;
    };
    let at = rest.len() * cut as usize / 255;
    let (Some(images), Some(labels)) = (idx(&rest[..at]), idx(&rest[at..])) else {
        return;
    };
    let Ok(ds) = Dataset::from_files(images, labels) else {
        return;
    };
    let f = ds.features();
    if ds.check_fits(f, 16).is_err() || ds.is_empty() || f > 1 << 16 {
        return;
    }
    let rows = ds.len().min(8);
    let idx: Vec<u32> = (0..rows as u32).collect();
    let mut x = vec![0.0f32; rows * f];
    let mut y = vec![0u32; rows];
    ds.fill_batch(&idx, &mut x, &mut y, None);
    ds.fill_batch(&idx, &mut x, &mut y, Some((2, u64::from(cut))));
});
