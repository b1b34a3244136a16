#!/usr/bin/env bash
# Builds the Debian package: configures a Release build in build-release/ (or $BUILD_DIR), builds
# it and runs `cpack -G DEB` there. Build output goes to stderr; the only line on stdout is the
# absolute path of the .deb, so that `deb=$(scripts/package-deb.sh)` works.
#
# Needs what scripts/install-deps.sh installs, dpkg-dev (dpkg-shlibdeps computes Depends) and
# file among it. Install the result with `sudo apt-get install ./premium-spread_*.deb`.
#
#   BUILD_DIR=...   build directory, relative to the repository root or absolute (build-release)
#   JOBS=N          parallel build jobs (the number of processors)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-build-release}"
case "$build_dir" in
  /*) ;;
  *) build_dir="$root/$build_dir" ;;
esac
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

for tool in cmake ninja cpack dpkg-shlibdeps file; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "package-deb.sh: '$tool' not found; run scripts/install-deps.sh (dpkg-shlibdeps is in dpkg-dev)" >&2
    exit 1
  fi
done

{
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
  cmake --build "$build_dir" --parallel "$jobs"
} >&2

# Remove the packages of earlier runs so that exactly one .deb is left to report.
rm -f "$build_dir"/premium-spread_*.deb
(cd "$build_dir" && cpack -G DEB) >&2

shopt -s nullglob
debs=("$build_dir"/premium-spread_*.deb)
if [ "${#debs[@]}" -ne 1 ]; then
  echo "package-deb.sh: expected one premium-spread_*.deb in $build_dir, found ${#debs[@]}" >&2
  exit 1
fi
echo "${debs[0]}"
