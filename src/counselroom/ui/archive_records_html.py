"""An archived client's records as escaped HTML for the archive viewer: cases with their
visit records and addenda (late ones marked), tests, crises, referrals and contacts, then consents,
appointments, the client's 重点关注 register entries with their changes, and screening sheets.
Qt rich text only (tables and font colours)."""

from __future__ import annotations

import html
from datetime import date, datetime, time

from PySide6.QtCore import QObject

from counselroom.domain.appointments import Appointment
from counselroom.domain.care_register import Level, LevelWording, Status as RegisterStatus, level_words
from counselroom.domain.clients import Client, ClientType
from counselroom.domain.consent import Consent
from counselroom.domain.contacts import Contact
from counselroom.domain.crisis import Crisis, CrisisStatus, StepState
from counselroom.domain.referrals import Referral
from counselroom.domain.scales import ScaleDefinition, TestRecord, TestStatus
from counselroom.domain.screening import HistoryEntry, hit_label
from counselroom.domain.visits import Visit
from counselroom.ui.dialogs.case_dialogs import satisfaction_label
from counselroom.ui.labels import label_of, risk_grade
from counselroom.ui.models.screening_models import number_text
from counselroom.ui.styles import (
    ARCHIVE_BG, ERROR_INK, ERROR_TINT, HINT_INK, INFO_TINT, OK_INK, PANEL_BG, PENDING_INK, RECORD_HEAD_BG,
)
from counselroom.ui.widgets.crisis_panel import local_text


# Colours of the record view (Qt rich text: tables and font colours only).
HEAD_FILL = RECORD_HEAD_BG
VISIT_FILL = PANEL_BG
DRAFT_COLOUR = PENDING_INK
SIGNED_COLOUR = OK_INK
RISK_COLOUR = ERROR_INK
MUTED = HINT_INK
LATE_FILL = ARCHIVE_BG
CRISIS_FILL = ERROR_TINT
STEP_COLOURS = {StepState.PENDING: DRAFT_COLOUR, StepState.DONE: SIGNED_COLOUR, StepState.NOT_APPLICABLE: MUTED}
ADDENDUM_FILL = INFO_TINT


def esc(text: str) -> str:
    """An already translated or recorded text, escaped for the HTML view (line breaks kept)."""
    return html.escape(text or "").replace("\n", "<br>")


def _day(day: date | None) -> str:
    return day.isoformat() if day else "—"


def _clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value else "--:--"


def _moment(value: datetime | None) -> str:
    return local_text(value) if value is not None else "—"


def exported_text(value: str) -> str:
    """The manifest's export time (ISO, UTC) on this computer's clock."""
    try:
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return value


def class_text(client: Client) -> str:
    return f"{client.grade}{client.class_name}".strip()


