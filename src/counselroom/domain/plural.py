"""English nouns follow their number; Chinese ones do not.

Texts that count something come in two forms, each translated on its own, and
``plural`` picks one: ``plural(n, tr("{n} open crisis"), tr("{n} open crises"))``.
Both forms are literal strings, so the translation tools see them (a helper that
built them would hide them); in Chinese both have the same translation.
"""

from __future__ import annotations


def plural(count: int, one: str, other: str) -> str:
    """``one`` for a count of exactly 1, else ``other`` (English: "0 crises", "1 crisis", "2 crises")."""
    return one if count == 1 else other
