#!/usr/bin/env bash
# The default `mnist` pipeline on the GPU over several seeds, LANES runs at a time, each lane taking
# seeds in turn, every run stopped (SIGTERM) at DEADLINE seconds after this script started.
# Usage: scripts/gpu-seeds.sh LANES DEADLINE SEED...
# on the GPU machine, in the repository root, with gpu-check/ built and carried (see
# scripts/gpu-check.sh). Run folders: gpu-check/runs/seedS, logs beside them; a stopped run
# continues when the same `mnist` command is run again there (without --fresh).
set -uo pipefail
case "${1:-}/${2:-}/${3:-}" in
*[!0-9/]* | /* | */ | *//*)
    echo "usage: $0 LANES DEADLINE SEED... (whole numbers; found '$*')" >&2
    exit 2
    ;;
esac
lanes=$1 deadline=$2
shift 2
seeds=("$@")
runs=gpu-check/runs
mkdir -p "$runs"
lane() {
    local k=$1 i
    for ((i = k; i < ${#seeds[@]}; i += lanes)); do
        local s=${seeds[$i]} left=$((deadline - SECONDS))
        [ "$left" -gt 20 ] || { echo "seed $s: not started, ${left} s left"; continue; }
        echo "seed $s: started at ${SECONDS} s, lane $k"
        timeout "$left" gpu-check/distil mnist --device cuda --seed "$s" --threads 4 --fresh \
            --out "$runs/seed$s" >"$runs/seed$s.log" 2>&1
        echo "seed $s: exit $? at ${SECONDS} s"
    done
}
for ((k = 0; k < lanes; k++)); do lane "$k" & done
wait
for s in "${seeds[@]}"; do
    echo "== seed $s"; grep -E '^\| (teacher|small|distilled) ' "$runs/seed$s/report.md" 2>/dev/null || tail -n 2 "$runs/seed$s.log"
done
