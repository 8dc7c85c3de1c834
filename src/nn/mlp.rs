//! The multilayer perceptron: architecture, parameter layout, workspace, forward and backward.

use std::fmt;

use crate::error::{Error, Result};
use crate::nn::{activation, dense, optim};
use crate::rng::{self, Stream};

/// Layer widths from input to output, e.g. 784-1200-1200-10.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arch(pub Vec<usize>);

impl Arch {
    /// Parses "784-1200-1200-10": at least an input and an output width, all positive.
    pub fn parse(s: &str) -> Result<Self> {
        let too_wide = || {
            Error::config(
                "--arch",
                format!("widths above 16,777,216 are not supported, found '{s}'"),
            )
        };
        let widths: Vec<usize> = s
            .split('-')
            .map(|p| p.trim().parse::<usize>())
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| match e.kind() {
                // All digits, but more than a usize holds: a width, just too large.
                std::num::IntErrorKind::PosOverflow => too_wide(),
                _ => Error::config(
                    "--arch",
                    format!("expected widths joined by '-', like 784-800-800-10, found '{s}'"),
                ),
            })?;
        if widths.len() < 2 {
            return Err(Error::config(
                "--arch",
                format!("expected at least an input and an output width, found '{s}'"),
            ));
        }
        if widths.contains(&0) {
            return Err(Error::config(
                "--arch",
                format!("widths must be positive, found '{s}'"),
            ));
        }
        if widths
            .iter()
            .try_fold(0usize, |acc, &w| acc.checked_add(w))
            .is_none()
            || widths.iter().any(|&w| w > 1 << 24)
        {
            return Err(too_wide());
        }
        Ok(Arch(widths))
    }
    /// [`Self::parse`]'s rules, for an `Arch` built from its public field: at least an input and
    /// an output width, each from 1 to 16,777,216.
    pub fn check(&self) -> Result<()> {
        let w = &self.0;
        if w.len() < 2 || w.contains(&0) || w.iter().any(|&x| x > 1 << 24) {
            return Err(Error::config(
                "--arch",
                format!(
                    "expected at least an input and an output width, each from 1 to 16,777,216, \
                     found {w:?}"
                ),
            ));
        }
        Ok(())
    }
    pub fn inputs(&self) -> usize {
        self.0[0]
    }
    pub fn classes(&self) -> usize {
        *self.0.last().unwrap()
    }
    /// Number of dense layers.
    pub fn layers(&self) -> usize {
        self.0.len() - 1
    }
    /// (inputs, outputs) of layer `l`.
    pub fn shape(&self, l: usize) -> (usize, usize) {
        (self.0[l], self.0[l + 1])
    }
    pub fn param_count(&self) -> usize {
        (0..self.layers())
            .map(|l| self.0[l] * self.0[l + 1] + self.0[l + 1])
            .sum()
    }
    /// Floating-point operations of the matrix products for one training example: the forward
    /// product, the weight gradient, and the input gradient of every layer but the first (nothing
    /// needs the gradient of the input), 2 per multiply-add. Element-wise work is not counted.
    pub fn training_flops(&self) -> f64 {
        let (i0, o0) = self.shape(0);
        3.0 * self.inference_flops() - 2.0 * (i0 * o0) as f64
    }
    /// Floating-point operations of the forward products for one example, 2 per multiply-add.
    pub fn inference_flops(&self) -> f64 {
        (0..self.layers())
            .map(|l| 2.0 * (self.0[l] * self.0[l + 1]) as f64)
            .sum()
    }
    /// Offset of layer `l`'s weights in the parameter buffer; its bias follows them.
    pub fn offset(&self, l: usize) -> usize {
        (0..l)
            .map(|j| self.0[j] * self.0[j + 1] + self.0[j + 1])
            .sum()
    }
    /// Names the layer of parameter `i` (flat index) for messages: "the weights of layer 2 (1200→1200)".
    pub fn describe_param(&self, i: usize) -> String {
        let (l, in_bias, _) = self.locate_param(i);
        let part = if in_bias { "bias" } else { "weights" };
        format!("the {part} of {}", self.describe_layer(l))
    }
    /// Where flat parameter `i` lies: its layer (from 0), whether it is in the bias, and its
    /// index within that layer's weight or bias tensor.
    pub fn locate_param(&self, i: usize) -> (usize, bool, usize) {
        let l = (0..self.layers())
            .rfind(|&l| self.offset(l) <= i)
            .unwrap_or(0);
        let (inputs, outputs) = self.shape(l);
        match i - self.offset(l) {
            j if j < inputs * outputs => (l, false, j),
            j => (l, true, j - inputs * outputs),
        }
    }
    /// "layer 2 (1200→1200)", counting from 1; the last is the output layer.
    pub fn describe_layer(&self, l: usize) -> String {
        let (i, o) = self.shape(l);
        let kind = if l + 1 == self.layers() {
            "output "
        } else {
            ""
        };
        format!("{kind}layer {} ({i}→{o})", l + 1)
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s: Vec<String> = self.0.iter().map(|w| w.to_string()).collect();
        f.write_str(&s.join("-"))
    }
}