class HtmlDoc:
    """Builds the HTML of a read-only view; values passed in are escaped already."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def heading(self, level: int, text: str) -> None:
        self.add(f"<h{level} style='margin-top: 14px; margin-bottom: 4px;'>{esc(text)}</h{level}>")

    def muted(self, text: str) -> None:
        self.add(f"<p style='color: {MUTED}; margin: 2px 0 6px 0;'>{esc(text)}</p>")

    def fields(self, rows: list[tuple[str, str]], fill: str = "") -> None:
        """A two-column table of label and value (values are HTML); empty values are left out."""
        shown = [(label, value) for label, value in rows if value]
        if not shown:
            return
        bg = f" bgcolor='{fill}'" if fill else ""
        cells = "".join(
            f"<tr><td width='20%' style='color: {MUTED}; padding: 3px 10px 3px 6px;'>{esc(label)}</td>"
            f"<td style='padding: 3px 6px;'>{value}</td></tr>" for label, value in shown)
        self.add(f"<table width='100%' cellspacing='0' cellpadding='0'{bg}>{cells}</table>")

    def table(self, headers: tuple[str, ...], rows: list[str]) -> None:
        """A table with a header row; ``rows`` are ``<tr>`` markup."""
        head = "".join(f"<th align='left' style='padding: 3px 8px;'>{esc(h)}</th>" for h in headers)
        self.add(f"<table width='100%' cellspacing='0' cellpadding='0'><tr bgcolor='{VISIT_FILL}'>{head}</tr>"
                 f"{''.join(rows)}</table>")

    def html(self) -> str:
        return "".join(self.parts)


def _row(cells: tuple[str, ...]) -> str:
    return "<tr>" + "".join(f"<td style='padding: 3px 8px;'>{c}</td>" for c in cells) + "</tr>"


class RecordsHtml(QObject):
    """Everything the archive holds on one client (``ArchivedClientRecords``) as HTML, grouped by case."""

    def __init__(self, language: str, participants: dict[int, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.participants = participants or {}

    def render(self, records) -> str:
        out = HtmlDoc()
        client = records.client
        out.add(f"<h2 style='margin: 0 0 4px 0;'>{esc(client.name)} "
                f"<span style='color: {MUTED}; font-weight: normal;'>{esc(client.case_no)}</span></h2>")
        about = [label_of(client.gender)]
        if client.birth_date:
            about.append(self.tr("born {date}").format(date=client.birth_date.isoformat()))
        kind = label_of(client.client_type)
        if client.client_type is ClientType.STUDENT and class_text(client):
            kind = f"{kind} {class_text(client)}"
        about.append(kind)
        out.muted(" · ".join(about))
        guardian = client.guardian_name + (f" ({client.guardian_contact})" if client.guardian_contact else "")
        referred = label_of(client.referral_source) + (
            f" — {client.referral_note}" if client.referral_note else "")
        out.fields([
            (self.tr("Student no."), esc(client.student_no)),
            (self.tr("Contact"), esc(client.contact)),
            (self.tr("Guardian"), esc(guardian.strip())),
            (self.tr("Referred by"), esc(referred)),
            (self.tr("Notes"), esc(client.notes)),
        ])

        if not records.cases:
            out.heading(3, self.tr("Cases"))
            out.muted(self.tr("No case of this client is in this archive."))
        for archived in records.cases:
            self._case(out, archived, records.late_addenda)

        out.add("<hr>")
        out.heading(3, self.tr("Consents"))
        if not records.consents:
            out.muted(self.tr("No consent of this client is in this archive."))
        for consent in records.consents:
            self._consent(out, consent)

        out.heading(3, self.tr("Appointments"))
        if not records.appointments:
            out.muted(self.tr("No appointment of this client is in this archive."))
        else:
            self._appointments(out, records.appointments)
        # Shown only where the archive holds some: most clients are on no register and in no screening.
        if records.register:
            out.add("<hr>")
            out.heading(3, self.tr("Attention register (重点关注)"))
            for archived in records.register:
                self._register_entry(out, archived)
        if records.screening:
            out.add("<hr>")
            out.heading(3, self.tr("Screening (心理普查)"))
            for history in records.screening:
                self._screening_sheet(out, history, records.scales.get(history.sheet.scale_id))
        return out.html()

    # -- a case and what belongs to it ------------------------------------------------------------
    def _case(self, out: HtmlDoc, archived, late: dict[int, str]) -> None:
        case = archived.case
        out.add("<hr>")
        title = self.tr("Case {number}").format(number=case.number)
        counsellor = self.tr("Counsellor: {name}").format(name=archived.counsellor or "—")
        out.add(f"<table width='100%' cellspacing='0' cellpadding='6' bgcolor='{HEAD_FILL}'><tr>"
                f"<td><span style='font-size: 13pt; font-weight: 600;'>{esc(title)}</span> &nbsp; "
                f"{esc(label_of(case.status))}</td>"
                f"<td align='right'>{esc(counsellor)}</td></tr></table>")
        problem = label_of(case.category) + (f" — {case.reason}" if case.reason else "")
        rows = [(self.tr("Opened"), esc(_day(case.opened_on))),
                (self.tr("Closed"), esc(_day(case.closed_on)) if case.closed_on else ""),
                (self.tr("Problem"), esc(problem)),
                (self.tr("Plan"), esc(case.plan))]
        if case.closed_on:
            rows += [(self.tr("Outcome"), esc(label_of(case.outcome)) if case.outcome else ""),
                     (self.tr("Satisfaction"), esc(satisfaction_label(case.satisfaction))),
                     (self.tr("Closing summary"), esc(case.closing_summary))]
        out.fields(rows)

        out.heading(4, self.tr("Visit records ({count})").format(count=len(archived.visits)))
        if not archived.visits:
            out.muted(self.tr("No visit record of this case is in this archive."))
        for visit in archived.visits:
            self._visit(out, visit, late)
        if archived.tests:
            out.heading(4, self.tr("Tests ({count})").format(count=len(archived.tests)))
            self._tests(out, archived.tests)
        if archived.crises:
            out.heading(4, self.tr("Crises ({count})").format(count=len(archived.crises)))
            for crisis in archived.crises:
                self._crisis(out, crisis)
        if archived.referrals:
            out.heading(4, self.tr("Referrals ({count})").format(count=len(archived.referrals)))
            for referral in archived.referrals:
                self._referral(out, referral)
        if archived.contacts:
            out.heading(4, self.tr("Contacts with family and school ({count})").format(count=len(archived.contacts)))
            for contact in archived.contacts:
                self._contact(out, contact)

    def _visit(self, out: HtmlDoc, visit: Visit, late: dict[int, str]) -> None:
        c = visit.content
        head = self.tr("Session {no}").format(no=visit.session_no)
        when = f"{_day(c.visit_date)} {_clock(c.start)}–{_clock(c.end)}"
        if visit.signed:
            signed = self.tr("Signed {time}").format(time=_moment(visit.signed_at))
            state = f"<span style='color: {SIGNED_COLOUR};'>{esc(signed)}</span>"
        else:
            draft = self.tr("Draft, never signed")
            state = f"<span style='color: {DRAFT_COLOUR}; font-weight: 600;'>{esc(draft)}</span>"
        kind = label_of(c.kind)
        out.add(f"<table width='100%' cellspacing='0' cellpadding='5' style='margin-top: 8px;'><tr>"
                f"<td bgcolor='{VISIT_FILL}'><b>{esc(head)}</b> · {esc(when)} · {esc(kind)}</td>"
                f"<td bgcolor='{VISIT_FILL}' align='right'>{state}</td></tr></table>")
        flags = [text for on, text in ((c.risk_self_harm, self.tr("risk to self")),
                                       (c.risk_harm_others, self.tr("risk to others")),
                                       (c.risk_harmed_by_others, self.tr("at risk from others"))) if on]
        risk = label_of(c.risk) + (f" ({', '.join(flags)})" if flags else "")
        risk_html = (f"<span style='color: {RISK_COLOUR}; font-weight: 600;'>{esc(risk)}</span>"
                     if c.risk.needs_crisis else esc(risk))
        names = [self.participants.get(p) or self.tr("Client #{id}").format(id=p) for p in c.participants]
        out.fields([
            (self.tr("Presenting issue"), esc(c.presenting_issue)),
            (self.tr("Complaint"), esc(c.complaint)),
            (self.tr("Process"), esc(c.process)),
            (self.tr("Assessment"), esc(c.assessment)),
            (self.tr("Next steps"), esc(c.plan)),
            (self.tr("Risk"), risk_html),
            (self.tr("Also present"), esc("、".join(names))),
            (self.tr("Next appointment"),
             esc(c.next_appointment.strftime("%Y-%m-%d %H:%M")) if c.next_appointment else ""),
        ])
        for addendum in visit.addenda:
            late_quarter = late.get(addendum.id)
            if late_quarter:
                label = self.tr("Late addendum (补记), signed after quarter {quarter} was archived").format(
                    quarter=late_quarter)
                fill = LATE_FILL
            else:
                label = self.tr("Addendum")
                fill = ADDENDUM_FILL
            by = self.tr("{name}, {time}").format(name=addendum.author_name, time=_moment(addendum.signed_at))
            out.add(f"<table width='100%' cellspacing='0' cellpadding='5' bgcolor='{fill}' "
                    f"style='margin-top: 4px;'><tr><td><b>{esc(label)}</b> · "
                    f"<span style='color: {MUTED};'>{esc(by)}</span><br>{esc(addendum.text)}</td></tr></table>")

    def _tests(self, out: HtmlDoc, tests: list[TestRecord]) -> None:
        rows = []
        for test in tests:
            band = test.result.band if test.result is not None else None
            if band is None and test.band_id:
                band = next((b for b in test.definition.bands if b.id == test.band_id), None)
            yes = self.tr("Yes")
            critical = (f"<span style='color: {RISK_COLOUR}; font-weight: 600;'>{esc(yes)}</span>"
                        if test.critical else esc(self.tr("No")))
            status = self.tr("Signed") if test.status is TestStatus.SIGNED else self.tr("Draft, never signed")
            total = "—" if test.total is None else str(test.total)
            rows.append(_row((esc(test.definition.name.get(self.language)), esc(_day(test.administered_on)),
                              esc(total), esc(band.label.get(self.language)) if band else "—", critical,
                              esc(status))))
            if test.interpretation:
                interpretation = self.tr("Interpretation: {text}").format(text=test.interpretation)
                rows.append(f"<tr><td colspan='6' style='padding: 0 8px 4px 8px; color: {MUTED};'>"
                            f"{esc(interpretation)}</td></tr>")
        out.table((self.tr("Scale"), self.tr("Date"), self.tr("Total"), self.tr("Band"), self.tr("Critical answer"),
                   self.tr("Status")), rows)

    def _crisis(self, out: HtmlDoc, crisis: Crisis) -> None:
        state = self.tr("Open") if crisis.status is CrisisStatus.OPEN else self.tr("Closed {time}").format(
            time=_moment(crisis.closed_at))
        source = ""
        if crisis.visit_no:
            source = self.tr("from visit record {no} of {date}").format(no=crisis.visit_no,
                                                                         date=_day(crisis.visit_date))
        elif crisis.test_id:
            source = self.tr("from the {scale} test of {date}").format(scale=crisis.test_scale or crisis.test_scale_code,
                                                                        date=_day(crisis.test_date))
        elif crisis.report is not None:
            source = self.tr("reported by {who}").format(who=crisis.report.reporter or label_of(crisis.report.source))
        opened = self.tr("opened {time}").format(time=_moment(crisis.opened_at))
        out.add(f"<table width='100%' cellspacing='0' cellpadding='5' style='margin-top: 6px;'><tr>"
                f"<td bgcolor='{CRISIS_FILL}'><span style='color: {RISK_COLOUR}; font-weight: 600;'>"
                f"{esc(risk_grade(crisis.risk))}</span> · {esc(opened)}"
                f"{' · ' + esc(source) if source else ''}</td>"
                f"<td bgcolor='{CRISIS_FILL}' align='right'>{esc(state)}</td></tr></table>")
        rows = []
        for step in crisis.steps:
            parts = []
            if step.state is StepState.DONE:
                parts += [p for p in (_moment(step.done_at) if step.done_at else "", step.done_by, step.contact,
                                      step.method, step.note) if p]
                if step.follow_up_dates:
                    parts.append(", ".join(d.isoformat() for d in step.follow_up_dates))
            elif step.state is StepState.NOT_APPLICABLE and step.reason:
                parts.append(step.reason)
            state = (f"<span style='color: {STEP_COLOURS[step.state]}; font-weight: 600;'>"
                     f"{esc(label_of(step.state))}</span>")
            rows.append((label_of(step.step), " · ".join([state] + [esc(p) for p in parts])))
        if crisis.report is not None:
            report = crisis.report
            reporter = " · ".join(p for p in (label_of(report.source), report.reporter, report.reporter_contact) if p)
            rows[:0] = [(self.tr("Reported"), esc(f"{report.reported_at:%Y-%m-%d %H:%M} · {reporter}")),
                        (self.tr("What was reported"), esc(report.report))]
        rows.append((self.tr("Closing note"), esc(crisis.closing_note)))
        out.fields(rows)

    def _referral(self, out: HtmlDoc, referral: Referral) -> None:
        consent = (self.tr("Given on {date}").format(date=_day(referral.consent_on)) if referral.guardian_consent
                   else self.tr("Not recorded"))
        feedback = referral.feedback + (f" ({_day(referral.feedback_on)})" if referral.feedback_on else "")
        institution = f"<b>{esc(referral.institution)}</b>" + (
            f" · {esc(referral.contact)}" if referral.contact else "")
        out.fields([
            (self.tr("Referred to"), institution),
            (self.tr("Referred on"), esc(_day(referral.referred_on))),
            (self.tr("Reason"), esc(referral.reason)),
            (self.tr("Guardian's consent"), esc(consent)),
            (self.tr("Status"), esc(label_of(referral.status))),
            (self.tr("Follow-up"), esc(_day(referral.follow_up_on)) if referral.follow_up_on else ""),
            (self.tr("Feedback"), esc(feedback.strip())),
        ], fill=VISIT_FILL)

    def _contact(self, out: HtmlDoc, contact: Contact) -> None:
        who = f"{contact.contact_name} ({label_of(contact.relation)})"
        head = f"{contact.contacted_at:%Y-%m-%d %H:%M}" if contact.contacted_at else "—"
        out.add(f"<table width='100%' cellspacing='0' cellpadding='5' style='margin-top: 6px;'><tr>"
                f"<td bgcolor='{VISIT_FILL}'><b>{esc(who)}</b> · {esc(label_of(contact.method))}</td>"
                f"<td bgcolor='{VISIT_FILL}' align='right'>{esc(head)}</td></tr></table>")
        out.fields([
            (self.tr("What was said"), esc(contact.said)),
            (self.tr("Agreed"), esc(contact.agreed)),
            (self.tr("Contacted by"), esc(contact.staff_name)),
        ])

    # -- the register and screening ------------------------------------------------------------------
    def _level(self, level: Level) -> str:
        # The room's wording is a setting of the live database, not archived: the numbers are plain.
        return level_words(level, LevelWording.NUMBERS, self.language)

    def _register_entry(self, out: HtmlDoc, archived) -> None:
        entry = archived.entry
        if entry.status is RegisterStatus.OPEN:
            state = self.tr("On the register since {time}").format(time=_moment(entry.entered_at))
        else:
            state = self.tr("Off the register since {time}").format(time=_moment(entry.exited_at))
        out.add(f"<table width='100%' cellspacing='0' cellpadding='6' bgcolor='{HEAD_FILL}'><tr>"
                f"<td><span style='color: {RISK_COLOUR}; font-weight: 600;'>{esc(self._level(entry.level))}</span>"
                f" · {esc(label_of(entry.reason_category))}</td>"
                f"<td align='right'>{esc(state)}</td></tr></table>")
        source = label_of(entry.source) + (f" ({entry.source_ref})" if entry.source_ref else "")
        out.fields([
            (self.tr("Concern"), esc(entry.concern)),
            (self.tr("Source"), esc(source)),
            (self.tr("Responsible"), esc(entry.responsible_name)),
            (self.tr("Head teacher"), esc(entry.head_teacher)),
            (self.tr("Plan"), esc(entry.plan)),
            (self.tr("Next review"), esc(_day(entry.next_review)) if entry.next_review else ""),
            (self.tr("Reason for leaving"), esc(entry.exit_reason)),
        ])
        out.heading(4, self.tr("Changes in this archive ({count})").format(count=len(entry.changes)))
        rows = []
        for change in entry.changes:
            level = self._level(change.level)
            if change.level_before is not None and change.level_before is not change.level:
                level = f"{self._level(change.level_before)} → {level}"
            note = change.note
            if change.reviewed_on:
                note = self.tr("Reviewed on {date}").format(date=_day(change.reviewed_on)) + (
                    f": {note}" if note else "")
            rows.append(_row(tuple(esc(c) for c in (_moment(change.at), label_of(change.kind), level,
                                                     change.by_name, note))))
        out.table((self.tr("When"), self.tr("Change"), self.tr("Level"), self.tr("By"), self.tr("Note")), rows)
        if archived.contacts:
            out.heading(4, self.tr("Contacts with family and school ({count})").format(count=len(archived.contacts)))
            for contact in archived.contacts:
                self._contact(out, contact)

    def _screening_sheet(self, out: HtmlDoc, history: HistoryEntry, definition: ScaleDefinition | None) -> None:
        sheet = history.sheet
        scale = definition.name.get(self.language) if definition is not None else sheet.scale_code
        state = label_of(sheet.state)
        if sheet.alert:
            state += " · " + self.tr("crisis alert")
        colour = RISK_COLOUR if sheet.to_interview else MUTED
        out.add(f"<table width='100%' cellspacing='0' cellpadding='5' style='margin-top: 6px;'><tr>"
                f"<td bgcolor='{VISIT_FILL}'><b>{esc(history.campaign_name)}</b> · {esc(scale)}</td>"
                f"<td bgcolor='{VISIT_FILL}' align='right'><span style='color: {colour}; font-weight: 600;'>"
                f"{esc(state)}</span></td></tr></table>")
        band = next((b for b in definition.bands if b.id == sheet.band), None) if definition and sheet.band else None
        hits = "; ".join(f"{hit_label(hit, self.language)} ({number_text(hit.value)})"
                         for hit in sheet.positive_hits + sheet.invalid_hits)
        interview = history.interview
        rows = [
            (self.tr("Entered"), esc(self.tr("{time}, {how}, by {name}").format(
                time=_moment(sheet.entered_at), how=label_of(sheet.entered_how), name=sheet.entered_by_name))),
            (self.tr("Total"), esc(number_text(sheet.total))),
            (self.tr("Band"), esc(band.label.get(self.language)) if band else ""),
            (self.tr("Rules met"), esc(hits)),
        ]
        if interview is not None:
            held = (self.tr("invited {date}").format(date=_day(interview.invited_on))
                    + (", " + self.tr("interviewed {date}").format(date=_day(interview.interviewed_on))
                       if interview.interviewed_on else ""))
            rows += [(self.tr("Interview"), esc(f"{label_of(interview.state)} ({held})")),
                     (self.tr("Interview note"), esc(interview.note))]
        out.fields(rows)

    # -- the client's consents and appointments -------------------------------------------------------
    def _consent(self, out: HtmlDoc, consent: Consent) -> None:
        if consent.withdrawn_on:
            state = self.tr("Withdrawn on {date}").format(date=_day(consent.withdrawn_on))
            if consent.withdrawal_note:
                state += f": {consent.withdrawal_note}"
        else:
            state = self.tr("Valid")
        scan = esc(self.tr("No scan attached"))
        if consent.attachment_name:
            show = self.tr("Show the signed form")
            scan = (f"<a href='consent:{consent.id}'>{esc(show)}</a> "
                    f"<span style='color: {MUTED};'>({esc(consent.attachment_name)})</span>")
        given = self.tr("{who}, on {date}").format(who=label_of(consent.given_by), date=_day(consent.given_on))
        explained = self.tr("Explained") if consent.limits_explained else self.tr("Not recorded")
        out.fields([
            (self.tr("Consent to"), f"<b>{esc(label_of(consent.kind))}</b>"),
            (self.tr("Given by"), esc(given)),
            (self.tr("Scope"), esc(consent.scope)),
            (self.tr("Limits of confidentiality"), esc(explained)),
            (self.tr("State"), esc(state)),
            (self.tr("Signed form"), scan),
        ], fill=VISIT_FILL)
        out.add("<p style='margin: 2px;'></p>")

    def _appointments(self, out: HtmlDoc, appointments: list[Appointment]) -> None:
        rows = []
        for appointment in appointments:
            minutes = int((appointment.ends_at - appointment.starts_at).total_seconds() // 60)
            note = appointment.note + (f" — {appointment.cancel_reason}" if appointment.cancel_reason else "")
            rows.append(_row(tuple(esc(c) for c in (
                appointment.starts_at.strftime("%Y-%m-%d %H:%M"), str(minutes),
                label_of(appointment.status), appointment.counsellor_name, note.strip()))))
        out.table((self.tr("When"), self.tr("Minutes"), self.tr("Status"), self.tr("Counsellor"), self.tr("Note")),
                  rows)


def records_html(records, language: str, participants: dict[int, str] | None = None) -> str:
    """Everything the archive holds on one client (``ArchivedClientRecords``), as HTML."""
    return RecordsHtml(language, participants).render(records)


# -- the client list -----------------------------------------------------------------------------
