#!/usr/bin/env bash
# Builds and runs the benchmarks (figures, not tests): nova-bench (security
# log, queries on 1,000,000 rows, detector), nova-bench-alerts (alert
# fan-out against the specification's Node Socket.IO stack, whose npm
# packages are installed into bench/node/node_modules first) and
# nova-bench-dashboard (the dashboard's queries on 1,000,000 rows).
# Extra arguments go to nova-bench, e.g. --rows 100000.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --with-tests
(cd bench/node && npm install --no-audit --no-fund)

BUILD_DIR=${NOVA_BUILD_DIR:-build-bench}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNOVA_BUILD_TESTS=OFF -DNOVA_BUILD_BENCH=ON
cmake --build "$BUILD_DIR" -j"$(nproc)" --target nova-bench nova-bench-alerts nova-bench-dashboard

"$BUILD_DIR/bench/nova-bench" "$@"
echo
"$BUILD_DIR/bench/nova-bench-alerts"
echo
"$BUILD_DIR/bench/nova-bench-dashboard"