/// Splits a buffer laid out like the parameters into layer `l`'s (weights, bias).
pub fn layer_mut<'a>(arch: &Arch, buf: &'a mut [f32], l: usize) -> (&'a mut [f32], &'a mut [f32]) {
    let (i, o) = arch.shape(l);
    let off = arch.offset(l);
    buf[off..off + i * o + o].split_at_mut(i * o)
}

/// Layer `l`'s (weights, bias) in a buffer laid out like the parameters.
pub fn layer<'a>(arch: &Arch, buf: &'a [f32], l: usize) -> (&'a [f32], &'a [f32]) {
    let (i, o) = arch.shape(l);
    let off = arch.offset(l);
    buf[off..off + i * o + o].split_at(i * o)
}

/// Weight initialisation. Biases start at zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Init {
    /// N(0, σ²) for every weight; the 2012 dropout recipe uses σ = 0.01.
    Normal(f32),
    /// N(0, 2 / fan_in) (He et al. 2015), suited to ReLU nets trained with ordinary learning rates.
    Scaled,
    /// N(0, 1 / (3·fan_in)): the variance of PyTorch's default uniform initialisation of linear layers.
    Lecun3,
}

impl Init {
    pub fn parse(s: &str) -> Result<Self> {
        if s == "scaled" {
            return Ok(Init::Scaled);
        }
        if s == "small" {
            return Ok(Init::Lecun3);
        }
        let sigma = s
            .strip_prefix("normal:")
            .and_then(|v| v.parse::<f32>().ok());
        match sigma {
            Some(v) if v > 0.0 && v.is_finite() => Ok(Init::Normal(v)),
            _ => Err(Error::config(
                "--init",
                format!("expected 'scaled', 'small' or 'normal:SIGMA' with SIGMA > 0, found '{s}'"),
            )),
        }
    }
    pub fn name(&self) -> String {
        match self {
            Init::Normal(s) => format!("normal:{s}"),
            Init::Scaled => "scaled".into(),
            Init::Lecun3 => "small".into(),
        }
    }
}

/// The network's parameters, in one contiguous buffer.
#[derive(Clone, Debug)]
pub struct Mlp {
    pub arch: Arch,
    /// For each layer: weights `[inputs × outputs]` then bias `[outputs]`.
    pub params: Vec<f32>,
}

impl Mlp {
    /// A network with weights drawn by `init` from the seed's INIT streams (one per layer).
    ///
    /// # Panics
    ///
    /// If `arch` has fewer than two widths ([`Arch::check`] refuses it; `Trainer::new` checks).
    pub fn new(arch: Arch, init: Init, seed: u64) -> Self {
        let mut params = vec![0.0f32; arch.param_count()];
        for l in 0..arch.layers() {
            let (i, _) = arch.shape(l);
            let sigma = match init {
                Init::Normal(s) => s as f64,
                Init::Scaled => (2.0 / i as f64).sqrt(),
                Init::Lecun3 => (1.0 / (3.0 * i as f64)).sqrt(),
            };
            let mut s = Stream::new(seed, &[rng::purpose::INIT, l as u64]);
            let (w, _) = layer_mut(&arch, &mut params, l);
            for x in w.iter_mut() {
                *x = (s.normal() * sigma) as f32;
            }
        }
        Mlp { arch, params }
    }

