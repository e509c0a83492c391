"""Reading a roster file (.xlsx or .csv) into a header and rows.

Whatever the file holds, the answer is the rows or one :class:`CounselRoomError` whose code
names the problem in words a teacher can act on; never a parser's exception. Workbooks are
streamed (openpyxl's read-only mode) and reading stops at the row limit, so a workbook of a
million rows is refused in about a second; its table of shared strings is read only as far
as the rows kept need it. CSV text must be UTF-8 or GB18030/GBK: anything else is named
(charset-normalizer tells Big5, Shift-JIS, EUC-KR and UTF-16 from GB18030, which would
otherwise decode them as nonsense characters) and refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import stat
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, iterparse

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.roster import is_blank
from counselroom.domain.text import clean_line

if TYPE_CHECKING:   # imported where used: only reading a CSV file needs the detector
    from charset_normalizer import CharsetMatch, CharsetMatches

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000              # data rows, the header not counted
MAX_COLUMNS = 200              # cells further right are not read
MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024   # uncompressed, as the workbook declares it
SUFFIXES = (".xlsx", ".csv", ".txt")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"      # .xls, and any password-protected .xlsx
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def read_table(path: Path) -> tuple[list[str], list[list[object]]]:
    """The header (cleaned texts) and the data rows (cell values as the file has them)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES + (".xls",):
        raise CounselRoomError("roster.unsupported", suffix=suffix or "?")
    data = _read_bytes(path)
    if not data.strip(b" \t\r\n\x00"):
        raise CounselRoomError("roster.empty_file")
    if data.startswith(_OLE):
        raise CounselRoomError("roster.old_or_protected")
    if data.startswith(_ZIP):
        rows = _read_xlsx(data)        # a workbook, also when it was named .csv or .xls
    elif suffix == ".xlsx":
        raise CounselRoomError("roster.unreadable")
    elif suffix == ".xls":
        raise CounselRoomError("roster.unsupported", suffix=suffix)   # e.g. a web page saved as .xls
    else:
        rows = _collect(_csv_rows(data))
    if not rows:
        raise CounselRoomError("roster.empty_file")
    return [clean_line(h) for h in rows[0]], rows[1:]


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise CounselRoomError("roster.not_a_file", path=str(path))
        if not stat.S_ISREG(info.st_mode):   # a device or a pipe
            raise CounselRoomError("roster.cannot_read", path=str(path))
        if info.st_size > MAX_BYTES:
            raise _too_large()
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise CounselRoomError("roster.missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise CounselRoomError("roster.not_a_file", path=str(path)) from exc
    except OSError as exc:
        raise CounselRoomError("roster.cannot_read", path=str(path)) from exc
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def _too_large() -> CounselRoomError:
    return CounselRoomError("roster.too_large", max_mb=MAX_BYTES // (1024 * 1024))


def _collect(rows: Iterable[Iterable[object]]) -> list[list[object]]:
    """The header row (the first row with something in it) and the rows after it, up to the limit.

    Blank rows between data rows are kept (row numbers stay those of the sheet); blank rows
    at the end are dropped and do not count. A row with something in it beyond
    ``MAX_ROWS`` stops the reading at once."""
    kept: list[list[object]] = []
    pending_blank = 0
    position = 0
    for raw in rows:
        row = _trim(raw)
        if not kept:
            if row and not _blank(row):
                kept.append(row)
            continue
        position += 1
        if not row or _blank(row):
            pending_blank += 1
            continue
        if position > MAX_ROWS:
            raise CounselRoomError("roster.too_many_rows", max=MAX_ROWS)
        kept.extend([] for _ in range(pending_blank))
        pending_blank = 0
        kept.append(row)
    return kept


def _trim(raw: Iterable[object]) -> list[object]:
    row = list(raw[:MAX_COLUMNS]) if isinstance(raw, (list, tuple)) else list(raw)[:MAX_COLUMNS]
    while row and (row[-1] is None or row[-1] == ""):
        row.pop()
    return row


def _blank(row: list[object]) -> bool:
    # a shared string not looked up yet counts as something (it is resolved after reading)
    return not any(isinstance(v, _Shared) for v in row) and is_blank(row)


# -- CSV ------------------------------------------------------------------------------------------

def _csv_rows(data: bytes) -> Iterator[list[str]]:
    """The rows, decoded as they are read: a long file is not decoded past the row limit."""
    codec = _encoding(data)
    try:   # only the separator is guessed; quoting is Excel's and WPS's ("" inside quotes)
        head = _sample(data).decode(codec, errors="ignore")[:8192]
        delimiter = csv.Sniffer().sniff(head, delimiters=",;\t，").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding=codec, newline=""), csv.excel,
                        delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as exc:
        raise CounselRoomError("roster.csv_malformed", line=reader.line_num) from exc
    except UnicodeDecodeError as exc:   # further on than the part the encoding was judged by
        raise CounselRoomError("roster.encoding") from exc


_SAMPLE_BYTES = 1024 * 1024


def _sample(data: bytes) -> bytes:
    """The first megabyte, ending with a whole line (no encoding here puts 0x0A inside a character)."""
    if len(data) <= _SAMPLE_BYTES:
        return data
    head = data[:_SAMPLE_BYTES]
    end = head.rfind(b"\n")
    return head[: end + 1] if end > 0 else head


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_GB = {"gb18030", "gbk", "gb2312", "hz"}
_FAMILIES = {
    "big5": ("big5", "cp950", "big5hkscs"),
    "japanese": ("shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
                 "euc_jisx0213", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
                 "iso2022_jp_3", "iso2022_jp_ext"),
    "korean": ("euc_kr", "cp949", "johab", "iso2022_kr"),
    "utf16": ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"),
}
# What GB18030 decoding of another encoding's bytes looks like: few of its characters are
# the common simplified hanzi (GB2312 levels 1 and 2) and Chinese punctuation.
_CHINESE_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》—…·【】「」『』〔〕～\u3000")
_IMPLAUSIBLE = 0.35


def _encoding(data: bytes) -> str:
    """The codec of a CSV file: UTF-8 (± BOM), UTF-16/32 with a BOM, or GB18030 (which covers GBK),
    judged on its first megabyte; anything else is refused, named when it can be."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                _sample(data).decode(codec)
            except UnicodeDecodeError as exc:
                raise CounselRoomError("roster.encoding") from exc
            return codec
    import charset_normalizer

    data = _sample(data)
    controls = sum(data.count(bytes([b])) for b in range(0x20) if b not in b"\t\n\r\v\f\x1b")
    if controls:
        best = charset_normalizer.from_bytes(data).best()
        if best is not None and best.encoding in _FAMILIES["utf16"]:
            raise CounselRoomError("roster.encoding_utf16")
        if controls > 16 and controls * 20 > len(data):
            raise CounselRoomError("roster.not_text")  # a text file has a few control characters at most
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        gb_text: str | None = data.decode("gb18030")
    except UnicodeDecodeError:
        gb_text = None
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if gb_text is not None and not _other_than_gb(results, best, gb_text):
        return "gb18030"
    if best is not None and best.encoding in _FAMILIES["utf16"] and b"\x00" in data:  # UTF-16 of a list has NULs
        raise CounselRoomError("roster.encoding_utf16")
    family = _east_asian_family(data)
    if family is not None:
        raise CounselRoomError(f"roster.encoding_{family}")
    if best is not None and best.encoding in _SINGLE_BYTE_NAMES:
        raise CounselRoomError("roster.encoding_named", encoding=_SINGLE_BYTE_NAMES[best.encoding])
    # no sensible name: the detector's guess on a few odd bytes would only confuse
    raise CounselRoomError("roster.not_text" if controls else "roster.encoding")


_EAST_ASIAN = ("big5", "cp950", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949")
_PREFERENCE = ("big5", "japanese", "korean")   # on a tie: what a school in China most likely receives


def _east_asian_family(data: bytes) -> str | None:
    """Which East Asian encoding (not GB18030) the bytes are in, if one reads them as its language.

    Asked of the detector among those encodings only (on all of them it may prefer a
    Central European code page for a short Big5 list), then checked: Korean must read as
    Hangul, Japanese not as half-width katakana, Big5 as Chinese characters."""
    import charset_normalizer

    ranked = []
    for match in charset_normalizer.from_bytes(data, cp_isolation=list(_EAST_ASIAN)):
        family = next((f for f in _PREFERENCE if match.encoding in _FAMILIES[f]), None)
        if family is not None and match.chaos < 0.2 and _reads_as(family, str(match)):
            ranked.append((round(match.chaos, 2), -match.coherence, _PREFERENCE.index(family), family))
    return min(ranked)[3] if ranked else None


def _in_ks_x_1001(ch: str) -> bool:
    try:   # Python's EUC-KR spells other syllables as 8-byte jamo sequences
        return len(ch.encode("euc_kr")) == 2
    except UnicodeEncodeError:
        return False


def _reads_as(family: str, text: str) -> bool:
    wide = [ch for ch in text if not ch.isascii()]
    if not wide:
        return False
    if family == "korean":   # the 2,350 common syllables (KS X 1001), not Windows' rare extension
        return sum("\uac00" <= ch <= "\ud7a3" and _in_ks_x_1001(ch) for ch in wide) / len(wide) >= 0.5
    if family == "japanese":
        return sum("\uff61" <= ch <= "\uff9f" for ch in wide) / len(wide) < 0.2
    return sum("\u4e00" <= ch <= "\u9fff" or ch in _CHINESE_PUNCTUATION for ch in wide) / len(wide) >= 0.8


def _other_than_gb(results: CharsetMatches, best: CharsetMatch | None, gb_text: str) -> bool:
    """Whether bytes that do decode as GB18030 are really in another encoding.

    GB18030 decodes nearly any double-byte text (Big5, Shift-JIS, EUC-KR) into characters,
    and on a short list the detector may prefer another encoding for genuine GBK. So the
    school's own encoding keeps the benefit of the doubt: the file is refused only when the
    detector prefers another encoding *and* the GB18030 reading is not plausible Chinese
    (mostly rare characters, kana, box drawings: what Big5 and Shift-JIS become), or, for
    Korean, whose bytes do read as common hanzi, when the detector is clearly surer on
    three or more lines of Korean."""
    if best is None or best.encoding in _GB:
        return False
    gb = next((m for m in results if m.encoding in _GB), None)
    gb_chaos = gb.chaos if gb is not None else 1.0
    if best.chaos >= gb_chaos:
        return False
    if _implausible_share(gb_text) >= _IMPLAUSIBLE:
        return True
    lines = sum(1 for line in gb_text.splitlines() if not line.isascii())
    return best.encoding in _FAMILIES["korean"] and lines >= 3 and gb_chaos - best.chaos >= 0.05


def _implausible_share(text: str) -> float:
    """The share of non-ASCII characters that are not common simplified Chinese text."""
    seen = odd = 0
    for ch in text:
        if ch.isascii():
            continue
        seen += 1
        if ch in _CHINESE_PUNCTUATION:
            continue
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            odd += 1
            continue
        if encoded[0] < 0xB0 and encoded[0] != 0xA3:   # GB2312 rows of kana, Greek, boxes…
            odd += 1
    return odd / seen if seen else 0.0


# Western and Cyrillic encodings a file from another system may come in, by the names Excel shows.
_SINGLE_BYTE_NAMES = {"cp1252": "Windows-1252", "cp1250": "Windows-1250", "cp1251": "Windows-1251",
                      "latin_1": "ISO-8859-1", "iso8859_15": "ISO-8859-15", "mac_roman": "Mac Roman",
                      "koi8_r": "KOI8-R", "cp437": "OEM 437", "cp850": "OEM 850"}


# -- XLSX -----------------------------------------------------------------------------------------

def _read_xlsx(data: bytes) -> list[list[object]]:
    """The first worksheet, streamed; every failure of a damaged workbook is ``roster.unreadable``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # openpyxl warns about styles and extensions on stderr
            return _stream_xlsx(data)
    except CounselRoomError:
        raise
    except MemoryError as exc:
        raise _too_large() from exc
    except Exception as exc:   # a damaged workbook can make zipfile, expat or openpyxl raise anything
        raise CounselRoomError("roster.unreadable") from exc


def _stream_xlsx(data: bytes) -> list[list[object]]:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.xml.constants import SHARED_STRINGS

    class Sheet(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            """Not from the file: its <dimension> may be missing (openpyxl would then read the whole
            sheet to find the size) or wrong (rows lost, or a million padded ones)."""

    class Reader(ExcelReader):
        """openpyxl's reader, doing only what a student list needs: the first worksheet's cell
        values and which numbers are dates; the shared strings looked up lazily."""

        def read(self) -> None:
            self.read_manifest()
            self.read_strings()
            self.read_workbook()
            apply_stylesheet(self.archive, self.wb)   # number formats: which numbers are dates
            self.read_worksheets()

        lazy_strings: _SharedStrings | None = None

        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                self.lazy_strings = _SharedStrings(self.archive, part.PartName[1:])
                # openpyxl declares a list; the sheet only indexes it, which the lazy table answers
                self.shared_strings = self.lazy_strings  # type: ignore[assignment]

        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                    # openpyxl's own list of sheets: the stubs leave the private name out
                    self.wb._sheets.append(  # type: ignore[attr-defined]
                        Sheet(self.wb, sheet.name, rel.target, self.shared_strings))
                    return

    reader = Reader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        reader.read()
        if not reader.wb.worksheets:
            raise CounselRoomError("roster.unreadable")   # every workbook Excel or WPS writes has one
        rows = _collect(reader.wb.worksheets[0].iter_rows(values_only=True))
        if reader.lazy_strings is not None:
            rows = reader.lazy_strings.resolve(rows)
    finally:
        reader.archive.close()
    return _collect(_unescape(row) for row in rows)


def _unescape(row: list[object]) -> list[object]:
    """Excel writes characters XML cannot hold as ``_xHHHH_`` (``_x005F_`` is the underscore)."""
    return [_EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), v) if isinstance(v, str) and "_x" in v else v
            for v in row]


