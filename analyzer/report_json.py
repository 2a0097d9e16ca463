"""The JSON report: a versioned, stable shape that later reports and tools build on.

Contract kept by every later version: ``documents[].source``, ``documents[].status``,
``documents[].items[].id`` and ``documents[].items[].verdict``.
"""

from __future__ import annotations

from typing import Any

from . import __version__
from .clean import clean_view
from .model import Document, Span

SCHEMA_VERSION = "0.1.0"


def span_json(doc: Document, span: Span, **extra: Any) -> dict[str, Any]:
    """A span as ``start``/``end`` into the original text, the exact ``text`` there and a ``clean`` view."""
    return {
        "start": span.start,
        "end": span.end,
        "text": doc.text[span.start : span.end],
        "clean": clean_view(doc.text, span, doc.furniture).text,
        **extra,
    }


def document_json(doc: Document) -> dict[str, Any]:
    md = doc.metadata
    parts = doc.answer_parts
    items = []
    for it in doc.items:
        al = doc.alignment(it.id)
        items.append(
            {
                "id": it.id,
                "label": None if it.label is None else {"start": it.label.start, "end": it.label.end},
                "question": span_json(doc, it.span),
                "asks": [span_json(doc, a.span, kind=a.kind) for a in it.asks],
                "answer": [span_json(doc, parts[j].span, part=j, covers=list(parts[j].covers), kind=parts[j].kind) for j in al.parts],
                "alignment": {
                    "method": al.method,
                    "score": al.score,
                    "parts": list(al.parts),
                    "references": [
                        {
                            "start": r.span.start,
                            "end": r.span.end,
                            "text": doc.text[r.span.start : r.span.end],
                            "targets": list(r.targets),
                            "parts": list(r.parts),
                            "resolved": r.resolved,
                        }
                        for r in al.references
                    ],
                },
                "verdict": None,
            }
        )
    return {
        "source": doc.source,
        "status": "ok",
        "layout": doc.layout,
        "metadata": {
            "parliament": md.parliament,
            "number": md.number,
            "question_date": md.question_date.isoformat() if md.question_date else None,
            "answer_date": md.answer_date.isoformat() if md.answer_date else None,
            "days_to_answer": md.days_to_answer,
            "asker": md.asker,
            "asker_party": md.asker_party,
            "respondent": md.respondent,
            "title": md.title,
        },
        "question": {"start": doc.question_span.start, "end": doc.question_span.end},
        "answer": None if doc.answer_span is None else {"start": doc.answer_span.start, "end": doc.answer_span.end},
        "answer_parts": [
            {
                "index": j,
                "kind": p.kind,
                "covers": list(p.covers),
                "label": None if p.label is None else {"start": p.label.start, "end": p.label.end},
                "start": p.span.start,
                "end": p.span.end,
            }
            for j, p in enumerate(parts)
        ],
        "furniture": [{"start": f.start, "end": f.end} for f in doc.furniture],
        "items": items,
        "warnings": list(doc.warnings),
    }


def error_json(source: str, code: str, message: str) -> dict[str, Any]:
    return {"source": source, "status": "error", "error": {"code": code, "message": message}, "items": []}


def report_json(documents: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "analyzer", "version": __version__},
        "documents": documents,
    }
