"""The record dialog of one form whose action calls a service (the duty log's and the materials register's)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.widgets.form import row_box


class ProblemShown(Exception):
    """A problem the dialog already showed at its field itself (e.g. a time it could not read)."""


# Named with an underscore because it is no dialog of its own: tests/ui/test_dialog_enter.py
# builds every public dialog class of the ui package.
class _FormDialog(GuardedDialog):
    """A form, Cancel / save, asking before typed text is lost; the subclass builds the rows, then
    calls :meth:`_finish`, and gives :meth:`attempt`. What the service refuses is shown at its field
    (``FIELD_MAP``: service field -> form row) and what was typed stays."""

    FIELD_MAP: dict[str, str] = {}

    def __init__(self, parent: QWidget | None, title: str, name: str, minimum_width: int) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(minimum_width)
        self.outer = dialog_column(self)
        self.form = dialog_form(self)

    def _finish(self, save_text: str, *after: QWidget) -> None:
        """The form, then ``after`` (summaries, notes), then Cancel / save."""
        self.outer.addWidget(self.form)
        for widget in after:
            self.outer.addWidget(widget)
        for field, _error in self.form._fields.values():
            # Every row takes the form's width, so hints and errors wrap there, not at a short field's edge.
            row_box(field).setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.cancel_button, self.save_button = self.add_button_row(self.outer, save_text, self.save)

    # -- subclasses -------------------------------------------------------------------------------
    def attempt(self):
        """Call the service; return what it returned. Raise :class:`ProblemShown` after showing a
        problem at a field."""
        raise NotImplementedError

    def clear(self) -> None:
        """The records lock: forget what was typed and shown, close without asking."""
        self._discard_ok = True
        self.form.clear_errors()

    # -- shared -----------------------------------------------------------------------------------
    def save(self) -> None:
        self.form.clear_errors()
        try:
            self.result_value = self.attempt()
        except ProblemShown:
            return
        except CounselRoomError as err:
            self.form.show_error(err, self.FIELD_MAP)
            self.fit_height()
            return
        self._discard_ok = True
        self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_height()
