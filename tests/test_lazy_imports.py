"""The GUI does not import what it may never use (issue 15: start-up time and memory).

reportlab (about 100 ms and tens of MB with the font) waits for the first PDF; keyring
(which brings urllib, http and email, about 0.3 s) waits for the first key-store call. Each
check runs in a fresh interpreter, since this one has imported everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys


GUI = ("counselroom.ui.app", "counselroom.ui.main_window", "counselroom.ui.fonts")
PDF = ("reportlab",)
KEY_STORE = ("keyring", "urllib.request", "http.client", "email")


def _imported_by(*modules: str) -> set[str]:
    code = "".join(f"import {name}\n" for name in modules) + "import json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def _among(loaded: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(name for name in loaded for package in packages
                  if name == package or name.startswith(package + "."))


def test_the_gui_modules_import_no_pdf_library():
    assert _among(_imported_by(*GUI), PDF) == []


def test_the_key_store_module_imports_keyring_only_when_it_is_used():
    assert _among(_imported_by("counselroom.security.keystore"), KEY_STORE) == []


def test_the_gui_modules_import_no_key_store_library():
    assert _among(_imported_by(*GUI), KEY_STORE) == []


def test_pinyin_dictionaries_wait_for_the_first_name():
    # pypinyin's dictionaries are ~56 MB: loaded when a name is first registered or changed.
    assert _among(_imported_by("counselroom.ui.pages.clients_page", "counselroom.services.clients"),
                  ("pypinyin",)) == []


def test_the_archive_machinery_waits_for_the_first_export_or_archive_opened():
    # Today and the Archive page ask whether an export is due; that needs neither 7-Zip nor PDFs.
    loaded = _imported_by("counselroom.services.archive", "counselroom.ui.pages.archive_page",
                          "counselroom.ui.pages.home_page", "counselroom.ui.pages.visits_page")
    assert _among(loaded, ("py7zr", "reportlab")) == []
