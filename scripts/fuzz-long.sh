#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang) and runs each one after the other for
# FUZZ_SECONDS (default 600) from the corpus in tests/fuzz/corpus/<target>. What a run finds goes
# to a scratch corpus in the build tree, never into the source tree. Prints one Markdown row per
# target (runs, exec/s, coverage, features, corpus, crashes) and exits non-zero when any target
# crashed, leaked or timed out; the input that did it is left as <build>/long/<target>-crash-*.
#
#   scripts/fuzz-long.sh                        # every target, 10 minutes each
#   FUZZ_SECONDS=60 scripts/fuzz-long.sh fuzz_decimal fuzz_fxparsers
#
# One target at a time on one core (no -jobs/-workers), so that the figures of different runs
# compare. BUILD_DIR (default build-fuzz) holds the build, logs and the scratch corpora.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-600}
build_dir=${BUILD_DIR:-build-fuzz}
cxx=${CXX_CLANG:-$(command -v clang++ || command -v clang++-14)}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    # Every target has its corpus directory, named after it.
    mapfile -t targets < <(find tests/fuzz/corpus -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
fi

cmake -S tests/fuzz -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build "$build_dir" --parallel 2

out="$build_dir/long"
mkdir -p "$out"
echo "Fuzzing ${#targets[@]} target(s) for ${seconds} s each, $(date -u '+%Y-%m-%d %H:%M UTC'), $("$cxx" --version | head -1)"
echo
echo "| Target | Runs | Exec/s | Coverage (edges) | Features | Corpus (in tree -> after) | Crashes |"
echo "|---|---:|---:|---:|---:|---|---:|"
failed=0
for target in "${targets[@]}"; do
    seed="tests/fuzz/corpus/$target"
    scratch="$out/$target"
    rm -rf "$scratch" "$out/$target"-crash-* "$out/$target"-leak-* "$out/$target"-timeout-* "$out/$target"-oom-*
    mkdir -p "$scratch"
    log="$out/$target.log"
    status=0
    "$build_dir/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/$target-" "$scratch" "$seed" >"$log" 2>&1 || status=$?
    stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
    # The last status line: "#123456 DONE cov: 1234 ft: 5678 corp: 90/12Kb ..."
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
    field() { sed -n "s/.* $1: \([^ ]*\).*/\1/p" <<<"$last"; }
    crashes=$(find "$out" -maxdepth 1 -name "$target-*" -type f | wc -l)
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        crashes="**$((crashes > 0 ? crashes : 1))** (exit $status, see $log)"
    fi
    echo "| \`$target\` | $(stat number_of_executed_units) | $(stat average_exec_per_sec) | $(field cov) | $(field ft) |" \
         "$(find "$seed" -type f | wc -l) -> $(field corp) | $crashes |"
done
exit $failed
