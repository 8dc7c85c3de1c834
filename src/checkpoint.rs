//! Checkpoints in safetensors: the weights, plus what a bit-identical resume needs.
//!
//! Tensors: `layer{l}.weight` `[inputs × outputs]` and `layer{l}.bias` `[outputs]`, f32; when saved by a
//! training run also `layer{l}.weight.momentum` / `layer{l}.bias.momentum` (SGD's velocity, Adam's
//! gradient average), with Adam `layer{l}.weight.second_moment` / `layer{l}.bias.second_moment`, and
//! `data_order` (u32, the example order of the next epoch). Metadata (strings): `format`, `arch`, `epoch` (epochs completed),
//! `config` (JSON of the run's settings, including the seed), `rng` (JSON: the generator and the point
//! it has reached), `history` (JSON array of per-epoch figures) and `sha256`, a checksum of the other
//! metadata and of every tensor's name, shape and bytes, so that a flipped byte anywhere in the
//! file is caught on load.
//! Files are written to a temporary name beside the target and renamed into place.

use std::collections::HashMap;
use std::path::Path;

use safetensors::tensor::{Dtype, SafeTensors, TensorView};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::io::write_atomic;
use crate::nn::mlp::{layer, Arch, Mlp};
use crate::words::count;

pub const FORMAT: &str = "distil-checkpoint-1";

#[derive(Clone, Debug)]
pub struct Checkpoint {
    pub mlp: Mlp,
    /// Momentum buffers, laid out like the parameters.
    pub velocity: Option<Vec<f32>>,
    /// Adam's averages of the squared gradients, laid out like the parameters.
    pub second_moment: Option<Vec<f32>>,
    /// Epochs completed.
    pub epoch: usize,
    pub config: serde_json::Value,
    pub rng: serde_json::Value,
    pub history: serde_json::Value,
    /// Order of the examples in the next epoch.
    pub data_order: Option<Vec<u32>>,
}

fn f32_bytes(x: &[f32]) -> Vec<u8> {
    x.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// What is wrong with bytes that the safetensors reader refused, in words: what the format expects
/// and what the file holds (safetensors names only the error's kind, such as
/// `MetadataIncompleteBuffer`). A safetensors file is an 8-byte little-endian header length, a JSON
/// header naming each tensor's byte range, and the tensors' bytes.
fn unreadable(bytes: &[u8], e: &safetensors::SafeTensorError) -> String {
    if let Some(problem) = layout_problem(bytes.len() as u64, bytes) {
        return problem;
    }
    // The layout holds: the header is JSON and its tensors fill the file.
    let n = header_len(bytes).unwrap_or_default() as usize;
    let json = serde_json::from_slice(&bytes[8..8 + n]).unwrap_or_default();
    format!("{EXPECTED}, found {} ({e})", header_problem(&json))
}

const EXPECTED: &str = "expected a safetensors checkpoint";

/// The safetensors format's own limit on the JSON header (its reader refuses longer ones).
const MAX_HEADER: u64 = 100_000_000;

/// What the layout of a file of `len` bytes that starts with `head` says is wrong, if anything:
/// no room for the 8-byte header length, a header longer than the file or than the format allows,
/// a header that is not JSON, or tensor data that does not fill the rest of the file exactly.
/// `head` holds at least the first 8 bytes and the header they announce, where the file has them,
/// so that a file is judged before it is read whole (a 40 GB file that is no checkpoint used to be
/// read into memory first).
fn layout_problem(len: u64, head: &[u8]) -> Option<String> {
    let Some(n) = header_len(head) else {
        return Some(format!(
            "{EXPECTED} (an 8-byte header length, then a JSON header), found {} in all",
            count(len, "byte")
        ));
    };
    let rest = len.saturating_sub(8);
    if n > rest {
        return Some(format!(
            "{EXPECTED}, found a header length of {} in a file with {} after it",
            count(n, "byte"),
            count(rest, "byte")
        ));
    }
    if n > MAX_HEADER {
        return Some(format!(
            "{EXPECTED}, found a header length of {n} bytes, over the format's {MAX_HEADER}"
        ));
    }
    let header = head.get(8..8 + n as usize)?;
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(header) else {
        return Some(format!(
            "{EXPECTED}, found a header of {} that is not JSON",
            count(n, "byte")
        ));
    };
    let tensors = || {
        json.as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| k.as_str() != "__metadata__")
    };
    if let Some(problem) = tensors().find_map(|(name, v)| range_problem(name, v)) {
        return Some(format!("{EXPECTED}, found {problem}"));
    }
    // The tensors' bytes must fill the rest of the file exactly: the last range's end.
    let declared = if json.is_object() {
        tensors()
            .map(|(_, v)| v["data_offsets"][1].as_u64())
            .try_fold(0u64, |m, end| end.map(|e| m.max(e)))
    } else {
        None
    };
    let data = rest - n;
    match declared {
        Some(d) if d > data => Some(format!(
            "{EXPECTED} with the {} of tensor data its header declares, found {data}: the file \
             is cut short",
            count(d, "byte")
        )),
        Some(d) if d < data => Some(format!(
            "{EXPECTED} with the {} of tensor data its header declares, found {data}: {} {}",
            count(d, "byte"),
            count(data - d, "byte"),
            if data - d == 1 {
                "follows them"
            } else {
                "follow them"
            }
        )),
        Some(_) => None,
        // Without every tensor's byte range the file's size cannot be judged: refused unread.
        None => Some(format!("{EXPECTED}, found {}", header_problem(&json))),
    }
}

