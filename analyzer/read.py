"""Reading inputs: text, PDF, DOCX, HTML and JSONL files, stdin, directories and question/answer file pairs.

Text is kept exactly as decoded or extracted (no newline or Unicode normalization) because every
offset the analyzer reports points into it. Text files: UTF-8 first (a BOM is skipped), cp1252 as a
fallback with a warning. PDF (:mod:`analyzer.read_pdf`): the text layer, pages joined with
``"\\n\\f"``, two-column pages in column order. DOCX (:mod:`analyzer.read_docx`): paragraphs and
table rows in document order. HTML (:mod:`analyzer.read_html`): a saved web page's visible text,
one block per line. JSONL: one document per line, see :func:`read_jsonl`.

:func:`read_documents` is the one entry point for a path as given on the command line; it yields
``(source, InputError)`` for documents that cannot be read instead of raising, so a batch goes on.
"""

from __future__ import annotations

import json
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from .model import RawDocument
from .read_html import decode_entities, html_text, looks_like_html, markup_text
from .safe_text import shown, source_name

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
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

# Not-Dutch check: the share of very common Dutch function words among the word tokens. Only words
# that are not also common in English, German, French or Spanish (so no "de", "en", "in", "is",
# "die"). Measured: 0.19-0.29 on every corpus document, 0.00-0.02 on English, German, French and
# Spanish paragraphs of the same subject.
DUTCH_WORDS = frozenset(
    {
        *("het", "een", "van", "dat", "op", "te", "niet", "voor", "zijn", "met", "er", "aan", "om", "ook", "bij", "door"),
        *("naar", "wordt", "worden", "kan", "uw", "hoe", "welke", "deze", "dit", "heeft", "hebben", "tot", "uit", "nog", "geen", "wij"),
    }
)
DUTCH_MIN_SHARE = 0.08
DUTCH_MIN_WORDS = 20  # shorter texts are not judged
_WORD = re.compile(r"[^\W\d_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# looks_dutch's words without the regex: each non-ASCII character of the text becomes _IN_WORD when
# _WORD takes it and a space otherwise, then an ASCII table (str.translate's fast path) keeps the
# letters and makes everything else a space, and str.split cuts the words. A word that held a
# non-ASCII letter is no Dutch function word either way: they are all ASCII, and none has _IN_WORD.
_IN_WORD = "q"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS_ONLY = {code: chr(code) if chr(code).isalpha() else " " for code in range(128)}


class InputError(Exception):
    """A document that cannot be read; ``code`` is stable and goes into the report.

    Codes: not-found, is-directory, too-large, unreadable, binary, undecodable, empty,
    empty-directory, unsupported-format, encrypted-pdf, scanned-pdf, unreadable-pdf,
    unreadable-docx, bad-record.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    if b"\x00" in data:  # anywhere, not only near the start: no NUL may reach a CSV or HTML report
        raise InputError("binary", f"{shown(source)}: binary file (contains NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError("undecodable", f"{shown(source)}: neither UTF-8 nor cp1252 text ({exc.reason})") from None
    return text, (f"{shown(source)}: not valid UTF-8, read as cp1252",)


def looks_dutch(text: str) -> bool:
    """``False`` only for a text of some length in which common Dutch function words are (nearly) absent."""
    words = _words(text.lower())
    if len(words) < DUTCH_MIN_WORDS:
        return True
    return sum(map(DUTCH_WORDS.__contains__, words)) / len(words) >= DUTCH_MIN_SHARE


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``, except that a word's non-ASCII letters read ``_IN_WORD`` (see there); about
    twice as fast."""
    if not text.isascii():
        for char in set(_NON_ASCII.findall(text)):
            text = text.replace(char, _IN_WORD if _WORD.match(char) else " ")
    return text.translate(_LETTERS_ONLY).split()


def _checked(raw: RawDocument) -> RawDocument:
    """The checks every document gets after reading: not empty, and a warning when it does not look Dutch."""
    if not raw.text.strip():
        raise InputError("empty", f"{shown(raw.source)}: the document is empty")
    if "\x00" in raw.text:  # from a PDF's text layer: one character for one, so every offset holds
        warning = f"{shown(raw.source)}: NUL characters in the text, read as U+FFFD"
        raw = replace(raw, text=raw.text.replace("\x00", "\ufffd"), warnings=(*raw.warnings, warning))
    if _SURROGATE.search(raw.text):  # a PDF's broken ToUnicode map: no output could hold them
        warning = f"{shown(raw.source)}: lone surrogates in the text, read as U+FFFD"
        raw = replace(raw, text=_SURROGATE.sub("\ufffd", raw.text), warnings=(*raw.warnings, warning))
    if looks_dutch(raw.text):
        return raw
    return replace(
        raw, warnings=(*raw.warnings, f"{shown(raw.source)}: the text does not look Dutch; analyzed anyway, with confidences halved")
    )


def _check_size(path: Path, max_bytes: int) -> None:
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


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    _check_size(path, max_bytes)
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


def _load(path: Path, max_bytes: int) -> RawDocument:
    """One file as a document, without the checks of :func:`_checked`."""
    data = _read_bytes(path, max_bytes)
    if not data:
        raise InputError("empty", f"{shown(path)}: the document is empty")
    kind = _kind(path, data)
    if kind == "pdf":
        from .read_pdf import pdf_text

        text, warnings = pdf_text(data, source_name(path), max_bytes)
        return RawDocument(source_name(path), text, None, warnings)
    if kind == "docx":
        from .read_docx import docx_text

        return RawDocument(source_name(path), docx_text(data, source_name(path), max_bytes))
    text, warnings = decode(data, source_name(path))
    if kind == "html":
        return RawDocument(source_name(path), html_text(text), None, warnings)
    return _unmarked(RawDocument(source_name(path), text, None, warnings))


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """One document from a text, PDF or DOCX file (a ``.jsonl`` file holds many: use :func:`read_jsonl`)."""
    if path.suffix.lower() == ".jsonl":
        raise InputError("unsupported-format", f"{shown(path)}: a JSONL file holds many documents; read it with read_documents")
    return _checked(_load(path, max_bytes))


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("too-large", f"<stdin>: over the limit of {max_bytes} bytes (raise it with --max-bytes)")
    text, warnings = decode(data, "<stdin>")
    if not text.strip():
        raise InputError("empty", "<stdin>: the document is empty")
    return _checked(_unmarked(RawDocument("-", text, None, warnings)))


def read_pair(question: Path, answer: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """A question file and an answer file (text, PDF or DOCX each) as one document: question text, a blank line, the answer.

    ``split`` records where the answer starts, so offsets past it are ``split + offset in the answer file``.
    """
    q = _load(question, max_bytes)
    a = _load(answer, max_bytes)
    for part in (q, a):
        if not part.text.strip():
            raise InputError("empty", f"{shown(part.source)}: the document is empty")
    sep = "\n\n"
    text = q.text + sep + a.text
    return _checked(RawDocument(f"{source_name(question)}+{source_name(answer)}", text, len(q.text) + len(sep), q.warnings + a.warnings))


def read_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | tuple[str, InputError]]:
    """The records of a JSONL file, one document each; a bad record is ``(source, InputError)`` and the rest is still read.

    A record is ``{"id": ..., "question": "...", "answer": "...", "metadata": {...}}`` (``id`` and
    ``metadata`` optional), or ``{"id": ..., "text": "..."}`` for a whole document. The text is
    question, a blank line, answer, with ``split`` where the answer starts; the source is
    ``path#id`` (``path#line`` without an id). ``max_bytes`` limits each record, not the file.
    """
    try:
        _check_size(path, sys.maxsize)
        fh = path.open("rb")
    except InputError as exc:
        yield source_name(path), exc
        return
    except OSError as exc:
        yield source_name(path), InputError("unreadable", f"{shown(path)}: cannot be read ({exc.strerror})")
        return
    with fh:
        found = False
        for number, line in _lines(fh, max_bytes, path):
            if line is None:
                found = True
                yield (
                    f"{source_name(path)}#{number}",
                    InputError(
                        "too-large",
                        f"{shown(f'{source_name(path)}#{number}')}: record on line {number} is over the limit of {max_bytes} bytes (raise it with --max-bytes)",
                    ),
                )
                continue
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            found = True
            yield _record(path, number, line)
    if not found:
        yield source_name(path), InputError("empty", f"{shown(path)}: no records in this JSONL file")


def _lines(fh: IO[bytes], max_bytes: int, path: Path) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary file; ``None`` for a line over ``max_bytes`` (skipped without holding it in memory)."""
    number = 0
    try:
        while True:
            line = fh.readline(max_bytes + 2)
            if not line:
                return
            number += 1
            if len(line.rstrip(b"\r\n")) <= max_bytes:
                yield number, line
                continue
            while line and not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
            yield number, None
    except OSError as exc:
        raise InputError("unreadable", f"{shown(path)}: cannot be read after line {number} ({exc.strerror})") from None


def _text_problem(value: Any) -> str | None:
    """What makes a string in a parsed JSON value no text (JSON may escape lone surrogates and NUL), or ``None``."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return "a string holds a lone surrogate (\\ud800-\\udfff), which is no text"
            if "\x00" in v:
                return "a string holds a NUL character (U+0000), which is no text"
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return None


def _plain(field: str) -> str:
    """A record's text as a reader sees it: rich-text markup read as a web page is (one block per line,
    entities decoded), plain text as it is with its character references decoded. Offsets then point
    into this text, as into a PDF's text layer."""
    text = markup_text(field)
    return decode_entities(field) if text is None else text


def _unmarked(raw: RawDocument) -> RawDocument:
    """A text file (or stdin) that holds rich-text markup without being a web page, as its visible text, with a warning."""
    text = markup_text(raw.text)
    if text is None:
        return raw
    warning = f"{shown(raw.source)}: the text holds HTML markup; read as its visible text, to which the offsets point"
    return replace(raw, text=text, warnings=(*raw.warnings, warning))


# the field names of exports that do not use the English ones
_FIELD_ALIASES = {
    "question": ("vraag", "vraagtekst", "question_text"),
    "answer": ("antwoord", "antwoordtekst", "answer_text"),
    "text": ("tekst",),
    "metadata": ("meta",),
}


def _record(path: Path, number: int, line: bytes) -> RawDocument | tuple[str, InputError]:
    """One JSONL line as a document, or ``(source, error)``; the source is ``path#id``, or ``path#line`` until the id is known."""
    source = f"{source_name(path)}#{number}"

    def bad(why: str) -> tuple[str, InputError]:
        return source, InputError("bad-record", f"{shown(source)}: bad record (line {number}): {why}")

    try:
        record: Any = json.loads(line.decode("utf-8").rstrip("\r\n"))
    except UnicodeDecodeError:
        return bad("not valid UTF-8")
    except json.JSONDecodeError as exc:
        return bad(f"invalid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return bad("JSON nested too deeply")
    except ValueError as exc:  # an integer of more digits than Python converts
        return bad(f"invalid JSON value ({exc})")
    problem = _text_problem(record)
    if problem is not None:
        return bad(problem)
    if not isinstance(record, dict):
        return bad(f"a JSON object was expected, not {type(record).__name__}")
    for name, aliases in _FIELD_ALIASES.items():  # an export in Dutch: {"vraag": ..., "antwoord": ...}
        alias = next((a for a in aliases if a in record), None) if name not in record else None
        # ("meta": "gemeente Gent" is no metadata object)
        if alias is not None and (name != "metadata" or isinstance(record[alias], dict)):
            record[name] = record[alias]
    ident = record.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        return bad(f'"id" must be a string or a whole number, not {json.dumps(ident)[:40]}')
    if ident is not None and str(ident).strip():
        source = f"{source_name(path)}#{ident}"
    metadata = record.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return bad('"metadata" must be an object')
    meta = (
        None if metadata is None else {str(k): v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in metadata.items()}
    )
    if "question" in record or "answer" in record:
        if "question" in record and record.get("answer") is None:
            # an export lists a question not answered yet with "answer": null, or without the field: an open question
            record["answer"] = ""
        for key in ("question", "answer"):
            if key not in record:
                return bad(f'missing "{key}"')
            if not isinstance(record[key], str):
                return bad(f'"{key}" must be a string')
        question, answer = _plain(record["question"]), _plain(record["answer"])
        if not question.strip():
            return source, InputError("empty", f"{shown(source)}: the question is empty")
        sep = "\n\n"
        raw = RawDocument(source, question + sep + answer, len(question) + len(sep), (), meta)
    elif "text" in record:
        if not isinstance(record["text"], str):
            return bad('"text" must be a string')
        raw = RawDocument(source, _plain(record["text"]), None, (), meta)
    else:
        return bad('missing "question" and "answer" (or "text")')
    try:
        return _checked(raw)
    except InputError as exc:
        return source, exc


def read_documents(entry: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | tuple[str, InputError]]:
    """The documents of one command-line entry: ``-`` (stdin, text), a file of any supported kind, or a directory.

    Never raises :class:`InputError`: a document that cannot be read is yielded as ``(source, error)``.
    A ``.jsonl`` file yields one item per record; a directory, every document in it.
    """
    for item in expand([entry]):
        if isinstance(item, tuple):
            yield item
            continue
        path = Path(item)
        try:
            if item == "-":
                yield read_stdin(max_bytes)
            elif path.suffix.lower() == ".jsonl":
                yield from read_jsonl(path, max_bytes)
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
