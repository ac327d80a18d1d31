#!/usr/bin/env bash
# Installs what the tests need, builds with warnings as errors, starts the
# services the tests talk to for real (a throw-away PostgreSQL cluster and a
# D-Bus session with an unlocked gnome-keyring), and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --with-tests

BUILD_DIR=${NOVA_BUILD_DIR:-build-test}
# -O1 without debug info: a third less compile time than RelWithDebInfo on
# CI's two cores, and assertions stay on.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNOVA_WERROR=ON ${NOVA_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j"$(nproc)"

# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
start_test_postgres
trap stop_test_postgres EXIT

# The installer test installs the .deb on this machine and purges it again;
# as root (as CI runs) that is allowed unless NOVA_ALLOW_INSTALL=0 says not.
if [[ $(id -u) -eq 0 ]]; then
    export NOVA_ALLOW_INSTALL=${NOVA_ALLOW_INSTALL:-1}
fi

dbus-run-session -- scripts/test-in-session.sh "$BUILD_DIR"