/// The header length a safetensors file starts with (8 bytes, little-endian), if it has them.
fn header_len(bytes: &[u8]) -> Option<u64> {
    bytes
        .get(..8)
        .map(|b| u64::from_le_bytes(b.try_into().unwrap()))
}

/// What is wrong with a tensor entry's byte range against its shape and dtype, where all three
/// can be read: a range the size of another tensor (a header can declare a 1-element tensor over
/// gigabytes, and the file would be read whole before the reader refused it).
fn range_problem(name: &str, entry: &serde_json::Value) -> Option<String> {
    let width = dtype_width(entry["dtype"].as_str()?)?;
    let shape = entry["shape"].as_array()?;
    let need = shape
        .iter()
        .try_fold(width, |n, d| d.as_u64().and_then(|d| n.checked_mul(d)));
    let range = entry["data_offsets"].as_array()?;
    let (start, end) = (range.first()?.as_u64()?, range.get(1)?.as_u64()?);
    match (need, end.checked_sub(start)) {
        (Some(need), Some(holds)) if need == holds => None,
        (Some(need), Some(holds)) => Some(format!(
            "tensor {name} of shape {} needing {need} bytes over a range of {holds}",
            entry["shape"]
        )),
        (None, _) => Some(format!("tensor {name} of a shape too large to hold")),
        (_, None) => Some(format!(
            "tensor {name} whose byte range ends before it starts"
        )),
    }
}

/// The bytes of one element of a safetensors dtype; `None` for a dtype the reader does not know.
fn dtype_width(dtype: &str) -> Option<u64> {
    Some(match dtype {
        "BOOL" | "U8" | "I8" | "F8_E5M2" | "F8_E4M3" => 1,
        "I16" | "U16" | "F16" | "BF16" => 2,
        "I32" | "U32" | "F32" => 4,
        "F64" | "I64" | "U64" => 8,
        _ => return None,
    })
}

/// Reads the file `path` whole, once its first bytes ([`layout_problem`]) show a checkpoint's layout
/// of its size.
fn read_checkpoint_file(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |e| Error::io(path, "read", e);
    let mut f = std::fs::File::open(path).map_err(io)?;
    let len = f.metadata().map_err(io)?.len();
    let mut head = Vec::new();
    (&mut f).take(8).read_to_end(&mut head).map_err(io)?;
    // The header too, where its length is one `layout_problem` can take (it refuses the others).
    if let Some(n) = header_len(&head).filter(|&n| n <= MAX_HEADER.min(len.saturating_sub(8))) {
        (&mut f).take(n).read_to_end(&mut head).map_err(io)?;
    }
    if let Some(problem) = layout_problem(len, &head) {
        return Err(Error::checkpoint(path, problem));
    }
    let mut bytes = head;
    // A file too large for memory is an error, as std::fs::read's, not an abort.
    bytes
        .try_reserve_exact((len as usize).saturating_sub(bytes.len()))
        .map_err(|_| io(std::io::ErrorKind::OutOfMemory.into()))?;
    f.read_to_end(&mut bytes).map_err(io)?;
    Ok(bytes)
}

/// What in a JSON header that fills its file the safetensors reader could not take: metadata
/// values must be strings, and each tensor entry a known dtype, a shape and a byte range.
fn header_problem(json: &serde_json::Value) -> String {
    let Some(entries) = json.as_object() else {
        return "a header that is not a JSON object".into();
    };
    for (name, v) in entries {
        if name == "__metadata__" {
            let values = v
                .as_object()
                .map(|m| m.iter().find(|(_, x)| !x.is_string()));
            match values {
                None => return "metadata that is not an object of strings".into(),
                Some(Some((k, _))) => return format!("metadata '{k}' that is not a string"),
                Some(None) => continue,
            }
        }
        match v["dtype"].as_str() {
            Some(d) if dtype_width(d).is_some() => {}
            Some(d) => return format!("tensor {name} of an unknown dtype '{d}'"),
            None => return format!("tensor {name} without a dtype"),
        }
        let range = v["data_offsets"]
            .as_array()
            .map(|r| r.iter().map(|x| x.as_u64()));
        if !range.is_some_and(|mut r| r.len() == 2 && r.all(|x| x.is_some())) {
            return format!("tensor {name} without a byte range (data_offsets: [start, end])");
        }
    }
    "a header whose tensor entries do not fit their data".into()
}

