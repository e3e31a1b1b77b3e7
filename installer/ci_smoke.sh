#!/usr/bin/env bash
# CI (a step of .ci/run after the tests): build the Linux bundle and try it as a desk laptop
# would, with nothing of this machine's Python reachable.
#
#   installer/ci_smoke.sh           build dist/huiwu-desk/, then try it
#   installer/ci_smoke.sh --no-build  try the bundle already in dist/huiwu-desk/
#
# Every run of the bundle gets a clean environment: `env -i PATH=/usr/bin:/bin HOME=<temp>` (no
# venv, no PYTHONPATH, no site-packages; /usr/bin/python3 may exist but the bundle never looks
# for a Python) and QT_QPA_PLATFORM=offscreen. It checks:
#   --version, --check-install (every part OK, libusb-1.0 loaded from inside the bundle),
#   demo, find, checkin, export (the checked-in person is in the workbook), and the window
#   starting on the desk page with the event open (HUIWU_EXIT_WHEN_READY markers).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$ROOT/dist/huiwu-desk
EXE=$BUNDLE/huiwu-desk
started=$(date +%s)

if [ "${1:-}" != "--no-build" ]; then
  python3 -m pip install -q -r installer/requirements.txt
  bash installer/build.sh --no-deps
fi
built=$(date +%s)

tmp=$(mktemp -d /tmp/huiwu-smoke.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# The bundle is copied away from the checkout, so nothing can be found beside the sources.
cp -a "$BUNDLE" "$tmp/app"
EXE=$tmp/app/huiwu-desk
mkdir -p "$tmp/home"

desk() {  # the bundle in a clean environment
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$@"
}
fail() { echo "ci_smoke: $*" >&2; echo "smoke: $passed passed, 1 failed"; exit 1; }
passed=0
ok() { passed=$((passed + 1)); }

# Where the dev Python lives (a RUNPATH in its libpython still names it): the bundle must open
# nothing there, nor in this checkout. Seen with strace: every file it opened successfully.
if ! command -v strace >/dev/null && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace >/dev/null; }
fi
dev_python=$(python3 -c 'import sys; print(sys.base_prefix)')
traced() {  # traced NAME CMD…: CMD as desk runs it, then refuse any file it opened from the dev Python
  local name=$1
  shift
  if ! command -v strace >/dev/null; then
    desk "$@"
    return
  fi
  desk strace -f -qq -e trace=open,openat,execve -e status=successful -o "$tmp/$name.trace" "$@"
  if grep -E "\"($dev_python|$ROOT)/" "$tmp/$name.trace" >"$tmp/$name.borrowed"; then
    head -5 "$tmp/$name.borrowed" >&2
    fail "$name: the bundle opened files of the dev Python or the checkout"
  fi
}

version=$(python3 -c 'import huiwu_desk; print(huiwu_desk.__version__)')
got=$(desk "$EXE" --version)
[ "$got" = "huiwu-desk $version" ] || fail "--version said '$got', not 'huiwu-desk $version'"
ok

check=$(traced check "$EXE" --check-install) || { echo "$check"; fail "--check-install failed"; }
echo "$check"
ok
echo "$check" | grep -q "^OK .*USB.*libusb-1.0 loaded from $tmp/app/_internal/" ||
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
python3 - "$tmp/home/roster.xlsx" "$code" <<'EOF' || fail "the export lacks the checked-in person"
import sys
from openpyxl import load_workbook

sheet = load_workbook(sys.argv[1], read_only=True).active
assert any(sys.argv[2] in (str(v) for v in row) for row in sheet.iter_rows(values_only=True))
EOF
ok

# The window: shown on the desk page (scan field taking scans), then the event open.
out=$(traced window timeout 60 env HUIWU_EXIT_WHEN_READY=1 "$EXE" --event "$event" \
  2>"$tmp/window.err") || { cat "$tmp/window.err"; fail "the window did not start"; }
echo "$out"
echo "$out" | grep -q '^HUIWU_SHOWN .* page=desk$' || fail "the window did not show the desk page"
ok
echo "$out" | grep -q '^HUIWU_READY .* page=desk$' || fail "the event did not open on the desk page"
ok

ended=$(date +%s)
echo "ci_smoke: bundle OK ($(du -sm "$tmp/app" | cut -f1) MB unpacked); build $((built - started)) s," \
  "tries $((ended - built)) s"
echo "smoke: $passed passed, 0 failed"
