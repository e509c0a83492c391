"""Archive passphrases: generated in readable groups, or typed and strength-checked.

The passphrase is what 7-Zip asks for in twenty years, so a generated one uses an
alphabet without look-alikes (no 0/O, 1/I), upper case only, in groups of four
joined by hyphens: 6 × 4 characters of a 32-symbol alphabet = 120 bits.

A typed passphrase is judged by its length more than by its mix of characters:
people's phrases are far more guessable than their character counts suggest, so
each character is credited conservatively and the passphrase needs an estimated
80 bits (about 32 letters of a sentence, or 14 Chinese characters, or a mix).
"""

from __future__ import annotations

import math
import re
import secrets
import unicodedata
from dataclasses import dataclass

#: 32 symbols: digits 2-9 and capitals without I and O (0 and 1 are not used either).
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
GROUPS = 6
GROUP_SIZE = 4
SEPARATOR = "-"
MIN_BITS = 80

_GENERATED = re.compile(
    rf"^[{ALPHABET}]{{{GROUP_SIZE}}}(?:{SEPARATOR}[{ALPHABET}]{{{GROUP_SIZE}}}){{{GROUPS - 1}}}$")


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


def _char_bits(ch: str) -> float:
    if ch.isdigit() and ch.isascii():
        return 3.0
    if ch.isascii() and ch.isalpha():
        return 3.0 if ch.isupper() else 2.5
    if ch == " ":
        return 1.0
    if ch.isascii():
        return 4.0          # punctuation
    if unicodedata.category(ch).startswith("L"):
        return 6.0          # a Chinese character in a phrase
    return 4.0


def passphrase_strength(text: str) -> PassphraseStrength:
    """An estimate in bits (length over complexity) and whether the passphrase may be used."""
    if not text:
        return PassphraseStrength(0, "empty")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        return PassphraseStrength(0, "control")
    if text != text.strip():
        return PassphraseStrength(0, "spaces")
    if _GENERATED.match(text):
        return PassphraseStrength(int(generated_bits()), None)
    bits = 0.0
    seen: dict[str, int] = {}
    previous = ""
    for ch in text:
        if ch == previous:
            gain = 0.5                                    # aaaa
        elif previous and abs(ord(ch) - ord(previous)) == 1:
            gain = 1.0                                    # abcd, 1234
        else:
            gain = _char_bits(ch)
            if seen.get(ch.lower(), 0) >= 2:
                gain /= 2                                 # the same few characters over and over
        seen[ch.lower()] = seen.get(ch.lower(), 0) + 1
        bits += gain
        previous = ch
    value = int(bits)
    return PassphraseStrength(value, None if value >= MIN_BITS else "too_short")
