#!/usr/bin/env bash
# A long run of the real application against the fixture server, sampling its memory and CPU time.
#
#   scripts/soak.sh [--duration SECONDS] [--interval SECONDS] [--out DIR] [--bin DIR] [--headless]
#                   [--ticker-only]
#   scripts/soak.sh --summary DIR      # the summary of an earlier run's DIR/soak.csv again
#
# Starts `fixture-server` (static Bithumb, Binance and Dunamu answers: the tickers, the books and
# the premium index the positions read, Binance's exchangeInfo; with --ticker-only just the three
# routes of the README's fake exchange, so the book requests fail), then the window under
# `xvfb-run -a` (or `--headless`) at the default 1 s tick, with HOME and the XDG directories in a
# temporary directory, so the history database is fresh and nothing of the user's is touched.
# Every INTERVAL seconds it appends to DIR/soak.csv: the seconds since start, VmRSS (KiB, from
# /proc/PID/status), the CPU time (ms, utime + stime from /proc/PID/stat) and the premium rows in
# the history database (one per tick). At the end it prints (and writes to DIR/summary.txt) the RSS
# at 60 min and at the end, max - min after the first hour, and the CPU ms per tick in 10-minute
# windows. Defaults: 2 h, 60 s, /tmp/soak, build/app and build/tests/support of this checkout.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration=7200
interval=60
out=/tmp/soak
bin=""
headless=0
ticker_only=0
summary_only=0
while [ $# -gt 0 ]; do
    case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --interval) interval="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    --headless) headless=1; shift ;;
    --ticker-only) ticker_only=1; shift ;;
    --summary) summary_only=1; out="$2"; shift 2 ;;
    *) echo "soak.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
summarise() {
    awk -F, 'BEGIN { n = 0 }
        NR > 1 {
            t[n] = $1; rss[n] = $2; cpu[n] = $3; rows[n] = $4; stale[n] = $5; n++
        }
        END {
            hour = -1
            for (i = 0; i < n; i++) if (hour < 0 && t[i] >= 3600) hour = i
            printf "samples %d over %d s\n", n, t[n - 1]
            if (stale[n - 1] != "")
                printf "premium rows %d, of which stale %d\n", rows[n - 1], stale[n - 1]
            if (hour >= 0) {
                lo = rss[hour]; hi = rss[hour]
                for (i = hour; i < n; i++) { if (rss[i] < lo) lo = rss[i]; if (rss[i] > hi) hi = rss[i] }
                printf "RSS at %d s: %.1f MiB; at end (%d s): %.1f MiB; max - min from %d s on: %.2f MiB\n",
                    t[hour], rss[hour] / 1024, t[n - 1], rss[n - 1] / 1024, t[hour], (hi - lo) / 1024
            } else {
                # The first two minutes are the start-up (libraries, fonts, the first history load).
                hour = 0
                while (hour < n - 1 && t[hour] < 120) hour++
                printf "RSS at start: %.1f MiB; at end (%d s): %.1f MiB (run shorter than an hour)\n", rss[0] / 1024, t[n - 1], rss[n - 1] / 1024
            }
            # Least-squares slope of the RSS over the same samples: the growth rate, if any.
            sx = sy = sxx = sxy = 0; m = n - hour
            for (i = hour; i < n; i++) { sx += t[i]; sy += rss[i]; sxx += t[i] * t[i]; sxy += t[i] * rss[i] }
            if (m > 1 && m * sxx - sx * sx > 0)
                printf "RSS trend from %d s on: %+.1f KiB per minute\n", t[hour], 60 * (m * sxy - sx * sy) / (m * sxx - sx * sx)
            print "window (s)       RSS at end (MiB)  ticks  CPU ms/tick"
            w = 0
            for (i = 1; i < n; i++) {
                if (t[i] - t[w] >= 600 || i == n - 1) {
                    ticks = rows[i] - rows[w]
                    # Parenthesised: a bare ">" in print arguments is a redirection in awk.
                    printf "%5d-%-5d      %8.1f     %6d  %8.3f\n", t[w], t[i], rss[i] / 1024, ticks,
                        (ticks > 0 ? (cpu[i] - cpu[w]) / ticks : 0)
                    w = i
                }
            }
        }' "$out/soak.csv" | tee "$out/summary.txt"
}
if [ "$summary_only" = 1 ]; then
    summarise
    exit 0
