//! Distillation: the teacher's logits over the transfer set, cached in a memory-mapped file.
//!
//! The cache holds the teacher's logits (no dropout, no jitter) for every example of the transfer set,
//! f32 little-endian, `[examples × classes]`, after a header that records what they were computed
//! from: the SHA-256 of the teacher checkpoint's bytes and of the transfer set's image and label
//! bytes. A cache whose key does not match the teacher and data at hand is stale: recomputed when it
//! sits at the run's own default place, refused when the user named it. One whose body is damaged is
//! refused. Temperature sweeps and reruns share one cache. The header also records the numeric path
//! that computed the logits, outside the key: a cache from another path is used, with a note.
//!
//! An experiment outside the paper's protocol (`distill --teacher-shifts K`): each example's logits
//! averaged over all (2K + 1)² translations of its image by up to ±K pixels, an ensemble of the
//! teacher over the shifts it was trained with. The student still sees only untranslated images;
//! such a cache records K in its key and lives at its own default path.

use std::path::{Path, PathBuf};

use memmap2::Mmap;
use serde_json::json;

use crate::checkpoint::{sha256_hex, Checkpoint};
use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::io::write_atomic_and_keep;
use crate::nn::Workspace;

const MAGIC: &[u8; 8] = b"DLOGITS1";

/// What a cache was computed from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheKey {
    pub teacher_sha256: String,
    pub data_sha256: String,
    pub examples: usize,
    pub classes: usize,
    /// Logits averaged over translations by up to ± this many pixels (0: the images as they are).
    pub shifts: usize,
}

impl CacheKey {
    /// The key of the logits of the first `examples` examples of `data`, averaged over translations
    /// by up to ±`shifts` pixels.
    pub fn new(
        teacher_bytes: &[u8],
        data: &Dataset,
        examples: usize,
        classes: usize,
        shifts: usize,
    ) -> Self {
        CacheKey {
            teacher_sha256: sha256_hex(teacher_bytes),
            data_sha256: data.fingerprint(),
            examples,
            classes,
            shifts,
        }
    }

    /// What the soft targets come from, for a checkpoint's record: the teacher's SHA-256, with the
    /// shifts appended when its logits were averaged over them.
    pub fn source(&self) -> String {
        Self::source_of(&self.teacher_sha256, self.shifts)
    }

    /// [`CacheKey::source`] of a teacher's SHA-256 and shifts, before any cache is opened.
    pub fn source_of(teacher_sha256: &str, shifts: usize) -> String {
        if shifts == 0 {
            teacher_sha256.to_string()
        } else {
            format!("{teacher_sha256}+shifts{shifts}")
        }
    }

    fn to_json(&self) -> String {
        let mut j = json!({
            "teacher_sha256": self.teacher_sha256,
            "data_sha256": self.data_sha256,
            "examples": self.examples,
            "classes": self.classes,
        });
        // Written only when used, so caches made before the option existed keep their bytes.
        if self.shifts > 0 {
            j["teacher_shifts"] = json!(self.shifts);
        }
        j.to_string()
    }
}

/// A cache's logits are mapped as they lie in the file, little-endian (see [`TeacherLogits::logits`]):
/// a big-endian machine cannot use one.
fn little_endian(cache: &Path) -> Result<()> {
    if cfg!(target_endian = "big") {
        return Err(Error::data(
            cache.display().to_string(),
            "a little-endian machine",
            "big-endian",
        ));
    }
    Ok(())
}

/// The teacher's logits, memory-mapped.
pub struct TeacherLogits {
    pub path: PathBuf,
    map: Mmap,
    offset: usize,
    pub key: CacheKey,
    /// The numeric path that computed the logits (as epochs record theirs: `cpu avx512`, ...);
    /// None in caches written before it was recorded. Not part of the key: another path's logits
    /// differ only in rounding, so they are used, with a note ([`TeacherLogits::numerics_note`]).
    pub numerics: Option<String>,
}

impl TeacherLogits {
    /// Where a teacher's cache lives unless named: beside it, `TEACHER.logits` (or
    /// `TEACHER.shiftsK.logits` for logits averaged over shifts of up to ±K pixels).
    pub fn default_path(teacher: &Path, shifts: usize) -> PathBuf {
        let mut p = teacher.as_os_str().to_owned();
        if shifts > 0 {
            p.push(format!(".shifts{shifts}"));
        }
        p.push(".logits");
        PathBuf::from(p)
    }

