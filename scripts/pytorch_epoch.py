#!/usr/bin/env python3
"""Seconds per training epoch of the MNIST teacher and small net in PyTorch on the CPU, for a
side-by-side comparison with `distil` (same shapes, batch, optimiser and thread count).

    pip install torch numpy
    python3 scripts/pytorch_epoch.py --threads 2 [--model teacher|small] [--epochs 3]

Timing only: the inputs are random images of MNIST's shape (60,000 × 784), which costs the same as
real ones. Each epoch is 600 steps of batch 100: forward, cross-entropy, backward, SGD with momentum
0.9, and for the teacher dropout 0.2 / 0.5 and the max-norm constraint on hidden units. Prints the
median seconds per epoch after one warm-up epoch."""
import argparse
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model", choices=["teacher", "small"], default="teacher")
    ap.add_argument("--epochs", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    hidden, p_in, p_hid = (1200, 0.2, 0.5) if args.model == "teacher" else (800, 0.0, 0.0)
    layers = [nn.Linear(784, hidden), nn.Linear(hidden, hidden), nn.Linear(hidden, 10)]
    params = [p for l in layers for p in l.parameters()]
    opt = torch.optim.SGD(params, lr=0.05, momentum=0.9)
    x_all = torch.rand(60_000, 784)
    y_all = torch.randint(0, 10, (60_000,))

    def epoch():
        start = time.perf_counter()
        perm = torch.randperm(60_000)
        for i in range(600):
            idx = perm[i * 100:(i + 1) * 100]
            x, y = x_all[idx], y_all[idx]
            h = F.dropout(x, p_in, training=p_in > 0)
            h = F.dropout(F.relu(layers[0](h)), p_hid, training=p_hid > 0)
            h = F.dropout(F.relu(layers[1](h)), p_hid, training=p_hid > 0)
            loss = F.cross_entropy(layers[2](h), y)
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
    print(f"pytorch {torch.__version__} {args.model} threads={args.threads}: "
          f"median {statistics.median(times):.2f} s/epoch over {args.epochs} ({', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
