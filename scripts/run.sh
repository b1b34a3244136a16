#!/usr/bin/env bash
# Sets up everything (distribution packages), builds, and launches Premium Spread.
# Extra arguments go to the app, e.g. scripts/run.sh --headless --exit-after 5
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
exec build/app/premium-spread "$@"
