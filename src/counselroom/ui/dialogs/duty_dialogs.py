"""Dialogs of the duty log (值班记录, R11).

Adding a shift afterwards, ending a shift with the time it really ended (one left
open on an earlier day, or the supervisor ending a colleague's), correcting a finished
shift (its author the same day; the supervisor later, with a reason) and withdrawing a
shift recorded by mistake. Every one keeps what was typed when the service refuses it
and shows why at the field.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import overload

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QWidget,
)

from counselroom.domain.duty import REASON_MAX, VISITORS_MAX, Correction, DutyShift
from counselroom.services.duty import DutyService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.dialogs.booking_dialog import parse_time
from counselroom.ui.dialogs.form_dialog import ProblemShown, _FormDialog
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.duty_week_chart import duration_text, weekday_short
from counselroom.ui.widgets.hint_label import hint_label


def shift_text(shift: DutyShift) -> str:
    """One line naming a shift: who, which day, from when (to when)."""
    day = f"{shift.day.isoformat()} {weekday_short(shift.day.weekday())}"
    if shift.ended_at is None:
        return QCoreApplication.translate("DutyLabels", "{person} · {day} · from {start}").format(
            person=shift.person, day=day, start=f"{shift.started_at:%H:%M}")
    return QCoreApplication.translate("DutyLabels", "{person} · {day} · {start}–{end} ({length})").format(
        person=shift.person, day=day, start=f"{shift.started_at:%H:%M}", end=f"{shift.ended_at:%H:%M}",
        length=duration_text(shift.minutes()))


def notes_hint() -> str:
    return QCoreApplication.translate(
        "DutyDialogs", "Events, anything the next person on duty should know. No client details are needed: "
        "everyone on the staff sees the duty log.")


def _time_edit(name: str, parent: QWidget, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(8)
    edit.setMinimumWidth(110)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def _visitors_spin(parent: QWidget, value: int = 0) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName("visitors")
    spin.setRange(0, VISITORS_MAX)
    spin.setValue(value)
    spin.setMinimumWidth(110)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


def _notes_edit(parent: QWidget, text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName("notes")
    edit.setTabChangesFocus(True)
    edit.setPlainText(text)
    edit.setMinimumHeight(84)
    edit.setMaximumHeight(140)
    return edit


class _DutyDialog(_FormDialog):
    """What the duty dialogs share: the service, asking before typed text is lost, reading typed times."""

    # service field -> form row
    FIELD_MAP = {"started_at": "started_at", "ended_at": "ended_at", "visitors": "visitors", "notes": "notes",
                 "reason": "reason", "person": "person", "shift": "ended_at"}

    def __init__(self, session: Session, parent: QWidget | None, title: str, name: str) -> None:
        super().__init__(parent, title, name, 540)
        self.session = session
        self.service = DutyService(session)
        self.result_value: DutyShift | None = None
        self._loaded: tuple = ()

    def _finish(self, save_text: str, *after: QWidget) -> None:
        super()._finish(save_text, *after)
        self._loaded = self._values()

    # -- subclasses -------------------------------------------------------------------------------
    def _values(self) -> tuple:
        return ()

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    # -- shared -----------------------------------------------------------------------------------
    @overload
    def _time(self, edit: QLineEdit, field: str, day: date) -> datetime: ...
    @overload
    def _time(self, edit: QLineEdit, field: str, day: date, required: bool) -> datetime | None: ...

    def _time(self, edit: QLineEdit, field: str, day: date, required: bool = True) -> datetime | None:
        """The typed time on ``day`` (None if it may be and is empty); a text that is no time is
        shown at ``field`` (:class:`ProblemShown`)."""
        text = edit.text().strip()
        if not text and not required:
            return None
        moment = parse_time(text)
        if moment is None:
            self.form.show_field_error(field, QCoreApplication.translate("DutyDialogs", "Enter a time like 8:30."))
            self.fit_height()
            raise ProblemShown()
        return datetime.combine(day, moment)


class PastShiftDialog(_DutyDialog):
    """A shift entered afterwards (补录): who (the supervisor may choose), which day, from, until, visitors, notes."""

    def __init__(self, session: Session, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Add a past shift"), "pastShiftDialog")
        today = session.today()
        self.outer.addWidget(hint_label(self.tr(
            "For duty that was not started and ended with the button. It ends on the day it started and does "
            "not overlap another shift of the same person."), self, "pastShiftIntro"))

        self.person = QComboBox(self)
        self.person.setObjectName("person")
        supervisor = Permissions(session).acts_for_colleagues()
        for person_id, name in self.service.people():
            self.person.addItem(name, person_id)
        self.person.setCurrentIndex(max(0, self.person.findData(session.user.id)))
        self.person.setEnabled(supervisor)
        self.form.add("person", self.tr("On duty"), self.person,
                      "" if supervisor else self.tr("You record your own duty; the supervisor records others'."))

        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd  ddd")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        earliest = today - timedelta(days=366)
        self.date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        chosen = day if day is not None and day <= today else today
        self.date.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.date.setMinimumWidth(180)
        self.date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("date", self.tr("Day"), self.date)

        self.start = _time_edit("startedAt", self, "8:00")
        self.form.add("started_at", self.tr("From"), self.start)
        self.end = _time_edit("endedAt", self, "12:00")
        self.form.add("ended_at", self.tr("Until"), self.end)
        self.visitors = _visitors_spin(self)
        self.form.add("visitors", self.tr("Visitors"), self.visitors,
                      self.tr("Students, parents or colleagues who came to the room during the shift."))
        self.notes = _notes_edit(self)
        self.form.add("notes", self.tr("Events and notes"), self.notes, notes_hint())
        self._finish(self.tr("Add shift"))
        self.start.setFocus()

    def _values(self) -> tuple:
        return (self.person.currentIndex(), self.date.date(), self.start.text(), self.end.text(),
                self.visitors.value(), self.notes.toPlainText())

    def chosen_day(self) -> date:
        return py_date(self.date.date())

    def attempt(self) -> DutyShift:
        day = self.chosen_day()
        start = self._time(self.start, "started_at", day)
        end = self._time(self.end, "ended_at", day)
        return self.service.record_past(start, end, user_id=self.person.currentData(),
                                        visitors=self.visitors.value(), notes=self.notes.toPlainText())

    def clear(self) -> None:
        super().clear()
        self.person.clear()
        self.start.clear()
        self.end.clear()
        self.notes.clear()

class EndShiftDialog(_DutyDialog):
    """End an open shift at the time it really ended: one left open on an earlier day, or a colleague's."""

    def __init__(self, session: Session, shift: DutyShift, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("End duty"), "endShiftDialog")
        self.shift = shift
        forgotten = shift.forgotten(session.today())
        self.outer.addWidget(hint_label(
            self.tr("This duty was never ended. Enter the time it really ended on {day}; until then it does not "
                    "count towards the week's open hours.").format(day=shift.day.isoformat())
            if forgotten else self.tr("Ending the duty of {person}, who is on duty now.").format(person=shift.person),
            self, "endShiftIntro"))
        summary = QLabel(shift_text(shift), self)
        summary.setObjectName("shiftSummary")
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: 600;")
        self.outer.addWidget(summary)
        self.end = _time_edit("endedAt", self, "17:00")
        self.form.add("ended_at", self.tr("Ended at"), self.end,
                      "" if forgotten else self.tr("Leave empty to end it now."))
        self.visitors = _visitors_spin(self, shift.visitors)
        self.form.add("visitors", self.tr("Visitors"), self.visitors)
        self.notes = _notes_edit(self, shift.notes)
        self.form.add("notes", self.tr("Events and notes"), self.notes, notes_hint())
        self._finish(self.tr("End duty"))
        self.end.setFocus()

    def _values(self) -> tuple:
        return (self.end.text(), self.visitors.value(), self.notes.toPlainText())

    def attempt(self) -> DutyShift:
        forgotten = self.shift.forgotten(self.session.today())
        end = self._time(self.end, "ended_at", self.shift.day, required=forgotten)
        return self.service.stop(self.shift.id, ended_at=end, visitors=self.visitors.value(),
                                 notes=self.notes.toPlainText())

    def clear(self) -> None:
        super().clear()
        self.end.clear()
        self.notes.clear()

