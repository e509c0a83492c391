#!/usr/bin/env python3
"""Draw the CounselRoom application icon.

A rounded square in the application's navy accent (``#1f3356``, the colour of
checked options and chart lines, lightened towards the top) holding a white
speech bubble with a heart in it: a conversation held with care.  No text, so
it reads the same in Chinese and English.

Every size is drawn at its own resolution (not scaled down from 256 px), so the
small ones stay crisp; below 24 px the heart is left out, since at that size it
would only be a smudge.

Output (from the repository root)::

    resources/icons/counselroom.png      256 x 256 (Linux .desktop, README)
    resources/icons/counselroom-48.png   48 x 48
    resources/icons/counselroom.ico      16, 24, 32, 48, 64, 128 and 256 px
                                         (the PyInstaller executables, setup.exe,
                                         shortcuts, Apps & features)
    installer/installer-wizard.bmp 164 x 314, 24-bit: the left side of the
                                         installer's welcome and finish pages

The .ico is written here rather than by Qt's ico plugin: entries below 256 px
are classic 32-bit BGRA bitmaps with an AND mask (what every Windows version
and every icon-reading tool takes), the 256 px entry is PNG-compressed (as
Windows Vista and later expect).

Rerun after a change::

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/build_icon.py

It needs only PySide6.  The output is byte-identical from run to run with the
same Qt version.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "resources" / "icons"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# The accent colour of the application (src/counselroom/ui: checked options, chart lines),
# lightened towards the top of the tile so it does not look flat.
NAVY = QColor("#1f3356")
NAVY_LIGHT = QColor("#35598f")
WHITE = QColor("#ffffff")


def _tile_path(s: float) -> QPainterPath:
    """The rounded square, in a 256-unit design grid scaled to ``s`` pixels."""
    k = s / 256.0
    margin = 8 * k if s >= 32 else 0.0  # the small sizes use the whole square
    side = s - 2 * margin
    radius = side * 0.22
    path = QPainterPath()
    path.addRoundedRect(QRectF(margin, margin, side, side), radius, radius)
    return path


def _bubble_path(s: float) -> QPainterPath:
    """A speech bubble with a tail at the lower left (design grid 256)."""
    k = s / 256.0
    body = QPainterPath()
    body.addRoundedRect(QRectF(44 * k, 50 * k, 168 * k, 126 * k), 48 * k, 48 * k)
    tail = QPainterPath()
    tail.moveTo(QPointF(76 * k, 156 * k))
    tail.cubicTo(QPointF(78 * k, 180 * k), QPointF(70 * k, 196 * k), QPointF(54 * k, 208 * k))
    tail.cubicTo(QPointF(84 * k, 206 * k), QPointF(108 * k, 192 * k), QPointF(122 * k, 172 * k))
    tail.closeSubpath()
    return body.united(tail).simplified()


def _heart_path(s: float) -> QPainterPath:
    """A heart centred in the bubble's body (design grid 256)."""
    k = s / 256.0
    cx, top, bottom, half = 128.0, 86.0, 148.0, 34.0
    path = QPainterPath()
    path.moveTo(QPointF(cx * k, (top + 12) * k))
    # left lobe, then down to the point
    path.cubicTo(QPointF((cx - 4) * k, (top - 4) * k),
                 QPointF((cx - half - 2) * k, (top - 8) * k),
                 QPointF((cx - half) * k, (top + 16) * k))
    path.cubicTo(QPointF((cx - half + 1) * k, (top + 34) * k),
                 QPointF((cx - 16) * k, (bottom - 16) * k),
                 QPointF(cx * k, bottom * k))
    # right lobe (mirror image)
    path.cubicTo(QPointF((cx + 16) * k, (bottom - 16) * k),
                 QPointF((cx + half - 1) * k, (top + 34) * k),
                 QPointF((cx + half) * k, (top + 16) * k))
    path.cubicTo(QPointF((cx + half + 2) * k, (top - 8) * k),
                 QPointF((cx + 4) * k, (top - 4) * k),
                 QPointF(cx * k, (top + 12) * k))
    path.closeSubpath()
    return path


