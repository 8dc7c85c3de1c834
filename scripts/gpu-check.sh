#!/usr/bin/env bash
# The device checks of the GPU path (`--features cuda`), in one go. First run on an NVIDIA H200 on
# 2026-12-04 (docs/results/gpu-h200/).
#
#   scripts/gpu-check.sh build   # HERE (with network): build the binary and the test binaries with
#                                # --features cuda into gpu-check/ (carry that folder)
#   scripts/gpu-check.sh run     # ON THE GPU MACHINE: run them; logs go to $OUT (or gpu-check/out)
#   scripts/gpu-check.sh run --with-cpu   # the same, then the CPU's epochs and bench beside them
#   scripts/gpu-check.sh run --full 540   # the same, then the default `mnist` on the GPU, stopped
#                                         # (SIGTERM) 540 s after the script started
#   scripts/gpu-check.sh seeds 4 320 1 2 3 4 5 6 7 8
#       # ON THE GPU MACHINE: the default `mnist` for each seed, 4 runs at a time sharing the GPU,
#       # every run stopped (SIGTERM) 320 s after the script started; the same command again
#       # continues the stopped runs where a machine keeps gpu-check/runs (a warm one, not carried)
#   gpu-check/distil sweep --device cuda --teacher gpu-check/runs/seed7/teacher.safetensors \
#       --widths 800 --temperatures 20 --seeds 8 --epochs 80 --alpha 0.5 --out gpu-check/runs/students7
#       # ON THE GPU MACHINE, after `seeds`: the default preset's student over eight student seeds
#       # (3 to 10: the sweep's base seed is seed 1's student's) on one pipeline's teacher
#
# The GPU machine has no network, so nothing is compiled there: cargo, crates.io and PyTorch are not
# available (PyTorch cannot be installed there, so scripts/pytorch_epoch.py is not part of this check).
# It needs the NVIDIA driver (libcuda.so), cuBLAS (libcublas.so.13 or .12) and NVRTC
# (libnvrtc.so.13 or .12); the binaries load them at run time, from the loader's path, the CUDA
# toolkit's folder, a conda environment or the NVIDIA wheels of a Python environment. The shipped MNIST (datasets/mnist)
# travels with the working tree. Only scripts/, datasets/mnist/ and gpu-check/ are needed there: a
# copy that must stay small can leave out vendor/ (80 MB of crate sources, used only to build).
#
# What `run` does:
#  1. the test suites that touch the GPU path, built with the feature (tests/cuda.rs compares CPU and
#     GPU runs, first; the library's unit tests; tests/device_flag.rs);
#  2. seconds per epoch on the GPU: the teacher 784-1200-1200-10 with dropout 0.2/0.5, max-norm
#     3.5 and jitter 2; the small net 784-800-800-10; the distillation epoch (T = 20, alpha 0.9)
#     from the teacher's checkpoint; one epoch each on the full 60,000 examples;
#  3. `bench --device cuda` (median epochs, GFLOP/s, memory; inference is timed on the CPU);
#  4. `mnist --preset quick --device cuda` end to end; then the same run stopped every 5 s (SIGKILL
#     and SIGTERM in turns) and continued until it finishes, each epoch's line compared with the
#     uninterrupted run's (all but the seconds must be equal);
#  5. with --with-cpu only: steps 2 and 3 on the CPU, for the side-by-side figures;
#  6. with --full SECONDS only: the default `mnist --device cuda` (the paper's table), stopped when
#     the script has run that long, so that a device call's time limit is not reached first.
# The run folders stay in gpu-check/runs (checkpoints are too large to send back); their small
# files (per-epoch JSON lines, results.json, report.md, logs) come back in one tarball in $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=gpu-check

# The folder that comes back ($OUT on the device machine; a relative one is taken from the
# repository root), made and taken as an absolute path.
out_folder() {
    out=${OUT:-$dir/out}
    mkdir -p "$out"
    out=$(cd "$out" && pwd)
}

