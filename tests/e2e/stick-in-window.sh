#!/usr/bin/env bash
# End to end: the real kiosk window under a virtual X display, with a temporary folder as the
# only place it watches for sticks. A pack folder renamed into it (the way a mount point
# appears) is installed while the window runs; the test waits for the kiosk's log line (no
# fixed sleeps), reads the report back from the "stick", and takes a screenshot of the banner.
# Usage: stick-in-window.sh VITRINE PACK OUT_DIR
set -euo pipefail
vitrine=$1 pack=$2 out=$3
mkdir -p "$out"

if [[ -z "${INSIDE_XVFB:-}" ]]; then
  export INSIDE_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$0" "$@"
fi

work=$(mktemp -d)
log="$out/kiosk-stick.log"
trap 'kill $kiosk 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/media" "$work/data"
printf '{"kiosk_name": "e2e", "watch": ["%s"]}\n' "$work/media" >"$work/kiosk.json"

"$vitrine" --windowed --size 1920x1080 --data-dir "$work/data" --config "$work/kiosk.json" \
  >"$log" 2>&1 &
kiosk=$!

wait_for() {
  for _ in $(seq 300); do
    grep -q "$1" "$log" && return 0
    kill -0 $kiosk 2>/dev/null || { echo "the kiosk exited:"; cat "$log"; exit 1; }
    sleep 0.1
  done
  echo "timed out waiting for: $1"; cat "$log"; exit 1
}

xdotool search --sync --name '^Vitrine$' >/dev/null
wait_for "screen no-catalog"

mkdir -p "$work/staging"
cp -r "$pack" "$work/staging/"
mv "$work/staging" "$work/media/STICK"          # the stick appears whole

wait_for "update: installed"
wait_for "catalogue: now showing"
import -window root "$out/stick-banner.png" 2>/dev/null || true
grep -q '"outcome": "installed"' "$work/media/STICK/vitrine-report.json" ||
  { echo "no report on the stick"; ls -la "$work/media/STICK"; exit 1; }
grep -q "installé" "$work/media/STICK/vitrine-rapport.txt"
echo "installed from the stick, report read back, screenshot in $out/stick-banner.png"
