#!/usr/bin/env bash
# Build CounselRoom for Linux from this checkout: wheel -> clean venv -> frozen one-folder
# bundle -> .deb.  Usage: installer/build_linux.sh [OUT_DIR]   (default: dist/)
#
# The bundle is frozen from the wheel installed in a fresh venv, never from the checkout, so
# it holds exactly what the wheel ships.  Needs Python >= 3.11 with venv and the package
# registry (or a pip cache); binutils (objdump) and dpkg-deb for the .deb.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$repo/dist}" && cd "${1:-$repo/dist}" && pwd)"
work="${COUNSELROOM_BUILD_DIR:-$(mktemp -d -t counselroom-build.XXXXXX)}"
PY=${PYTHON:-python3}

step() { printf '== %s\n' "$*"; }

step "wheel"
"$PY" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip)
"${pip[@]}" install -q --upgrade pip >"$work/pip.log" 2>&1
rm -f "$out"/counselroom-*.whl
"${pip[@]}" wheel -q --no-deps -w "$out" "$repo" >"$work/wheel.log" 2>&1 || { tail -20 "$work/wheel.log"; exit 1; }
wheel="$(ls "$out"/counselroom-*.whl)"
echo "$wheel"

step "clean venv with the wheel"
"${pip[@]}" install -q "$wheel[test,build]" >>"$work/pip.log" 2>&1 || { tail -20 "$work/pip.log"; exit 1; }

step "frozen bundle"
rm -rf "$out/CounselRoom"
(cd "$work" && "$work/venv/bin/pyinstaller" "$repo/installer/counselroom.spec" --noconfirm --log-level ERROR \
    --distpath "$out" --workpath "$work/pyinstaller") >"$work/pyinstaller.log" 2>&1 \
    || { tail -30 "$work/pyinstaller.log"; exit 1; }
"$out/CounselRoom/counselroom-admin" selftest --without-keystore

step ".deb"
"$work/venv/bin/python" "$repo/installer/build_deb.py" "$out/CounselRoom" "$out"
# CI runs the test suite a second time with this venv: the wheel, no checkout on the path
echo "venv with the wheel: $work/venv"
