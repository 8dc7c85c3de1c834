//! The shipped data set and the IDX/gzip reader on real files.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use distil::data::idx::{encode, ElemType, IdxFile};
use distil::data::{default_data_dir, open_idx_maybe_gz, DataDir, Dataset, MNIST_NAMES};

fn sha256_file(p: &Path) -> String {
    distil::checkpoint::sha256_hex(&fs::read(p).unwrap())
}

#[test]
fn shipped_files_match_their_checksums() {
    let dir = default_data_dir();
    common::mnist(); // make sure the raw files have been decompressed
    let sums = fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    let mut checked = 0;
    for line in sums.lines() {
        let (sum, name) = line.split_once("  ").unwrap();
        assert_eq!(sha256_file(&dir.join(name)), sum, "{name}");
        checked += 1;
    }
    assert_eq!(checked, 8, "four .gz files and their four raw files");
}

#[test]
fn mnist_has_its_published_shape_and_counts() {
    let d = common::mnist();
    assert_eq!((d.train.len(), d.test.len()), (60_000, 10_000));
    assert_eq!(d.train.images.dims(), &[60_000, 28, 28]);
    assert_eq!(d.train.image_hw, Some((28, 28)));
    let counts = |ds: &Dataset| {
        let mut c = [0usize; 10];
        ds.labels.iter().for_each(|&l| c[l as usize] += 1);
        c
    };
    assert_eq!(
        counts(&d.test),
        [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    );
    assert_eq!(
        counts(&d.train),
        [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    );
    assert_eq!(&d.train.labels[..10], &[5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);
    assert_eq!(&d.test.labels[..10], &[7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
    d.train.check_fits(784, 10).unwrap();
    let e = d.train.check_fits(784, 9).unwrap_err().to_string();
    assert!(
        e.contains("a class below 9") && e.contains("found 9"),
        "{e}"
    );
    let e = d.test.check_fits(785, 10).unwrap_err().to_string();
    assert!(
        e.contains("items of 785 values") && e.contains("found items of 784"),
        "{e}"
    );
}

#[test]
fn batches_scale_pixels_and_jitter_shifts_images() {
    let d = common::mnist();
    let mut x = vec![0.0; 2 * 784];
    let mut y = vec![0; 2];
    d.train.fill_batch(&[0, 1], &mut x, &mut y, None);
    assert_eq!(y, [5, 0]);
    let raw = d.train.images.as_u8().unwrap();
    for k in 0..784 {
        assert_eq!(x[k], raw[k] as f32 / 255.0);
    }
    assert!(x.iter().all(|&v| (0.0..=1.0).contains(&v)));
    // With jitter, each image is a translated copy: the same ink, moved, unless ink left the frame.
    let mut xj = vec![0.0; 784];
    let (dx, dy) = distil::data::jitter_offset(9, 0, 2);
    d.train.fill_batch(&[0], &mut xj, &mut y[..1], Some((2, 9)));
    for r in 0..28i64 {
        for c in 0..28i64 {
            let (sr, sc) = (r - dy, c - dx);
            let want = if (0..28).contains(&sr) && (0..28).contains(&sc) {
                x[(sr * 28 + sc) as usize]
            } else {
                0.0
            };
            assert_eq!(xj[(r * 28 + c) as usize], want);
        }
    }
    // Offsets cover [-2, 2]² and nothing else.
    let mut seen = std::collections::HashSet::new();
    for i in 0..2000 {
        let o = distil::data::jitter_offset(3, i, 2);
        assert!(o.0.abs() <= 2 && o.1.abs() <= 2);
        seen.insert(o);
    }
    assert_eq!(seen.len(), 25);
}

fn write(p: &Path, bytes: &[u8]) {
    fs::File::create(p).unwrap().write_all(bytes).unwrap();
}

/// A tiny data folder: 3 training and 2 test images of 2×2 pixels.
fn tiny_dir(dir: &Path, gzip: bool) {
    let files = [
        encode(
            ElemType::U8,
            &[3, 2, 2],
            &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        ),
        encode(ElemType::U8, &[3], &[0, 1, 2]),
        encode(ElemType::U8, &[2, 2, 2], &[1, 2, 3, 4, 5, 6, 7, 8]),
        encode(ElemType::U8, &[2], &[1, 0]),
    ];
    for (name, bytes) in MNIST_NAMES.iter().zip(files) {
        if gzip {
            write(&dir.join(format!("{name}.gz")), &common::gz(&bytes));
        } else {
            write(&dir.join(name), &bytes);
        }
    }
}

#[test]
fn gz_files_are_decompressed_once_then_mapped() {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path(), true);
    let d = DataDir::open(tmp.path()).unwrap();
    assert_eq!(d.train.labels, [0, 1, 2]);
    assert_eq!(d.test.images.data(), &[1, 2, 3, 4, 5, 6, 7, 8]);
    for name in MNIST_NAMES {
        assert!(
            tmp.path().join(name).is_file(),
            "{name} was decompressed beside its .gz"
        );
    }
    // No temporary files are left behind.
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .collect();
    assert!(leftovers.is_empty());
    // Each copy is recorded as made from its .gz, so the next open maps it without decompressing.
    for name in MNIST_NAMES {
        assert!(distil::data::copy_record(&tmp.path().join(name)).is_file());
    }
    // A copy made again would be a new file renamed into place: the same inodes show it was not.
    #[cfg(unix)]
    let inodes = || -> Vec<u64> {
        use std::os::unix::fs::MetadataExt;
        MNIST_NAMES
            .iter()
            .map(|n| fs::metadata(tmp.path().join(n)).unwrap().ino())
            .collect()
    };
    #[cfg(unix)]
    let before = inodes();
    assert_eq!(DataDir::open(tmp.path()).unwrap().train.labels, [0, 1, 2]);
    #[cfg(unix)]
    assert_eq!(inodes(), before, "a copy was made again");
}

/// This tool's copy of a .gz that has been replaced since is made again from the new .gz (a
/// regenerated data set is not trained on as it was), and a bad new .gz is an error naming it.
#[test]
fn a_copy_of_a_replaced_gz_is_made_again() {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path(), true);
    assert_eq!(DataDir::open(tmp.path()).unwrap().train.labels, [0, 1, 2]);
    let gz_labels = tmp.path().join(format!("{}.gz", MNIST_NAMES[1]));
    write(
        &gz_labels,
        &common::gz(&encode(ElemType::U8, &[3], &[2, 2, 0])),
    );
    assert_eq!(DataDir::open(tmp.path()).unwrap().train.labels, [2, 2, 0]);
    write(&gz_labels, b"garbage");
    let e = DataDir::open(tmp.path())
        .err()
        .expect("a bad .gz")
        .to_string();
    assert!(e.contains(&gz_labels.display().to_string()), "{e}");
}

/// A copy the user has written to since is theirs: a replaced .gz does not overwrite it. A raw
/// file without a record that holds its .gz's bytes (a copy made before records) is recorded as
/// the copy, so that a later replacement of the .gz is followed.
#[test]
fn copies_the_user_changed_are_kept_and_old_copies_are_adopted() {
    let tmp = tempfile::tempdir().unwrap();
    let gz = tmp.path().join("labels.idx.gz");
    let raw = tmp.path().join("labels.idx");
    let data = |p: &Path| open_idx_maybe_gz(p).unwrap().data().to_vec();
    write(&gz, &common::gz(&encode(ElemType::U8, &[3], &[0, 1, 2])));
    assert_eq!(data(&raw), [0, 1, 2]);
    let mine = encode(ElemType::U8, &[4], &[3, 3, 3, 3]);
    write(&raw, &mine);
    write(&gz, &common::gz(&encode(ElemType::U8, &[3], &[2, 1, 0])));
    assert_eq!(
        data(&raw),
        [3, 3, 3, 3],
        "named itself, the user's file is used"
    );
    assert_eq!(fs::read(&raw).unwrap(), mine, "and never overwritten");
    // An old copy: the .gz's bytes, no record.
    fs::remove_file(distil::data::copy_record(&raw)).unwrap();
    write(&raw, &encode(ElemType::U8, &[3], &[2, 1, 0]));
    assert_eq!(data(&raw), [2, 1, 0]);
    assert!(
        distil::data::copy_record(&raw).is_file(),
        "adopted as the copy"
    );
    write(&gz, &common::gz(&encode(ElemType::U8, &[3], &[1, 1, 1])));
    assert_eq!(data(&raw), [1, 1, 1], "and made again when the .gz changes");
}

/// The record of a decompressed copy is read only from a regular file: a FIFO in its place would
/// block the read for ever. It is taken for a missing record, and left in place: no write replaces
/// a FIFO, a device or a link.
#[test]
fn a_fifo_in_place_of_a_copy_record_does_not_block() {
    let tmp = tempfile::tempdir().unwrap();
    let gz = tmp.path().join("labels.idx.gz");
    let raw = tmp.path().join("labels.idx");
    write(&gz, &common::gz(&encode(ElemType::U8, &[3], &[0, 1, 2])));
    assert_eq!(open_idx_maybe_gz(&raw).unwrap().data(), [0, 1, 2]);
    let record = distil::data::copy_record(&raw);
    fs::remove_file(&record).unwrap();
    if !common::mkfifo(&record) {
        return;
    }
    let named = raw.clone();
    let read = common::within(60, move || {
        open_idx_maybe_gz(&named)
            .map(|f| f.data().to_vec())
            .map_err(|e| e.to_string())
    });
    assert_eq!(read.expect("blocked on the FIFO"), Ok(vec![0, 1, 2]));
    assert!(
        !record.is_file() && record.exists(),
        "the FIFO left as it is"
    );
}

/// A raw file that this tool did not make (no record) is the user's: named itself, it is used as
/// it is; when its .gz is the file named, it is used only if it holds the same bytes, else the .gz
/// is read into memory and the raw file is left untouched.
#[test]
fn a_named_gz_is_read_even_beside_another_raw_file() {
    let tmp = tempfile::tempdir().unwrap();
    let gz = tmp.path().join("labels.idx.gz");
    let raw = tmp.path().join("labels.idx");
    let mine = encode(ElemType::U8, &[2], &[7, 7]);
    write(&gz, &common::gz(&encode(ElemType::U8, &[3], &[0, 1, 2])));
    write(&raw, &mine);
    let data = |p: &Path| open_idx_maybe_gz(p).unwrap().data().to_vec();
    assert_eq!(
        data(&gz),
        [0, 1, 2],
        "the named .gz, not the raw file beside it"
    );
    assert_eq!(
        fs::read(&raw).unwrap(),
        mine,
        "the user's raw file is left as it is"
    );
    assert!(!distil::data::copy_record(&raw).exists());
    assert_eq!(data(&raw), [7, 7], "named itself, the raw file is used");
    // A raw file holding the .gz's bytes is taken as its copy.
    write(&raw, &encode(ElemType::U8, &[3], &[0, 1, 2]));
    assert_eq!(data(&gz), [0, 1, 2]);
    assert!(distil::data::copy_record(&raw).is_file());
}

/// A process killed (SIGKILL) while it writes a decompressed copy leaves the .gz as it was and no
/// raw file (only its dead temporary file): the next run decompresses again and trains.
#[test]
fn a_kill_while_decompressing_leaves_no_partial_raw_file() {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path(), true);
    let train = |kill: Option<&str>| {
        let mut c = common::distil_bin();
        c.args(["train", "--arch", "4-3", "--epochs", "1", "--data-dir"])
            .arg(tmp.path())
            .arg("--out")
            .arg(tmp.path().join("m.safetensors"));
        if let Some(k) = kill {
            c.env("DISTIL_KILL_IN_WRITE", k);
        }
        let o = c.output().unwrap();
        common::read_right(&o);
        o
    };
    let r = train(Some(&format!("{}:1", MNIST_NAMES[0])));
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(r.status.signal(), Some(9), "{}", common::stderr(&r));
    let raw = tmp.path().join(MNIST_NAMES[0]);
    assert!(!raw.exists(), "no raw file put in place");
    let temps = || -> Vec<String> {
        fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    };
    assert_eq!(temps().len(), 1, "{:?}", temps());
    let r = train(None);
    assert!(r.status.success(), "{}", common::stderr(&r));
    let gz = fs::read(tmp.path().join(format!("{}.gz", MNIST_NAMES[0]))).unwrap();
    let mut whole = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut whole).unwrap();
    assert_eq!(fs::read(&raw).unwrap(), whole);
    assert!(tmp.path().join("m.safetensors").is_file());
}

/// `cat a.gz b.gz` is one valid gzip file (gunzip reads every member), and a .gz whose content is
/// not a valid IDX file is refused without leaving a decompressed copy that would hide the .gz.
#[test]
fn gz_files_of_several_members_load_and_bad_content_is_not_put_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path(), true);
    let name = MNIST_NAMES[0];
    let raw = encode(
        ElemType::U8,
        &[3, 2, 2],
        &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    let two = [common::gz(&raw[..7]), common::gz(&raw[7..])].concat();
    write(&tmp.path().join(format!("{name}.gz")), &two);
    let d = DataDir::open(tmp.path()).unwrap();
    assert_eq!(d.train.images.data(), &raw[16..]);

    let bad = tempfile::tempdir().unwrap();
    tiny_dir(bad.path(), true);
    write(
        &bad.path().join(format!("{name}.gz")),
        &common::gz(&raw[..raw.len() - 1]),
    );
    let e = DataDir::open(bad.path())
        .err()
        .expect("a short body")
        .to_string();
    assert!(e.contains(".gz") && e.contains("cut short"), "{e}");
    assert!(
        !bad.path().join(name).exists(),
        "the bad content was put in place"
    );
    // Once the .gz is good, it is used.
    write(&bad.path().join(format!("{name}.gz")), &common::gz(&raw));
    assert!(DataDir::open(bad.path()).is_ok());
}

