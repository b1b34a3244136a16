#!/bin/sh
# Runs a test program against a real Secret Service: its own D-Bus session with a fresh
# gnome-keyring, unlocked with a throwaway password, in a temporary home so that no user keyring
# is touched, and stopped afterwards. With --no-keychain the program runs with no session bus at
# all, as on a server.
set -eu
mode=keyring
if [ "${1:-}" = "--no-keychain" ]; then
    mode=none
    shift
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/run" "$home/data" "$home/config"
chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
status=0
if [ "$mode" = none ]; then
    env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY "$@" || status=$?
    exit "$status"
fi
# Inside the private bus: start the daemon in the foreground (so that its pid is ours to stop),
# --unlock reads the password on stdin and creates the login keyring with it. The test starts once
# the daemon owns the Secret Service name; before that the bus would start a second, locked one.
dbus-run-session -- sh -c '
    printf %s throwaway-test-password | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    trap "kill $keyring 2>/dev/null" EXIT
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ]; then
            echo "with-keyring.sh: gnome-keyring did not come up" >&2
            exit 1
        fi
        sleep 0.05
    done
    "$@"
' sh "$@" || status=$?
exit "$status"
