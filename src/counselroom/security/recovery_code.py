"""The recovery code: 8 groups of 6 digits, 128 random bits, every group checked.

Each group holds 16 random bits ``v`` written as ``v * 11 + position``; a group
that is not congruent to its position modulo 11 has a typo. One wrong digit or
two swapped neighbouring digits always break that rule, and a group typed in
the wrong place does too, so the person is told which group to look at again.
Digits only, because they read aloud unambiguously in Chinese and English.
"""

from __future__ import annotations

import os
import unicodedata

from counselroom.domain.errors import ValidationError

GROUPS = 8
GROUP_DIGITS = 6
_MOD = 11


def generate() -> list[str]:
    raw = os.urandom(2 * GROUPS)
    values = [int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw), 2)]
    return [f"{v * _MOD + pos % _MOD:0{GROUP_DIGITS}d}" for pos, v in enumerate(values)]


def format_code(groups: list[str]) -> str:
    return "-".join(groups)


def split_groups(text: str) -> list[str]:
    """Digits of whatever was typed (full-width digits too), cut into groups of six."""
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())
    return [digits[i:i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS)]


def group_is_valid(group: str, position: int) -> bool:
    if len(group) != GROUP_DIGITS or not group.isdigit():
        return False
    number = int(group)
    return (number - position % _MOD) % _MOD == 0 and (number - position % _MOD) // _MOD < 65536


def parse(text: str, field: str = "recovery_code") -> bytes:
    """Check the typed code and return its 16 secret bytes."""
    groups = split_groups(text)
    complete = [g for g in groups if len(g) == GROUP_DIGITS]
    for pos, group in enumerate(complete[:GROUPS]):
        if not group_is_valid(group, pos):
            raise ValidationError(field, "recovery_code.bad_group", group=pos + 1)
    if len(groups) != GROUPS or len(complete) != GROUPS:
        raise ValidationError(field, "recovery_code.length", groups=GROUPS, digits=GROUP_DIGITS)
    values = [(int(g) - pos % _MOD) // _MOD for pos, g in enumerate(groups)]
    return b"".join(v.to_bytes(2, "big") for v in values)
