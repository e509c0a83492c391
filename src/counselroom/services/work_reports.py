"""Work reports that leave the room (月度工作报告, 学期工作总结, 学年报告; R15, issue 16 §3).

Who may do what: **the supervisor only**, for every call. The report speaks for the whole room to
the school's leadership and the education bureau; the issue has the supervisor type the narrative
and sign it, and its figures are the whole room's. A counsellor reads the figures of their own
work on the statistics page; an assistant sees no figures at all.

A report is kept per period (a month, a term, a school year). While it is a draft the narrative may
be edited and its figures and its activities list (the activities log's entries held in the period,
issue 16 §4) are read afresh each time it is printed, and every page says 草稿. Signing freezes the
figures and the list as they are that moment, the narrative, the room's name and the suppression k
(the supervisor's setting ``suppression_k``) into one snapshot the database never lets change
(schema 18); a signed report always prints the same.

Nothing leaves the room unsuppressed: the PDF and the workbook are built from :func:`publish`'s
text (``domain/work_reports.py``), never from the counts. Building a document is not audited (it
stays in memory); printing it or writing it to a file is, by :meth:`record_output` once it happened,
with which report and how.
"""

from __future__ import annotations

from pathlib import Path

from counselroom.domain import access
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.errors import NotFound, StorageError, ValidationError
from counselroom.domain.periods import Period, TermMonths
from counselroom.domain.work_reports import (
    ListedActivity, Narrative, Publication, PublishedTable, Snapshot, WorkReport, kind_of, listed_activities,
    publish, report_period, validate_narrative,
)
from counselroom.services.activities import ActivityService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.services.statistics import StatisticsService
from counselroom.storage.files import write_atomically
from counselroom.storage.work_reports_repo import WorkReportRepository

#: print: sent to a printer; pdf, xlsx: written to a file.
OUTPUTS = ("print", "pdf", "xlsx")


def report_target(report_id: int) -> str:
    return f"work_report:{report_id}"


