"""The list of the user's open cases that the visit records and tests pages choose a case from.

The cases are gathered off the GUI thread (``gather_open_cases``) and at most ``CASES_SHOWN`` of
them, the newest, become list items: a list widget of tens of thousands of items froze the
window for seconds. When more cases match, a line under the list says how many, and a filter
(by name or case no.) appears above it to find the others; with fewer cases neither is shown,
so the page looks as it always did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counselroom.domain.cases import Case
from counselroom.domain.plural import plural
from counselroom.services.my_cases import count_my_open_cases, my_open_cases
from counselroom.services.session import Session
from counselroom.ui.widgets.hint_label import hint_label

ID_ROLE = Qt.ItemDataRole.UserRole   # where a list item keeps its record's id (here: the case's)
# Enough for any counsellor's own open cases; beyond it the filter finds the rest.
CASES_SHOWN = 200
# The other lists beside it (unsigned drafts) show at most this many, the oldest first.
DRAFTS_SHOWN = 200
FILTER_PAUSE_MS = 250   # typing in the filter asks again once the typing pauses


@dataclass(frozen=True)
class OpenCases:
    """The newest ``CASES_SHOWN`` open cases that match, and how many match in all."""

    rows: list[tuple[Case, str, str]]     # (case, client name, client case no.)
    total: int
    text: str = ""                        # the filter they were gathered with

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


def gather_open_cases(session: Session, text: str = "") -> OpenCases:
    """On a worker: the user's open cases, newest first, those matching ``text`` (name or case no.)."""
    needle = text.strip().casefold()
    if not needle:
        # The usual case: the newest page and a count, without building every open case.
        return OpenCases(my_open_cases(session, limit=CASES_SHOWN), count_my_open_cases(session))
    rows = [row for row in my_open_cases(session)
            if needle in row[1].casefold() or needle in row[2].casefold()]
    return OpenCases(rows[:CASES_SHOWN], len(rows), text.strip())


class OpenCasesList:
    """The filter and the "more" line around a page's list of open cases (the list is the page's)."""

    def __init__(self, cases: QListWidget, column: QVBoxLayout, parent: QWidget,
                 on_filter: Callable[[], object], name: str) -> None:
        self.cases = cases
        self.filter = QLineEdit(parent)
        self.filter.setObjectName(f"{name}Filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(QCoreApplication.translate("VisitsPage", "Filter by name or case no."))
        self.filter.hide()
        column.insertWidget(column.indexOf(cases), self.filter)
        self.more = hint_label("", parent, f"{name}More")
        self.more.hide()
        column.insertWidget(column.indexOf(cases) + 1, self.more)
        self._pause = QTimer(parent, singleShot=True, interval=FILTER_PAUSE_MS)
        self._pause.timeout.connect(on_filter)
        self.filter.textChanged.connect(self._pause.start)

    def text(self) -> str:
        return self.filter.text()

    def fill(self, found: OpenCases, keep: int | None) -> None:
        """Fill the list, ``keep`` (a case id) selected, without emitting signals."""
        cases = self.cases
        cases.blockSignals(True)
        cases.clear()
        for case, name, case_no in found.rows:
            item = QListWidgetItem(QCoreApplication.translate(
                "VisitsPage", "{name}  {case_no} · case {number}").format(name=name, case_no=case_no,
                                                                          number=case.number))
            item.setData(ID_ROLE, case.id)
            item.setToolTip(QCoreApplication.translate("VisitsPage", "Opened {date}").format(
                date=case.opened_on.isoformat()))
            cases.addItem(item)
            if case.id == keep:
                cases.setCurrentItem(item)
        cases.blockSignals(False)
        self.filter.setVisible(found.more > 0 or bool(self.filter.text()))
        if found.more:
            self.more.setText(plural(
                found.more,
                QCoreApplication.translate("VisitsPage", "{n} more, older: type a name or case no. above to find it."),
                QCoreApplication.translate("VisitsPage", "{n} more, older: type a name or case no. above to find them."),
            ).format(n=found.more))
        elif found.text and not found.total:
            self.more.setText(QCoreApplication.translate("VisitsPage", "No open case matches the filter."))
        else:
            self.more.clear()
        self.more.setVisible(bool(self.more.text()))

    def clear(self) -> None:
        """Forget the cases and what was typed to find one (a client's name)."""
        self._pause.stop()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.filter.hide()
        self.cases.blockSignals(True)
        self.cases.clear()
        self.cases.blockSignals(False)
        self.more.clear()
        self.more.hide()


def more_drafts_item(more: int) -> QListWidgetItem:
    """The last line of a drafts list cut at ``DRAFTS_SHOWN``: how many more there are."""
    item = QListWidgetItem(QCoreApplication.translate("VisitsPage", "… and {n} more").format(n=more))
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item
