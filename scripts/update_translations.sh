#!/usr/bin/env bash
# Extract tr()/translate() strings from the sources into the .ts files (keeps
# existing translations; new entries are marked unfinished until translated).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/counselroom -name '*.py' | sort)
for lang in zh_CN en; do
    .venv/bin/pyside6-lupdate -no-obsolete -locations none -target-language "$lang" \
        "${sources[@]}" -ts "resources/translations/counselroom_${lang}.ts"
done