fi

app="${bin:-$root/build/app}/premium-spread"
server="${bin:-$root/build/tests/support}/fixture-server"
[ -x "$app" ] && [ -x "$server" ] || { echo "soak.sh: no $app or $server (build first, or --bin)" >&2; exit 2; }

mkdir -p "$out"
home="$(mktemp -d)"
server_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT

data="$root/tests/data"
routes=(--route "/v1/ticker=$data/bithumb/v1-ticker-krw-btc.json"
    --route "/fapi/v2/ticker/price=$data/binance/fapi-ticker-price-btcusdt.json"
    --route "/v1/forex/recent=$data/fx/dunamu-forex-recent-usd.json")
if [ "$ticker_only" = 0 ]; then
    # A failing book request counts against its venue's circuit breaker, which then holds back the
    # ticker too: without these the premium is stale most of the time.
    routes+=(--route "/v1/orderbook=$data/bithumb/v1-orderbook-krw-btc.json"
        --route "/fapi/v1/ticker/bookTicker=$data/binance/fapi-bookticker-btcusdt.json"
        --route "/fapi/v1/premiumIndex=$data/binance/fapi-premiumindex-btcusdt.json"
        --route "/fapi/v1/exchangeInfo=$data/binance/fapi-exchangeinfo-ratelimits.json")
fi
"$server" --port 0 "${routes[@]}" >"$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    port="$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$out/server.log")"
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || { echo "soak.sh: the fixture server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"
args=(--bithumb-url "$base" --binance-url "$base" --fx-url "$base")
[ "$ticker_only" = 1 ] || args+=(--upbit-url "$base")

export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
if [ "$headless" = 1 ]; then
    "$app" --headless "${args[@]}" >/dev/null 2>"$out/app.log" &
    app_pid=$!
else
    # xvfb-run's own pid is not the application's: find the child by its binary.
    xvfb-run -a "$app" "${args[@]}" >"$out/app.log" 2>&1 &
    app_pid=""
    wrapper=$!
    for _ in $(seq 100); do
        app_pid="$(pgrep -n -f "^$app " -P "$(pgrep -d, -P "$wrapper" || echo "$wrapper"),$wrapper" || true)"
        [ -n "$app_pid" ] && break
        sleep 0.1
    done
    [ -n "$app_pid" ] || { echo "soak.sh: the application did not start" >&2; exit 1; }
fi

ticks_per_s="$(getconf CLK_TCK)"
db="$(find "$home/data" -name history.sqlite 2>/dev/null | head -1 || true)"
echo "seconds,rss_kib,cpu_ms,rows,stale_rows" >"$out/soak.csv"
start="$(date +%s)"
echo "soak: pid $app_pid, $(date -u '+%F %T UTC'), $duration s, sampling every $interval s into $out/soak.csv"
while :; do
    now="$(date +%s)"
    elapsed=$((now - start))
    [ -d "/proc/$app_pid" ] || { echo "soak.sh: the application exited after $elapsed s" >&2; exit 1; }
    rss="$(awk '/^VmRSS:/ {print $2}' "/proc/$app_pid/status")"
    # Fields 14 and 15 of /proc/PID/stat, counted after the parenthesised command name.
    cpu="$(sed 's/^.*) //' "/proc/$app_pid/stat" | awk -v hz="$ticks_per_s" '{print int(($12 + $13) * 1000 / hz)}')"
    [ -n "$db" ] || db="$(find "$home/data" -name history.sqlite 2>/dev/null | head -1 || true)"
    counts="$( [ -n "$db" ] && sqlite3 -readonly -separator , "file:$db?mode=ro" 'SELECT count(*), coalesce(sum(stale), 0) FROM premium' 2>/dev/null || echo 0,0)"
    echo "$elapsed,$rss,$cpu,$counts" >>"$out/soak.csv"
    [ "$elapsed" -ge "$duration" ] && break
    sleep $((interval - ($(date +%s) - now)))
done

summarise
