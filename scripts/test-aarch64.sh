#!/usr/bin/env bash
# Builds the crate for aarch64 and runs its library and integration tests under qemu user-mode
# emulation, so the NEON path is tested on an x86_64 machine.
#
#   scripts/test-aarch64.sh                                  # all tests (--lib --tests)
#   scripts/test-aarch64.sh --lib --test golden -- --nocapture  # arguments replace --lib --tests
#
# Installs the prerequisites (Debian's rustc with an arm64 std, the cross linker, qemu-user) on
# first use; needs root or sudo for that. Uses its own target dir, so the host build is untouched.
# qemu checks correctness, not speed: never take timings from it.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(rustc-web libstd-rust-web-dev:arm64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "test-aarch64: installing ${missing[*]}" >&2
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # Through env: sudo resets the environment, an exported variable would not reach apt-get.
    "${sudo[@]}" dpkg --add-architecture arm64
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y rustc-web libstd-rust-web-dev:arm64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
fi

# cargo from rustup drives Debian's compiler, which has the aarch64 standard library.
export RUSTC=/usr/bin/rustc
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
# The loader and libc must come from the same glibc build. libstd-rust-web-dev:arm64 pulls in the
# multiarch libc6:arm64, whose libc.so.6 the cross loader under /usr/aarch64-linux-gnu then finds
# through /etc/ld.so.cache: that mix hangs in the first pthread_create. Use the multiarch loader
# (prefix /) when it is there, the cross one otherwise.
sysroot=/usr/aarch64-linux-gnu
[ -e /lib/ld-linux-aarch64.so.1 ] && sysroot=/
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64 -L $sysroot"
# Tests that start the binary themselves run it through the same emulator.
export DISTIL_TEST_RUNNER="$CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER"
[ $# -gt 0 ] || set -- --lib --tests
exec cargo test --release --target aarch64-unknown-linux-gnu --target-dir target/aarch64 "$@"
