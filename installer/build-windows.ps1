<#
.SYNOPSIS
    Build CounselRoom's Windows installer: PyInstaller bundle, its self-test, NSIS setup.exe.

.DESCRIPTION
    On a Windows 10/11 (x64) machine with Python 3.11 or 3.12 (python.org installer, with
    the "py" launcher) and NSIS 3 (https://nsis.sourceforge.io, or "choco install nsis"),
    from anywhere:

        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

    1. creates a build venv (build\venv-windows) and installs CounselRoom with its "build"
       extra (PyInstaller, pyinstaller-hooks-contrib);
    2. runs PyInstaller on installer\counselroom.spec -> dist\CounselRoom\;
    3. checks the bundle's top level (the uninstaller removes exactly these entries) and runs
       dist\CounselRoom\counselroom-admin.exe selftest; stops if it fails;
    4. compiles installer\counselroom.nsi with makensis -> dist\CounselRoom-<version>-setup.exe;
    5. prints its size and SHA-256 (also written to <setup>.sha256).

    The build needs the network only for pip (step 1); the installer it makes needs none.

.PARAMETER Python
    The Python to build with, e.g. "C:\Python312\python.exe". Default: "py -3.12", then
    "py -3.11", then "python" from PATH (it must be 3.11 or 3.12, 64-bit).

.PARAMETER SkipPyInstaller
    Reuse an existing dist\CounselRoom (only the self-test and the installer are redone).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$VenvDir = "build\venv-windows",
    [switch]$SkipPyInstaller
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# PowerShell 7.3+: native exit codes are checked below, one by one.
$PSNativeCommandUseErrorActionPreference = $false

function Invoke-Checked {
    # Runs a native program and stops the build when it exits non-zero.
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$Arguments = @())
    Write-Host "> $FilePath $($Arguments -join ' ')" -ForegroundColor DarkGray
    & $FilePath @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

function Find-Python {
    # Returns @(exe, args...) of a 64-bit CPython 3.11 or 3.12.
    param([string]$Requested)
    $candidates = @()
    if ($Requested) {
        $candidates += , @($Requested)
    } else {
        if (Get-Command py -ErrorAction SilentlyContinue) {
            $candidates += , @('py', '-3.12')
            $candidates += , @('py', '-3.11')
        }
        if (Get-Command python -ErrorAction SilentlyContinue) {
            $candidates += , @('python')
        }
    }
    $probe = 'import struct, sys; print("%d.%d %d" % (sys.version_info[0], sys.version_info[1], struct.calcsize("P") * 8))'
    foreach ($candidate in $candidates) {
        $exe = $candidate[0]
        $pre = @()
        if ($candidate.Count -gt 1) { $pre = $candidate[1..($candidate.Count - 1)] }
        try {
            $out = & $exe @pre -c $probe 2>$null
        } catch {
            continue
        }
        if ($LASTEXITCODE -ne 0 -or -not $out) { continue }
        $version, $bits = ("$out".Trim()) -split ' '
        if (($version -eq '3.11' -or $version -eq '3.12') -and $bits -eq '64') {
            Write-Host "Python $version ($bits-bit): $($candidate -join ' ')"
            return , $candidate
        }
        Write-Host "Skipping $($candidate -join ' '): Python $version, $bits-bit (3.11 or 3.12, 64-bit needed)"
    }
    throw "No 64-bit Python 3.11 or 3.12 found. Install one from python.org (with the py launcher) or pass -Python <path to python.exe>."
}

function Find-Makensis {
    $onPath = Get-Command makensis -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $places = @()
    if (${env:ProgramFiles(x86)}) { $places += Join-Path ${env:ProgramFiles(x86)} 'NSIS\makensis.exe' }
    if ($env:ProgramFiles) { $places += Join-Path $env:ProgramFiles 'NSIS\makensis.exe' }
    foreach ($place in $places) {
        if (Test-Path -LiteralPath $place) { return $place }
    }
    throw "makensis not found on PATH nor in $($places -join ', '). Install NSIS 3 (https://nsis.sourceforge.io or 'choco install nsis')."
}

$RepoRoot = Split-Path -Parent $PSScriptRoot
Push-Location $RepoRoot
try {
    $started = Get-Date
    $Dist = Join-Path $RepoRoot 'dist'
    $Bundle = Join-Path $Dist 'CounselRoom'
    $Venv = Join-Path $RepoRoot $VenvDir
    $VenvPython = Join-Path $Venv 'Scripts\python.exe'

    # 1. Build venv --------------------------------------------------------------------------
    if (-not (Test-Path -LiteralPath $VenvPython)) {
        $py = Find-Python -Requested $Python
        $pyArgs = @()
        if ($py.Count -gt 1) { $pyArgs = $py[1..($py.Count - 1)] }
        Invoke-Checked $py[0] ($pyArgs + @('-m', 'venv', $Venv))
    }
    Invoke-Checked $VenvPython @('-m', 'pip', 'install', '--upgrade', 'pip')
    Invoke-Checked $VenvPython @('-m', 'pip', 'install', '.[build]')
    # The components shipped differ by platform (keyring uses pywin32-ctypes here, SecretStorage
    # on Linux): rewrite the licence folder for this build, then install the package again so the
    # bundle carries the Windows list (the About dialog reads it).
    Invoke-Checked $VenvPython @('installer\collect_licenses.py')
    Invoke-Checked $VenvPython @('-m', 'pip', 'install', '--no-deps', '--force-reinstall', '.')

    $Version = (& $VenvPython -c 'import counselroom; print(counselroom.__version__)')
    if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read counselroom.__version__" }
    $Version = "$Version".Trim()
    Write-Host "CounselRoom $Version"

    # 2. PyInstaller --------------------------------------------------------------------------
    if (-not $SkipPyInstaller) {
        Invoke-Checked $VenvPython @('-m', 'PyInstaller', 'installer\counselroom.spec', '--noconfirm', '--clean')
    }
    foreach ($exe in 'CounselRoom.exe', 'counselroom-admin.exe') {
        if (-not (Test-Path -LiteralPath (Join-Path $Bundle $exe))) { throw "$exe missing from $Bundle" }
    }

    # 3. Bundle layout and self-test ------------------------------------------------------------
    # The uninstaller removes exactly these top-level entries (REMOVE_PROGRAM_FILES in
    # installer\counselroom.nsi); anything new there would be left behind on uninstall.
    $expected = @('CounselRoom.exe', 'counselroom-admin.exe', '_internal')
    $unexpected = @(Get-ChildItem -LiteralPath $Bundle -Force | Where-Object { $expected -notcontains $_.Name } |
            ForEach-Object { $_.Name })
    if ($unexpected.Count -gt 0) {
        throw "dist\CounselRoom has top-level entries the uninstaller would not remove: $($unexpected -join ', '). Add them to REMOVE_PROGRAM_FILES in installer\counselroom.nsi and to `$expected here."
    }
    $licences = Join-Path $Bundle '_internal\counselroom\resources\licenses'
    if (-not (Test-Path -LiteralPath $licences)) { throw "licence texts missing from the bundle: $licences" }

    Invoke-Checked (Join-Path $Bundle 'counselroom-admin.exe') @('selftest')

    # 4. Installer ---------------------------------------------------------------------------
    $Makensis = Find-Makensis
    Write-Host "makensis: $Makensis"
    Invoke-Checked $Makensis @('/VERSION')
    $Setup = Join-Path $Dist "CounselRoom-$Version-setup.exe"
    if (Test-Path -LiteralPath $Setup) { Remove-Item -LiteralPath $Setup }
    $Icon = Join-Path $RepoRoot 'resources\icons\counselroom.ico'
    $Wizard = Join-Path $RepoRoot 'installer\installer-wizard.bmp'
    # /WX: a makensis warning (e.g. a text missing in one of the two languages) fails the build.
    Invoke-Checked $Makensis @('/V3', '/WX', '/INPUTCHARSET', 'UTF8',
        "/DVERSION=$Version", "/DBUNDLE_DIR=$Bundle", "/DOUTFILE=$Setup", "/DICON=$Icon", "/DWIZARD_BITMAP=$Wizard",
        (Join-Path $RepoRoot 'installer\counselroom.nsi'))
    if (-not (Test-Path -LiteralPath $Setup)) { throw "makensis wrote no $Setup" }

    # 5. Size and checksum --------------------------------------------------------------------
    $item = Get-Item -LiteralPath $Setup
    $hash = (Get-FileHash -LiteralPath $Setup -Algorithm SHA256).Hash.ToLowerInvariant()
    "$hash *$($item.Name)" | Set-Content -LiteralPath "$Setup.sha256" -Encoding ascii
    $minutes = [math]::Round(((Get-Date) - $started).TotalMinutes, 1)
    Write-Host ""
    Write-Host "Installer: $Setup" -ForegroundColor Green
    Write-Host ("Size:      {0:N1} MB ({1:N0} bytes)" -f ($item.Length / 1mb), $item.Length)
    Write-Host "SHA-256:   $hash"
    Write-Host "Built in $minutes min."
}
finally {
    Pop-Location
}
