"""Files as documents: limits, the kind of a file (text, PDF, DOCX, HTML), stdin and question/answer pairs."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from ..model import RawDocument
from ..safe_text import shown, source_name
from .columns import decolumned
from .errors import InputError
from .html import html_text, looks_like_html
from .text import checked, decode, unmarked

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
RECORD_SUFFIXES = (".jsonl", ".json", ".csv", ".tsv")  # exports: a document per record
DIRECTORY_SUFFIXES = (".txt", ".pdf", ".docx", ".jsonl", ".html", ".htm")
UNSUPPORTED_SUFFIXES = {
    ".doc": "save it as .docx or PDF",
    ".odt": "save it as .docx or PDF",
    ".rtf": "save it as .docx or PDF",
    ".wpd": "save it as .docx or PDF",
    ".pages": "export it as .docx or PDF",
    ".xls": "export the text first",
    ".xlsx": "export the text first",
    ".ppt": "export the text first",
    ".pptx": "export the text first",
}


def check_size(path: Path, max_bytes: int) -> None:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError("not-found", f"{shown(path)}: no such file") from None
    except OSError as exc:  # a locked directory on the way, a symlink loop, a name too long
        raise InputError("unreadable", f"{shown(path)}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is-directory", f"{shown(path)}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        # a device (/dev/zero), a FIFO or a socket: reading it may never end or never start
        raise InputError("unreadable", f"{shown(path)}: not a regular file (a device, a pipe or a socket)")
    if st.st_size > max_bytes:
        raise InputError("too-large", f"{shown(path)}: {st.st_size} bytes is over the limit of {max_bytes} (raise it with --max-bytes)")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    check_size(path, max_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # bounded, whatever stat() said: the file may grow while it is read
    except OSError as exc:
        raise InputError("unreadable", f"{shown(path)}: cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise InputError("too-large", f"{shown(path)}: over the limit of {max_bytes} bytes (raise it with --max-bytes)")
    return data


def _kind(path: Path, data: bytes) -> str:
    """The kind of file, "pdf", "docx", "html" or "text": by suffix, and by content when the suffix says nothing (or lies)."""
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".docx"):
        return suffix[1:]
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    if suffix in (".html", ".htm", ".xhtml") or looks_like_html(data):
        return "html"
    if suffix in UNSUPPORTED_SUFFIXES:
        raise InputError("unsupported-format", f"{shown(path)}: {suffix} input is not supported; {UNSUPPORTED_SUFFIXES[suffix]}")
    return "text"


def load(path: Path, max_bytes: int) -> RawDocument:
    """One file as a document, without the checks of :func:`_checked`."""
    data = read_bytes(path, max_bytes)
    if not data:
        raise InputError("empty", f"{shown(path)}: the document is empty")
    kind = _kind(path, data)
    if kind == "pdf":
        from .pdf import pdf_text

        text, warnings = pdf_text(data, source_name(path), max_bytes)
        return RawDocument(source_name(path), text, None, warnings)
    if kind == "docx":
        from .docx import docx_text

        return RawDocument(source_name(path), docx_text(data, source_name(path), max_bytes))
    text, warnings = decode(data, source_name(path))
    if kind == "html":
        return RawDocument(source_name(path), html_text(text), None, warnings)
    return decolumned(unmarked(RawDocument(source_name(path), text, None, warnings)))


def is_records(path: str | Path) -> bool:
    """Whether the file holds many documents, one per record (an export), rather than one."""
    return Path(path).suffix.lower() in RECORD_SUFFIXES


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """One document from a text, PDF, DOCX or HTML file (an export of records holds many: use :func:`read_records`)."""
    if is_records(path):
        raise InputError("unsupported-format", f"{shown(path)}: a file of records holds many documents; read it with read_documents")
    return checked(load(path, max_bytes))


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("too-large", f"<stdin>: over the limit of {max_bytes} bytes (raise it with --max-bytes)")
    text, warnings = decode(data, "<stdin>")
    if not text.strip():
        raise InputError("empty", "<stdin>: the document is empty")
    return checked(decolumned(unmarked(RawDocument("-", text, None, warnings))))


def read_pair(question: Path, answer: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """A question file and an answer file (text, PDF or DOCX each) as one document: question text, a blank line, the answer.

    ``split`` records where the answer starts, so offsets past it are ``split + offset in the answer file``.
    """
    q = load(question, max_bytes)
    a = load(answer, max_bytes)
    for part in (q, a):
        if not part.text.strip():
            raise InputError("empty", f"{shown(part.source)}: the document is empty")
    sep = "\n\n"
    text = q.text + sep + a.text
    return checked(RawDocument(f"{source_name(question)}+{source_name(answer)}", text, len(q.text) + len(sep), q.warnings + a.warnings))
