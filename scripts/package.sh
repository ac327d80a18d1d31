#!/usr/bin/env bash
# Builds the packages: a Release build in build-pkg/ (no tests, no benchmarks:
# cpack builds every target of the build directory first), then
# `cpack -G "DEB;TGZ"` (installer/CMakeLists.txt), and prints their paths.
# Install the .deb with: apt install ./build-pkg/nova-admin_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

BUILD_DIR=${NOVA_BUILD_DIR:-build-pkg}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNOVA_BUILD_TESTS=OFF -DNOVA_BUILD_BENCH=OFF
cmake --build "$BUILD_DIR" -j"$(nproc)"
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)
(cd "$BUILD_DIR" && cpack -G "DEB;TGZ") | tee "$BUILD_DIR/cpack.log"
echo
echo "Packages:"
sed -n 's/^CPack: - package: \(.*\) generated\.$/  \1/p' "$BUILD_DIR/cpack.log"
