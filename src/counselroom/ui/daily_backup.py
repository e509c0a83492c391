"""The day's backup, started once the main window is open (and again after unlocking,
for a window left open overnight).

It runs on a worker thread with its own connection, so the first login of the day
is not slowed down by copying the database. A failure is recorded in the audit log
by the service, and the closing checklist's "backup made today" stays open.
"""

from __future__ import annotations

from counselroom.domain.errors import CounselRoomError
from counselroom.services.backups import BackupService
from counselroom.services.session import Session
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.workers import run_in_background


def start_daily_backup(session: Session) -> bool:
    """Start the day's backup if none was made today; True if one was started."""
    try:
        if session.locked or not BackupService(session).daily_due():
            return False
    except CounselRoomError:
        return False  # e.g. a one-time password still to be changed
    service = BackupService(session)
    run_in_background(service.make_daily_if_due, _done, _failed)
    return True


def _done(_made) -> None:
    pass


def _failed(exc: BaseException) -> None:
    if not isinstance(exc, CounselRoomError):
        report_unexpected(exc)
