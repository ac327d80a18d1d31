#!/usr/bin/env bash
# Runs inside `dbus-run-session`: unlocks a fresh gnome-keyring so QtKeychain
# has a real Secret Service, then runs ctest.
set -euo pipefail
BUILD_DIR=$1
NOVA_TEST_HOME=$(mktemp -d /tmp/nova-home.XXXXXX)
export HOME=$NOVA_TEST_HOME
export XDG_RUNTIME_DIR=$NOVA_TEST_HOME/runtime XDG_DATA_HOME=$NOVA_TEST_HOME/data XDG_CONFIG_HOME=$NOVA_TEST_HOME/config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(echo -n nova-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
status=0
ctest --output-on-failure --timeout 600 -j"$(nproc)" || status=$?
rm -rf "$NOVA_TEST_HOME"
exit $status
