"""The list of the user's open cases that the visit records and tests pages choose a case from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from counselroom.services.my_cases import my_open_cases
from counselroom.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole   # where a list item keeps its record's id (here: the case's)


def fill_open_cases(cases: QListWidget, session: Session, keep: int | None) -> list:
    """Fill ``cases`` with the user's open cases, ``keep`` (a case id) selected, without emitting signals.

    Returns the rows of ``my_open_cases``; a ``CounselRoomError`` leaves the list as it was.
    """
    rows = my_open_cases(session)
    cases.blockSignals(True)
    cases.clear()
    for case, name, case_no in rows:
        item = QListWidgetItem(QCoreApplication.translate("VisitsPage", "{name}  {case_no} · case {number}").format(
            name=name, case_no=case_no, number=case.number))
        item.setData(ID_ROLE, case.id)
        item.setToolTip(QCoreApplication.translate("VisitsPage", "Opened {date}").format(
            date=case.opened_on.isoformat()))
        cases.addItem(item)
        if case.id == keep:
            cases.setCurrentItem(item)
    cases.blockSignals(False)
    return rows
