"""What ``admin selftest`` checks below the screen: the pieces an installation can lose.

A frozen bundle or a wheel that left out a data file, a key-store backend found through
entry points, or SQLCipher itself still starts, and fails later in front of a counsellor.
These checks find that at install time. No Qt here (the Qt checks are in ``ui/selftest.py``).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from counselroom import __version__
from counselroom.domain.errors import KeystoreError

#: A rare character of a real student's name (U+4DAE, CJK Extension A): the shipped font
#: must draw it, on screen and on paper.
RARE_NAME_CHARACTER = "䶮"

if TYPE_CHECKING:   # keyring itself is imported inside the check: a bundle may lack it
    from keyring.backend import KeyringBackend


@dataclass(frozen=True)
class Check:
    key: str        # what was checked: "version", "python", "sqlcipher", "keystore", ...
    ok: bool
    detail: str     # the found value (a version, a backend, a file), not a sentence
    skipped: bool = False  # found but not judged (the key store on a build machine)


def version_check() -> Check:
    return Check("version", True, __version__)


def python_check() -> Check:
    found = platform.python_version()
    return Check("python", sys.version_info >= (3, 11), f"{found} ({platform.platform(terse=True)})")


def sqlcipher_check() -> Check:
    from counselroom.storage.database import sqlcipher_version

    try:
        found = sqlcipher_version()
    except Exception as exc:  # noqa: BLE001 - a broken extension is the finding
        return Check("sqlcipher", False, type(exc).__name__)
    # SQLCipher 4 only: the database format (and its KDF settings) is version 4's.
    return Check("sqlcipher", found.startswith("4."), found or "plain SQLite, no encryption")


def keystore_check(backend: KeyringBackend | None = None, judge: bool = True) -> Check:
    from counselroom.security.keystore import backend_name, check_backend, default_backend, resolve_backend

    try:
        backend = resolve_backend(backend if backend is not None else default_backend())
    except Exception as exc:  # noqa: BLE001 - keyring itself missing from a bundle
        return Check("keystore", False, type(exc).__name__)
    name = backend_name(backend)
    if not judge:
        return Check("keystore", True, name, skipped=True)
    try:
        check_backend(backend)
    except KeystoreError:
        return Check("keystore", False, name)
    return Check("keystore", True, name)


def pdf_font_check() -> Check:
    """The font file is shipped and reportlab finds the rare character's glyph in it."""
    from reportlab.pdfbase.ttfonts import TTFont

    from counselroom.reports.fonts import font_file

    path = font_file()
    if not path.is_file():
        return Check("font", False, str(path))
    covered = ord(RARE_NAME_CHARACTER) in TTFont("CounselRoomSelftest", str(path)).face.charToGlyph
    return Check("font", covered, path.name)


def scales_check() -> Check:
    from counselroom.services.scales import builtin_definitions

    try:
        codes = sorted(d.code for d, _ in builtin_definitions())
    except Exception as exc:  # noqa: BLE001 - a missing or damaged scale file is the finding
        return Check("scales", False, type(exc).__name__)
    return Check("scales", {"phq9", "gad7"} <= set(codes), ", ".join(codes))


def migrations_check() -> Check:
    from counselroom.storage.migrations_runner import bundled_migrations

    try:
        found = bundled_migrations()
    except Exception as exc:  # noqa: BLE001
        return Check("migrations", False, type(exc).__name__)
    return Check("migrations", bool(found), str(max((m.version for m in found), default=0)))


def checks(backend: KeyringBackend | None = None, judge_keystore: bool = True) -> list[Check]:
    return [version_check(), python_check(), sqlcipher_check(), keystore_check(backend, judge_keystore),
            pdf_font_check(), scales_check(), migrations_check()]
