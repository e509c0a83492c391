"""Archive passphrases: generated in readable groups, or typed and strength-checked.

The passphrase is what 7-Zip asks for in twenty years, so a generated one uses an
alphabet without look-alikes (no 0/O, 1/I), upper case only, in groups of four
joined by hyphens: 6 × 4 characters of a 32-symbol alphabet = 120 bits.

Only the passphrase the application generated for this export (see :class:`ExportPassphrase`)
gets the generated credit; anything else, however much it looks like one (``AAAA-AAAA-…``,
``ABCD-EFGH-…``), is typed and judged by :mod:`counselroom.archive.strength` (zxcvbn for Latin
text, famous poems, slogans, idioms, pinyin, repeats and a frequency-aware per-character
estimate for Chinese). It needs an estimated 80 bits: a long sentence of one's own (about 18
Chinese characters, or 40 letters), not a famous line, a keyboard walk or a phrase typed twice.
"""

from __future__ import annotations

import math
import re
import secrets
import unicodedata
from dataclasses import dataclass

from counselroom.archive.strength import estimate_bits

#: 32 symbols: digits 2-9 and capitals without I and O (0 and 1 are not used either).
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
GROUPS = 6
GROUP_SIZE = 4
SEPARATOR = "-"
MIN_BITS = 80


def generate_passphrase() -> str:
    """A new random passphrase, e.g. ``K7QM-3XRT-…`` (120 bits)."""
    return SEPARATOR.join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS))


def generated_bits() -> float:
    return GROUPS * GROUP_SIZE * math.log2(len(ALPHABET))


def canonical_generated(text: str) -> str | None:
    """A generated passphrase as typed back (lower case, spaces or no separators) in its exact form,
    or None if ``text`` does not look like one."""
    compact = re.sub(r"[\s\-_.·]", "", text or "").upper()
    if len(compact) != GROUPS * GROUP_SIZE or any(c not in ALPHABET for c in compact):
        return None
    return SEPARATOR.join(compact[i:i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE))


def typed_variants(text: str) -> list[str]:
    """What a person who typed ``text`` may have meant, other than ``text`` itself, most likely first:
    the generated passphrase it spells (typed in small letters, with spaces or without the hyphens),
    or ``text`` without the spaces around it (no archive passphrase starts or ends with one).

    7-Zip takes a passphrase byte for byte and tries none of these: an archive that opens only with
    one of them must be reported with that exact form (see :func:`variant_kind`), never accepted
    silently."""
    found: list[str] = []
    for candidate in (canonical_generated(text), (text or "").strip()):
        if candidate and candidate != text and candidate not in found:
            found.append(candidate)
    return found


def variant_kind(typed: str, exact: str) -> str:
    """How ``typed`` differs from the ``exact`` passphrase that opened the archive: 'spaces' (only the
    spaces around it) or 'form' (small letters, hyphens left out or typed as spaces)."""
    return "spaces" if (typed or "").strip() == exact else "form"


@dataclass(frozen=True)
class PassphraseStrength:
    bits: int
    #: None when strong enough, else why not: 'empty', 'spaces' (leading/trailing, invisible when
    #: typed into 7-Zip), 'too_short' (under MIN_BITS), 'control' (a character no keyboard types).
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def passphrase_strength(text: str, *, generated: str | None = None) -> PassphraseStrength:
    """An estimate in bits and whether the passphrase may be used. ``generated``: the passphrase the
    application generated for this export; only ``text`` equal to it gets the generated credit."""
    if not text:
        return PassphraseStrength(0, "empty")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        return PassphraseStrength(0, "control")
    if text != text.strip():
        return PassphraseStrength(0, "spaces")
    if generated and text == generated:
        return PassphraseStrength(int(generated_bits()), None)
    value = int(estimate_bits(text))
    return PassphraseStrength(value, None if value >= MIN_BITS else "too_short")


class ExportPassphrase:
    """The passphrase generated for one export: the one text that gets the generated credit.

    Held in memory only, as long as the export dialog (or command) that showed it; :meth:`forget`
    on lock and close. A passphrase generated elsewhere, or typed to look like one, is judged as
    typed."""

    def __init__(self) -> None:
        self._generated: str | None = None

    def generate(self) -> str:
        """A new passphrase for this export (the previous one loses its credit)."""
        self._generated = generate_passphrase()
        return self._generated

    @property
    def generated(self) -> str | None:
        return self._generated

    def strength(self, text: str) -> PassphraseStrength:
        return passphrase_strength(text, generated=self._generated)

    def forget(self) -> None:
        self._generated = None
