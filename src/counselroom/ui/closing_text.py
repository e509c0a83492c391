"""The closing checklist in words (闭室检查, R10): the data checks, the items and a signed closing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from counselroom.domain.closing import CheckId, ChecklistItem, Closing, DataCheck, ItemAnswer
from counselroom.domain.plural import plural
from counselroom.ui.labels import label_of


def weekday_name(day: date) -> str:
    return (QCoreApplication.translate("ClosingPage", "Mon"), QCoreApplication.translate("ClosingPage", "Tue"),
            QCoreApplication.translate("ClosingPage", "Wed"), QCoreApplication.translate("ClosingPage", "Thu"),
            QCoreApplication.translate("ClosingPage", "Fri"), QCoreApplication.translate("ClosingPage", "Sat"),
            QCoreApplication.translate("ClosingPage", "Sun"))[day.weekday()]


def check_title(check_id: str) -> str:
    """A data check's name; a check this version does not know shows its id."""
    try:
        return label_of(CheckId(check_id))
    except ValueError:
        return check_id


def _names(check: DataCheck) -> str:
    return QCoreApplication.translate("ClosingPage", ", ").join(check.names)


def check_detail(check: DataCheck) -> str:
    """What the check found, in one or two sentences: counts and who or what, no client."""
    c = check.count
    if check.id == CheckId.VISITS_SIGNED.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "Every visit record is signed.")
        text = plural(c("unsigned"),
                      QCoreApplication.translate("ClosingPage", "{count} visit record not signed: {names}."),
                      QCoreApplication.translate("ClosingPage", "{count} visit records not signed: {names}.")).format(
            count=c("unsigned"), names=_names(check))
        if c("earlier"):
            text += " " + QCoreApplication.translate("ClosingPage", "{count} of them from earlier days.").format(
                count=c("earlier"))
        return text
    if check.id == CheckId.APPOINTMENTS_RESOLVED.value:
        if check.passed:
            if not c("total"):
                return QCoreApplication.translate("ClosingPage", "No appointments today.")
            return plural(c("total"),
                          QCoreApplication.translate("ClosingPage", "The day's {count} appointment is settled."),
                          QCoreApplication.translate("ClosingPage", "All {count} appointments of the day are settled.")
                          ).format(count=c("total"))
        return plural(c("booked"), QCoreApplication.translate(
            "ClosingPage", "{count} appointment still only booked: {names}. Mark it attended, no-show or "
            "cancelled."), QCoreApplication.translate(
            "ClosingPage", "{count} appointments still only booked: {names}. Mark each attended, no-show or "
            "cancelled.")).format(count=c("booked"), names=_names(check))
    if check.id == CheckId.CRISES_REVIEWED.value:
        if check.passed:
            if not c("open"):
                return QCoreApplication.translate("ClosingPage", "No open crisis.")
            return plural(c("open"),
                          QCoreApplication.translate("ClosingPage", "The {count} open crisis was looked at today."),
                          QCoreApplication.translate("ClosingPage", "All {count} open crises were looked at today.")
                          ).format(count=c("open"))
        return plural(c("unreviewed"), QCoreApplication.translate(
            "ClosingPage", "{count} open crisis not reviewed today: {names}. Its counsellor reviews it on the "
            "Crises page."), QCoreApplication.translate(
            "ClosingPage", "{count} open crises not reviewed today: {names}. Their counsellor reviews them on "
            "the Crises page.")).format(count=c("unreviewed"), names=_names(check))
    if check.id == CheckId.MATERIALS_RETURNED.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "Every test material is back and the counts add up.")
        parts = []
        if c("out"):
            parts.append(plural(c("out"), QCoreApplication.translate("ClosingPage", "{count} copy still out"),
                                QCoreApplication.translate("ClosingPage", "{count} copies still out")).format(
                count=c("out")))
        if c("mismatched"):
            parts.append(plural(
                c("mismatched"),
                QCoreApplication.translate("ClosingPage", "{count} material whose counts do not add up"),
                QCoreApplication.translate("ClosingPage", "{count} materials whose counts do not add up")
            ).format(count=c("mismatched")))
        return QCoreApplication.translate("ClosingPage", "{what}: {names}.").format(
            what=QCoreApplication.translate("ClosingPage", "; ").join(parts), names=_names(check))
    if check.id == CheckId.DUTY_ENDED.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "Nobody is still on duty.")
        return QCoreApplication.translate(
            "ClosingPage", "Still on duty since: {names}. End the duty on the Duty page.").format(names=_names(check))
    if check.id == CheckId.BACKUP_MADE.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "The records were backed up today.")
        return QCoreApplication.translate(
            "ClosingPage", "No backup of the records today. The supervisor makes one under Settings → Backups.")
    if check.passed:
        return QCoreApplication.translate("ClosingPage", "Passes.")
    if check.names:
        return QCoreApplication.translate("ClosingPage", "Does not pass: {names}.").format(names=_names(check))
    return QCoreApplication.translate("ClosingPage", "Does not pass.")


