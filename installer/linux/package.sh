#!/usr/bin/env bash
# installer/linux/package.sh [BUNDLE]: from the one-folder bundle (default dist/huiwu-desk/),
# made by installer/build.sh, make
#   dist/huiwu-desk-VERSION-linux-ARCH.tar.gz  unpack anywhere; ./install.sh installs it for the
#                                              current user (no root), --uninstall removes it
#   dist/huiwu-desk_VERSION_ARCH.deb           sudo apt install ./huiwu-desk_VERSION_ARCH.deb:
#                                              /opt/huiwu-desk, `huiwu-desk`, menu entry, .huiwu
# Both carry the desktop file and the .huiwu association (installer/linux/). The bundle needs the
# glibc it was built with or newer: the oldest one it needs is written into both (GLIBC_MIN,
# the .deb's Depends), so an older system refuses it with a sentence instead of crashing.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=${1:-dist/huiwu-desk}
[ -x "$bundle/huiwu-desk" ] || { echo "package.sh: no bundle in $bundle (run installer/build.sh)" >&2; exit 1; }
version=$("$bundle/huiwu-desk" --version | awk '{print $2}')
arch=$(uname -m)
deb_arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
here=installer/linux

# The newest GLIBC_x.y symbol version any file of the bundle asks for.
glibc_min=$(find "$bundle" -type f \( -name "*.so*" -o -name huiwu-desk \) -print0 |
  xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' |
  sort -uV | tail -1)

# --- tarball -------------------------------------------------------------------------------
name=huiwu-desk-$version-linux-$arch
stage=build/package/$name
rm -rf build/package && mkdir -p "$stage"
cp -a "$bundle" "$stage/huiwu-desk"
cp "$here/install.sh" "$here/huiwu-desk.desktop" "$here/huiwu-desk.xml" "$here/huiwu-desk.png" "$stage/"
echo "$glibc_min" >"$stage/GLIBC_MIN"
cat >"$stage/README.txt" <<TXT
会务报到台 $version（Linux $arch，需要 glibc $glibc_min 或更新）

安装（当前用户，无需 root）：./install.sh
卸载：./install.sh --uninstall（会议文件 *.huiwu 保留不动）
命令行：huiwu-desk --version；huiwu-desk --check-install 检查安装是否完整（含 USB 打印机）。

Install for the current user (no root): ./install.sh — uninstall: ./install.sh --uninstall
(event files are kept). Needs glibc $glibc_min or newer.
TXT
tar -C build/package -czf "dist/$name.tar.gz" "$name"

# --- .deb ----------------------------------------------------------------------------------
deb=build/package/deb
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" \
  "$deb/usr/share/mime/packages" "$deb/usr/share/icons/hicolor/256x256/apps" \
  "$deb/usr/share/doc/huiwu-desk"
cp -a "$bundle" "$deb/opt/huiwu-desk"
ln -s /opt/huiwu-desk/huiwu-desk "$deb/usr/bin/huiwu-desk"
cp "$here/huiwu-desk.desktop" "$deb/usr/share/applications/"
cp "$here/huiwu-desk.xml" "$deb/usr/share/mime/packages/"
cp "$here/huiwu-desk.png" "$deb/usr/share/icons/hicolor/256x256/apps/"
cp "$stage/README.txt" "$deb/usr/share/doc/huiwu-desk/"
size_kb=$(du -sk "$deb" | cut -f1)
cat >"$deb/DEBIAN/control" <<CTRL
Package: huiwu-desk
Version: $version
Architecture: $deb_arch
Maintainer: huiwu_desk <huiwu-desk@localhost>
Installed-Size: $size_kb
Depends: libc6 (>= $glibc_min), libgl1, libegl1, libxcb1, libfontconfig1
Recommends: cups
Section: misc
Priority: optional
Description: 会务报到台 — offline conference reception desk
 Check-in, fees with numbered receipts, materials, hotel rooms and badges at
 the reception desks of a conference, with no network. One event file
 (.huiwu, SQLite) per event; desks exchange sync files.
CTRL
# dpkg's triggers refresh the menu, the MIME database and the icon cache.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$deb" "dist/huiwu-desk_${version}_${deb_arch}.deb" >/dev/null
rm -rf build/package
ls -l "dist/$name.tar.gz" "dist/huiwu-desk_${version}_${deb_arch}.deb"
