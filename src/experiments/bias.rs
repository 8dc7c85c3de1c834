//! The bias search of section 3: after training on a transfer set that lacks some classes, the
//! student under-predicts them; adding one shift δ to the output biases of those classes (the same
//! as adding δ to their logits) recovers most of the loss. This finds the δ that minimises the
//! errors over a set of evaluated logits, exactly, in O(n log n).
//!
//! For one example let m_S be its largest logit among the shifted classes S and m_R the largest
//! among the rest. The prediction is in S exactly when δ > t = m_R − m_S, so an example whose label
//! is the top class of S is right for δ > t, one whose label is the top class of the rest is right
//! for δ < t, and any other is wrong whatever δ is. The errors are therefore a step function of δ
//! that changes only at the t's; the search tries one δ inside every interval between them.
//!
//! That count is exact in real arithmetic. The shift is applied to f32 logits, where δ + m_S rounds
//! and a tie goes to the lower class index (as in evaluation), so the few candidates it ranks best
//! are counted again as applied, by argmax, and the best of those counts wins: the reported count
//! is always the chosen shift's own, and never above the unshifted one.

use crate::train::argmax;

/// The outcome of a search.
#[derive(Clone, Debug, PartialEq)]
pub struct Shift {
    /// The best shift (the midpoint of the best interval; the one nearest 0 among equals).
    pub delta: f32,
    pub errors_before: usize,
    pub errors_after: usize,
    /// Errors on examples whose label is in the shifted set, before and after.
    pub class_errors_before: usize,
    pub class_errors_after: usize,
}

/// Finds the shift of the logits of `shifted` classes that minimises errors over `logits`
/// (`[examples × classes]`) against `labels`, and counts the errors with it by argmax. The search
/// is over the open intervals between the examples' breakpoints: a shift exactly on one, which can
/// win only where two examples' logit gaps are the same f32 value, is not tried.
///
/// # Panics
/// If `classes` is 0.
pub fn best_shift(logits: &[f32], labels: &[u32], classes: usize, shifted: &[u32]) -> Shift {
    // Whether each class is in S, looked up once rather than searched per logit.
    let in_s: Vec<bool> = (0..classes)
        .map(|c| shifted.contains(&(c as u32)))
        .collect();
    let (above, below) = thresholds(logits, labels, &in_s);
    let ranked = ranked_shifts(&above, &below, labels.len());
    let count = |delta: f32| count_errors(logits, labels, &in_s, delta);
    // The best few by the real-number count, and no shift at all, counted as applied.
    const RECOUNTED: usize = 16;
    let (best, (errors_after, class_errors_after)) = ranked
        .into_iter()
        .take(RECOUNTED)
        .chain([0.0])
        .map(|d| (d, count(d)))
        .min_by(|a, b| a.1 .0.cmp(&b.1 .0).then(a.0.abs().total_cmp(&b.0.abs())))
        .expect("0 is always a candidate");
    let (errors_before, class_errors_before) = count(0.0);
    Shift {
        delta: best,
        errors_before,
        errors_after,
        class_errors_before,
        class_errors_after,
    }
}

/// Each example's breakpoint t, the shift at which the top logit of the shifted set S overtakes the
/// top of the rest, sorted: `above` holds those whose label tops S (right for shifts above t),
/// `below` those whose label tops the rest (right for shifts below t). Examples whose label tops
/// neither are left out (wrong at every shift); where S is empty or every class, both lists are
/// empty.
/// `in_s[c]` says whether class c is in S (one entry per class).
fn thresholds(logits: &[f32], labels: &[u32], in_s: &[bool]) -> (Vec<f64>, Vec<f64>) {
    let classes = in_s.len();
    let (mut above, mut below) = (Vec::new(), Vec::new());
    for (z, &label) in logits.chunks_exact(classes).zip(labels) {
        let top = |s: bool| {
            (0..classes)
                .filter(|&c| in_s[c] == s)
                .fold(None, |best: Option<usize>, c| match best {
                    Some(b) if z[b] >= z[c] => Some(b),
                    _ => Some(c),
                })
        };
        let (Some(ts), Some(tr)) = (top(true), top(false)) else {
            continue; // S is empty or everything: a shift changes nothing
        };
        let t = f64::from(z[tr]) - f64::from(z[ts]);
        if ts == label as usize {
            above.push(t);
        } else if tr == label as usize {
            below.push(t);
        }
    }
    above.sort_by(f64::total_cmp);
    below.sort_by(f64::total_cmp);
    (above, below)
}

