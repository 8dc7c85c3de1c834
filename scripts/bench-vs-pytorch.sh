#!/usr/bin/env bash
# distil and PyTorch side by side on this machine, one after the other, same thread count: seconds
# per teacher, small-net and distillation epoch, and the teacher's inference over 10,000 images;
# prints a table with the ratios. PyTorch comes from PyPI (into .venv-bench unless PYTHON is set).
# With OUT_DIR, the JSON of both engines is kept there (distil.json, torch-MODEL.json).
#
#   scripts/bench-vs-pytorch.sh [THREADS] [EPOCHS] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-2}
epochs=${2:-3}
if [ -z "${PYTHON:-}" ]; then
    [ -x .venv-bench/bin/python ] || { python3 -m venv .venv-bench && .venv-bench/bin/pip install -q torch numpy; }
    PYTHON=.venv-bench/bin/python
fi
out=${3:-$(mktemp -d)}
mkdir -p "$out"
cargo run --release -q -- bench --threads "$threads" --epochs "$epochs" --json > "$out/distil.json"
for m in teacher small distill inference; do
    "$PYTHON" scripts/pytorch_epoch.py --threads "$threads" --epochs "$epochs" --model $m --json > "$out/torch-$m.json"
done
"$PYTHON" - "$out" <<'PY'
import json, sys, os
d = sys.argv[1]
ours = json.load(open(os.path.join(d, "distil.json")))
rows = [("teacher epoch (s)", ours["teacher"]["seconds_per_epoch"], "teacher", "seconds_per_epoch"),
        ("small-net epoch (s)", ours["small"]["seconds_per_epoch"], "small", "seconds_per_epoch"),
        ("distillation epoch (s)", ours["distill"]["seconds_per_epoch"], "distill", "seconds_per_epoch"),
        ("teacher inference, 10,000 images (ms)", ours["inference_ms"], "inference", "inference_ms")]
print(f"machine: {ours['machine']}, {ours['threads']} threads, SIMD {ours['simd']}, "
      f"FMA peak {ours['fma_peak_gflops']:.0f} GFLOP/s, distil peak RSS {ours['peak_rss_mb']:.0f} MiB")
print("| what | distil | PyTorch | PyTorch / distil |")
print("|---|---:|---:|---:|")
for name, mine, m, key in rows:
    theirs = json.load(open(os.path.join(d, f"torch-{m}.json")))[key]
    print(f"| {name} | {mine:.3f} | {theirs:.3f} | {theirs / mine:.2f}× |")
PY
