#!/usr/bin/env bash
# End to end: the real kiosk window under a virtual X display, touched with xdotool the way a
# visitor would: open a sector, drag its list, open a maker and a product, go home, open the
# map and tap a stand on it. The kiosk logs every screen it opens; the test waits for each one
# (no fixed sleeps) and checks that the drag opened nothing.
# Usage: window-with-xdotool.sh VITRINE DATA_DIR OUT_DIR
set -euo pipefail
vitrine=$1 data=$2 out=$3
mkdir -p "$out"
log="$out/kiosk.log"

if [[ -z "${INSIDE_XVFB:-}" ]]; then
  export INSIDE_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$0" "$@"
fi

"$vitrine" --windowed --size 1920x1080 --data-dir "$data" >"$log" 2>&1 &
kiosk=$!
trap 'kill $kiosk 2>/dev/null || true' EXIT

# Waits until the log shows a line, or fails after 20 s.
wait_for() {
  for _ in $(seq 200); do
    grep -q "$1" "$log" && return 0
    kill -0 $kiosk 2>/dev/null || { echo "the kiosk exited:"; cat "$log"; exit 1; }
    sleep 0.1
  done
  echo "timed out waiting for: $1"; cat "$log"; exit 1
}
screens() { grep -c "screen " "$log" || true; }

window=$(xdotool search --sync --name '^Vitrine$' | head -n1)
xdotool windowmove --sync "$window" 0 0
wait_for "screen attract"

tap() { xdotool mousemove --window "$window" "$1" "$2" click 1; }

tap 960 540                       # anywhere on the attract screen
wait_for "screen home"
tap 440 450                       # "Par secteur"
wait_for "screen sectors"
tap 330 220                       # the head of the first sector
wait_for "screen sector artisanat"

before=$(screens)
xdotool mousemove --window "$window" 1000 900 mousedown 1
for y in $(seq 880 -20 400); do xdotool mousemove --window "$window" 1000 "$y"; done
# The finger rests before it lifts, so the list stops there rather than flinging on (a tap
# during a fling only stops it, as on a phone).
sleep 0.3
xdotool mousemove --window "$window" 1000 400 mouseup 1
# A drag scrolls and opens nothing: ask for a redraw through a harmless move and check.
xdotool mousemove --window "$window" 10 1000
[[ $(screens) == "$before" ]] || { echo "the drag opened a screen:"; tail -3 "$log"; exit 1; }

tap 300 520                       # a maker, wherever the list scrolled to
wait_for "screen exhibitor"
tap 985 330                       # their first product
wait_for "screen product"
import -window root "$out/product.png" 2>/dev/null || true
tap 110 52                        # home, top corner
wait_for "screen home"
tap 440 760                       # "Sur le plan"
wait_for "screen map"
tap 260 450                       # stand B01 on the plan
wait_for "screen exhibitor coop-nassij-mohammedia"
tap 110 52
wait_for "screen home"
echo "e2e passed: $(grep -c 'screen ' "$log") screens opened; screenshot in $out/product.png"
