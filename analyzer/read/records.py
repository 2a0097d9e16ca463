"""Files of records, one document each: JSONL exports."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..model import RawDocument
from ..safe_text import shown, source_name
from .errors import InputError
from .files import DEFAULT_MAX_BYTES, check_size
from .html import decode_entities, markup_text
from .text import checked


def read_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | tuple[str, InputError]]:
    """The records of a JSONL file, one document each; a bad record is ``(source, InputError)`` and the rest is still read.

    A record is ``{"id": ..., "question": "...", "answer": "...", "metadata": {...}}`` (``id`` and
    ``metadata`` optional), or ``{"id": ..., "text": "..."}`` for a whole document. The text is
    question, a blank line, answer, with ``split`` where the answer starts; the source is
    ``path#id`` (``path#line`` without an id). ``max_bytes`` limits each record, not the file.
    """
    try:
        check_size(path, sys.maxsize)
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
        return checked(raw)
    except InputError as exc:
        return source, exc