/// A .gz that decompresses to far more than its IDX header promises (a gzip bomb, or a wrong header)
/// is refused after reading one byte past the promise, not after holding all of it in memory.
#[test]
fn gz_data_beyond_its_header_is_refused_without_reading_it_all() {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path(), true);
    let name = MNIST_NAMES[0];
    // 64 MiB of zeros after the 12 promised bytes, about 64 KiB compressed.
    let raw = [
        encode(ElemType::U8, &[3, 2, 2], &[0; 12]),
        vec![0; 64 << 20],
    ]
    .concat();
    write(&tmp.path().join(format!("{name}.gz")), &common::gz(&raw));
    let e = DataDir::open(tmp.path())
        .err()
        .expect("data beyond the header's promise")
        .to_string();
    assert!(
        e.contains(".gz") && e.contains("promises 28 bytes in all") && e.contains("holds more"),
        "{e}"
    );
    assert!(
        !tmp.path().join(name).exists(),
        "the bad content was put in place"
    );
}

#[test]
fn files_of_other_element_types_and_ranks_load() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("f32-items");
    let vals: Vec<u8> = [0.5f32, -1.0, 2.0, 3.0]
        .iter()
        .flat_map(|v| v.to_be_bytes())
        .collect();
    write(&p, &encode(ElemType::F32, &[2, 2], &vals));
    let l = tmp.path().join("i32-labels");
    let labs: Vec<u8> = [1i32, 0].iter().flat_map(|v| v.to_be_bytes()).collect();
    write(&l, &encode(ElemType::I32, &[2], &labs));
    let d = Dataset::open(&p, &l).unwrap();
    assert_eq!(d.labels, [1, 0]);
    assert_eq!(d.image_hw, None);
    let mut x = vec![0.0; 4];
    let mut y = vec![0; 2];
    d.fill_batch(&[1, 0], &mut x, &mut y, None);
    assert_eq!(x, [2.0, 3.0, 0.5, -1.0]);
    assert_eq!(y, [0, 1]);
}