class _Shared:
    """A cell's index into the shared strings, looked up once the rows are read."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index


class _SharedStrings:
    """The workbook's shared strings, read lazily: a million-row file's table is not loaded
    to find that the file has too many rows, and only what the kept rows use is kept."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self._archive, self._name = archive, name
        if archive.getinfo(name).file_size > MAX_SHARED_STRINGS_BYTES:
            raise _too_large()

    def __getitem__(self, index: int) -> _Shared:
        if index < 0:
            raise IndexError(index)
        return _Shared(index)

    def resolve(self, rows: list[list[object]]) -> list[list[object]]:
        wanted = {v.index for row in rows for v in row if isinstance(v, _Shared)}
        if not wanted:
            return rows
        last = max(wanted)
        found: dict[int, str] = {}
        count = 0
        with self._archive.open(self._name) as source:
            events = iterparse(source, events=("start", "end"))
            root = None
            for event, element in events:
                if root is None:
                    root = element
                if event != "end" or element.tag.rsplit("}", 1)[-1] != "si":
                    continue
                if count in wanted:
                    found[count] = _string_item(element)
                count += 1
                root.clear()
                if count > last:
                    break
        if count <= last:
            raise CounselRoomError("roster.unreadable")   # a cell points past the end of the table
        return [[found[v.index] if isinstance(v, _Shared) else v for v in row] for row in rows]


def _string_item(element: Element) -> str:
    """An ``<si>``'s text: its ``<t>``, or the ``<t>`` of each rich-text run (phonetic guides left out)."""
    parts = []
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            for grandchild in child:
                if grandchild.tag.rsplit("}", 1)[-1] == "t":
                    parts.append(grandchild.text or "")
    return "".join(parts)
