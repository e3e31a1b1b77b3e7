# Build the Windows installer of 会务报到台 (installer/WINDOWS.md explains each step).
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Makes dist\huiwu-desk\ (huiwu-desk.exe: the window; huiwu-desk-cli.exe: the command line),
# checks it with `huiwu-desk-cli --check-install`, then dist\huiwu-desk-<version>-setup.exe.
# Needs: Python 3.11+ (64-bit, from python.org, with the py launcher) and Inno Setup 6.3+.
# -Wheels DIR installs from a folder of wheels instead of PyPI (a build machine offline).
param(
    [string]$Python = "py -3.11",
    [string]$Wheels = "",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Run([string]$What) {
    Write-Host "> $What"
    Invoke-Expression $What
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $What" }
}

if (-not (Test-Path .venv-build)) { Run "$Python -m venv .venv-build" }
$py = ".\.venv-build\Scripts\python.exe"
$from = if ($Wheels) { "--no-index --find-links `"$Wheels`"" } else { "" }
Run "$py -m pip install $from --upgrade pip"
Run "$py -m pip install $from -e . -r installer\requirements.txt"

Run "$py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\huiwu-desk.spec"
Run ".\dist\huiwu-desk\huiwu-desk-cli.exe --check-install"

$version = (& $py -c "import huiwu_desk; print(huiwu_desk.__version__)").Trim()
$size = (Get-ChildItem dist\huiwu-desk -Recurse -File | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle: dist\huiwu-desk, {0:N0} MB unpacked" -f $size)

if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (pass -Iscc PATH)" }
Run "& `"$Iscc`" /Qp /DAppVersion=$version installer\huiwu-desk.iss"
Write-Host "installer: dist\huiwu-desk-$version-setup.exe"
