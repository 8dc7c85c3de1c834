//! The teacher-logits cache shared by concurrent runs: runs over different transfer-set sizes that
//! share the default cache overwrite each other's file, and each must still get its own logits.

mod common;

use common::bars_teacher;
use distil::data::DataDir;
use distil::distill::{Stale, TeacherLogits};

#[test]
fn runs_sharing_a_default_cache_each_get_their_own_logits() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let data = DataDir::open(&data).unwrap();
    let cache = TeacherLogits::default_path(&teacher, 0);
    // Four transfer-set sizes, so that each run keeps finding another's cache stale and rewriting it.
    // When a run opened the path again after writing it, it could find another's cache there (a
    // rename in between) and failed with "a mismatch", within 40 rounds in every try.
    let sizes = [50usize, 100, 150, 200];
    let rewrites: Vec<usize> = std::thread::scope(|s| {
        let runs: Vec<_> = sizes
            .iter()
            .map(|&examples| {
                let (cache, teacher, data) = (&cache, &teacher, &data);
                s.spawn(move || {
                    let mut rewrites = 0;
                    for round in 0..500 {
                        let (logits, computed) = TeacherLogits::open_or_compute(
                            cache,
                            teacher,
                            &data.train,
                            examples,
                            0,
                            Stale::Recompute,
                        )
                        .unwrap_or_else(|e| panic!("{examples} examples, round {round}: {e}"));
                        assert_eq!(logits.key.examples, examples);
                        assert_eq!(logits.logits().len(), examples * 4);
                        rewrites += usize::from(computed);
                    }
                    rewrites
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    // The runs did overwrite each other: each computed its logits more than the once it needs alone.
    assert!(rewrites.iter().all(|&n| n > 1), "rewrites {rewrites:?}");
}
