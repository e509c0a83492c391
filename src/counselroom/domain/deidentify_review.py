"""Reviewing a de-identified text (R14): the reviewer's edits, the flags ticked off, and the text
that may then be printed or saved, marked 已去标识化 at the top."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from counselroom.domain.deidentify import DeidentifiedText, Flag, Replacement
from counselroom.domain.deidentify_patterns import FlagReason, pattern_flags
from counselroom.domain.errors import CounselRoomError

DEIDENTIFIED_MARK = "【已去标识化】仅供督导、教学与研究使用"


@dataclass(frozen=True)
class Edit:
    """Replace ``result.text[start:end]`` with ``text`` (an insertion when start == end)."""
    start: int
    end: int
    text: str



def apply_edits(result: DeidentifiedText, edits: Sequence[Edit]) -> DeidentifiedText:
    """The text with the reviewer's edits, replacements and flags moved with it.

    A replacement or flag an edit touches is gone (a flag edited away is settled); what the edits
    type is checked like the export (``result.checker``) and flagged, with ids after the
    result's own, so the same edits always give the same ids."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    at = 0
    for edit in ordered:
        if not (at <= edit.start <= edit.end <= len(result.text)):
            raise ValueError("edits must lie inside the text and not overlap")
        at = edit.end
    pieces: list[str] = []
    moves: list[tuple[int, int, int]] = []    # (edit start, edit end, shift after it)
    typed_flags: list[tuple[int, int, FlagReason]] = []
    at = 0
    shift = 0
    for edit in ordered:
        pieces.append(result.text[at:edit.start])
        new_start = edit.start + shift
        pieces.append(edit.text)
        found = result.checker(edit.text) if result.checker is not None else pattern_flags(edit.text)
        typed_flags.extend((new_start + s, new_start + e, r) for s, e, r in found)
        shift += len(edit.text) - (edit.end - edit.start)
        moves.append((edit.start, edit.end, shift))
        at = edit.end
    pieces.append(result.text[at:])
    text = "".join(pieces)

    def moved(start: int, end: int) -> tuple[int, int] | None:
        delta = 0
        for e_start, e_end, after in moves:
            if e_start < end and start < e_end or (e_start == e_end and start < e_start < end):
                return None
            if e_end <= start:
                delta = after
        return start + delta, end + delta

    replacements = []
    for r in result.replacements:
        span = moved(r.start, r.end)
        if span is not None:
            replacements.append(Replacement(span[0], span[1], r.kind, r.placeholder, r.original))
    flags = []
    for f in result.flags:
        span = moved(f.start, f.end)
        if span is not None:
            flags.append(Flag(f.id, span[0], span[1], f.reason, f.text))
    next_id = len(result.flags)
    for n, (s, e, reason) in enumerate(typed_flags):
        flags.append(Flag(next_id + n, s, e, reason, text[s:e]))
    flags.sort(key=lambda f: (f.start, f.id))
    return DeidentifiedText(text, tuple(replacements), tuple(flags), result.checker)


def confirmed_text(result: DeidentifiedText, edits: Sequence[Edit] = (),
                   ticked_flags: Collection[int] = ()) -> str:
    """The text to print or save: refused while a flag is neither ticked off nor edited away."""
    edited = apply_edits(result, edits)
    ticked = set(ticked_flags)
    open_flags = [f for f in edited.flags if f.id not in ticked]
    if open_flags:
        raise CounselRoomError("deidentify.flags_open", count=len(open_flags))
    return f"{DEIDENTIFIED_MARK}\n\n{edited.text}"
