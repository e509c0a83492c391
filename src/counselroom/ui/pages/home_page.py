"""Today (今日): the page the day starts on — who is here, what needs attention, and the day's work,
each item opening where the work is.

Each block is gathered off the GUI thread in a load of its own (``Page.load`` slots), so the
quick ones (today's appointments, the duty) appear while the slower ones (follow-ups, open
crises, the archive reminder) are still being read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.appointments import Appointment, AppointmentStatus
from counselroom.domain.care_register import ReviewDue
from counselroom.domain.archive import Quarter
from counselroom.domain.closing import ClosingStatus
from counselroom.domain.crisis import Crisis
from counselroom.domain.duty import DutyShift
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.integrity import Finding
from counselroom.domain.materials import HandOut
from counselroom.domain.plural import plural
from counselroom.domain.scales import FLAG_DAYS, FlaggedClient
from counselroom.domain.visits import Visit
from counselroom.services.appointments import AppointmentService
from counselroom.services.care_register import CareRegisterService
from counselroom.services.closing import ClosingService
from counselroom.services.archive import ArchiveService
from counselroom.services.crisis import CrisisService
from counselroom.services.duty import DutyService
from counselroom.services.follow_ups import FollowUp, FollowUpService
from counselroom.services.keyslots import recovery_slot_finding
from counselroom.services.materials import MaterialService
from counselroom.services.my_cases import case_labels
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService
from counselroom.ui.labels import label_of, risk_grade
from counselroom.ui.messages import error_text, finding_text
from counselroom.ui.pages.base import Page
from counselroom.ui.follow_up_text import kind_label
from counselroom.ui.styles import DUE_INK, ERROR_BG, ERROR_INK, FLAGGED_BG, HAIRLINE, NOTICE_BG
from counselroom.ui.widgets.duty_week_chart import duration_text
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.today_section import MAX_ROWS, TodaySection


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


# -- what each block gathers on the worker (plain data; the words are made on the GUI thread) --------
class DutyToday(NamedTuple):
    on_duty: list[DutyShift]
    forgotten: list[DutyShift]
    open_minutes: int
    minimum: int


class Drafts(NamedTuple):
    visits: list[Visit]                       # the first the block shows
    total: int
    labels: dict[int, tuple[str, str, int]]   # of the shown ones' cases


class AdminNotices(NamedTuple):
    recovery: Finding | None
    archive_due: Quarter | None


class ClinicalNotices(NamedTuple):
    crises: list[Crisis]
    flagged: list[FlaggedClient]


def _duty(session: Session, today: date) -> DutyToday:
    duty = DutyService(session)
    open_minutes, minimum = duty.week_hours(today)
    return DutyToday(duty.on_duty_now(), duty.forgotten(), open_minutes, minimum)


def _drafts(session: Session) -> Drafts:
    visits = VisitService(session).unsigned()
    shown = visits[:MAX_ROWS]
    return Drafts(shown, len(visits), case_labels(session, sorted({v.case_id for v in shown})))


def _admin_notices(session: Session) -> AdminNotices:
    # The key file is read from disk (no query), but it is file I/O: off the GUI thread too.
    return AdminNotices(recovery_slot_finding(session), ArchiveService(session).due())


def _clinical_notices(session: Session) -> ClinicalNotices:
    return ClinicalNotices(CrisisService(session).open_crises(), TestService(session).flagged_clients())


class FollowUpsDue(NamedTuple):
    items: list[FollowUp]     # the first the block shows
    total: int


def _follow_ups(session: Session, crises: list[Crisis] | None) -> FollowUpsDue:
    # Unsigned records and the register's reviews have their own blocks; the open crises were just
    # read for the notices.
    due = FollowUpService(session).due(open_crises=crises, with_drafts=False, with_register=False)
    return FollowUpsDue(due[:MAX_ROWS], len(due))


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
        head = QHBoxLayout()
        head.addWidget(self.greeting, 1)
        head.addWidget(self.busy)   # "Loading…" beside the greeting while a block is slow to come
        self.layout_.addLayout(head)
        self.details = hint_label("", name="loginDetails")
        self.layout_.addWidget(self.details)
        # The notices keep their order whichever load comes back first: the session's own
        # (wrong passwords, integrity), the supervisor's (recovery sheet, archive), the clinical.
        self.notices = QVBoxLayout()
        self.session_notices = QVBoxLayout()
        self.admin_notices = QVBoxLayout()
        self.clinical_notices = QVBoxLayout()
        for group in (self.session_notices, self.admin_notices, self.clinical_notices):
            self.notices.addLayout(group)
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
        self.register = self._section("todayRegister", self.tr("Attention register reviews due"), "register",
                                      self.tr("Attention register"))
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

    @staticmethod
    def _clear_notices(group: QVBoxLayout) -> None:
        while group.count():
            item = group.takeAt(0)
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
        self._session_notices()
        clinical = may_see_clinical(user)
        for section in (self.drafts, self.follow_ups, self.materials, self.closing, self.register):
            section.setVisible(clinical)
        # Quickest and most wanted first: the pool runs the loads in this order.
        self.load(lambda s: AppointmentService(s).day(today), self._show_appointments, slot="appointments",
                  failed=self._failed_in(self.appointments))
        self.load(lambda s: _duty(s, today), self._show_duty, slot="duty", failed=self._failed_in(self.duty))
        if clinical:
            self.load(_drafts, self._show_drafts, slot="drafts", failed=self._failed_in(self.drafts))
            self.load(lambda s: MaterialService(s).outstanding(), lambda out: self._show_materials(out, today),
                      slot="materials", failed=self._failed_in(self.materials))
            self.load(lambda s: ClosingService(s).last_status(), self._show_closing, slot="closing",
                      failed=self._failed_in(self.closing))
            self.load(lambda s: CareRegisterService(s).reviews_due(), self._show_register, slot="register",
                      failed=self._failed_in(self.register))
            # The two slowest, one after the other: Python building thousands of records on two
            # workers at once starves the GUI thread of the interpreter (measured: 140–350 ms
            # stretches on the 50,000-client room, against 15–40 ms with one at a time).
            self.load(_clinical_notices, self._show_clinical_notices_then_follow_ups, slot="clinicalNotices",
                      failed=self._failed_notices_then_follow_ups)
        if Permissions(session).can_administer():
            self.load(_admin_notices, self._show_admin_notices, slot="adminNotices",
                      failed=self._failed_notice(self.admin_notices))

    def _load_follow_ups(self, crises: list[Crisis] | None = None) -> None:
        self.load(lambda s: _follow_ups(s, crises), self._show_follow_ups, slot="followUps",
                  failed=self._failed_in(self.follow_ups))

    def _show_clinical_notices_then_follow_ups(self, found: ClinicalNotices) -> None:
        self._show_clinical_notices(found)
        self._load_follow_ups(found.crises)

    def _failed_notices_then_follow_ups(self, err: CounselRoomError) -> None:
        self._failed_notice(self.clinical_notices)(err)
        self._load_follow_ups()

    def _failed_in(self, section: TodaySection) -> Callable[[CounselRoomError], None]:
        """A block that could not be read says so in its place; the other blocks stay."""
        def failed(err: CounselRoomError) -> None:
            section.show_rows([], empty=error_text(err), colour=ERROR_INK)
        return failed

    def _failed_notice(self, group: QVBoxLayout) -> Callable[[CounselRoomError], None]:
        def failed(err: CounselRoomError) -> None:
            self._clear_notices(group)
            group.addWidget(_card(error_text(err), ERROR_BG, "noticeError"))
        return failed

    def _session_notices(self) -> None:
        """What the session itself knows (no query): wrong passwords since the last login, integrity."""
        session = self.ctx.session
        self._clear_notices(self.session_notices)
        if session.failed_since_last_login:
            failed = session.failed_since_last_login
            self.session_notices.addWidget(_card(plural(
                failed, self.tr("{n} wrong password was tried on your account since your last login. If that "
                                "was not you, tell the supervisor."),
                self.tr("{n} wrong passwords were tried on your account since your last login. If that "
                        "was not you, tell the supervisor.")).format(n=failed), NOTICE_BG, "failedNotice"))
        if session.findings:
            lines = "\n".join(finding_text(f) for f in session.findings)
            advice = (self.tr("Check the Audit log page and acknowledge once you know why.")
                      if Permissions(session).can_administer() else self.tr("Tell the supervisor at once."))
            self.session_notices.addWidget(_card(
                self.tr("Integrity warning:") + "\n" + lines + "\n" + advice, ERROR_BG,
                "integrityNotice"))

    def _show_admin_notices(self, found: AdminNotices) -> None:
        self._clear_notices(self.admin_notices)
        # The printed recovery sheet can no longer open the records (slot missing or altered):
        # a problem to fix now, not at the next check.
        if found.recovery is not None:
            self.admin_notices.addWidget(_card(finding_text(found.recovery), ERROR_BG, "recoveryNotice"))
        # R12: the quarter that has ended waits for its archive until the supervisor makes it.
        if found.archive_due is not None:
            self.admin_notices.addWidget(_card(self.tr(
                "Quarter {quarter} has ended and is not archived yet. Archive it onto a USB drive on the "
                "Archive page.").format(quarter=str(found.archive_due)), NOTICE_BG, "archiveNotice"))

    def _show_clinical_notices(self, found: ClinicalNotices) -> None:
        """R7: open crises are shown at every start; R5/R7: so are clients flagged by a test."""
        self._clear_notices(self.clinical_notices)
        crises = found.crises
        if crises:
            lines = [self.tr("{case_no} {name}: {risk}, steps open: {pending}, since {since}").format(
                case_no=c.client_case_no, name=c.client_name, risk=risk_grade(c.risk), pending=len(c.pending),
                since=format_local(c.opened_at)) for c in crises[:8]]
            if len(crises) > 8:
                lines.append(self.tr("… and {n} more").format(n=len(crises) - 8))
            self.clinical_notices.addWidget(_card(self.tr("Open crises ({n}):").format(n=len(crises)) + "\n"
                                                  + "\n".join(lines), ERROR_BG, "crisisNotice"))
        self._flagged_notice(found.flagged)

    def _show_follow_ups(self, due: FollowUpsDue) -> None:
        # Only the rows the block shows are put into words (a big room has thousands due).
        self.follow_ups.show_rows(
            [(f"{item.due.isoformat()}  {item.client_name} ({item.case_no}) · {kind_label(item)}", 0)
             for item in due.items],
            empty=self.tr("Nothing due."), colour=ERROR_INK if due.total else "",
            more=self.tr("{n} in all.").format(n=due.total) if due.total > 6 else "")

    def _show_register(self, due: list[ReviewDue]) -> None:
        """R20: reviews of the attention register that fall due today or fell due earlier."""
        self.register.show_rows(
            [(self.tr("{due}  {name} ({case_no})").format(due=r.due.isoformat(), name=r.client_name,
                                                          case_no=r.client_case_no), r.entry_id) for r in due],
            empty=self.tr("No review due."), colour=ERROR_INK if due else "",
            more=self.tr("{n} in all.").format(n=len(due)) if len(due) > 6 else "")

    def _show_appointments(self, booked: list[Appointment]) -> None:
        rows = [(self.tr("{start}–{end}  {name} ({case_no}) · {counsellor} · {status}").format(
            start=f"{a.starts_at:%H:%M}", end=f"{a.ends_at:%H:%M}", name=a.client_name, case_no=a.client_case_no,
            counsellor=a.counsellor_name, status=label_of(a.status)), a.id)
            for a in booked if a.status is not AppointmentStatus.CANCELLED]
        open_ = sum(1 for a in booked if a.status is AppointmentStatus.BOOKED)
        self.appointments.show_rows(rows, empty=self.tr("No appointments today."),
                                    more=self.tr("{n} still to settle (attended or no-show).").format(n=open_)
                                    if open_ else "")

    def _show_duty(self, duty: DutyToday) -> None:
        """R11: who is on duty, and whether the week reaches the room's minimum open hours."""
        rows = [(self.tr("On duty now: {name}, since {start}").format(
            name=shift.person, start=f"{shift.started_at:%H:%M}"), 0) for shift in duty.on_duty]
        rows += [(self.tr("Duty of {day} never ended: {name}").format(
            day=shift.started_at.date().isoformat(), name=shift.person), 0) for shift in duty.forgotten]
        rows.append((self.tr("This week: {open} open of at least {minimum}").format(
            open=duration_text(duty.open_minutes), minimum=duration_text(duty.minimum)), 0))
        self.duty.show_rows(rows, empty="", colour="" if duty.open_minutes >= duty.minimum else DUE_INK)

    def _show_closing(self, status: ClosingStatus | None) -> None:
        """R10: the last opening day's closing, and a missed one in red."""
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

    def _show_drafts(self, drafts: Drafts) -> None:
        rows = []
        for visit in drafts.visits:
            name, case_no, _number = drafts.labels.get(visit.case_id, ("", "", 0))
            day = visit.content.visit_date or (visit.created_at.date() if visit.created_at else None)
            rows.append((self.tr("{day}  {name} ({case_no}) · visit {no}").format(
                day=day.isoformat() if day else "—", name=name, case_no=case_no, no=visit.session_no), visit.id))
        self.drafts.show_rows(rows, empty=self.tr("Every visit record is signed."),
                              more=self.tr("{n} in all.").format(n=drafts.total) if drafts.total > 6 else "")

    def _show_materials(self, out: list[HandOut], today: date) -> None:
        rows = [(self.tr("{material} × {count} · {who} · since {when}").format(
            material=h.material_name, count=h.outstanding, who=h.staff_name, when=format_local(h.taken_at)), 0)
            for h in out]
        late = any(h.overdue(today) for h in out)
        self.materials.show_rows(rows, empty=self.tr("Everything is back in the cabinet."),
                                 colour=ERROR_INK if late else "")

    def _flagged_notice(self, flagged: list[FlaggedClient]) -> None:
        """R5/R7: a critical answer in a signed test keeps the client flagged for FLAG_DAYS days."""
        if not flagged:
            return
        lines = [self.tr("{case_no} {name}: {scale} of {date}, flagged until {until}").format(
            case_no=f.client_case_no, name=f.client_name, scale=f.scale_name.get(self.ctx.language),
            date=f.administered_on.isoformat(), until=f.flagged_until.isoformat()) for f in flagged[:8]]
        if len(flagged) > 8:
            lines.append(self.tr("… and {n} more").format(n=len(flagged) - 8))
        self.clinical_notices.addWidget(_card(
            self.tr("Flagged by a test — a critical answer in the last {days} days ({n}):")
            .format(days=FLAG_DAYS, n=len(flagged)) + "\n" + "\n".join(lines), FLAGGED_BG, "flaggedNotice"))

    def clear_sensitive(self) -> None:
        self.greeting.clear()
        self.details.clear()
        for group in (self.session_notices, self.admin_notices, self.clinical_notices):
            self._clear_notices(group)
        for section in (self.appointments, self.drafts, self.follow_ups, self.materials, self.duty, self.closing,
                        self.register):
            section.clear()
