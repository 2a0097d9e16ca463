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
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(table_rows(block))
            else:
                lines.append(block.text)
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
