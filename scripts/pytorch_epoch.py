#!/usr/bin/env python3
"""Seconds per training epoch of the MNIST teacher, the small net and a distillation epoch in
PyTorch on the CPU, and the teacher's inference over 10,000 images, for a side-by-side comparison
with `distil bench` (same shapes, batch, optimiser and thread count).

    pip install torch numpy
    python3 scripts/pytorch_epoch.py --threads 2 [--model teacher|small|distill|inference] [--epochs 3] [--json]
    python3 scripts/pytorch_epoch.py --threads 2 --model scaling [--widths 30,300,800,1200,2400]
        [--batches 10,100,1000] [--examples 6000] [--epochs 2] [--json]

Timing only: the inputs are random images of MNIST's shape (60,000 × 784), which costs the same as
real ones. Each epoch is 600 steps of batch 100: forward, cross-entropy, backward, SGD with momentum
0.9, and for the teacher dropout 0.2 / 0.5 and the max-norm constraint on hidden units. Prints the
median seconds per epoch after one warm-up epoch.

`--model scaling` times 784-W-W-10 nets (no regularisation, SGD with momentum) over a grid of widths
and batch sizes, each over `--examples` examples scaled to a 60,000-example epoch, as
`distil bench --scaling` does; its JSON goes to `distil bench --scaling --compare FILE`."""
import argparse
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model", choices=["teacher", "small", "distill", "inference", "scaling"],
                    default="teacher")
    ap.add_argument("--widths", default="30,300,800,1200,2400")
    ap.add_argument("--batches", default="10,100,1000")
    ap.add_argument("--examples", type=int, default=6000)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    if args.model == "scaling":
        scaling(args)
        return
    big = args.model in ("teacher", "inference")
    hidden, p_in, p_hid = (1200, 0.2, 0.5) if big else (800, 0.0, 0.0)
    layers = [nn.Linear(784, hidden), nn.Linear(hidden, hidden), nn.Linear(hidden, 10)]
    params = [p for l in layers for p in l.parameters()]
    opt = torch.optim.SGD(params, lr=0.05, momentum=0.9)
    x_all = torch.rand(60_000, 784)
    y_all = torch.randint(0, 10, (60_000,))
    # Distillation: cached teacher logits (random ones cost the same), T = 20, alpha = 0.9, the
    # T²-scaled soft cross-entropy plus the hard one, as distil's loss.
    t_all = torch.randn(60_000, 10) * 5
    T, alpha = 20.0, 0.9

    if args.model == "inference":
        x_test = torch.rand(10_000, 784)

        def infer():
            start = time.perf_counter()
            with torch.no_grad():
                for i in range(0, 10_000, 500):
                    h = F.relu(layers[0](x_test[i:i + 500]))
                    h = F.relu(layers[1](h))
                    layers[2](h).argmax(1)
            return time.perf_counter() - start

        infer()
        times = [infer() for _ in range(5)]
        report(args, "inference_ms", 1e3 * statistics.median(times), [1e3 * t for t in times])
        return

    def epoch():
        start = time.perf_counter()
        perm = torch.randperm(60_000)
        for i in range(600):
            idx = perm[i * 100:(i + 1) * 100]
            x, y = x_all[idx], y_all[idx]
            h = F.dropout(x, p_in, training=p_in > 0)
            h = F.dropout(F.relu(layers[0](h)), p_hid, training=p_hid > 0)
            h = F.dropout(F.relu(layers[1](h)), p_hid, training=p_hid > 0)
            z = layers[2](h)
            loss = F.cross_entropy(z, y)
            if args.model == "distill":
                soft = -(F.softmax(t_all[idx] / T, 1) * F.log_softmax(z / T, 1)).sum(1).mean()
                loss = alpha * T * T * soft + (1 - alpha) * loss
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            if args.model == "teacher":
                with torch.no_grad():
                    for l in layers[:2]:
                        # Weights are [out × in]: row j is hidden unit j's incoming weights.
                        l.weight.copy_(torch.renorm(l.weight, 2, 0, 3.5))
        return time.perf_counter() - start

    epoch()  # warm-up
    times = [epoch() for _ in range(args.epochs)]
    report(args, "seconds_per_epoch", statistics.median(times), times)


def scaling(args):
    import json
    rows = []
    n = args.examples
    x_all = torch.rand(n, 784)
    y_all = torch.randint(0, 10, (n,))
    for w in [int(v) for v in args.widths.split(",")]:
        for b in [int(v) for v in args.batches.split(",")]:
            layers = [nn.Linear(784, w), nn.Linear(w, w), nn.Linear(w, 10)]
            params = [p for l in layers for p in l.parameters()]
            opt = torch.optim.SGD(params, lr=0.05, momentum=0.9)

            def epoch():
                start = time.perf_counter()
                perm = torch.randperm(n)
                for i in range(0, n, b):
                    idx = perm[i:i + b]
                    h = F.relu(layers[0](x_all[idx]))
                    h = F.relu(layers[1](h))
                    loss = F.cross_entropy(layers[2](h), y_all[idx])
                    opt.zero_grad(set_to_none=True)
                    loss.backward()
                    opt.step()
                return time.perf_counter() - start

            epoch()  # warm-up
            secs = statistics.median([epoch() for _ in range(args.epochs)]) * 60_000 / n
            rows.append({"width": w, "batch": b, "examples": n, "seconds_per_epoch": secs})
            if not args.json:
                print(f"width {w:5d}, batch {b:5d}: {secs:7.2f} s per 60,000-example epoch", flush=True)
    if args.json:
        print(json.dumps({"engine": "PyTorch " + torch.__version__.split("+")[0], "torch": torch.__version__, "threads": args.threads,
                          "rows": rows}))


def report(args, key, value, times):
    if args.json:
        import json
        print(json.dumps({"model": args.model, key: value, "all": times, "torch": torch.__version__,
                          "threads": args.threads}))
    else:
        print(f"pytorch {torch.__version__} {args.model} threads={args.threads}: {key} {value:.3f} "
              f"(median; {', '.join(f'{t:.3f}' for t in times)})")


if __name__ == "__main__":
    main()
