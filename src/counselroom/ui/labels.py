"""The words for an enum member on screen, in the language the screens speak now.

The words themselves live in ``counselroom.domain.labels``, the table the printed records read
too; this module only knows which language is showing.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication

from counselroom.domain import labels as words
from counselroom.domain.visits import RiskLevel


def screen_language() -> str:
    """The language of the installed translation ("en" with none installed: the sources' words).

    Asked of the translators themselves rather than remembered, so whatever installed them (the
    app, the first-run wizard, a test) the enums speak the same language as every other text.
    """
    return QCoreApplication.translate("Language", "en")


def label_of(member: Enum) -> str:
    return words.label(member, screen_language())


def risk_grade(risk: RiskLevel) -> str:
    """A risk level standing alone ("High risk" / "高风险"), e.g. a crisis's badge."""
    return words.risk_grade(risk, screen_language())


def listed(parts: Iterable[str], *, items: bool = False) -> str:
    """Several texts in one line, separated as the screen's language separates them: "；" / "; " between
    phrases, or "、" / ", " between ``items`` (names of scales, grades)."""
    chinese = screen_language() == "zh_CN"
    return ("、" if chinese else ", ").join(parts) if items else ("；" if chinese else "; ").join(parts)
