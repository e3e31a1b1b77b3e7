#!/usr/bin/env bash
# Build the one-folder bundle: dist/huiwu-desk/ (Linux; on Windows use installer/WINDOWS.md).
#
#   installer/build.sh            the bundle, then `--check-install` on it
#   installer/build.sh --package  also dist/huiwu-desk-VERSION-linux-x86_64.tar.gz and the .deb
#   installer/build.sh --no-deps  skip `pip install` (CI has installed them already)
#
# Run it in the Python environment the app is developed in (Python 3.11+); it installs the build
# requirements (installer/requirements.txt) there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
package=0
deps=1
for arg in "$@"; do
  case "$arg" in
    --package) package=1 ;;
    --no-deps) deps=0 ;;
    *) echo "usage: installer/build.sh [--package] [--no-deps]" >&2; exit 2 ;;
  esac
done

if [ "$deps" = 1 ]; then
  "$PYTHON" -m pip install -q -e . -r installer/requirements.txt
fi
rm -rf dist/huiwu-desk
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/huiwu-desk.spec

bundle=dist/huiwu-desk
QT_QPA_PLATFORM=offscreen "$bundle/huiwu-desk" --check-install
echo "bundle: $bundle, $(du -sh --apparent-size "$bundle" | cut -f1) unpacked," \
  "$(find "$bundle" -type f | wc -l) files"

if [ "$package" = 1 ]; then
  bash installer/linux/package.sh "$bundle"
fi
