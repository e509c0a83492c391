"""The one rule for text that enters the records, and the one guard for text that leaves as a spreadsheet.

Every text a person or a file gives the application (registration and every other form,
roster cells, scale definition files) passes :func:`clean_line` (names, numbers, labels:
one line) or :func:`clean_text` (notes, reasons, records: several lines) in the domain
validator of its field. Both:

* take out terminal escape sequences whole (``ESC [31m``, ``ESC ]8;;url BEL``), then every
  other control character: C0 (NUL, ESC, …), DEL and C1;
* take out every invisible *format* character (Unicode category Cf): bidirectional
  embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E,
  U+200F, U+061C), zero-width space/joiners (U+200B–U+200D), word joiner and invisible
  operators (U+2060–U+2064), byte-order mark (U+FEFF), soft hyphen, tag characters…;
  and the few letters that draw nothing (Hangul fillers, U+034F, U+2800, …);
* take out lone surrogates and Unicode non-characters (they cannot be stored as UTF-8);
* normalise to NFC and strip white space at both ends.

They are *removed*, not refused: what is kept is exactly what a person sees on the
screen and on paper. These characters come far more often from copying text out of a
web page or a chat than from an attacker, and an error about a character nobody can see
would leave a teacher nothing to correct. Line breaks and tabs: :func:`clean_line`
turns each run of them (CR, LF, tab, VT, FF, NEL, U+2028/U+2029) into one space;
:func:`clean_text` keeps tabs and line breaks, as LF.

Kept: ordinary letters of every script, private-use characters (older GB18030 mappings
of rare characters), characters newer than Python's Unicode tables, variation selectors.

A spreadsheet formula is never *run* by this application. Cells that start like one
(``=``, ``+``, ``-``, ``@`` or their full-width forms) are refused only where the field
cannot start that way: a person's name (:func:`looks_like_formula`, used by the client
rules). Other text keeps them ("-" is a fine class or note), and every CSV/XLSX the
application writes goes through :func:`spreadsheet_safe` / ``counselroom.reports.spreadsheet``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal

from counselroom.domain.errors import ValidationError

# Escape sequences as terminals read them: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC up to their
# terminator (BEL or ESC \), the 8-bit CSI, and two- or three-character escapes (ESC ( B, ESC c).
_ESCAPES = re.compile(
    r"\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x9b[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]")
_BREAKS = "\r\n\t\v\f\x85\u2028\u2029"
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
_RUN_OF_BREAKS = re.compile(f"[{_BREAKS}]+")
# Letters (not format characters) that draw nothing, used to fake an empty or a look-alike name.
_BLANK_LETTERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
# How a spreadsheet formula (or a DDE/Lotus command) begins, in ASCII and full width.
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_SPREADSHEET_TRIGGERS = FORMULA_STARTS + ("\t", "\r", "\n")


def _drop(ch: str, keep: str) -> bool:
    if ch in keep:
        return False
    code = ord(ch)
    if code < 0x20 or 0x7f <= code <= 0x9f:
        return True
    if ch in _BLANK_LETTERS:
        return True
    if 0xfdd0 <= code <= 0xfdef or (code & 0xfffe) == 0xfffe:
        return True  # non-characters
    return unicodedata.category(ch) in ("Cf", "Cs")


def _remove(text: str, keep: str) -> str:
    text = _ESCAPES.sub("", text)
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to take out
    return "".join(ch for ch in text if not _drop(ch, keep))


def clean_line(value: object) -> str:
    """A one-line text as the records keep it: names, numbers, classes, labels, short answers."""
    text = "" if value is None else str(value)
    text = _RUN_OF_BREAKS.sub(" ", _ESCAPES.sub("", text))
    return unicodedata.normalize("NFC", _remove(text, " ")).strip()


def clean_text(value: object) -> str:
    """A text of several lines as the records keep it: notes, reasons, records. Line breaks become LF."""
    text = "" if value is None else str(value)
    text = _LINE_BREAKS.sub("\n", _ESCAPES.sub("", text))
    return unicodedata.normalize("NFC", _remove(text, "\n\t")).strip()


def checked_text(name: str, value: object, *, limit: int, required: bool = False, lines: bool = True) -> str:
    """A form's text cleaned as records keep it (``lines``: more than one line allowed); empty when
    ``required`` or longer than ``limit`` characters is refused at the field ``name``."""
    text = clean_text(value) if lines else clean_line(value)
    if required and not text:
        raise ValidationError(name, "field.required")
    if len(text) > limit:
        raise ValidationError(name, "text.too_long", max=limit)
    return text


def looks_like_formula(text: str) -> bool:
    """Whether a (cleaned) text starts the way a spreadsheet formula or command does."""
    return (text or "").startswith(FORMULA_STARTS)


def spreadsheet_safe(value: object) -> object:
    """A value for a CSV or XLSX cell that no spreadsheet program will run as a formula.

    Text that begins with ``=``, ``+``, ``-``, ``@`` (ASCII or full width), a tab or a line
    break (also after leading spaces) gets a leading apostrophe, as OWASP recommends for CSV
    files; Excel and WPS show such a cell as the text. Numbers, dates, booleans and ``None``
    are returned unchanged: they cannot be formulas.
    """
    if value is None or isinstance(value, (bool, int, float, Decimal, date, datetime, time)):
        return value
    text = str(value)
    if text.startswith(_SPREADSHEET_TRIGGERS) or text.lstrip().startswith(FORMULA_STARTS):
        return "'" + text
    return text
