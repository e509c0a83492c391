"""The test-materials register (测验材料, R6): paper forms and kits, counted.

The rules (咨询测量所使用的表格不得外借或复印，由负责人统一管理和使用): test materials
are never lent out or copied, and the supervisor manages them. So:

- there is no "lend" movement: materials leave the cabinet only for a session, in
  the hands of a counsellor or the supervisor, and come back the same day;
- a filled-in form is *used*: it goes into the client's paper file and leaves the
  stock (a return says how many came back and how many were used);
- only the supervisor changes the stock (new copies from the publisher, damaged
  ones written off, a corrected count, copies of a hand-out that will not come
  back), always with a reason;
- counts are checked: in the cabinet + handed out = the recorded total, the
  counts agree with the movements that made them, and nothing is out since an
  earlier day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line, clean_text
from counselroom.domain.scales import CODE_RE as SCALE_CODE

NAME_MAX = 60
SCALE_CODE_MAX = 32
LOCATION_MAX = 100
NOTE_MAX = 300
PURPOSE_MAX = 200
REASON_MAX = 300
COUNT_MAX = 9999



class MaterialKind(str, Enum):
    FORM = "form"   # 表格: a paper form, used up when a client fills it in
    KIT = "kit"     # 器材: a reusable kit (cards, booklet, test case); comes back whole


class MovementKind(str, Enum):
    ADDED = "added"
    WRITTEN_OFF = "written_off"
    CORRECTED = "corrected"
    HANDED_OUT = "handed_out"
    RETURNED = "returned"
    MISSING = "missing"


class StockChange(str, Enum):
    """What the supervisor does to the stock."""
    ADD = "add"              # new copies arrived (bought from the publisher, never photocopied)
    WRITE_OFF = "write_off"  # damaged or spoilt copies leave the cabinet
    CORRECT = "correct"      # the cabinet was counted: the count on hand becomes that number


class DiscrepancyKind(str, Enum):
    COUNT = "count"        # on hand + handed out != recorded total
    HISTORY = "history"    # the recorded counts differ from what the movements add up to
    OVERDUE = "overdue"    # handed out on an earlier day and not back


@dataclass(frozen=True)
class MaterialDraft:
    name: str
    kind: MaterialKind = MaterialKind.FORM
    scale_code: str = ""
    location: str = ""
    note: str = ""


@dataclass(frozen=True)
class Material(MaterialDraft):
    id: int = 0
    on_hand: int = 0          # in the cabinet (recorded)
    total: int = 0            # the room owns (recorded)
    out: int = 0              # handed out now, from the open hand-outs
    ledger_on_hand: int = 0   # what the movements add up to
    ledger_total: int = 0

    @property
    def adds_up(self) -> bool:
        return self.on_hand + self.out == self.total

    @property
    def matches_history(self) -> bool:
        return self.on_hand == self.ledger_on_hand and self.total == self.ledger_total


@dataclass(frozen=True)
class Movement:
    id: int
    material_id: int
    kind: MovementKind
    count: int
    used: int
    delta_on_hand: int
    delta_total: int
    recorded_by: int
    recorded_by_name: str
    recorded_at: datetime
    handout_id: int | None = None
    staff_id: int | None = None
    staff_name: str = ""
    purpose: str = ""
    reason: str = ""


@dataclass(frozen=True)
class HandOut:
    """Materials handed to a staff member for a session, and what came of them so far."""
    id: int                   # the hand-out movement's id
    material_id: int
    material_name: str
    kind: MaterialKind
    scale_code: str
    staff_id: int
    staff_name: str
    count: int
    taken_at: datetime        # stored moment (UTC)
    purpose: str = ""
    back: int = 0             # returned to the cabinet so far
    used: int = 0             # filled in / used up so far
    missing: int = 0          # written off as not coming back
    recorded_by_name: str = ""

    @property
    def outstanding(self) -> int:
        return self.count - self.back - self.used - self.missing

    def taken_on(self) -> date:
        """The day on the room's wall clock."""
        return self.taken_at.astimezone().date()

    def days_out(self, today: date) -> int:
        return max(0, (today - self.taken_on()).days)

    def overdue(self, today: date) -> bool:
        """Test materials come back the day they are taken."""
        return self.outstanding > 0 and self.taken_on() < today


