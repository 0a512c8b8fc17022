#!/bin/sh
# Runs a test inside its own D-Bus session with an unlocked gnome-keyring and a temporary HOME
# (DESIGN.md §8), so keychain tests use the real Secret Service and never touch the user's keyring.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
exec dbus-run-session -- sh -c 'echo -n jobwatch-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