    /// The logits as `[examples × classes]`.
    pub fn logits(&self) -> &[f32] {
        let bytes = &self.map[self.offset..];
        // SAFETY: the body starts at an offset that is a multiple of 4 from the start of a page-aligned
        // map, its length was checked to be examples × classes × 4 bytes, and every bit pattern is a
        // valid f32. The file is little-endian, which `from_file` (every way to a cache) checks is
        // the machine's order.
        unsafe { std::slice::from_raw_parts(bytes.as_ptr() as *const f32, bytes.len() / 4) }
    }

    /// Opens a cache and checks it against `key`: missing, stale (made for another teacher or data
    /// set: the key it was made for), or found. A damaged file is an error.
    pub fn open(path: &Path, key: &CacheKey) -> Result<Lookup> {
        if !path.exists() {
            return Ok(Lookup::Missing);
        }
        if let Some(kind) = crate::io::not_a_regular_file(path) {
            return Err(Error::data(
                format!("logits cache {}", path.display()),
                "a regular file",
                kind,
            ));
        }
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, "open", e))?;
        Self::from_file(path, file, key)
    }

    /// [`open`](Self::open)'s checks on a file already open; `path` names it in messages.
    fn from_file(path: &Path, file: std::fs::File, key: &CacheKey) -> Result<Lookup> {
        little_endian(path)?;
        let len = file
            .metadata()
            .map_err(|e| Error::io(path, "read", e))?
            .len();
        let map = if len == 0 {
            None
        } else {
            // SAFETY: a read-only map, like the data's (see `IdxFile::open`): the file must not be
            // truncated or rewritten in place while mapped. This tool only ever replaces a cache
            // by renaming a new file over it, which leaves this map on the old one; a cache named
            // with --logits-cache is the user's, and the README says not to rewrite it mid-run.
            Some(unsafe { Mmap::map(&file) }.map_err(|e| Error::io(path, "memory-map", e))?)
        };
        let header = parse(path, map.as_deref().unwrap_or(&[]))?;
        if &header.key != key {
            return Ok(Lookup::Stale(header.key));
        }
        let t = TeacherLogits {
            path: path.to_path_buf(),
            map: map.expect("a parsed cache is not empty"),
            offset: header.offset,
            key: key.clone(),
            numerics: header.numerics,
        };
        // Soft targets from a NaN or an infinity would make every loss NaN; say where it is.
        if let Some(i) = t.logits().iter().position(|v| !v.is_finite()) {
            return Err(Error::data(
                format!("logits cache {}", path.display()),
                "finite logits",
                format!(
                    "{} at example {}, class {}; delete the file to compute it again",
                    t.logits()[i],
                    i / key.classes.max(1),
                    i % key.classes.max(1)
                ),
            ));
        }
        Ok(Lookup::Found(t))
    }

    /// A note for a cache whose logits this process did not compute on its own numeric path (one
    /// made under `DISTIL_SIMD=scalar`, say): a student trained on them may differ in rounding
    /// from one whose run computed them here. None when the paths agree or the cache does not say.
    pub fn numerics_note(&self) -> Option<String> {
        let made = self.numerics.as_deref()?;
        let now = crate::train::cpu_numerics();
        (made != now).then(|| {
            crate::error::escape_controls(&format!(
                "note: the teacher's logits in {} were computed on {made} and this run is on \
                 {now}: the student may differ in rounding from a run that computes them here \
                 (delete the cache to compute it again)",
                self.path.display()
            ))
        })
    }

    /// Writes logits and their key, and the numeric path of this process, which is taken to have
    /// computed them (temporary file, then rename). Returns the file written, open.
    pub fn write(path: &Path, key: &CacheKey, logits: &[f32]) -> Result<std::fs::File> {
        // What the reader refuses is not written: logits that are not the key's examples ×
        // classes, or not finite (a library caller's).
        let refused = |found: String| {
            Error::data(
                format!("logits for {}", path.display()),
                format!(
                    "{} ({} × {})",
                    crate::words::count(key.examples.saturating_mul(key.classes), "finite value"),
                    crate::words::count(key.examples, "example"),
                    crate::words::count(key.classes, "class")
                ),
                found,
            )
        };
        if Some(logits.len()) != key.examples.checked_mul(key.classes) {
            return Err(refused(crate::words::count(logits.len(), "value")));
        }
        if let Some(i) = crate::nn::optim::first_non_finite(logits) {
            return Err(refused(format!("{} at value {i}", logits[i])));
        }
        let body: Vec<u8> = logits.iter().flat_map(|v| v.to_le_bytes()).collect();
        let mut header =
            serde_json::from_str::<serde_json::Value>(&key.to_json()).expect("valid JSON");
        header["body_sha256"] = json!(sha256_hex(&body));
        header["numerics"] = json!(crate::train::cpu_numerics());
        let mut h = header.to_string().into_bytes();
        while !(16 + h.len()).is_multiple_of(4) {
            h.push(b' ');
        }
        let mut out = Vec::with_capacity(16 + h.len() + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(h.len() as u64).to_le_bytes());
        out.extend_from_slice(&h);
        out.extend_from_slice(&body);
        write_atomic_and_keep(path, &out)
    }

    /// Opens the cache for `teacher` over the first `examples` examples of `data` (the transfer set;
    /// more than `data` holds means all of it), computing and writing it first if it is missing. A
    /// stale cache (made for another teacher or data set) is recomputed when `stale` says so, and
    /// refused otherwise, so a file the user named is never overwritten by surprise. Returns the
    /// logits and whether they were computed now. `shifts` > 0 averages each example's logits over
    /// its translations by up to that many pixels (see the module's note).
    pub fn open_or_compute(
        cache: &Path,
        teacher_path: &Path,
        data: &Dataset,
        examples: usize,
        shifts: usize,
        stale: Stale,
    ) -> Result<(Self, bool)> {
        little_endian(cache)?; // before computing a cache that could not be used
        let examples = examples.min(data.len());
        let (teacher, teacher_bytes) = Checkpoint::load_with_bytes(teacher_path)?;
        let arch = &teacher.mlp.arch;
        data.check_fits(arch.inputs(), arch.classes())?;
        let key = CacheKey::new(&teacher_bytes, data, examples, arch.classes(), shifts);
        match Self::open(cache, &key)? {
            Lookup::Found(c) => return Ok((c, false)),
            Lookup::Stale(found) if stale == Stale::Refuse => {
                return Err(stale_cache(cache, teacher_path, &key, &found));
            }
            Lookup::Stale(_) | Lookup::Missing => {}
        }
        // The logits and the file's bytes made of them.
        check_logits_memory(
            &teacher_path.display().to_string(),
            examples,
            arch.classes(),
            2,
        )?;
        let logits = compute_logits(&teacher, data, examples, shifts)?;
        // The file just written, not `cache` opened again: a concurrent run sharing the default
        // cache may have renamed its own over it in between.
        let file = Self::write(cache, &key, &logits)?;
        match Self::from_file(cache, file, &key)? {
            Lookup::Found(c) => Ok((c, true)),
            _ => Err(Error::data(
                cache.display().to_string(),
                "the cache just written",
                "a mismatch",
            )),
        }
    }
}