    /// What a network built by hand (its fields are public) may get wrong, checked before a pass
    /// reads it: an architecture [`Arch::check`] refuses, parameters that do not fill it, and
    /// weights that are not finite (which a pass would otherwise blame on its inputs).
    pub fn check(&self) -> Result<()> {
        self.arch.check()?;
        let want = self.arch.param_count();
        if self.params.len() != want {
            return Err(Error::data(
                "network",
                format!("{want} parameters for {}", self.arch),
                self.params.len(),
            ));
        }
        if let Some(i) = optim::first_non_finite(&self.params) {
            return Err(Error::data(
                "network",
                "finite weights",
                format!("{} in {}", self.params[i], self.arch.describe_param(i)),
            ));
        }
        Ok(())
    }

    /// SHA-256 (hex) of the architecture and the parameters' bits, and nothing else: equal for
    /// equal weights, so two runs of one seed on any thread counts can be compared by it. A
    /// checkpoint's own `sha256` also covers its history, whose timings differ from run to run.
    pub fn weights_sha256(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        let arch = self.arch.to_string();
        h.update((arch.len() as u64).to_le_bytes());
        h.update(arch.as_bytes());
        // In blocks: one update per parameter costs more than the hashing itself, and this runs
        // after every epoch.
        let mut block = [0u8; 4096];
        for ps in self.params.chunks(block.len() / 4) {
            for (b, p) in block.chunks_exact_mut(4).zip(ps) {
                b.copy_from_slice(&p.to_le_bytes());
            }
            h.update(&block[..4 * ps.len()]);
        }
        crate::checkpoint::hex(&h.finalize())
    }

    /// Forward pass over the first `rows` rows of `ws.input`. With `dropout = Some(..)` it draws masks
    /// and applies dropout (training); with `None` it is the deterministic evaluation pass.
    /// The logits end up in `ws.logits(rows)`.
    pub fn forward(&self, ws: &mut Workspace, rows: usize, dropout: Option<&DropoutPlan>) {
        self.pass(ws, rows, dropout, false);
    }

    /// The evaluation pass ([`Self::forward`] without dropout) that also returns the (layer, row)
    /// of the first sum that overflowed to ±∞ or NaN, if any: inputs too large for the weights.
    /// A hidden layer's sums are scanned before the ReLU, which would turn a NaN into 0, the
    /// output layer's after its bias, which can overflow a large finite sum; so the logits alone
    /// would not show it. Training does not scan: its own checks are on its loss and weights.
    pub fn forward_checked(&self, ws: &mut Workspace, rows: usize) -> Option<(usize, usize)> {
        self.pass(ws, rows, None, true)
    }

    fn pass(
        &self,
        ws: &mut Workspace,
        rows: usize,
        dropout: Option<&DropoutPlan>,
        check: bool,
    ) -> Option<(usize, usize)> {
        assert!(
            rows <= ws.batch,
            "batch of {rows} rows exceeds the workspace's {}",
            ws.batch
        );
        let arch = &self.arch;
        let layers = arch.layers();
        ws.masked = [false; 2];
        let mut overflow = None;
        if let Some(d) = dropout {
            if d.input > 0.0 {
                let n = rows * arch.inputs();
                activation::make_mask(&mut ws.masks[0][..n], d.key(0), d.input);
                activation::dropout_inputs(&mut ws.input[..n], &ws.masks[0][..n]);
                ws.masked[0] = true;
            }
        }
        for l in 0..layers {
            let (i, o) = arch.shape(l);
            let (w, b) = layer(arch, &self.params, l);
            let (before, after) = ws.acts.split_at_mut(l);
            let inp: &[f32] = if l == 0 {
                &ws.input[..rows * i]
            } else {
                &before[l - 1][..rows * i]
            };
            let out = &mut after[0][..rows * o];
            dense::dense_forward(out, inp, w, rows, i, o);
            let mut scan = |out: &[f32]| {
                if check && overflow.is_none() {
                    overflow = optim::first_non_finite(out).map(|j| (l, j / o));
                }
            };
            if l + 1 < layers {
                scan(out);
                let mask = match dropout {
                    Some(d) if d.hidden > 0.0 => {
                        let m = &mut ws.masks[l + 1][..rows * o];
                        activation::make_mask(m, d.key(l + 1), d.hidden);
                        ws.masked[1] = true;
                        Some(&ws.masks[l + 1][..rows * o])
                    }
                    _ => None,
                };
                activation::bias_relu_dropout_forward(out, b, mask);
            } else {
                dense::add_bias(out, b);
                scan(out);
            }
        }
        overflow
    }

