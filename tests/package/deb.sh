#!/usr/bin/env bash
# The Debian packages build from this build tree, lintian finds no error in them, and they hold
# what a kiosk needs: the binaries, the assets where the kiosk looks, the unit, the udev rule,
# the configuration as conffiles, and dependencies on the Debian packages it runs.
# As root, also dpkg -i, -r and -P in a throwaway overlay of this machine's system
# (dpkg-cycle.sh), checking what each leaves behind.
#   deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "deb: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
arch=$(dpkg --print-architecture)
kiosk=$(ls "$work"/vitrine_*_"$arch".deb 2>/dev/null) || fail "no vitrine_<version>_$arch.deb made"
sample=$(ls "$work"/vitrine-sample-fair_*_all.deb 2>/dev/null) || fail "no vitrine-sample-fair_<version>_all.deb made"

lintian --fail-on error --tag-display-limit 0 "$kiosk" "$sample" || fail "lintian found errors"

contents=$(dpkg-deb --contents "$kiosk")
for path in ./usr/bin/vitrine ./usr/bin/vitrine-pack ./usr/share/vitrine/i18n/fr.json \
            ./usr/share/vitrine/i18n/ar.json ./lib/systemd/system/vitrine.service \
            ./lib/udev/rules.d/90-vitrine-sticks.rules ./usr/libexec/vitrine/vitrine-session \
            ./usr/libexec/vitrine/vitrine-mount-stick ./etc/vitrine/kiosk.json \
            ./usr/lib/tmpfiles.d/vitrine.conf ./usr/share/man/man1/vitrine.1.gz; do
  grep -q " $path\$" <<<"$contents" || fail "$(basename "$kiosk") lacks $path"
done
dpkg-deb --control "$kiosk" "$work/control"
grep -qx /etc/vitrine/kiosk.json "$work/control/conffiles" \
  || fail "/etc/vitrine/kiosk.json is not a conffile: an upgrade would overwrite the technician's settings"
depends=$(dpkg-deb -f "$kiosk" Depends)
for dep in cage xwayland fonts-noto-core fonts-dejavu-core libsdl2 libsqlite3 libsystemd0; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
sample_contents=$(dpkg-deb --contents "$sample")
grep -q "/usr/share/vitrine/sample-fair/manifest.json" <<<"$sample_contents" \
  || fail "the sample fair's package holds no pack"
echo "packages built and checked: $(basename "$kiosk") $(basename "$sample")"

# Installing changes a system: done in an overlay of this machine's own root, in a mount
# namespace of its own, so that nothing reaches the real one. Needs root.
if [[ $(id -u) != 0 ]] || ! command -v unshare >/dev/null; then
  echo "(install, remove and purge need root and unshare: skipped)"
  exit 0
fi
mkdir -p "$work/ov/upper" "$work/ov/work" "$work/ov/root"
here=$(cd "$(dirname "$0")" && pwd)
unshare --mount --propagation private bash -euc '
  ov=$1; kiosk=$2; sample=$3; cycle=$4
  mount -t overlay overlay -o "lowerdir=/,upperdir=$ov/upper,workdir=$ov/work" "$ov/root" \
    || { echo "deb: cannot make an overlay of / here: install, remove and purge skipped" >&2; exit 0; }
  for fs in proc sys dev; do mount --rbind "/$fs" "$ov/root/$fs"; done
  mkdir -p "$ov/root/run/vitrine-test"
  mount -t tmpfs tmpfs "$ov/root/run/vitrine-test"
  cp "$kiosk" "$sample" "$cycle" "$ov/root/run/vitrine-test/"
  chroot "$ov/root" /run/vitrine-test/$(basename "$cycle") \
    /run/vitrine-test/$(basename "$kiosk") /run/vitrine-test/$(basename "$sample")
' _ "$work/ov" "$kiosk" "$sample" "$here/dpkg-cycle.sh" || fail "install, remove or purge failed"
