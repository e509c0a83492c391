#!/usr/bin/env bash
# Start CounselRoom (first run: creates .venv and installs what it needs).
# Extra arguments go to the application, e.g. ./run.sh --lang en --data-dir /path
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/counselroom "$@"
