//! Data sets: a folder of four IDX files (MNIST's layout), `.gz` handling, labels, and batches.
//!
//! Pixels stay as they are in the memory map (u8 for MNIST) and become f32 only when a batch is
//! assembled: unsigned bytes are scaled to [0, 1], other element types are used as they are.

pub mod idx;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::rng;
use crate::words::count;
use idx::{Bytes, ElemType, IdxFile};

/// The standard MNIST file names, in the order (train images, train labels, test images, test labels).
pub const MNIST_NAMES: [&str; 4] = [
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
];

/// The folder the repository ships MNIST in: under the crate root the binary was built in, or, for
/// a binary copied away from that checkout, `datasets/mnist` under the working directory.
pub fn default_data_dir() -> PathBuf {
    let built = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("datasets")
        .join("mnist");
    let here = Path::new("datasets").join("mnist");
    if !built.is_dir() && here.is_dir() {
        here
    } else {
        built
    }
}

/// Labelled examples: an IDX file of items and their labels.
pub struct Dataset {
    pub images: IdxFile,
    pub labels: Vec<u32>,
    /// Where the labels came from, for messages.
    pub labels_path: PathBuf,
    /// Height and width when the items are rank-2 images (jitter needs them).
    pub image_hw: Option<(usize, usize)>,
}

/// Inputs larger than this in magnitude (other than u8 pixels, which are scaled) get a note.
pub const LARGE_INPUT: f64 = 100.0;

/// The largest magnitude among the values of an images file of a signed or float type (u8: 255).
fn max_abs(images: &IdxFile) -> f64 {
    let d = images.data();
    fn fold<const N: usize>(d: &[u8], f: impl Fn([u8; N]) -> f64) -> f64 {
        d.chunks_exact(N)
            .map(|b| f(b.try_into().expect("N bytes")).abs())
            .fold(0.0, f64::max)
    }
    match images.elem() {
        ElemType::U8 => 255.0,
        ElemType::I8 => fold::<1>(d, |b| i8::from_be_bytes(b) as f64),
        ElemType::I16 => fold::<2>(d, |b| i16::from_be_bytes(b) as f64),
        ElemType::I32 => fold::<4>(d, |b| i32::from_be_bytes(b) as f64),
        ElemType::F32 => fold::<4>(d, |b| f32::from_be_bytes(b) as f64),
        ElemType::F64 => fold::<8>(d, f64::from_be_bytes),
    }
}

/// An items file's shape: rank 2 or more, at least one value per item, at least one item.
fn check_item_shape(images: &IdxFile) -> Result<()> {
    if images.dims().len() < 2 {
        return Err(Error::idx(
            &images.path,
            format!(
                "items must have rank 2 or more (count × features), found rank {}",
                images.dims().len()
            ),
        ));
    }
    if images.item_len() == 0 {
        return Err(Error::idx(
            &images.path,
            format!(
                "items must hold at least one value, found dimensions {:?}",
                images.dims()
            ),
        ));
    }
    if images.count() == 0 {
        return Err(Error::data(
            images.path.display().to_string(),
            "at least one example",
            format!("none (dimensions {:?})", images.dims()),
        ));
    }
    Ok(())
}

/// An items file's values: float items finite within f32's range; a note on stderr for values of
/// other types than u8 large enough to keep a net from training (or from reading them right).
fn check_item_values(images: &IdxFile) -> Result<()> {
    // Float images must be finite: one NaN would silently poison every weight it touches.
    // A non-finite value is an all-ones exponent field; the type is matched once, not per value.
    let bad = match images.elem() {
        ElemType::F32 => images.data().chunks_exact(4).position(|b| {
            u32::from_be_bytes([b[0], b[1], b[2], b[3]]) & 0x7f80_0000 == 0x7f80_0000
        }),
        // Pixels become f32 in a batch: an f64 beyond f32's range would become infinite there.
        ElemType::F64 => images.data().chunks_exact(8).position(|b| {
            let v = f64::from_be_bytes(b.try_into().expect("8 bytes"));
            !(v.is_finite() && v.abs() <= f32::MAX as f64)
        }),
        _ => None,
    };
    if let Some(j) = bad {
        let f = images.item_len().max(1);
        return Err(Error::data(
            format!("{} item {} value {}", images.path.display(), j / f, j % f),
            "a finite number within f32's range",
            {
                let v = images.get_f64(j);
                if v.abs() >= 1e16 {
                    format!("{v:e}")
                } else {
                    v.to_string()
                }
            },
        ));
    }
    // Only u8 pixels are scaled (to [0, 1]); other types are used as stored, and values in
    // the hundreds or more (0–255 pixels stored as f32, raw i16 samples) keep a net from
    // training at the usual rates, silently: say so.
    if images.elem() != ElemType::U8 {
        let top = max_abs(images);
        if top > LARGE_INPUT {
            // Three significant decimals say enough.
            let top = if top >= 1e6 {
                format!("{top:.3e}")
            } else if top.fract() == 0.0 {
                top.to_string()
            } else {
                format!("{top:.3}")
            };
            eprintln!(
                "{}",
                crate::error::escape_controls(&format!(
                    "note: {} holds values up to {top} in magnitude, used as stored (only u8 \
                     images are scaled to [0, 1]): inputs this large usually keep a net from \
                     training, and are not what one trained on [0, 1] expects; scale them to \
                     about [0, 1], or store 0–255 pixels as u8",
                    images.path.display()
                ))
            );
        }
    }
    Ok(())
}