@dataclass(frozen=True)
class Discrepancy:
    kind: DiscrepancyKind
    material_id: int
    material_name: str
    on_hand: int = 0
    out: int = 0
    total: int = 0
    expected_on_hand: int = 0
    expected_total: int = 0
    handout: HandOut | None = None


def _text(field: str, value: str, limit: int, *, required: bool = False, code: str = "field.required",
          lines: bool = False) -> str:
    value = clean_text(value) if lines else clean_line(value)
    if required and not value:
        raise ValidationError(field, code)
    if len(value) > limit:
        raise ValidationError(field, "text.too_long", max=limit)
    return value


def validate_count(count: int, field: str = "count", *, minimum: int = 1) -> int:
    if not isinstance(count, int) or isinstance(count, bool) or not minimum <= count <= COUNT_MAX:
        raise ValidationError(field, "material.count_range", min=minimum, max=COUNT_MAX)
    return count


def validate_material(draft: MaterialDraft) -> MaterialDraft:
    name = _text("name", draft.name, NAME_MAX, required=True, code="material.name_empty")
    code = clean_line(draft.scale_code).lower()
    if len(code) > SCALE_CODE_MAX:
        raise ValidationError("scale_code", "text.too_long", max=SCALE_CODE_MAX)
    if code and not SCALE_CODE.match(code):  # the same codes as the scale library
        raise ValidationError("scale_code", "material.scale_code_format")
    return replace(draft, name=name, kind=MaterialKind(draft.kind), scale_code=code,
                   location=_text("location", draft.location, LOCATION_MAX),
                   note=_text("note", draft.note, NOTE_MAX, lines=True))


def validate_reason(reason: str) -> str:
    return _text("reason", reason, REASON_MAX, required=True, code="material.reason_required", lines=True)


def validate_purpose(purpose: str) -> str:
    return _text("purpose", purpose, PURPOSE_MAX, lines=True)


def validate_handout(count: int, on_hand: int) -> int:
    count = validate_count(count)
    if count > on_hand:
        raise ValidationError("count", "material.not_enough", on_hand=on_hand)
    return count


def validate_return(back: int, used: int, handout: HandOut) -> tuple[int, int]:
    """How many came back and how many were used up; together at most what is still out."""
    back = validate_count(back, "back", minimum=0)
    used = validate_count(used, "used", minimum=0)
    if handout.outstanding <= 0:
        raise ValidationError("back", "material.handout_settled")
    if used and handout.kind is MaterialKind.KIT:
        raise ValidationError("used", "material.kit_not_used")
    if back + used == 0:
        raise ValidationError("back", "material.return_nothing")
    if back + used > handout.outstanding:
        raise ValidationError("back", "material.return_too_many", outstanding=handout.outstanding)
    return back, used


def stock_deltas(change: StockChange, count: int, material: Material) -> tuple[int, int]:
    """(delta on hand, delta total) of a stock change, after checking it makes sense."""
    if change is StockChange.ADD:
        validate_count(count)
        if material.total + count > COUNT_MAX:
            raise ValidationError("count", "material.count_range", min=1, max=COUNT_MAX - material.total)
        return count, count
    if change is StockChange.WRITE_OFF:
        validate_count(count)
        if count > material.on_hand:
            raise ValidationError("count", "material.write_off_too_many", on_hand=material.on_hand)
        return -count, -count
    validate_count(count, minimum=0)
    delta = count - material.on_hand
    if delta == 0:
        raise ValidationError("count", "material.count_unchanged")
    if material.total + delta > COUNT_MAX:
        raise ValidationError("count", "material.count_range", min=0, max=COUNT_MAX - material.out)
    return delta, delta


def validate_missing(count: int, handout: HandOut) -> int:
    count = validate_count(count)
    if handout.outstanding <= 0:
        raise ValidationError("count", "material.handout_settled")
    if count > handout.outstanding:
        raise ValidationError("count", "material.return_too_many", outstanding=handout.outstanding)
    return count