    /// Backward pass from `ws.dlogits` (filled by a loss) to `grads` (same layout as `params`,
    /// overwritten). Uses the activations and masks of the last `forward` with the same `rows`.
    pub fn backward(&self, ws: &mut Workspace, rows: usize, grads: &mut [f32]) {
        let arch = &self.arch;
        let layers = arch.layers();
        for l in (0..layers).rev() {
            let (i, o) = arch.shape(l);
            let (w, _) = layer(arch, &self.params, l);
            let (dw, db) = layer_mut(arch, grads, l);
            let (dbefore, dafter) = ws.dacts.split_at_mut(l);
            let dout = &dafter[0][..rows * o];
            let inp: &[f32] = if l == 0 {
                &ws.input[..rows * i]
            } else {
                &ws.acts[l - 1][..rows * i]
            };
            let dinp = if l == 0 {
                None
            } else {
                Some(&mut dbefore[l - 1][..rows * i])
            };
            let has_dinp = dinp.is_some();
            dense::dense_backward(dinp, dw, db, dout, inp, w, rows, i, o);
            if has_dinp {
                let mask = ws.masked[1].then(|| &ws.masks[l][..rows * i]);
                activation::relu_dropout_backward(
                    &mut dbefore[l - 1][..rows * i],
                    &ws.acts[l - 1][..rows * i],
                    mask,
                );
            }
        }
    }
}

/// Dropout probabilities and the key of this batch's masks.
#[derive(Clone, Debug)]
pub struct DropoutPlan {
    pub input: f32,
    pub hidden: f32,
    /// Key of the batch; layer `l`'s mask uses `key(l)`.
    pub batch_key: u64,
}

impl DropoutPlan {
    pub fn key(&self, l: usize) -> u64 {
        rng::derive_key(self.batch_key, &[l as u64])
    }
}

/// Activations, gradients of activations and dropout masks for batches of up to `batch` rows,
/// allocated once.
pub struct Workspace {
    pub batch: usize,
    /// Network input [batch × inputs] (dropout is applied in place).
    pub input: Vec<f32>,
    /// `acts[l]`: output of layer l `[batch × width(l+1)]`; the last one holds the logits.
    pub acts: Vec<Vec<f32>>,
    /// `dacts[l]`: gradient of the loss with respect to `acts[l]`.
    pub dacts: Vec<Vec<f32>>,
    /// `masks[0]`: input mask; `masks[l]` (l ≥ 1): mask on the output of layer l − 1.
    pub masks: Vec<Vec<f32>>,
    /// Whether the last forward pass used input / hidden masks.
    masked: [bool; 2],
}

impl Workspace {
    pub fn new(arch: &Arch, batch: usize) -> Self {
        let layers = arch.layers();
        Workspace {
            batch,
            input: vec![0.0; batch * arch.inputs()],
            acts: (0..layers)
                .map(|l| vec![0.0; batch * arch.0[l + 1]])
                .collect(),
            dacts: (0..layers)
                .map(|l| vec![0.0; batch * arch.0[l + 1]])
                .collect(),
            masks: (0..layers).map(|l| vec![0.0; batch * arch.0[l]]).collect(),
            masked: [false; 2],
        }
    }