impl Checkpoint {
    /// A checkpoint holding only weights.
    pub fn weights_only(mlp: Mlp) -> Self {
        Checkpoint {
            mlp,
            velocity: None,
            second_moment: None,
            epoch: 0,
            config: serde_json::Value::Null,
            rng: serde_json::Value::Null,
            history: serde_json::Value::Array(vec![]),
            data_order: None,
        }
    }

    /// Named tensors as (name, dtype, shape, little-endian bytes), sorted by name.
    fn tensors(&self) -> Vec<(String, Dtype, Vec<usize>, Vec<u8>)> {
        let arch = &self.mlp.arch;
        let mut out = Vec::new();
        for l in 0..arch.layers() {
            let (i, o) = arch.shape(l);
            let (w, b) = layer(arch, &self.mlp.params, l);
            out.push((
                format!("layer{l}.weight"),
                Dtype::F32,
                vec![i, o],
                f32_bytes(w),
            ));
            out.push((format!("layer{l}.bias"), Dtype::F32, vec![o], f32_bytes(b)));
            for (state, suffix) in [
                (&self.velocity, "momentum"),
                (&self.second_moment, "second_moment"),
            ] {
                if let Some(v) = state {
                    let (vw, vb) = layer(arch, v, l);
                    out.push((
                        format!("layer{l}.weight.{suffix}"),
                        Dtype::F32,
                        vec![i, o],
                        f32_bytes(vw),
                    ));
                    out.push((
                        format!("layer{l}.bias.{suffix}"),
                        Dtype::F32,
                        vec![o],
                        f32_bytes(vb),
                    ));
                }
            }
        }
        if let Some(order) = &self.data_order {
            let bytes = order.iter().flat_map(|v| v.to_le_bytes()).collect();
            out.push(("data_order".into(), Dtype::U32, vec![order.len()], bytes));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// Serialises to safetensors bytes.
    ///
    /// # Panics
    ///
    /// If the parameters or the optimiser state do not fill the architecture ([`Self::save`]
    /// checks that first, and returns an error).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.bytes_with(self.tensors())
    }

    /// Safetensors bytes of `tensors` under this checkpoint's metadata, signed.
    fn bytes_with(&self, tensors: Vec<(String, Dtype, Vec<usize>, Vec<u8>)>) -> Vec<u8> {
        let mut meta = HashMap::new();
        meta.insert("format".to_string(), FORMAT.to_string());
        meta.insert("arch".to_string(), self.mlp.arch.to_string());
        meta.insert("epoch".to_string(), self.epoch.to_string());
        meta.insert("config".to_string(), self.config.to_string());
        meta.insert("rng".to_string(), self.rng.to_string());
        meta.insert("history".to_string(), self.history.to_string());
        let sum = checksum(
            &meta,
            tensors
                .iter()
                .map(|t| (t.0.as_str(), shape_bytes(&t.2), &t.3[..])),
        );
        meta.insert("sha256".to_string(), sum);
        let views: Vec<(String, TensorView)> = tensors
            .iter()
            .map(|(n, d, s, b)| {
                (
                    n.clone(),
                    TensorView::new(*d, s.clone(), b).expect("shape and bytes agree"),
                )
            })
            .collect();
        safetensors::serialize(views, &Some(meta))
            .expect("serialising in-memory tensors cannot fail")
    }

    /// Writes to a temporary file beside `path`, syncs it, and renames it into place. What
    /// [`Self::load`] would refuse (a hand-built checkpoint's NaN weight, a data order that is
    /// not a permutation, ...) is refused here instead, before anything is written, by the
    /// loader's own rules (`contents_problem`).
    pub fn save(&self, path: &Path) -> Result<()> {
        self.check_lengths(path)?;
        if let Some(problem) = self.contents_problem() {
            return Err(Error::checkpoint(
                path,
                format!("not written, as it could not be loaded back: {problem}"),
            ));
        }
        write_atomic(path, &self.to_bytes())
    }

    /// What [`Self::from_bytes`] refuses in a checkpoint's contents once they are decoded, and
    /// [`Self::save`] before writing them: weights or optimiser state that are not finite (training
    /// stops at the first such value and never saves one), second moments without a first or
    /// below 0, and a data order that is not a permutation. Tensors are named as in the file.
    fn contents_problem(&self) -> Option<String> {
        let arch = &self.mlp.arch;
        let states = [
            ("", Some(&self.mlp.params)),
            (".momentum", self.velocity.as_ref()),
            (".second_moment", self.second_moment.as_ref()),
        ];
        for (suffix, values) in states {
            let Some(values) = values else { continue };
            if let Some(i) = crate::nn::optim::first_non_finite(values) {
                let (l, in_bias, j) = arch.locate_param(i);
                let part = if in_bias { "bias" } else { "weight" };
                return Some(format!(
                    "tensor layer{l}.{part}{suffix} holds {} at index {j}, expected finite numbers",
                    values[i]
                ));
            }
        }
        if self.second_moment.is_some() && self.velocity.is_none() {
            return Some("Adam's second moments without its first (the .momentum tensors)".into());
        }
        if let Some(second) = &self.second_moment {
            if let Some(j) = second.iter().position(|&v| v < 0.0) {
                return Some(format!(
                    "second moment {} at parameter {j}, expected an average of squares (0 or more)",
                    second[j]
                ));
            }
        }
        match &self.data_order {
            Some(o) if !is_permutation(o) => Some(format!(
                "tensor data_order is not a permutation of 0..{}",
                o.len()
            )),
            _ => None,
        }
    }

    /// Refuses parameters or optimiser state whose lengths are not the architecture's parameter
    /// count (the fields are public: a library caller can set them), which `to_bytes` would slice
    /// out of range.
    fn check_lengths(&self, path: &Path) -> Result<()> {
        if let Err(e) = self.mlp.arch.check() {
            return Err(Error::checkpoint(path, e.to_string()));
        }
        let want = self.mlp.arch.param_count();
        let fields = [
            ("parameters", Some(self.mlp.params.len())),
            ("velocity values", self.velocity.as_ref().map(Vec::len)),
            (
                "second-moment values",
                self.second_moment.as_ref().map(Vec::len),
            ),
        ];
        for (what, len) in fields {
            if let Some(len) = len.filter(|&l| l != want) {
                return Err(Error::checkpoint(
                    path,
                    format!("expected {want} {what} for {}, found {len}", self.mlp.arch),
                ));
            }
        }
        Ok(())
    }

    pub fn load(path: &Path) -> Result<Self> {
        Ok(Self::load_with_bytes(path)?.0)
    }

    /// (epochs done, epochs planned) of a run that stopped before its last epoch (a kill, or a
    /// checkpoint kept after a numerical fault); `None` for a finished run or one whose plan is
    /// not recorded.
    pub fn unfinished(&self) -> Option<(usize, usize)> {
        let planned = self.config["epochs"].as_u64()? as usize;
        (self.epoch < planned).then_some((self.epoch, planned))
    }

    /// The checkpoint and the file's bytes, for callers that also key something to its checksum.
    pub fn load_with_bytes(path: &Path) -> Result<(Self, Vec<u8>)> {
        if let Some(kind) = crate::io::not_a_regular_file(path) {
            return Err(Error::checkpoint(
                path,
                format!("expected a regular file, found {kind}"),
            ));
        }
        let bytes = read_checkpoint_file(path)?;
        Ok((Self::from_bytes(path, &bytes)?, bytes))
    }

    /// Reads a checkpoint from the bytes of the file `path` (which names it in errors): the
    /// metadata verified against the checksum first, so that every later check reads verified data,
    /// then the tensors the architecture asks for, then whether the whole is consistent.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self> {
        let bad = |m: String| Error::checkpoint(path, m);
        let st = SafeTensors::deserialize(bytes).map_err(|e| bad(unreadable(bytes, &e)))?;
        let meta = verified_metadata(path, bytes, &st)?;
        let get = |k: &str| meta_field(path, &meta, k);
        let arch_s = get("arch")?;
        let arch = Arch::parse(arch_s).map_err(|_| bad(format!("bad architecture '{arch_s}'")))?;
        let epoch: usize = get("epoch")?.parse().map_err(|_| bad("bad epoch".into()))?;
        let json = |k: &str| -> Result<serde_json::Value> {
            serde_json::from_str(get(k)?)
                .map_err(|e| bad(format!("metadata '{k}' is not JSON ({e})")))
        };
        // Capacity from the file's size, not the metadata: an absurd 'arch' must fail on the tensor
        // shapes, not abort on allocation.
        let layers = LayerTensors::read(path, &st, &arch, bytes.len() / 4)?;
        let data_order = read_data_order(path, &st)?;
        check_no_other_tensors(path, &st, &arch, &layers)?;
        let ck = Checkpoint {
            mlp: Mlp {
                arch,
                params: layers.params,
            },
            velocity: layers.velocity,
            second_moment: layers.second_moment,
            epoch,
            config: json("config")?,
            rng: json("rng")?,
            history: json("history")?,
            data_order,
        };
        match ck.contents_problem() {
            Some(problem) => Err(bad(problem)),
            None => Ok(ck),
        }
    }
}

