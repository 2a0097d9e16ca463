"""Reading DOCX: the body in document order, paragraphs on their own lines, table rows as ``cell | cell``.

A paragraph in a Word list gets the label Word shows before it ("1.", "a)", "ii.", "•"): automatic
numbering is not in the paragraph's text but in the numbering part, and without it a question list
typed as a Word list would have no item numbers at all. Headers, footers, footnotes and text boxes
are left out (page furniture). Errors are :class:`InputError` with the stable codes
``unreadable-docx`` and ``too-large``.
"""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table
from docx.text.paragraph import Paragraph

from .read import InputError
from .safe_text import shown

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
UNPACK_FACTOR = 10  # the unpacked parts may be this many times --max-bytes (a zip bomb is refused before parsing)
CHUNK = 1 << 16  # inflate this much at a time


def docx_text(data: bytes, source: str, max_bytes: int) -> str:
    """The text of a DOCX file: paragraphs joined with ``"\\n"``, each table row on its own line.

    The package is unpacked as a stream under a byte cap before python-docx sees it (a member's
    declared size may lie: zipfile would inflate it whole before cutting it to that size), and the
    text is held to ``max_bytes`` characters, as a PDF's is.
    """
    if data.startswith(OLE_MAGIC):
        raise InputError(
            "unreadable-docx",
            f"{shown(source)}: not a DOCX file but a Word 97-2003 document or an encrypted DOCX: save it as .docx without a password",
        )
    package = _unpacked(data, source, UNPACK_FACTOR * max_bytes)
    try:
        document = docx.Document(io.BytesIO(package))
        numbering = Numbering.of(document)
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(table_rows(block, numbering))
            else:
                lines.append(numbering.text(block))
    except Exception as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError("unreadable-docx", f"{shown(source)}: unreadable DOCX ({reason})") from None
    text = "\n".join(lines)
    if len(text) > max_bytes:
        raise InputError(
            "too-large", f"{shown(source)}: the text of this DOCX is over the limit of {max_bytes} characters (raise it with --max-bytes)"
        )
    return text


