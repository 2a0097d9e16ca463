"""The JSON report: a versioned, stable shape that later reports and tools build on.

Contract kept by every later version: ``documents[].source``, ``documents[].status``,
``documents[].items[].id`` and ``documents[].items[].verdict``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

from . import __version__
from .clean import clean_view
from .explain import ask_reason, item_reason
from .followup import follow_up
from .judge import DocumentJudgement, Finding
from .model import Document, Metadata, Span
from .nlp import PipelineInfo
from .summary import MIN_DOCUMENTS, people_json, summaries
from .timeliness import Deadline, load_deadlines, timeliness

SCHEMA_VERSION = "0.5.0"


def schema() -> dict[str, Any]:
    """The JSON Schema of the report (``analyzer schema report``)."""
    data: dict[str, Any] = json.loads(resources.files("analyzer").joinpath("data/report.schema.json").read_text(encoding="utf-8"))
    return data


def span_json(doc: Document, span: Span, **extra: Any) -> dict[str, Any]:
    """A span as ``start``/``end`` into the original text, the exact ``text`` there and a ``clean`` view."""
    return {
        "start": span.start,
        "end": span.end,
        "text": doc.text[span.start : span.end],
        "clean": clean_view(doc.text, span, doc.furniture).text,
        **extra,
    }


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "category": f.category,
        "effect": f.effect,
        "message": f.message,
        "match": f.match,
        "start": f.start,
        "end": f.end,
        "line": f.line,
        "col": f.col,
    }


def metadata_json(md: Metadata) -> dict[str, Any]:
    return {
        "parliament": md.parliament,
        "number": md.number,
        "question_number": md.question_number,
        "question_date": md.question_date.isoformat() if md.question_date else None,
        "answer_date": md.answer_date.isoformat() if md.answer_date else None,
        "days_to_answer": md.days_to_answer,
        "asker": md.asker,
        "asker_party": md.asker_party,
        "respondent": md.respondent,
        "title": md.title,
    }


def open_json(doc: Document, today: date | None = None) -> dict[str, Any]:
    """A question with no answer yet: its items and asks, and how long it has waited."""
    asked = doc.metadata.question_date
    waited = ((today or date.today()) - asked).days if asked is not None else None
    if waited is not None and waited < 0:
        waited = None  # a question date in the future is a wrong date, not a wait
    return {
        "source": doc.source,
        "status": "open",
        "layout": doc.layout,
        "metadata": metadata_json(doc.metadata),
        "people": people_json(metadata_json(doc.metadata)),
        "question": {"start": doc.question_span.start, "end": doc.question_span.end},
        "open": {"days_since_asked": waited},
        "timeliness": timeliness(metadata_json(doc.metadata), load_deadlines(), today, unanswered=True),
        "items": [
            {
                "id": it.id,
                "label": None if it.label is None else {"start": it.label.start, "end": it.label.end},
                "question": span_json(doc, it.span),
                "asks": [span_json(doc, a.span, kind=a.kind) for a in it.asks],
                "verdict": "open",  # (not answered yet: a value, so a consumer sorting verdicts never meets a null)
            }
            for it in doc.items
        ],
        "warnings": list(doc.warnings),
    }


def document_json(doc: Document, judgement: DocumentJudgement | None = None) -> dict[str, Any]:
    if doc.open:
        return open_json(doc)
    md = doc.metadata
    parts = doc.answer_parts
    items = []
    for it in doc.items:
        al = doc.alignment(it.id)
        j = judgement.item(it.id) if judgement is not None else None
        asks = []
        for k, a in enumerate(it.asks):
            extra: dict[str, Any] = {"kind": a.kind}
            if j is not None:
                aj = j.asks[k]
                extra |= {
                    "type": aj.type,
                    "type_rule": aj.type_rule,
                    "verdict": aj.verdict,
                    "reason": ask_reason({"reason": aj.reason, "findings": [finding_json(f) for f in aj.findings]}),
                    "coverage": aj.coverage,
                    "expectation_met": aj.expectation,
                    "findings": [finding_json(f) for f in aj.findings],
                    "sentences": [{"start": x.start, "end": x.end, "text": doc.text[x.start : x.end]} for x in aj.sentences],
                }
            asks.append(span_json(doc, a.span, **extra))
        items.append(
            {
                "id": it.id,
                "label": None if it.label is None else {"start": it.label.start, "end": it.label.end},
                "question": span_json(doc, it.span),
                "asks": asks,
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
                "verdict": j.verdict if j else None,
                "confidence": j.confidence if j else None,
                "decision": j.code if j else None,
                "reason": None,  # filled in below, from the asks
                "judge_reason": j.reason if j else None,
                "findings": [finding_json(f) for f in j.findings] if j else [],
                "followed_parts": list(j.followed_parts) if j else [],
            }
        )
    for item in items:
        judge_reason = str(item.pop("judge_reason") or "")
        item["reason"] = item_reason(item, judge_reason) if item["verdict"] is not None else None
    out = {
        "source": doc.source,
        "status": "ok",
        "layout": doc.layout,
        "metadata": metadata_json(md),
        "people": people_json(metadata_json(md)),
        "timeliness": timeliness(metadata_json(md), load_deadlines()),
        "question": {"start": doc.question_span.start, "end": doc.question_span.end},
        "answer": None if doc.answer_span is None else {"start": doc.answer_span.start, "end": doc.answer_span.end},
        "answer_offset": doc.answer_offset,
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
        "summary": None if judgement is None else {"items": len(items), "counts": judgement.counts, "score": judgement.score},
        "warnings": list(doc.warnings),
    }
    out["follow_up"] = follow_up(out) if judgement is not None else None
    return out


def with_dates(
    document: dict[str, Any],
    asked: date | None,
    answered: date | None,
    deadlines: dict[str, Deadline] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """A document with the question and answer dates the user gave (``--asked-date``, ``--answer-date``),
    which win over the text's; days to answer (or, for an open question, days since asked), the
    lateness (against ``deadlines``, the built-in terms by default) and the follow-up draft follow."""
    if document.get("status") not in ("ok", "open") or (asked is None and answered is None and deadlines is None):
        return document
    md = dict(document["metadata"])
    if asked is not None:
        md["question_date"] = asked.isoformat()
    if answered is not None and document["status"] == "ok":
        md["answer_date"] = answered.isoformat()
    q, a = md["question_date"], md["answer_date"]
    md["days_to_answer"] = (date.fromisoformat(a) - date.fromisoformat(q)).days if q and a else None
    out = {**document, "metadata": md}
    if document["status"] == "open" and q:
        waited = ((today or date.today()) - date.fromisoformat(q)).days
        out["open"] = {**document["open"], "days_since_asked": waited if waited >= 0 else None}
    out["timeliness"] = timeliness(md, deadlines if deadlines is not None else load_deadlines(), today, document["status"] == "open")
    if document["status"] == "ok":
        out["follow_up"] = follow_up(out)
    return out


def error_json(source: str, code: str, message: str) -> dict[str, Any]:
    return {"source": source, "status": "error", "error": {"code": code, "message": message}, "items": []}


def summary_json(documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Totals over a batch: documents, errors, items per verdict and the mean document score."""
    ok = [d for d in documents if d["status"] == "ok"]
    waiting = [d for d in documents if d["status"] == "open"]
    counts: dict[str, int] = {"answered": 0, "partial": 0, "declined": 0, "referred": 0}
    for d in ok:
        for it in d["items"]:
            if it.get("verdict") in counts:
                counts[it["verdict"]] += 1
    scores = [d["summary"]["score"] for d in ok if d.get("summary") and d["summary"]["score"] is not None]
    return {
        "documents": len(documents),
        "ok": len(ok),
        "open": len(waiting),
        "errors": sum(d["status"] == "error" for d in documents),
        "items": sum(len(d["items"]) for d in ok),
        "counts": counts,
        "mean_score": round(sum(scores) / len(scores), 3) if scores else None,
        "min_documents": MIN_DOCUMENTS,
        **summaries(ok),
    }