    /// Refuses a workspace that was not made by `Workspace::new(arch, batch)` with batch ≥ 1:
    /// passes through it would slice out of its buffers.
    pub fn check_fits(&self, arch: &Arch) -> Result<()> {
        let fits = self.batch > 0
            && self.input.len() == self.batch * arch.inputs()
            && self.acts.len() == arch.layers()
            && (0..arch.layers()).all(|l| {
                self.acts[l].len() == self.batch * arch.0[l + 1]
                    && self.dacts[l].len() == self.acts[l].len()
                    && self.masks[l].len() == self.batch * arch.0[l]
            });
        if fits {
            return Ok(());
        }
        Err(Error::data(
            "workspace",
            format!("Workspace::new({arch}, batch ≥ 1)"),
            format!("buffers of another shape or batch {}", self.batch),
        ))
    }

    pub fn logits(&self, rows: usize) -> &[f32] {
        let last = self.acts.last().unwrap();
        &last[..rows * (last.len() / self.batch)]
    }
    /// The logits and their gradient buffer, for a loss to fill.
    pub fn logits_and_grad(&mut self, rows: usize) -> (&[f32], &mut [f32]) {
        let c = self.acts.last().unwrap().len() / self.batch;
        let l = self.acts.len() - 1;
        (&self.acts[l][..rows * c], &mut self.dacts[l][..rows * c])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weights_digest_sees_every_bit_and_the_architecture() {
        let a = Mlp::new(Arch(vec![2, 3, 1]), Init::Normal(0.1), 7);
        assert_eq!(a.weights_sha256(), a.clone().weights_sha256());
        assert_eq!(a.weights_sha256().len(), 64);
        // One bit of the last bias (0.0 → -0.0, equal as numbers).
        let mut b = a.clone();
        b.params[12] = -b.params[12];
        assert_eq!(b.params[12], a.params[12]);
        assert_ne!(b.weights_sha256(), a.weights_sha256());
        // The same 13 numbers as a 4-2-1 net are another net.
        let c = Mlp {
            arch: Arch(vec![4, 2, 1]),
            params: a.params.clone(),
        };
        assert_eq!(c.arch.param_count(), a.params.len());
        assert_ne!(c.weights_sha256(), a.weights_sha256());
    }

    #[test]
    fn flops_count_the_products_a_step_runs() {
        let a = Arch(vec![784, 1200, 1200, 10]);
        // Forward 2·Σ i·o = 4,785,600; weight gradients the same; input gradients without layer 1's.
        assert_eq!(a.inference_flops(), 4_785_600.0);
        assert_eq!(a.training_flops(), 3.0 * 4_785_600.0 - 2.0 * 784.0 * 1200.0);
    }

    #[test]
    fn arch_strings_are_parsed_or_refused_for_what_is_wrong() {
        assert_eq!(Arch::parse("784-800-10").unwrap().0, [784, 800, 10]);
        let err = |s: &str| Arch::parse(s).unwrap_err().to_string();
        for s in ["784x10", "784--10", "784-a-10", "-5-10"] {
            assert!(
                err(s).contains("expected widths joined by '-'"),
                "{s}: {}",
                err(s)
            );
        }
        // Digits, too many for any width, are a width too large, not a malformed list.
        for s in ["64-16777217-3", "64-99999999999999999999-3"] {
            assert!(
                err(s).contains("widths above 16,777,216"),
                "{s}: {}",
                err(s)
            );
        }
        assert!(err("784").contains("at least an input and an output"));
        assert!(err("784-0-10").contains("positive"));
    }

    #[test]
    fn parameters_are_named_by_layer_and_part() {
        let a = Arch(vec![3, 2, 4]);
        // layer 1: 6 weights, 2 biases; layer 2: 8 weights, 4 biases.
        assert_eq!(a.describe_param(0), "the weights of layer 1 (3→2)");
        assert_eq!(a.describe_param(6), "the bias of layer 1 (3→2)");
        assert_eq!(a.describe_param(8), "the weights of output layer 2 (2→4)");
        assert_eq!(a.describe_param(19), "the bias of output layer 2 (2→4)");
    }
}