/// The metadata of a file written by this tool, once its format is ours and its checksum matches.
fn verified_metadata(
    path: &Path,
    bytes: &[u8],
    st: &SafeTensors,
) -> Result<HashMap<String, String>> {
    let bad = |m: String| Error::checkpoint(path, m);
    let (_, header) = SafeTensors::read_metadata(bytes).map_err(|e| bad(unreadable(bytes, &e)))?;
    let meta = header
        .metadata()
        .clone()
        .ok_or_else(|| bad("no metadata (not written by this tool)".into()))?;
    let format = meta_field(path, &meta, "format")?;
    if format != FORMAT {
        return Err(bad(format!("format '{format}', expected '{FORMAT}'")));
    }
    let mut names: Vec<&String> = st.names();
    names.sort();
    let views: Vec<(&str, TensorView)> = names
        .iter()
        .map(|n| (n.as_str(), st.tensor(n).expect("name listed by the file")))
        .collect();
    let sum = checksum(
        &meta,
        views
            .iter()
            .map(|(n, v)| (*n, shape_bytes(v.shape()), v.data())),
    );
    // Fuzzing cannot forge a SHA-256; skip the comparison there so it reaches the later checks.
    if !cfg!(fuzzing) && &sum != meta_field(path, &meta, "sha256")? {
        return Err(bad("checksum mismatch: the file is corrupted".into()));
    }
    Ok(meta)
}

