"""The quarterly archive (归档, R12): quarters, the archive's file name, its errors.

A quarter is three months of the room's wall-clock calendar: 2026Q3 is
1 July to 30 September 2026, local days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counselroom.domain.errors import CounselRoomError, ValidationError

_QUARTER_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")
ARCHIVE_PREFIX = "CounselRoom-"
ARCHIVE_SUFFIX = ".7z"


class ArchiveError(CounselRoomError):
    """An archive could not be written, read or verified; ``code`` says which way."""

    code = "archive.failed"


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    @classmethod
    def parse(cls, text: str) -> "Quarter":
        """'2026Q3' (also '2026-Q3', '2026q3')."""
        m = _QUARTER_RE.match(text or "")
        if not m:
            raise ValidationError("quarter", "archive.quarter_invalid", text=text or "")
        year = int(m.group(1))
        if not 2000 <= year <= 2999:
            raise ValidationError("quarter", "archive.quarter_invalid", text=text)
        return cls(year, int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> "Quarter":
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def last_complete(cls, today: date) -> "Quarter":
        """The quarter the supervisor is asked to archive: the last one that has ended."""
        return cls.of(today).previous()

    def previous(self) -> "Quarter":
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def next(self) -> "Quarter":
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def is_over(self, today: date) -> bool:
        return today > self.last_day

    def local_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) as aware datetimes: local midnight of the first day and of the day after."""
        start = datetime.combine(self.first_day, time()).astimezone()
        end = datetime.combine(self.next().first_day, time()).astimezone()
        return start, end

    @property
    def file_name(self) -> str:
        return f"{ARCHIVE_PREFIX}{self}{ARCHIVE_SUFFIX}"

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"


def quarter_of_file_name(name: str) -> Quarter | None:
    """The quarter a file named like ``CounselRoom-2026Q3.7z`` holds, or None."""
    m = re.fullmatch(re.escape(ARCHIVE_PREFIX) + r"(\d{4}Q[1-4])" + re.escape(ARCHIVE_SUFFIX), name)
    return Quarter.parse(m.group(1)) if m else None


#: The kinds of record counted in a preview and in the manifest, in the order people read them.
#: They are the archive's table names.
COUNTED_KINDS = (
    "clients", "cases", "visits", "visit_addenda", "test_administrations", "crises", "referrals",
    "consents", "consent_attachments", "appointments", "duty_shifts", "closings", "audit",
)
