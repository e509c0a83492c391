"""After a crash during an export: the archive it left is recognised and recorded, or set aside
(``ArchiveService.reconcile``), at the supervisor's next start, off the GUI thread (the
archive is read back from the drive to compare its SHA-256).

What was done is said in one sentence per archive (here, on the Archive page and by
``admin export``); an export that left nothing on the drive is only audited.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication

from counselroom.domain.errors import CounselRoomError
from counselroom.services.archive import ArchiveService, PendingExport, Reconciled
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.workers import run_in_background


def reconciled_text(result: Reconciled) -> str:
    """What was done with an interrupted export ('' if there is nothing to tell)."""
    if result.outcome == "recorded":
        return QCoreApplication.translate(
            "ArchiveReconcile", "The export of {quarter} that was interrupted had written {path} completely: it is "
                                "now recorded as archived, and its receipt can be printed on the Archive page."
        ).format(quarter=str(result.quarter), path=str(result.path))
    if result.outcome == "set_aside":
        return QCoreApplication.translate(
            "ArchiveReconcile", "The export of {quarter} that was interrupted had written an archive, but a record "
                                "of the quarter has changed since. The file was set aside as {path} (not deleted) "
                                "and the quarter is not archived: archive it again."
        ).format(quarter=str(result.quarter), path=str(result.set_aside or result.path))
    return ""


def waiting_text(pending: PendingExport) -> str:
    """An interrupted export whose drive is not plugged in."""
    return QCoreApplication.translate(
        "ArchiveReconcile", "An export of {quarter} to {folder} was interrupted. Plug that drive in again and open "
                            "this page: the archive on it is then checked, and recorded or set aside."
    ).format(quarter=str(pending.quarter), folder=pending.target_dir)


def start_archive_reconcile(session: Session, parent=None) -> bool:
    """For a supervisor with interrupted exports: settle them in the background and say what was done
    (a message over ``parent``). True if it was started."""
    try:
        if session.locked or not Permissions(session).can_administer():
            return False
        service = ArchiveService(session)
        if not service.interrupted():
            return False
    except CounselRoomError:
        return False   # e.g. a one-time password still to be changed

    def done(results: list[Reconciled]) -> None:
        from PySide6.QtWidgets import QMessageBox   # here: the command line uses the texts above

        texts = [t for t in (reconciled_text(r) for r in results) if t]
        if texts and parent is not None and shiboken6.isValid(parent) and parent.isVisible():
            QMessageBox.information(parent, QCoreApplication.translate("ArchiveReconcile", "Archive"),
                                    "\n\n".join(texts))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, CounselRoomError):
            report_unexpected(exc)

    run_in_background(service.reconcile, done, failed)
    return True