fn meta_field<'a>(path: &Path, meta: &'a HashMap<String, String>, k: &str) -> Result<&'a String> {
    meta.get(k)
        .ok_or_else(|| Error::checkpoint(path, format!("metadata has no '{k}'")))
}

/// The F32 tensor `name` of `shape`, or `None` where the file has no tensor of that name.
fn read_f32(
    path: &Path,
    st: &SafeTensors,
    name: &str,
    shape: &[usize],
) -> Result<Option<Vec<f32>>> {
    let Ok(v) = st.tensor(name) else {
        return Ok(None);
    };
    if v.dtype() != Dtype::F32 || v.shape() != shape {
        return Err(Error::checkpoint(
            path,
            format!(
                "tensor {name} is {:?} {:?}, expected F32 {shape:?}",
                v.dtype(),
                v.shape()
            ),
        ));
    }
    Ok(Some(
        v.data()
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    ))
}

/// The order of the examples in the interrupted epoch, where the file has one.
fn read_data_order(path: &Path, st: &SafeTensors) -> Result<Option<Vec<u32>>> {
    match st.tensor("data_order") {
        Ok(v) if v.dtype() == Dtype::U32 && v.shape().len() == 1 => Ok(Some(
            v.data()
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )),
        Ok(_) => Err(Error::checkpoint(
            path,
            "tensor data_order is not a U32 vector",
        )),
        Err(_) => Ok(None),
    }
}

/// The layers' tensors in the parameters' order: the weights and biases, and an optimiser's state
/// where every layer has it.
struct LayerTensors {
    params: Vec<f32>,
    velocity: Option<Vec<f32>>,
    second_moment: Option<Vec<f32>>,
}