/// A folder under a .gz name is refused as a folder, as one under a raw name is.
#[test]
fn a_folder_named_gz_is_named_as_a_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("labels.gz");
    fs::create_dir(&d).unwrap();
    let e = open_err(&d);
    assert!(e.contains("expected a regular file, found a folder"), "{e}");
}

fn open_err(p: &Path) -> String {
    match open_idx_maybe_gz(p) {
        Ok(_) => panic!("{} opened", p.display()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn malformed_files_give_errors_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", vec![], "empty"),
        ("short-header", vec![0, 0, 8], "header cut short"),
        (
            "short-body",
            encode(ElemType::U8, &[4, 2], &[1, 2, 3]),
            "body cut short",
        ),
        ("bad-magic", vec![7, 7, 8, 1, 0, 0, 0, 0], "wrong magic"),
        (
            "bad-type",
            vec![0, 0, 0x42, 1, 0, 0, 0, 0],
            "unknown element type 0x42",
        ),
        (
            "overflow",
            encode(
                ElemType::F64,
                &[u32::MAX, u32::MAX, u32::MAX, u32::MAX],
                &[],
            ),
            "overflow",
        ),
        (
            "image.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10".to_vec(),
            "wrong magic",
        ),
    ];
    for (name, bytes, want) in cases {
        let p = t.join(name);
        write(&p, &bytes);
        let e = open_err(&p);
        assert!(e.contains(name) && e.contains(want), "{name}: {e}");
    }
    // Gzip problems.
    let whole = common::gz(&encode(ElemType::U8, &[100], &[7; 100]));
    write(&t.join("cut.gz"), &whole[..whole.len() / 2]);
    let e = open_err(&t.join("cut.gz"));
    assert!(
        e.contains("cut.gz") && e.contains("cannot decompress"),
        "{e}"
    );
    write(&t.join("plain.gz"), b"this is not gzip at all");
    let e = open_err(&t.join("plain.gz"));
    assert!(
        e.contains("plain.gz") && e.contains("cannot decompress"),
        "{e}"
    );
    // A directory and a missing file.
    fs::create_dir(t.join("adir")).unwrap();
    assert!(open_err(&t.join("adir")).contains("found a folder"));
    // A FIFO would block the open forever: refused by its kind.
    let fifo = t.join("afifo");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let e = open_err(&fifo);
        assert!(e.contains("afifo") && e.contains("FIFO"), "{e}");
    }
    let e = open_err(&t.join("nothing-here"));
    assert!(
        e.contains("nothing-here") && e.contains("No such file"),
        "{e}"
    );
    assert!(IdxFile::open(&t.join("nothing-here")).is_err());
}

