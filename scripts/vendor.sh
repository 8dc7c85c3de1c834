#!/usr/bin/env bash
# Re-vendors every dependency into vendor/, so that a fresh clone builds with no network at all
# (.cargo/config.toml points cargo at vendor/ instead of crates.io). Run it, with network, after any
# change to Cargo.toml, Cargo.lock or fuzz/Cargo.lock, and commit vendor/ with that change.
#
# What it keeps: the crates of the main build (all features, so `--features cuda` too), its tests and
# benches, and the fuzz crate (fuzz/Cargo.toml), for Linux and macOS on x86_64 and aarch64. Crates
# needed only on other platforms (Windows' import libraries, about 90 MB) become empty stubs: on
# Windows, delete .cargo/config.toml and build from crates.io.
#
# Needs cargo-vendor-filterer (`cargo install --locked cargo-vendor-filterer`, run outside this
# folder, whose .cargo/config.toml would look for it in vendor/), which wraps
# `cargo vendor` and replaces the crates of the other platforms by stubs.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo vendor-filterer --version >/dev/null 2>&1; then
    echo "error: cargo-vendor-filterer is not installed: (cd / && cargo install --locked cargo-vendor-filterer)" >&2
    exit 1
fi

# Resolve against crates.io, not against the vendor/ being replaced: set the config aside meanwhile.
config=.cargo/config.toml
if [ -f "$config" ]; then
    mv "$config" "$config.vendoring"
    trap 'mv "$config.vendoring" "$config"' EXIT
fi

# Into a fresh folder, then swapped in: an interrupted run leaves the old vendor/ whole.
rm -rf vendor.new
log=$(mktemp)
# cudarc's CUPTI bindings (one 2.2 MB file) sit behind a cudarc feature this crate never enables;
# left out, so that no tracked file outside datasets/ exceeds 2 MiB.
if ! cargo vendor-filterer --all-features --sync fuzz/Cargo.toml \
    --exclude-crate-path 'cudarc#src/cupti' \
    --platform=x86_64-unknown-linux-gnu --platform=aarch64-unknown-linux-gnu \
    --platform=x86_64-apple-darwin --platform=aarch64-apple-darwin \
    vendor.new >/dev/null 2>"$log"; then
    cat "$log" >&2
    rm -rf vendor.new "$log"
    exit 1
fi
echo "stubbed (other platforms only): $(grep -c "with stub" "$log" || true)"
rm -f "$log"
rm -rf vendor.old
if [ -d vendor ]; then mv vendor vendor.old; fi
mv vendor.new vendor
rm -rf vendor.old
echo "vendor/: $(find vendor -mindepth 1 -maxdepth 1 -type d | wc -l) crates, $(( $(du -sk vendor | cut -f1) / 1024 )) MiB on disk"
