"""Reading inputs: text, PDF, DOCX and HTML files, exports of records (JSONL, JSON, CSV), stdin, directories and question/answer file pairs.

Text is kept exactly as decoded or extracted (no newline or Unicode normalization) because every
offset the analyzer reports points into it. Text files: UTF-8 first (a BOM is skipped), cp1252 as a
fallback with a warning. PDF (:mod:`analyzer.read.pdf`): the text layer, pages joined with
``"\\n\\f"``, two-column pages in column order. DOCX (:mod:`analyzer.read.docx`): paragraphs and
table rows in document order. HTML (:mod:`analyzer.read.html`): a saved web page's visible text,
one block per line. Exports: one document per record, see :func:`read_records`.

:func:`read_documents` is the one entry point for a path as given on the command line; it yields
``(source, InputError)`` for documents that cannot be read instead of raising, so a batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..model import RawDocument
from ..safe_text import shown, source_name
from .errors import InputError
from .files import (
    DEFAULT_MAX_BYTES,
    DIRECTORY_SUFFIXES,
    RECORD_SUFFIXES,
    UNSUPPORTED_SUFFIXES,
    is_records,
    read_pair,
    read_path,
    read_stdin,
)
from .records import read_jsonl, read_records
from .text import decode, looks_dutch

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DIRECTORY_SUFFIXES",
    "RECORD_SUFFIXES",
    "UNSUPPORTED_SUFFIXES",
    "InputError",
    "decode",
    "expand",
    "is_records",
    "looks_dutch",
    "read_documents",
    "read_jsonl",
    "read_pair",
    "read_path",
    "read_records",
    "read_stdin",
]


def read_documents(entry: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | tuple[str, InputError]]:
    """The documents of one command-line entry: ``-`` (stdin, text), a file of any supported kind, or a directory.

    Never raises :class:`InputError`: a document that cannot be read is yielded as ``(source, error)``.
    A file of records (``.jsonl``, ``.json``, ``.csv``, ``.tsv``) yields one item per record; a directory, every
    document in it.
    """
    for item in expand([entry]):
        if isinstance(item, tuple):
            yield item
            continue
        path = Path(item)
        try:
            if item == "-":
                yield read_stdin(max_bytes)
            elif is_records(path):
                yield from read_records(path, max_bytes)
            else:
                yield read_path(path, max_bytes)
        except InputError as exc:
            yield source_name(item), exc
        except OSError as exc:  # whatever the file system says, one document fails, not the batch
            yield source_name(item), InputError("unreadable", f"{shown(item)}: cannot be read ({exc.strerror or exc})")


def expand(
    paths: Iterable[str], recursive: bool = False, note: Callable[[str], None] | None = None
) -> Iterator[str | tuple[str, InputError]]:
    """Paths as given, each directory replaced by its documents (sorted); ``-`` is stdin.

    A directory with nothing to analyze yields ``(path, error)`` so a batch can report it and go on.
    Subdirectories are read with ``recursive`` (not hidden ones, nor a symlink back up the tree);
    ``note`` is told what a directory held that was skipped.
    """
    for p in paths:
        path = Path(p)
        if p != "-" and _is_dir(path):
            try:
                found = _directory(path, recursive, note or (lambda _text: None), ())
            except OSError as exc:  # a directory that cannot be listed is one error, not the end of the batch
                yield source_name(p), InputError("unreadable", f"{shown(path)}: cannot be read ({exc.strerror})")
                continue
            if not found:
                yield (
                    source_name(p),
                    InputError("empty-directory", f"{shown(path)}: no .txt, .pdf, .docx, .html or .jsonl documents in this directory"),
                )
            yield from found
        else:
            yield p


def _directory(path: Path, recursive: bool, note: Callable[[str], None], above: tuple[tuple[int, int], ...]) -> list[str]:
    """The documents of a directory in name order, with those of its subdirectories where they sort when ``recursive``."""
    st = path.stat()
    above = (*above, (st.st_dev, st.st_ino))
    found: list[str] = []
    subdirectories: list[str] = []
    others: list[str] = []
    for q in sorted(path.iterdir()):
        if q.name.startswith("."):
            continue  # hidden, as ls has it (and the temporary files of -o)
        if _is_dir(q):
            if not recursive:
                subdirectories.append(q.name)
                continue
            try:
                inner = q.stat()
                if (inner.st_dev, inner.st_ino) in above:
                    note(f"{shown(q)}: skipped, a symlink back up the tree")
                    continue
                found.extend(_directory(q, recursive, note, above))
            except OSError as exc:
                note(f"{shown(q)}: skipped, cannot be read ({exc.strerror})")
        elif q.suffix.lower() in DIRECTORY_SUFFIXES or q.suffix.lower() in UNSUPPORTED_SUFFIXES:
            found.append(str(q))  # reading it says what is wrong: a device or a pipe, an old Word file
        else:
            others.append(q.name)
    skipped = []
    if subdirectories:
        skipped.append(f"{_count(len(subdirectories), 'subdirectory', 'subdirectories')} ({_names(subdirectories)}; use --recursive)")
    if others:
        many = len(others) > 1
        skipped.append(f"{_count(len(others), 'file', 'files')} that {'are no documents' if many else 'is no document'} ({_names(others)})")
    if skipped:
        note(f"{shown(path)}: skipped {' and '.join(skipped)}")
    return found


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _names(names: list[str], most: int = 5) -> str:
    shown_names = [shown(n) for n in names[:most]]
    return ", ".join(shown_names) + (f", … ({len(names) - most} more)" if len(names) > most else "")


def _is_dir(path: Path) -> bool:
    """``Path.is_dir`` that says ``False`` where it cannot look (a locked parent): reading the path then reports why."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False