def report_json(
    documents: list[dict[str, Any]], pipeline: PipelineInfo | None = None, skipped_rules: tuple[str, ...] = ()
) -> dict[str, Any]:
    tool: dict[str, Any] = {"name": "analyzer", "version": __version__}
    if pipeline is not None:
        tool["pipeline"] = pipeline.as_dict()
    if skipped_rules:
        tool["skipped_rules"] = {"rules": list(skipped_rules), "note": "these rules need POS/DEP, which the pipeline does not provide"}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": tool,
        "documents": documents,
        "summary": summary_json(documents),
    }


def summary_view(document: dict[str, Any]) -> dict[str, Any]:
    """What ``summary_json`` may read of a document dict, without its spans and texts.

    The streamed report keeps this much of each document for the summary at its end: the top-level
    fields except the span lists, and each item's scalar fields (id, verdict, confidence ...).
    """
    view = {k: v for k, v in document.items() if k not in ("items", "answer_parts", "furniture")}
    view["items"] = [{k: v for k, v in it.items() if not isinstance(v, (dict, list))} for it in document.get("items", [])]
    return view


class JsonReportStream:
    """Writes ``report_json(documents, ...)`` as ``json.dumps(..., ensure_ascii=False, indent=1)`` does,
    byte for byte, but one document at a time: the head when built, each document as it comes, the
    summary at ``close()``. Memory holds a small :func:`summary_view` per document, not the documents.
    """

    _MARK = "\x00analyzer-stream\x00"

    def __init__(self, write: Callable[[str], object], pipeline: PipelineInfo | None = None, skipped_rules: tuple[str, ...] = ()) -> None:
        self._write = write
        self._views: list[dict[str, Any]] = []
        skeleton = report_json([], pipeline, skipped_rules)
        skeleton["documents"] = skeleton["summary"] = self._MARK
        head, middle, tail = json.dumps(skeleton, ensure_ascii=False, indent=1).split(json.dumps(self._MARK))
        self._middle, self._tail = middle, tail + "\n"
        self._write(head + "[")

    def add(self, document: dict[str, Any]) -> None:
        text = json.dumps(document, ensure_ascii=False, indent=1).replace("\n", "\n  ")  # strings hold no raw newline
        self._write(("," if self._views else "") + "\n  " + text)
        self._views.append(summary_view(document))

    def close(self) -> None:
        summary = json.dumps(summary_json(self._views), ensure_ascii=False, indent=1).replace("\n", "\n ")
        self._write(("\n ]" if self._views else "]") + self._middle + summary + self._tail)