/// The error for a stale cache at a place named by the user (`Stale::Refuse`): what this run's
/// logits would be (`key`) against what the file holds (`found`), and how to go on.
fn stale_cache(cache: &Path, teacher_path: &Path, key: &CacheKey, found: &CacheKey) -> Error {
    Error::data(
        format!("logits cache {}", cache.display()),
        format!(
            "logits of teacher {} ({}) over {} of these data{}",
            teacher_path.display(),
            short(&key.teacher_sha256),
            crate::words::count(key.examples, "example"),
            match key.shifts {
                0 => String::new(),
                k => format!(", averaged over shifts of up to ±{k} px"),
            }
        ),
        format!(
            "logits of teacher {} over {}{}{}{}; delete the file or name another \
             cache",
            short(&found.teacher_sha256),
            crate::words::count(found.examples, "example"),
            if found.data_sha256 == key.data_sha256 {
                ""
            } else {
                " of other data"
            },
            if found.classes == key.classes {
                String::new()
            } else {
                format!(
                    " in {} classes (the teacher has {})",
                    found.classes, key.classes
                )
            },
            match (found.shifts, key.shifts) {
                (f, k) if f == k => String::new(),
                (0, _) => " not averaged over shifts".to_string(),
                (f, _) => format!(" averaged over shifts of up to ±{f} px"),
            }
        ),
    )
}

/// What `TeacherLogits::open` found.
pub enum Lookup {
    Missing,
    /// A cache made for another teacher, data set or transfer-set size: the key it was made for.
    Stale(CacheKey),
    Found(TeacherLogits),
}

