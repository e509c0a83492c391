"""The recovery sheet: the printed recovery code the supervisor locks away.

Built entirely in memory (``bytes`` out, nothing written to disk: the code is
a secret).  Every text is bilingual; ``lang`` chooses which language comes
first in full size, the other follows underneath in smaller grey type.  All
text, the code digits included (the font's digits are tabular, so the groups
line up like a monospaced font), uses the embedded TrueType font from
:mod:`counselroom.reports.fonts`: the sheet prints the same in every viewer
and no font is left for the printer to substitute.
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counselroom.reports.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from counselroom.reports.layout import (
    GREY, INK, LIGHT, NAVY, PAGE_H, PAGE_W, PANEL, RED, RED_BG, make_style,
)

CODE_GROUPS = 8

_MARGIN_X = 20 * mm
_MARGIN_TOP = 20 * mm
_MARGIN_BOTTOM = 17 * mm
_BODY_W = PAGE_W - 2 * _MARGIN_X


class _Bilingual:
    """Makes primary/secondary paragraph pairs in the order ``lang`` asks for."""

    def __init__(self, lang: str) -> None:
        self.english_first = lang.lower().startswith("en")

    def pair(self, zh: str, en: str) -> tuple[str, str]:
        return (en, zh) if self.english_first else (zh, en)

    def paras(self, zh: str, en: str, primary: ParagraphStyle,
              secondary: ParagraphStyle) -> list[Flowable]:
        first, second = self.pair(zh, en)
        return [Paragraph(first, primary), Paragraph(second, secondary)]

    def inline(self, zh: str, en: str, secondary_size: float,
               color: str = "#5A5A5A") -> str:
        """Primary text, line break, secondary text in smaller grey type (one Paragraph)."""
        first, second = self.pair(zh, en)
        return f'{first}<br/><font size="{secondary_size}" color="{color}">{second}</font>'


def _format_created(created_at: datetime) -> str:
    if created_at.tzinfo is not None:
        created_at = created_at.astimezone()  # shown in the computer's local time
    return created_at.strftime("%Y-%m-%d %H:%M")


def build_recovery_sheet(*, room_name: str, installation_id: str, created_at: datetime,
                         supervisor_name: str, code_groups: list[str],
                         lang: str = "zh_CN") -> bytes:
    """Return the recovery sheet as PDF bytes (A4). Nothing is written to disk."""
    if len(code_groups) != CODE_GROUPS or not all(
            g.isascii() and g.isdigit() for g in code_groups):
        raise ValueError(f"code_groups must be {CODE_GROUPS} groups of digits")
    register_fonts()
    bi = _Bilingual(lang)

    title = make_style("title", size=24, leading=30, bold=True, color=NAVY, align=TA_CENTER)
    title_2 = make_style("title2", size=12, leading=16, color=GREY, align=TA_CENTER)
    h = make_style("h", size=12.5, leading=16, bold=True, color=NAVY, space_before=5.5)
    h_2 = make_style("h2", size=9, leading=11.5, color=GREY, space_after=2.5)
    body = make_style("body", size=10, leading=13.5)
    body_2 = make_style("body2", size=8, leading=10.5, color=GREY)
    label = make_style("label", size=10, leading=12.5, color=INK)
    value = make_style("value", size=11.5, leading=15)
    value_id = make_style("valueid", size=11, leading=15, cjk=False)
    group_label = make_style("glabel", size=8.5, leading=10.5, color=GREY, align=TA_CENTER)
    digits = make_style("digits", size=27, leading=31, bold=True, align=TA_CENTER, cjk=False)
    warn = make_style("warn", size=11, leading=15, bold=True, color=RED)
    warn_2 = make_style("warn2", size=9, leading=12, color=RED)
    sign_label = make_style("slabel", size=9.5, leading=12, color=INK)

    story: list[Flowable] = []

    # --- title -------------------------------------------------------------------
    story += bi.paras("恢复密钥单", "Recovery sheet", title, title_2)
    story.append(Spacer(1, 3 * mm))

    # --- identification ------------------------------------------------------------
    def info_label(zh: str, en: str) -> Paragraph:
        return Paragraph(bi.inline(zh, en, 7.5), label)

    label_w = 33 * mm
    value_w = _BODY_W / 2 - label_w
    info = Table(
        [
            [info_label("咨询室名称", "Room name"), Paragraph(escape(room_name), value),
             "", ""],
            [info_label("安装编号", "Installation ID"),
             Paragraph(escape(installation_id), value_id), "", ""],
            [info_label("创建时间", "Created"),
             Paragraph(escape(_format_created(created_at)), value),
             info_label("设置人", "Set up by"), Paragraph(escape(supervisor_name), value)],
        ],
        colWidths=[label_w, value_w, label_w, value_w],
    )
    info.setStyle(TableStyle([
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (1, 1), (3, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), PANEL),
        ("BACKGROUND", (2, 2), (2, 2), PANEL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(info)

    # --- the code --------------------------------------------------------------------
    story += bi.paras("恢复密钥", "Recovery code", h, h_2)
    cells = []
    for row in range(2):
        labels, values = [], []
        for column in range(4):
            n = row * 4 + column + 1
            zh, en = f"第 {n} 组", f"Group {n}"
            first, second = bi.pair(zh, en)
            labels.append(Paragraph(f"{first} · {second}", group_label))
            values.append(Paragraph(escape(code_groups[n - 1]), digits))
        cells += [labels, values]
    col_w = _BODY_W / 4
    code = Table(cells, colWidths=[col_w] * 4, rowHeights=[5.5 * mm, 12 * mm] * 2)
    code.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, NAVY),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, LIGHT),
        ("LINEBELOW", (0, 1), (-1, 1), 1.0, NAVY),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("BACKGROUND", (0, 2), (-1, 2), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story.append(code)
    story.append(Spacer(1, 2 * mm))
    story += bi.paras(
        "共 8 组，每组 6 位数字。输入时请按第 1 组到第 8 组的顺序。",
        "8 groups of 6 digits. Enter them in order, from group 1 to group 8.",
        body, body_2,
    )

    # --- what it is for / if lost (left) and how to keep it (right) -------------------
    gap = 7 * mm
    col = (_BODY_W - gap) / 2

    def bullets(items: list[tuple[str, str]], width: float) -> Table:
        data = [[Paragraph("•", body), bi.paras(zh, en, body, body_2)] for zh, en in items]
        t = Table(data, colWidths=[4.5 * mm, width - 4.5 * mm])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (0, -1), 1),
        ]))
        return t

    left = bi.paras("这张单子的用途", "What this sheet is for", h, h_2)
    left.append(bullets([
        ("在新电脑上打开档案的唯一办法（例如硬盘损坏后）：点“从备份恢复…”，选 U 盘上的备份，"
         "输入本单上的恢复密钥。",
         "The only way to open the records on a new computer (after a disk failure, say): choose "
         "\"Restore from a backup…\", the backup on the USB drive, and type this code."),
        ("主管忘记密码时，重设主管密码的唯一办法。",
         "The only way to reset the supervisor's password if it has been forgotten."),
    ], col))
    left += bi.paras("如果遗失", "If it is lost", h, h_2)
    left.append(bullets([
        ("请主管尽快生成新的恢复密钥，打印新单子，再往 U 盘做一份新备份（备份只认制作时有效的恢复密钥）。",
         "The supervisor should issue a new code at once, print a new sheet, then make a new "
         "backup to the USB drive (a backup opens only with the code of its time)."),
        ("如果怀疑这张单子被别人看到或复制过，也请这样做。",
         "Do the same if you think someone else has seen or copied this sheet."),
    ], col))

    right = bi.paras("保管要求", "How to keep it", h, h_2)
    right.append(bullets([
        ("锁在档案柜里。U 盘上的备份（同名的 .db 和 .keys 文件）放在别处，不要和本单或这台电脑放在一起。",
         "Keep it in a locked cabinet; keep the USB backups (a .db and a .keys of the same name) "
         "elsewhere, never with this sheet or this computer."),
        ("不要拍照，不要扫描或复印。", "Never photograph, scan or copy it."),
        ("不要把恢复密钥存到电脑、U 盘或手机上，也不要通过微信、QQ 或电子邮件发送。",
         "Never store the code on a computer, a USB stick or a phone, "
         "and never send it by WeChat, QQ or e-mail."),
    ], col))
    warning = Table([[bi.paras(
        "任何人只要同时拿到这张单子和一份备份，就能读取全部记录。",
        "Whoever has this sheet and a backup can read every record.",
        warn, warn_2,
    )]], colWidths=[col])
    warning.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.0, RED),
        ("BACKGROUND", (0, 0), (-1, -1), RED_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    right += [Spacer(1, 1.5 * mm), warning]

    story.append(Spacer(1, 2 * mm))
    columns = Table([[left, "", right]], colWidths=[col, gap, col])
    columns.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    story.append(columns)

    # --- custody record ------------------------------------------------------------------
    def field(zh: str, en: str) -> Paragraph:
        return Paragraph(bi.inline(zh, en, 7.5), sign_label)

    custody = Table(
        [[field("保管人", "Kept by"), "", field("存放位置", "Location"), ""],
         [field("签名", "Signature"), "", field("日期", "Date"), ""]],
        colWidths=[24 * mm, col - 24 * mm, gap + 24 * mm, col - 24 * mm],
        rowHeights=[10 * mm, 10 * mm],
    )
    custody.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.7, INK),
        ("LINEBELOW", (3, 0), (3, -1), 0.7, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (2, 0), (2, -1), gap),
    ]))
    story.append(KeepTogether(bi.paras("保管记录", "Custody record", h, h_2) + [custody]))

    # --- page furniture ---------------------------------------------------------------------
    header_l = bi.pair("CounselRoom 心理咨询室档案管理", "CounselRoom counselling records")
    header_r = bi.pair("机密", "CONFIDENTIAL")
    footer_c = bi.pair("请锁柜保管，不要拍照、扫描或复印", "Keep locked away. Do not photograph, scan or copy.")

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_H - 14 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(FONT_REGULAR, 8.5)
        canvas.drawString(_MARGIN_X, top, f"{header_l[0]} · {header_l[1]}")
        canvas.setFillColor(RED)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawRightString(PAGE_W - _MARGIN_X, top, f"{header_r[0]}  {header_r[1]}")
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(_MARGIN_X, top - 2.5 * mm, PAGE_W - _MARGIN_X, top - 2.5 * mm)

        bottom = 12 * mm
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN_X, bottom + 4 * mm, PAGE_W - _MARGIN_X, bottom + 4 * mm)
        canvas.setFillColor(GREY)
        canvas.setFont(FONT_REGULAR, 7.5)
        canvas.drawString(_MARGIN_X, bottom, f"{footer_c[0]} / {footer_c[1]}")
        page = bi.pair(f"第 {doc.page} 页", f"Page {doc.page}")
        canvas.drawRightString(PAGE_W - _MARGIN_X, bottom, f"{page[0]} / {page[1]}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        initialFontName=FONT_REGULAR,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title="恢复密钥单 / Recovery sheet",
        author="CounselRoom",
        subject="",
        creator="CounselRoom",
    )
    frame = Frame(_MARGIN_X, _MARGIN_BOTTOM, _BODY_W, PAGE_H - _MARGIN_TOP - _MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=on_page)])
    doc.build(story)
    return buf.getvalue()
