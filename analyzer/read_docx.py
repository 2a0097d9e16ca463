"""Reading DOCX: the body in document order, paragraphs on their own lines, table rows as ``cell | cell``.

Headers, footers, footnotes and text boxes are left out (page furniture). Errors are
:class:`InputError` with the stable codes ``unreadable-docx`` and ``too-large``.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table

from .read import InputError
from .safe_text import shown

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
UNPACK_FACTOR = 10  # the unpacked parts may be this many times --max-bytes (a zip bomb is refused before parsing)


def docx_text(data: bytes, source: str, max_bytes: int) -> str:
    """The text of a DOCX file: paragraphs joined with ``"\\n"``, each table row on its own line."""
    if data.startswith(OLE_MAGIC):
        raise InputError(
            "unreadable-docx",
            f"{shown(source)}: not a DOCX file but a Word 97-2003 document or an encrypted DOCX: save it as .docx without a password",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except Exception:
        raise InputError("unreadable-docx", f"{shown(source)}: unreadable DOCX (not a valid zip package)") from None
    limit = UNPACK_FACTOR * max_bytes
    if unpacked > limit:
        raise InputError(
            "too-large", f"{shown(source)}: this DOCX unpacks to {unpacked} bytes, over the limit of {limit} (raise it with --max-bytes)"
        )
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(table_rows(block))
            else:
                lines.append(block.text)
    except Exception as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError("unreadable-docx", f"{shown(source)}: unreadable DOCX ({reason})") from None
    return "\n".join(lines)


def table_rows(table: Table) -> list[str]:
    """One line per row: the cells' text joined with ``" | "`` (a merged cell counted once)."""
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous: object = None
        for cell in row.cells:
            if cell._tc is previous:  # a horizontally merged cell is repeated for every grid column it spans
                continue
            previous = cell._tc
            cells.append(" ".join(p.text.replace("\n", " ") for p in cell.paragraphs if p.text.strip()))
        rows.append(" | ".join(cells))
    return rows