/// What to do with a stale cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stale {
    /// Recompute and overwrite it (a cache at the default place, owned by the run).
    Recompute,
    /// Refuse it with an error (a cache the user named).
    Refuse,
}

fn short(sha: &str) -> String {
    // By characters: a damaged header's key need not be hex (nor ASCII).
    format!("sha256 {}…", sha.chars().take(12).collect::<String>())
}

/// A parsed cache header: the key, where the body starts, and the numeric path that computed it.
#[derive(Debug)]
pub struct CacheHeader {
    pub key: CacheKey,
    pub offset: usize,
    pub numerics: Option<String>,
}

/// Parses and checks a whole cache file's bytes: magic, header, body length and checksum. Every
/// failure is an error naming `path`.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<CacheHeader> {
    let bad = |m: String| {
        Error::data(
            format!("logits cache {}", path.display()),
            "a file written by this tool",
            format!("{m}; if it is a damaged cache, delete it to compute it again"),
        )
    };
    let len = bytes.len();
    if len < 16 {
        return Err(bad(crate::words::count(len, "byte")));
    }
    if &bytes[..8] != MAGIC {
        return Err(bad("another format (wrong magic)".into()));
    }
    let mut hlen = [0u8; 8];
    hlen.copy_from_slice(&bytes[8..16]);
    let offset = usize::try_from(u64::from_le_bytes(hlen))
        .ok()
        .and_then(|h| h.checked_add(16))
        .filter(|&o| o <= len && o.is_multiple_of(4))
        .ok_or_else(|| bad("a bad header length".into()))?;
    let header: serde_json::Value = serde_json::from_slice(bytes[16..offset].trim_ascii_end())
        .map_err(|e| bad(format!("a bad header ({e})")))?;
    let text = |k: &str| header[k].as_str().map(str::to_string);
    let count = |k: &str| header[k].as_u64().and_then(|v| usize::try_from(v).ok());
    let (Some(teacher_sha256), Some(data_sha256), Some(examples), Some(classes), Some(sum)) = (
        text("teacher_sha256"),
        text("data_sha256"),
        count("examples"),
        count("classes"),
        text("body_sha256"),
    ) else {
        return Err(bad("a header without its key fields".into()));
    };
    let key = CacheKey {
        teacher_sha256,
        data_sha256,
        examples,
        classes,
        shifts: count("teacher_shifts").unwrap_or(0),
    };
    let body = examples.checked_mul(classes).and_then(|n| n.checked_mul(4));
    if body != Some(len - offset) {
        return Err(bad(format!(
            "{} of body where {} × {} need {}",
            crate::words::count(len - offset, "byte"),
            crate::words::count(examples, "example"),
            crate::words::count(classes, "class"),
            body.map_or("more than memory holds".to_string(), |b| b.to_string())
        )));
    }
    // Fuzzing cannot forge a SHA-256; skip the comparison there so it reaches what follows.
    if !cfg!(fuzzing) && sha256_hex(&bytes[offset..]) != sum {
        return Err(bad("a body that fails its checksum (damaged)".into()));
    }
    Ok(CacheHeader {
        key,
        offset,
        numerics: text("numerics"),
    })
}

/// The least the soft term of [`crate::nn::loss::distill`]'s loss can be on these teacher logits
/// (`[examples × classes]`): α·T² times the mean entropy of the teacher's softmax at T, which the
/// cross-entropy reaches when the student matches the teacher exactly. The reported loss falls
/// toward it, not toward 0. In f64, for display; 0 for no classes or no rows.
///
/// # Panics
/// If `teacher` is not whole rows of `classes` logits: a caller's layout error, not data's.
pub fn soft_term_floor(teacher: &[f32], classes: usize, t: f32, alpha: f32) -> f64 {
    if classes == 0 {
        return 0.0;
    }
    assert!(
        teacher.len().is_multiple_of(classes),
        "soft_term_floor: {} logits are not rows of {classes}",
        teacher.len()
    );
    let (t, rows) = (t as f64, teacher.len() / classes);
    let entropy: f64 = teacher
        .chunks_exact(classes)
        .map(|row| {
            // With s_i = (v_i − max)/T and S = Σ e^{s_i}: p_i = e^{s_i}/S, so
            // H = −Σ p_i ln p_i = ln S − Σ e^{s_i}·s_i / S, in one pass and no buffer.
            let max = row.iter().fold(f64::NEG_INFINITY, |m, &v| m.max(v as f64));
            let (sum, weighted) = row.iter().fold((0.0, 0.0), |(sum, w), &v| {
                let s = (v as f64 - max) / t;
                let e = s.exp();
                (sum + e, w + e * s)
            });
            sum.ln() - weighted / sum
        })
        .sum();
    alpha as f64 * t * t * entropy / rows.max(1) as f64
}

