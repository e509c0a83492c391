#!/usr/bin/env bash
# Run the whole test suite: the layer contract, then pytest (widgets offscreen,
# key-store tests against a real Secret Service started by the tests).
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
