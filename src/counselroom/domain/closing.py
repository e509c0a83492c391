"""The end-of-day closing checklist (闭室检查, R10).

The rules: 咨询员下班时必须关好各室门窗，切断电器设备的电源；严禁在本室私接电源；
下班前要进行常规性的安全检查. So at the end of each day the person closing the
room signs a checklist of two kinds of items:

- **physical items** (门窗、电源、私接电线、档案柜、整洁、无人滞留): a list the
  supervisor edits; the defaults below quote the rules. Every item must be
  ticked to sign.
- **data checks** the records answer by themselves, live (visit records signed,
  appointments settled, open crises reviewed today, test materials back and their
  counts adding up). A failing check blocks signing unless the signer says why;
  the reason is kept with the closing.

A signed closing keeps a snapshot of every item's text and answer and of every
check's result as they were when it was signed, so editing the list later does
not change past checklists. One closing per day, signed on that day; a day the
room was open without one is a *missed* day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from collections.abc import Mapping, Set

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line, clean_text
from counselroom.domain.settings import TimeRange

LABEL_MAX = 80
REASON_MAX = 500
ITEMS_MAX = 30


class CheckId(str, Enum):
    """The data checks this version knows. Snapshots keep the id as text, so a
    closing signed with a check added later (e.g. "backup made today") still reads."""
    VISITS_SIGNED = "visits_signed"
    APPOINTMENTS_RESOLVED = "appointments_resolved"
    CRISES_REVIEWED = "crises_reviewed"
    MATERIALS_RETURNED = "materials_returned"
    DUTY_ENDED = "duty_ended"
    BACKUP_MADE = "backup_made"


@dataclass(frozen=True)
class DefaultItem:
    code: str
    label: str     # the room's language: Chinese, in the rules' words
    rule: str      # the sentence of the rules it comes from


#: The physical items a new room starts with, from the room's rules (咨询室管理制度 / 使用规则).
DEFAULT_ITEMS: tuple[DefaultItem, ...] = (
    DefaultItem("windows", "各室窗户已关好", "咨询员下班时必须关好各室门窗"),
    DefaultItem("doors", "各室门已关好并上锁", "工作完毕，关好门窗，做好安全保卫工作"),
    DefaultItem("power", "电器设备电源已切断", "咨询员下班时必须关好各室门窗，切断电器设备的电源"),
    DefaultItem("wiring", "无私接电源、私拉电线", "严禁在本室私接电源"),
    DefaultItem("cabinet", "档案和测验材料已锁入柜中",
                "妥善保管好咨询室的档案；咨询测量所使用的表格不得外借或复印，由负责人统一管理"),
    DefaultItem("tidy", "室内整洁，物品已放回原位", "物品设备使用及书籍翻阅后请放回原位，并整理有序"),
    DefaultItem("visitors", "室内无来访者或其他人员滞留", "未经允许，任何人不得进入咨询室"),
)

DEFAULTS_BY_CODE = {d.code: d for d in DEFAULT_ITEMS}


@dataclass(frozen=True)
class ChecklistItem:
    """A physical item of the current list. ``code`` names a default item (None for added ones)."""
    id: int
    label: str
    position: int = 0
    code: str | None = None

    @property
    def is_default_text(self) -> bool:
        """Still the default item in its default words (so it may be shown translated)."""
        default = DEFAULTS_BY_CODE.get(self.code or "")
        return default is not None and default.label == self.label


@dataclass(frozen=True)
class ItemDraft:
    """One row of the list the supervisor saves: ``id`` None for a new item."""
    label: str
    id: int | None = None


@dataclass(frozen=True)
class ItemAnswer:
    """A physical item as it was signed: its words then, and the answer."""
    item_id: int
    label: str
    checked: bool
    code: str | None = None

    @property
    def is_default_text(self) -> bool:
        default = DEFAULTS_BY_CODE.get(self.code or "")
        return default is not None and default.label == self.label


@dataclass(frozen=True)
class DataCheck:
    """What one data check found. No clinical text: counts, and what fails named by
    staff member, time, or material (e.g. ``"李老师 ×2"``, ``"10:00 周老师"``)."""
    id: str
    passed: bool
    counts: Mapping[str, int] = field(default_factory=dict)
    names: tuple[str, ...] = ()

    def count(self, key: str) -> int:
        return int(self.counts.get(key, 0))


@dataclass(frozen=True)
class Closing:
    """A signed closing (append-only)."""
    id: int
    day: date
    signed_by: int
    signed_by_name: str
    signed_at: datetime
    items: tuple[ItemAnswer, ...]
    checks: tuple[DataCheck, ...]
    reason: str = ""

    @property
    def failed_checks(self) -> tuple[DataCheck, ...]:
        return tuple(c for c in self.checks if not c.passed)

    @property
    def overridden(self) -> bool:
        """Signed although a data check failed (with a reason)."""
        return bool(self.failed_checks)


@dataclass(frozen=True)
class Checklist:
    """What the page shows for a day: the list to tick, the live checks, and the closing if signed."""
    day: date
    items: tuple[ChecklistItem, ...]
    checks: tuple[DataCheck, ...]
    open_day: bool
    closes_at: time | None = None
    closing: Closing | None = None
    #: When the person looking is still on duty, since when: they end their duty before they
    #: sign (the one closing the room leaves it last), and signing is refused until then.
    signer_on_duty_since: datetime | None = None

    @property
    def failed_checks(self) -> tuple[DataCheck, ...]:
        return tuple(c for c in self.checks if not c.passed)

    @property
    def signed(self) -> bool:
        return self.closing is not None


@dataclass(frozen=True)
class ClosingStatus:
    """Whether a day was closed: for the Today page, the quit prompt and the history.

    ``open_day``: the room was open that day (it had opening hours, or someone was on
    duty); ``missed``: it was open, the day is over, the checklist was in use and
    nobody signed its closing; ``in_use``: the checklist was in use that day (a day
    before it came into use is neither signed nor missed)."""
    day: date
    open_day: bool
    signed: bool
    missed: bool
    signed_by_name: str = ""
    signed_at: datetime | None = None
    overridden: bool = False
    in_use: bool = True


@dataclass(frozen=True)
class ClosingDay:
    """One day of the supervisor's month view. ``in_use``: the checklist was in use by then
    (days before it came into use are neither signed nor missed)."""
    day: date
    open_day: bool
    missed: bool
    closing: Closing | None = None
    future: bool = False
    in_use: bool = True

    @property
    def counts(self) -> bool:
        """An opening day that is over or today, since the checklist is in use (or a day with a closing)."""
        return self.closing is not None or (self.open_day and self.in_use and not self.future)


# --- rules ------------------------------------------------------------------------------------------

def _clean(value: str) -> str:
    return " ".join(clean_line(value).split())


def validate_label(label: str) -> str:
    label = _clean(label)
    if not label:
        raise ValidationError("label", "closing.item_empty")
    if len(label) > LABEL_MAX:
        raise ValidationError("label", "text.too_long", max=LABEL_MAX)
    return label


def validate_items(drafts: list[ItemDraft]) -> list[ItemDraft]:
    """The new list: at least one item, each with words, no item twice."""
    cleaned = [ItemDraft(validate_label(d.label), d.id) for d in drafts]
    if not cleaned:
        raise ValidationError("items", "closing.items_empty")
    if len(cleaned) > ITEMS_MAX:
        raise ValidationError("items", "closing.items_too_many", max=ITEMS_MAX)
    seen: set[str] = set()
    for d in cleaned:
        key = d.label.casefold()
        if key in seen:
            raise ValidationError("items", "closing.item_twice", label=d.label)
        seen.add(key)
    ids = [d.id for d in cleaned if d.id is not None]
    if len(ids) != len(set(ids)):
        raise ValidationError("items", "closing.items_changed")
    return cleaned


def validate_reason(reason: str | None) -> str:
    reason = clean_text(reason)
    if len(reason) > REASON_MAX:
        raise ValidationError("reason", "text.too_long", max=REASON_MAX)
    return reason


def answered(items: tuple[ChecklistItem, ...] | list[ChecklistItem],
             answers: Mapping[int, bool]) -> tuple[ItemAnswer, ...]:
    """The snapshot of the ticked list; every item of the current list must be ticked.

    Answers for items that are no longer on the list mean the list changed while the
    page was open: refused, so the signer sees the new list first."""
    known = {i.id for i in items}
    if any(item_id not in known for item_id in answers):
        raise ValidationError("items", "closing.items_changed")
    unticked = [i for i in items if not answers.get(i.id, False)]
    if unticked:
        raise ValidationError("items", "closing.item_unticked", count=len(unticked), first=unticked[0].label)
    return tuple(ItemAnswer(i.id, i.label, True, i.code) for i in items)


def open_day(day: date, hours: Mapping[int, tuple[TimeRange, ...]], duty_days: Set[date] = frozenset()) -> bool:
    """Whether the room was open that day: it opens on that weekday (the settings' opening
    hours), or someone was on duty that day (``duty_days``: days with a duty shift)."""
    return bool(hours.get(day.weekday())) or day in duty_days


def closes_at(day: date, hours: Mapping[int, tuple[TimeRange, ...]]) -> time | None:
    """When the day's last opening period ends (None on a day the room does not open)."""
    ranges = hours.get(day.weekday(), ())
    return max(r.end for r in ranges) if ranges else None


def month_days(year: int, month: int) -> list[date]:
    if not 1 <= month <= 12 or not 2000 <= year <= 2200:
        raise ValidationError("month", "closing.month_invalid")
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return [date.fromordinal(n) for n in range(first.toordinal(), following.toordinal())]