impl Dataset {
    /// Opens an images file and a labels file and checks that they agree.
    pub fn open(images: &Path, labels: &Path) -> Result<Self> {
        let images = open_idx_maybe_gz(images)?;
        let labels_file = open_idx_maybe_gz(labels)?;
        Self::from_files(images, labels_file)
    }

    pub fn from_files(images: IdxFile, labels_file: IdxFile) -> Result<Self> {
        if labels_file.dims().len() != 1 {
            return Err(Error::idx(
                &labels_file.path,
                format!(
                    "labels must have rank 1, found rank {} {:?}",
                    labels_file.dims().len(),
                    labels_file.dims()
                ),
            ));
        }
        check_item_shape(&images)?;
        if images.count() != labels_file.count() {
            return Err(Error::data(
                format!(
                    "{} and {}",
                    images.path.display(),
                    labels_file.path.display()
                ),
                format!(
                    "as many labels as images ({})",
                    count(images.count(), "image")
                ),
                count(labels_file.count(), "label"),
            ));
        }
        let mut labels = Vec::with_capacity(labels_file.count());
        for i in 0..labels_file.count() {
            let v = labels_file.get_f64(i);
            let place = || format!("{} label at index {i}", labels_file.path.display());
            if !(v >= 0.0 && v.fract() == 0.0) {
                return Err(Error::data(place(), "a non-negative integer class", v));
            }
            if v >= u32::MAX as f64 {
                // 1e300 as typed, not its 301 digits.
                return Err(Error::data(
                    place(),
                    "a class below 4,294,967,295",
                    format!("{v:e}"),
                ));
            }
            labels.push(v as u32);
        }
        check_item_values(&images)?;
        let image_hw = (images.dims().len() == 3).then(|| (images.dims()[1], images.dims()[2]));
        Ok(Dataset {
            labels_path: labels_file.path.clone(),
            images,
            labels,
            image_hw,
        })
    }

    /// Items without labels, for inference (`predict`): the same checks of the items as
    /// [`Self::from_files`]; every label is 0 and means nothing.
    pub fn unlabelled(images: IdxFile) -> Result<Self> {
        check_item_shape(&images)?;
        check_item_values(&images)?;
        let image_hw = (images.dims().len() == 3).then(|| (images.dims()[1], images.dims()[2]));
        Ok(Dataset {
            labels_path: PathBuf::new(),
            labels: vec![0; images.count()],
            images,
            image_hw,
        })
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }
    /// Features per example.
    pub fn features(&self) -> usize {
        self.images.item_len()
    }

    /// Checks the data against a network's input width and class count.
    pub fn check_fits(&self, inputs: usize, classes: usize) -> Result<()> {
        self.check_width(inputs)?;
        // `labels` is public: more of them than items would read past the images.
        if self.labels.len() > self.images.count() {
            return Err(Error::data(
                self.labels_path.display().to_string(),
                format!(
                    "one label per item ({})",
                    count(self.images.count(), "item")
                ),
                count(self.labels.len(), "label"),
            ));
        }
        if let Some((i, &l)) = self
            .labels
            .iter()
            .enumerate()
            .find(|(_, &l)| l as usize >= classes)
        {
            return Err(Error::data(
                format!("{} label at index {i}", self.labels_path.display()),
                format!("a class below {classes} (the network's output width)"),
                l,
            ));
        }
        Ok(())
    }

    /// Checks that the items have `inputs` values each, a network's input width.
    pub fn check_width(&self, inputs: usize) -> Result<()> {
        if self.features() != inputs {
            return Err(Error::data(
                format!("{}", self.images.path.display()),
                format!("items of {inputs} values (the network's input width)"),
                format!(
                    "items of {} values (dimensions {:?})",
                    self.features(),
                    self.images.dims()
                ),
            ));
        }
        Ok(())
    }

