"""Shared helpers for the tests: analyze a snippet, find an item, check offsets."""

from __future__ import annotations

from pathlib import Path

from analyzer.analyze import analyze
from analyzer.model import Document, Item, RawDocument, Span

CORPUS = Path(__file__).parent / "corpus"


def doc_of(text: str, split: int | None = None) -> Document:
    return analyze(RawDocument("<test>", text, split))


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
