"""Reviewing a de-identified text (R14): the reviewer's edits, the flags ticked off, and the text
that may then be printed or saved, marked 已去标识化 at the top."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

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


#: Above this many characters a changed stretch is diffed by lines, and a changed line this long
#: is taken as one edit: a character diff is quadratic. One coarse edit loses only highlights
#: (apply_edits checks the typed text again, so what identifies is flagged anew).
FINE_DIFF_CHARS = 4000


def text_edits(original: str, current: str) -> list[Edit]:
    """The reviewer's changes as spans of ``original``: only what changed, so a flag or
    replacement between two changes stays (and stays open)."""
    if original == current:
        return []
    head, before, after = _trimmed(original, current)
    if max(len(before), len(after)) <= FINE_DIFF_CHARS:
        return _char_edits(before, after, head)
    lines_a, lines_b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    starts_a, starts_b = _starts(lines_a), _starts(lines_b)
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, lines_a, lines_b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        block_a = before[starts_a[i1]:starts_a[i2]]
        block_b = after[starts_b[j1]:starts_b[j2]]
        if max(len(block_a), len(block_b)) <= FINE_DIFF_CHARS:
            edits += _char_edits(block_a, block_b, head + starts_a[i1])
        else:
            edits.append(Edit(head + starts_a[i1], head + starts_a[i2], block_b))
    return edits


def _trimmed(before: str, after: str) -> tuple[int, str, str]:
    """(length of the common start, the differing middles)."""
    limit = min(len(before), len(after))
    head = 0
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return head, before[head:len(before) - tail], after[head:len(after) - tail]


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def _char_edits(before: str, after: str, offset: int) -> list[Edit]:
    head, a, b = _trimmed(before, after)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [Edit(offset + head + i1, offset + head + i2, b[j1:j2])
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