    /// Writes the examples `indices` as f32 rows into `x` (`indices.len() × features`) and their labels
    /// into `y`. With `jitter = Some((k, key))` each image is translated by an offset in [-k, k] in x and
    /// y drawn from (key, example index), zero fill.
    pub fn fill_batch(
        &self,
        indices: &[u32],
        x: &mut [f32],
        y: &mut [u32],
        jitter: Option<(usize, u64)>,
    ) {
        let f = self.features();
        assert_eq!(x.len(), indices.len() * f);
        assert_eq!(y.len(), indices.len());
        for ((row, &i), label) in x.chunks_exact_mut(f).zip(indices).zip(y.iter_mut()) {
            let i = i as usize;
            *label = self.labels[i];
            match (jitter, self.image_hw) {
                (Some((k, key)), Some((h, w))) if k > 0 => {
                    let (dx, dy) = jitter_offset(key, i as u64, k);
                    self.fill_shifted(i, row, h, w, dx, dy);
                }
                _ => self.fill_row(i, row),
            }
        }
    }

    /// Checks that the items are images that a translation by up to ±`shift` pixels leaves
    /// something of: [`Self::fill_batch`] would otherwise fill them untranslated, without a word.
    pub fn check_shift(&self, shift: usize) -> Result<()> {
        match self.image_hw {
            _ if shift == 0 => Ok(()),
            Some((h, w)) if shift < h.min(w) => Ok(()),
            hw => Err(Error::data(
                self.images.path.display().to_string(),
                format!(
                    "images (an IDX file of count × height × width) larger than the ±{shift}-pixel \
                     translation the run asks for"
                ),
                match hw {
                    Some((h, w)) => format!("{h} × {w} images"),
                    None => format!("dimensions {:?}", self.images.dims()),
                },
            )),
        }
    }

    /// Height × width of each item when the data are images (a 3-dimensional IDX file).
    pub fn image_hw(&self) -> Option<(usize, usize)> {
        self.image_hw
    }

    /// Like [`Self::fill_batch`] without jitter, but every image translated by the same (dx, dy),
    /// zero fill. Panics if the data are not images (callers check [`Self::image_hw`]).
    pub fn fill_batch_shifted(
        &self,
        indices: &[u32],
        x: &mut [f32],
        y: &mut [u32],
        dx: i64,
        dy: i64,
    ) {
        let (h, w) = self.image_hw.expect("shifting needs images");
        let f = self.features();
        assert_eq!(x.len(), indices.len() * f);
        assert_eq!(y.len(), indices.len());
        for ((row, &i), label) in x.chunks_exact_mut(f).zip(indices).zip(y.iter_mut()) {
            *label = self.labels[i as usize];
            self.fill_shifted(i as usize, row, h, w, dx, dy);
        }
    }

    fn fill_row(&self, i: usize, row: &mut [f32]) {
        let f = row.len();
        if let Some(bytes) = self.images.as_u8() {
            for (o, &b) in row.iter_mut().zip(&bytes[i * f..(i + 1) * f]) {
                *o = b as f32 / 255.0;
            }
        } else {
            for (j, o) in row.iter_mut().enumerate() {
                *o = self.images.get_f64(i * f + j) as f32;
            }
        }
    }

    /// Image `i` translated by (dx, dy): `out[r][c] = in[r - dy][c - dx]`, zero outside.
    fn fill_shifted(&self, i: usize, row: &mut [f32], h: usize, w: usize, dx: i64, dy: i64) {
        let base = i * h * w;
        let u8s = self.images.as_u8();
        for r in 0..h {
            let sr = r as i64 - dy;
            for c in 0..w {
                let sc = c as i64 - dx;
                row[r * w + c] = if sr < 0 || sr >= h as i64 || sc < 0 || sc >= w as i64 {
                    0.0
                } else {
                    let j = base + sr as usize * w + sc as usize;
                    match u8s {
                        Some(b) => b[j] as f32 / 255.0,
                        None => self.images.get_f64(j) as f32,
                    }
                }
            }
        }
    }

    /// SHA-256 (hex) of the images (element type, dimensions and data) and the labels: what a
    /// logits cache and a checkpoint's settings are keyed to, so that neither is reused on other
    /// data. The header counts too: the same bytes read as another element type are other pixels.
    pub fn fingerprint(&self) -> String {
        let labels: Vec<u8> = self.labels.iter().flat_map(|l| l.to_le_bytes()).collect();
        let mut both = format!("{:?} {:?} ", self.images.elem(), self.images.dims()).into_bytes();
        both.extend_from_slice(crate::checkpoint::sha256_hex(self.images.data()).as_bytes());
        both.extend_from_slice(crate::checkpoint::sha256_hex(&labels).as_bytes());
        crate::checkpoint::sha256_hex(&both)
    }