class CorrectShiftDialog(_DutyDialog):
    """Correct a finished shift; the supervisor gives a reason once the author's day is over."""

    def __init__(self, session: Session, shift: DutyShift, rule: Correction, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Correct a shift"), "correctShiftDialog")
        self.shift = shift
        self.rule = rule
        summary = QLabel(shift_text(shift), self)
        summary.setObjectName("shiftSummary")
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: 600;")
        self.outer.addWidget(summary)
        self.outer.addWidget(hint_label(
            self.tr("The old values stay in the audit log with your reason.") if rule is Correction.REASON else
            self.tr("You can correct your shift until the end of the day it was recorded; afterwards the "
                    "supervisor corrects it."), self, "correctionRule"))
        self.start = _time_edit("startedAt", self, "8:00")
        self.start.setText(f"{shift.started_at:%H:%M}")
        self.form.add("started_at", self.tr("From"), self.start)
        self.end = _time_edit("endedAt", self, "12:00")
        self.end.setText(f"{shift.ended_at:%H:%M}" if shift.ended_at else "")
        self.form.add("ended_at", self.tr("Until"), self.end)
        self.visitors = _visitors_spin(self, shift.visitors)
        self.form.add("visitors", self.tr("Visitors"), self.visitors)
        self.notes = _notes_edit(self, shift.notes)
        self.form.add("notes", self.tr("Events and notes"), self.notes, notes_hint())
        self.reason: QLineEdit | None = None
        if rule is Correction.REASON:
            self.reason = QLineEdit(self)
            self.reason.setObjectName("reason")
            self.reason.setMaxLength(REASON_MAX)
            self.reason.setPlaceholderText(self.tr("e.g. checked against the sign-in sheet"))
            self.form.add("reason", self.tr("Reason"), self.reason)
        self._finish(self.tr("Save correction"))
        self.visitors.setFocus()

    def _values(self) -> tuple:
        return (self.start.text(), self.end.text(), self.visitors.value(), self.notes.toPlainText(),
                self.reason.text() if self.reason else "")

    def attempt(self) -> DutyShift:
        start = self._time(self.start, "started_at", self.shift.day)
        end = self._time(self.end, "ended_at", self.shift.day)
        # Times typed to the minute: an unchanged one keeps its seconds.
        if start.strftime("%H:%M") == self.shift.started_at.strftime("%H:%M"):
            start = self.shift.started_at
        if self.shift.ended_at is not None and end.strftime("%H:%M") == self.shift.ended_at.strftime("%H:%M"):
            end = self.shift.ended_at
        return self.service.correct(self.shift.id, started_at=start, ended_at=end, visitors=self.visitors.value(),
                                    notes=self.notes.toPlainText(), reason=self.reason.text() if self.reason else None)

    def clear(self) -> None:
        super().clear()
        self.start.clear()
        self.end.clear()
        self.notes.clear()
        if self.reason is not None:
            self.reason.clear()

class WithdrawShiftDialog(_DutyDialog):
    """Withdraw a shift recorded by mistake: it stays in the records with the reason and no longer counts."""

    def __init__(self, session: Session, shift: DutyShift, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Withdraw a shift"), "withdrawShiftDialog")
        self.shift = shift
        summary = QLabel(shift_text(shift), self)
        summary.setObjectName("shiftSummary")
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: 600;")
        self.outer.addWidget(summary)
        self.outer.addWidget(hint_label(self.tr(
            "A withdrawn shift no longer counts towards the week's open hours and leaves the lists. It is not "
            "deleted: the audit log keeps it with your reason."), self))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. entered twice, wrong person"))
        self.form.add("reason", self.tr("Reason"), self.reason)
        self._finish(self.tr("Withdraw shift"))
        self.reason.setFocus()

    def _values(self) -> tuple:
        return (self.reason.text(),)

    def attempt(self) -> DutyShift:
        return self.service.withdraw(self.shift.id, self.reason.text())

    def clear(self) -> None:
        super().clear()
        self.reason.clear()
