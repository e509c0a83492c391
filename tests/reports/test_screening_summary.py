"""The screening summary that leaves the room (issue 17 §1): as a PDF and a workbook, counts by grade and
class with small ones hidden, and nothing about any one student: planted names and student numbers are
looked for in the bytes and in the text."""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from archive_fixtures import _TemplateKeyring
from pdf_helpers import pdf_text, squeeze
from rooms import SUPERVISOR, Room, Staff
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.screening import CampaignDraft, SheetDraft
from counselroom.domain.work_reports import published_number
from counselroom.reports.screening_summary import build_screening_summary, build_screening_summary_xlsx
from counselroom.reports.work_report import table_grid
from counselroom.services.clients import ClientService
from counselroom.services.installation import Installation
from counselroom.services.screening import ScreeningService

# Markers no output may hold: every student's name and number carries one.
NAME_MARK, NUMBER_MARK = "甲乙丙", "QZX"
# 初二 1班: 9 students (8 screened), 初二 2班: 2 (small), 初三 1班: 6, one of them excluded
CLASSES = (("初二", "1班", 9), ("初二", "2班", 2), ("初三", "1班", 6))


@pytest.fixture(scope="module")
def outputs(_staff_template, tmp_path_factory):
    """The published summary of a campaign with small and large cells, and its PDF (zh, en) and workbook."""
    template, staff_ids = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("screening-summary") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        boss = Staff(Room(inst, backend, template.recovery_groups), staff_ids).login(SUPERVISOR)
        try:
            clients = ClientService(boss)
            ids: list[tuple[str, str, int]] = []
            for grade, class_name, count in CLASSES:
                for n in range(count):
                    client = clients.register(ClientDraft(
                        name=f"{NAME_MARK}{grade}{class_name}{n}", gender=Gender.UNSPECIFIED,
                        client_type=ClientType.STUDENT, grade=grade, class_name=class_name,
                        student_no=f"{NUMBER_MARK}{grade}{class_name}{n:02d}"))
                    ids.append((grade, class_name, client.id))
            excluded = next(c for g, _cl, c in ids if g == "初三")
            screening = ScreeningService(boss)
            campaign = screening.create(CampaignDraft(name="2026 秋季普查", scale_codes=("phq9",), grades=("初二", "初三"),
                                                      starts_on=boss.today(), ends_on=boss.today(), notice="已告知",
                                                      excluded=(excluded,)))
            screening.open(campaign.id)
            screened = [c for _g, _cl, c in ids if c != excluded][1:]    # one of 初二 1班 not yet
            screening.record_sheets(campaign.id, [SheetDraft(c, "phq9", {str(i): "1" for i in range(1, 10)})
                                                  for c in screened])
            published = screening.published_summary(campaign.id)
            made = {lang: build_screening_summary(room_name="实验中学心理辅导室", summary=published, printed_by="王老师",
                                                  printed_at=datetime(2026, 12, 1, 9), lang=lang)
                    for lang in ("zh_CN", "en")}
            made["xlsx"] = build_screening_summary_xlsx(room_name="实验中学心理辅导室", summary=published)
        finally:
            boss.logout()
    shots = Path("/tmp/shots-screen-out")
    if shots.is_dir():   # to look at (pdftoppm)
        for lang in ("zh_CN", "en"):
            (shots / f"screening-summary-{lang}.pdf").write_bytes(made[lang])
    return published, made


def _xlsx_strings(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return "".join(book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xml"))


def test_no_student_is_named_or_numbered_anywhere(outputs):
    _published, made = outputs
    for lang in ("zh_CN", "en"):
        pdf = made[lang]
        assert NUMBER_MARK.encode() not in pdf and NAME_MARK.encode() not in pdf
        text = squeeze(pdf_text(pdf))
        assert NAME_MARK not in text and NUMBER_MARK not in text and NAME_MARK[0] not in text
        assert "2026秋季普查" in text and "PHQ-9" in text and "初二1班" in text    # campaign, scale, class level
    strings = _xlsx_strings(made["xlsx"])
    assert NAME_MARK not in strings and NUMBER_MARK not in strings
    assert "初二 1班" in strings and "2026 秋季普查" in strings


def test_what_is_printed_says_room_window_scales_and_the_marks(outputs):
    published, made = outputs
    zh, en = squeeze(pdf_text(made["zh_CN"])), pdf_text(made["en"])
    day = published.starts_on.isoformat()
    assert "实验中学心理辅导室" in zh and "心理普查汇总" in zh and f"{day}至{day}" in zh
    assert "说明：“<5”表示1至4之间的数" in zh and "k=5" in zh
    assert "Screening summary" in en and f"{day} to {day}" in en and "Scales: PHQ-9" in en
    assert "\"<5\" is a number from 1 to 4" in " ".join(en.split())


def test_no_count_from_one_to_k_minus_one_is_printed(outputs):
    published, made = outputs
    k = published.k
    hidden = f"<{k}"
    marks = 0
    for table in published.tables:
        for line in table_grid(table, "zh_CN")[1:]:
            for text in line[1:]:
                number = published_number(text)
                assert number is None or number == 0 or number >= k, (table.id, line)
                marks += text in (hidden, "x")
    assert marks, "the small class must be hidden"
    assert hidden in pdf_text(made["zh_CN"])
    book = openpyxl.load_workbook(io.BytesIO(made["xlsx"]))
    numbers = [cell for sheet in book.worksheets[1:] for row in sheet.iter_rows(values_only=True) for cell in row
               if isinstance(cell, (int, float))]
    assert numbers and all(n == 0 or n >= k for n in numbers)
    assert any(cell == hidden for sheet in book.worksheets[1:] for row in sheet.iter_rows(values_only=True)
               for cell in row)