    /// Keeps the first `n` examples (for quick runs and tests): `len` and every batch see only
    /// those. The images stay mapped whole, so [`Dataset::fingerprint`] covers all the images but
    /// only the kept labels.
    pub fn truncate(&mut self, n: usize) {
        self.labels.truncate(n);
    }

    /// The examples among the first `n` whose label `keep` accepts, copied into a new data set (in
    /// memory), with their indices here. Used to cut a transfer set down to some classes.
    pub fn select(&self, n: usize, keep: impl Fn(u32) -> bool) -> Result<(Dataset, Vec<u32>)> {
        let n = n.min(self.len());
        let picked: Vec<u32> = (0..n as u32)
            .filter(|&i| keep(self.labels[i as usize]))
            .collect();
        let item_bytes = self.images.item_len() * self.images.elem().size();
        let data = self.images.data();
        let mut body = Vec::with_capacity(picked.len() * item_bytes);
        for &i in &picked {
            body.extend_from_slice(&data[i as usize * item_bytes..][..item_bytes]);
        }
        let mut dims: Vec<u32> = self.images.dims().iter().map(|&d| d as u32).collect();
        dims[0] = picked.len() as u32;
        let bytes = idx::encode(self.images.elem(), &dims, &body);
        let mut map = memmap2::MmapMut::map_anon(bytes.len())
            .map_err(|e| Error::io(&self.images.path, "hold the selected items in memory", e))?;
        map.copy_from_slice(&bytes);
        let images = IdxFile::from_bytes(&self.images.path, Bytes::Anon(map))?;
        let labels = picked.iter().map(|&i| self.labels[i as usize]).collect();
        Ok((
            Dataset {
                images,
                labels,
                labels_path: self.labels_path.clone(),
                image_hw: self.image_hw,
            },
            picked,
        ))
    }
}

/// The jitter offset of example `i` under `key`: uniform over [-k, k]².
pub fn jitter_offset(key: u64, i: u64, k: usize) -> (i64, i64) {
    let span = 2 * k as u64 + 1;
    let mut s = rng::Stream {
        key: rng::mix64(key ^ i.wrapping_mul(0xD1B5_4A32_D192_ED03)),
        counter: 0,
    };
    (
        s.below(span) as i64 - k as i64,
        s.below(span) as i64 - k as i64,
    )
}

/// A training set and a test set: four IDX files, usually a folder holding them under MNIST's
/// standard names.
pub struct DataDir {
    pub train: Dataset,
    pub test: Dataset,
}

impl DataDir {
    pub fn open(dir: &Path) -> Result<Self> {
        let [a, b, x, y] = Self::find(dir, &MNIST_NAMES)?;
        Self::open_files([&a, &b, &x, &y])
    }

    /// The test pair alone of a folder laid out as [`DataDir::open`] expects (`eval` without a
    /// teacher): the training files need not be there, and are not read if they are.
    pub fn open_test(dir: &Path) -> Result<Dataset> {
        let [x, y] = Self::find(dir, &[MNIST_NAMES[2], MNIST_NAMES[3]])?;
        Dataset::open(&x, &y)
    }

    /// The paths of `names` in the folder `dir`, each present raw or as `.gz`.
    fn find<const N: usize>(dir: &Path, names: &[&str; N]) -> Result<[PathBuf; N]> {
        let meta = std::fs::metadata(dir).map_err(|e| Error::io(dir, "open data folder", e))?;
        if !meta.is_dir() {
            return Err(Error::data(
                format!("--data-dir {}", dir.display()),
                "a folder",
                "a file",
            ));
        }
        let p = names.map(|n| dir.join(n));
        // A folder that cannot be searched (no permission) says so, not that the files are missing.
        for f in &p {
            let present = |p: &Path| p.try_exists().map_err(|e| Error::io(p, "open", e));
            if !present(f)? && !present(&gz_path(f))? {
                return Err(Error::data(
                    format!("--data-dir {}", dir.display()),
                    format!(
                        "a file {} (or {}.gz)",
                        f.file_name().unwrap().to_string_lossy(),
                        f.file_name().unwrap().to_string_lossy()
                    ),
                    "neither",
                ));
            }
        }
        Ok(p)
    }

    /// Opens four IDX files under any names (raw or `.gz`), in the order of [`MNIST_NAMES`]:
    /// training images and labels, test images and labels.
    pub fn open_files(
        [train_images, train_labels, test_images, test_labels]: [&Path; 4],
    ) -> Result<Self> {
        Ok(DataDir {
            train: Dataset::open(train_images, train_labels)?,
            test: Dataset::open(test_images, test_labels)?,
        })
    }
}

