#!/bin/sh
# 会务报到台: install this unpacked tarball for the current user, without root.
#
#   ./install.sh              the app in ~/.local/opt/huiwu-desk, `huiwu-desk` in ~/.local/bin,
#                             the menu entry and .huiwu files opening in the app
#   ./install.sh --uninstall  remove all that again; event files (*.huiwu) and the demo event
#                             stay where they are
#
# PREFIX=/some/where ./install.sh puts it under that folder instead of ~/.local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app=$prefix/opt/huiwu-desk
share=${XDG_DATA_HOME:-$prefix/share}
[ -n "${PREFIX:-}" ] && share=$prefix/share

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app"
  rm -f "$prefix/bin/huiwu-desk" "$share/applications/huiwu-desk.desktop" \
    "$share/mime/packages/huiwu-desk.xml" "$share/icons/hicolor/256x256/apps/huiwu-desk.png"
  refresh
  echo "已卸载会务报到台；会议文件未动。 (Uninstalled; event files were left as they are.)"
  exit 0
fi

# The bundle needs this glibc or newer (it runs on the system it was built on and later ones).
need=$(cat "$here/GLIBC_MIN")
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
if [ -n "$have" ] && [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -1)" != "$need" ]; then
  echo "此系统的 glibc $have 低于 $need：请使用在本系统或更旧系统上构建的安装包（见 installer/README.md）。" >&2
  echo "(This system's glibc $have is older than $need: use a package built on a system this old.)" >&2
  exit 1
fi

mkdir -p "$prefix/opt" "$prefix/bin" "$share/applications" "$share/mime/packages" \
  "$share/icons/hicolor/256x256/apps"
rm -rf "$app.new"
cp -a "$here/huiwu-desk" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/huiwu-desk" "$prefix/bin/huiwu-desk"
sed "s|^Exec=huiwu-desk|Exec=\"$app/huiwu-desk\"|; s|^TryExec=huiwu-desk|TryExec=$app/huiwu-desk|" \
  "$here/huiwu-desk.desktop" >"$share/applications/huiwu-desk.desktop"
cp "$here/huiwu-desk.xml" "$share/mime/packages/huiwu-desk.xml"
cp "$here/huiwu-desk.png" "$share/icons/hicolor/256x256/apps/huiwu-desk.png"
refresh
command -v xdg-mime >/dev/null 2>&1 &&
  xdg-mime default huiwu-desk.desktop application/x-huiwu-event 2>/dev/null || true
"$app/huiwu-desk" --version
echo "已安装到 $app；菜单“办公”里有“会务报到台”，双击 .huiwu 文件即可打开。"
echo "(Installed in $app: 会务报到台 is in the Office menu; double-click a .huiwu file to open it.)"
