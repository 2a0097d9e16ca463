"""The text of a fetched file (PDF, DOCX, HTML/XML or plain text), with the readers the analyzer uses for local files."""

from __future__ import annotations

from ..read import InputError, decode
from ..read.html import html_text, looks_like_html


def document_text(data: bytes, content_type: str, source: str, max_bytes: int) -> tuple[str, tuple[str, ...]]:
    """The text and warnings of a fetched document; by its first bytes first, its content type second.

    An unreadable file raises :class:`~analyzer.read.InputError` with the same codes as a local file
    (``scanned-pdf``, ``unreadable-docx``, ...)."""
    ctype = content_type.split(";")[0].strip().lower()
    if not data:
        raise InputError("empty", f"{source}: the service sent an empty document")
    if data.startswith(b"%PDF-") or ctype == "application/pdf":
        from ..read.pdf import pdf_text

        return pdf_text(data, source, max_bytes)
    if data.startswith(b"PK\x03\x04") or ctype.endswith("wordprocessingml.document"):
        from ..read.docx import docx_text

        return docx_text(data, source, max_bytes), ()
    text, warnings = decode(data, source)
    if "html" in ctype or "xml" in ctype or looks_like_html(data):
        text = html_text(text)
    return text, warnings
