#!/usr/bin/env bash
# systemd accepts the kiosk's unit: every directive known and well formed, its dependencies
# found. Verified against this machine's systemd, with the unit's programs taken from the
# source tree (they are only in /usr/libexec/vitrine once the package is installed), and without
# opening its man pages.
#   systemd-verify.sh PACKAGING_DIR
set -euo pipefail
packaging=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s#/usr/libexec/vitrine/#$packaging/#" "$packaging/vitrine.service" >"$work/vitrine.service"
grep -q "^ExecStart=$packaging/vitrine-session" "$work/vitrine.service" \
  || { echo "systemd-verify: the unit's ExecStart is not /usr/libexec/vitrine/vitrine-session" >&2; exit 1; }
# systemd-analyze prints problems and still exits 0 for some of them: any output fails.
out=$(systemd-analyze verify --man=no "$work/vitrine.service" 2>&1) || { echo "$out" >&2; exit 1; }
if [[ -n $out ]]; then
  echo "$out" >&2
  exit 1
fi
echo "systemd-analyze verify: vitrine.service accepted"
