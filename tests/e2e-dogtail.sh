#!/bin/sh
# End to end through the accessibility tree: starts the real app and drives it with dogtail,
# as a person would. Usage: e2e-dogtail.sh SAJJA_BINARY LOCALEDIR SCRIPT
set -eu
app=$1
localedir=$2
script=$3

if [ -z "${DISPLAY:-}" ]; then
  echo "No display: run under Xvfb (build-aux/test does)."
  exit 1
fi

home=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export GSETTINGS_BACKEND=keyfile TMPDIR="$home"
unset GTK_A11Y NO_AT_BRIDGE
mkdir -p "$XDG_CONFIG_HOME"
gsettings set org.gnome.desktop.interface toolkit-accessibility true

LANG=C.UTF-8 LANGUAGE=th SAJJA_LOCALEDIR="$localedir" "$app" --database "$home/books.db" &
pid=$!

SAJJA_LOCALEDIR="$localedir" SAJJA_DB="$home/books.db" /usr/bin/python3 "$script"
