"""Today (今日): the page the day starts on — who is here, what needs attention, and the day's work,
each item opening where the work is."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.scales import FLAG_DAYS
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.plural import plural
from counselroom.services.appointments import AppointmentService
from counselroom.services.closing import ClosingService
from counselroom.services.archive import ArchiveService
from counselroom.services.crisis import CrisisService
from counselroom.services.duty import DutyService
from counselroom.services.follow_ups import FollowUpKind, FollowUpService
from counselroom.services.keyslots import recovery_slot_finding
from counselroom.services.materials import MaterialService
from counselroom.services.my_cases import case_labels
from counselroom.services.permissions import Permissions
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService
from counselroom.ui.labels import label_of, risk_grade
from counselroom.ui.messages import finding_text
from counselroom.ui.pages.base import Page
from counselroom.ui.follow_up_text import kind_label
from counselroom.ui.styles import DUE_INK, ERROR_BG, ERROR_INK, FLAGGED_BG, HAIRLINE, NOTICE_BG
from counselroom.ui.widgets.duty_week_chart import duration_text
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.today_section import TodaySection


def _card(text: str, colour: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"background: {colour}; border-radius: 6px; padding: 10px 14px;")
    return label


def format_local(moment) -> str:
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, "yyyy-MM-dd HH:mm")


class HomePage(Page):
    key = "home"
    # (page key, record id or 0): the Today page's items open where the work is.
    open_requested = Signal(str, int)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(28, 24, 28, 24)
        self.layout_.setSpacing(14)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.layout_.addWidget(self.greeting)
        self.details = hint_label("", name="loginDetails")
        self.layout_.addWidget(self.details)
        self.notices = QVBoxLayout()
        self.layout_.addLayout(self.notices)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        self.appointments = self._section("todayAppointments", self.tr("Today's appointments"), "appointments",
                                          self.tr("Appointments"))
        self.drafts = self._section("todayDrafts", self.tr("Visit records awaiting signature"), "visits",
                                    self.tr("Visit records"))
        self.follow_ups = self._section("todayFollowUps", self.tr("Follow-ups due"), "followups",
                                        self.tr("Follow-ups"))
        self.materials = self._section("todayMaterials", self.tr("Test materials still out"), "materials",
                                       self.tr("Test materials"))
        self.duty = self._section("todayDuty", self.tr("Duty and this week's open hours"), "duty",
                                  self.tr("Duty log"))
        self.closing = self._section("todayClosing", self.tr("Closing checklist"), "closing",
                                     self.tr("Closing checklist"))
        self.layout_.addLayout(self.grid)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {HAIRLINE};")
        self.layout_.addWidget(line)
        self.security = hint_label(self.tr(
            "The records are encrypted on this computer. They lock by themselves when nobody "
            "uses the computer for a few minutes, and with the Lock button when you step away."))
        self.layout_.addWidget(self.security)
        self.layout_.addStretch(1)

    def _section(self, name: str, title: str, page_key: str, button: str) -> TodaySection:
        section = TodaySection(name, title, page_key, button, self)
        section.open_requested.connect(self.open_requested)
        self.grid.addWidget(section, self.grid.count() // 2, self.grid.count() % 2)
        return section

    def title(self) -> str:
        return self.tr("Today")

    def _clear_notices(self) -> None:
        while self.notices.count():
            item = self.notices.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.deleteLater()

    def refresh(self) -> None:
        session = self.ctx.session
        user = session.user
        self.greeting.setText(self.tr("Hello, {name}").format(name=user.display_name))
        today = session.today()
        parts = [self.tr("Logged in as {username} ({role}).").format(
            username=user.username, role=label_of(user.role))]
        if session.previous_login_at:
            parts.append(self.tr("Previous login: {when}.").format(
                when=format_local(session.previous_login_at)))
        self.details.setText(" ".join(parts))
        self._clear_notices()
        if session.failed_since_last_login:
            failed = session.failed_since_last_login
            self.notices.addWidget(_card(plural(
                failed, self.tr("{n} wrong password was tried on your account since your last login. If that "
                                "was not you, tell the supervisor."),
                self.tr("{n} wrong passwords were tried on your account since your last login. If that "
                        "was not you, tell the supervisor.")).format(n=failed), NOTICE_BG, "failedNotice"))
        if session.findings:
            lines = "\n".join(finding_text(f) for f in session.findings)
            advice = (self.tr("Check the Audit log page and acknowledge once you know why.")
                      if Permissions(session).can_administer() else self.tr("Tell the supervisor at once."))
            self.notices.addWidget(_card(
                self.tr("Integrity warning:") + "\n" + lines + "\n" + advice, ERROR_BG,
                "integrityNotice"))
        if Permissions(session).can_administer():
            self._recovery_notice()
            self._archive_notice()
        self._show_appointments(today)
        self._show_duty(today)
        clinical = may_see_clinical(user)
        for section in (self.drafts, self.follow_ups, self.materials, self.closing):
            section.setVisible(clinical)
        if clinical:
            self._clinical_notices()
            self._show_drafts()
            self._show_materials(today)
            self._show_closing()

    def _recovery_notice(self) -> None:
        """The printed recovery sheet can no longer open the records (slot missing or altered):
        a problem to fix now, not at the next check."""
        finding = recovery_slot_finding(self.ctx.session)
        if finding is not None:
            self.notices.addWidget(_card(finding_text(finding), ERROR_BG, "recoveryNotice"))

    def _archive_notice(self) -> None:
        """R12: the quarter that has ended waits for its archive until the supervisor makes it."""
        quarter = ArchiveService(self.ctx.session).due()
        if quarter is not None:
            self.notices.addWidget(_card(self.tr(
                "Quarter {quarter} has ended and is not archived yet. Archive it onto a USB drive on the "
                "Archive page.").format(quarter=str(quarter)), NOTICE_BG, "archiveNotice"))

    def _clinical_notices(self) -> None:
        """R7: open crises are shown at every start; with them, what is due."""
        session = self.ctx.session
        crises = CrisisService(session).open_crises()
        if crises:
            lines = [self.tr("{case_no} {name}: {risk}, steps open: {pending}, since {since}").format(
                case_no=c.client_case_no, name=c.client_name, risk=risk_grade(c.risk), pending=len(c.pending),
                since=format_local(c.opened_at)) for c in crises[:8]]
            if len(crises) > 8:
                lines.append(self.tr("… and {n} more").format(n=len(crises) - 8))
            self.notices.addWidget(_card(self.tr("Open crises ({n}):").format(n=len(crises)) + "\n"
                                         + "\n".join(lines), ERROR_BG, "crisisNotice"))
        self._flagged_notice()
        due = [item for item in FollowUpService(session).due() if item.kind is not FollowUpKind.UNSIGNED_RECORD]
        self.follow_ups.show_rows(
            [(f"{item.due.isoformat()}  {item.client_name} ({item.case_no}) · {kind_label(item)}", 0)
             for item in due],
            empty=self.tr("Nothing due."), colour=ERROR_INK if due else "",
            more=self.tr("{n} in all.").format(n=len(due)) if len(due) > 6 else "")

    def _show_appointments(self, today) -> None:
        booked = AppointmentService(self.ctx.session).day(today)
        rows = [(self.tr("{start}–{end}  {name} ({case_no}) · {counsellor} · {status}").format(
            start=f"{a.starts_at:%H:%M}", end=f"{a.ends_at:%H:%M}", name=a.client_name, case_no=a.client_case_no,
            counsellor=a.counsellor_name, status=label_of(a.status)), a.id)
            for a in booked if a.status is not AppointmentStatus.CANCELLED]
        open_ = sum(1 for a in booked if a.status is AppointmentStatus.BOOKED)
        self.appointments.show_rows(rows, empty=self.tr("No appointments today."),
                                    more=self.tr("{n} still to settle (attended or no-show).").format(n=open_)
                                    if open_ else "")

    def _show_duty(self, today) -> None:
        """R11: who is on duty, and whether the week reaches the room's minimum open hours."""
        duty = DutyService(self.ctx.session)
        rows = [(self.tr("On duty now: {name}, since {start}").format(
            name=shift.person, start=f"{shift.started_at:%H:%M}"), 0) for shift in duty.on_duty_now()]
        rows += [(self.tr("Duty of {day} never ended: {name}").format(
            day=shift.started_at.date().isoformat(), name=shift.person), 0) for shift in duty.forgotten()]
        open_minutes, minimum = duty.week_hours(today)
        rows.append((self.tr("This week: {open} open of at least {minimum}").format(
            open=duration_text(open_minutes), minimum=duration_text(minimum)), 0))
        self.duty.show_rows(rows, empty="", colour="" if open_minutes >= minimum else DUE_INK)

    def _show_closing(self) -> None:
        """R10: the last opening day's closing, and a missed one in red."""
        status = ClosingService(self.ctx.session).last_status()
        if status is None:
            self.closing.show_rows([], empty=self.tr("The room was not open in the last two weeks."))
        elif not status.in_use and not status.signed:
            self.closing.show_rows([(self.tr("{day}: the room was open before the closing checklist came into "
                                             "use; nothing to sign for it.").format(day=status.day.isoformat()), 0)],
                                   empty="")
        elif status.signed:
            self.closing.show_rows([(self.tr("{day}: closed by {name} at {time}").format(
                day=status.day.isoformat(), name=status.signed_by_name,
                time=format_local(status.signed_at)), 0)], empty="")
        else:
            self.closing.show_rows([(self.tr("{day}: the room was not closed with the checklist").format(
                day=status.day.isoformat()), 0)], empty="", colour=ERROR_INK)

    def _show_drafts(self) -> None:
        session = self.ctx.session
        drafts = VisitService(session).unsigned()
        labels = case_labels(session, sorted({v.case_id for v in drafts}))
        rows = []
        for visit in drafts:
            name, case_no, _number = labels.get(visit.case_id, ("", "", 0))
            day = visit.content.visit_date or (visit.created_at.date() if visit.created_at else None)
            rows.append((self.tr("{day}  {name} ({case_no}) · visit {no}").format(
                day=day.isoformat() if day else "—", name=name, case_no=case_no, no=visit.session_no), visit.id))
        self.drafts.show_rows(rows, empty=self.tr("Every visit record is signed."),
                              more=self.tr("{n} in all.").format(n=len(rows)) if len(rows) > 6 else "")

    def _show_materials(self, today) -> None:
        out = MaterialService(self.ctx.session).outstanding()
        rows = [(self.tr("{material} × {count} · {who} · since {when}").format(
            material=h.material_name, count=h.outstanding, who=h.staff_name, when=format_local(h.taken_at)), 0)
            for h in out]
        late = any(h.overdue(today) for h in out)
        self.materials.show_rows(rows, empty=self.tr("Everything is back in the cabinet."),
                                 colour=ERROR_INK if late else "")

    def _flagged_notice(self) -> None:
        """R5/R7: a critical answer in a signed test keeps the client flagged for FLAG_DAYS days."""
        flagged = TestService(self.ctx.session).flagged_clients()
        if not flagged:
            return
        lines = [self.tr("{case_no} {name}: {scale} of {date}, flagged until {until}").format(
            case_no=f.client_case_no, name=f.client_name, scale=f.scale_name.get(self.ctx.language),
            date=f.administered_on.isoformat(), until=f.flagged_until.isoformat()) for f in flagged[:8]]
        if len(flagged) > 8:
            lines.append(self.tr("… and {n} more").format(n=len(flagged) - 8))
        self.notices.addWidget(_card(self.tr("Flagged by a test — a critical answer in the last {days} days ({n}):")
                                     .format(days=FLAG_DAYS, n=len(flagged)) + "\n" + "\n".join(lines),
                                     FLAGGED_BG, "flaggedNotice"))

    def clear_sensitive(self) -> None:
        self.greeting.clear()
        self.details.clear()
        self._clear_notices()
        for section in (self.appointments, self.drafts, self.follow_ups, self.materials, self.duty, self.closing):
            section.clear()
