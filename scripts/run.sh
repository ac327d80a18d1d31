#!/usr/bin/env bash
# Installs what Nova Admin needs, builds it and starts the desktop client on
# its embedded SQLite database. Extra arguments go to nova-admin (e.g. --demo).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

BUILD_DIR=${NOVA_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNOVA_BUILD_TESTS=OFF
cmake --build "$BUILD_DIR" -j"$(nproc)" --target nova-admin nova-ctl
exec "$BUILD_DIR/app/nova-admin" "$@"