/// Whether this process can hold `copies` arrays of `examples × classes` logits: a failed
/// allocation would abort it, while asked for here, at once and given back (as training's
/// [`crate::train::check_memory`] does), it is an error naming `what` the logits are of.
pub fn check_logits_memory(
    what: &str,
    examples: usize,
    classes: usize,
    copies: usize,
) -> Result<()> {
    let bytes = examples
        .saturating_mul(classes)
        .saturating_mul(4)
        .saturating_mul(copies);
    crate::train::can_allocate(bytes)
        .then_some(())
        .ok_or_else(|| {
            Error::data(
                what,
                "logits this process can hold",
                format!(
                    "{examples} items of {classes} classes, needing about {} MiB",
                    bytes >> 20
                ),
            )
        })
}

/// The teacher's logits over the first `examples` examples of `data`, in order, without dropout or
/// jitter; with `shifts` > 0, each example's mean over its (2·shifts + 1)² translations, summed in a
/// fixed order (so the same bits for any thread count), which needs images larger than the shift.
pub fn compute_logits(
    teacher: &Checkpoint,
    data: &Dataset,
    examples: usize,
    shifts: usize,
) -> Result<Vec<f32>> {
    teacher.mlp.check()?;
    let arch = &teacher.mlp.arch;
    let c = arch.classes();
    data.check_width(arch.inputs())?;
    if examples > data.len() {
        return Err(Error::data(
            data.images.path.display().to_string(),
            format!(
                "at least {} for the teacher's logits",
                crate::words::count(examples, "example")
            ),
            data.len(),
        ));
    }
    data.check_shift(shifts)?;
    let mut ws = Workspace::new(arch, 500);
    let mut out = vec![0.0f32; examples * c];
    let idx: Vec<u32> = (0..examples as u32).collect();
    let mut labels = vec![0u32; ws.batch];
    let k = shifts as i64;
    let views = ((2 * k + 1) * (2 * k + 1)) as f32;
    for (chunk, dst) in idx.chunks(ws.batch).zip(out.chunks_mut(ws.batch * c)) {
        let rows = chunk.len();
        let x = ..rows * arch.inputs();
        // An item whose sums overflow is an error, not logits that look plausible.
        let overflowed = |found: Option<(usize, usize)>| match found {
            Some((layer, row)) => Err(crate::train::overflow_error(
                data,
                chunk[row] as usize,
                arch,
                layer,
            )),
            None => Ok(()),
        };
        if shifts == 0 {
            data.fill_batch(chunk, &mut ws.input[x], &mut labels[..rows], None);
            overflowed(teacher.mlp.forward_checked(&mut ws, rows))?;
            dst.copy_from_slice(ws.logits(rows));
            continue;
        }
        dst.fill(0.0);
        for dy in -k..=k {
            for dx in -k..=k {
                data.fill_batch_shifted(chunk, &mut ws.input[x], &mut labels[..rows], dx, dy);
                overflowed(teacher.mlp.forward_checked(&mut ws, rows))?;
                for (d, &z) in dst.iter_mut().zip(ws.logits(rows)) {
                    *d += z;
                }
            }
        }
        for d in dst.iter_mut() {
            *d /= views;
        }
    }
    Ok(out)
}

/// The largest finite temperature a command accepts. The soft targets' differences shrink as
/// 1/T: at 10,000 they still hold about four significant digits in f32 (a small student there
/// ends within a few errors of `inf`'s), but from about 1e7 the rounding dominates and from 1e10
/// the soft term's gradient is exactly zero, so a student trained silently on the labels alone.
/// `inf` is the exact limit.
pub const MAX_TEMPERATURE: f32 = 1e4;

/// The smallest temperature a command accepts. Below it a softmax is an argmax for any logits a
/// network gives, the losses are checked to stay finite only down to here, and from about 1e-23
/// T² is 0 in f32: the soft term, and its gradient, would vanish without a word.
pub const MIN_TEMPERATURE: f32 = 0.01;

