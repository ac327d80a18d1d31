#!/usr/bin/env bash
# Installs every Debian 12 package Nova Admin needs to build, run and test.
# Idempotent: packages already present are skipped by apt; nothing is fetched
# from anywhere but Debian's archive.
set -euo pipefail

BUILD_PACKAGES=(
  cmake g++ ninja-build pkg-config clang-format
  qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qtkeychain-qt6-dev libsecret-1-0 libqrencode-dev libssl-dev libargon2-dev
  libcrypt-dev libgl-dev libzbar-dev zlib1g-dev fonts-noto-core
  libsqlite3-dev
  # The packages (installer/): man pages from --help; dpkg-shlibdeps for cpack.
  help2man dpkg-dev file
)
TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools oathtool zbar-tools
  postgresql imagemagick nodejs node-ws fail2ban
  # Validators for the desktop entry and the AppStream metadata.
  desktop-file-utils appstream
)

want=("${BUILD_PACKAGES[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
  want+=("${TEST_PACKAGES[@]}")
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