/// Candidate shifts, fewest errors first (in real numbers, from the breakpoints) and, among equals,
/// the nearest 0: 0, one beyond each end, and the midpoints between neighbouring breakpoints. `n`
/// is the number of all examples, those left out of both lists (errors at every shift) included.
fn ranked_shifts(above: &[f64], below: &[f64], n: usize) -> Vec<f32> {
    // errors(δ) = n − #{above: t < δ} − #{below: t > δ}
    let errors_at = |d: f64| {
        let a = above.partition_point(|&t| t < d);
        let b = below.len() - below.partition_point(|&t| t <= d);
        n - a - b
    };
    let mut cuts: Vec<f64> = above.iter().chain(below).copied().collect();
    cuts.sort_by(f64::total_cmp);
    cuts.dedup();
    let mut candidates = vec![0.0];
    if let (Some(&lo), Some(&hi)) = (cuts.first(), cuts.last()) {
        candidates.push(lo - 1.0);
        candidates.push(hi + 1.0);
    }
    candidates.extend(cuts.windows(2).map(|w| 0.5 * (w[0] + w[1])));
    let mut ranked: Vec<(usize, f64, f32)> = candidates
        .into_iter()
        .map(|d| (errors_at(d), d.abs(), d as f32))
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    ranked.into_iter().map(|(_, _, d)| d).collect()
}

/// Errors by argmax with `delta` added (in f32, as applied) to the logits of the classes in S: over
/// all examples, and over those whose label is in S.
fn count_errors(logits: &[f32], labels: &[u32], in_s: &[bool], delta: f32) -> (usize, usize) {
    let classes = in_s.len();
    let mut row = vec![0.0f32; classes];
    let (mut all, mut in_class) = (0, 0);
    for (z, &label) in logits.chunks_exact(classes).zip(labels) {
        for ((r, &v), &shift) in row.iter_mut().zip(z).zip(in_s) {
            *r = if shift { v + delta } else { v };
        }
        if argmax(&row) != label as usize {
            all += 1;
            // A label outside the classes is in no S, as before.
            in_class += usize::from(in_s.get(label as usize) == Some(&true));
        }
    }
    (all, in_class)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of 3 logits where class 2 trails the best other class by `gap`, with label `label`.
    fn row(gap: f32, label: u32) -> ([f32; 3], u32) {
        if label == 2 {
            ([gap, 0.0, 0.0], 2)
        } else {
            ([gap, -5.0, 0.0], 0)
        }
    }

    #[test]
    fn finds_the_known_optimum_of_a_constructed_case() {
        // Three 2s behind by 1, 2, 3 and two 0s ahead by 2.5 and 4. Errors by δ: below 1: 3,
        // (1, 2): 2, (2, 2.5): 1, (2.5, 3): 2, (3, 4): 1, above 4: 2. Two best intervals; the one
        // nearer 0 wins, at its midpoint 2.25.
        let rows = [
            row(1.0, 2),
            row(2.0, 2),
            row(3.0, 2),
            row(2.5, 0),
            row(4.0, 0),
        ];
        let logits: Vec<f32> = rows.iter().flat_map(|r| r.0).collect();
        let labels: Vec<u32> = rows.iter().map(|r| r.1).collect();
        let s = best_shift(&logits, &labels, 3, &[2]);
        assert_eq!(s.delta, 2.25);
        assert_eq!((s.errors_before, s.errors_after), (3, 1));
        assert_eq!((s.class_errors_before, s.class_errors_after), (3, 1));
    }

    #[test]
    fn a_negative_shift_for_two_classes_and_no_shift_when_none_helps() {
        // Classes 1 and 2 shifted together; 0s are beaten by them by 0.5 and 1.5, a 1 leads by 1.
        let logits = [0.0, 0.5, 0.2, 0.0, 0.1, 1.5, 0.0, 1.0, -3.0];
        let labels = [0, 0, 1];
        let s = best_shift(&logits, &labels, 3, &[1, 2]);
        // δ in (−1, −0.5)... the 1 needs δ > −1, the 0s need δ < −0.5 and δ < −1.5: best −0.75
        // (one error), against 2 errors at 0.
        assert_eq!(s.delta, -0.75);
        assert_eq!((s.errors_before, s.errors_after), (2, 1));
        let right = [5.0, 0.0, 0.0, 0.0, 5.0, 0.0];
        let s = best_shift(&right, &[0, 1], 3, &[2]);
        assert_eq!((s.delta, s.errors_after), (0.0, 0));
    }

    /// Logits near 1e8, where f32 steps by 8: the shift of class 0 that the real-number count
    /// ranks first (12, between the gaps 8 and 16, one error) rounds, once applied, to 16, a tie
    /// with the second example's 1e8 + 16 that class 0 wins (the lower index): 2 errors. The
    /// shift 7, which that count gives 2 errors, rounds to 8, a tie with the first example's gap,
    /// won by its label 0: 1 error, the fewest any shift makes here.
    #[test]
    fn the_shift_is_chosen_by_its_errors_as_applied_in_f32() {
        let e = 1e8f32;
        // Class 0 (shifted) trails class 1 by 8, 16 and 24; labels 0, 1, 0.
        let logits = [e, e + 8.0, e, e + 16.0, e, e + 24.0];
        let labels = [0, 1, 0];
        let s = best_shift(&logits, &labels, 2, &[0]);
        assert_eq!(s.delta, 7.0);
        assert_eq!((s.errors_before, s.errors_after), (2, 1));
        // What the reported count says is what applying the shift gives.
        let applied = logits
            .chunks_exact(2)
            .zip(labels)
            .filter(|(z, l)| argmax(&[z[0] + s.delta, z[1]]) != *l as usize)
            .count();
        assert_eq!(applied, s.errors_after);
    }
}
