"""Files of records, one document each: the JSONL, JSON and CSV exports of open-data portals and council systems."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

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
_TEXT_FIELDS = ("question", "answer", "text")

# the fields of an export that are metadata, by their Dutch names too (the rest is kept under its own name)
_METADATA_COLUMNS = {
    "asker": ("vraagsteller", "indiener", "auteur"),
    "asker_party": ("partij", "fractie"),
    "respondent": ("minister", "bewindspersoon", "adressaat", "bevoegd"),
    "question_date": ("datum", "datum_vraag", "vraagdatum", "ingediend", "datum_indiening"),
    "answer_date": ("datum_antwoord", "antwoorddatum", "antwoord_datum", "beantwoord", "datum_beantwoording"),
    "title": ("titel", "onderwerp"),
    "parliament": ("parlement", "orgaan", "gemeente"),
}


def _column(header: str) -> str:
    """A field's or a CSV column's name as a record's key: the JSONL names, whatever the export calls them ("Vraag",
    "Nr.", "Antwoord tekst", "Beantwoording"); a name of no known field is kept, lower case."""
    name = re.sub(r"[\s-]+", "_", header.strip().lower()).rstrip(".:")
    for key, aliases in (*_FIELD_ALIASES.items(), *_METADATA_COLUMNS.items()):
        if name == key or name in aliases:
            return key
    # the text in other words ("antwoord_tekst", "beantwoording", "vraag_volledig"), not a date, number or asker of it
    if not re.search(r"datum|date|nummer|nr|steller|titel|id$", name):
        if name.startswith(("antwoord", "beantwoord")):
            return "answer"
        if name.startswith("vraag"):
            return "question"
    return name


def _fields(record: dict[str, Any]) -> dict[str, Any]:
    """A record's fields under the JSONL names. Where several fields name the question (the answer, the text), the longest
    text is it ("vraag" may hold a title and "vraagtekst" the question); the other fields that hold a value are its metadata,
    under their own names or the JSONL ones ("vraagsteller" is "asker"), with the ``metadata`` object's values first; an
    id read from a number field ("nummer") is the document's number too."""
    out: dict[str, Any] = {}
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = _column(str(key))
        exact = str(key) == name
        if name in _TEXT_FIELDS:
            held = out.get(name)
            if held is None or (isinstance(value, str) and (not isinstance(held, str) or len(value.strip()) > len(held.strip()))):
                out[name] = value
        elif name == "metadata":
            # ("meta": "gemeente Gent" is no metadata object; a "metadata" that is none is an error below)
            if exact or (isinstance(value, dict) and "metadata" not in out):
                out["metadata"] = value
            elif isinstance(value, str) and value.strip():
                flat.setdefault(str(key), value)
        elif name == "id":
            if exact or "id" not in out:
                out["id"] = value
            if not exact and isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
                flat.setdefault("number", str(value))
        elif isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            flat.setdefault(name, value.strip() if isinstance(value, str) else value)
    if flat:
        given = out.get("metadata")
        out["_flat"] = flat if given is None or isinstance(given, dict) else {}
    return out


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


