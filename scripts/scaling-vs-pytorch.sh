#!/usr/bin/env bash
# How epoch time grows with hidden width and batch size, distil beside PyTorch, one after the other
# on this machine with the same thread count: writes scaling.json, scaling.md (the table with the
# ratios) and scaling.svg into OUT_DIR, plus pytorch.json. PyTorch comes from PyPI (into
# .venv-bench unless PYTHON is set).
#
#   scripts/scaling-vs-pytorch.sh OUT_DIR [THREADS] [EXAMPLES] [EPOCHS]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/scaling-vs-pytorch.sh OUT_DIR [THREADS] [EXAMPLES] [EPOCHS]}
threads=${2:-2}
examples=${3:-6000}
epochs=${4:-2}
mkdir -p "$out"
# The default batches go up to 1,000, and distil refuses a batch larger than an epoch: say so
# before the PyTorch half runs rather than after it.
if [ "$examples" -lt 1000 ]; then
    echo "scaling-vs-pytorch.sh: EXAMPLES must be at least 1000 (the largest batch), found $examples" >&2
    exit 2
fi
if [ -z "${PYTHON:-}" ]; then
    [ -x .venv-bench/bin/python ] || { python3 -m venv .venv-bench && .venv-bench/bin/pip install -q torch numpy; }
    PYTHON=.venv-bench/bin/python
fi
"$PYTHON" scripts/pytorch_epoch.py --model scaling --threads "$threads" --examples "$examples" \
    --epochs "$epochs" --json > "$out/pytorch.json.tmp"
mv "$out/pytorch.json.tmp" "$out/pytorch.json"
cargo run --release -q -- bench --scaling --threads "$threads" --examples "$examples" \
    --epochs "$epochs" --compare "$out/pytorch.json" --out "$out"
