#!/usr/bin/env bash
# The Debian packages build from this build tree, lintian finds no error in them, and they hold
# what a kiosk needs: the binaries, the assets where the kiosk looks, the unit, the udev rule,
# the configuration as conffiles, and dependencies on the Debian packages it runs.
# With VITRINE_TEST_DPKG=1 (CI, on a machine of its own: this installs into the real system,
# as root), also dpkg -i, -r and -P, checking what each leaves behind.
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

[[ ${VITRINE_TEST_DPKG:-0} == 1 ]] || { echo "(install, remove and purge run with VITRINE_TEST_DPKG=1)"; exit 0; }
[[ $(id -u) == 0 ]] || fail "VITRINE_TEST_DPKG=1 needs root"
dpkg -i "$kiosk" "$sample" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
getent passwd vitrine >/dev/null || fail "no user vitrine after installing"
[[ $(stat -c %U "/var/lib/vitrine") == vitrine ]] || fail "/var/lib/vitrine is not the kiosk's"
[[ -L /etc/systemd/system/graphical.target.wants/vitrine.service ]] || fail "vitrine.service is not enabled"
runuser -u vitrine -- vitrine-pack info --data-dir /var/lib/vitrine >/dev/null \
  || fail "the sample fair was not installed into /var/lib/vitrine"
dpkg -r vitrine-sample-fair vitrine >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r failed"; }
[[ ! -e /usr/bin/vitrine ]] || fail "dpkg -r left /usr/bin/vitrine"
[[ -d /var/lib/vitrine/catalogs ]] || fail "dpkg -r lost the catalogue"
dpkg -P vitrine-sample-fair vitrine >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -P failed"; }
[[ ! -e /var/lib/vitrine ]] || fail "dpkg -P left /var/lib/vitrine"
[[ ! -e /etc/vitrine/kiosk.json ]] || fail "dpkg -P left /etc/vitrine/kiosk.json"
echo "installed, removed (catalogue kept) and purged (catalogue gone)"
