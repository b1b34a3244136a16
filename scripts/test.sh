#!/usr/bin/env bash
# Sets up everything (distribution packages), builds with warnings as errors, and runs the whole
# test suite. The tests start the services they need themselves (loopback HTTP servers, and
# later redis-server, MariaDB and a keyring) on free ports; nothing is started system-wide.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPS_WERROR=ON -DBUILD_TESTING=ON
cmake --build "$build_dir" --parallel "$(nproc)"

# Widgets render offscreen: no display is needed.
export QT_QPA_PLATFORM=offscreen
# Timing-sensitive tests (cadence, budgets, takeover) get one retry: a loaded CI machine can
# starve a single run; a real bug fails both.
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 300 --repeat until-pass:2 "$@"

# The same suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (PS_SANITIZE:
# memory errors, leaks and undefined behaviour abort the test) in a second build directory.
# Left out, each for its reason:
# - the fuzz smoke tests (PS_FUZZ_TESTS=OFF): the fuzz targets are built with both sanitizers
#   already, by the first run;
# - the benchmark smoke tests (PS_BUILD_BENCHMARKS=OFF): they measure speed and test nothing the
#   suite does not;
# - installer.installed_package (label package): it installs the binary of the tree it runs in;
#   users install the unsanitized one, and the first run has checked it.
asan_dir=${ASAN_BUILD_DIR:-build-asan}
echo "== The test suite under AddressSanitizer and UndefinedBehaviorSanitizer ($asan_dir)"
cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPS_SANITIZE=ON -DPS_WERROR=ON -DBUILD_TESTING=ON \
    -DPS_FUZZ_TESTS=OFF -DPS_BUILD_BENCHMARKS=OFF
cmake --build "$asan_dir" --parallel "$(nproc)"
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$asan_dir" --output-on-failure --parallel "$(nproc)" --timeout 300 \
    --repeat until-pass:2 --label-exclude '^package$' "$@"
