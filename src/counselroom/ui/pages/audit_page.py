"""The audit log (supervisor): who did what, when; and whether the log is intact."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication, QDate, Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFrame, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action, AuditEntry, AuditFilter
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.integrity import Finding
from counselroom.services.accounts import AccountService
from counselroom.services.audit_service import AuditService
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.messages import error_text, finding_text, message
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.roles import role_label
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.workers import run_in_background

PAGE_SIZE = 200
DEFAULT_DAYS = 30
SYSTEM_ACTOR = "system"  # what the audit chain records when no account acted
ALERT_STYLE = ("#auditAlert { background: #fdecea; border: 2px solid #b3261e; border-radius: 6px; }"
               " #auditAlert QLabel { color: #5c1411; }")
SOUND_STYLE = ("background: #e8f5e9; border: 1px solid #8bc34a; border-radius: 6px;"
               " padding: 8px 12px; color: #1b5e20;")
PROBLEM_STYLE = ("background: #fdecea; border: 1px solid #e6a19b; border-radius: 6px;"
                 " padding: 8px 12px; color: #5c1411;")


def action_label(code: str) -> str:
    """A person's words for an action code; codes this version does not know stay raw."""
    labels = {
        Action.SETUP: QCoreApplication.translate("AuditPage", "Set-up"),
        Action.LOGIN: QCoreApplication.translate("AuditPage", "Logged in"),
        Action.LOGIN_FAILED: QCoreApplication.translate("AuditPage", "Login failed"),
        Action.LOGOUT: QCoreApplication.translate("AuditPage", "Logged out"),
        Action.LOCK: QCoreApplication.translate("AuditPage", "Records locked"),
        Action.UNLOCK: QCoreApplication.translate("AuditPage", "Records unlocked"),
        Action.UNLOCK_FAILED: QCoreApplication.translate("AuditPage", "Unlock failed"),
        Action.ACCOUNT_LOCKED: QCoreApplication.translate("AuditPage", "Account locked (wrong passwords)"),
        Action.ACCOUNT_UNLOCKED: QCoreApplication.translate("AuditPage", "Account unlocked"),
        Action.ACCOUNT_CREATED: QCoreApplication.translate("AuditPage", "Account created"),
        Action.ACCOUNT_DISABLED: QCoreApplication.translate("AuditPage", "Account disabled"),
        Action.ACCOUNT_ENABLED: QCoreApplication.translate("AuditPage", "Account enabled"),
        Action.ACCOUNT_PASSWORD_RESET: QCoreApplication.translate("AuditPage", "Password reset"),
        Action.PASSWORD_CHANGED: QCoreApplication.translate("AuditPage", "Own password changed"),
        Action.RECOVERY: QCoreApplication.translate("AuditPage", "Recovery with the recovery code"),
        Action.RECOVERY_CODE_RENEWED: QCoreApplication.translate("AuditPage", "New recovery code"),
        Action.RECOVERY_SHEET_PRINTED: QCoreApplication.translate("AuditPage", "Recovery sheet printed"),
        Action.SETTINGS_CHANGED: QCoreApplication.translate("AuditPage", "Settings changed"),
        Action.MIGRATION: QCoreApplication.translate("AuditPage", "Database updated to a new version"),
        Action.INTEGRITY_CHECK: QCoreApplication.translate("AuditPage", "Integrity check"),
        Action.INTEGRITY_ALERT: QCoreApplication.translate("AuditPage", "Integrity alert"),
        Action.INTEGRITY_ACKNOWLEDGED: QCoreApplication.translate("AuditPage", "Integrity alert confirmed"),
        Action.AUDIT_VIEWED: QCoreApplication.translate("AuditPage", "Audit log viewed"),
        Action.CLIENT_CREATED: QCoreApplication.translate("AuditPage", "Client registered"),
        Action.CLIENT_UPDATED: QCoreApplication.translate("AuditPage", "Client details changed"),
        Action.CLIENT_VIEWED: QCoreApplication.translate("AuditPage", "Client viewed"),
        Action.CLIENT_DEACTIVATED: QCoreApplication.translate("AuditPage", "Client set inactive"),
        Action.CLIENT_REACTIVATED: QCoreApplication.translate("AuditPage", "Client active again"),
        Action.CLIENTS_IMPORTED: QCoreApplication.translate("AuditPage", "Clients imported"),
        Action.CASE_OPENED: QCoreApplication.translate("AuditPage", "Case opened"),
        Action.CASE_UPDATED: QCoreApplication.translate("AuditPage", "Case changed"),
        Action.CASE_VIEWED: QCoreApplication.translate("AuditPage", "Case viewed"),
        Action.CASE_BREAK_GLASS: QCoreApplication.translate("AuditPage", "Emergency access to a case"),
        Action.CASE_CLOSED: QCoreApplication.translate("AuditPage", "Case closed"),
        Action.CASE_REOPENED: QCoreApplication.translate("AuditPage", "Case reopened"),
        Action.CASE_REASSIGNED: QCoreApplication.translate("AuditPage", "Case handed to another counsellor"),
        Action.CASE_SHARED: QCoreApplication.translate("AuditPage", "Case shared"),
        Action.CASE_UNSHARED: QCoreApplication.translate("AuditPage", "Case no longer shared"),
        Action.APPOINTMENT_BOOKED: QCoreApplication.translate("AuditPage", "Appointment booked"),
        Action.APPOINTMENT_CHANGED: QCoreApplication.translate("AuditPage", "Appointment changed"),
        Action.APPOINTMENT_STATUS: QCoreApplication.translate("AuditPage", "Appointment status"),
        Action.VISIT_CREATED: QCoreApplication.translate("AuditPage", "Visit record started"),
        Action.VISIT_DRAFT_SAVED: QCoreApplication.translate("AuditPage", "Visit draft saved"),
        Action.VISIT_DRAFT_DISCARDED: QCoreApplication.translate("AuditPage", "Visit draft discarded"),
        Action.VISIT_VIEWED: QCoreApplication.translate("AuditPage", "Visit record viewed"),
        Action.VISIT_SIGNED: QCoreApplication.translate("AuditPage", "Visit record signed"),
        Action.VISIT_ADDENDUM: QCoreApplication.translate("AuditPage", "Addendum added"),
        Action.CRISIS_OPENED: QCoreApplication.translate("AuditPage", "Crisis opened"),
        Action.CRISIS_STEP: QCoreApplication.translate("AuditPage", "Crisis step recorded"),
        Action.CRISIS_REVIEWED: QCoreApplication.translate("AuditPage", "Crisis reviewed"),
        Action.CRISIS_CLOSED: QCoreApplication.translate("AuditPage", "Crisis closed"),
        Action.REFERRAL_CREATED: QCoreApplication.translate("AuditPage", "Referral recorded"),
        Action.REFERRAL_FEEDBACK: QCoreApplication.translate("AuditPage", "Referral feedback recorded"),
        Action.REFERRAL_CLOSED: QCoreApplication.translate("AuditPage", "Referral closed"),
        Action.NOTES_SEARCHED: QCoreApplication.translate("AuditPage", "Notes of all cases searched"),
        Action.DEMO_DATA: QCoreApplication.translate("AuditPage", "Demo data added"),
        Action.RECORD_PRINTED: QCoreApplication.translate("AuditPage", "Record printed or saved"),
        Action.CONSENT_RECORDED: QCoreApplication.translate("AuditPage", "Consent recorded"),
        Action.CONSENT_ATTACHED: QCoreApplication.translate("AuditPage", "Signed consent form attached"),
        Action.CONSENT_VIEWED: QCoreApplication.translate("AuditPage", "Signed consent form viewed"),
        Action.CONSENT_WITHDRAWN: QCoreApplication.translate("AuditPage", "Consent withdrawn"),
        Action.SCALE_INSTALLED: QCoreApplication.translate("AuditPage", "Built-in scale added to the library"),
        Action.SCALE_IMPORTED: QCoreApplication.translate("AuditPage", "Scale imported"),
        Action.TEST_STARTED: QCoreApplication.translate("AuditPage", "Test record started"),
        Action.TEST_SAVED: QCoreApplication.translate("AuditPage", "Test answers saved"),
        Action.TEST_DISCARDED: QCoreApplication.translate("AuditPage", "Test draft discarded"),
        Action.TEST_VIEWED: QCoreApplication.translate("AuditPage", "Test results viewed"),
        Action.TEST_SIGNED: QCoreApplication.translate("AuditPage", "Test record signed"),
        Action.MATERIAL_ADDED: QCoreApplication.translate("AuditPage", "Test material added"),
        Action.MATERIAL_UPDATED: QCoreApplication.translate("AuditPage", "Test material details changed"),
        Action.MATERIAL_STOCK_CHANGED: QCoreApplication.translate("AuditPage", "Test material stock changed"),
        Action.MATERIAL_HANDED_OUT: QCoreApplication.translate("AuditPage", "Test material handed out"),
        Action.MATERIAL_RETURNED: QCoreApplication.translate("AuditPage", "Test material taken back"),
        Action.MATERIAL_MISSING: QCoreApplication.translate("AuditPage", "Test material written off as missing"),
        Action.BACKUP_MADE: QCoreApplication.translate("AuditPage", "Backup made"),
        Action.BACKUP_FAILED: QCoreApplication.translate("AuditPage", "Backup failed"),
        Action.BACKUP_VERIFIED: QCoreApplication.translate("AuditPage", "Backup verified"),
        Action.BACKUP_RESTORE_REFUSED: QCoreApplication.translate("AuditPage", "Restore refused: the backup failed its check"),
        Action.BACKUP_RESTORE_REPLACED: QCoreApplication.translate("AuditPage", "Records replaced by a restored backup"),
        Action.BACKUP_RESTORED: QCoreApplication.translate("AuditPage", "Records restored from a backup"),
        Action.BACKUP_RESTORE_FAILED: QCoreApplication.translate("AuditPage", "Restore failed; the records were left as they were"),
        Action.DUTY_STARTED: QCoreApplication.translate("AuditPage", "Duty started"),
        Action.DUTY_ENDED: QCoreApplication.translate("AuditPage", "Duty ended"),
        Action.DUTY_RECORDED: QCoreApplication.translate("AuditPage", "Past duty shift entered"),
        Action.DUTY_UPDATED: QCoreApplication.translate("AuditPage", "Duty shift updated"),
        Action.DUTY_CORRECTED: QCoreApplication.translate("AuditPage", "Duty shift corrected"),
        Action.DUTY_WITHDRAWN: QCoreApplication.translate("AuditPage", "Duty shift withdrawn"),
        Action.CLOSING_SIGNED: QCoreApplication.translate("AuditPage", "Closing checklist signed"),
        Action.CLOSING_ITEMS_CHANGED: QCoreApplication.translate("AuditPage", "Closing checklist items changed"),
        Action.ARCHIVE_EXPORT_STARTED: QCoreApplication.translate("AuditPage", "Quarterly archive export started"),
        Action.ARCHIVE_EXPORTED: QCoreApplication.translate("AuditPage", "Quarter archived (export verified)"),
        Action.ARCHIVE_EXPORT_FAILED: QCoreApplication.translate("AuditPage", "Quarterly archive export failed"),
        Action.ARCHIVE_OPENED: QCoreApplication.translate("AuditPage", "Archive opened for reference"),
        Action.ARCHIVE_VERIFIED: QCoreApplication.translate("AuditPage", "Archive checked"),
        Action.ARCHIVE_PRINTED: QCoreApplication.translate("AuditPage", "Record from an archive printed or saved"),
    }
    try:
        return labels.get(Action(code), code)
    except ValueError:
        return code