impl LayerTensors {
    /// `cap`: how many values to reserve room for (bounded by the file's size).
    fn read(path: &Path, st: &SafeTensors, arch: &Arch, cap: usize) -> Result<Self> {
        let cap = arch.param_count().min(cap);
        let mut params = Vec::with_capacity(cap);
        let mut velocity = Some(Vec::with_capacity(cap));
        // Grown only by an Adam checkpoint's tensors: most files have none.
        let mut second_moment = Some(Vec::new());
        for l in 0..arch.layers() {
            let (i, o) = arch.shape(l);
            for (suffix, shape) in [("weight", vec![i, o]), ("bias", vec![o])] {
                let name = format!("layer{l}.{suffix}");
                let w = read_f32(path, st, &name, &shape)?.ok_or_else(|| {
                    Error::checkpoint(
                        path,
                        format!("tensor {name} is missing for architecture {arch}"),
                    )
                })?;
                params.extend(w);
                for (state, kind) in [
                    (&mut velocity, "momentum"),
                    (&mut second_moment, "second_moment"),
                ] {
                    match read_f32(path, st, &format!("{name}.{kind}"), &shape)? {
                        Some(v) => {
                            if let Some(s) = state {
                                s.extend(v)
                            }
                        }
                        None => *state = None,
                    }
                }
            }
        }
        // An optimiser's state comes for every layer or for none.
        let bases = Self::names(arch);
        for (suffix, kept) in [
            ("momentum", velocity.is_some()),
            ("second_moment", second_moment.is_some()),
        ] {
            let with: Vec<String> = bases.iter().map(|b| format!("{b}.{suffix}")).collect();
            let present = |n: &String| st.tensor(n).is_ok();
            if !kept && with.iter().any(present) {
                let missing = with.iter().find(|n| !present(n)).expect("not kept");
                return Err(Error::checkpoint(
                    path,
                    format!("tensor {missing} is missing, where other layers have their .{suffix}"),
                ));
            }
        }
        Ok(LayerTensors {
            params,
            velocity,
            second_moment,
        })
    }

    /// The names of the layers' weights and biases, in order.
    fn names(arch: &Arch) -> Vec<String> {
        (0..arch.layers())
            .flat_map(|l| [format!("layer{l}.weight"), format!("layer{l}.bias")])
            .collect()
    }
}

/// No tensor in the file but the layers' (with the optimiser's state they hold) and the data order.
fn check_no_other_tensors(
    path: &Path,
    st: &SafeTensors,
    arch: &Arch,
    layers: &LayerTensors,
) -> Result<()> {
    let mut names = st.names();
    names.sort();
    let bases = LayerTensors::names(arch);
    let mut expected = bases.clone();
    for (suffix, kept) in [
        ("momentum", layers.velocity.is_some()),
        ("second_moment", layers.second_moment.is_some()),
    ] {
        if kept {
            expected.extend(bases.iter().map(|b| format!("{b}.{suffix}")));
        }
    }
    expected.push("data_order".into());
    if let Some(other) = names.iter().find(|n| !expected.contains(n)) {
        return Err(Error::checkpoint(
            path,
            format!("tensor {other} is not part of a checkpoint of architecture {arch}"),
        ));
    }
    Ok(())
}

/// Whether `order` holds each of 0..len exactly once.
pub(crate) fn is_permutation(order: &[u32]) -> bool {
    let mut seen = vec![false; order.len()];
    order.iter().all(|&i| match seen.get_mut(i as usize) {
        Some(s) if !*s => {
            *s = true;
            true
        }
        _ => false,
    })
}

fn shape_bytes(shape: &[usize]) -> Vec<u8> {
    shape
        .iter()
        .flat_map(|&d| (d as u64).to_le_bytes())
        .collect()
}

