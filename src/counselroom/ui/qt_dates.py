"""Python dates and times from Qt's, typed (PySide6's stubs declare ``toPython()`` as returning ``object``)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime


def py_date(day: QDate) -> date:
    """``day`` (a valid date, as a date edit always holds) as a Python date."""
    value = day.toPython()
    assert isinstance(value, date)
    return value


def py_datetime(moment: QDateTime) -> datetime:
    """``moment`` (valid, as a date-time edit always holds) as a naive Python datetime in local time."""
    value = moment.toPython()
    assert isinstance(value, datetime)
    return value