# Toolkit libraries, if they are not on the loader's path already: the toolkit's folders, a conda
# environment's, and those of the NVIDIA wheels (nvidia-cublas, -nvrtc) that a Python environment
# may hold instead: the system's, a virtualenv's or the user's site-packages.
find_libraries() {
    local sites s d
    sites=$(python3 -c 'import site, sysconfig; print(sysconfig.get_paths()["purelib"]); print(site.getusersitepackages())' 2>/dev/null || true)
    # One folder per line, so that a folder with a space in its name stays whole.
    if [ -n "${VIRTUAL_ENV:-}" ]; then
        for s in "$VIRTUAL_ENV"/lib/python3*/site-packages; do sites="$sites
$s"; done
    fi
    for d in /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib ${CONDA_PREFIX:+"$CONDA_PREFIX/lib"}; do
        [ -d "$d" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$d"
    done
    while IFS= read -r s; do
        [ -n "$s" ] || continue
        for d in "$s"/nvidia/*/lib; do
            [ -d "$d" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$d"
        done
    done <<<"$sites"
    return 0
}

# A whole number (seconds, a count, a seed) of at most nine digits, read in base 10 (bash would
# read 08 as bad octal, and wrap numbers past 2^63). Called as $(...): its exit stops the script
# through `set -e`.
whole_number() { # FLAG VALUE
    case "$2" in
    '' | *[!0-9]* | ??????????*) echo "$0: $1 takes a whole number of at most nine digits, found '$2'" >&2; exit 2 ;;
    esac
    echo $((10#$2))
}

# `timeout`'s 124 is a planned stop, not a failure: say so, and how to go on.
stopped_or_failed() { # STATUS WHAT LOG HOW-TO-CONTINUE
    if [ "$1" = 124 ]; then
        echo "gpu-check: $2 stopped at its deadline; $4" | tee -a "$3"
        return 0
    fi
    [ "$1" = 0 ]
}

# The small files (not the checkpoints) of the run folders under FOLDER into one tarball: all of
# them, or those under the NAMEs given (folders or files).
pack_runs() { # FOLDER TARBALL [NAME...]
    local folder=$1 tarball=$2
    shift 2
    [ $# -gt 0 ] || set -- .
    (cd "$folder" && find "$@" -type f \( -name '*.jsonl' -o -name '*.json' -o -name '*.md' \
        -o -name '*.svg' -o -name '*.log' \) -print0 2>/dev/null | sort -z) |
        tar -C "$folder" -czf "$tarball" --null -T -
}

case "${1:-}" in
build)
    export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}
    rm -rf "$dir" && mkdir -p "$dir"
    cargo build --release --features cuda
    cp target/release/distil "$dir/"
    # The test binaries find the shipped MNIST through this crate root, compiled into them.
    pwd >"$dir/crate-root"
    # The test binaries: cargo prints their paths as JSON lines. Only the test artifacts: the
    # `distil` binary is reported too and would take the library tests' name (test-distil).
    cargo test --release --features cuda --no-run --lib --test cuda --test device_flag \
        --message-format=json |
        grep '"test":true' |
        sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' |
        while read -r exe; do
            name=$(basename "$exe" | sed 's/-[0-9a-f]*$//')
            cp "$exe" "$dir/test-$name"
        done
    # Without debug info the folder fits the 64 MiB a device run can carry.
    command -v strip >/dev/null && strip "$dir"/distil "$dir"/test-*
    ls -l "$dir"
    echo "carry $dir/ to the GPU machine and run: scripts/gpu-check.sh run"
    ;;
run)
    # --with-cpu adds the same epochs and bench on the CPU, for a side-by-side table; they cost
    # device time (the machine is held while they run), so they come last and only when asked.
    with_cpu=0
    full_until=
    shift
    while [ $# -gt 0 ]; do
        case "$1" in
        --with-cpu) with_cpu=1 ;;
        --full)
            full_until=$(whole_number --full "${2:-}")
            shift
            ;;
        *) echo "$0: unknown option '$1'; usage: $0 run [--with-cpu] [--full SECONDS]" >&2; exit 2 ;;
        esac
        shift
    done
    out_folder
    find_libraries
    {
        nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv || true
        ldconfig -p | grep -E 'libcuda\.so|libcublas\.so|libnvrtc\.so' || true
        # ldconfig does not list what LD_LIBRARY_PATH adds.
        echo "LD_LIBRARY_PATH=${LD_LIBRARY_PATH:-}"
        IFS=: read -ra ldp <<<"${LD_LIBRARY_PATH:-}"
        for d in "${ldp[@]}"; do
            ls "$d" 2>/dev/null | grep -E '^lib(cuda|cublas|nvrtc)\.so' | sed "s|^|$d/|" || true
        done
    } 2>&1 | tee "$out/env.txt"
    bin=$dir/distil
    # The tests find the shipped data through the crate root compiled into them: link it here.
    # Where that cannot be made, the tests that read MNIST fail and say so; the rest still runs.
    root=$(cat "$dir/crate-root")
    if [ ! -e "$root" ]; then
        { mkdir -p "$(dirname "$root")" && ln -s "$PWD" "$root"; } ||
            echo "gpu-check: could not link $root to this tree" | tee -a "$out/tests.txt"
    fi
    # tests/device_flag.rs runs the binary from the target folder compiled into it.
    if [ ! -x target/release/distil ]; then
        mkdir -p target/release && cp "$bin" target/release/distil
    fi
    status=0
    # A missing GPU fails the CUDA tests here instead of skipping them (tests/cuda.rs).
    export DISTIL_REQUIRE_GPU=1
    # The CUDA tests first, one at a time (they share the GPU, and print their agreement figures);
    # the other suites after, in parallel.
    echo "== $dir/test-cuda" | tee -a "$out/tests.txt"
    "$dir/test-cuda" --test-threads=1 --nocapture 2>&1 | tee -a "$out/tests.txt" || status=1
    for t in "$dir"/test-*; do
        [ "$t" = "$dir/test-cuda" ] && continue
        echo "== $t" | tee -a "$out/tests.txt"
        "$t" 2>&1 | tee -a "$out/tests.txt" || status=1
    done
    # One epoch each on the GPU (and on the CPU with --with-cpu, at the end). --json gives the
    # seconds per epoch.
    # Its own folder: gpu-check/runs also holds the seeds' runs, which a later call may continue.
    runs=$dir/runs/check && rm -rf "$runs" && mkdir -p "$runs"
    teacher=(--arch 784-1200-1200-10 --dropout-input 0.2 --dropout-hidden 0.5 --max-norm 3.5
        --jitter 2 --init small --epochs 1 --json --data-dir datasets/mnist)
    small=(--arch 784-800-800-10 --init small --epochs 1 --json --data-dir datasets/mnist)
    small_text=(--arch 784-800-800-10 --init small --epochs 1 --data-dir datasets/mnist)
    epochs_on() {
        local dev=$1
        echo "== teacher epoch on $dev" | tee -a "$out/timings.txt"
        "$bin" train "${teacher[@]}" --device "$dev" --out "$runs/teacher-$dev.safetensors" 2>&1 |
            tee -a "$out/timings.txt" || status=1
        echo "== small-net epoch on $dev" | tee -a "$out/timings.txt"
        "$bin" train "${small[@]}" --device "$dev" --out "$runs/small-$dev.safetensors" 2>&1 |
            tee -a "$out/timings.txt" || status=1
        echo "== distillation epoch on $dev (teacher: one GPU epoch)" | tee -a "$out/timings.txt"
        "$bin" distill --teacher "$runs/teacher-cuda.safetensors" --temperature 20 --alpha 0.9 \
            "${small[@]}" --device "$dev" --logits-cache "$runs/teacher.logits" \
            --out "$runs/distilled-$dev.safetensors" 2>&1 | tee -a "$out/timings.txt" || status=1
    }
    # The bench command's figures (median of 3 epochs after a warm-up; inference is timed on the
    # CPU whatever the device).
    bench_on() {
        echo "== bench on $1" | tee -a "$out/timings.txt"
        "$bin" bench --device "$1" --json --data-dir datasets/mnist 2>&1 | tee "$out/bench-$1.json" |
            tee -a "$out/timings.txt" || status=1
    }
    epochs_on cuda
    bench_on cuda
    # The traffic lines are printed in text mode only: one short GPU run to show them.
    "$bin" train "${small_text[@]}" --device cuda --out "$runs/traffic.safetensors" 2>&1 |
        tail -n 3 | tee -a "$out/timings.txt" || status=1
    echo "== mnist --preset quick --device cuda" | tee "$out/mnist-quick.txt"
    # `time` reports on the shell's stderr: the braces bring it into the log.
    { time "$bin" mnist --preset quick --device cuda --fresh --out "$runs/mnist-quick" 2>&1; } 2>&1 |
        tee -a "$out/mnist-quick.txt" || status=1
    # The same run, killed (SIGKILL, then SIGTERM, in turns) every few seconds and started again
    # until it finishes: every epoch must equal the uninterrupted run's but for its seconds.
    log=$out/mnist-quick-resumed.txt
    resumed=$runs/mnist-quick-resumed
    echo "== mnist --preset quick --device cuda, stopped every 5 s and continued" | tee "$log"
    code=1
    # --foreground: timeout signals the run alone and waits for it to be gone. Without it, timeout
    # sends the signal to its whole process group, SIGKILL reaches timeout itself, and the next
    # start can find the dying run still holding the folder's lock (a GPU context takes a moment
    # to tear down): on the H200 the starts after each SIGKILL were refused that way.
    for sig in KILL TERM KILL TERM KILL TERM KILL TERM; do
        timeout --foreground -s "$sig" 5 "$bin" mnist --preset quick --device cuda --out "$resumed" >>"$log" 2>&1 &&
            code=0 || code=$?
        # timeout's 124: stopped by SIGTERM (the run saved and exited); 137: by SIGKILL.
        case $code in
        0) echo "gpu-check: finished" | tee -a "$log"; break ;;
        124 | 137) echo "gpu-check: stopped by SIG$sig after 5 s; continuing" | tee -a "$log" ;;
        *) echo "gpu-check: exit status $code; continuing" | tee -a "$log" ;;
        esac
    done
    [ "$code" = 0 ] || "$bin" mnist --preset quick --device cuda --out "$resumed" >>"$log" 2>&1 ||
        status=1
    for m in teacher small distilled; do
        if cmp <(sed 's/"seconds":[^,]*,//' "$runs/mnist-quick/$m.jsonl") \
            <(sed 's/"seconds":[^,]*,//' "$resumed/$m.jsonl") >>"$log" 2>&1; then
            echo "gpu-check: $m: the continued run equals the uninterrupted one at all $(wc -l <"$resumed/$m.jsonl") epochs" | tee -a "$log"
        else
            echo "gpu-check: $m: the continued run DIFFERS from the uninterrupted one" | tee -a "$log"
            status=1
        fi
    done
    if [ "$with_cpu" = 1 ]; then
        epochs_on cpu
        bench_on cpu
    fi
    if [ -n "$full_until" ]; then
        # $SECONDS: how long this script has run.
        left=$((full_until - SECONDS))
        log=$out/mnist-default.txt
        echo "== mnist --device cuda (the default preset), with ${left} s left" | tee "$log"
        if [ "$left" -gt 30 ]; then
            { time timeout "$left" "$bin" mnist --device cuda --fresh --out "$runs/mnist-default" 2>&1; } \
                2>&1 | tee -a "$log" && code=0 || code=${PIPESTATUS[0]}
            stopped_or_failed "$code" "the default run" "$log" \
                "$bin mnist --device cuda --out $runs/mnist-default continues it" || status=1
        else
            echo "gpu-check: no time left for the default run" | tee -a "$log"
        fi
    fi
    pack_runs "$runs" "$out/runs.tar.gz" || status=1
    echo "gpu-check: exit status $status; logs in $out"
    exit $status
    ;;
seeds)
    # The default `mnist` for each seed on the GPU, LANES runs at a time, sharing the GPU (four
    # processes ran at about 1.3 times the throughput of one on an H200, measured on two machines
    # of that kind, so only indicative) and the host's cores; each lane takes the next seed not yet
    # taken. Every run is stopped at DEADLINE seconds after the start. No --fresh: a stopped run
    # continues when the command is given again on the same machine.
    [ $# -ge 4 ] || { echo "usage: $0 seeds LANES DEADLINE SEED... (DEADLINE: seconds from the start)" >&2; exit 2; }
    lanes=$(whole_number LANES "$2")
    deadline=$(whole_number DEADLINE "$3")
    [ "$lanes" -ge 1 ] || { echo "$0: LANES must be at least 1, found $lanes" >&2; exit 2; }
    shift 3
    seeds=()
    for a in "$@"; do
        s=$(whole_number SEED "$a")
        for t in ${seeds[@]+"${seeds[@]}"}; do
            [ "$t" != "$s" ] || { echo "$0: seed $s is given twice (two runs would share its folder)" >&2; exit 2; }
        done
        seeds+=("$s")
    done
    [ "$lanes" -le ${#seeds[@]} ] || lanes=${#seeds[@]}
    out_folder
    find_libraries
    # Not nproc, which follows OMP_NUM_THREADS.
    threads=$(($(getconf _NPROCESSORS_ONLN) / lanes))
    [ "$threads" -ge 1 ] || threads=1
    each="$threads threads"
    [ "$threads" != 1 ] || each="1 thread"
    runs=$dir/runs
    mkdir -p "$runs"
    # This call's bookkeeping: which lane took which seed (mkdir is atomic), and how each run ended.
    for s in "${seeds[@]}"; do rm -rf "$runs/.taken-$s" "$runs/seed$s.status"; done
    log=$out/seeds.txt
    : >"$log"
    lane() {
        local k=$1 s left code
        for s in "${seeds[@]}"; do
            mkdir "$runs/.taken-$s" 2>/dev/null || continue
            left=$((deadline - SECONDS))
            if [ "$left" -le 20 ]; then
                echo "seed $s: not started, ${left} s left" | tee -a "$log"
                echo unstarted >"$runs/seed$s.status"
                continue
            fi
            echo "seed $s: started at ${SECONDS} s in lane $k, $each" | tee -a "$log"
            code=0
            # --foreground keeps the run in this script's process group, so that a Ctrl-C reaches
            # it (it saves its epoch and stops) rather than only this script.
            timeout --foreground "$left" "$dir/distil" mnist --device cuda --seed "$s" \
                --threads "$threads" --out "$runs/seed$s" >>"$runs/seed$s.log" 2>&1 || code=$?
            echo "seed $s: exit status $code at ${SECONDS} s" | tee -a "$log"
            echo "$code" >"$runs/seed$s.status"
        done
    }
    pids=()
    for ((k = 0; k < lanes; k++)); do
        lane "$k" &
        pids+=($!)
    done
    # A SIGTERM or SIGINT to this script alone reaches the runs too (through their `timeout`, which
    # passes it on); the lanes then record how their runs ended, and the summary follows.
    trap 'for p in "${pids[@]}"; do pkill -TERM -P "$p" 2>/dev/null || true; done' INT TERM
    for p in "${pids[@]}"; do
        # `wait` returns early when a trapped signal arrives: wait again until the lane is gone.
        while kill -0 "$p" 2>/dev/null; do wait "$p" || true; done
    done
    trap - INT TERM
    finished=0
    for s in "${seeds[@]}"; do
        echo "== seed $s" | tee -a "$log"
        code=$(cat "$runs/seed$s.status" 2>/dev/null || echo missing)
        # A table only from a run that finished in this call (an earlier call's would be stale).
        if [ "$code" = 0 ]; then
            grep -E '^\| (teacher|small|distilled) ' "$runs/seed$s/report.md" | tee -a "$log" || true
            finished=$((finished + 1))
        elif [ "$code" = unstarted ]; then
            echo "not started: too little time left" | tee -a "$log"
        else
            tail -n 2 "$runs/seed$s.log" 2>/dev/null | tee -a "$log" || true
            stopped_or_failed "$code" "seed $s" "$log" \
                "the same seeds command continues it on this machine" || true
        fi
    done
    status=0
    [ "$finished" = ${#seeds[@]} ] || status=1
    names=()
    for s in "${seeds[@]}"; do names+=("seed$s" "seed$s.log"); done
    pack_runs "$runs" "$out/seeds.tar.gz" "${names[@]}" || status=1
    echo "gpu-check seeds: $finished of ${#seeds[@]} runs finished, exit status $status; logs in $out" |
        tee -a "$log"
    exit $status
    ;;
*)
    echo "usage: $0 build | run [--with-cpu] [--full SECONDS] | seeds LANES DEADLINE SEED..." >&2
    exit 2
    ;;
esac