/// SHA-256 over the metadata (sorted, without the checksum itself) and every tensor's name, shape
/// and bytes, in name order.
fn checksum<'a>(
    meta: &HashMap<String, String>,
    tensors: impl Iterator<Item = (&'a str, Vec<u8>, &'a [u8])>,
) -> String {
    let mut h = Sha256::new();
    let mut put = |b: &[u8]| {
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    };
    let mut keys: Vec<&String> = meta.keys().filter(|k| *k != "sha256").collect();
    keys.sort();
    for k in keys {
        put(k.as_bytes());
        put(meta[k].as_bytes());
    }
    for (name, shape, data) in tensors {
        put(name.as_bytes());
        put(&shape);
        put(data);
    }
    hex(&h.finalize())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of a byte slice, hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::Init;

    fn sample() -> Checkpoint {
        let mlp = Mlp::new(Arch(vec![4, 3, 2]), Init::Scaled, 9);
        let n = mlp.params.len();
        Checkpoint {
            mlp,
            velocity: Some((0..n).map(|i| i as f32 * 0.5).collect()),
            second_moment: Some((0..n).map(|i| i as f32 * 0.25).collect()),
            epoch: 3,
            config: serde_json::json!({"seed": 9}),
            rng: serde_json::json!({"next_epoch": 3}),
            history: serde_json::json!([1, 2, 3]),
            data_order: Some(vec![2, 0, 1]),
        }
    }

    #[test]
    fn round_trips_exactly() {
        let mut c = sample();
        // Values that `==` would not tell apart from others: a negative zero, a subnormal.
        c.mlp.params[0] = -0.0;
        c.mlp.params[1] = f32::MIN_POSITIVE / 3.0;
        let back = Checkpoint::from_bytes(Path::new("c"), &c.to_bytes()).unwrap();
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<u32>>();
        assert_eq!(bits(&back.mlp.params), bits(&c.mlp.params));
        for (b, c) in [
            (&back.velocity, &c.velocity),
            (&back.second_moment, &c.second_moment),
        ] {
            assert_eq!(b.as_deref().map(bits), c.as_deref().map(bits));
        }
        assert_eq!(back.epoch, 3);
        assert_eq!(back.config, c.config);
        assert_eq!(back.rng, c.rng);
        assert_eq!(back.history, c.history);
        assert_eq!(back.data_order, c.data_order);
        assert_eq!(back.mlp.arch, c.mlp.arch);
    }

    /// Well-formed and correctly signed, but holding what training never writes: refused.
    #[test]
    fn non_finite_weights_and_a_broken_data_order_are_refused() {
        let err = |c: &Checkpoint| {
            Checkpoint::from_bytes(Path::new("c"), &c.to_bytes())
                .unwrap_err()
                .to_string()
        };
        let mut c = sample();
        c.mlp.params[4] = f32::NAN;
        let e = err(&c);
        assert!(e.contains("layer0.weight holds NaN at index 4"), "{e}");
        let mut c = sample();
        c.velocity.as_mut().unwrap()[1] = f32::INFINITY;
        assert!(err(&c).contains("layer0.weight.momentum holds inf"));
        let mut c = sample();
        c.second_moment.as_mut().unwrap()[2] = f32::NAN;
        assert!(err(&c).contains("layer0.weight.second_moment holds NaN"));
        let mut c = sample();
        c.second_moment.as_mut().unwrap()[2] = -0.5;
        assert!(
            err(&c).contains("second moment -0.5 at parameter 2"),
            "{}",
            err(&c)
        );
        let mut c = sample();
        c.velocity = None;
        assert!(
            err(&c).contains("second moments without its first"),
            "{}",
            err(&c)
        );
        // SGD's state alone (no second moments) is what every SGD run writes.
        let mut c = sample();
        c.second_moment = None;
        let back = Checkpoint::from_bytes(Path::new("c"), &c.to_bytes()).unwrap();
        assert!(back.velocity.is_some() && back.second_moment.is_none());
        for order in [vec![0, 0, 1], vec![0, 1, 3]] {
            let mut c = sample();
            c.data_order = Some(order);
            assert!(err(&c).contains("data_order is not a permutation of 0..3"));
        }
    }

    /// A signed file whose tensors are not those of its architecture names the tensor: one that
    /// does not belong, or an optimiser state missing from one layer while the others have it.
    #[test]
    fn a_tensor_missing_or_out_of_place_is_named() {
        let c = sample();
        let err = |keep: &dyn Fn(&str) -> bool, extra: bool| {
            let mut t = c.tensors();
            t.retain(|x| keep(&x.0));
            if extra {
                t.push(("layer2.weight".into(), Dtype::F32, vec![1], vec![0; 4]));
            }
            Checkpoint::from_bytes(Path::new("c"), &c.bytes_with(t))
                .unwrap_err()
                .to_string()
        };
        let e = err(&|_| true, true);
        assert!(
            e.contains("tensor layer2.weight is not part of a checkpoint of architecture 4-3-2"),
            "{e}"
        );
        for suffix in ["momentum", "second_moment"] {
            let gone = format!("layer1.bias.{suffix}");
            let e = err(&|n| n != gone, false);
            assert!(
                e.contains(&format!("tensor {gone} is missing, where other layers")),
                "{e}"
            );
        }
        let e = err(&|n| n != "layer1.bias", false);
        assert!(e.contains("tensor layer1.bias is missing"), "{e}");
        // Two faults: the layers' missing state is named before a data order of the wrong type,
        // as the parse did before it was split into steps.
        let mut t = c.tensors();
        t.retain(|x| x.0 != "layer1.bias.momentum");
        for x in t.iter_mut().filter(|x| x.0 == "data_order") {
            (x.1, x.2) = (Dtype::U8, vec![x.3.len()]);
        }
        let e = Checkpoint::from_bytes(Path::new("c"), &c.bytes_with(t))
            .unwrap_err()
            .to_string();
        assert!(e.contains("tensor layer1.bias.momentum is missing"), "{e}");
        // Every state dropped whole is a checkpoint of weights alone.
        let back = Checkpoint::from_bytes(
            Path::new("c"),
            &c.bytes_with(
                c.tensors()
                    .into_iter()
                    .filter(|x| !x.0.contains(".momentum") && !x.0.contains(".second_moment"))
                    .collect(),
            ),
        )
        .unwrap();
        assert!(back.velocity.is_none() && back.second_moment.is_none());
    }

    /// A file is judged by its first bytes before it is read whole: a 64 GiB sparse file of zeros
    /// (a header length of 0) used to be read into memory, and fail with "out of memory" where
    /// it fits no machine.
    #[test]
    fn a_huge_file_that_is_no_checkpoint_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.safetensors");
        let f = std::fs::File::create(&path).unwrap();
        if f.set_len(1 << 36).is_err() {
            eprintln!("skipped: this file system has no 64 GiB sparse files");
            return;
        }
        let e = Checkpoint::load(&path).unwrap_err().to_string();
        assert!(
            e.contains("found a header of 0 bytes that is not JSON"),
            "{e}"
        );
        // A header length over the format's limit is refused without reading the header.
        let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        std::io::Write::write_all(&mut f, &(1u64 << 35).to_le_bytes()).unwrap();
        let e = Checkpoint::load(&path).unwrap_err().to_string();
        assert!(e.contains("over the format's 100000000"), "{e}");
        // Headers that are JSON but declare no byte ranges, so that the size cannot be judged, or
        // a range that fills the file but not its tensor's shape.
        let header =
            |end: u64| format!(r#"{{"w":{{"dtype":"F32","shape":[1],"data_offsets":[0,{end}]}}}}"#);
        let length = header(1 << 35).len() as u64;
        let over_the_rest = header((1 << 36) - 8 - length);
        for (header, says) in [
            (&b"[]"[..], "not a JSON object"),
            (
                br#"{"w":{"dtype":"F32","shape":[1]}}"#,
                "tensor w without a byte range",
            ),
            (
                over_the_rest.as_bytes(),
                "tensor w of shape [1] needing 4 bytes over a range of",
            ),
        ] {
            let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
            let mut start = (header.len() as u64).to_le_bytes().to_vec();
            start.extend(header);
            std::io::Write::write_all(&mut f, &start).unwrap();
            let e = Checkpoint::load(&path).unwrap_err().to_string();
            assert!(e.contains(says), "{e}");
        }
    }

    /// A file cut short, with bytes appended, or not safetensors at all says what the format
    /// expects and what the file holds, in bytes.
    #[test]
    fn unreadable_files_say_what_was_expected_and_found() {
        let bytes = sample().to_bytes();
        let header = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
        let data = bytes.len() - 8 - header;
        let err = |b: &[u8]| {
            Checkpoint::from_bytes(Path::new("c"), b)
                .unwrap_err()
                .to_string()
        };
        let e = err(&bytes[..bytes.len() - 10]);
        assert!(
            e.contains(&format!(
                "the {data} bytes of tensor data its header declares, found {}: the file is cut \
                 short",
                data - 10
            )),
            "{e}"
        );
        let mut long = bytes.clone();
        long.extend([0, 0]);
        assert!(err(&long).contains("2 bytes follow them"), "{}", err(&long));
        let e = err(&bytes[..5]);
        assert!(e.contains("found 5 bytes in all"), "{e}");
        let e = err(&bytes[..8 + header / 2]);
        assert!(
            e.contains(&format!("a header length of {header} bytes")),
            "{e}"
        );
        // A header that fills its file but that the reader cannot take says what in it is wrong.
        let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut json: serde_json::Value =
                serde_json::from_slice(&bytes[8..8 + header]).unwrap();
            edit(&mut json);
            let h = json.to_string().into_bytes();
            let mut b = (h.len() as u64).to_le_bytes().to_vec();
            b.extend(h);
            b.extend(&bytes[8 + header..]);
            err(&b)
        };
        let e = edited(&|j| j["__metadata__"]["epoch"] = serde_json::json!(3));
        assert!(e.contains("metadata 'epoch' that is not a string"), "{e}");
        let e = edited(&|j| j["layer0.bias"]["dtype"] = serde_json::json!("Q4"));
        assert!(
            e.contains("tensor layer0.bias of an unknown dtype 'Q4'"),
            "{e}"
        );
    }

    #[test]
    fn every_flipped_data_byte_is_caught() {
        let bytes = sample().to_bytes();
        let header = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize + 8;
        for pos in header..bytes.len() {
            let mut b = bytes.clone();
            b[pos] ^= 0x10;
            let e = Checkpoint::from_bytes(Path::new("c"), &b)
                .unwrap_err()
                .to_string();
            assert!(e.contains("checksum mismatch"), "byte {pos}: {e}");
        }
        // Header bytes (length, JSON, padding): every flip is refused, never a panic.
        for pos in 0..header {
            let mut b = bytes.clone();
            b[pos] ^= 0x01;
            assert!(
                Checkpoint::from_bytes(Path::new("c"), &b).is_err(),
                "byte {pos} flipped was accepted"
            );
        }
    }
}
