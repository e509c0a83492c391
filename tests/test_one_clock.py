"""One clock: nothing but ``counselroom.domain.clock`` reads the system time.

A screen that asked the system for today while its service asked the session
disagreed with it, and a test that pinned one of them passed only on the day it
was written. ``pinned_clock`` runs the suite at any moment because of this rule.
"""

from __future__ import annotations

import ast
import re
from datetime import datetime
from pathlib import Path

import pytest

import pinned_clock
from counselroom.domain import clock

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date


ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "counselroom"
TESTS = ROOT / "tests"
ALLOWED = {SOURCE / "domain" / "clock.py", TESTS / "pinned_clock.py"}

# (object, method) pairs that read the wall clock.
FORBIDDEN_CALLS = {
    ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"), ("date", "today"),
    ("time", "time"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime"), ("time", "strftime"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"), ("QDateTime", "currentSecsSinceEpoch"), ("QTime", "currentTime"),
}
SQL_NOW = re.compile(r"""['"]now['"]|current_(timestamp|date|time)\b""", re.IGNORECASE)


def _python_files() -> list[Path]:
    return sorted(p for p in [*SOURCE.rglob("*.py"), *TESTS.rglob("*.py")] if p not in ALLOWED)


def _clock_reads(path: Path, shown_as: Path | None = None) -> list[str]:
    shown_as = shown_as or path
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if (name, node.func.attr) in FORBIDDEN_CALLS:
                found.append(f"{shown_as.relative_to(ROOT)}:{node.lineno}: {name}.{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_NOW.search(node.value) \
                and shown_as.is_relative_to(SOURCE / "storage"):
            found.append(f"{shown_as.relative_to(ROOT)}:{node.lineno}: SQLite's own clock in {node.value[:40]!r}")
    return found


def test_nothing_but_the_clock_module_reads_the_system_time():
    found = [hit for path in _python_files() for hit in _clock_reads(path)]
    assert not found, "read the session's clock (or counselroom.domain.clock) instead:\n" + "\n".join(found)


def test_migrations_take_the_time_from_the_application_clock():
    found = [f"{path.name}:{n}" for path in sorted((SOURCE / "storage" / "migrations").glob("*.sql"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if not line.lstrip().startswith("--") and SQL_NOW.search(line)]
    assert not found, "use :now / :today (bound by the migration runner):\n" + "\n".join(found)


def test_the_check_would_catch_a_stray_read(tmp_path):
    stray = tmp_path / "stray.py"
    stray.write_text("from datetime import date, datetime\nfrom PySide6.QtCore import QDate\n"
                     "a = date.today()\nb = QDate.currentDate()\nc = datetime.datetime.now()\n"
                     "d = session.today()\ne = db.execute(\"SELECT date('now')\")\n", encoding="utf-8")
    hits = [h.split(": ", 1)[1] for h in _clock_reads(stray, SOURCE / "storage" / "stray.py")]
    assert hits[:3] == ["date.today()", "QDate.currentDate()", "datetime.now()"]
    assert len(hits) == 4 and "SQLite's own clock" in hits[3]


def test_the_pinned_clock_moves_the_whole_application(monkeypatch):
    """What ``COUNSELROOM_TEST_NOW`` does: every default clock follows it."""
    from counselroom.security.audit import AuditLog

    pinned = pinned_clock.PinnedClock(datetime(2028, 2, 29, 23, 59).astimezone())
    monkeypatch.setattr(clock, "_source", pinned)
    assert pinned_clock.today().isoformat() == "2028-02-29"
    assert AuditLog.__init__.__kwdefaults__["clock"] is clock.utc_now
    assert abs((clock.utc_now() - pinned.start).total_seconds()) < 5


@pytest.mark.parametrize("text", ["2026-12-31T23:59", "2028-02-29 08:00", "2027-01-03T15:00:00+08:00"])
def test_pinned_moments_are_read_as_wall_clock_times(monkeypatch, text):
    monkeypatch.setenv(pinned_clock.VARIABLE, text)
    previous = clock._source
    try:
        pinned = pinned_clock.install_from_environment()
        assert pinned is not None and clock._source is pinned
        assert pinned.start == datetime.fromisoformat(text).astimezone()
        assert datetime.fromisoformat(pinned_clock.child_environment()[pinned_clock.VARIABLE]) >= pinned.start
    finally:
        clock._source = previous
