"""The archive receipt (归档回执) for the supervisor's file: no client data.

What was exported (the quarter, the number of records of each kind), when, by whom,
to which file, its size and SHA-256 (to check the drive years later), the seal of its
manifest (an HMAC under a key only this installation has: ``archive/seal.py``; with the
SHA-256 it names the very archive exported, and ``admin verify-archive --sha256 … --seal …``
checks a file against them), and the audit chain head the archive records (a later
database that does not contain this head was rolled back). The archive passphrase is printed only when asked for; the
receipt then says to keep it apart from the drive.

7-Zip takes the passphrase byte for byte, so the receipt prints it exactly as it must be
typed (every space kept) and says, with or without it, how to open the archive in 7-Zip
and that capitals and hyphens must be typed as written.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.archive import COUNTED_KINDS, Quarter
from counselroom.reports.fonts import FONT_BOLD
from counselroom.reports.labels import english
from counselroom.reports.layout import (
    LIGHT,
    NAVY,
    PANEL,
    RED,
    RED_BG,
    Layout,
    PageGeometry,
    Styles,
    build_two_pass,
    draw_footer,
    draw_header,
    fmt_date,
    fmt_datetime,
    make_style,
    page_of,
)
from counselroom.reports.plain_text import markup

GEOMETRY = PageGeometry()

#: table -> (zh, en) for the counts.
KIND_LABELS: dict[str, tuple[str, str]] = {
    "clients": ("来访者", "Clients"),
    "cases": ("个案", "Cases"),
    "visits": ("咨询记录", "Visit records"),
    "visit_addenda": ("补充说明", "Addenda"),
    "test_administrations": ("心理测验", "Psychological tests"),
    "crises": ("危机干预", "Crisis interventions"),
    "referrals": ("转介", "Referrals"),
    "consents": ("知情同意", "Consents"),
    "consent_attachments": ("知情同意书扫描件", "Consent form scans"),
    "appointments": ("预约", "Appointments"),
    "duty_shifts": ("值班记录", "Duty shifts"),
    "closings": ("闭室检查", "Closing checklists"),
    "audit": ("审计日志", "Audit rows"),
}

_WORDS = {
    "title": ("季度归档回执", "Quarterly archive receipt"),
    "quarter": ("归档季度", "Quarter"),
    "exported_at": ("导出时间", "Exported at"),
    "exported_by": ("导出人", "Exported by"),
    "file": ("文件名", "File name"),
    "size": ("文件大小", "File size"),
    "sha256": ("SHA-256 校验值", "SHA-256"),
    "seal": ("防篡改封印", "Seal (HMAC)"),
    "head": ("审计链头", "Audit chain head"),
    "case_files": ("来访者档案 PDF", "Case file PDFs"),
    "counts": ("归档记录数", "Records archived"),
    "kind": ("类别", "Kind"),
    "number": ("数量", "Count"),
    "verified": ("归档文件已写入并从存储设备读回核对无误。",
                 "The archive was written, read back from the drive and verified."),
    "check": ("日后核对：certutil -hashfile {file} SHA256（或 sha256sum {file}）的结果应与上面的 SHA-256 一致。"
              "防篡改封印证明内容确为本室导出、未经改动，由本室电脑上的 CounselRoom 核验（“归档”页 → 打开归档）。"
              "打开归档需要 7-Zip 与归档密码。",
              "Later: certutil -hashfile {file} SHA256 (or sha256sum {file}) must give the SHA-256 above. The seal "
              "shows the contents are as this room exported them; CounselRoom on this room's computer checks it "
              "(Archive → Open an archive…). Opening the archive needs 7-Zip and the passphrase."),
    "how_to_open": ("如何打开归档", "Opening the archive"),
    "how_to_open_steps": ("7-Zip → 打开（归档文件 {file}）→ 输入密码 → 确定 → 提取。"
                          "密码必须与记录的完全一致地输入：大写字母不能改成小写，连字符“-”不能省略或换成空格。"
                          "7-Zip 逐字比较密码，任何其他写法都打不开归档。",
                          "7-Zip → Open (the archive file {file}) → Enter password → OK → Extract. "
                          "Type the passphrase exactly as written down: capital letters stay capitals and the "
                          "hyphens (-) are typed too, never left out or replaced by spaces; 7-Zip opens the "
                          "archive with no other form of it."),
    "passphrase": ("归档密码", "Archive passphrase"),
    "passphrase_exact": ("在 7-Zip 中须逐字照此输入：大小写、连字符“-”与空格都与上面印的完全一致。",
                         "Type it into 7-Zip exactly as printed here: capitals, hyphens (-) and spaces just as "
                         "shown."),
    "passphrase_spaces": ("其中有 {n} 个空格，输入时也要照样打出。", "Spaces in it: {n}; type them too."),
    "passphrase_note": ("此密码是打开归档的唯一方法，程序不保存它。请将本回执锁入柜中，并与存放归档的U盘分开保管。",
                        "This passphrase is the only way to open the archive; the application does not keep it. "
                        "Lock this receipt away, apart from the drive that holds the archive."),
    "no_client_data": ("本回执不含来访者信息。", "This receipt holds no client data."),
    "sign": ("经办人签名", "Signature"),
    "date": ("日期", "Date"),
    "keeper": ("保管人签名", "Custodian"),
    "bytes": ("字节", "bytes"),
}


def _w(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if english(lang) else zh


def _kind(table: str, lang: str) -> str:
    zh, en = KIND_LABELS.get(table, (table, table))
    return en if english(lang) else zh


def _size_text(size: int, lang: str) -> str:
    mb = size / (1024 * 1024)
    return f"{size:,} {_w('bytes', lang)} ({mb:.1f} MB)"


def _grouped(hex_text: str, width: int = 8) -> str:
    return " ".join(hex_text[i:i + width] for i in range(0, len(hex_text), width))


def _exact_markup(passphrase: str) -> str:
    """The passphrase as paragraph markup that keeps every character: a run of spaces stays a run."""
    return markup(passphrase).replace(" ", "&nbsp;")


def _passphrase_style(passphrase: str) -> ParagraphStyle:
    """Large and monospaced (0/O, l/1 told apart) for a passphrase of Latin letters; the embedded CJK
    font for one with Chinese (Courier has no Chinese glyphs). Broken anywhere if it is too long for
    a line: the spaces are kept as they are, so a line break never hides or adds one."""
    size = 17 if len(passphrase) <= 36 else 13
    latin = passphrase.isascii()
    return ParagraphStyle("passphrase", fontName="Courier-Bold" if latin else FONT_BOLD, fontSize=size,
                          leading=size * 1.4, alignment=TA_CENTER, textColor=RED, wordWrap="CJK")


def build_archive_receipt(*, room_name: str, quarter: Quarter, exported_at: datetime, exported_by: str,
                          file_name: str, size: int, sha256: str, counts: dict[str, int], case_files: int,
                          audit_head_seq: int | None, audit_head_mac: str | None,
                          passphrase: str | None = None, printed_at: datetime | None = None,
                          lang: str = "zh_CN", seal: str = "") -> bytes:
    """The receipt as PDF bytes (A4, in memory)."""
    geo = GEOMETRY
    en = english(lang)
    title = _w("title", lang)

    def story(_previous: Layout | None) -> list[Flowable]:
        st = Styles()
        mono = ParagraphStyle("mono", fontName="Courier", fontSize=10, leading=14)
        # 64 hex digits in groups of eight fit on one line of the value column
        hexes = ParagraphStyle("hex", fontName="Courier", fontSize=7.5, leading=10)
        width = geo.body_width
        label_w = 38 * mm
        period = f"{quarter}  ({fmt_date(quarter.first_day)} – {fmt_date(quarter.last_day)})"
        head = (f"#{audit_head_seq}  " if audit_head_seq is not None else "") + _grouped(audit_head_mac or "")
        rows = [
            (_w("quarter", lang), Paragraph(markup(period), st.value_bold)),
            (_w("exported_at", lang), Paragraph(markup(fmt_datetime(exported_at)), st.value)),
            (_w("exported_by", lang), Paragraph(markup(exported_by), st.value)),
            (_w("file", lang), Paragraph(markup(file_name), mono)),
            (_w("size", lang), Paragraph(markup(_size_text(size, lang)), st.value)),
            (_w("sha256", lang), Paragraph(markup(_grouped(sha256)), hexes)),
            *([(_w("seal", lang), Paragraph(markup(_grouped(seal)), hexes))] if seal else []),
            (_w("head", lang), Paragraph(markup(head), hexes)),
            (_w("case_files", lang), Paragraph(markup(str(case_files)), st.value)),
        ]
        grid = Table([[Paragraph(markup(a), st.label), b] for a, b in rows],
                     colWidths=[label_w, width - label_w])
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, LIGHT),
                                  ("BACKGROUND", (0, 0), (0, -1), PANEL),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        kinds = [k for k in COUNTED_KINDS if k in counts] + sorted(k for k in counts if k not in COUNTED_KINDS
                                                                  and k in KIND_LABELS)
        # Three kinds to a row: the receipt, with the passphrase and how to open the archive, stays on one page.
        per_row = 3
        rows_n = (len(kinds) + per_row - 1) // per_row
        heading: list[Paragraph | str] = [Paragraph(markup(_w("kind", lang)), st.label),
                                          Paragraph(markup(_w("number", lang)), st.label)]
        count_rows = [heading * per_row]
        number = make_style("num", size=10, leading=13, cjk=False, align=TA_RIGHT)
        kind_style = make_style("kindlabel", size=10, leading=13)
        for i in range(rows_n):
            row: list[Paragraph | str] = []
            for j in range(per_row):
                n = i + j * rows_n
                if n >= len(kinds):
                    row += ["", ""]
                else:
                    k = kinds[n]
                    row += [Paragraph(markup(_kind(k, lang)), kind_style), Paragraph(f"{counts[k]:,}", number)]
            count_rows.append(row)
        col, num_w = width / per_row, 16 * mm
        counts_table = Table(count_rows, colWidths=[col - num_w, num_w] * per_row)
        counts_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, LIGHT),
                                          ("BACKGROUND", (0, 0), (-1, 0), PANEL),
                                          ("LINEAFTER", (1, 0), (1, -1), 1.0, NAVY),
                                          ("LINEAFTER", (3, 0), (3, -1), 1.0, NAVY),
                                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        out: list[Flowable] = [Paragraph(markup(room_name), st.subtitle), Paragraph(markup(title), st.title),
                               Spacer(1, 4 * mm), grid, Spacer(1, 3 * mm),
                               Paragraph(markup("✓ " + _w("verified", lang)), st.status),
                               Paragraph(markup(_w("counts", lang)), st.section), counts_table]
        if passphrase:
            exact = [Paragraph(markup(_w("passphrase_exact", lang)), st.banner_note)]
            if " " in passphrase:
                exact.append(Paragraph(markup(_w("passphrase_spaces", lang).format(n=passphrase.count(" "))),
                                       st.banner_note))
            box = Table([[Paragraph(markup(_w("passphrase", lang)), st.section)],
                         [Paragraph(_exact_markup(passphrase), _passphrase_style(passphrase))],
                         [exact],
                         [Paragraph(markup(_w("passphrase_note", lang)), st.banner_note)]],
                        colWidths=[width])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, RED),
                                     ("BACKGROUND", (0, 0), (-1, -1), RED_BG),
                                     ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            out += [Spacer(1, 4 * mm), box]
        how_to = (f"<b>{markup(_w('how_to_open', lang))}{'：' if not en else ': '}</b>"
                  + markup(_w("how_to_open_steps", lang).format(file=file_name)))
        out += [Spacer(1, 3 * mm), Paragraph(how_to, st.value), Spacer(1, 2 * mm),
                Paragraph(markup(_w("check", lang).format(file=file_name)), st.small), Spacer(1, 2 * mm)]
        sign = Table([[Paragraph(markup(_w("sign", lang)), st.label), "", Paragraph(markup(_w("date", lang)),
                                                                                   st.label), ""],
                      [Paragraph(markup(_w("keeper", lang)), st.label), "", Paragraph(markup(_w("date", lang)),
                                                                                     st.label), ""]],
                     colWidths=[34 * mm, width / 2 - 34 * mm, 16 * mm, width / 2 - 16 * mm],
                     rowHeights=[10 * mm, 10 * mm])
        sign.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, NAVY),
                                  ("LINEBELOW", (3, 0), (3, -1), 0.6, NAVY),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        out.append(KeepTogether([sign]))
        return out

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        draw_header(canvas, geo, f"{room_name} · {title}", _w("no_client_data", lang))
        total = previous.total if previous else 0
        printed = fmt_datetime(printed_at or exported_at)
        draw_footer(canvas, geo, left=f"CounselRoom · {printed}", center=file_name, right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {quarter}")