fn gz_path(raw: &Path) -> PathBuf {
    let mut s = raw.as_os_str().to_owned();
    s.push(".gz");
    PathBuf::from(s)
}

/// The two files an IDX input named `path` may be read through (see [`open_idx_maybe_gz`]): the
/// raw file and the `.gz` beside it, one of them `path` itself.
pub fn raw_and_gz(path: &Path) -> (PathBuf, PathBuf) {
    if path.extension().is_some_and(|e| e == "gz") {
        (path.with_extension(""), path.to_path_buf())
    } else {
        (path.to_path_buf(), gz_path(path))
    }
}

/// Opens `path` as IDX. If it does not exist but `path.gz` does, the latter is decompressed once to a
/// temporary file beside it and renamed to `path`, with a record ([`copy_record`]) of the `.gz`'s
/// SHA-256 and the copy's size and modification time; if that folder cannot be written, the
/// decompressed bytes go to an anonymous map instead. A path that itself ends in `.gz` is handled
/// the same way.
///
/// Where both exist, the raw file is used if the record shows it is this tool's copy of the `.gz`
/// as it is now; a copy of a `.gz` replaced since is made again (so a damaged new `.gz` is an
/// error, whichever name was given). A raw file without a valid record that holds the `.gz`'s
/// bytes (a copy made before records, or one whose record a kill prevented) is recorded as its
/// copy. Any other raw file is the user's own and never overwritten: named itself (or found in a
/// `--data-dir`), it is used, with a note if the `.gz` was modified after it or cannot be read;
/// when the `.gz` was named, the `.gz` is read into memory, with a note.
pub fn open_idx_maybe_gz(path: &Path) -> Result<IdxFile> {
    let named_gz = path.extension().is_some_and(|e| e == "gz");
    let (raw, gz) = raw_and_gz(path);
    if !gz.exists() {
        return IdxFile::open(&raw);
    }
    // A decompression killed an hour or more ago left its temporary file (tens of MB) here.
    crate::io::remove_stale_temps_of(&raw, Some(crate::io::SHARED_TEMP_AGE));
    let note = |msg: String| eprintln!("{}", crate::error::escape_controls(&msg));
    let state = if raw.exists() {
        copy_state(&gz, &raw)
    } else {
        CopyState::Missing
    };
    if state == CopyState::Current {
        return IdxFile::open(&raw);
    }
    // The .gz is read once: the copy, and the hash that records what it was made from, come from
    // the same bytes even if the .gz is replaced meanwhile.
    let unpacked = read_gz(&gz);
    if state == CopyState::Foreign {
        let (hash, bytes) = match unpacked {
            Ok(u) => u,
            // The user's raw file, named itself: a .gz beside it that cannot be read is no reason
            // to stop.
            Err(e) if !named_gz => {
                note(format!(
                    "note: {} is used; {} beside it cannot be read ({e})",
                    raw.display(),
                    gz.display()
                ));
                return IdxFile::open(&raw);
            }
            Err(e) => return Err(e),
        };
        if holds(&raw, &bytes) {
            write_copy_record(&hash, &raw);
            return IdxFile::open(&raw);
        }
        if !named_gz {
            if modified_after(&gz, &raw) {
                note(format!(
                    "note: {} was modified after {}, which is used: delete the latter to use the \
                     .gz",
                    gz.display(),
                    raw.display()
                ));
            }
            return IdxFile::open(&raw);
        }
        note(format!(
            "note: {} beside {} holds other data: the .gz is read into memory, and {} is left \
             as it is",
            raw.display(),
            gz.display(),
            raw.display()
        ));
        return in_memory(&gz, &bytes);
    }
    // No copy yet, or this tool's copy of a .gz replaced since: (re)made from the .gz.
    let (hash, bytes) = unpacked?;
    if crate::io::write_atomic(&raw, &bytes).is_ok() {
        write_copy_record(&hash, &raw);
        return IdxFile::open(&raw);
    }
    // A read-only folder: keep the decompressed copy (not empty: its header was checked) in memory.
    in_memory(&gz, &bytes)
}

/// The `.gz`'s SHA-256 and its decompressed bytes, whose IDX header is checked (a bad decompressed
/// file put in place would hide the `.gz` once replaced by a good one).
fn read_gz(gz: &Path) -> Result<(String, Vec<u8>)> {
    if let Some(kind) = crate::io::not_a_regular_file(gz) {
        return Err(Error::idx(
            gz,
            format!("expected a regular file, found {kind}"),
        ));
    }
    let compressed = std::fs::read(gz).map_err(|e| Error::io(gz, "read", e))?;
    let bytes = gunzip(gz, &compressed)?;
    idx::parse_header(gz, &bytes)?;
    Ok((crate::checkpoint::sha256_hex(&compressed), bytes))
}

