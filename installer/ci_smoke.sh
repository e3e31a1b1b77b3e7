#!/usr/bin/env bash
# CI (a step of .ci/run after the tests): build the Linux bundle and its packages, install the
# tarball as a desk would, and try it with nothing of this machine's Python reachable.
#
#   installer/ci_smoke.sh             build dist/huiwu-desk/ and the packages, then try them
#   installer/ci_smoke.sh --no-build  try the packages already in dist/
#
# Every run of the app gets a clean environment: `env -i PATH=/usr/bin:/bin HOME=<temp>` (no
# venv, no PYTHONPATH, no site-packages; /usr/bin/python3 may exist but the bundle never looks
# for a Python) and QT_QPA_PLATFORM=offscreen; strace shows it opens no file of the dev Python
# or of this checkout. It checks: the .deb's contents and Depends; the tarball's install.sh
# (per user, no root); --version; --check-install (every part OK, libusb-1.0 loaded from inside
# the installed bundle); demo, find, checkin, export (the checked-in person is in the
# workbook); the window starting on the desk page with the event open (HUIWU_EXIT_WHEN_READY
# markers); install.sh --uninstall keeping the event file.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

if [ "${1:-}" != "--no-build" ]; then
  python3 -m pip install -q -r installer/requirements.txt
  bash installer/build.sh --no-deps --package
fi
built=$(date +%s)
version=$(python3 -c 'import huiwu_desk; print(huiwu_desk.__version__)')
tarball=dist/huiwu-desk-$version-linux-$(uname -m).tar.gz
deb=dist/huiwu-desk_${version}_$(dpkg --print-architecture 2>/dev/null || echo amd64).deb

tmp=$(mktemp -d /tmp/huiwu-smoke.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/unpacked"

desk() {  # a command in the clean environment of a desk laptop
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
passed=0
ok() { passed=$((passed + 1)); }
fail() {
  echo "ci_smoke: $*" >&2
  echo "smoke: $passed passed, 1 failed"
  exit 1
}

# Where the dev Python lives (a RUNPATH in its libpython still names it): the app must open
# nothing there, nor in this checkout.
if ! command -v strace >/dev/null && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace >/dev/null; }
fi
dev_python=$(python3 -c 'import sys; print(sys.base_prefix)')
traced() { # traced NAME CMD…: CMD as a desk runs it; refuse any file it opened from the dev Python
  local name=$1
  shift
  if ! command -v strace >/dev/null; then
    desk "$@"
    return
  fi
  desk strace -f -qq -e trace=open,openat,execve -e status=successful -o "$tmp/$name.trace" "$@"
  if grep -E "\"($dev_python|$ROOT)/" "$tmp/$name.trace" >"$tmp/$name.borrowed"; then
    head -5 "$tmp/$name.borrowed" >&2
    fail "$name: the app opened files of the dev Python or of the checkout"
  fi
}

# The .deb: the bundle in /opt, the command, the menu entry, the .huiwu type, a glibc floor.
info=$(dpkg-deb --info "$deb") && listing=$(dpkg-deb --contents "$deb") || fail "no $deb"
grep -q "Depends: libc6 (>= 2\." <<<"$info" || fail "the .deb does not say which glibc it needs"
for path in ./opt/huiwu-desk/huiwu-desk ./usr/bin/huiwu-desk \
  ./usr/share/applications/huiwu-desk.desktop ./usr/share/mime/packages/huiwu-desk.xml \
  ./usr/share/icons/hicolor/256x256/apps/huiwu-desk.png; do
  grep -q " $path" <<<"$listing" || fail "the .deb lacks $path"
done
ok

# The tarball, installed for one user as its README says (copied away from the checkout).
tar -C "$tmp/unpacked" -xzf "$tarball"
desk sh "$tmp/unpacked/huiwu-desk-$version-linux-$(uname -m)/install.sh" >/dev/null ||
  fail "install.sh"
APP=$tmp/home/.local/opt/huiwu-desk
EXE=$tmp/home/.local/bin/huiwu-desk # the symlink a desk's PATH finds
grep -q "^MimeType=application/x-huiwu-event;" "$tmp/home/.local/share/applications/huiwu-desk.desktop" ||
  fail "no menu entry with the .huiwu type"
ok

got=$(desk "$EXE" --version)
[ "$got" = "huiwu-desk $version" ] || fail "--version said '$got', not 'huiwu-desk $version'"
ok

check=$(traced check "$EXE" --check-install) || {
  echo "$check"
  fail "--check-install failed"
}
echo "$check"
ok
grep -q "^OK .*USB.*libusb-1.0 loaded from $APP/_internal/" <<<"$check" ||
  fail "libusb does not load from inside the bundle"
ok

event=$tmp/home/smoke.huiwu
desk "$EXE" demo "$event" --attendees 40 >/dev/null || fail "demo"
ok
code=$(desk "$EXE" find "$event" "" --limit 1 --json |
  python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["code"])')
desk "$EXE" checkin "$event" "$code" || fail "checkin $code"
ok
desk "$EXE" export roster "$event" -o "$tmp/home/roster.xlsx" || fail "export"
python3 - "$tmp/home/roster.xlsx" "$code" <<'PY' || fail "the export lacks the checked-in person"
import sys
from openpyxl import load_workbook

sheet = load_workbook(sys.argv[1], read_only=True).active
assert any(sys.argv[2] in (str(v) for v in row) for row in sheet.iter_rows(values_only=True))
PY
ok

# The window: shown on the desk page (scan field taking scans), then the event open.
out=$(traced window timeout 60 env HUIWU_EXIT_WHEN_READY=1 "$EXE" "$event" 2>"$tmp/window.err") ||
  {
    cat "$tmp/window.err"
    fail "the window did not start"
  }
echo "$out"
grep -q '^HUIWU_SHOWN .* page=desk$' <<<"$out" || fail "the window did not show the desk page"
ok
grep -q '^HUIWU_READY .* page=desk$' <<<"$out" || fail "the event did not open on the desk page"
ok

desk sh "$tmp/unpacked/huiwu-desk-$version-linux-$(uname -m)/install.sh" --uninstall >/dev/null
[ ! -e "$APP" ] && [ ! -e "$EXE" ] || fail "--uninstall left the app"
[ -f "$event" ] || fail "--uninstall removed the event file"
ok

ended=$(date +%s)
echo "ci_smoke: $(du -sm --apparent-size "$ROOT/dist/huiwu-desk" | cut -f1) MB unpacked," \
  "$(du -m "$deb" | cut -f1) MB .deb; build and packages $((built - started)) s," \
  "tries $((ended - built)) s"
echo "smoke: $passed passed, 0 failed"
