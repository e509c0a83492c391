"""The recovery sheet PDF: embedded CJK font, extractable text, built only in memory."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader

from counselroom.reports.recovery_sheet import build_recovery_sheet
from pdf_helpers import pdf_fonts, pdf_text, run_without_disk_writes

ROOM = "䶮山堃园中学心理辅导室"
GROUPS = ["123456", "234567", "345678", "456789", "567890", "678901", "789012", "890123"]


def _build(**overrides) -> bytes:
    kwargs = dict(
        room_name=ROOM,
        installation_id="3f9c2b7e8d1a4c6f9e0b5a7d2c4e6f81",
        created_at=datetime(2025, 3, 1, 6, 32, tzinfo=timezone.utc),
        supervisor_name="王䶮玥",
        code_groups=GROUPS,
    )
    kwargs.update(overrides)
    return build_recovery_sheet(**kwargs)


_text = pdf_text
_fonts = pdf_fonts


def test_returns_a_single_page_a4_pdf():
    pdf = _build()
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_text_has_room_name_code_groups_and_both_languages(lang):
    text = _build(lang=lang)
    text = _text(text)
    assert ROOM in text
    for group in GROUPS:
        assert group in text
    assert "恢复" in text and "Recovery sheet" in text
    assert "王䶮玥" in text
    assert "3f9c2b7e8d1a4c6f9e0b5a7d2c4e6f81" in text
    for zh in ("保管人", "存放位置", "签名", "日期"):
        assert zh in text


def test_primary_language_comes_first():
    zh = _text(_build(lang="zh_CN"))
    en = _text(_build(lang="en_US"))
    assert zh.index("恢复密钥单") < zh.index("Recovery sheet")
    assert en.index("Recovery sheet") < en.index("恢复密钥单")


def test_every_page_uses_the_embedded_truetype_font():
    pdf = _build()
    fonts = _fonts(pdf)
    ours = {name: f for name, f in fonts.items() if "CounselRoomSansSC" in name}
    assert ours, f"shipped font not used: {sorted(fonts)}"
    for name, font in ours.items():
        assert font["/Subtype"] == "/TrueType"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    # no CID fallback font (STSong-Light & co.) and no Type0 Asian font packs
    for name, font in fonts.items():
        assert "STSong" not in name and "MSung" not in name and "HeiseiMin" not in name
        assert font["/Subtype"] != "/Type0", name
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        names = [str(ref.get_object()["/BaseFont"]) for ref in page["/Resources"]["/Font"].values()]
        assert any("CounselRoomSansSC" in n for n in names)


def test_rejects_a_malformed_code():
    with pytest.raises(ValueError):
        _build(code_groups=GROUPS[:7])
    with pytest.raises(ValueError):
        _build(code_groups=GROUPS[:7] + ["12a456"])


def test_long_names_stay_readable():
    long_room = "北京市海淀区第一〇一中学附属实验学校心理健康教育中心䶮堃喆赟玥珺昇淼犇焱垚心理辅导室东校区二号楼"
    pdf = _build(room_name=long_room[:60], supervisor_name="欧阳" + "䶮" * 38)
    text = _text(pdf).replace("\n", "")
    assert long_room[:60] in text
    for group in GROUPS:
        assert group in text


def test_markup_in_names_is_printed_literally():
    text = _text(_build(room_name="A&B <b>室</b>", supervisor_name="<i>x</i> & y"))
    assert "A&B <b>室</b>" in text
    assert "<i>x</i> & y" in text


def test_builder_writes_nothing_to_disk(tmp_path):
    """Fresh interpreter, cwd and TMPDIR empty; every file opened for writing is recorded."""
    report = run_without_disk_writes(tmp_path, """
        from datetime import datetime
        from counselroom.reports.recovery_sheet import build_recovery_sheet
        # --- build
        pdf = build_recovery_sheet(
            room_name="䶮山堃园中学心理辅导室", installation_id="abc",
            created_at=datetime(2025, 3, 1, 14, 32), supervisor_name="王䶮玥",
            code_groups=["123456"] * 8)
    """)
    assert report["size"] > 10_000
