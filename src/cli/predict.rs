//! `predict`: a checkpoint's classes (or logits) for the items of an IDX file, written as IDX.

use distil::checkpoint::Checkpoint;
use distil::data::idx::{encode, ElemType};
use distil::data::{open_idx_maybe_gz, raw_and_gz, Dataset};
use distil::distill::check_logits_memory;
use distil::error::{Error, Result};
use distil::io::{
    folder_in_place_of_file, not_a_regular_file, require_writable_folder_of, same_path,
    write_atomic,
};
use distil::train::argmax;

use super::args::PredictArgs;

/// `predict`: checks the output path before the items are read, runs the model over them in
/// order, and writes one IDX file atomically.
pub fn predict(a: PredictArgs) -> Result<()> {
    check_out(&a)?;
    let ck = Checkpoint::load(&a.model)?;
    let arch = &ck.mlp.arch;
    let items = Dataset::unlabelled(open_idx_maybe_gz(&a.images)?)?;
    // Every label is 0, below any class count: this checks the width alone.
    items.check_fits(arch.inputs(), arch.classes())?;
    let n = items.len();
    let classes = arch.classes();
    // The logits, and with --logits the two copies that become the file.
    let copies = if a.logits { 3 } else { 1 };
    check_logits_memory(&a.images.display().to_string(), n, classes, copies)?;
    let logits = distil::distill::compute_logits(&ck, &items, n, 0)?;
    let count = u32::try_from(n).expect("an IDX file's count is a u32");
    let (elem, bytes, counts) = if a.logits {
        let data: Vec<u8> = logits.iter().flat_map(|v| v.to_be_bytes()).collect();
        let dims = [count, classes as u32];
        (ElemType::F32, encode(ElemType::F32, &dims, &data), None)
    } else {
        let predicted: Vec<usize> = logits.chunks_exact(classes).map(argmax).collect();
        let mut counts = vec![0usize; classes];
        for &c in &predicted {
            counts[c] += 1;
        }
        // Unsigned bytes, the type of MNIST's labels, where every class fits.
        let (elem, data): (_, Vec<u8>) = if classes <= 256 {
            (ElemType::U8, predicted.iter().map(|&c| c as u8).collect())
        } else {
            let data = predicted.iter().flat_map(|&c| (c as i32).to_be_bytes());
            (ElemType::I32, data.collect())
        };
        (elem, encode(elem, &[count], &data), Some(counts))
    };
    write_atomic(&a.out, &bytes)?;
    let what = if a.logits { "logits" } else { "classes" };
    if a.json {
        let j = serde_json::json!({
            "model": a.model.display().to_string(),
            "images": a.images.display().to_string(),
            "out": a.out.display().to_string(),
            "items": n,
            "output": what,
            "element_type": elem.name(),
            "predicted_per_class": counts,
        });
        println!("{j}");
        return Ok(());
    }
    println!(
        "wrote the {what} of {} of {} by {} ({arch}) to {} (IDX, {})",
        distil::words::count(n, "item"),
        a.images.display(),
        a.model.display(),
        a.out.display(),
        elem.name()
    );
    if let Some(counts) = counts {
        println!("{}", super::eval::per_class("predicted", &counts));
    }
    Ok(())
}

/// The output must be a file, in a writable folder, and neither of the inputs: predictions written
/// over the model or the items would destroy what made them.
fn check_out(a: &PredictArgs) -> Result<()> {
    let out = &a.out;
    // A device in its place (/dev/null) would be replaced by the rename, not written to.
    let kind = folder_in_place_of_file(out).or_else(|| not_a_regular_file(out));
    if let Some(kind) = kind {
        return Err(Error::data(
            format!("--out {}", out.display()),
            "a file name for the predictions",
            kind,
        ));
    }
    // The items are read from a raw file or a `.gz` beside it (decompressed to the raw name):
    // both belong to the input.
    let (raw, gz) = raw_and_gz(&a.images);
    let clash = [
        (&a.model, "--model file"),
        (&a.images, "--images file"),
        (&raw, "--images file's decompressed copy"),
        (&gz, "--images file's .gz source"),
    ]
    .into_iter()
    .find(|(input, _)| same_path(out, input));
    if let Some((_, what)) = clash {
        return Err(Error::config(
            "--out",
            format!("{} is the {what}: choose another name", out.display()),
        ));
    }
    // Written raw: under a .gz name this tool would refuse it as input.
    if out.extension().is_some_and(|e| e == "gz") {
        return Err(Error::config(
            "--out",
            format!(
                "{}: predictions are written as raw IDX, not gzip'd; drop the .gz",
                out.display()
            ),
        ));
    }
    // Earlier predictions are replaced, and an empty file (`mktemp`'s); any other file (a
    // checkpoint named by a slip) is not.
    let empty = std::fs::metadata(out).is_ok_and(|m| m.len() == 0);
    if out.exists() && !empty {
        match distil::data::idx::IdxFile::open(out) {
            Ok(_) => {}
            Err(e @ Error::Io { .. }) => return Err(e),
            // Its problem alone: the path is named once.
            Err(Error::Idx { problem, .. }) => {
                return Err(Error::data(
                    format!("--out {}", out.display()),
                    "a new file, or an IDX file to replace",
                    format!("a file that is not IDX ({problem}); choose another name"),
                ))
            }
            Err(e) => {
                return Err(Error::data(
                    format!("--out {}", out.display()),
                    "a new file, or an IDX file to replace",
                    format!("a file that is not IDX ({e}); choose another name"),
                ))
            }
        }
    }
    require_writable_folder_of(out)
}
