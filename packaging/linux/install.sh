#!/usr/bin/env sh
# Install the Linux bundle for the current user: the program folder, a menu entry and the icon.
#   sh packaging/linux/install.sh [BUNDLE_FOLDER]      (default: dist/cairo-desktop)
#   sh cairo-desktop/install.sh                         (the bundle carries this script: make dist
#                                                        puts it beside the program)
# Nothing needs root. Remove it again with: sh ~/.local/opt/cairo-desktop/install.sh --uninstall
#
# The program goes to ~/.local/opt/cairo-desktop, apart from the user's data (database, backups,
# drafts in ~/.local/share/cairo-desktop), so neither installing, upgrading nor uninstalling can
# touch the data, and the data folder holds only data (to back up, or to open from Help > About).
# Version 0.1.0 put the program inside the data folder (~/.local/share/cairo-desktop/app); an
# upgrade removes that old program folder and nothing else.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/cairo-desktop
legacy=$data_home/cairo-desktop/app
bin_dir=$HOME/.local/bin
menu_entry=$data_home/applications/cairo-desktop.desktop

# Process ids of running copies of the program installed in folder $1 (only the user's own are visible).
# /proc names a program by its real path, so $1 is resolved first (a home folder may be a symlink).
running_copies() {
    folder=$(cd "$1" 2>/dev/null && pwd -P) || return 0
    for exe in /proc/[0-9]*/exe; do
        if [ "$(readlink "$exe" 2>/dev/null || true)" = "$folder/cairo-desktop" ]; then
            pid=${exe#/proc/}
            printf '%s ' "${pid%/exe}"
        fi
    done
}

# Replacing or removing a program that is running would pull its files from under it.
refuse_if_running() {
    pids=$(running_copies "$1")
    pids=${pids% }
    if [ -n "$pids" ]; then
        echo "Cairo Desktop is running from $1 (process $pids). Close it first, then run this again." >&2
        exit 1
    fi
}

# A program folder this script installed: the program and its _internal folder (never anything else).
is_program_folder() {
    [ -x "$1/cairo-desktop" ] && [ -d "$1/_internal" ]
}

# Not being able to remove it (a data folder made read-only) must not stop the new version's set-up.
remove_legacy_program() {
    if ! is_program_folder "$legacy"; then
        return 0
    fi
    if rm -rf "$legacy" 2>/dev/null; then
        echo "Removed the old program folder $legacy (your data beside it is kept)."
    else
        echo "Could not remove the old program folder $legacy; remove it by hand (your data is beside it, not in it)." >&2
    fi
}

# The Exec= value: the program's path quoted as the Desktop Entry spec says, so a home folder with
# spaces or quotes still starts it (the spec's quoting rule, then its string escaping of backslashes).
desktop_exec() {
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')"
}

write_menu_entry() {
    exec_value=$(desktop_exec "$target/cairo-desktop")
    mkdir -p "$(dirname "$menu_entry")"
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            Exec=*) printf 'Exec=%s\n' "$exec_value" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$here/cairo-desktop.desktop" > "$menu_entry"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data_home/applications" || true
}

install_icons() {
    for size in 16 24 32 48 64 128 256 512; do
        icon_dir=$data_home/icons/hicolor/${size}x${size}/apps
        mkdir -p "$icon_dir"
        cp "$target/_internal/resources/icons/app/cairo-desktop-$size.png" "$icon_dir/cairo-desktop.png"
    done
}

uninstall() {
    refuse_if_running "$target"
    refuse_if_running "$legacy"
    if is_program_folder "$target"; then rm -rf "$target"; fi
    remove_legacy_program
    if [ -L "$bin_dir/cairo-desktop" ]; then rm -f "$bin_dir/cairo-desktop"; fi
    rm -f "$menu_entry"
    find "$data_home/icons/hicolor" -name cairo-desktop.png -delete 2>/dev/null || true
    echo "Cairo Desktop removed (your database and backups in $data_home/cairo-desktop are kept)."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
# Beside the program in a bundle (as handed to an office), or in packaging/linux of a checkout.
if is_program_folder "$here"; then default_bundle=$here; else default_bundle=$here/../../dist/cairo-desktop; fi
bundle=${1:-$default_bundle}
is_program_folder "$bundle" || { echo "No bundle at $bundle: run 'make dist' first." >&2; exit 1; }
refuse_if_running "$target"
refuse_if_running "$legacy"
# Copied beside the target first, so a failed copy (a full disk) leaves the installed version working.
staging=$target.new
trap 'rm -rf "$staging"' EXIT
mkdir -p "$(dirname "$target")" "$bin_dir"
rm -rf "$staging"
cp -a "$bundle" "$staging"
rm -rf "$target"
mv "$staging" "$target"
remove_legacy_program
ln -sf "$target/cairo-desktop" "$bin_dir/cairo-desktop"
install_icons
write_menu_entry
echo "Cairo Desktop installed in $target; it is in the applications menu and its command is $bin_dir/cairo-desktop."
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) echo "Note: $bin_dir is not on your PATH; log out and in again, or type the full path above." ;;
esac
