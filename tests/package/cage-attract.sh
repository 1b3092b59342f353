#!/usr/bin/env bash
# The kiosk as the service runs it: inside cage, on wlroots' headless backend with its software
# renderer (no GPU, no screen), as a user who is not root (cage refuses root), through the
# same session script the package installs. grim captures the screen until the attract screen
# shows its photo (the photo's area is not flat), within 20 s of starting.
#   cage-attract.sh VITRINE DATA_DIR OUT_DIR
set -euo pipefail
vitrine=$1
data=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
session=$here/../../packaging/vitrine-session
mkdir -p "$out"
work=$(mktemp -d)
chmod 0755 "$work"
cage_pid=
cleanup() {
  [[ -n $cage_pid ]] && kill "$cage_pid" 2>/dev/null && wait "$cage_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "cage-attract: $*" >&2; [[ -f $work/cage.log ]] && tail -n 30 "$work/cage.log" >&2; exit 1; }

# As root, the kiosk's own user when the package is installed, else nobody.
as_user=()
if [[ $(id -u) == 0 ]]; then
  user=nobody
  getent passwd vitrine >/dev/null && user=vitrine
  as_user=(runuser -u "$user" --)
fi
# The catalogue and the runtime directory, the user's own, as on a kiosk.
cp -r "$data" "$work/data"
mkdir -m 0700 "$work/run"
mkdir "$work/shots"
# The session script runs /usr/bin/cage and /usr/bin/vitrine: here, the build's kiosk.
sed -e "s#/usr/bin/vitrine --config /etc/vitrine/kiosk.json#$vitrine --data-dir $work/data#" \
  "$session" >"$work/vitrine-session"
chmod 0755 "$work/vitrine-session"
[[ $(id -u) == 0 ]] && chown -R "$user" "$work/data" "$work/run" "$work/shots"

"${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$work" XDG_RUNTIME_DIR="$work/run" \
  WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  ${SDL_VIDEODRIVER:+SDL_VIDEODRIVER=$SDL_VIDEODRIVER} \
  "$work/vitrine-session" >"$work/cage.log" 2>&1 &
cage_pid=$!

shot=$out/cage-attract.png
deadline=$((SECONDS + 20))
while ((SECONDS < deadline)); do
  kill -0 "$cage_pid" 2>/dev/null || fail "cage (or the kiosk) exited"
  socket=$(cd "$work/run" && ls wayland-* 2>/dev/null | grep -v lock | head -n1 || true)
  if [[ -n $socket ]] && "${as_user[@]}" env XDG_RUNTIME_DIR="$work/run" WAYLAND_DISPLAY="$socket" \
       grim "$work/shots/shot.png" 2>/dev/null; then
    read -r w h < <(identify-im6.q16 -format '%w %h\n' "$work/shots/shot.png")
    # The photo's area (the right 58 % in landscape, the top 58 % in portrait): its middle is
    # a photograph, not the flat placeholder or black.
    if ((w >= h)); then crop="$((w * 25 / 100))x$((h * 40 / 100))+$((w * 70 / 100))+$((h * 30 / 100))"
    else crop="$((w * 40 / 100))x$((h * 30 / 100))+$((w * 30 / 100))+$((h * 15 / 100))"; fi
    spread=$(convert-im6.q16 "$work/shots/shot.png" -crop "$crop" +repage -colorspace Gray \
               -format '%[fx:int(standard_deviation*1000)]' info:)
    # The text panel is drawn too (not a black screen): its off-white is bright.
    if ((w >= h)); then panel="$((w * 30 / 100))x$((h * 10 / 100))+$((w * 5 / 100))+$((h * 2 / 100))"
    else panel="$((w * 60 / 100))x$((h * 5 / 100))+$((w * 20 / 100))+$((h * 90 / 100))"; fi
    bright=$(convert-im6.q16 "$work/shots/shot.png" -crop "$panel" +repage -colorspace Gray \
               -format '%[fx:int(mean*1000)]' info:)
    if ((spread > 40 && bright > 700)); then
      cp "$work/shots/shot.png" "$shot"
      echo "cage-attract: the attract screen with its photo after $SECONDS s (${w}x${h}, photo spread $spread, panel $bright): $shot"
      exit 0
    fi
    cp "$work/shots/shot.png" "$shot"
  fi
  sleep 0.5
done
fail "no attract screen with its photo within 20 s (last capture: $shot, photo spread ${spread:-none}, panel ${bright:-none})"
