//! The test-set pass: error counts per class and the confusion matrix, with overflowing sums
//! reported as errors rather than counted.

use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::nn::mlp::{Arch, Mlp, Workspace};

/// Test-set figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub errors: usize,
    pub examples: usize,
    /// `errors[c]`: misclassified examples of true class c.
    pub per_class_errors: Vec<usize>,
    /// `confusion[true][predicted]`, for at most [`MAX_CONFUSION_CLASSES`] classes.
    pub confusion: Option<Vec<Vec<usize>>>,
}

/// Above this many classes an evaluation keeps no confusion matrix: it grows as the square of the
/// classes (100,000 classes would take 80 GB, evaluated after every epoch).
pub const MAX_CONFUSION_CLASSES: usize = 1024;

/// The error for an item whose sums overflowed in `layer` of `arch`, counted from 0 (see
/// [`Mlp::forward_checked`]); named as every message names a layer, from 1.
pub fn overflow_error(data: &Dataset, item: usize, arch: &Arch, layer: usize) -> Error {
    Error::data(
        format!("{} item {item}", data.images.path.display()),
        "values whose sums with the network's weights stay within f32's range",
        format!(
            "sums that overflow to ±∞ or NaN in {}: values too large for this net",
            arch.describe_layer(layer)
        ),
    )
}

/// Runs the network without dropout over `data` in batches of the workspace's size. An item whose
/// sums overflow is an error ([`overflow_error`]), not a silently wrong count.
pub fn evaluate(mlp: &Mlp, data: &Dataset, ws: &mut Workspace) -> Result<Evaluation> {
    evaluate_translated(mlp, data, ws, None)
}

/// [`evaluate`] with every image translated by `shift` = (dx, dy) pixels, zero fill, where given
/// (`eval --translated`; image `out[r][c] = in[r − dy][c − dx]`: +dx moves a digit right, +dy
/// down): how far a net's skill carries to digits off their centre. The data must be images that
/// the shift leaves something of ([`Dataset::check_shift`]); (0, 0) is no translation at all.
pub fn evaluate_translated(
    mlp: &Mlp,
    data: &Dataset,
    ws: &mut Workspace,
    shift: Option<(i64, i64)>,
) -> Result<Evaluation> {
    mlp.check()?;
    let shift = shift.filter(|&s| s != (0, 0));
    if let Some((dx, dy)) = shift {
        data.check_shift(dx.unsigned_abs().max(dy.unsigned_abs()) as usize)?;
    }
    let classes = mlp.arch.classes();
    ws.check_fits(&mlp.arch)?;
    data.check_fits(mlp.arch.inputs(), classes)?;
    let mut confusion =
        (classes <= MAX_CONFUSION_CLASSES).then(|| vec![vec![0usize; classes]; classes]);
    let mut per_class_errors = vec![0usize; classes];
    let idx: Vec<u32> = (0..data.len() as u32).collect();
    let mut labels = vec![0u32; ws.batch];
    for chunk in idx.chunks(ws.batch) {
        let rows = chunk.len();
        let (x, y) = (
            &mut ws.input[..rows * mlp.arch.inputs()],
            &mut labels[..rows],
        );
        match shift {
            None => data.fill_batch(chunk, x, y, None),
            Some((dx, dy)) => data.fill_batch_shifted(chunk, x, y, dx, dy),
        }
        if let Some((layer, row)) = mlp.forward_checked(ws, rows) {
            return Err(overflow_error(data, chunk[row] as usize, &mlp.arch, layer));
        }
        for (z, &y) in ws.logits(rows).chunks_exact(classes).zip(&labels[..rows]) {
            let (y, p) = (y as usize, argmax(z));
            if p != y {
                per_class_errors[y] += 1;
            }
            if let Some(m) = &mut confusion {
                m[y][p] += 1;
            }
        }
    }
    Ok(Evaluation {
        errors: per_class_errors.iter().sum(),
        examples: data.len(),
        per_class_errors,
        confusion,
    })
}

/// The test errors of a net on a set of images translated by every (dx, dy) up to ±`max_shift`
/// pixels ([`evaluate_translated`]): how far its skill carries to digits off their centre.
#[derive(Clone, Debug, PartialEq)]
pub struct TranslatedErrors {
    pub max_shift: usize,
    /// `errors[dy + max_shift][dx + max_shift]`; the centre is the untranslated count.
    pub errors: Vec<Vec<usize>>,
}

impl TranslatedErrors {
    /// Evaluates `mlp` on `data` under each translation, in order of dy, then dx.
    pub fn measure(
        mlp: &Mlp,
        data: &Dataset,
        max_shift: usize,
        ws: &mut Workspace,
    ) -> Result<Self> {
        data.check_shift(max_shift)?;
        let k = max_shift as i64;
        let errors = (-k..=k)
            .map(|dy| {
                (-k..=k)
                    .map(|dx| Ok(evaluate_translated(mlp, data, ws, Some((dx, dy)))?.errors))
                    .collect::<Result<Vec<_>>>()
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(TranslatedErrors { max_shift, errors })
    }

    /// The translations counted, the untranslated centre left out: (2K + 1)² − 1.
    pub fn translations(&self) -> usize {
        self.errors.len() * self.errors.len() - 1
    }

    /// The mean test errors over the translations, the untranslated centre left out.
    pub fn mean(&self) -> f64 {
        let all: usize = self.errors.iter().flatten().sum();
        let centre = self.errors[self.max_shift][self.max_shift];
        (all - centre) as f64 / self.translations().max(1) as f64
    }
}

/// Index of the first largest value.
pub fn argmax(z: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in z.iter().enumerate() {
        if v > z[best] {
            best = i;
        }
    }
    best
}
