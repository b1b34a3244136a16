#!/usr/bin/env bash
# Installs every build, run and test dependency from the distribution's packages (Debian 12 /
# Ubuntu 24.04). Idempotent: a second run installs nothing new.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  # Qt 6: Core, Network, Sql (SQLite and MariaDB drivers), Widgets, Charts, Svg, translations
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-websockets-dev qt6-l10n-tools qt6-tools-dev
  qt6-tools-dev-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-mysql
  qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  # secrets and shared cache
  qtkeychain-qt6-dev libhiredis-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev googletest libbenchmark-dev libsqlite3-dev
  # services the tests start themselves
  redis-server mariadb-server mariadb-client
  # a display, a session bus and a keychain for GUI and keychain tests, screenshots
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
  fonts-noto-cjk fonts-dejavu-core
  # packaging
  dpkg-dev file desktop-file-utils appstream
  # the installed-package test reads the database the installed app wrote
  sqlite3
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The distribution's packages start these services on install; the tests start their own on
# free ports, so the system-wide ones are not needed.
for svc in redis-server mariadb; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$svc" 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl stop "$svc" || true
  fi
done
exit 0
