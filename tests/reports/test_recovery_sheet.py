"""The recovery sheet PDF: embedded CJK font, extractable text, built only in memory."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselroom.reports.recovery_sheet import build_recovery_sheet

SRC = Path(__file__).resolve().parents[2] / "src"
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


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(pdf: bytes) -> dict[str, dict]:
    """BaseFont -> font dictionary, for every font on every page."""
    reader = PdfReader(io.BytesIO(pdf))
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


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
    work = tmp_path / "cwd"
    tmp = tmp_path / "tmp"
    home = tmp_path / "home"
    for d in (work, tmp, home):
        d.mkdir()
    script = textwrap.dedent(
        """
        import json, os, sys
        from datetime import datetime
        writes = []
        WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

        def hook(event, args):
            if event == "open":
                path, mode, flags = args
                if (mode and any(c in mode for c in "wax+")) or (flags and flags & WRITE_FLAGS):
                    writes.append(str(path))
            elif event in ("os.mkdir", "os.rename", "os.remove", "shutil.copyfile"):
                writes.append(f"{event}:{args[0]}")

        from counselroom.reports.recovery_sheet import build_recovery_sheet
        sys.addaudithook(hook)
        pdf = build_recovery_sheet(
            room_name="䶮山堃园中学心理辅导室", installation_id="abc",
            created_at=datetime(2025, 3, 1, 14, 32), supervisor_name="王䶮玥",
            code_groups=["123456"] * 8)
        sys.stdout.write(json.dumps({"size": len(pdf), "writes": writes}))
        """
    )
    env = dict(os.environ)
    env.update(
        TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp), HOME=str(home),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=work, env=env,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["size"] > 10_000
    assert report["writes"] == []
    assert list(work.iterdir()) == []
    assert list(tmp.iterdir()) == []
    assert list(home.iterdir()) == []
