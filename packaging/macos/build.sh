#!/usr/bin/env bash
# Build "Cairo Desktop.app" and a disk image on a Mac.
# NOT exercised on this project's CI (Linux): see docs/PACKAGING.md, "macOS app".
# Needs: Python 3.11 (python.org universal installer or Homebrew), Xcode command line tools.
# Run from the repository root:   bash packaging/macos/build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -x .venv/bin/python ] || python3.11 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dist]"

# dist/cairo-desktop/ (the folder) and dist/Cairo Desktop.app (the same, wrapped); then the self-test.
.venv/bin/python packaging/build.py --test
app="dist/Cairo Desktop.app"
QT_QPA_PLATFORM=offscreen CAIRO_HOME="$(mktemp -d)" "$app/Contents/MacOS/cairo-desktop" --selftest

# Ad-hoc signature so Gatekeeper lets a downloaded copy start after "Open" in the Finder's menu.
# With an Apple Developer ID, sign with it instead and notarise (docs/PACKAGING.md).
codesign --force --deep --sign - "$app"

version=$(.venv/bin/python -c "import cairo_desktop; print(cairo_desktop.__version__)")
hdiutil create -volname "Cairo Desktop" -srcfolder "$app" -ov -format UDZO "dist/cairo-desktop-$version.dmg"
echo "Disk image: dist/cairo-desktop-$version.dmg"