/// Checks a temperature given as `flag`: from [`MIN_TEMPERATURE`] to [`MAX_TEMPERATURE`] or, where
/// `inf_allowed`, infinite (matching logits, the limit of large T, where a command can train on
/// it). One rule for every command.
pub fn check_temperature(flag: &str, t: f32, inf_allowed: bool) -> Result<()> {
    if t >= MIN_TEMPERATURE && (t <= MAX_TEMPERATURE || (inf_allowed && t == f32::INFINITY)) {
        return Ok(());
    }
    let what = if inf_allowed {
        "a temperature from 0.01 to 10000 (or inf: matching logits, the limit of large T)"
    } else {
        "a temperature from 0.01 to 10000"
    };
    // Large and tiny values as typed in scientific notation (1e30, not its 31 digits).
    let found = if t.is_finite() && t != 0.0 && !(1e-4..1e6).contains(&t.abs()) {
        format!("{t:e}")
    } else {
        t.to_string()
    };
    Err(Error::config(
        flag,
        format!("expected {what}, found {found}"),
    ))
}

/// Parses a temperature. `inf` (matching logits) must be written as such: a finite number too large
/// for f32, such as 1e40, would otherwise turn into it silently.
pub fn parse_temperature(s: &str) -> std::result::Result<f32, String> {
    let t: f32 = s
        .trim()
        .parse()
        .map_err(|_| format!("expected a number or inf, found '{s}'"))?;
    // A positive value below f32's smallest would otherwise be refused as "found 0".
    if t == 0.0 && s.trim().parse::<f64>().is_ok_and(|v| v > 0.0) {
        return Err(format!(
            "{s} rounds to 0 in f32 (temperatures start at 0.01)"
        ));
    }
    if t.is_infinite() && t > 0.0 && !spelled_inf(s) {
        return Err(format!(
            "{s} is beyond f32's range; write inf for matching logits"
        ));
    }
    Ok(t)
}

/// Whether `s` spells infinity (`inf`, `+Infinity`, `-inf`, ...) rather than a number too large
/// for f32.
fn spelled_inf(s: &str) -> bool {
    let s = s.trim().trim_start_matches(['+', '-']).to_ascii_lowercase();
    matches!(s.as_str(), "inf" | "infinity")
}

/// [`parse_temperature`] where only finite temperatures have a meaning (`eval --temperature`):
/// a value beyond f32's range is refused without offering inf.
pub fn parse_finite_temperature(s: &str) -> std::result::Result<f32, String> {
    match s.trim().parse::<f64>() {
        Err(_) => Err(format!("expected a number, found '{s}'")),
        // A number too large for f32 (or even f64, which parses it as infinity) is not an
        // infinity written as such: eval has no use for inf, so this does not offer it.
        Ok(v) if (v as f32).is_infinite() && !spelled_inf(s) => Err(format!(
            "{s} is beyond f32's range (about 3.4e38): expected a finite temperature"
        )),
        Ok(_) => parse_temperature(s),
    }
}

/// Parses a comma-separated list of class numbers, each below `classes` and given once (a repeat is
/// refused, as in every list flag), for `flag`; sorted.
pub fn parse_classes(flag: &str, list: &str, classes: usize) -> Result<Vec<u32>> {
    let mut out = Vec::new();
    for part in list.split(',') {
        let part = part.trim();
        if part.parse::<i64>().is_ok_and(|c| c < 0) {
            return Err(Error::config(
                flag,
                format!("classes are numbered from 0, found {part} in '{list}'"),
            ));
        }
        let c: u32 = part.parse().map_err(|_| {
            Error::config(
                flag,
                format!("expected class numbers like 3 or 7,8, found '{list}'"),
            )
        })?;
        if c as usize >= classes {
            return Err(Error::config(
                flag,
                format!("class {c} is not below the network's {classes} outputs"),
            ));
        }
        if out.contains(&c) {
            return Err(Error::config(
                flag,
                format!("expected each class once, found {c} twice in '{list}'"),
            ));
        }
        out.push(c);
    }
    out.sort_unstable();
    Ok(out)
}

/// Which classes a transfer set keeps (section 3 of the paper trains on a transfer set without any
/// 3s, and on one of only 7s and 8s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassFilter {
    /// Every class but these.
    Omit(Vec<u32>),
    /// Only these classes.
    Keep(Vec<u32>),
}