/// Whether `raw` is a regular file holding exactly `bytes` (its length is compared first, so a
/// large unrelated file is not read).
fn holds(raw: &Path, bytes: &[u8]) -> bool {
    crate::io::not_a_regular_file(raw).is_none()
        && std::fs::metadata(raw).is_ok_and(|m| m.len() == bytes.len() as u64)
        && std::fs::read(raw).is_ok_and(|r| r == bytes)
}

/// `bytes` (decompressed from `gz`, header checked) as an IDX file in an anonymous map.
fn in_memory(gz: &Path, bytes: &[u8]) -> Result<IdxFile> {
    let mut m = memmap2::MmapMut::map_anon(bytes.len())
        .map_err(|e| Error::io(gz, "hold its decompressed copy in memory", e))?;
    m.copy_from_slice(bytes);
    IdxFile::from_bytes(gz, Bytes::Anon(m))
}

/// What a raw file beside a `.gz` is to this tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyState {
    /// There is none.
    Missing,
    /// Its decompressed copy of the `.gz` as it is now.
    Current,
    /// Its copy, unchanged since, of a `.gz` that has been replaced (or cannot be read now).
    Stale,
    /// Not known to be its copy (no record, or the raw file changed since).
    Foreign,
}

/// The hidden file beside a decompressed copy `raw` that records what it was made from:
/// `.NAME.from-gz`.
pub fn copy_record(raw: &Path) -> PathBuf {
    let name = raw
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    raw.with_file_name(format!(".{name}.from-gz"))
}

/// The raw copy's line of the record: its size and modification time in nanoseconds (enough to
/// see that the user has written to it since).
fn raw_stamp(p: &Path) -> Option<String> {
    let m = std::fs::metadata(p).ok()?;
    let t = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!("{} {}", m.len(), t.as_nanos()))
}

/// The `.gz`'s SHA-256, read in pieces (a `.gz` replaced within a file system's time resolution, by
/// one of the same size, is still told apart; about 30 ms for MNIST's). `None` for anything but a
/// readable regular file.
fn gz_hash(p: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    if crate::io::not_a_regular_file(p).is_some() {
        return None;
    }
    let mut f = File::open(p).ok()?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => h.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    Some(format!("{:x}", h.finalize()))
}

fn copy_state(gz: &Path, raw: &Path) -> CopyState {
    let record = crate::io::read_regular(&copy_record(raw)).ok();
    let Some(record) = record.and_then(|b| String::from_utf8(b).ok()) else {
        return CopyState::Foreign;
    };
    let mut lines = record.lines();
    let (gz_then, raw_then) = (lines.next(), lines.next());
    if raw_then.is_none() || raw_then != raw_stamp(raw).as_deref() {
        CopyState::Foreign
    } else if gz_then.is_some() && gz_then == gz_hash(gz).as_deref() {
        CopyState::Current
    } else {
        CopyState::Stale
    }
}

/// Records `raw` as the copy of the `.gz` whose SHA-256 is `gz_hash`. Best effort: without the
/// record the copy is taken for the user's file until its bytes are compared again.
fn write_copy_record(gz_hash: &str, raw: &Path) {
    if let Some(r) = raw_stamp(raw) {
        let _ = crate::io::write_atomic(&copy_record(raw), format!("{gz_hash}\n{r}\n").as_bytes());
    }
}

/// Whether `a` was modified after `b` (false when either time cannot be read).
fn modified_after(a: &Path, b: &Path) -> bool {
    let time = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((time(a), time(b)), (Some(ta), Some(tb)) if ta > tb)
}

/// The IDX bytes of the gzip data `compressed`, read from `gz`.
fn gunzip(gz: &Path, compressed: &[u8]) -> Result<Vec<u8>> {
    gunzip_from(gz, compressed).map_err(|e| {
        // An uncompressed IDX file under a .gz name: say so, not only that gzip rejects it.
        let raw_idx = compressed.len() >= 4
            && compressed[..2] == [0, 0]
            && idx::ElemType::from_code(compressed[2]).is_some();
        match e {
            Error::Idx { path, problem } if raw_idx && problem.contains("invalid gzip header") => {
                Error::Idx {
                    path,
                    problem: format!(
                        "{problem} (it starts like an uncompressed IDX file: drop the .gz from \
                         its name)"
                    ),
                }
            }
            e => e,
        }
    })
}