def render(size: int) -> QImage:
    """The icon drawn natively at ``size`` x ``size`` pixels (ARGB32, premultiplied off)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)

    gradient = QLinearGradient(0, 0, 0, size)
    gradient.setColorAt(0.0, NAVY_LIGHT)
    gradient.setColorAt(1.0, NAVY)
    painter.setBrush(QBrush(gradient))
    painter.drawPath(_tile_path(size))

    painter.setBrush(WHITE)
    painter.drawPath(_bubble_path(size))

    if size >= 24:
        heart = QLinearGradient(0, 86 * size / 256, 0, 148 * size / 256)
        heart.setColorAt(0.0, QColor("#4a78b8"))
        heart.setColorAt(1.0, NAVY_LIGHT)
        painter.setBrush(QBrush(heart))
        painter.drawPath(_heart_path(size))
    painter.end()
    return image


def render_wizard_bitmap() -> QImage:
    """The picture at the left of the installer's welcome and finish pages (164 x 314, the
    size NSIS's Modern UI expects): the tile's navy, the bubble and heart, no text."""
    w, h = 164, 314
    image = QImage(w, h, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    gradient = QLinearGradient(0, 0, 0, h)
    gradient.setColorAt(0.0, NAVY_LIGHT)
    gradient.setColorAt(1.0, NAVY)
    painter.fillRect(0, 0, w, h, QBrush(gradient))
    # The icon's bubble and heart, without the tile, near the top.
    painter.save()
    size = 112
    painter.translate((w - size) / 2, 48)
    painter.setBrush(WHITE)
    painter.drawPath(_bubble_path(size))
    heart = QLinearGradient(0, 86 * size / 256, 0, 148 * size / 256)
    heart.setColorAt(0.0, QColor("#4a78b8"))
    heart.setColorAt(1.0, NAVY_LIGHT)
    painter.setBrush(QBrush(heart))
    painter.drawPath(_heart_path(size))
    painter.restore()
    painter.end()
    return image


def encoded(image: QImage, fmt: str) -> bytes:
    """The image in one of Qt's formats ("PNG", "BMP"), in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise RuntimeError(f"Qt could not encode {fmt}")
    buffer.close()
    return bytes(data)


def _dib_bytes(image: QImage) -> bytes:
    """A classic ICO entry: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, 1-bit AND mask."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    mask_stride = ((w + 31) // 32) * 4
    for y in range(h - 1, -1, -1):
        # Format_ARGB32 is 0xAARRGGBB per pixel in native (little-endian) order: B G R A bytes.
        line = bytes(img.constScanLine(y))[: w * 4]
        rows.append(line)
        bits = bytearray(mask_stride)
        for x in range(w):
            if line[x * 4 + 3] == 0:  # fully transparent -> mask bit set
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """An ICO container: PNG for 256 px, DIB for the smaller sizes."""
    if sys.byteorder != "little":  # pragma: no cover - Qt's ARGB32 byte order assumption
        raise RuntimeError("the DIB writer assumes a little-endian machine")
    sizes = sorted(images)
    payloads = [encoded(images[s], "PNG") if s >= 256 else _dib_bytes(images[s]) for s in sizes]
    out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
    offset = 6 + 16 * len(sizes)
    for s, payload in zip(sizes, payloads):
        dim = 0 if s >= 256 else s
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    for payload in payloads:
        out += payload
    return bytes(out)


def build(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    images = {s: render(s) for s in ICO_SIZES}
    written = []
    for name, data in (
        ("counselroom.png", encoded(images[256], "PNG")),
        ("counselroom-48.png", encoded(images[48], "PNG")),
        ("counselroom.ico", ico_bytes(images)),
        # the installer's picture is not part of the application: it stays beside the script
        ("installer-wizard.bmp", encoded(render_wizard_bitmap(), "BMP")),
    ):
        path = (Path(__file__).resolve().parent if name.endswith(".bmp") else out_dir) / name
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: resources/icons)")
    parser.add_argument("--preview", type=Path, help="also save every size as PNG into this folder")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/rendering need one
    for path in build(args.out):
        print(f"{path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path}  {path.stat().st_size} bytes")
    if args.preview:
        args.preview.mkdir(parents=True, exist_ok=True)
        for s in ICO_SIZES:
            render(s).save(str(args.preview / f"icon-{s}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
