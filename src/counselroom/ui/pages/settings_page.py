"""Settings: language for everyone; the room's settings and recovery code for the supervisor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.settings import (
    IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES, MIN_WEEKLY_HOURS_FLOOR, MIN_WEEKLY_HOURS_MAX, RoomSettings,
    TimeRange, format_day_hours, parse_day_hours,
)
from counselroom.services.keyslots import recovery_slot_finding
from counselroom.services.recovery import renew_recovery_code
from counselroom.services.settings_service import SettingsService
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.messages import error_text, finding_text
from counselroom.ui.pages.base import Page
from counselroom.ui.roles import role_label
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.backups_panel import BackupsPanel
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.recovery_code_view import RecoveryCodeView
from counselroom.ui.workers import run_in_background

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))  # each named in its own language
AMBER_STYLE = ("background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px;"
               " padding: 8px 10px; color: #7a4a00;")
TOTAL_STYLE = "padding: 8px 0; color: #1e7d32;"


def weekday_name(day: int) -> str:
    return (QCoreApplication.translate("SettingsPage", "Monday"), QCoreApplication.translate("SettingsPage", "Tuesday"), QCoreApplication.translate("SettingsPage", "Wednesday"), QCoreApplication.translate("SettingsPage", "Thursday"), QCoreApplication.translate("SettingsPage", "Friday"),
            QCoreApplication.translate("SettingsPage", "Saturday"), QCoreApplication.translate("SettingsPage", "Sunday"))[day]


def hours_text(minutes: int) -> str:
    hours = minutes / 60
    return f"{hours:.0f}" if minutes % 60 == 0 else f"{hours:.1f}"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class RecoveryCodeDialog(QDialog):
    """The new recovery code, shown once, with printing right there."""

    def __init__(self, groups: list[str], ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = list(groups)
        self._ctx = ctx
        self.kept = False
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("The new recovery code is active"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(_hint(self.tr(
            "The old recovery sheet no longer works: destroy it. Print the new sheet now and "
            "lock it away. This code is shown only this once.")))
        layout.addWidget(_hint(self.tr(
            "Backups made before now (for example on the USB drive) still open only with the old code. "
            "After printing the new sheet, make a new backup to the USB drive (Backups… → Back up to a "
            "drive…), so that a backup the new sheet opens is kept away from this computer.")))
        self.code_view = RecoveryCodeView(self._groups, self)
        layout.addWidget(self.code_view)
        # Close (which asks first while the sheet is not printed), Save as PDF, Print: Enter prints.
        buttons, self.close_button, self.print_button = dialog_buttons(
            self, self.tr("Print recovery sheet…"), self._print, action_name="printRecoverySheet",
            cancel_name="closeRecoveryCode", cancel_text=self.tr("Close"))
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveRecoverySheet")
        self.save_button.setToolTip(self.tr("Only to take it to a printer on a USB stick; "
                                            "delete the file afterwards"))
        self.save_button.clicked.connect(self._save)
        buttons.insertWidget(buttons.indexOf(self.print_button), self.save_button)
        layout.addLayout(buttons)

    def _print(self) -> None:
        self.kept = bool(self._ctx.print_recovery_sheet(self._groups)) or self.kept

    def _save(self) -> None:
        self.kept = bool(self._ctx.save_recovery_sheet(self._groups)) or self.kept

    def reject(self) -> None:
        if not self.kept and self.isVisible():
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("The new sheet has not been printed. Without it the records cannot be "
                        "opened again after a disk failure. Close anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.forget()
        super().reject()

    def forget(self) -> None:
        """Drop the code from the widgets and from this object."""
        self.code_view.clear()
        self._groups = []


class SettingsPage(Page):
    key = "settings"
    # emitted with the new RoomSettings after a successful save
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = ctx.user.is_supervisor
        self._settings: RoomSettings | None = None
        self._generation = 0
        self._below_minimum = False
        self.recovery_dialog: RecoveryCodeDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = self.page_column(body, spacing=14)

        columns = QGridLayout()
        columns.setHorizontalSpacing(20)
        columns.setVerticalSpacing(14)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._build_room())
        left.addWidget(self._build_hours())
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self._build_language())
        right.addWidget(self._build_account())
        if self.editable:
            right.addWidget(self._build_recovery())
            self.backups_panel = BackupsPanel(ctx, self)
            right.addWidget(self.backups_panel)
        right.addStretch(1)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        layout.addLayout(columns)
        layout.addStretch(1)
        if self.editable:
            # Outside the scrolling area: saving is always in reach.
            outer.addWidget(self._build_save())

    # -- building --------------------------------------------------------------
    def _group(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        group = QGroupBox(title, self)
        group.setObjectName(name)
        box = QVBoxLayout(group)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        return group, box

    def _build_language(self) -> QGroupBox:
        group, box = self._group(self.tr("Language"), "languageGroup")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self.ctx.language), 0))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        box.addWidget(self.language_combo)
        box.addWidget(_hint(self.tr("The window is rebuilt at once in the chosen language. "
                                    "This computer remembers the choice.")))
        return group

    def _build_account(self) -> QGroupBox:
        group, box = self._group(self.tr("Your account"), "accountGroup")
        user = self.ctx.user
        who = QLabel(self.tr("{name} ({username}), {role}").format(
            name=user.display_name, username=user.username, role=role_label(user.role)))
        who.setWordWrap(True)
        box.addWidget(who)
        self.change_password_button = QPushButton(self.tr("Change password…"))
        self.change_password_button.setObjectName("changePassword")
        self.change_password_button.clicked.connect(self.change_password)
        row = QHBoxLayout()
        row.addWidget(self.change_password_button)
        row.addStretch(1)
        box.addLayout(row)
        self.password_status = QLabel()
        self.password_status.setStyleSheet(OK_STYLE + BOLD)
        self.password_status.hide()
        box.addWidget(self.password_status)
        return group

    def _build_room(self) -> QGroupBox:
        group, box = self._group(self.tr("Counselling room"), "roomGroup")
        self.room_form = Form(group)
        self.room_form.layout_.setVerticalSpacing(12)
        if self.editable:
            self.room_name = self.room_form.add("room_name", self.tr("Name of the room"), QLineEdit())
            self.room_name.setObjectName("roomName")
            self.room_name.setToolTip(self.tr("Shown in the title bar and on printed documents"))
            self.idle_lock = QSpinBox()
            self.idle_lock.setObjectName("idleLock")
            self.idle_lock.setRange(IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_MAX_MINUTES)
            self.idle_lock.setSuffix(self.tr(" minutes"))
            self.idle_lock.setMinimumWidth(140)
            # A narrow spin box next to a stretch, so the reason below can use the full width.
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.idle_lock)
            line.addStretch(1)
            self.room_form.add("idle_lock_minutes", self.tr("Lock automatically after"), holder,
                               self._idle_lock_reason())
        else:
            self.room_name = self.room_form.add("room_name", self.tr("Name of the room"), QLabel())
            self.room_name.setObjectName("roomName")
            self.idle_lock = self.room_form.add("idle_lock_minutes", self.tr("Lock automatically after"),
                                                QLabel(), self._idle_lock_reason())
            self.idle_lock.setObjectName("idleLock")
        box.addWidget(self.room_form)
        if not self.editable:
            box.addWidget(_hint(self.tr("Only the supervisor can change these settings.")))
        return group

    def _idle_lock_reason(self) -> str:
        return self.tr("When nobody uses this computer for this long, the records lock, so "
                       "nobody passing by can read them. At most {max} minutes.").format(
            max=IDLE_LOCK_MAX_MINUTES)

    def _build_hours(self) -> QGroupBox:
        group, box = self._group(self.tr("Opening hours"), "hoursGroup")
        if self.editable:
            box.addWidget(_hint(self.tr("For example 9:00-12:00, 13:00-17:00. Leave a day empty "
                                        "when the room is closed.")))
        self.hours_form = Form(group)
        self.hours_form.layout_.setVerticalSpacing(6)
        self.day_fields: list[QWidget] = []
        for day in range(7):
            widget = QLineEdit() if self.editable else QLabel()
            widget.setObjectName(f"hours_{day}")
            if self.editable:
                widget.setPlaceholderText(self.tr("closed"))
                widget.textChanged.connect(self._update_total)
            self.hours_form.add(f"hours_{day}", weekday_name(day), widget)
            self.day_fields.append(widget)
        # R11: 心理辅导室定期对学生开放，每周不少于10小时. The duty log measures each week against it.
        minimum_hint = self.tr("The rules ask for at least {floor} hours every week (每周不少于{floor}小时). "
                               "The duty log measures each week against this.").format(floor=MIN_WEEKLY_HOURS_FLOOR)
        if self.editable:
            self.min_hours = QSpinBox()
            self.min_hours.setObjectName("minWeeklyHours")
            self.min_hours.setRange(MIN_WEEKLY_HOURS_FLOOR, MIN_WEEKLY_HOURS_MAX)
            self.min_hours.setSuffix(self.tr(" hours a week"))
            self.min_hours.setMinimumWidth(160)
            self.min_hours.valueChanged.connect(self._update_total)
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.min_hours)
            line.addStretch(1)
            self.hours_form.add("min_weekly_hours", self.tr("Open at least"), holder, minimum_hint)
        else:
            self.min_hours = self.hours_form.add("min_weekly_hours", self.tr("Open at least"), QLabel(),
                                                 minimum_hint)
            self.min_hours.setObjectName("minWeeklyHours")
        box.addWidget(self.hours_form)
        self.total_label = QLabel()
        self.total_label.setObjectName("weeklyTotal")
        self.total_label.setWordWrap(True)
        box.addWidget(self.total_label)
        return group

    def _build_save(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("saveBar")
        bar.setStyleSheet("#saveBar { border-top: 1px solid #d9d6cf; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 12)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip(self.tr("Save the room name, automatic lock, opening hours and the weekly "
                                            "minimum"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self._status_timer = QTimer(self, singleShot=True, interval=6000)
        self._status_timer.timeout.connect(self.status.clear)
        return bar

    def _build_recovery(self) -> QGroupBox:
        group, box = self._group(self.tr("Recovery code"), "recoveryGroup")
        box.addWidget(_hint(self.tr(
            "The recovery sheet opens the records on a new computer and resets forgotten "
            "passwords. Make a new code if the sheet was lost or someone else may have seen it.")))
        box.addWidget(_hint(self.tr(
            "Every backup carries the recovery code valid when it was made: with the sheet, a backup "
            "on the USB drive brings the records back on a new computer. Backups made before a new "
            "code open only with the old one, so after printing a new sheet make a new backup to the "
            "USB drive. Keep the sheet in the locked cabinet and the USB drive somewhere else.")))
        # Whether the printed sheet can still open the records (the slot's MAC, checked now).
        self.recovery_status = QLabel()
        self.recovery_status.setObjectName("recoveryStatus")
        self.recovery_status.setWordWrap(True)
        self.recovery_status.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.recovery_status)
        self.renew_button = QPushButton(self.tr("Make a new recovery code…"))
        self.renew_button.setObjectName("renewRecoveryCode")
        self.renew_button.clicked.connect(self.renew_recovery_code)
        row = QHBoxLayout()
        row.addWidget(self.renew_button)
        row.addStretch(1)
        box.addLayout(row)
        return group

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        # Coming back to the page must not throw away changes not yet saved.
        if self._settings is not None and self.has_unsaved_changes():
            return
        try:
            settings = SettingsService(self.ctx.session).get()
        except CounselRoomError as err:
            QMessageBox.warning(self, self.title(), error_text(err))
            return
        self._show(settings)
        if self.editable:
            self.backups_panel.refresh()
            self._show_recovery_status()

    def _show_recovery_status(self) -> None:
        finding = recovery_slot_finding(self.ctx.session)
        if finding is None:
            self.recovery_status.setStyleSheet(OK_STYLE)
            self.recovery_status.setText(self.tr(
                "Checked now: the recovery slot in the key file is sound; the printed sheet opens the records."))
        else:
            self.recovery_status.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
            self.recovery_status.setText(finding_text(finding))

    def clear_sensitive(self) -> None:
        self._generation += 1
        self._settings = None
        if self.recovery_dialog is not None:
            self.recovery_dialog.forget()
            self.recovery_dialog.done(QDialog.DialogCode.Rejected)
        self.room_form.clear_errors()
        self.hours_form.clear_errors()
        self.room_name.clear()
        if self.editable:
            self.idle_lock.setValue(IDLE_LOCK_MIN_MINUTES)
            self.min_hours.setValue(MIN_WEEKLY_HOURS_FLOOR)
            self.status.clear()
            self.renew_button.setEnabled(True)
            self.backups_panel.clear()
        else:
            self.idle_lock.clear()
            self.min_hours.clear()
        for field in self.day_fields:
            field.clear()
        self.total_label.clear()
        self.total_label.setStyleSheet("")
        self.password_status.hide()

    # -- showing ---------------------------------------------------------------
    def _show(self, settings: RoomSettings) -> None:
        self._settings = settings
        self.room_form.clear_errors()
        self.hours_form.clear_errors()
        self.room_name.setText(settings.room_name)
        if self.editable:
            self.idle_lock.setValue(settings.idle_lock_minutes)
            self.min_hours.setValue(settings.min_weekly_hours)
        else:
            self.idle_lock.setText(self.tr("{n} minutes").format(n=settings.idle_lock_minutes))
            self.min_hours.setText(self.tr("{n} hours a week").format(n=settings.min_weekly_hours))
        for day, field in enumerate(self.day_fields):
            text = format_day_hours(settings.opening_hours.get(day, ()))
            field.setText(text if text or self.editable else self.tr("closed"))
        self._update_total()

    def _update_total(self) -> None:
        minutes, mistakes = 0, False
        for day, field in enumerate(self.day_fields):
            if self.editable:
                try:
                    minutes += sum(r.minutes for r in parse_day_hours(field.text()))
                except ValidationError:
                    mistakes = True
            elif self._settings is not None:
                minutes += sum(r.minutes for r in self._settings.opening_hours.get(day, ()))
        minimum = self.minimum_hours()
        self._below_minimum = minutes < minimum * 60
        if self._below_minimum:
            text = self.tr("Open {hours} hours a week — below the minimum: the counselling room "
                           "must be open to students regularly, at least {min} hours every week.")
        else:
            text = self.tr("Open {hours} hours a week (the rules ask for at least {min}).")
        text = text.format(hours=hours_text(minutes), min=minimum)
        if mistakes:
            text += " " + self.tr("Days with a mistake are not counted.")
        self.total_label.setStyleSheet(AMBER_STYLE if self._below_minimum else TOTAL_STYLE)
        self.total_label.setText(text)

    def below_minimum(self) -> bool:
        return self._below_minimum

    def minimum_hours(self) -> int:
        """The weekly minimum as typed (supervisor) or as set."""
        if self.editable:
            return self.min_hours.value()
        return (self._settings or RoomSettings()).min_weekly_hours

    # -- saving ----------------------------------------------------------------
    def _typed_hours(self) -> tuple[dict[int, tuple[TimeRange, ...]], list[ValidationError]]:
        hours, errors = {}, []
        for day, field in enumerate(self.day_fields):
            try:
                hours[day] = parse_day_hours(field.text(), field=f"hours_{day}")
            except ValidationError as err:
                errors.append(err)
        return hours, errors

    def _changes(self) -> tuple[dict, list[ValidationError]]:
        current = self._settings or RoomSettings()
        changes: dict = {}
        if self.room_name.text().strip() != current.room_name:
            changes["room_name"] = self.room_name.text()
        if self.idle_lock.value() != current.idle_lock_minutes:
            changes["idle_lock_minutes"] = self.idle_lock.value()
        if self.min_hours.value() != current.min_weekly_hours:
            changes["min_weekly_hours"] = self.min_hours.value()
        hours, errors = self._typed_hours()
        changed_days = {day: ranges for day, ranges in hours.items()
                        if ranges != current.opening_hours.get(day, ())}
        if changed_days:
            changes["opening_hours"] = changed_days
        return changes, errors

    def has_unsaved_changes(self) -> bool:
        if not self.editable or self._settings is None:
            return False
        changes, errors = self._changes()
        return bool(changes or errors)

    def _show_field_error(self, err: CounselRoomError) -> None:
        if isinstance(err, ValidationError) and (err.field.startswith("hours") or err.field == "min_weekly_hours"):
            self.hours_form.show_error(err)
        else:
            self.room_form.show_error(err)
        self._relayout()

    def _relayout(self) -> None:
        # Form layouts keep a stale height-for-width once an error line appears.
        self.room_form.layout_.invalidate()
        self.hours_form.layout_.invalidate()

    def save(self) -> None:
        self.room_form.clear_errors()
        self.hours_form.clear_errors()
        self._status_timer.stop()
        self.status.clear()
        changes, errors = self._changes()
        if errors:
            # Every wrong day gets its message; the first one gets the focus.
            for err in reversed(errors):
                self.hours_form.show_field_error(err.field, error_text(err))
            self._relayout()
            return
        if not changes:
            self._set_status(HINT_STYLE, self.tr("Nothing to save: no setting was changed."))
            return
        try:
            settings = SettingsService(self.ctx.session).update(**changes)
        except CounselRoomError as err:
            self._show_field_error(err)
            return
        self._show(settings)
        self._set_status(OK_STYLE + BOLD, self.tr("Saved."))
        self.ctx.settings_changed()
        self.saved.emit(settings)

    def _set_status(self, style: str, text: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self._status_timer.start()

    # -- language, password, recovery code ------------------------------------
    def _language_chosen(self) -> None:
        lang = self.language_combo.currentData()
        if lang == self.ctx.language:
            return
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self, self.tr("Language"),
                self.tr("Changing the language rebuilds the window, and the settings you have "
                        "not saved yet are lost. Change the language anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.language_combo.blockSignals(True)
                self.language_combo.setCurrentIndex(self.language_combo.findData(self.ctx.language))
                self.language_combo.blockSignals(False)
                return
        self.ctx.request_language(lang)

    def change_password(self) -> None:
        self.password_status.hide()
        if self.ctx.change_password():
            self.password_status.setText(self.tr("Your password was changed."))
            self.password_status.show()

    def renew_recovery_code(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("New recovery code"),
            self.tr("Make a new recovery code?\n\nThe current recovery sheet stops working at once for "
                    "the records on this computer and the backups in its data folder. You will see the "
                    "new code and can print the new sheet right away; then destroy the old sheet.\n\n"
                    "Backups already on a USB drive keep the code of their time and still open only with "
                    "the old sheet: after printing the new sheet, make a new backup to the USB drive."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, generation = self.ctx.session, self._generation
        self.renew_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

        def finish() -> bool:
            self.unsetCursor()
            if generation != self._generation:
                return False
            self.renew_button.setEnabled(True)
            return True

        def done(groups: list[str]) -> None:
            if finish():
                self._show_recovery_status()
                self._show_recovery_code(groups)

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, CounselRoomError):
                QMessageBox.warning(self, self.tr("New recovery code"), error_text(exc))
            else:
                report_unexpected(exc)  # one box: the crash note's, with where the note is

        # The recovery slot is wrapped with Argon2id: off the GUI thread.
        run_in_background(lambda: renew_recovery_code(session), done, failed)

    def _show_recovery_code(self, groups: list[str]) -> None:
        self.recovery_dialog = RecoveryCodeDialog(groups, self.ctx, self)
        # A bound method, not a closure: PySide keeps closures on deleted dialogs alive.
        self.recovery_dialog.finished.connect(self._recovery_dialog_closed)
        self.recovery_dialog.open()

    def _recovery_dialog_closed(self) -> None:
        self.sender().deleteLater()
        self.recovery_dialog = None