def _unpacked(data: bytes, source: str, limit: int) -> bytes:
    """The zip package again, every member inflated as a stream (at most ``limit`` bytes in all, checksums
    checked) and stored uncompressed, so that python-docx reads only what was counted."""
    out = io.BytesIO()
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stored:
            infos = z.infolist()
            declared = sum(i.file_size for i in infos)
            if declared > limit:
                raise InputError(
                    "too-large",
                    f"{shown(source)}: this DOCX unpacks to {declared} bytes, over the limit of {limit} (raise it with --max-bytes)",
                )
            for info in infos:
                if info.is_dir():
                    continue
                chunks: list[bytes] = []
                with z.open(info) as member:
                    while chunk := member.read(CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise InputError(
                                "too-large",
                                f"{shown(source)}: this DOCX unpacks to over {limit} bytes (raise it with --max-bytes)",
                            )
                        chunks.append(chunk)
                stored.writestr(info.filename, b"".join(chunks))
    except InputError:
        raise
    except Exception as exc:  # not a zip, a bad checksum (a size that lies), an unsupported compression
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError("unreadable-docx", f"{shown(source)}: unreadable DOCX (not a valid zip package: {reason})") from None
    return out.getvalue()


def table_rows(table: Table, numbering: Numbering | None = None) -> list[str]:
    """One line per row: the cells' text joined with ``" | "`` (a merged cell counted once)."""
    numbering = numbering or Numbering()
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous: object = None
        for cell in row.cells:
            if cell._tc is previous:  # a horizontally merged cell is repeated for every grid column it spans
                continue
            previous = cell._tc
            texts = (numbering.text(p) for p in cell.paragraphs)
            cells.append(" ".join(t.replace("\n", " ") for t in texts if t.strip()))
        rows.append(" | ".join(cells))
    return rows


# --- Word list numbering (ECMA-376 part 1, 17.9) -------------------------------------------------

_W_VAL = qn("w:val")
# a bullet drawn from a symbol font is a private-use character ("\uf0b7" in Symbol): shown as the bullet it draws
_SYMBOL_FONT = range(0xF000, 0xF100)
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_LEVEL_REF = re.compile(r"%([1-9])")
_MAX_SPELLED = 5000  # numbers above this are written in digits whatever the format


def _val(parent: BaseOxmlElement | None, tag: str) -> str | None:
    child = None if parent is None else parent.find(qn(tag))
    return None if child is None else child.get(_W_VAL)


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letters: a ... z, then aa ... zz, then aaa (the letter repeated, not base 26)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _formatted(n: int, fmt: str) -> str:
    if n > _MAX_SPELLED and fmt not in ("decimal", "decimalZero"):
        fmt = "decimal"  # (a start of a billion in letters or roman numerals would be a string of a billion characters)
    if fmt in ("lowerLetter", "upperLetter"):
        text = _letters(n) if n > 0 else ""
    elif fmt in ("lowerRoman", "upperRoman"):
        text = _roman(n) if n > 0 else ""
    elif fmt == "decimalZero":
        text = f"{n:02d}"
    else:  # decimal, and the formats Word draws as digits in other scripts or words ("ordinal", "cardinalText")
        text = str(n)
    return text.upper() if fmt.startswith("upper") else text


class Numbering:
    """The labels of a document's list paragraphs, counted in document order as Word counts them.

    A paragraph's list is its own ``numPr`` or its style's (down the chain of base styles); a list
    (``w:num``) names an abstract definition whose levels give the format ("decimal", "lowerLetter",
    "bullet" ...), the label text ("%1.", "%1.%2", "(%2)") and the start. Lists that share an abstract
    definition count on together unless a list restarts a level (``startOverride``); a level restarts
    after any higher level. Anything missing or malformed gives no label, never an error.
    """

    def __init__(self, root: BaseOxmlElement | None = None, styles: BaseOxmlElement | None = None) -> None:
        self._style_elements: dict[str, BaseOxmlElement] = {}
        if styles is not None:
            for style in styles.iter(qn("w:style")):
                if (style_id := style.get(qn("w:styleId"))) is not None:
                    self._style_elements[style_id] = style
        self._nums: dict[str, BaseOxmlElement] = {}
        self._abstracts: dict[str, BaseOxmlElement] = {}
        if root is not None:
            for num in root.iter(qn("w:num")):
                if (num_id := num.get(qn("w:numId"))) is not None:
                    self._nums[num_id] = num
            for abstract in root.iter(qn("w:abstractNum")):
                if (abstract_id := abstract.get(qn("w:abstractNumId"))) is not None:
                    self._abstracts[abstract_id] = abstract
        self._counts: dict[str, dict[int, int]] = {}  # abstract definition -> level -> the last number given
        self._started: set[str] = set()  # lists whose start overrides have been applied
        self._styles: dict[str, tuple[str | None, str | None]] = {}  # style id -> its (numId, ilvl), base styles included

    @classmethod
    def of(cls, document: docx.document.Document) -> Numbering:
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):  # a document without lists has no numbering part
            return cls()
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError):
            styles = None
        return cls(part.element, styles)

    def text(self, paragraph: Paragraph) -> str:
        """The paragraph's text, after the label Word shows before it, if any."""
        label = self.label(paragraph) if self._nums else None
        if not label:
            return paragraph.text
        return f"{label} {paragraph.text}" if paragraph.text else label

    def label(self, paragraph: Paragraph) -> str | None:
        num_id, ilvl, style_id = self._list_of(paragraph)
        if num_id is None or num_id == "0" or (num := self._nums.get(num_id)) is None:
            return None
        abstract_id = _val(num, "w:abstractNumId")
        abstract = self._abstracts.get(abstract_id or "")
        if abstract is not None and (link := _val(abstract, "w:numStyleLink")) is not None:
            # the list is defined by a numbering style: its own numPr names the list that holds the levels
            linked, _ = self._style_list(link)
            linked_num = self._nums.get(linked or "")
            abstract_id = _val(linked_num, "w:abstractNumId")
            abstract = self._abstracts.get(abstract_id or "")
        if abstract is None or abstract_id is None:
            return None
        levels = {int(lvl.get(qn("w:ilvl"), "0")): lvl for lvl in abstract.findall(qn("w:lvl")) if lvl.get(qn("w:ilvl"), "0").isdigit()}
        overrides = {int(o.get(qn("w:ilvl"), "0")): o for o in num.findall(qn("w:lvlOverride")) if o.get(qn("w:ilvl"), "0").isdigit()}
        if ilvl is None:
            # a list style names no level: the level that names the paragraph's style, else the first
            ilvl = next((n for n, lvl in levels.items() if style_id is not None and _val(lvl, "w:pStyle") == style_id), 0)
        level = ilvl if ilvl in levels else None
        if level is None:
            return None

        def definition(n: int) -> BaseOxmlElement | None:
            override = overrides.get(n)
            own = None if override is None else override.find(qn("w:lvl"))
            return own if own is not None else levels.get(n)

        def start(n: int) -> int:
            override = _val(overrides.get(n), "w:startOverride")
            value = override if override is not None else _val(definition(n), "w:start")
            return int(value) if value is not None and value.isdigit() and len(value) <= 9 else 1

        counts = self._counts.setdefault(abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for n, override in overrides.items():
                if _val(override, "w:startOverride") is not None:
                    counts.pop(n, None)  # this list restarts the level: the next paragraph takes its start
        counts[level] = counts[level] + 1 if level in counts else start(level)
        for deeper in [n for n in counts if n > level]:
            del counts[deeper]  # a level restarts after any higher level
        lvl = definition(level)
        fmt = _val(lvl, "w:numFmt") or "decimal"
        pattern = _val(lvl, "w:lvlText")
        if fmt == "none" or pattern is None:
            return None
        if fmt == "bullet":
            return "".join("•" if ord(c) in _SYMBOL_FONT else c for c in pattern).strip() or None
        legal = lvl is not None and lvl.find(qn("w:isLgl")) is not None

        def number(m: re.Match[str]) -> str:
            n = int(m.group(1)) - 1
            value = counts.get(n, start(n))
            return _formatted(value, "decimal" if legal and n < level else _val(definition(n), "w:numFmt") or "decimal")

        return _LEVEL_REF.sub(number, pattern).strip() or None

    def _list_of(self, paragraph: Paragraph) -> tuple[str | None, int | None, str | None]:
        """The paragraph's numId and level, and its style id: its own numPr first, its style's for what that leaves out."""
        p_pr = paragraph._p.pPr
        style_id = None if p_pr is None else _val(p_pr, "w:pStyle")
        num_pr = None if p_pr is None else p_pr.find(qn("w:numPr"))
        num_id, ilvl = _val(num_pr, "w:numId"), _val(num_pr, "w:ilvl")
        if num_id is None and style_id is not None:
            num_id, style_ilvl = self._style_list(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        return num_id, int(ilvl) if ilvl is not None and ilvl.isdigit() else None, style_id

    def _style_list(self, style_id: str) -> tuple[str | None, str | None]:
        """The (numId, ilvl) a paragraph style gives, from the style or the styles it is based on."""
        if style_id not in self._styles:
            found: tuple[str | None, str | None] = (None, None)
            seen: set[str] = set()
            current: str | None = style_id
            while current is not None and current not in seen and (style := self._style_elements.get(current)) is not None:
                seen.add(current)
                num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                if num_pr is not None and _val(num_pr, "w:numId") is not None:
                    found = (_val(num_pr, "w:numId"), _val(num_pr, "w:ilvl"))
                    break
                current = _val(style, "w:basedOn")
            self._styles[style_id] = found
        return self._styles[style_id]
