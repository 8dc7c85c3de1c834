// Throwaway probe, run from examples/ in a scratch build (not part of the crate): the teacher's logits with every logit below (row max - C)
// raised to it, written as a cache keyed to the same teacher and data.
use distil::distill::{CacheKey, Lookup, TeacherLogits};
use std::path::Path;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (teacher, cache, out, c): (&str, &str, &str, f32) = (&a[1], &a[2], &a[3], a[4].parse().unwrap());
    let bytes = std::fs::read(teacher).unwrap();
    let data = distil::data::DataDir::open(Path::new("datasets/mnist")).unwrap();
    let key = CacheKey::new(&bytes, &data.train, data.train.len(), 10, 0);
    let Lookup::Found(tl) = TeacherLogits::open(Path::new(cache), &key).unwrap() else { panic!("cache") };
    let mut v = tl.logits().to_vec();
    let mut raised = 0usize;
    for row in v.chunks_mut(10) {
        let m = row.iter().cloned().fold(f32::MIN, f32::max);
        for x in row.iter_mut() {
            if *x < m - c { *x = m - c; raised += 1; }
        }
    }
    println!("raised {raised} of {} logits", v.len());
    TeacherLogits::write(Path::new(out), &key, &v).unwrap();
}