def _document(path: Path, number: int, where: str, record: Any, warnings: tuple[str, ...] = ()) -> RawDocument | tuple[str, InputError]:
    """One parsed record as a document, or ``(source, error)``; ``where`` says what ``number`` counts (a line, a record);
    ``warnings`` are the file's (its encoding, a missing answer column)."""
    source = f"{source_name(path)}#{number}"

    def bad(why: str) -> tuple[str, InputError]:
        return _bad(path, number, where, why, source)

    problem = _text_problem(record)
    if problem is not None:
        return bad(problem)
    if not isinstance(record, dict):
        return bad(f"a JSON object was expected, not {type(record).__name__}")
    record = _fields(record)  # an export in Dutch: {"vraag": ..., "antwoord": ..., "vraagsteller": ...}
    ident = record.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        return bad(f'"id" must be a string or a whole number, not {json.dumps(ident)[:40]}')
    if ident is not None and str(ident).strip():
        source = f"{source_name(path)}#{ident}"
    metadata = record.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return bad('"metadata" must be an object')
    merged = {**record.get("_flat", {}), **(metadata or {})}
    meta = {str(k): v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in merged.items()} if merged else None
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
        raw = RawDocument(source, question + sep + answer, len(question) + len(sep), warnings, meta)
    elif "text" in record:
        if not isinstance(record["text"], str):
            return bad('"text" must be a string')
        raw = RawDocument(source, _plain(record["text"]), None, warnings, meta)
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
    (``{"data": [...]}``, ``{"result": {"items": [...]}}``) or is one; a file of one record per line read as JSONL. CSV and
    TSV: a header row names the columns (``id``/``nummer``, ``question``/``vraag``, ``answer``/``antwoord``, or
    ``text``/``tekst``), the delimiter is found (``,``, ``;`` or a tab, or Excel's ``sep=`` line); the other fields are
    the record's metadata (``vraagsteller``, ``partij``, ``datum`` ... read as the JSONL names). Each record is limited
    to ``max_bytes``, the file to :data:`RECORDS_FILE_FACTOR` times it.
    """
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, max_bytes)
        return
    try:
        data = read_bytes(path, max_bytes * RECORDS_FILE_FACTOR)
        text, warnings = decode(data, source_name(path))
    except InputError as exc:
        yield source_name(path), exc
        return
    if suffix == ".json" and _lines_of_json(text):
        yield from read_jsonl(path, max_bytes)  # (JSONL under the name .json)
        return
    found = False
    rows, notes = _json_records(path, text) if suffix == ".json" else _csv_records(path, text, suffix)
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
            yield _document(path, number, where, record, (*warnings, *notes))
    if not found:
        yield source_name(path), InputError("empty", f"{shown(path)}: no records in this file")


def _lines_of_json(text: str) -> bool:
    """Whether the text is JSON values one per line (JSONL), not one JSON value."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return exc.msg == "Extra data" and exc.lineno > 1 and text[: exc.pos].count("\n") >= 1
    except (RecursionError, ValueError):
        return False
    return False


_Rows = tuple[Iterator[tuple[int, str, Any]], tuple[str, ...]]


def _json_records(path: Path, text: str) -> _Rows:
    """The records of a JSON export: ``(number, "record", value)``, or one ``InputError`` for a file that is no export."""

    def error(why: str) -> _Rows:
        return iter([(0, "", InputError("bad-record", f"{shown(path)}: {why}"))]), ()

    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return error(f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
    except (RecursionError, ValueError):
        return error("invalid JSON (nested too deeply, or a number too long)")
    if isinstance(value, dict) and "schema_version" in value and "documents" in value:
        return error("this is a report written by analyzer, not an export of questions")
    records = _records_in(value)
    if isinstance(records, str):
        return error(records)
    if records is None:
        return error(f"a JSON array of records was expected, not {type(value).__name__}")
    return ((number, "record", record) for number, record in enumerate(records, 1)), ()


def _records_in(value: Any, depth: int = 0) -> list[Any] | str | None:
    """The records a JSON value holds: an array; an object's one list of records (``{"data": [...]}``, the list whose
    objects name a question or a text when there are several), looked for a few levels down (``{"result": {"items":
    [...]}}``); an object that is one record; an empty list for an export of none (``{"total": 0, "data": []}``). Several
    lists of records are a message: which one is meant is not the reader's guess."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return None
    if _names_text(value):
        return [value]
    lists = [v for v in value.values() if isinstance(v, list) and all(isinstance(x, dict) for x in v)]
    texts = [
        k for k, v in value.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v) and any(_names_text(x) for x in v)
    ]
    if len(texts) == 1:
        return cast(list[Any], value[texts[0]])
    if len(texts) > 1:
        return f"the JSON object holds several lists of records ({', '.join(map(shown, map(str, texts[:4])))}): give one export of one list"
    if depth < 3:
        for inner in value.values():
            found = _records_in(inner, depth + 1) if isinstance(inner, dict) else None
            if found:
                return found
    if lists and not any(lists):
        return []
    return lists[0] if len(lists) == 1 else [value]


def _names_text(record: dict[str, Any]) -> bool:
    """Whether the object is a record: a field of it names a question, an answer or a text, and holds one (or null)."""
    return any(_column(str(key)) in _TEXT_FIELDS and (value is None or isinstance(value, str)) for key, value in record.items())


def _csv_records(path: Path, text: str, suffix: str) -> _Rows:
    """The rows of a CSV or TSV export as records: ``(line, "line", record)``, the line the row starts on; and the notes
    that every record gets (the header names no answer column: each row is an open question)."""
    first_line = 1
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint is not None:  # Excel's line naming the delimiter: "sep=;"
        delimiter, text, first_line = hint.group(1), text[hint.end() :], 2
    elif suffix == ".tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(text[:65536].split("\n", 1)[0], delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # (a C long: 32 bits on Windows)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return iter([(0, "", InputError("bad-record", f"{shown(path)}: invalid CSV header ({exc})"))]), ()
    if header is None:
        return iter(()), ()
    names = [_column(name) for name in header]
    shown_header = ", ".join(map(shown, header[:8]))
    if "verdict" in names and "document" in names:
        return iter(
            [(0, "", InputError("bad-record", f"{shown(path)}: this is a report written by analyzer, not an export of questions"))]
        ), ()
    if not any(n in _TEXT_FIELDS for n in names):
        return iter(
            [(0, "", InputError("bad-record", f"{shown(path)}: no question, answer or text column in the header ({shown_header})"))]
        ), ()
    notes: tuple[str, ...] = ()
    if "question" in names and "answer" not in names:
        notes = (f"{shown(path)}: no answer column in the header ({shown_header}): every row is read as a question without an answer",)

    def rows() -> Iterator[tuple[int, str, Any]]:
        line = reader.line_num + first_line
        try:
            for row in reader:
                start, line = line, reader.line_num + first_line
                if not any(cell.strip() for cell in row):
                    continue
                yield start, "line", dict(zip(header, row, strict=False))
        except csv.Error as exc:
            yield 0, "", InputError("bad-record", f"{shown(path)}: invalid CSV after line {reader.line_num + first_line - 1} ({exc})")

    return rows(), notes
