"""The first page after logging in: who is here, and anything that needs attention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from counselroom.domain.access import may_see_clinical
from counselroom.domain.scales import FLAG_DAYS
from counselroom.domain.visits import RiskLevel
from counselroom.services.crisis import CrisisService
from counselroom.services.follow_ups import FollowUpKind, FollowUpService
from counselroom.services.tests import TestService
from counselroom.ui.messages import finding_text
from counselroom.ui.pages.base import Page
from counselroom.ui.roles import role_label


def _card(text: str, colour: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"background: {colour}; border-radius: 6px; padding: 10px 14px;")
    return label


def risk_label(risk: RiskLevel) -> str:
    return {
        RiskLevel.NONE: QCoreApplication.translate("Risk", "none"),
        RiskLevel.LOW: QCoreApplication.translate("Risk", "low"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Risk", "medium"),
        RiskLevel.HIGH: QCoreApplication.translate("Risk", "high"),
    }[risk]


def format_local(moment) -> str:
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, "yyyy-MM-dd HH:mm")


class HomePage(Page):
    key = "home"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(28, 24, 28, 24)
        self.layout_.setSpacing(14)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.layout_.addWidget(self.greeting)
        self.details = QLabel()
        self.details.setObjectName("loginDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #5f6368;")
        self.layout_.addWidget(self.details)
        self.notices = QVBoxLayout()
        self.layout_.addLayout(self.notices)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e0e0e0;")
        self.layout_.addWidget(line)
        self.security = QLabel(self.tr(
            "The records are encrypted on this computer. They lock by themselves when nobody "
            "uses the computer for a few minutes, and with the Lock button when you step away."))
        self.security.setWordWrap(True)
        self.security.setStyleSheet("color: #5f6368;")
        self.layout_.addWidget(self.security)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def _clear_notices(self) -> None:
        while self.notices.count():
            item = self.notices.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def refresh(self) -> None:
        session = self.ctx.session
        user = session.user
        self.greeting.setText(self.tr("Hello, {name}").format(name=user.display_name))
        parts = [self.tr("Logged in as {username} ({role}).").format(
            username=user.username, role=role_label(user.role))]
        if session.previous_login_at:
            parts.append(self.tr("Previous login: {when}.").format(
                when=format_local(session.previous_login_at)))
        self.details.setText(" ".join(parts))
        self._clear_notices()
        if session.failed_since_last_login:
            self.notices.addWidget(_card(self.tr(
                "{n} wrong password(s) were tried on your account since your last login. If that "
                "was not you, tell the supervisor.").format(n=session.failed_since_last_login),
                "#fff4e5", "failedNotice"))
        if session.findings:
            lines = "\n".join(finding_text(f) for f in session.findings)
            advice = (self.tr("Check the Audit log page and acknowledge once you know why.")
                      if user.is_supervisor else self.tr("Tell the supervisor at once."))
            self.notices.addWidget(_card(
                self.tr("Integrity warning:") + "\n" + lines + "\n" + advice, "#fdecea",
                "integrityNotice"))
        if may_see_clinical(user):
            self._clinical_notices()

    def _clinical_notices(self) -> None:
        """R7: open crises are shown at every start; with them, what is due."""
        session = self.ctx.session
        crises = CrisisService(session).open_crises()
        if crises:
            lines = [self.tr("{case_no} {name}: risk {risk}, {pending} step(s) open, since {since}").format(
                case_no=c.client_case_no, name=c.client_name, risk=risk_label(c.risk), pending=len(c.pending),
                since=format_local(c.opened_at)) for c in crises[:8]]
            if len(crises) > 8:
                lines.append(self.tr("… and {n} more").format(n=len(crises) - 8))
            self.notices.addWidget(_card(self.tr("Open crises ({n}):").format(n=len(crises)) + "\n"
                                         + "\n".join(lines), "#fdecea", "crisisNotice"))
        self._flagged_notice()
        due = FollowUpService(session).due()
        unsigned = sum(1 for item in due if item.kind is FollowUpKind.UNSIGNED_RECORD)
        others = len(due) - unsigned
        if unsigned or others:
            self.notices.addWidget(_card(self.tr(
                "To do: {unsigned} unsigned visit record(s), {others} other follow-up(s) due.").format(
                    unsigned=unsigned, others=others), "#eef4fb", "todoNotice"))

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
                                     "#fdf1e4", "flaggedNotice"))

    def clear_sensitive(self) -> None:
        self.greeting.clear()
        self.details.clear()
        self._clear_notices()
