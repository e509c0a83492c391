"""Work reports (工作报告, issue 16 §3): the supervisor writes a month's, term's or school year's report,
signs it, and prints it or saves it as PDF or Excel.

The page offers the recent periods of the chosen kind; each has at most one report. A draft's
narrative (summary, problems, plans) is typed here and saved; signing freezes it with the figures
of that moment (``WorkReportService.sign``), after which the page shows it read-only. What goes out
(print, PDF, workbook) is built by the service from the suppressed figures only, on a worker, and
audited once it went out. Unsaved text is saved before a draft is printed, so the paper says what
the screen does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QWidget,
)

from counselroom.domain.access import may_administer
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.periods import Period, TermMonths, latest, shifted
from counselroom.domain.work_reports import Narrative, NarrativeField, ReportKind, WorkReport
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.services.work_reports import WorkReportService
from counselroom.ui.context import AppContext
from counselroom.ui.labels import label_of, screen_language
from counselroom.ui.messages import error_text
from counselroom.ui.modal_work import wait_for
from counselroom.ui.pages.base import Page
from counselroom.ui.pdf_output import output_pdf
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE

#: How many periods back the page offers, by kind.
RECENT = {ReportKind.MONTH: 12, ReportKind.TERM: 4, ReportKind.YEAR: 3}


@dataclass(frozen=True)
class ReportsData:
    terms: TermMonths
    today: date
    reports: dict[tuple[ReportKind, str], WorkReport]
    k: int          # the smallest count printed as it is


def gather_reports(session: Session) -> ReportsData:
    service = WorkReportService(session)
    return ReportsData(service.terms(), session.today(),
                       {(r.kind, r.period_code): r for r in service.all()},
                       SettingsService(session).get().suppression_k)


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data: ReportsData | None = None
        self._shown: WorkReport | None = None
        layout = self.page_column()

        pick = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        for kind in ReportKind:
            self.kind.addItem(label_of(kind), kind.value)
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        self.period.setMinimumContentsLength(18)
        pick.addWidget(QLabel(self.tr("Report:"), self))
        pick.addWidget(self.kind)
        pick.addWidget(QLabel(self.tr("Period:"), self))
        pick.addWidget(self.period)
        pick.addStretch(1)
        layout.addLayout(pick)

        self.state = QLabel(self)
        self.state.setObjectName("reportState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.note = QLabel(self)
        self.note.setObjectName("suppressionNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.note)

        self.headings: dict[NarrativeField, QLabel] = {}
        self.editors: dict[NarrativeField, QPlainTextEdit] = {}
        for which in NarrativeField:
            heading = self.section_label("")
            editor = QPlainTextEdit(self)
            editor.setObjectName(f"narrative_{which.value}")
            editor.setMinimumHeight(90)
            self.headings[which], self.editors[which] = heading, editor
            layout.addWidget(heading)
            layout.addWidget(editor, 1)

        buttons = QHBoxLayout()
        self.save_button = self.make_button("saveReport", self.tr("Save"), self.tr("Save the text typed"), self.save)
        self.sign_button = self.make_button("signReport", self.tr("Sign…"),
                                            self.tr("Sign the report: its text and figures are fixed for good"),
                                            self.sign)
        self.print_button = self.make_button("printReport", self.tr("Print…"), self.tr("Print the report"),
                                             lambda: self.output("print"))
        self.pdf_button = self.make_button("saveReportPdf", self.tr("Save as PDF…"),
                                           self.tr("Save the report as a PDF file"), lambda: self.output("pdf"))
        self.xlsx_button = self.make_button("saveReportXlsx", self.tr("Save as Excel…"),
                                            self.tr("Save the report's tables as an Excel workbook"), self.save_xlsx)
        for button in (self.save_button, self.sign_button, self.print_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_status_line(layout, "reportsStatus", lambda: self.status.setText(""))

        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.period.currentIndexChanged.connect(self._show_current)
        self._set_headings()
        self._enable(False)

    def title(self) -> str:
        return self.tr("Work reports")

    @classmethod
    def allowed_for(cls, user) -> bool:
        # The report speaks for the whole room: the supervisor's (WorkReportService refuses others).
        return may_administer(user)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.load(gather_reports, self._show_data)

    def _show_data(self, data: ReportsData) -> None:
        self._data = data
        self.note.setText(self.tr("What is printed or saved shows counts below {k} as \"<{k}\" and hides what would "
                                  "give them away (\"x\"); no client is named.").format(k=data.k))
        self._fill_periods()

    def _current_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData() or ReportKind.MONTH.value)

    def current_period(self) -> Period | None:
        period = self.period.currentData()
        return period if isinstance(period, Period) else None

    def _fill_periods(self) -> None:
        self._set_headings()
        if self._data is None:
            return
        kind, terms = self._current_kind(), self._data.terms
        chosen = self.period.currentData()
        newest = latest(kind.period_kind, self._data.today, terms)
        self.period.blockSignals(True)
        self.period.clear()
        for steps in range(RECENT[kind]):
            period = shifted(newest, -steps, terms)
            signed = self._data.reports.get((kind, period.code))
            mark = (self.tr(" (signed)") if signed is not None and signed.signed else "")
            self.period.addItem(period.label(screen_language()) + mark, period)
        found = next((i for i in range(self.period.count()) if self.period.itemData(i) == chosen), 0)
        self.period.setCurrentIndex(found)
        self.period.blockSignals(False)
        self._show_current()

    def _set_headings(self) -> None:
        kind = self._current_kind()
        words = {
            ReportKind.MONTH: (self.tr("Summary of the month's work"), self.tr("Plans for next month")),
            ReportKind.TERM: (self.tr("Summary of the term's work"), self.tr("Plans for next term")),
            ReportKind.YEAR: (self.tr("Summary of the year's work"), self.tr("Plans for next school year")),
        }[kind]
        self.headings[NarrativeField.SUMMARY].setText(words[0])
        self.headings[NarrativeField.PROBLEMS].setText(self.tr("Problems"))
        self.headings[NarrativeField.PLANS].setText(words[1])

    def _show_current(self) -> None:
        period = self.current_period()
        if self._data is None or period is None:
            return
        report = self._data.reports.get((self._current_kind(), period.code))
        self._shown = report
        narrative = report.narrative if report is not None else Narrative()
        for which, editor in self.editors.items():
            editor.setPlainText(narrative.text(which))
            editor.setReadOnly(report is not None and report.signed)
        self.state.setStyleSheet("")
        if report is None:
            self.state.setText(self.tr("Not started: type the text and save, or print a draft of the figures."))
        elif report.signed:
            self.state.setText(self.tr("Signed by {name} on {when}: it can no longer be changed, and prints as "
                                       "signed.").format(name=report.signed_by_name,
                                                         when=f"{report.signed_at:%Y-%m-%d %H:%M}"
                                                         if report.signed_at else ""))
        else:
            self.state.setText(self.tr("Draft, last saved by {name}: printed copies are marked as drafts and "
                                       "show the figures as they are when printed.").format(
                                           name=report.updated_by_name))
        self._enable(True)

    def _enable(self, loaded: bool) -> None:
        signed = self._shown is not None and self._shown.signed
        for button in (self.save_button, self.sign_button):
            button.setEnabled(loaded and not signed)
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(loaded)

    def clear_sensitive(self) -> None:
        self._data = None
        self._shown = None
        self.note.clear()
        for editor in self.editors.values():
            editor.clear()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.blockSignals(False)
        self.state.clear()
        self._enable(False)

    # -- writing ---------------------------------------------------------------------------------
    def typed(self) -> Narrative:
        return Narrative(**{which.value: editor.toPlainText() for which, editor in self.editors.items()})

    def _remember(self, report: WorkReport) -> None:
        if self._data is not None:
            self._data.reports[(report.kind, report.period_code)] = report

    def _saved(self) -> WorkReport | None:
        """The chosen period's report with what is typed saved (a signed one as it is); None after
        an error, which was shown."""
        period = self.current_period()
        if period is None:
            return None
        service = WorkReportService(self.ctx.session)
        try:
            report = self._shown if self._shown is not None else service.draft(period)
            if not report.signed:
                report = service.save_narrative(report.id, self.typed())
        except CounselRoomError as err:
            self._show_failure(err)
            return None
        self._remember(report)
        self._shown = report
        return report

    def _show_failure(self, err: CounselRoomError) -> None:
        if isinstance(err, ValidationError) and err.field in {f.value for f in NarrativeField}:
            self.editors[NarrativeField(err.field)].setFocus()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))
        self._status_timer.start()

    def save(self) -> None:
        if self._saved() is not None:
            self._show_current()
            self.show_done(self.tr("Saved."))

    def sign(self) -> None:
        period = self.current_period()
        if period is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Sign the report"),
            self.tr("Sign the report for {period}? Its text and the figures as they are now are fixed for good; "
                    "records added later do not change it.").format(period=period.label(screen_language())))
        if answer != QMessageBox.StandardButton.Yes:
            return
        report = self._saved()
        if report is None:
            return
        try:
            signed = WorkReportService(self.ctx.session).sign(report.id)
        except CounselRoomError as err:
            self._show_failure(err)
            return
        self._remember(signed)
        self._fill_periods()
        self.show_done(self.tr("Signed."))

    # -- output ----------------------------------------------------------------------------------
    def _built(self, report_id: int, what: str) -> bytes | None:
        """The PDF or workbook, made on a worker with a connection of its own; None if the records
        locked meanwhile."""
        reader = self.ctx.session.reader()
        lang = self.ctx.language

        def work() -> bytes:
            with reader as session:
                service = WorkReportService(session)
                return service.pdf(report_id, lang) if what == "pdf" else service.xlsx(report_id, lang)

        made = wait_for(self, QCoreApplication.translate("CasePrinting", "Preparing the document…"), work)
        return None if self.ctx.session.locked else made

    def _file_name(self, report: WorkReport, suffix: str) -> str:
        return WorkReportService(self.ctx.session).file_stem(report) + suffix

    def output(self, how: str) -> None:
        report = self._saved()
        if report is None:
            return
        service = WorkReportService(self.ctx.session)
        output_pdf(
            self, how, lambda: self._built(report.id, "pdf"), title=self.tr("Work report"),
            file_name=self._file_name(report, ".pdf"),
            warning=self.tr("The report holds the room's figures, small counts suppressed, and your text. Keep "
                            "the file where only those it is meant for can read it."),
            record=lambda done: service.record_output(report.id, done), on_error=self._show_failure,
            say=self.show_done, printed=self.tr("The report was sent to the printer."),
            saved=lambda path: self.tr("Saved as {path}.").format(path=path))

    def save_xlsx(self) -> None:
        report = self._saved()
        if report is None:
            return
        title = self.tr("Save as Excel")
        answer = QMessageBox.warning(
            self, title, self.tr("The workbook holds the room's figures, small counts suppressed, and your text. "
                                 "Keep the file where only those it is meant for can read it."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, self._file_name(report, ".xlsx"), "Excel (*.xlsx)")
        if not path:
            return
        try:
            data = self._built(report.id, "xlsx")
            if data is None:
                return
            from counselroom.storage.files import write_atomically

            try:
                write_atomically(Path(path), data)
            except OSError:
                QMessageBox.warning(self, title, self.tr("Nothing was saved: \"{path}\" could not be written (the "
                                                         "drive may be full, removed or read-only).").format(path=path))
                return
            WorkReportService(self.ctx.session).record_output(report.id, "xlsx")
        except CounselRoomError as err:
            self._show_failure(err)
            return
        self.show_done(self.tr("Saved as {path}.").format(path=path))
