"""Shared helpers for the tests: analyze a snippet, find an item, check offsets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.analyze import analyze
from analyzer.model import Document, Item, RawDocument, Span
from analyzer.read import read_jsonl
from analyzer.segment import SegmentationError

CORPUS = Path(__file__).parent / "corpus"


def doc_of(text: str, split: int | None = None, flat: bool = False) -> Document:
    """The document segmented from ``text``; ``flat``: with every run of whitespace collapsed to one space first."""
    return analyze(RawDocument("<test>", " ".join(text.split()) if flat else text, split))


def item(doc: Document, ident: str) -> Item:
    for it in doc.items:
        if it.id == ident:
            return it
    raise AssertionError(f"no item {ident!r}; items are {[i.id for i in doc.items]}")


def answer_text(doc: Document, ident: str) -> str:
    al = doc.alignment(ident)
    return "\n".join(doc.text[doc.answer_parts[j].span.start : doc.answer_parts[j].span.end] for j in al.parts)


def at(doc: Document, span: Span) -> str:
    return doc.text[span.start : span.end]


def gold_set(folder: Path) -> list[str]:
    """The document names of a folder of ``<name>.txt`` with ``<name>.gold.json``."""
    return sorted(p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json"))


def both_forms(names: list[str], gaps: set[tuple[str, bool]]) -> list[Any]:
    """``(name, collapsed?)`` for every document in both forms; a known gap is a strict xfail (a fix makes it fail)."""
    return [
        pytest.param(n, f, marks=pytest.mark.xfail(strict=True, reason="known gap")) if (n, f) in gaps else (n, f)
        for n in names
        for f in (False, True)
    ]


def gold_and_doc(folder: Path, name: str, flat: bool) -> tuple[dict[str, Any], Document]:
    """A gold file and the document segmented from its text (``<name>.txt``, or the record ``<name>`` of a JSONL export in
    the folder), as written or with every run of whitespace collapsed."""
    gold: dict[str, Any] = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    path = folder / f"{name}.txt"
    try:
        if path.exists():
            return gold, doc_of(path.read_text(encoding="utf-8"), flat=flat)
        raw = record(folder, name)
        if flat and raw.split is not None:
            question, answer = " ".join(raw.text[: raw.split].split()), " ".join(raw.text[raw.split :].split())
            raw = RawDocument(raw.source, f"{question}\n\n{answer}", len(question) + 2, (), raw.metadata)
        return gold, analyze(raw)
    except SegmentationError:
        pytest.fail("not segmented")


def record(folder: Path, name: str) -> RawDocument:
    """The record ``name`` of the JSONL exports in ``folder``."""
    for path in sorted(folder.glob("*.jsonl")):
        for raw in read_jsonl(path):
            if isinstance(raw, RawDocument) and raw.source.rsplit("#", 1)[-1] == name:
                return raw
    raise AssertionError(f"no document {name} in {folder}")


def gold_ids(gold: dict[str, Any]) -> list[str]:
    return [str(i["id"]) for i in gold["items"]]