#[test]
fn mismatched_image_and_label_files_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    write(&t.join("img"), &encode(ElemType::U8, &[3, 2, 2], &[0; 12]));
    write(&t.join("lab2"), &encode(ElemType::U8, &[2], &[0, 1]));
    write(&t.join("lab4"), &encode(ElemType::U8, &[4], &[0, 1, 2, 3]));
    write(
        &t.join("lab-rank2"),
        &encode(ElemType::U8, &[3, 1], &[0, 1, 2]),
    );
    write(
        &t.join("lab-neg"),
        &encode(ElemType::I8, &[3], &[0, 0xff, 1]),
    );
    for (labels, want) in [
        (
            "lab2",
            "as many labels as images (3 images), found 2 labels",
        ),
        ("lab4", "found 4 labels"),
        ("lab-rank2", "labels must have rank 1"),
        ("lab-neg", "found -1"),
    ] {
        let e = Dataset::open(&t.join("img"), &t.join(labels))
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains(labels) && e.contains(want), "{labels}: {e}");
    }
}

#[test]
fn a_data_folder_missing_a_file_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    tiny_dir(tmp.path(), false);
    fs::remove_file(tmp.path().join(MNIST_NAMES[2])).unwrap();
    let e = DataDir::open(tmp.path()).err().unwrap().to_string();
    assert!(
        e.contains("t10k-images-idx3-ubyte") && e.contains("--data-dir"),
        "{e}"
    );
    let e = DataDir::open(&tmp.path().join("nope"))
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("nope"), "{e}");
}