def go_text(check_id: str) -> str:
    return {
        CheckId.VISITS_SIGNED.value: QCoreApplication.translate("ClosingPage", "Open visit records"),
        CheckId.APPOINTMENTS_RESOLVED.value: QCoreApplication.translate("ClosingPage", "Open appointments"),
        CheckId.CRISES_REVIEWED.value: QCoreApplication.translate("ClosingPage", "Open crises"),
        CheckId.MATERIALS_RETURNED.value: QCoreApplication.translate("ClosingPage", "Open test materials"),
        CheckId.BACKUP_MADE.value: QCoreApplication.translate("ClosingPage", "Open settings"),
        CheckId.DUTY_ENDED.value: QCoreApplication.translate("ClosingPage", "Open the duty log"),
    }.get(check_id, "")


def default_item_english(code: str) -> str:
    return {
        "windows": QCoreApplication.translate("ClosingPage", "Windows of every room closed"),
        "doors": QCoreApplication.translate("ClosingPage", "Doors of every room closed and locked"),
        "power": QCoreApplication.translate("ClosingPage", "Electrical equipment switched off"),
        "wiring": QCoreApplication.translate("ClosingPage", "No private wiring or extension leads"),
        "cabinet": QCoreApplication.translate("ClosingPage", "Records and test materials locked in the cabinet"),
        "tidy": QCoreApplication.translate("ClosingPage", "Room tidy, things back in their place"),
        "visitors": QCoreApplication.translate("ClosingPage", "No visitor or anyone else left in the rooms"),
    }.get(code, "")


def item_text(item: ChecklistItem | ItemAnswer, language: str) -> str:
    """The room's own words; a default item still in its default (Chinese) words reads in English
    on an English screen."""
    if language.lower().startswith("en") and item.is_default_text:
        return default_item_english(item.code or "") or item.label
    return item.label


def closing_summary(closing: Closing) -> str:
    text = QCoreApplication.translate("ClosingPage", "Signed by {name} at {time}.").format(
        name=closing.signed_by_name, time=closing.signed_at.astimezone().strftime("%H:%M"))
    if closing.overridden:
        failed = len(closing.failed_checks)
        text += " " + plural(
            failed, QCoreApplication.translate("ClosingPage", "{count} check did not pass; the reason was kept."),
            QCoreApplication.translate("ClosingPage", "{count} checks did not pass; the reason was kept.")
        ).format(count=failed)
    return text


def closing_text(closing: Closing, language: str) -> str:
    """A signed closing as plain lines: what was ticked, what the records said, the reason."""
    lines = [f"{closing.day.isoformat()} ({weekday_name(closing.day)}) — {closing_summary(closing)}", "",
             QCoreApplication.translate("ClosingPage", "The room:")]
    lines += [f"  {'✓' if a.checked else '✗'} {item_text(a, language)}" for a in closing.items]
    lines += ["", QCoreApplication.translate("ClosingPage", "The records, when it was signed:")]
    lines += [f"  {'✓' if c.passed else '✗'} {check_title(c.id)} — {check_detail(c)}" for c in closing.checks]
    if closing.reason:
        lines += ["", QCoreApplication.translate("ClosingPage", "Reason: {reason}").format(reason=closing.reason)]
    return "\n".join(lines)
