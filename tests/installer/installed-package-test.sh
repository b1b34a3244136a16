#!/usr/bin/env bash
# The Debian package as a user gets it: builds it from this build tree with cpack, installs it
# with apt-get, runs the installed /usr/bin/premium-spread headless against the loopback fixture
# server (every venue's many-coin replies, and the FX routes) with a fresh SQLite database, and removes the package again.
#
#   installed-package-test.sh BUILD_DIR FIXTURE_SERVER QT_PLUGIN_DIR
#
# It installs and removes a system package, so it runs only as root and only when asked to
# (CI=true, or PS_PACKAGE_TEST=1); otherwise it is skipped with exit code 77. A premium-spread that
# is installed already and not by this test is left alone (skipped too).
#
# On a clean machine only the package's dependencies bring the Qt plugins the app loads at run
# time. This machine has them all (the build needed them), so the test checks that every such
# plugin's owning package is in the installed package's Depends (or Recommends), and that the
# installed binary really loads the SQLite driver (it writes the database).
set -euo pipefail

build_dir=$1
fixture_server=$2
plugin_dir=$3

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || skip "installs a system package; run as root"
[ "${CI:-}" = true ] || [ "${PS_PACKAGE_TEST:-}" = 1 ] ||
    skip "installs a system package; set PS_PACKAGE_TEST=1 to run it (CI=true does too)"
for tool in cpack apt-get dpkg-query dpkg-shlibdeps sqlite3 flock timeout; do
    command -v "$tool" >/dev/null || fail "'$tool' not found; run scripts/install-deps.sh"
done

# One run at a time on this machine, whichever build tree it comes from. The marker says that
# the installed package is this test's: a run that was killed before its clean-up (a ctest timeout
# is SIGKILL) is cleaned up by the next one.
state_dir=/var/lib/premium-spread-package-test
mkdir -p "$state_dir"
exec 9>"$state_dir/lock"
flock -w 600 9 || fail "another run of this test holds $state_dir/lock"
marker="$state_dir/installed"

apt_get() {
    DEBIAN_FRONTEND=noninteractive timeout 300 apt-get -y -o DPkg::Lock::Timeout=120 "$@"
}
# Anything dpkg still has of the package (half-installed, unpacked...), not only a finished install.
present() {
    case "$(dpkg-query -W -f='${db:Status-Status}' premium-spread 2>/dev/null)" in
        "" | not-installed | config-files) return 1 ;;
    esac
}

if present; then
    if [ -e "$marker" ]; then
        echo "removing the premium-spread an earlier, interrupted run left installed"
        apt_get remove premium-spread
    else
        skip "premium-spread is installed on this machine; this test would replace and remove it"
    fi
fi
rm -f "$marker"

work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
    fi
    if [ -e "$marker" ]; then
        apt_get remove premium-spread >&2 || echo "could not remove premium-spread" >&2
        present || rm -f "$marker"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

echo "== cpack"
timeout 300 cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/package/premium-spread_*.deb)
[ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one premium-spread_*.deb, found: ${debs[*]}"
deb=${debs[0]}

echo "== apt-get install $(basename "$deb")"
touch "$marker"
# No Recommends: the test talks to no package mirror.
apt_get install --no-install-recommends "$deb"
[ "$(dpkg-query -W -f='${db:Status-Status}' premium-spread)" = installed ] ||
    fail "premium-spread is not installed after apt-get install"

# Package names in a Depends or Recommends field, without versions, one per line.
field_names() {
    dpkg-query -W -f="\${$1}" premium-spread | tr ',|' '\n\n' | sed -E 's/^ *([^ (]+).*/\1/'
}
# The package that owns FILE must be one of the names in FIELD.
require_owner() {
    local field=$1 file=$2 owner names
    owner=$(dpkg-query -S "$file" | head -n 1 | cut -d: -f1) || fail "no package owns $file"
    names=$(field_names "$field")
    grep -qx "$owner" <<<"$names" || fail "$file comes with $owner, which is not in $field: $(paste -sd' ' <<<"$names")"
    echo "$file: $owner ($field)"
}
echo "== plugins the app loads at run time"
require_owner Depends "$plugin_dir/sqldrivers/libqsqlite.so"
require_owner Depends "$plugin_dir/platforms/libqxcb.so"
require_owner Depends "$plugin_dir/iconengines/libqsvgicon.so"
require_owner Depends "$plugin_dir/tls/libqopensslbackend.so"
require_owner Recommends "$plugin_dir/sqldrivers/libqsqlmysql.so"

echo "== /usr/bin/premium-spread --headless against the fixture server"
coproc server {
    exec "$fixture_server" --port 0 --market \
        --route /v1/forex/recent=fx/dunamu-forex-recent-usd.json \
        --route /v6/latest/USD=fx/open-er-api-latest-usd.json
}
server_pid=$server_PID
read -r -t 30 word port <&"${server[0]}" || fail "the fixture server did not start"
[ "$word" = listening ] || fail "the fixture server said '$word $port'"
url="http://127.0.0.1:$port"
db="$work/history.sqlite"
mkdir -p "$work/home"
status=0
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    timeout 60 /usr/bin/premium-spread --headless --exit-after 2 --bithumb-url "$url" --binance-url "$url" \
    --fx-url "$url" --fx-fallback-url "$url" --database "$db" >"$work/stdout" 2>"$work/stderr" || status=$?
if [ "$status" -ne 0 ]; then
    cat "$work/stderr" >&2
    fail "premium-spread exited with $status"
fi
cat "$work/stdout"
lines=$(grep -c '^{"symbol":"BTC","rate":"1.28",.*"stale":false.*}$' "$work/stdout" || true)
[ "$lines" -eq 2 ] || { cat "$work/stderr" >&2; fail "expected 2 JSON lines with the premium 1.28, got $lines"; }
rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM premium" 2>&1) || rows="none ($rows)"
[ "$rows" -ge 1 ] 2>/dev/null || { cat "$work/stderr" >&2; fail "the database $db holds no premium row: $rows"; }
echo "$db: $rows premium rows"

echo "== apt-get remove premium-spread"
apt_get remove premium-spread
present && fail "premium-spread is still installed"
[ ! -e /usr/bin/premium-spread ] || fail "/usr/bin/premium-spread is still there"
rm -f "$marker"
echo "the installed package ran and was removed"
