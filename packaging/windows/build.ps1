# Build the Windows bundle, run its self-test, and make the installer.
# NOT exercised on this project's CI (Linux): see docs/PACKAGING.md, "Windows installer".
# Needs: Python 3.11 (x64, from python.org, "py" launcher), Inno Setup 6 (jrsoftware.org).
# Run from the repository root in PowerShell:   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --quiet --upgrade pip
.venv\Scripts\python -m pip install --quiet -e ".[dist]"

# dist\cairo-desktop\ with cairo-desktop.exe (window) and cairo-desktop-cli.exe (console); then the self-test.
.venv\Scripts\python packaging\build.py --test
if ($LASTEXITCODE -ne 0) { throw "The bundle failed to build or its self-test failed (exit $LASTEXITCODE)." }

$version = (.venv\Scripts\python -c "import cairo_desktop; print(cairo_desktop.__version__)").Trim()
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 is not installed at $iscc." }
& $iscc "/DAppVersion=$version" "packaging\windows\cairo-desktop.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed (exit $LASTEXITCODE)." }
Write-Host "Installer: dist\installer\cairo-desktop-$version-setup.exe"
