"""English words follow their number: no "crisis(es)" on screen or on paper."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from counselroom.domain.plural import plural
from counselroom.ui import i18n
from counselroom.ui.messages import message

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date


ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "counselroom"
PARENTHESISED = re.compile(r"\w\((s|es|ies)\)")


@pytest.fixture
def english():
    """The source language: no translator installed while the test runs."""
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    yield
    for translator in i18n._installed:
        QCoreApplication.installTranslator(translator)


def test_plural_picks_the_form_by_the_number():
    assert [plural(n, "{n} crisis", "{n} crises").format(n=n) for n in (0, 1, 2)] == \
        ["0 crises", "1 crisis", "2 crises"]


def test_messages_follow_their_count(english):
    assert message("crisis.steps_open", {"steps": 1}).startswith("1 required step is not settled yet")
    assert message("crisis.steps_open", {"steps": 3}).startswith("3 required steps are not settled yet")
    assert message("roster.rejected", {"count": 1}).endswith("(1 problem).")
    assert message("roster.rejected", {"count": 0}).endswith("(0 problems).")


def test_no_parenthesised_plurals_in_any_text():
    english = [m.findtext("source") for m in
               ET.parse(ROOT / "resources" / "translations" / "counselroom_en.ts").getroot().iter("message")]
    shown = [text for text in english if PARENTHESISED.search(text or "")]
    paper = [line.strip() for path in (SOURCE / "reports").rglob("*.py")
             for line in path.read_text(encoding="utf-8").splitlines() if PARENTHESISED.search(line)]
    assert shown == [] and paper == []
