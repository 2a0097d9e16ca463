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
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..listlabels import formatted, whole
from ..safe_text import shown
from .errors import InputError

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
        size = 0
        for block in document.iter_inner_content():
            new = table_rows(block, numbering) if isinstance(block, Table) else [numbering.text(block)]
            lines.extend(new)
            size += sum(len(line) + 1 for line in new)
            if size > max_bytes:  # (stop at once: labels could make a small file's text large)
                break
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
_LEVEL_REF = re.compile(r"%([1-9])")


def _val(parent: BaseOxmlElement | None, tag: str) -> str | None:
    child = None if parent is None else parent.find(qn(tag))
    return None if child is None else child.get(_W_VAL)


_MAX_LEVEL = 8  # Word's nine list levels, 0 to 8
_MAX_LABEL = 64  # a label text longer than this is no label (Word's longest, "%1.%2.%3.%4.%5.%6.%7.%8.%9.", is 27)


def _level_number(value: str | None) -> int | None:
    n = whole(value)
    return n if n is not None and n <= _MAX_LEVEL else None


@dataclass(frozen=True)
class _Level:
    """One level of a list definition: its format, label text, start, and the level after which it restarts."""

    fmt: str
    text: str | None
    start: int
    restart_after: int  # a higher level numbered below this one restarts it (the level itself: any higher level; 0: never)
    restarts: bool  # the list restarts this level where it begins (startOverride)
    legal: bool  # every number in the label is written in digits (isLgl)
    style: str | None  # the paragraph style this level belongs to

    @classmethod
    def of(cls, lvl: BaseOxmlElement, n: int, start_override: str | None) -> _Level:
        text = _val(lvl, "w:lvlText")
        start = whole(start_override) if start_override is not None else whole(_val(lvl, "w:start"))
        restart = whole(_val(lvl, "w:lvlRestart"))
        legal = lvl.find(qn("w:isLgl"))
        return cls(
            fmt=_val(lvl, "w:numFmt") or "decimal",
            text=text if text is not None and len(text) <= _MAX_LABEL else None,
            start=1 if start is None else start,
            restart_after=n if restart is None else min(restart, n),
            restarts=start_override is not None,
            legal=legal is not None and (legal.get(_W_VAL) or "1").lower() not in ("0", "false", "off"),
            style=_val(lvl, "w:pStyle"),
        )


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
        self._levels: dict[str, tuple[str, dict[int, _Level]] | None] = {}  # list -> its definition, read once
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
        if num_id is None or num_id == "0":
            return None
        found = self._definition(num_id)
        if found is None:
            return None
        abstract_id, levels = found
        if ilvl is None:
            # a list style names no level: the level that names the paragraph's style, else the first
            ilvl = next((n for n, lvl in levels.items() if style_id is not None and lvl.style == style_id), 0)
        if ilvl not in levels:
            return None
        counts = self._counts.setdefault(abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for n, lvl in levels.items():
                if lvl.restarts:
                    counts.pop(n, None)  # this list restarts the level: the next paragraph takes its start
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else levels[ilvl].start
        for deeper in [n for n in counts if n > ilvl]:
            # a level restarts after any higher level, or after the level its lvlRestart names (0: never)
            after = levels[deeper].restart_after if deeper in levels else deeper
            if ilvl < after:
                del counts[deeper]
        lvl = levels[ilvl]
        if lvl.fmt == "none" or not lvl.text:
            return None
        if lvl.fmt == "bullet":
            return "•"  # (what a bullet draws depends on its font: a Symbol "\uf0b7", a Wingdings "§" or "Ø", a Courier "o")

        def number(m: re.Match[str]) -> str:
            n = int(m.group(1)) - 1
            if n not in levels or levels[n].fmt == "none":
                return ""
            fmt = "decimal" if lvl.legal else levels[n].fmt
            return formatted(counts.get(n, levels[n].start), fmt)

        return _LEVEL_REF.sub(number, lvl.text).strip() or None

    def _definition(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        """A list's abstract definition id and its levels (0 to 8), overrides applied; read once per list."""
        if num_id in self._levels:
            return self._levels[num_id]
        found: tuple[str, dict[int, _Level]] | None = None
        num = self._nums.get(num_id)
        abstract_id = _val(num, "w:abstractNumId")
        abstract = self._abstracts.get(abstract_id or "")
        if abstract is not None and (link := _val(abstract, "w:numStyleLink")) is not None:
            # the list is defined by a numbering style: its own numPr names the list that holds the levels
            linked, _ = self._style_list(link)
            abstract_id = _val(self._nums.get(linked or ""), "w:abstractNumId")
            abstract = self._abstracts.get(abstract_id or "")
        if num is not None and abstract is not None and abstract_id is not None:
            overrides = {n: o for o in num.findall(qn("w:lvlOverride")) if (n := _level_number(o.get(qn("w:ilvl")))) is not None}
            levels: dict[int, _Level] = {}
            for element in abstract.findall(qn("w:lvl")):
                n = _level_number(element.get(qn("w:ilvl")))
                if n is None or n in levels:
                    continue
                override = overrides.get(n)
                own = None if override is None else override.find(qn("w:lvl"))
                levels[n] = _Level.of(own if own is not None else element, n, _val(override, "w:startOverride"))
            found = (abstract_id, levels)
        self._levels[num_id] = found
        return found

    def _list_of(self, paragraph: Paragraph) -> tuple[str | None, int | None, str | None]:
        """The paragraph's numId and level, and its style id: its own numPr first, its style's for what that leaves out."""
        p_pr = paragraph._p.pPr
        style_id = None if p_pr is None else _val(p_pr, "w:pStyle")
        num_pr = None if p_pr is None else p_pr.find(qn("w:numPr"))
        num_id, ilvl = _val(num_pr, "w:numId"), _val(num_pr, "w:ilvl")
        if num_id is None and style_id is not None:
            num_id, style_ilvl = self._style_list(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        return num_id, _level_number(ilvl), style_id

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
