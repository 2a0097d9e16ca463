"""Files of records, one document each: the JSONL, JSON and CSV exports of open-data portals and council systems."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..model import RawDocument
from ..safe_text import shown, source_name
from .errors import InputError
from .files import DEFAULT_MAX_BYTES, check_size, read_bytes
from .html import decode_entities, markup_text
from .text import checked, decode


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
    "id": ("nummer", "nr", "vraagnummer"),
}

# the columns of a CSV export that are metadata, by their Dutch names too (the rest is kept under its own name)
_METADATA_COLUMNS = {
    "asker": ("vraagsteller", "indiener", "auteur"),
    "asker_party": ("partij", "fractie"),
    "respondent": ("minister", "bewindspersoon", "adressaat", "bevoegd"),
    "question_date": ("datum", "datum_vraag", "vraagdatum", "ingediend"),
    "answer_date": ("datum_antwoord", "antwoorddatum", "beantwoord"),
    "title": ("titel", "onderwerp"),
    "parliament": ("parlement", "orgaan", "gemeente"),
}


def _record(path: Path, number: int, line: bytes) -> RawDocument | tuple[str, InputError]:
    """One JSONL line as a document, or ``(source, error)``; the source is ``path#id``, or ``path#line`` until the id is known."""
    try:
        record: Any = json.loads(line.decode("utf-8").rstrip("\r\n"))
    except UnicodeDecodeError:
        return _bad(path, number, "line", "not valid UTF-8")
    except json.JSONDecodeError as exc:
        return _bad(path, number, "line", f"invalid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return _bad(path, number, "line", "JSON nested too deeply")
    except ValueError as exc:  # an integer of more digits than Python converts
        return _bad(path, number, "line", f"invalid JSON value ({exc})")
    return _document(path, number, "line", record)


def _bad(path: Path, number: int, where: str, why: str, source: str | None = None) -> tuple[str, InputError]:
    """A bad record as ``(source, error)``; the source is ``path#number`` until the record's id is known."""
    source = source or f"{source_name(path)}#{number}"
    return source, InputError("bad-record", f"{shown(source)}: bad record ({where} {number}): {why}")


def _document(path: Path, number: int, where: str, record: Any) -> RawDocument | tuple[str, InputError]:
    """One parsed record as a document, or ``(source, error)``; ``where`` says what ``number`` counts (a line, a record)."""
    source = f"{source_name(path)}#{number}"

    def bad(why: str) -> tuple[str, InputError]:
        return _bad(path, number, where, why, source)

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


# a JSON or CSV export is read whole (a JSONL file line by line): up to this many times the limit of one document
RECORDS_FILE_FACTOR = 20


def read_records(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | tuple[str, InputError]]:
    """The records of an export, one document each; a bad record is ``(source, InputError)`` and the rest is still read.

    JSONL: a record per line (:func:`read_jsonl`). JSON: an array of records, or an object that holds one
    (``{"data": [...]}``) or is one. CSV and TSV: a header row names the columns (``id``, ``question``/``vraag``,
    ``answer``/``antwoord``, or ``text``/``tekst``), the delimiter is found (``,``, ``;`` or a tab); the other columns
    are the record's metadata (``vraagsteller``, ``partij``, ``datum`` ... read as the JSONL names). Each record is
    limited to ``max_bytes``, the file to :data:`RECORDS_FILE_FACTOR` times it.
    """
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, max_bytes)
        return
    try:
        data = read_bytes(path, max_bytes * RECORDS_FILE_FACTOR)
        text, _warnings = decode(data, source_name(path))
    except InputError as exc:
        yield source_name(path), exc
        return
    found = False
    rows = _json_records(path, text) if suffix == ".json" else _csv_records(path, text, suffix)
    for number, where, record in rows:
        found = True
        if isinstance(record, InputError):
            yield source_name(path), record
        elif len(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")) > max_bytes:
            source = f"{source_name(path)}#{number}"
            yield (
                source,
                InputError(
                    "too-large", f"{shown(source)}: {where} {number} is over the limit of {max_bytes} bytes (raise it with --max-bytes)"
                ),
            )
        else:
            yield _document(path, number, where, record)
    if not found:
        yield source_name(path), InputError("empty", f"{shown(path)}: no records in this file")


def _json_records(path: Path, text: str) -> Iterator[tuple[int, str, Any]]:
    """The records of a JSON export: ``(number, "record", value)``, or one ``InputError`` for a file that is no export."""
    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        yield 0, "", InputError("bad-record", f"{shown(path)}: invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    except (RecursionError, ValueError):
        yield 0, "", InputError("bad-record", f"{shown(path)}: invalid JSON (nested too deeply, or a number too long)")
        return
    if isinstance(value, dict):
        # {"data": [...]}, {"results": [...]}: the one list of objects it holds; else the object is one record
        lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        value = lists[0] if len(lists) == 1 and not _names_text(value) else [value]
    if not isinstance(value, list):
        yield 0, "", InputError("bad-record", f"{shown(path)}: a JSON array of records was expected, not {type(value).__name__}")
        return
    for number, record in enumerate(value, 1):
        yield number, "record", record


def _names_text(record: dict[str, Any]) -> bool:
    return any(name in record or any(a in record for a in _FIELD_ALIASES[name]) for name in ("question", "answer", "text"))


def _csv_records(path: Path, text: str, suffix: str) -> Iterator[tuple[int, str, Any]]:
    """The rows of a CSV or TSV export as records: ``(line, "line", record)``, the line the row starts on."""
    sample = text[:65536]
    if suffix == ".tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            return
        names = [_column(name) for name in header]
        if not any(n in ("question", "answer", "text") for n in names):
            yield (
                0,
                "",
                InputError(
                    "bad-record", f"{shown(path)}: no question, answer or text column in the header ({', '.join(map(shown, header[:8]))})"
                ),
            )
            return
        line = reader.line_num + 1
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            record: dict[str, Any] = {}
            metadata: dict[str, str] = {}
            for name, cell in zip(names, row, strict=False):
                if name in ("id", "question", "answer", "text"):
                    record[name] = cell
                elif cell.strip():
                    metadata[name] = cell.strip()
            if not str(record.get("id", "")).strip():
                record.pop("id", None)
            if metadata:
                record["metadata"] = metadata
            yield start, "line", record
    except csv.Error as exc:
        yield 0, "", InputError("bad-record", f"{shown(path)}: invalid CSV after line {reader.line_num} ({exc})")


def _column(header: str) -> str:
    """A CSV column's name as a record's key: the JSONL names, whatever the export calls them."""
    name = header.strip().lower().replace(" ", "_")
    for key, aliases in (*_FIELD_ALIASES.items(), *_METADATA_COLUMNS.items()):
        if name == key or name in aliases:
            return key
    return name
