"""Screens ask the services what a person may do; they never compare roles themselves (issue 14).

A role compared in a widget is a rule written twice: the service's copy refuses, the widget's
copy drifts. ``counselroom.services.permissions`` and the ``can_…``/``may_…`` answers of the
services are where a screen asks.
"""

from __future__ import annotations

import re
from pathlib import Path

import counselroom.ui

UI = Path(counselroom.ui.__file__).parent

ROLE_CHECK = re.compile(
    r"\.is_supervisor\b"                                  # user.is_supervisor
    r"|\.role\s*(?:is|==|!=|in)\b"                         # user.role is Role.X, role == …, role in (…)
    r"|\.role\s*(?:is not|not in)\b"
    r"|\bRole\.(?:SUPERVISOR|COUNSELLOR|ASSISTANT)\s*(?:==|!=|\bin\b|\bis\b)"
    r"|(?:==|!=|\bis\b|\bis not\b)\s*Role\.(?:SUPERVISOR|COUNSELLOR|ASSISTANT)\b"
)


def _role_checks(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if ROLE_CHECK.search(line)]


def test_no_widget_compares_roles() -> None:
    found = {path.relative_to(UI).as_posix(): hits for path in sorted(UI.rglob("*.py"))
             if (hits := _role_checks(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_check_sees_every_way_a_role_was_compared() -> None:
    # The three spellings the screens used before the rule moved to the services.
    for line in ("if user.is_supervisor:", "supervisor = self.ctx.user.role is Role.SUPERVISOR",
                 "None if user.role is Role.ASSISTANT else user.id", "if role == Role.COUNSELLOR:",
                 "if self.ctx.user.role is not Role.SUPERVISOR or self.case is None:"):
        assert _role_checks(line), line
    # Naming a role to list or label it is not a check.
    for line in ("ROLES = (Role.COUNSELLOR, Role.ASSISTANT, Role.SUPERVISOR)", "role_label(user.role)",
                 "Role.COUNSELLOR: QCoreApplication.translate(\"Roles\", \"A counsellor …\"),",
                 "item.setData(Qt.ItemDataRole.UserRole, page.key)"):
        assert not _role_checks(line), line
