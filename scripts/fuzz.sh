#!/usr/bin/env bash
# Fuzzes the IDX reader, the checkpoint loader and the logits-cache parser with cargo fuzz
# (libFuzzer, nightly toolchain), each for SECONDS (default 600), starting from the seeds in
# fuzz/seeds/<target> (real headers and files). Findings land in fuzz/artifacts/<target>/; each one
# fixed is kept as a regression test in tests/fuzz_regressions.rs.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(idx checkpoint logits_cache)
# From outside the repository: its .cargo/config.toml would look for cargo-fuzz in vendor/.
command -v cargo-fuzz >/dev/null || (cd / && cargo install cargo-fuzz)
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t"
    echo "fuzz: $t for ${seconds}s"
    (cd fuzz && cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 -max_len=65536) 2>&1 |
        tee "fuzz/$t.log" | grep -E "^(#[0-9]+.*(DONE|INITED)|stat::|==[0-9]+==|SUMMARY|Test unit written)" || true
done