def _weekday(day: int) -> str:
    return (QCoreApplication.translate("AuditPage", "Mon"), QCoreApplication.translate("AuditPage", "Tue"), QCoreApplication.translate("AuditPage", "Wed"), QCoreApplication.translate("AuditPage", "Thu"), QCoreApplication.translate("AuditPage", "Fri"), QCoreApplication.translate("AuditPage", "Sat"), QCoreApplication.translate("AuditPage", "Sun"))[day]


def _key_label(key: str) -> str:
    return {
        "username": QCoreApplication.translate("AuditPage", "user name"),
        "unknown_user_name": QCoreApplication.translate("AuditPage", "user name that is no account (shown as a tag)"),
        "role": QCoreApplication.translate("AuditPage", "role"), "reason": QCoreApplication.translate("AuditPage", "reason"),
        "note": QCoreApplication.translate("AuditPage", "note"), "problems": QCoreApplication.translate("AuditPage", "problems"), "findings": QCoreApplication.translate("AuditPage", "findings"),
        "failed_attempts": QCoreApplication.translate("AuditPage", "failed attempts"), "room_name": QCoreApplication.translate("AuditPage", "room name"),
        "idle_lock_minutes": QCoreApplication.translate("AuditPage", "idle lock (minutes)"), "opening_hours": QCoreApplication.translate("AuditPage", "opening hours"),
        "output": QCoreApplication.translate("AuditPage", "output"), "version": QCoreApplication.translate("AuditPage", "version"),
        "recorded_at_next_login": QCoreApplication.translate("AuditPage", "recorded at the next login"),
        "user_names": QCoreApplication.translate("AuditPage", "different user names"),
        "device_secret_renewed": QCoreApplication.translate("AuditPage", "new computer key"), "database_restored": QCoreApplication.translate("AuditPage", "database restored"),
        "accounts_needing_reset": QCoreApplication.translate("AuditPage", "accounts needing a new password"),
        "anchor_findings": QCoreApplication.translate("AuditPage", "findings"),
        "case_no": QCoreApplication.translate("AuditPage", "case number"), "fields": QCoreApplication.translate("AuditPage", "fields"), "client_id": QCoreApplication.translate("AuditPage", "client"),
        "counsellor_id": QCoreApplication.translate("AuditPage", "counsellor"), "outcome": QCoreApplication.translate("AuditPage", "outcome"), "from": QCoreApplication.translate("AuditPage", "from"),
        "to": QCoreApplication.translate("AuditPage", "to"), "with": QCoreApplication.translate("AuditPage", "with"),
        "material": QCoreApplication.translate("AuditPage", "material"),
        "material_kind": QCoreApplication.translate("AuditPage", "form or kit"),
        "copies": QCoreApplication.translate("AuditPage", "copies"),
        "used": QCoreApplication.translate("AuditPage", "used up"),
        "staff": QCoreApplication.translate("AuditPage", "taken by"),
        "stock_change": QCoreApplication.translate("AuditPage", "stock change"),
        "in_cabinet": QCoreApplication.translate("AuditPage", "in the cabinet"),
        "stock_total": QCoreApplication.translate("AuditPage", "total owned"),
        "handout": QCoreApplication.translate("AuditPage", "hand-out no."),
        "scale_code": QCoreApplication.translate("AuditPage", "scale"),
        "location": QCoreApplication.translate("AuditPage", "location"),
        "shift": QCoreApplication.translate("AuditPage", "shift no."),
        "on_duty": QCoreApplication.translate("AuditPage", "on duty"),
        "started_at": QCoreApplication.translate("AuditPage", "from"),
        "ended_at": QCoreApplication.translate("AuditPage", "until"),
        "visitors": QCoreApplication.translate("AuditPage", "visitors"),
        "notes": QCoreApplication.translate("AuditPage", "notes"),
        "min_weekly_hours": QCoreApplication.translate("AuditPage", "minimum open hours a week"),
        "day": QCoreApplication.translate("AuditPage", "day"),
        "items": QCoreApplication.translate("AuditPage", "items"),
        "failed_checks": QCoreApplication.translate("AuditPage", "failed checks"),
        "added": QCoreApplication.translate("AuditPage", "added"),
        "changed": QCoreApplication.translate("AuditPage", "changed"),
        "removed": QCoreApplication.translate("AuditPage", "removed"),
        "reordered": QCoreApplication.translate("AuditPage", "order changed"),
        "backup_file": QCoreApplication.translate("AuditPage", "backup file"),
        "backup_kind": QCoreApplication.translate("AuditPage", "kind of backup"),
        "folder": QCoreApplication.translate("AuditPage", "folder"),
        "audit_rows": QCoreApplication.translate("AuditPage", "audit rows in the backup"),
        "sound": QCoreApplication.translate("AuditPage", "sound"),
        "set_aside": QCoreApplication.translate("AuditPage", "replaced database kept as"),
        "replaced_audit_rows": QCoreApplication.translate("AuditPage", "audit rows of the replaced database"),
    }.get(key, key)


