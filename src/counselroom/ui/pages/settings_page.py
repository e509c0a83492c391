"""Settings: language for everyone; the room's settings and recovery code for the supervisor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QScrollArea,
    QSpinBox, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.settings import (
    IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES, MIN_WEEKLY_HOURS_FLOOR, MIN_WEEKLY_HOURS_MAX, RoomSettings,
    TimeRange, format_day_hours, parse_day_hours,
)
from counselroom.services.keyslots import recovery_slot_finding
from counselroom.services.permissions import Permissions
from counselroom.services.care_register import CareRegisterService
from counselroom.services.settings_service import SettingsService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import AMBER_BOX_STYLE, BOLD, HINT_STYLE, OK_INK, OK_STYLE, WARM_RULE
from counselroom.ui.widgets.backups_panel import BackupsPanel
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.recovery_code_group import RecoveryCodeGroup
from counselroom.ui.widgets.register_wording_group import RegisterWordingGroup
from counselroom.ui.widgets.report_settings_group import ReportSettingsGroup

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))  # each named in its own language
AMBER_STYLE = AMBER_BOX_STYLE
TOTAL_STYLE = f"padding: 8px 0; color: {OK_INK};"


def weekday_name(day: int) -> str:
    return (QCoreApplication.translate("SettingsPage", "Monday"),
            QCoreApplication.translate("SettingsPage", "Tuesday"),
            QCoreApplication.translate("SettingsPage", "Wednesday"),
            QCoreApplication.translate("SettingsPage", "Thursday"),
            QCoreApplication.translate("SettingsPage", "Friday"),
            QCoreApplication.translate("SettingsPage", "Saturday"),
            QCoreApplication.translate("SettingsPage", "Sunday"))[day]


def hours_text(minutes: int) -> str:
    hours = minutes / 60
    return f"{hours:.0f}" if minutes % 60 == 0 else f"{hours:.1f}"


class SettingsPage(Page):
    key = "settings"
    # emitted with the new RoomSettings after a successful save
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = Permissions(ctx.session).can_administer()
        self._settings: RoomSettings | None = None
        self._below_minimum = False

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
        self.reports_group = ReportSettingsGroup(self.editable, self)
        left.addWidget(self.reports_group)
        if self.editable:
            self.register_group = RegisterWordingGroup(ctx.session, self)
            left.addWidget(self.register_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self._build_language())
        right.addWidget(self._build_account())
        if self.editable:
            self.recovery_group = RecoveryCodeGroup(ctx, self)
            self.recovery_status = self.recovery_group.status
            self.renew_button = self.recovery_group.renew_button
            right.addWidget(self.recovery_group)
            self.backups_panel = BackupsPanel(ctx, self.loader, self)
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
        box.addWidget(hint_label(self.tr("The window is rebuilt at once in the chosen language. "
                                         "This computer remembers the choice.")))
        return group

    def _build_account(self) -> QGroupBox:
        group, box = self._group(self.tr("Your account"), "accountGroup")
        user = self.ctx.user
        who = QLabel(self.tr("{name} ({username}), {role}").format(
            name=user.display_name, username=user.username, role=label_of(user.role)))
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
        # The supervisor edits these; anyone else reads them on labels.
        self.room_name: QLineEdit | QLabel
        self.idle_lock: QSpinBox | QLabel
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
            box.addWidget(hint_label(self.tr("Only the supervisor can change these settings.")))
        return group

    def _idle_lock_reason(self) -> str:
        return self.tr("When nobody uses this computer for this long, the records lock, so "
                       "nobody passing by can read them. At most {max} minutes.").format(
            max=IDLE_LOCK_MAX_MINUTES)

    def _build_hours(self) -> QGroupBox:
        group, box = self._group(self.tr("Opening hours"), "hoursGroup")
        if self.editable:
            box.addWidget(hint_label(self.tr("For example 9:00-12:00, 13:00-17:00. Leave a day empty "
                                             "when the room is closed.")))
        self.hours_form = Form(group)
        self.hours_form.layout_.setVerticalSpacing(6)
        self.day_fields: list[QLineEdit | QLabel] = []
        for day in range(7):
            widget = QLineEdit() if self.editable else QLabel()
            widget.setObjectName(f"hours_{day}")
            if isinstance(widget, QLineEdit):   # editable
                widget.setPlaceholderText(self.tr("closed"))
                widget.textChanged.connect(self._update_total)
            self.hours_form.add(f"hours_{day}", weekday_name(day), widget)
            self.day_fields.append(widget)
        # R11: 心理辅导室定期对学生开放，每周不少于10小时. The duty log measures each week against it.
        minimum_hint = self.tr("The rules ask for at least {floor} hours every week (每周不少于{floor}小时). "
                               "The duty log measures each week against this.").format(floor=MIN_WEEKLY_HOURS_FLOOR)
        self.min_hours: QSpinBox | QLabel   # a label for anyone but the supervisor
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
        bar.setStyleSheet(f"#saveBar {{ border-top: 1px solid {WARM_RULE}; }}")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 12)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip(self.tr("Save the room name, automatic lock, opening hours, the weekly "
                                            "minimum and the settings for statistics and reports"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self._status_timer = QTimer(self, singleShot=True, interval=6000)
        self._status_timer.timeout.connect(self.status.clear)
        return bar

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        # Coming back to the page must not throw away changes not yet saved.
        if self._settings is not None and self.has_unsaved_changes():
            return
        self.load(lambda session: SettingsService(session).get(), self._show_loaded, slot="settings",
                  failed=self.show_error)
        if self.editable:
            self.backups_panel.refresh()
            # Reads the key file from disk: off the GUI thread with the rest.
            self.load(recovery_slot_finding, self.recovery_group.show_finding, slot="recovery",
                      failed=self.show_error)
            self.load(lambda session: CareRegisterService(session).level_wording(), self.register_group.show_wording,
                      slot="registerWording", failed=self.show_error)

    @property
    def recovery_dialog(self) -> RecoveryCodeDialog | None:
        """The new recovery code while it is shown."""
        return self.recovery_group.dialog if self.editable else None

    def clear_sensitive(self) -> None:
        self._settings = None
        if self.editable:
            self.recovery_group.clear()
        self.room_form.clear_errors()
        self.hours_form.clear_errors()
        self.reports_group.clear()
        self.room_name.clear()
        if self.editable:
            assert isinstance(self.idle_lock, QSpinBox) and isinstance(self.min_hours, QSpinBox)
            self.idle_lock.setValue(IDLE_LOCK_MIN_MINUTES)
            self.min_hours.setValue(MIN_WEEKLY_HOURS_FLOOR)
            self.status.clear()
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
    def _show_loaded(self, settings: RoomSettings) -> None:
        # Typed while the settings were loading: not thrown away either.
        if self._settings is not None and self.has_unsaved_changes():
            return
        self._show(settings)

    def _show(self, settings: RoomSettings) -> None:
        self._settings = settings
        self.room_form.clear_errors()
        self.hours_form.clear_errors()
        self.room_name.setText(settings.room_name)
        if self.editable:
            assert isinstance(self.idle_lock, QSpinBox) and isinstance(self.min_hours, QSpinBox)
            self.idle_lock.setValue(settings.idle_lock_minutes)
            self.min_hours.setValue(settings.min_weekly_hours)
        else:
            assert isinstance(self.idle_lock, QLabel) and isinstance(self.min_hours, QLabel)
            self.idle_lock.setText(self.tr("{n} minutes").format(n=settings.idle_lock_minutes))
            self.min_hours.setText(self.tr("{n} hours a week").format(n=settings.min_weekly_hours))
        for day, field in enumerate(self.day_fields):
            text = format_day_hours(settings.opening_hours.get(day, ()))
            field.setText(text if text or self.editable else self.tr("closed"))
        self.reports_group.form.clear_errors()
        self.reports_group.show_settings(settings)
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
            assert isinstance(self.min_hours, QSpinBox)
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
        # only the supervisor's page, with its spin boxes, has changes to save
        assert isinstance(self.idle_lock, QSpinBox) and isinstance(self.min_hours, QSpinBox)
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
        changes.update(self.reports_group.changes(current))
        return changes, errors

    def has_unsaved_changes(self) -> bool:
        if not self.editable or self._settings is None:
            return False
        changes, errors = self._changes()
        return bool(changes or errors)

    def _show_field_error(self, err: CounselRoomError) -> None:
        if self.reports_group.show_error(err):
            return
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
        self.reports_group.form.clear_errors()
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

    # -- language, password ---------------------------------------------------
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
