"""Audit events: what happened, who did it, to what."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class Action(str, Enum):
    SETUP = "setup"
    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    LOGOUT = "logout"
    LOCK = "session.lock"
    UNLOCK = "session.unlock"
    UNLOCK_FAILED = "session.unlock_failed"
    ACCOUNT_LOCKED = "account.locked"
    ACCOUNT_UNLOCKED = "account.unlocked"
    ACCOUNT_CREATED = "account.created"
    ACCOUNT_DISABLED = "account.disabled"
    ACCOUNT_ENABLED = "account.enabled"
    ACCOUNT_PASSWORD_RESET = "account.password_reset"
    PASSWORD_CHANGED = "account.password_changed"
    RECOVERY = "recovery"
    RECOVERY_CODE_RENEWED = "recovery.code_renewed"
    RECOVERY_SHEET_PRINTED = "recovery.sheet_printed"
    SETTINGS_CHANGED = "settings.changed"
    MIGRATION = "storage.migration"
    INTEGRITY_CHECK = "integrity.check"
    INTEGRITY_ALERT = "integrity.alert"
    INTEGRITY_ACKNOWLEDGED = "integrity.acknowledged"
    AUDIT_VIEWED = "audit.viewed"
    CLIENT_CREATED = "client.created"
    CLIENT_UPDATED = "client.updated"
    CLIENT_VIEWED = "client.viewed"
    CLIENT_DEACTIVATED = "client.deactivated"
    CLIENT_REACTIVATED = "client.reactivated"
    CLIENTS_IMPORTED = "client.imported"
    CASE_OPENED = "case.opened"
    CASE_UPDATED = "case.updated"
    CASE_VIEWED = "case.viewed"
    CASE_BREAK_GLASS = "case.break_glass"
    CASE_CLOSED = "case.closed"
    CASE_REOPENED = "case.reopened"
    CASE_REASSIGNED = "case.reassigned"
    CASE_SHARED = "case.shared"
    CASE_UNSHARED = "case.unshared"
    CASE_DEIDENTIFIED_OUTPUT = "case.deidentified_output"
    APPOINTMENT_BOOKED = "appointment.booked"
    APPOINTMENT_CHANGED = "appointment.changed"
    APPOINTMENT_STATUS = "appointment.status"
    VISIT_CREATED = "visit.created"
    VISIT_DRAFT_SAVED = "visit.draft_saved"
    VISIT_DRAFT_DISCARDED = "visit.draft_discarded"
    VISIT_VIEWED = "visit.viewed"
    VISIT_SIGNED = "visit.signed"
    VISIT_ADDENDUM = "visit.addendum"
    CRISIS_OPENED = "crisis.opened"
    CRISIS_STEP = "crisis.step"
    CRISIS_REVIEWED = "crisis.reviewed"
    CRISIS_CLOSED = "crisis.closed"
    REFERRAL_CREATED = "referral.created"
    REFERRAL_FEEDBACK = "referral.feedback"
    REFERRAL_CLOSED = "referral.closed"
    NOTES_SEARCHED = "notes.searched"
    DEMO_DATA = "demo.data"
    RECORD_PRINTED = "record.printed"
    CONSENT_RECORDED = "consent.recorded"
    CONSENT_ATTACHED = "consent.attached"
    CONSENT_VIEWED = "consent.viewed"
    CONSENT_WITHDRAWN = "consent.withdrawn"
    SCALE_INSTALLED = "scale.installed"
    SCALE_IMPORTED = "scale.imported"
    TEST_STARTED = "test.started"
    TEST_SAVED = "test.saved"
    TEST_DISCARDED = "test.discarded"
    TEST_VIEWED = "test.viewed"
    TEST_SIGNED = "test.signed"
    MATERIAL_ADDED = "material.added"
    MATERIAL_UPDATED = "material.updated"
    MATERIAL_STOCK_CHANGED = "material.stock_changed"
    MATERIAL_HANDED_OUT = "material.handed_out"
    MATERIAL_RETURNED = "material.returned"
    MATERIAL_MISSING = "material.missing"
    BACKUP_MADE = "backup.made"
    BACKUP_FAILED = "backup.failed"
    BACKUP_VERIFIED = "backup.verified"
    BACKUP_RESTORE_REFUSED = "backup.restore_refused"
    BACKUP_RESTORE_REPLACED = "backup.replaced_by_restore"
    BACKUP_RESTORED = "backup.restored"
    BACKUP_RESTORE_FAILED = "backup.restore_failed"
    CLOSING_SIGNED = "closing.signed"
    CLOSING_ITEMS_CHANGED = "closing.items_changed"
    DUTY_STARTED = "duty.started"
    DUTY_ENDED = "duty.ended"
    DUTY_RECORDED = "duty.recorded"
    DUTY_UPDATED = "duty.updated"
    DUTY_CORRECTED = "duty.corrected"
    DUTY_WITHDRAWN = "duty.withdrawn"
    ARCHIVE_EXPORT_STARTED = "archive.export_started"
    ARCHIVE_EXPORTED = "archive.exported"
    ARCHIVE_EXPORT_FAILED = "archive.export_failed"
    ARCHIVE_OPENED = "archive.opened"
    ARCHIVE_VERIFIED = "archive.verified"
    ARCHIVE_PRINTED = "archive.printed"
    ACTIVITY_RECORDED = "activity.recorded"
    ACTIVITY_UPDATED = "activity.updated"
    ACTIVITY_DELETED = "activity.deleted"
    ACTIVITY_FILE_ADDED = "activity.file_added"
    ACTIVITY_FILE_REMOVED = "activity.file_removed"
    ACTIVITY_FILE_VIEWED = "activity.file_viewed"
    ACTIVITY_FILE_OUTPUT = "activity.file_output"
    WORK_REPORT_SAVED = "work_report.saved"
    WORK_REPORT_SIGNED = "work_report.signed"
    WORK_REPORT_OUTPUT = "work_report.output"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: datetime
    actor_id: int | None
    actor: str
    action: str
    target: str = ""
    detail: dict[str, Any] = field(default_factory=dict)     # JSON: what the action concerned
    prev_mac: str = ""
    mac: str = ""


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 500
    offset: int = 0
