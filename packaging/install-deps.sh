#!/bin/sh
# Installs every Debian 12 package Jobwatch needs to build, test, screenshot and package.
# The one place that lists them. Idempotent and quiet on success; run as root.
set -eu

PACKAGES="
  cmake ninja-build ccache g++ clang libclang-rt-14-dev pkg-config git python3
  qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-multimedia-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev libgl-dev
  libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  xvfb xauth imagemagick gnome-keyring dbus-x11 libsecret-tools ffmpeg
  appstream desktop-file-utils fonts-dejavu-core
"

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (apt-get needs it)" >&2
  exit 2
fi

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "install-deps.sh: apt-get failed for:$missing" >&2
  exit 1
fi
rm -f "$log"
