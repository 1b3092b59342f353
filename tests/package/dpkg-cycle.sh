#!/usr/bin/env bash
# Inside a throwaway root (deb.sh runs it in an overlay of this machine's own system, in a mount
# namespace of its own): dpkg -i, -r and -P of the packages, checking what each leaves behind.
#   dpkg-cycle.sh VITRINE_DEB SAMPLE_DEB
set -euo pipefail
kiosk=$1
sample=$2
fail() { echo "dpkg: $*" >&2; exit 1; }
log=$(mktemp)

dpkg -i "$kiosk" "$sample" >"$log" 2>&1 || { cat "$log" >&2; fail "dpkg -i failed"; }
getent passwd vitrine >/dev/null || fail "no user vitrine after installing"
[[ $(getent passwd vitrine | cut -d: -f6) == /var/lib/vitrine ]] || fail "vitrine's home is not /var/lib/vitrine"
[[ $(stat -c %U /var/lib/vitrine) == vitrine ]] || fail "/var/lib/vitrine is not the kiosk's"
[[ -L /etc/systemd/system/graphical.target.wants/vitrine.service ]] || fail "vitrine.service is not enabled for boot"
/usr/bin/vitrine --help >/dev/null || fail "the installed kiosk does not run"
[[ -e /var/lib/vitrine/current ]] || { cat "$log" >&2; fail "the sample fair was not installed into /var/lib/vitrine"; }
runuser -u vitrine -- /usr/bin/vitrine-pack info --data-dir /var/lib/vitrine >"$log" 2>&1 \
  || { cat "$log" >&2; fail "vitrine-pack info cannot read the installed catalogue"; }
# The installed kiosk finds its translations next to itself, not in a source tree: the attract
# screen shows the invitation in French.
scenario=$(mktemp --suffix=.txt)
printf 'expect "Touchez pour découvrir"\n' >"$scenario"
chmod 0644 "$scenario"
runuser -u vitrine -- env -u VITRINE_ASSETS_DIR /usr/bin/vitrine --headless --script "$scenario" \
  --data-dir /var/lib/vitrine >"$log" 2>&1 || { tail -5 "$log" >&2; fail "the installed kiosk does not show its attract screen"; }
echo "installed: user vitrine, /var/lib/vitrine, vitrine.service enabled, the sample fair in the catalogue"

dpkg -r vitrine-sample-fair vitrine >"$log" 2>&1 || { cat "$log" >&2; fail "dpkg -r failed"; }
[[ ! -e /usr/bin/vitrine ]] || fail "dpkg -r left /usr/bin/vitrine"
[[ -e /var/lib/vitrine/current ]] || { ls -la /var/lib/vitrine >&2; fail "dpkg -r lost the catalogue"; }
[[ -e /etc/vitrine/kiosk.json ]] || fail "dpkg -r removed the settings (a conffile stays until purge)"
echo "removed: binaries gone, catalogue and settings kept"

dpkg -P vitrine-sample-fair vitrine >"$log" 2>&1 || { cat "$log" >&2; fail "dpkg -P failed"; }
[[ ! -e /var/lib/vitrine ]] || fail "dpkg -P left /var/lib/vitrine"
[[ ! -e /etc/vitrine/kiosk.json ]] || fail "dpkg -P left /etc/vitrine/kiosk.json"
[[ ! -e /etc/systemd/system/graphical.target.wants/vitrine.service ]] || fail "dpkg -P left the unit enabled"
echo "purged: catalogue and settings gone"
