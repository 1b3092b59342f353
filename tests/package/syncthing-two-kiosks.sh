#!/usr/bin/env bash
# Several kiosks kept in step over the hall's network, as deployment.md sets them up: two
# Syncthing instances on 127.0.0.1 (the organiser's laptop and a kiosk; device ids exchanged in
# their configuration; discovery, relays, NAT traversal and announcements off) carry a sealed
# pack from the organiser's folder into the folder the kiosk watches, the kiosk installs it, and
# its report travels back through a second folder. Loopback only, bounded to 60 s, stops by
# itself.
#   syncthing-two-kiosks.sh VITRINE_PACK_TOOL
set -euo pipefail
pack_tool=$1

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "syncthing-two-kiosks: $*" >&2
  for side in organiser kiosk; do
    [[ -f $work/$side.log ]] && { echo "--- $side's log (last lines)" >&2; tail -n 20 "$work/$side.log" >&2; }
  done
  exit 1
}

# A free TCP port on loopback, asked of the kernel rather than guessed.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "no free port on 127.0.0.1"
}

for side in organiser kiosk; do
  syncthing generate --home="$work/$side/home" --no-default-folder --skip-port-probing \
    >/dev/null 2>&1 || fail "syncthing generate failed for the $side"
done
id_of() { syncthing serve --home="$work/$1/home" --device-id; }
organiser_id=$(id_of organiser)
kiosk_id=$(id_of kiosk)
organiser_port=$(free_port)
kiosk_port=$(free_port)
organiser_gui=$(free_port)
kiosk_gui=$(free_port)

mkdir -p "$work/organiser/packs" "$work/organiser/reports" \
         "$work/kiosk/watched/fair" "$work/kiosk/reports" "$work/kiosk/data"

# write_config SIDE SELF_ID PEER_ID PEER_NAME LISTEN_PORT PEER_PORT GUI_PORT PACKS_DIR PACKS_TYPE
#              REPORTS_DIR REPORTS_TYPE
write_config() {
  local side=$1 self=$2 peer=$3 peer_name=$4 port=$5 peer_port=$6 gui=$7
  local packs=$8 packs_type=$9 reports=${10} reports_type=${11}
  cat >"$work/$side/home/config.xml" <<XML
<configuration version="36">
    <folder id="vitrine-packs" label="Packs" path="$packs" type="$packs_type" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="$self"></device>
        <device id="$peer"></device>
    </folder>
    <folder id="vitrine-reports" label="Reports" path="$reports" type="$reports_type" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="$self"></device>
        <device id="$peer"></device>
    </folder>
    <device id="$self" name="$side"><address>dynamic</address></device>
    <device id="$peer" name="$peer_name"><address>tcp://127.0.0.1:$peer_port</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:$gui</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:$port</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
XML
}
# The organiser sends packs and receives reports; the kiosk the other way round.
write_config organiser "$organiser_id" "$kiosk_id" kiosk "$organiser_port" "$kiosk_port" \
  "$organiser_gui" "$work/organiser/packs" sendonly "$work/organiser/reports" receiveonly
write_config kiosk "$kiosk_id" "$organiser_id" organiser "$kiosk_port" "$organiser_port" \
  "$kiosk_gui" "$work/kiosk/watched/fair" receiveonly "$work/kiosk/reports" sendonly

for side in organiser kiosk; do
  STNOUPGRADE=1 syncthing serve --home="$work/$side/home" --no-browser --no-restart \
    --no-upgrade --logfile="$work/$side.log" >/dev/null 2>&1 &
  pids+=($!)
done

# The organiser seals a pack (vitrine-pack's template: a whole fair, small enough to be quick)
# into the shared folder. Written beside it first, then moved in, as an organiser saving a
# finished file would.
"$pack_tool" init "$work/organiser/pack" >"$work/pack.log" 2>&1 || fail "vitrine-pack init failed"
"$pack_tool" seal "$work/organiser/pack" --zip "$work/organiser/fair.zip" >>"$work/pack.log" 2>&1 \
  || fail "vitrine-pack seal failed: $(cat "$work/pack.log")"
deadline=$((SECONDS + 60))
mv "$work/organiser/fair.zip" "$work/organiser/packs/fair.zip"
expected=$(sha256sum <"$work/organiser/packs/fair.zip")

# Waits, at most until the deadline, for a file to arrive whole.
arrive() {
  local file=$1 sum=$2 what=$3
  while ((SECONDS < deadline)); do
    if [[ -f $file ]] && [[ -z $sum || $(sha256sum <"$file") == "$sum" ]]; then
      return 0
    fi
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a Syncthing instance exited"; done
    sleep 0.2
  done
  fail "$what did not arrive within 60 s"
}

arrive "$work/kiosk/watched/fair/fair.zip" "$expected" "the pack (organiser -> kiosk)"
echo "the pack reached the kiosk's watched folder"

# THE KIOSK'S INSTALL STEP. Until the kiosk's own folder watcher is here, the kiosk's side is
# what it will do: install the pack that arrived and write its report where Syncthing sends it
# back. Replace this function's body by the kiosk watching $work/kiosk/watched.
kiosk_install_step() {
  local pack=$1 report=$2
  "$pack_tool" import "$pack" --data-dir "$work/kiosk/data" >"$report.tmp" 2>&1 \
    || fail "the kiosk refused the pack: $(cat "$report.tmp")"
  "$pack_tool" info --data-dir "$work/kiosk/data" >>"$report.tmp" 2>&1
  mv "$report.tmp" "$report"
}
kiosk_install_step "$work/kiosk/watched/fair/fair.zip" "$work/kiosk/reports/vitrine-report.txt"

arrive "$work/organiser/reports/vitrine-report.txt" "$(sha256sum <"$work/kiosk/reports/vitrine-report.txt")" \
  "the report (kiosk -> organiser)"
echo "the kiosk's report reached the organiser:"
cat "$work/organiser/reports/vitrine-report.txt"