# Detail keys whose value is an account id, shown as the person's name.
_PERSON_KEYS = {"counsellor_id", "from", "to", "with", "staff", "on_duty"}


def _value_text(key: str, value) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditPage", "yes") if value else QCoreApplication.translate("AuditPage", "no")
    if value is None or value == [] or value == "":
        return QCoreApplication.translate("AuditPage", "none")
    if key == "role":
        try:
            return role_label(Role(value))
        except ValueError:
            return str(value)
    if key == "reason":
        known = {"manual": QCoreApplication.translate("AuditPage", "locked by hand"), "idle": QCoreApplication.translate("AuditPage", "nobody used the computer")}
        if value in known:
            return known[value]
        if message(str(value)) != message("error"):
            return message(str(value))
    if key == "stock_change":
        return {"add": QCoreApplication.translate("AuditPage", "new copies added"),
                "write_off": QCoreApplication.translate("AuditPage", "written off"),
                "correct": QCoreApplication.translate("AuditPage", "count corrected")}.get(value, str(value))
    if key == "material_kind":
        return {"form": QCoreApplication.translate("AuditPage", "paper form"),
                "kit": QCoreApplication.translate("AuditPage", "kit")}.get(value, str(value))
    if key == "failed_checks" and isinstance(value, list):
        from counselroom.ui.pages.closing_page import check_title
        return ", ".join(check_title(str(v)) for v in value)
    if key == "output":
        return {"print": QCoreApplication.translate("AuditPage", "printer"), "pdf": QCoreApplication.translate("AuditPage", "PDF file")}.get(value, str(value))
    if isinstance(value, dict):
        return ", ".join(f"{k} {_value_text(k, v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_value_text(key, v) for v in value)
    return str(value)


def _hours_change(old: dict, new: dict) -> str:
    """Only the weekdays whose hours changed: "Sat: closed → 09:00-12:00"."""
    def day_text(ranges) -> str:
        return ", ".join(f"{a}-{b}" for a, b in ranges) if ranges else QCoreApplication.translate("AuditPage", "closed")

    parts = []
    for day in sorted({*old, *new}, key=int):
        if old.get(day) != new.get(day):
            parts.append(f"{_weekday(int(day))}: {day_text(old.get(day))} → {day_text(new.get(day))}")
    return "; ".join(parts)


def format_detail(action: str, detail: dict, people_by_id: dict[int, User] | None = None) -> str:
    """A detail dict as one compact line of text, without JSON punctuation."""
    if not detail:
        return ""
    if action == Action.INTEGRITY_ALERT.value and "code" in detail:
        params = {k: v for k, v in detail.items() if k != "code"}
        return finding_text(Finding(detail["code"], params))
    parts = []
    # The log stores keys sorted; who and what read better first.
    first = ("username", "role", "reason", "note")
    ordered = sorted(detail.items(), key=lambda kv: (first.index(kv[0]) if kv[0] in first else len(first)))
    for key, value in ordered:
        if isinstance(value, dict) and set(value) == {"old", "new"}:
            if key == "opening_hours":
                change = _hours_change(value["old"] or {}, value["new"] or {})
            else:
                change = f"{_value_text(key, value['old'])} → {_value_text(key, value['new'])}"
            parts.append(f"{_key_label(key)}: {change}")
        elif key in _PERSON_KEYS and isinstance(value, int) and not isinstance(value, bool):
            parts.append(f"{_key_label(key)}: {person_by_id(value, people_by_id or {})}")
        elif key == "findings" and isinstance(value, list):
            texts = [finding_text(Finding(f.get("code", ""), {k: v for k, v in f.items() if k != "code"}))
                     if isinstance(f, dict) else str(f) for f in value]
            joined = "; ".join(texts) or QCoreApplication.translate("AuditPage", "none")
            parts.append(f"{_key_label(key)}: {joined}")
        else:
            parts.append(f"{_key_label(key)}: {_value_text(key, value)}")
    return "; ".join(parts)


# Rows a supervisor should notice when scanning the log.
_WARNING_ACTIONS = {Action.LOGIN_FAILED.value, Action.UNLOCK_FAILED.value, Action.ACCOUNT_LOCKED.value,
                    Action.INTEGRITY_ALERT.value, Action.RECOVERY.value, Action.CASE_BREAK_GLASS.value}
WARNING_COLOUR = QColor("#b3261e")


def person_label(actor: str, people: dict[str, User]) -> str:
    if actor == SYSTEM_ACTOR:
        return QCoreApplication.translate("AuditPage", "System")
    user = people.get(actor)
    return f"{user.display_name} ({actor})" if user else actor


def person_by_id(user_id: int, people_by_id: dict[int, User]) -> str:
    user = people_by_id.get(user_id)
    return f"{user.display_name} ({user.username})" if user else QCoreApplication.translate("AuditPage", "Account #{id}").format(id=user_id)


def target_label(target: str, people_by_id: dict[int, User]) -> str:
    kind, _, ident = target.partition(":")
    if kind == "user" and ident.isdigit():
        user = people_by_id.get(int(ident))
        return (QCoreApplication.translate("AuditPage", "Account {name}").format(name=f"{user.display_name} ({user.username})")
                if user else person_by_id(int(ident), people_by_id))
    if kind == "client" and ident.isdigit():
        # Only the number: the audit log is no place to read clients' names.
        return QCoreApplication.translate("AuditPage", "Client #{id}").format(id=ident)
    if kind == "case" and ident.isdigit():
        return QCoreApplication.translate("AuditPage", "Case #{id}").format(id=ident)
    if target == "settings":
        return QCoreApplication.translate("AuditPage", "Room settings")
    if kind == "duty" and ident.isdigit():
        return QCoreApplication.translate("AuditPage", "Duty shift #{id}").format(id=ident)
    if kind == "duty_month" and ident.isdigit() and len(ident) == 6:
        return QCoreApplication.translate("AuditPage", "Duty log {month}").format(month=f"{ident[:4]}-{ident[4:]}")
    if target == "closing:items":
        return QCoreApplication.translate("AuditPage", "Closing checklist items")
    if kind == "closing":
        return QCoreApplication.translate("AuditPage", "Closing of {day}").format(day=ident)
    if kind == "closing_month" and ident.isdigit() and len(ident) == 6:
        return QCoreApplication.translate("AuditPage", "Closing record {month}").format(
            month=f"{ident[:4]}-{ident[4:]}")
    return target


class AuditModel(RowsModel):
    TIME, PERSON, ACTION, TARGET, DETAILS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: dict[str, User] = {}
        self._ids: dict[int, User] = {}

    def set_entries(self, entries: list[AuditEntry], users: list[User]) -> None:
        self._people = {u.username: u for u in users}
        self._ids = {u.id: u for u in users}
        self.set_rows(entries)

    def clear(self) -> None:
        self.set_entries([], [])

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Person"), self.tr("Action"), self.tr("Concerns"), self.tr("Details"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == SORT_ROLE:
            return entry.seq if col == self.TIME else self._text(entry, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.DETAILS and entry.detail:
                return f"<p>{html.escape(self._text(entry, col))}</p>"
            if col == self.ACTION:
                return entry.action
        if role == Qt.ItemDataRole.ForegroundRole and entry.action in _WARNING_ACTIONS:
            return WARNING_COLOUR
        return None

    def _text(self, entry: AuditEntry, col: int) -> str:
        if col == self.TIME:
            return entry.ts.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if col == self.PERSON:
            return person_label(entry.actor, self._people)
        if col == self.ACTION:
            return action_label(entry.action)
        if col == self.TARGET:
            return target_label(entry.target, self._ids)
        return format_detail(entry.action, entry.detail, self._ids)


class AcknowledgeAlertDialog(QDialog):
    """The supervisor writes down what was found before the alert is lifted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeAlertDialog")
        self.setWindowTitle(self.tr("Confirm the integrity alert"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        text = QLabel(self.tr(
            "Confirm only after you have found out what happened — for example a backup "
            "that was restored on purpose. Describe it below; the note is kept in the audit "
            "log. From then on the records as they are now count as the reference."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("acknowledgeNote")
        self.note.setPlaceholderText(self.tr("What happened, who checked it, and why the records "
                                             "can be trusted (required)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(110)
        layout.addWidget(self.note)
        row, self.cancel_button, self.confirm_button = dialog_buttons(
            self, self.tr("Confirm checked"), self.accept, action_name="confirmAcknowledge")
        self.confirm_button.setEnabled(False)
        self.note.textChanged.connect(self._note_changed)
        layout.addLayout(row)
        self.note.setFocus()

    def _note_changed(self) -> None:
        self.confirm_button.setEnabled(bool(self.note_text()))

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class AuditPage(Page):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._page = 0
        self._generation = 0  # bumped on lock: late background results are dropped
        self._checking = False
        self.acknowledge_dialog: AcknowledgeAlertDialog | None = None

        layout = self.page_column()
        layout.addWidget(self._build_alert())
        layout.addLayout(self._build_filters())

        self.model = AuditModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("auditTable", self.proxy, self, sort_column=AuditModel.TIME,
                                 order=Qt.SortOrder.DescendingOrder, single_selection=False, row_height=28)
        layout.addWidget(self.table, 1)

        paging = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageLabel")
        self.count_label.setStyleSheet(HINT_STYLE)
        paging.addWidget(self.count_label)
        paging.addStretch(1)
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.previous_button.setObjectName("previousPage")
        self.previous_button.setToolTip(self.tr("Newer entries"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.next_button.setObjectName("nextPage")
        self.next_button.setToolTip(self.tr("Older entries"))
        self.next_button.clicked.connect(self.next_page)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout.addLayout(paging)
        layout.addLayout(self._build_integrity())
        self._update_paging(0, False)

    # -- building --------------------------------------------------------------
    def _build_alert(self) -> QFrame:
        self.alert = QFrame(self)
        self.alert.setObjectName("auditAlert")
        self.alert.setStyleSheet(ALERT_STYLE)
        box = QVBoxLayout(self.alert)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        title = QLabel(self.tr("Integrity alert: the records may have been replaced"))
        title.setStyleSheet("font-size: 13pt; font-weight: 700;")
        box.addWidget(title)
        explain = QLabel(self.tr(
            "At login CounselRoom found that the database is not the one this computer "
            "remembers: an older copy may have been put back, or the history was changed "
            "outside the application. Find out what happened (was a backup restored? who had "
            "access to this computer?) before you rely on the records."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.alert_findings = QLabel()
        self.alert_findings.setObjectName("alertFindings")
        self.alert_findings.setWordWrap(True)
        self.alert_findings.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.alert_findings)
        row = QHBoxLayout()
        row.addStretch(1)
        self.acknowledge_button = QPushButton(self.tr("Confirm checked…"))
        self.acknowledge_button.setObjectName("acknowledgeAlert")
        self.acknowledge_button.setToolTip(self.tr("Record what you found and lift the alert"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row.addWidget(self.acknowledge_button)
        box.addLayout(row)
        self.alert.hide()
        return self.alert

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("personFilter")
        self.person_combo.setMinimumContentsLength(12)
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("actionFilter")
        self.action_combo.setMinimumContentsLength(16)
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._reset_combos()
        day = self.ctx.session.today()
        today = QDate(day.year, day.month, day.day)
        self.since_edit = self._date_edit("sinceDate", today.addDays(-DEFAULT_DAYS))
        self.until_edit = self._date_edit("untilDate", today)
        self.until_edit.setToolTip(self.tr("Entries of this day are included"))
        for label, widget in ((self.tr("Person"), self.person_combo),
                              (self.tr("Action"), self.action_combo),
                              (self.tr("From"), self.since_edit),
                              (self.tr("To"), self.until_edit)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(8)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("searchButton")
        self.search_button.setToolTip(self.tr("Search again, including entries added since"))
        self.search_button.clicked.connect(self._filters_changed)
        row.addWidget(self.search_button)
        row.addStretch(1)
        self.person_combo.currentIndexChanged.connect(self._filters_changed)
        self.action_combo.currentIndexChanged.connect(self._filters_changed)
        self.since_edit.dateChanged.connect(self._since_changed)
        self.until_edit.dateChanged.connect(self._until_changed)
        return row

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _build_integrity(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check integrity"), self)
        self.check_button.setObjectName("checkIntegrity")
        self.check_button.setToolTip(self.tr(
            "Check that the database is undamaged and that no audit entry was changed, "
            "removed or rolled back. This can take a while on a large database."))
        self.check_button.clicked.connect(self.check_integrity)
        row.addWidget(self.check_button)
        row.addStretch(1)
        column.addLayout(row)
        # A direct child of a box layout, so its wrapped lines all get room.
        self.integrity_result = QLabel(self)
        self.integrity_result.setObjectName("integrityResult")
        self.integrity_result.setWordWrap(True)
        self.integrity_result.setTextFormat(Qt.TextFormat.RichText)
        self.integrity_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.integrity_result.hide()
        column.addWidget(self.integrity_result)
        return column

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Audit log")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return user.is_supervisor

    def refresh(self) -> None:
        self._show_alert()
        self._fill_combos()
        self._load()

    def clear_sensitive(self) -> None:
        self._generation += 1
        self._checking = False
        self.check_button.setEnabled(True)
        self.unsetCursor()
        if self.acknowledge_dialog is not None:
            self.acknowledge_dialog.note.clear()
            self.acknowledge_dialog.reject()
        self.model.clear()
        self._reset_combos()
        self.alert_findings.clear()
        self.alert.hide()
        self.integrity_result.clear()
        self.integrity_result.hide()
        self._page = 0
        self._update_paging(0, False)
        self.count_label.clear()

    # -- filters ---------------------------------------------------------------
    def _service(self) -> AuditService:
        return AuditService(self.ctx.session)

    def _reset_combo(self, combo: QComboBox) -> None:
        everything = self.tr("Everyone") if combo is self.person_combo else self.tr("All actions")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        combo.blockSignals(False)

    def _reset_combos(self) -> None:
        self._reset_combo(self.person_combo)
        self._reset_combo(self.action_combo)

    def _fill_combos(self) -> None:
        try:
            service = self._service()
            actors, actions = service.actors(), service.actions()
            people = {u.username: u for u in self._users()}
        except CounselRoomError as err:
            self.show_error(err)
            return
        for combo, items in ((self.person_combo, [(person_label(a, people), a) for a in actors]),
                             (self.action_combo, [(action_label(a), a) for a in actions])):
            keep = combo.currentData()
            self._reset_combo(combo)
            combo.blockSignals(True)
            for label, value in sorted(items, key=lambda item: item[0].casefold()):
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
            combo.blockSignals(False)

    def _since_changed(self, value: QDate) -> None:
        if value > self.until_edit.date():
            self.until_edit.blockSignals(True)
            self.until_edit.setDate(value)
            self.until_edit.blockSignals(False)
        self._filters_changed()

    def _until_changed(self, value: QDate) -> None:
        if value < self.since_edit.date():
            self.since_edit.blockSignals(True)
            self.since_edit.setDate(value)
            self.since_edit.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self._page = 0
        self._load()

    def current_filter(self) -> AuditFilter:
        since = self.since_edit.date().toPython()
        until = self.until_edit.date().toPython() + timedelta(days=1)  # the whole "to" day
        return AuditFilter(actor=self.person_combo.currentData(), action=self.action_combo.currentData(),
                           since=_local_midnight(since), until=_local_midnight(until),
                           limit=PAGE_SIZE + 1, offset=self._page * PAGE_SIZE)

    # -- results ---------------------------------------------------------------
    def _users(self) -> list[User]:
        return AccountService(self.ctx.session).list()

    def _load(self) -> None:
        try:
            entries = self._service().search(self.current_filter())
            users = self._users()
        except CounselRoomError as err:
            self.model.clear()
            self._update_paging(0, False)
            self.show_error(err)
            return
        more = len(entries) > PAGE_SIZE
        self.model.set_entries(entries[:PAGE_SIZE], users)
        self.table.resizeColumnsToContents()
        for col in range(AuditModel.DETAILS):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 20, 320))
        self._update_paging(len(entries[:PAGE_SIZE]), more)

    # Bound methods, not lambdas: a lambda holding ``self`` keeps the page alive forever.
    def previous_page(self) -> None:
        self._go(-1)

    def next_page(self) -> None:
        self._go(+1)

    def _go(self, step: int) -> None:
        self._page = max(0, self._page + step)
        self._load()
        self.table.scrollToTop()

    def _update_paging(self, shown: int, more: bool) -> None:
        first = self._page * PAGE_SIZE + 1
        if shown:
            self.count_label.setText(self.tr("Entries {first}–{last}{more}").format(
                first=first, last=first + shown - 1, more=self.tr(", more on the next page") if more else ""))
        else:
            self.count_label.setText(self.tr("No entries match these filters."))
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(more)

    # -- integrity -------------------------------------------------------------
    def check_integrity(self) -> None:
        if self._checking:
            return
        service, generation = self._service(), self._generation
        self._checking = True
        self.check_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_result(HINT_STYLE, self.tr("Checking the database and the audit log…"))

        def finish() -> bool:
            if generation != self._generation:
                return False
            self._checking = False
            self.check_button.setEnabled(True)
            self.unsetCursor()
            return True

        def done(findings: list[Finding]) -> None:
            if finish():
                # Recorded here, on the GUI thread's connection; the check itself
                # ran on a connection of its own.
                service.record_check(findings)
                self._show_findings(findings)
                self._load()

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, CounselRoomError):
                self._show_result(PROBLEM_STYLE, html.escape(error_text(exc)))
            else:
                self._show_result(PROBLEM_STYLE, html.escape(message("error")))
                report_unexpected(exc)

        run_in_background(service.find_problems, done, failed)

    def _show_findings(self, findings: list[Finding]) -> None:
        checked = self.ctx.session.wall_now().strftime("%H:%M")
        if not findings:
            self._show_result(SOUND_STYLE, "<b>{}</b> {}".format(
                html.escape(self.tr("All sound.")),
                html.escape(self.tr("The database is undamaged and the audit log is complete and "
                                    "unchanged (checked at {time}).").format(time=checked))))
            return
        self._show_result(PROBLEM_STYLE, "<b>{}</b><br>{}<br>{}".format(
            html.escape(self.tr("Problems found (checked at {time}):").format(time=checked)),
            _bullets(findings),
            html.escape(self.tr("Keep this computer as it is and contact whoever looks after it; "
                                "a backup may be needed."))))

    def _show_result(self, style: str, rich_text: str) -> None:
        self.integrity_result.setStyleSheet(style)
        self.integrity_result.setText(rich_text)
        self.integrity_result.show()

    # -- integrity alert from login --------------------------------------------
    def _show_alert(self) -> None:
        try:
            pending = self._service().alert_pending
        except CounselRoomError:
            pending = False
        if not pending:
            self.alert.hide()
            return
        findings = list(self.ctx.session.findings)
        self.alert_findings.setText(_bullets(findings))
        self.alert_findings.setVisible(bool(findings))
        self.alert.show()

    def acknowledge(self) -> None:
        self.acknowledge_dialog = AcknowledgeAlertDialog(self)
        # Bound methods, not closures: see AccountsPage._open.
        self.acknowledge_dialog.accepted.connect(self._acknowledged)
        self.acknowledge_dialog.finished.connect(self._acknowledge_closed)
        self.acknowledge_dialog.open()

    def _acknowledged(self) -> None:
        note = self.sender().note_text()
        try:
            self._service().acknowledge_alert(note)
        except CounselRoomError as err:
            self.show_error(err)
            return
        self.refresh()
        self._show_result(SOUND_STYLE, html.escape(self.tr(
            "The alert is confirmed and your note is in the audit log.")))

    def _acknowledge_closed(self) -> None:
        self.sender().deleteLater()
        self.acknowledge_dialog = None


def _bullets(findings: list[Finding]) -> str:
    return "<br>".join(f"•&nbsp;{html.escape(finding_text(f))}" for f in findings)


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()
