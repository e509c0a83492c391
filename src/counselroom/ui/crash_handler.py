"""What an unexpected error does: one crash note, one sentence.

``install()`` (called first thing by ``run_gui``) makes :class:`CrashHandler` the
application's ``sys.excepthook`` and ``threading.excepthook``. PySide6 hands it every
exception that escapes a slot or a Qt virtual method; the windows hand it the
unexpected ones they catch themselves through :func:`report_unexpected` (their
own expected errors, ``CounselRoomError``, are shown where they happened).

For each error the handler writes a crash note without client data
(``counselroom.services.crash_notes``) and shows one sentence in the person's
language saying that saved records are safe, what to do, and where the note is.
It never raises (``sys.stderr`` is ``None`` in the windowed Windows build), shows
one box at a time (errors while it is open, or while it is being shown, are noted
and counted, not shown), and shows boxes only on the GUI thread: an error on
another thread is noted there and its box is sent to the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from counselroom import APP_NAME
from counselroom.services import crash_notes
from counselroom.services.crash_notes import CrashNotes, base_environment


def crash_text(note: Path | None) -> str:
    """The one sentence (and where the note is) that an unexpected error shows."""
    text = QCoreApplication.translate(
        "CrashHandler",
        "Something went wrong: the program ran into an unexpected problem. Saved records are not lost; "
        "please restart the program, and if this keeps happening, give the error note to the school's "
        "IT teacher.")
    if note is None:
        where = QCoreApplication.translate("CrashHandler", "The error note could not be saved.")
    else:
        # The path on a line of its own: a Windows path has no spaces to wrap at.
        where = QCoreApplication.translate("CrashHandler", "The error note is in this file:") + "\n" + str(note)
    return f"{text}\n\n{where}"


class CrashHandler(QObject):
    """The hooks' target. Lives on the GUI thread; ``handle`` may be called from any thread."""

    _show_requested = Signal(object)   # the note's path (or None), queued to the GUI thread

    def __init__(self, notes: CrashNotes) -> None:
        super().__init__()
        self.notes = notes
        self.box: QMessageBox | None = None
        self.shown = 0             # boxes shown
        self.not_shown = 0         # errors while a box was open or being shown: noted, counted
        self._showing = False
        self._closing: QMessageBox | None = None   # the last box closed, until Qt has deleted it
        self._inside = threading.local()
        self._show_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- the hooks ----------------------------------------------------------------------
    def excepthook(self, kind: type, exc: BaseException | None, tb: TracebackType | None) -> None:
        if isinstance(kind, type) and issubclass(kind, KeyboardInterrupt):
            _default_excepthook(kind, exc, tb)
            return
        self.handle(kind, exc, tb)

    def threading_excepthook(self, args) -> None:
        if isinstance(args.exc_type, type) and issubclass(args.exc_type, SystemExit):
            return   # what threading's own hook does: a thread that exits is no error
        thread = getattr(args.thread, "name", "") or ""
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread)

    # -- one error ------------------------------------------------------------------------
    def handle(self, kind: type, exc: BaseException | None, tb: TracebackType | None,
               thread: str | None = None) -> None:
        """Note the error and (one at a time, on the GUI thread) show the sentence. Never raises."""
        try:
            nested = getattr(self._inside, "depth", 0)
            self._inside.depth = nested + 1
            try:
                if thread is None:
                    thread = threading.current_thread().name
                note = self.notes.record(kind, exc, tb, thread=thread)
                _echo(note)
                if nested:   # an error while handling one (e.g. while showing its box): noted only
                    self.not_shown += 1
                    return
                app = QApplication.instance()
                if not isinstance(app, QApplication):
                    return   # no windows (yet): the note is all there can be
                if QThread.currentThread() is app.thread():
                    self._show(note)
                else:
                    self._show_requested.emit(note)
            finally:
                self._inside.depth = nested
        except BaseException:  # noqa: BLE001 - the hook of last resort must not fail in turn
            pass

    @Slot(object)
    def _show(self, note: Path | None) -> None:
        if self._showing:
            self.not_shown += 1
            return
        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, crash_text(note), QMessageBox.StandardButton.Ok)
            box.setObjectName("crashBox")
            box.setTextFormat(Qt.TextFormat.PlainText)   # a folder's name is never markup
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
            _fit_path(box, note)
            box.finished.connect(self._closed)
            self.box = box
            self.shown += 1
            # Not exec(): no event loop of its own inside the hook. The box is application-modal,
            # so it is on top of any dialog that was open and takes the input until it is closed.
            box.show()
            box.raise_()
            box.activateWindow()
        except BaseException:  # noqa: BLE001 - no box then; the note is written
            self.box = None
            self._showing = False

    @Slot()
    def _closed(self) -> None:
        # Called from inside the box (its finished signal): dropping the last Python reference
        # here would delete it under its own feet. Qt deletes it once back in the event loop.
        box, self.box = self.box, None
        self._showing = False
        if box is not None:
            self._closing = box
            box.deleteLater()