/// The IDX bytes that the gzip data in `compressed` holds; `gz` names it in messages.
fn gunzip_from(gz: &Path, compressed: impl Read) -> Result<Vec<u8>> {
    let mut stream = GzMembers::new(compressed);
    let mut out = Vec::new();
    let mut read_up_to = |out: &mut Vec<u8>, len: usize| {
        let more = len.saturating_sub(out.len()) as u64;
        (&mut stream)
            .take(more)
            .read_to_end(out)
            .map_err(|e| Error::idx(gz, format!("cannot decompress gzip data: {e}")))
    };
    // The header first (the magic and rank, then the dimensions): it says how many bytes the data
    // should hold, and reading one past that is enough to know it holds more. A damaged or hostile
    // .gz cannot make this take more memory than its header promises.
    read_up_to(&mut out, 4)?;
    if let [_, _, _, rank] = out[..] {
        read_up_to(&mut out, 4 + 4 * rank as usize)?;
    }
    let promised = match idx::parse_header_only(gz, &out) {
        Ok(header) => header.file_len(),
        Err(e) => return Err(damaged_gzip(gz, &mut stream).unwrap_or(e)),
    };
    read_up_to(&mut out, promised.saturating_add(1))?;
    if out.len() > promised {
        let e = Error::idx(
            gz,
            format!(
                "trailing bytes after the data: its header promises {promised} bytes in all, the \
                 decompressed data holds more"
            ),
        );
        return Err(damaged_gzip(gz, &mut stream).unwrap_or(e));
    }
    Ok(out)
}

/// The decompression error of the rest of `stream`, if it has one: a damaged .gz decompresses to
/// wrong bytes before its checksum, at the end, says so, and an IDX header or length read from those
/// bytes would blame the data instead of the damage. The rest is discarded as it is read, and no
/// more than [`DRAIN_LIMIT`] bytes of it, so a .gz that decompresses to far more still costs only time.
fn damaged_gzip(gz: &Path, stream: &mut impl Read) -> Option<Error> {
    std::io::copy(&mut stream.take(DRAIN_LIMIT), &mut std::io::sink())
        .err()
        .map(|e| Error::idx(gz, format!("cannot decompress gzip data: {e}")))
}

/// How much of a .gz's data [`damaged_gzip`] reads past an IDX error to find the damage behind it
/// (MNIST's largest file decompresses to 47 MB).
const DRAIN_LIMIT: u64 = 1 << 30;

/// The decompressed bytes of every gzip member in turn, as gunzip reads a file: `cat a.gz b.gz` is
/// one valid gzip file, and zero bytes after the last member (padding) are ignored. Other bytes after
/// a member are an error that counts them, where a plain decoder would report them as a bad or
/// truncated header of a next member; only a first byte of 0x1f (gzip's magic number begins so)
/// is taken for a next member, whose header the decoder then checks.
struct GzMembers<R: Read> {
    member: Option<flate2::bufread::GzDecoder<BufReader<R>>>,
}

impl<R: Read> GzMembers<R> {
    fn new(compressed: R) -> Self {
        let member = flate2::bufread::GzDecoder::new(BufReader::new(compressed));
        GzMembers {
            member: Some(member),
        }
    }
}

impl<R: Read> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while let Some(member) = self.member.as_mut() {
            let n = member.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            // This member has ended (its checksum checked): what follows decides.
            let mut rest = self.member.take().expect("a member").into_inner();
            match rest.fill_buf()?.first() {
                None => {}
                // The first byte of gzip's magic number: another member (whose header the
                // decoder checks).
                Some(0x1f) => self.member = Some(flate2::bufread::GzDecoder::new(rest)),
                Some(_) => {
                    let (len, nonzero) = count_rest(&mut rest)?;
                    if nonzero {
                        return Err(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            format!(
                                "{} after the end of the gzip data {} not gzip data (gunzip \
                                 calls {} trailing garbage)",
                                count(len, "byte"),
                                if len == 1 { "is" } else { "are" },
                                if len == 1 { "it" } else { "them" },
                            ),
                        ));
                    }
                }
            }
        }
        Ok(0)
    }
}

