#!/usr/bin/env bash
# Prepare .venv (Python >= 3.11) with CounselRoom and its test tools, and build
# the translations. Re-runs pip only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "CounselRoom needs Python 3.11 or newer (found: $("$PY" --version 2>&1))." >&2
    exit 2
fi

need_apt=()
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then need_apt+=(python3-venv); fi
# Qt's xcb platform plugin needs these on a desktop Debian; harmless elsewhere.
for pkg in libxcb-cursor0 libxkbcommon-x11-0 libegl1; do
    if command -v dpkg >/dev/null && ! dpkg -s "$pkg" >/dev/null 2>&1; then need_apt+=("$pkg"); fi
done
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q "${need_apt[@]}" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "${need_apt[@]}" >/dev/null; }
    elif command -v sudo >/dev/null; then
        sudo apt-get install -y -q "${need_apt[@]}" >/dev/null
    else
        echo "Please install: ${need_apt[*]} (sudo apt-get install ${need_apt[*]})" >&2
        exit 2
    fi
fi

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.counselroom-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    log=.venv/pip-install.log
    if ! { .venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e ".[test,build]"; } >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        echo "Installing CounselRoom's Python packages failed (full log: $log)." >&2
        exit 2
    fi
    touch "$stamp"
fi

# Compiled translations are built, never committed.
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
done
