#!/usr/bin/env bash
# Run every check: the lint (ruff), the types (mypy), the layer contract (import-linter), then
# pytest (widgets offscreen, key-store tests against a real Secret Service started by the tests).
set -euo pipefail
cd "$(dirname "$0")"
# COUNSELROOM_VENV: run against another venv, e.g. one with the wheel installed (CI does).
venv="${COUNSELROOM_VENV:-}"
if [ -z "$venv" ]; then
    scripts/bootstrap.sh
    venv=.venv
fi
"$venv/bin/ruff" check --quiet src tests installer bench scripts
"$venv/bin/mypy"
"$venv/bin/lint-imports"
exec "$venv/bin/python" -m pytest "$@"
