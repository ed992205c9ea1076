#!/usr/bin/env bash
# Runs a command with gnome-keyring's Secret Service unlocked on the current D-Bus session (start
# it under dbus-run-session). HOME is moved to EWB_TEST_HOME so the keyring file is a throwaway.
set -euo pipefail
export HOME=${EWB_TEST_HOME:?set EWB_TEST_HOME to a temporary folder}
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
# A non-empty password: with an empty one gnome-keyring asks through a (missing) prompter.
printf 'ewb-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
# --daemonize returns before the daemon owns its bus name; a client calling in that gap would
# start a second, locked daemon through D-Bus activation. Wait (5 s at most) until it is owned.
for _ in $(seq 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        exec "$@"
    fi
    sleep 0.1
done
echo "with-test-keyring: gnome-keyring did not come up on the session bus" >&2
exit 1
