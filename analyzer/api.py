"""The Python API, for notebooks: the same objects the JSON report shows.

>>> from analyzer import check_text, check_files, to_records
>>> doc = check_text("1. Hoeveel klachten kwamen er binnen?\\n\\nANTWOORD\\n\\n1. Er kwamen 40 klachten binnen.\\n")
>>> doc["items"][0]["verdict"]
'answered'
>>> report = check_files(["examples/vp-785-2023.txt"])           # the whole report: documents and summary
>>> import pandas as pd; pd.DataFrame(to_records(report))          # one row per item, as --format jsonl

The pipeline and the rules are built once per ``model`` and reused.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .analyze import Analyzer
from .batch import analyze_raw
from .model import RawDocument
from .read import DEFAULT_MAX_BYTES, expand, read_documents
from .read.columns import decolumned
from .read.text import unmarked
from .report_flat import rows
from .report_json import error_json, report_json


@functools.cache
def _analyzer(model: str | None) -> Analyzer:
    return Analyzer(model)


def check_text(
    text: str,
    answer: str | None = None,
    *,
    source: str = "<text>",
    metadata: dict[str, str] | None = None,
    model: str | None = None,
) -> dict[str, Any]:
    """One document as in ``documents[]`` of the JSON report: ``text`` is the whole document, or, with
    ``answer``, the question (an empty answer is an open question). ``metadata`` as in a JSONL record
    (``asker``, ``respondent``, ``question_date``, ...) wins over what the text states."""
    if answer is not None:
        # (rich-text markup read as the reader reads a file's: question and answer each)
        q, a = unmarked(RawDocument(source, text)), unmarked(RawDocument(source, answer))
        warnings = tuple(dict.fromkeys(q.warnings + a.warnings))
        raw = RawDocument(source, f"{q.text}\n\n{a.text}", split=len(q.text) + 2, warnings=warnings, metadata=metadata)
    else:
        raw = decolumned(unmarked(RawDocument(source, text, metadata=metadata)))
    document, _ = analyze_raw(_analyzer(model), raw)
    return document


def check_files(paths: Iterable[str | Path], *, model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The whole JSON report (``documents`` and ``summary``) of files and directories, as ``analyzer check --format json``."""
    analyzer = _analyzer(model)
    documents: list[dict[str, Any]] = []
    for entry in expand(str(p) for p in paths):
        if isinstance(entry, tuple):
            documents.append(error_json(entry[0], entry[1].code, str(entry[1])))
            continue
        for raw in read_documents(entry, max_bytes):
            if isinstance(raw, tuple):
                documents.append(error_json(raw[0], raw[1].code, str(raw[1])))
            else:
                documents.append(analyze_raw(analyzer, raw)[0])
    return report_json(documents, analyzer.info, tuple(r.id for r in analyzer.rules.skipped))


def to_records(report_or_document: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat dict per item (the columns of ``--format csv``), for ``pandas.DataFrame``: of a report or of one document."""
    documents = report_or_document.get("documents", [report_or_document])
    return [row for d in documents for row in rows(d)]


__all__ = ["check_files", "check_text", "to_records"]