impl ClassFilter {
    pub fn keeps(&self, label: u32) -> bool {
        match self {
            ClassFilter::Omit(c) => !c.contains(&label),
            ClassFilter::Keep(c) => c.contains(&label),
        }
    }

    /// The first `n` examples of `data` cut down to the kept classes, and their indices in `data`.
    pub fn cut(&self, data: &Dataset, n: usize) -> Result<(Dataset, Vec<u32>)> {
        self.check_keeps_any(data, n)?;
        data.select(n, |l| self.keeps(l))
    }

    /// Refuses a cut of the first `n` examples of `data` that would keep none, from the labels
    /// alone: before a teacher pass writes a logits cache for a transfer set that cannot be used.
    pub fn check_keeps_any(&self, data: &Dataset, n: usize) -> Result<()> {
        if data.labels.iter().take(n).any(|&l| self.keeps(l)) {
            return Ok(());
        }
        Err(Error::data(
            format!("transfer set {}", data.images.path.display()),
            format!("examples of the classes kept by '{self}'"),
            "none",
        ))
    }

    /// Cuts the first `n` examples of `data` and their rows of `logits` ([examples × classes]) down
    /// to the kept classes.
    pub fn apply(
        &self,
        data: &Dataset,
        n: usize,
        logits: &[f32],
        classes: usize,
    ) -> Result<(Dataset, Vec<f32>)> {
        let (cut, picked) = self.cut(data, n)?;
        if classes == 0 {
            return Err(Error::data(
                "teacher logits",
                "rows of one logit per class",
                "0 classes",
            ));
        }
        if logits.len() < n.min(data.len()) * classes {
            return Err(Error::data(
                "teacher logits",
                format!(
                    "{} × {}",
                    crate::words::count(n.min(data.len()), "example"),
                    crate::words::count(classes, "class")
                ),
                crate::words::count(logits.len(), "value"),
            ));
        }
        let rows = picked
            .iter()
            .flat_map(|&i| &logits[i as usize * classes..][..classes])
            .copied()
            .collect();
        Ok((cut, rows))
    }
}

impl std::fmt::Display for ClassFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (word, c) = match self {
            ClassFilter::Omit(c) => ("omit", c),
            ClassFilter::Keep(c) => ("keep", c),
        };
        let list: Vec<String> = c.iter().map(|x| x.to_string()).collect();
        write!(f, "{word} {}", list.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eval_temperatures_are_finite_and_say_so() {
        assert_eq!(parse_finite_temperature(" 2.5"), Ok(2.5));
        let e = parse_finite_temperature("1e39").unwrap_err();
        assert!(
            e.contains("expected a finite temperature") && !e.contains("write inf"),
            "{e}"
        );
        assert_eq!(
            parse_finite_temperature("x").unwrap_err(),
            "expected a number, found 'x'"
        );
        // Spelled out, inf parses; the command's check then refuses it, naming the flag.
        assert_eq!(parse_finite_temperature("inf"), Ok(f32::INFINITY));
    }

    #[test]
    fn the_soft_floor_is_the_loss_of_a_student_that_matches_its_teacher() {
        // Uniform logits: the entropy is ln C.
        let f = soft_term_floor(&[3.0; 20], 10, 20.0, 0.5);
        assert!((f - 0.5 * 400.0 * 10f64.ln()).abs() < 1e-9, "{f}");
        // A student equal to its teacher has exactly this loss (α = 1: no hard term).
        let rows = 7;
        let v: Vec<f32> = (0..rows * 10)
            .map(|i| ((i * 37 % 23) as f32 - 11.0) * 0.9)
            .collect();
        let labels = vec![0u32; rows];
        let mut grad = vec![0.0; v.len()];
        for t in [1.0f32, 2.0, 20.0] {
            let (sum, _) = crate::nn::loss::distill(&v, &v, &labels, &mut grad, 10, t, 1.0);
            let floor = soft_term_floor(&v, 10, t, 1.0);
            let mean = sum / rows as f64;
            assert!(
                (mean - floor).abs() < 1e-4 * floor,
                "T = {t}: {mean} against {floor}"
            );
        }
        assert_eq!(soft_term_floor(&[], 10, 20.0, 0.5), 0.0);
    }

    #[test]
    #[should_panic(expected = "11 logits are not rows of 10")]
    fn the_soft_floor_refuses_a_partial_row() {
        soft_term_floor(&[0.0; 11], 10, 20.0, 0.5);
    }
}