def _fit_path(box: QMessageBox, note: Path | None) -> None:
    """Wide enough for the note's path on one line (a Windows path would otherwise break after "C:")."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    if note is None or label is None:
        return
    wanted = label.fontMetrics().horizontalAdvance(str(note)) + 8
    screen = box.screen()
    if screen is not None:
        wanted = min(wanted, int(screen.availableGeometry().width() * 0.7))
    label.setMinimumWidth(max(wanted, label.minimumWidth()))


def _echo(note: Path | None) -> None:
    """Say where the note is on the console, if there is one (``sys.stderr`` is None in a windowed build)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(f"{APP_NAME}: unexpected error; crash note: {note if note is not None else 'not written'}\n")
        stream.flush()
    except Exception:  # noqa: BLE001 - a closed or broken console
        pass


def _default_excepthook(kind, exc, tb) -> None:
    try:
        if sys.stderr is not None:
            sys.__excepthook__(kind, exc, tb)
    except Exception:  # noqa: BLE001
        pass


_handler: CrashHandler | None = None
_previous: tuple | None = None


def install(data_dir: Path | None = None) -> CrashHandler:
    """Make one CrashHandler the application's ``sys.excepthook`` and ``threading.excepthook``.

    Called once, first thing in ``run_gui``; a second call only updates the data folder."""
    global _handler, _previous
    if _handler is None:
        environment = base_environment()
        environment["Qt"] = qVersion()
        environment["PySide6"] = pyside_version
        _handler = CrashHandler(CrashNotes(data_dir, environment=environment))
        _previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = _handler.excepthook
        threading.excepthook = _handler.threading_excepthook
    elif data_dir is not None:
        _handler.notes.set_data_dir(data_dir)
    return _handler


def wait_for_box() -> None:
    """Until the open crash box (if any) is closed: for a fault that ended the event loop, or came before it."""
    box = _handler.box if _handler is not None else None
    if box is None:
        return
    try:
        loop = QEventLoop()
        box.finished.connect(loop.quit)
        if box.isVisible():
            loop.exec()
    except Exception:  # noqa: BLE001
        pass


def set_data_dir(data_dir: Path) -> None:
    """The data folder is known: notes go to its ``logs/`` from now on, and so do the stacks of a
    hard crash (faulthandler), which no hook sees."""
    if _handler is not None:
        _handler.notes.set_data_dir(data_dir)
        _handler.notes.enable_fault_log()


def uninstall() -> None:
    """Put back the hooks found by ``install`` (for tests; the application keeps its hook to the end)."""
    global _handler, _previous
    if _handler is None:
        return
    crash_notes.disable_fault_log()
    if _previous is not None:
        if sys.excepthook == _handler.excepthook:
            sys.excepthook = _previous[0]
        if threading.excepthook == _handler.threading_excepthook:
            threading.excepthook = _previous[1]
    _handler, _previous = None, None


def report_unexpected(exc: BaseException) -> None:
    """Hand an unexpected exception that the code caught and survived to the application's hook.

    The one hand-off for such faults (a window has usually said "Something went wrong." where it
    happened; background work such as the daily backup has not): through ``sys.excepthook``, which
    in the application is the CrashHandler (a crash note and the one sentence), and under pytest-qt
    the hook that fails the test. Never raises."""
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    except Exception:  # noqa: BLE001 - reporting must not add a fault of its own
        pass
