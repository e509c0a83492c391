"""Every error code the lower layers raise has its sentence in ui/messages.py."""

from __future__ import annotations

import re
from pathlib import Path

from counselroom.domain.errors import CounselRoomError
from counselroom.ui import messages

SRC = Path(__file__).resolve().parents[2] / "src" / "counselroom"
# A code is a dotted lower-case literal passed to an error or to ValidationError(field, code).
RAISED = re.compile(
    r'(?:Error|Denied|NotFound|Conflict|Needed|Violation)\((?:"[a-z_]+",\s*)?"([a-z_]+\.[a-z_.]+)"')


def raised_codes() -> set[str]:
    codes: set[str] = set()
    for layer in ("domain", "storage", "security", "services", "archive", "reports"):
        for path in (SRC / layer).rglob("*.py"):
            codes |= set(RAISED.findall(path.read_text(encoding="utf-8")))
    return codes


def test_the_scan_finds_codes():
    # Guards the guard: a regex that matched nothing would pass everything.
    assert len(raised_codes()) > 40


def test_every_raised_code_has_a_sentence():
    generic = messages.error_text(CounselRoomError("no.such_code_anywhere"))
    missing = sorted(code for code in raised_codes()
                     if messages.error_text(CounselRoomError(code)) == generic)
    assert missing == []