class WorkReportService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> WorkReportRepository:
        return WorkReportRepository(self._s.db)

    def may_manage(self) -> bool:
        """Whether the acting person may see, write, sign and print the work reports."""
        return not self._s.locked and access.may_administer(self._s.user)

    def terms(self) -> TermMonths:
        self._s.require(Role.SUPERVISOR)
        return SettingsService(self._s).get().terms

    def period_of(self, report: WorkReport) -> Period:
        """The report's period: as signed, or as the term setting has it now for a draft."""
        if report.snapshot is not None:
            return report.snapshot.statistics.period
        return report_period(report.kind, report.period_code, SettingsService(self._s).get().terms)

    # -- reading ----------------------------------------------------------------------------------
    def get(self, report_id: int) -> WorkReport:
        self._s.require(Role.SUPERVISOR)
        return self._get(report_id)

    def _get(self, report_id: int) -> WorkReport:
        found = self._repo.get(report_id)
        if found is None:
            raise NotFound("work_report.not_found")
        return found

    def find(self, period: Period) -> WorkReport | None:
        """The period's report, if one was started."""
        self._s.require(Role.SUPERVISOR)
        return self._repo.find(kind_of(period), period.code)

    def all(self) -> list[WorkReport]:
        self._s.require(Role.SUPERVISOR)
        return self._repo.all()

    # -- writing ----------------------------------------------------------------------------------
    def draft(self, period: Period) -> WorkReport:
        """The period's report, started now as an empty draft if there is none yet."""
        user = self._s.require(Role.SUPERVISOR)
        kind = kind_of(period)
        repo = self._repo
        found = repo.find(kind, period.code)
        if found is not None:
            return found
        with self._s.db.transaction():
            report_id = repo.add(kind, period.code, user.id, self._s.clock())
            self._s.audit.append(user, Action.WORK_REPORT_SAVED, target=report_target(report_id),
                                 detail={"kind": kind.value, "period": period.code, "started": True})
        return self._get(report_id)

    def save_narrative(self, report_id: int, narrative: Narrative) -> WorkReport:
        user = self._s.require(Role.SUPERVISOR)
        report = self._unsigned(report_id)
        cleaned = validate_narrative(narrative)
        if cleaned == report.narrative:
            return report
        with self._s.db.transaction():
            self._repo.save_narrative(report_id, cleaned, user.id, self._s.clock())
            # What was typed stays out of the log: the report itself holds it.
            self._s.audit.append(user, Action.WORK_REPORT_SAVED, target=report_target(report_id),
                                 detail={"kind": report.kind.value, "period": report.period_code})
        return self._get(report_id)

    def sign(self, report_id: int, narrative: Narrative | None = None) -> WorkReport:
        """Freeze the report: the figures computed now, the narrative (``narrative`` if given, else
        the saved one), the room's name and k."""
        user = self._s.require(Role.SUPERVISOR)
        report = self._unsigned(report_id)
        cleaned = validate_narrative(report.narrative if narrative is None else narrative, for_signing=True)
        settings = SettingsService(self._s).get()
        period = report_period(report.kind, report.period_code, settings.terms)
        if period.first > self._s.today():
            raise ValidationError("period", "work_report.not_begun")
        figures = StatisticsService(self._s).figures(period)
        snapshot = Snapshot(figures, settings.suppression_k, cleaned, settings.room_name, self._activities(period))
        with self._s.db.transaction():
            self._repo.sign(report_id, snapshot, user.id, self._s.clock())
            self._s.audit.append(user, Action.WORK_REPORT_SIGNED, target=report_target(report_id),
                                 detail={"kind": report.kind.value, "period": report.period_code,
                                         "k": snapshot.k, "as_of": figures.as_of.isoformat()})
        return self._get(report_id)

    def _unsigned(self, report_id: int) -> WorkReport:
        report = self._get(report_id)
        if report.signed:
            raise ValidationError("status", "work_report.signed")
        return report

    def _activities(self, period: Period) -> tuple[ListedActivity, ...]:
        return listed_activities(ActivityService(self._s).in_period(period.first, period.last))

    # -- what leaves the room ------------------------------------------------------------------------
    def publication(self, report: WorkReport) -> Publication:
        """The report's figures and activities as they may leave the room: the signed snapshot's, or
        for a draft those of now, with the room's k."""
        self._s.require(Role.SUPERVISOR)
        if report.snapshot is not None:
            return publish(report.snapshot.statistics, report.snapshot.k, report.snapshot.activities)
        settings = SettingsService(self._s).get()
        period = report_period(report.kind, report.period_code, settings.terms)
        return publish(StatisticsService(self._s).figures(period), settings.suppression_k, self._activities(period))

    def published_tables(self, report: WorkReport) -> tuple[PublishedTable, ...]:
        return self.publication(report).tables

    def _document_parts(self, report_id: int) -> tuple[WorkReport, Publication, Narrative, str]:
        report = self.get(report_id)
        publication = self.publication(report)
        if report.snapshot is not None:
            return report, publication, report.snapshot.narrative, report.snapshot.room_name
        return report, publication, report.narrative, SettingsService(self._s).get().room_name

    def pdf(self, report_id: int, lang: str = "zh_CN") -> bytes:
        from counselroom.reports.work_report import build_work_report

        report, publication, narrative, room_name = self._document_parts(report_id)
        return build_work_report(room_name=room_name, report=report, publication=publication,
                                 narrative=narrative, printed_by=self._s.user.display_name,
                                 printed_at=self._s.wall_now(), lang=lang)

    def xlsx(self, report_id: int, lang: str = "zh_CN") -> bytes:
        from counselroom.reports.work_report_xlsx import build_work_report_xlsx

        report, publication, narrative, room_name = self._document_parts(report_id)
        return build_work_report_xlsx(room_name=room_name, report=report, publication=publication,
                                      narrative=narrative, lang=lang)

    def record_output(self, report_id: int, how: str) -> None:
        """After the report was printed (``print``) or written to a file (``pdf``, ``xlsx``)."""
        user = self._s.require(Role.SUPERVISOR)
        if how not in OUTPUTS:
            raise ValidationError("output", "print.output")
        report = self._get(report_id)
        with self._s.db.transaction():
            self._s.audit.append(user, Action.WORK_REPORT_OUTPUT, target=report_target(report_id),
                                 detail={"kind": report.kind.value, "period": report.period_code,
                                         "status": report.status.value, "output": how})

    def file_stem(self, report: WorkReport) -> str:
        """``CounselRoom-report-2026-11`` (``…-draft`` for a draft): no names, the period only."""
        return f"CounselRoom-report-{report.period_code}" + ("" if report.signed else "-draft")

    def write_files(self, report_id: int, folder: Path, lang: str = "zh_CN") -> tuple[Path, Path]:
        """The PDF and the workbook written into ``folder`` (an existing one: a USB drive), each
        atomically, replacing an earlier copy of the same name; each write audited once done."""
        self._s.require(Role.SUPERVISOR)
        if not Path(folder).is_dir():
            raise ValidationError("out", "work_report.no_folder", path=str(folder))
        report = self.get(report_id)
        pdf, xlsx = self.pdf(report_id, lang), self.xlsx(report_id, lang)
        written = []
        for data, suffix, how in ((pdf, ".pdf", "pdf"), (xlsx, ".xlsx", "xlsx")):
            path = Path(folder) / (self.file_stem(report) + suffix)
            try:
                write_atomically(path, data)
            except OSError:
                raise StorageError("work_report.write_failed", path=str(path)) from None
            self.record_output(report_id, how)
            written.append(path)
        return written[0], written[1]