/// How many bytes `rest` still holds, and whether any of them is not zero.
fn count_rest(rest: &mut impl BufRead) -> std::io::Result<(u64, bool)> {
    let (mut len, mut nonzero) = (0u64, false);
    loop {
        let chunk = rest.fill_buf()?;
        if chunk.is_empty() {
            return Ok((len, nonzero));
        }
        nonzero |= chunk.iter().any(|&b| b != 0);
        let n = chunk.len();
        len += n as u64;
        rest.consume(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    /// A .gz damaged where it stores the IDX header is reported as damaged, by its checksum, not
    /// as an IDX file with a bad header or trailing bytes, which is what its bytes decompress to.
    #[test]
    fn a_damaged_gzip_is_blamed_on_the_damage_not_on_the_idx_bytes_it_decompresses_to() {
        let p = Path::new("x.gz");
        let file = idx::encode(ElemType::U8, &[4, 3], &[7; 12]);
        // Stored blocks: the IDX bytes lie unchanged after the gzip header (10 bytes) and the
        // block's (5), so one of them can be changed without making the deflate data invalid.
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::none());
        e.write_all(&file).unwrap();
        let stored = e.finish().unwrap();
        assert_eq!(stored[15..15 + file.len()], file[..]);
        // The element type made unknown; the first dimension made 3, so that 3 bytes trail.
        for (at, byte, idx_fault) in [(2, 0x00, "element type"), (7, 3, "trailing bytes")] {
            let mut damaged = stored.clone();
            damaged[15 + at] = byte;
            let mut raw = file.clone();
            raw[at] = byte;
            // What the damage alone reads as: a bad header, or data longer than it promises.
            match idx::parse_header_only(p, &raw) {
                Err(e) => assert!(e.to_string().contains(idx_fault), "{e}"),
                Ok(h) => assert!(h.file_len() < raw.len() && idx_fault == "trailing bytes"),
            }
            let err = gunzip(p, &damaged).unwrap_err().to_string();
            assert!(
                err.contains("cannot decompress gzip data") && err.contains("checksum"),
                "{err}"
            );
        }
        assert_eq!(gunzip(p, &stored).unwrap(), file);
    }

    /// Decompressing in steps (header, then at most one byte past the size it promises) accepts
    /// exactly what the IDX check accepts on the whole decompressed bytes, and gives them whole:
    /// every prefix of valid files of rank 1 to 3, and the whole files with one to three bytes more.
    #[test]
    fn stepwise_gunzip_agrees_with_the_header_check_on_every_cut_and_extension() {
        let p = Path::new("x.gz");
        let files = [
            idx::encode(ElemType::U8, &[3], &[1, 2, 3]),
            idx::encode(ElemType::U8, &[2, 2, 2], &[1, 2, 3, 4, 5, 6, 7, 8]),
            idx::encode(ElemType::I16, &[1, 1, 2], &[0, 1, 0, 2]),
            idx::encode(ElemType::U8, &[0, 5, 5], &[]),
        ];
        let mut tried = 0;
        for f in &files {
            let longer = (1..=3).map(|k| [f.as_slice(), &vec![7; k]].concat());
            let cuts = (0..f.len()).map(|n| f[..n].to_vec());
            for bytes in cuts.chain([f.clone()]).chain(longer) {
                let whole = idx::parse_header(p, &bytes);
                let stepwise = gunzip_from(p, gz(&bytes).as_slice())
                    .and_then(|out| idx::parse_header(p, &out).map(|_| out));
                match (whole, stepwise) {
                    (Ok(_), Ok(out)) => assert_eq!(out, bytes),
                    (Err(_), Err(_)) => {}
                    (w, s) => panic!("{bytes:?}: whole {:?}, stepwise {:?}", w.is_ok(), s.is_ok()),
                }
                tried += 1;
            }
        }
        assert_eq!(tried, files.iter().map(|f| f.len() + 4).sum::<usize>());
    }

    /// What gunzip accepts after a member is accepted (more members, even empty ones, and zero
    /// padding) and gives the same bytes; anything else after the data is refused, counted.
    #[test]
    fn gzip_members_and_padding_are_read_as_gunzip_reads_them_and_junk_is_refused() {
        let p = Path::new("x.gz");
        let file = idx::encode(ElemType::U8, &[2, 3], &[1, 2, 3, 4, 5, 6]);
        let (head, tail) = file.split_at(7);
        let accepted = [
            [gz(head), gz(tail)].concat(),
            [gz(&file), gz(&[])].concat(),
            [gz(&file), vec![0; 3000]].concat(),
            [gz(&[]), gz(&file), gz(&[]), vec![0; 2]].concat(),
        ];
        for compressed in accepted {
            assert_eq!(gunzip_from(p, compressed.as_slice()).unwrap(), file);
        }
        // Junk at once, after zero padding, and after more padding than one read buffer holds.
        for junk in [
            b"junk".to_vec(),
            b"j".to_vec(),
            b"\0\0\0j".to_vec(),
            [vec![0; 20000], vec![1]].concat(),
        ] {
            let compressed = [gz(&file), junk.clone()].concat();
            let len = junk.len();
            let e = gunzip_from(p, compressed.as_slice())
                .unwrap_err()
                .to_string();
            let want = match len {
                1 => "1 byte after the end of the gzip data is not gzip data".to_string(),
                _ => format!("{len} bytes after the end of the gzip data are not gzip data"),
            };
            assert!(e.contains(&want), "{e}");
        }
    }
}
