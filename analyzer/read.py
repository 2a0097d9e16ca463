"""Reading inputs: text files, stdin, directories and question/answer file pairs.

Text is kept exactly as decoded (no newline or Unicode normalization) because every offset the
analyzer reports points into it. UTF-8 first (a BOM is skipped), cp1252 as a fallback with a warning.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import RawDocument

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DIRECTORY_SUFFIXES = (".txt", ".pdf", ".docx")


class InputError(Exception):
    """A document that cannot be read; ``code`` is stable and goes into the report."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    if b"\x00" in data[:8192]:
        raise InputError("binary", f"{source}: binary file (contains NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError("undecodable", f"{source}: neither UTF-8 nor cp1252 text ({exc.reason})") from None
    return text, (f"{source}: not valid UTF-8, read as cp1252",)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError("not-found", f"{path}: no such file")
    if path.is_dir():
        raise InputError("is-directory", f"{path}: is a directory")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError("too-large", f"{path}: {size} bytes is over the limit of {max_bytes} (raise it with --max-bytes)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError("unreadable", f"{path}: cannot be read ({exc.strerror})") from None


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    if path.suffix.lower() in (".pdf", ".docx"):
        raise InputError("unsupported-format", f"{path}: {path.suffix} input is not supported yet; extract the text first")
    data = _read_bytes(path, max_bytes)
    text, warnings = decode(data, str(path))
    if not text.strip():
        raise InputError("empty", f"{path}: the document is empty")
    return RawDocument(str(path), text, None, warnings)


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("too-large", f"<stdin>: over the limit of {max_bytes} bytes (raise it with --max-bytes)")
    text, warnings = decode(data, "<stdin>")
    if not text.strip():
        raise InputError("empty", "<stdin>: the document is empty")
    return RawDocument("-", text, None, warnings)


def read_pair(question: Path, answer: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """A question file and an answer file as one document: question text, a blank line, the answer.

    ``split`` records where the answer starts, so offsets past it are ``split + offset in the answer file``.
    """
    q = read_path(question, max_bytes)
    a = read_path(answer, max_bytes)
    sep = "\n\n"
    text = q.text + sep + a.text
    return RawDocument(f"{question}+{answer}", text, len(q.text) + len(sep), q.warnings + a.warnings)


def expand(paths: Iterable[str]) -> Iterator[str | tuple[str, InputError]]:
    """Paths as given, each directory replaced by its documents (sorted); ``-`` is stdin.

    A directory with nothing to analyze yields ``(path, error)`` so a batch can report it and go on.
    """
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            found = sorted(q for q in path.iterdir() if q.is_file() and q.suffix.lower() in DIRECTORY_SUFFIXES)
            if not found:
                yield p, InputError("empty-directory", f"{path}: no .txt, .pdf or .docx documents in this directory")
            for q in found:
                yield str(q)
        else:
            yield p