/// The fingerprint that keys logits caches and checkpoints: the same for the same data wherever it
/// lies, different for another pixel, label, element type or shape.
#[test]
fn fingerprints_follow_the_data_not_the_files() {
    let t = tempfile::tempdir().unwrap();
    let body: Vec<u8> = (0..24).collect();
    let fp = |name: &str, elem: ElemType, dims: &[u32], body: &[u8], labels: &[u8]| {
        let (p, l) = (t.path().join(name), t.path().join(format!("{name}.labels")));
        write(&p, &encode(elem, dims, body));
        write(&l, &encode(ElemType::U8, &[labels.len() as u32], labels));
        Dataset::open(&p, &l).unwrap().fingerprint()
    };
    let base = fp("a", ElemType::U8, &[2, 3, 4], &body, &[0, 1]);
    assert_eq!(fp("b", ElemType::U8, &[2, 3, 4], &body, &[0, 1]), base);
    let mut pixel = body.clone();
    pixel[5] ^= 1;
    assert_ne!(fp("c", ElemType::U8, &[2, 3, 4], &pixel, &[0, 1]), base);
    assert_ne!(fp("d", ElemType::U8, &[2, 3, 4], &body, &[1, 1]), base);
    assert_ne!(fp("e", ElemType::I8, &[2, 3, 4], &body, &[0, 1]), base);
    assert_ne!(fp("f", ElemType::U8, &[2, 4, 3], &body, &[0, 1]), base);
}

/// Labels stored as floats must be whole classes that fit a u32; one beyond is shown as typed
/// (1e300), not as its 301 digits.
#[test]
fn float_labels_beyond_a_class_are_refused_in_few_digits() {
    let tmp = tempfile::tempdir().unwrap();
    let (images, labels) = (tmp.path().join("x.idx"), tmp.path().join("y.idx"));
    fs::write(&images, encode(ElemType::U8, &[2, 2, 2], &[0; 8])).unwrap();
    for (label, says) in [
        (1e300f64, "found 1e300"),
        (-1.0, "found -1"),
        (0.5, "found 0.5"),
    ] {
        let body: Vec<u8> = [0.0f64, label]
            .iter()
            .flat_map(|v| v.to_be_bytes())
            .collect();
        fs::write(&labels, encode(ElemType::F64, &[2], &body)).unwrap();
        let e = Dataset::open(&images, &labels).err().unwrap().to_string();
        assert!(
            e.contains("y.idx label at index 1") && e.contains(says),
            "{e}"
        );
    }
}
