#!/usr/bin/env sh
# Install the Linux bundle for the current user: the program folder, a menu entry and the icon.
#   sh packaging/linux/install.sh [BUNDLE_FOLDER]      (default: dist/cairo-desktop)
# Nothing needs root. Remove it again with: sh packaging/linux/install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$data_home/cairo-desktop/app
bin_dir=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target" "$bin_dir/cairo-desktop" "$data_home/applications/cairo-desktop.desktop"
    find "$data_home/icons/hicolor" -name cairo-desktop.png -delete 2>/dev/null || true
    echo "Cairo Desktop removed (your database and backups are kept)."
    exit 0
fi
bundle=${1:-$here/../../dist/cairo-desktop}
[ -x "$bundle/cairo-desktop" ] || { echo "No bundle at $bundle: run 'make dist' first." >&2; exit 1; }
mkdir -p "$target" "$bin_dir" "$data_home/applications"
rm -rf "$target"
cp -a "$bundle" "$target"
ln -sf "$target/cairo-desktop" "$bin_dir/cairo-desktop"
for size in 16 24 32 48 64 128 256 512; do
    icon_dir=$data_home/icons/hicolor/${size}x${size}/apps
    mkdir -p "$icon_dir"
    cp "$target/_internal/resources/icons/app/cairo-desktop-$size.png" "$icon_dir/cairo-desktop.png"
done
sed "s|^Exec=.*|Exec=$target/cairo-desktop|" "$here/cairo-desktop.desktop" \
    > "$data_home/applications/cairo-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data_home/applications" || true
echo "Cairo Desktop installed in $target; it is in the applications menu and on PATH as cairo-desktop."
