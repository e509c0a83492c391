"""The audit log in words: actions, the people and records they concern, and each entry's details."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.integrity import Finding
from counselroom.ui import i18n
from counselroom.ui.closing_text import check_title
from counselroom.ui.labels import label_of
from counselroom.ui.messages import finding_text, message

SYSTEM_ACTOR = "system"  # what the audit chain records when no account acted


def action_label(code: str) -> str:
    """A person's words for an action code; codes this version does not know stay raw."""
    try:
        return label_of(Action(code))
    except ValueError:
        return code


def _weekday(day: int) -> str:
    return (QCoreApplication.translate("AuditPage", "Mon"), QCoreApplication.translate("AuditPage", "Tue"),
            QCoreApplication.translate("AuditPage", "Wed"), QCoreApplication.translate("AuditPage", "Thu"),
            QCoreApplication.translate("AuditPage", "Fri"), QCoreApplication.translate("AuditPage", "Sat"),
            QCoreApplication.translate("AuditPage", "Sun"))[day]


def _key_label(key: str) -> str:
    return _key_labels(i18n.generation()).get(key, key)


@lru_cache(maxsize=2)
def _key_labels(_language: int) -> dict[str, str]:
    # Once per language, not per key shown: ~60 translations for each key cost 250 µs a row on the
    # Audit page (issue 15).
    return {
        "username": QCoreApplication.translate("AuditPage", "user name"),
        "unknown_user_name": QCoreApplication.translate("AuditPage", "user name that is no account (shown as a tag)"),
        "role": QCoreApplication.translate("AuditPage", "role"),
        "reason": QCoreApplication.translate("AuditPage", "reason"),
        "note": QCoreApplication.translate("AuditPage", "note"),
        "problems": QCoreApplication.translate("AuditPage", "problems"),
        "findings": QCoreApplication.translate("AuditPage", "findings"),
        "failed_attempts": QCoreApplication.translate("AuditPage", "failed attempts"),
        "room_name": QCoreApplication.translate("AuditPage", "room name"),
        "idle_lock_minutes": QCoreApplication.translate("AuditPage", "idle lock (minutes)"),
        "opening_hours": QCoreApplication.translate("AuditPage", "opening hours"),
        "output": QCoreApplication.translate("AuditPage", "output"),
        "version": QCoreApplication.translate("AuditPage", "version"),
        "recorded_at_next_login": QCoreApplication.translate("AuditPage", "recorded at the next login"),
        "user_names": QCoreApplication.translate("AuditPage", "different user names"),
        "device_secret_renewed": QCoreApplication.translate("AuditPage", "new computer key"),
        "database_restored": QCoreApplication.translate("AuditPage", "database restored"),
        "accounts_needing_reset": QCoreApplication.translate("AuditPage", "accounts needing a new password"),
        "anchor_findings": QCoreApplication.translate("AuditPage", "findings"),
        "case_no": QCoreApplication.translate("AuditPage", "case number"),
        "fields": QCoreApplication.translate("AuditPage", "fields"),
        "client_id": QCoreApplication.translate("AuditPage", "client"),
        "counsellor_id": QCoreApplication.translate("AuditPage", "counsellor"),
        "outcome": QCoreApplication.translate("AuditPage", "outcome"),
        "from": QCoreApplication.translate("AuditPage", "from"),
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
        "term_months": QCoreApplication.translate("AuditPage", "term months"),
        "suppression_k": QCoreApplication.translate("AuditPage", "smallest count printed in reports"),
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
    }


# Detail keys whose value is an account id, shown as the person's name.
_PERSON_KEYS = {"counsellor_id", "from", "to", "with", "staff", "on_duty"}


def _value_text(key: str, value) -> str:
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditPage", "yes") if value
                else QCoreApplication.translate("AuditPage", "no"))
    if value is None or value == [] or value == "":
        return QCoreApplication.translate("AuditPage", "none")
    if key == "role":
        try:
            return label_of(Role(value))
        except ValueError:
            return str(value)
    if key == "reason":
        known = {"manual": QCoreApplication.translate("AuditPage", "locked by hand"),
                 "idle": QCoreApplication.translate("AuditPage", "nobody used the computer")}
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
        return ", ".join(check_title(str(v)) for v in value)
    if key == "output":
        return {"print": QCoreApplication.translate("AuditPage", "printer"),
                "pdf": QCoreApplication.translate("AuditPage", "PDF file")}.get(value, str(value))
    if isinstance(value, dict):
        return ", ".join(f"{k} {_value_text(k, v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_value_text(key, v) for v in value)
    return str(value)


def _hours_change(old: dict, new: dict) -> str:
    """Only the weekdays whose hours changed: "Sat: closed → 09:00-12:00"."""
    def day_text(ranges) -> str:
        if not ranges:
            return QCoreApplication.translate("AuditPage", "closed")
        return ", ".join(f"{a}-{b}" for a, b in ranges)

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


def person_label(actor: str, people: dict[str, User]) -> str:
    if actor == SYSTEM_ACTOR:
        return QCoreApplication.translate("AuditPage", "System")
    user = people.get(actor)
    return f"{user.display_name} ({actor})" if user else actor


def person_by_id(user_id: int, people_by_id: dict[int, User]) -> str:
    user = people_by_id.get(user_id)
    if user is None:
        return QCoreApplication.translate("AuditPage", "Account #{id}").format(id=user_id)
    return f"{user.display_name} ({user.username})"


def target_label(target: str, people_by_id: dict[int, User]) -> str:
    kind, _, ident = target.partition(":")
    if kind == "user" and ident.isdigit():
        user = people_by_id.get(int(ident))
        if user is None:
            return person_by_id(int(ident), people_by_id)
        return QCoreApplication.translate("AuditPage", "Account {name}").format(
            name=f"{user.display_name} ({user.username})")
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
        return QCoreApplication.translate("AuditPage", "Duty log {month}").format(
            month=f"{ident[:4]}-{ident[4:]}")
    if target == "closing:items":
        return QCoreApplication.translate("AuditPage", "Closing checklist items")
    if kind == "closing":
        return QCoreApplication.translate("AuditPage", "Closing of {day}").format(day=ident)
    if kind == "closing_month" and ident.isdigit() and len(ident) == 6:
        return QCoreApplication.translate("AuditPage", "Closing record {month}").format(
            month=f"{ident[:4]}-{ident[4:]}")
    return target
