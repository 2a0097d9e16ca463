"""Flat reports, one row per item: JSONL (for pandas) and CSV (for spreadsheets).

Rows are produced per document, so a batch can be written as each document finishes and memory
stays flat in the number of documents. A document that could not be analyzed gives one row with
``status`` "error", its code and message, and empty item columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .explain import evidence_sentences, is_function_word
from .i18n import Lang, localized, translate, verdict_label

COLUMNS = (
    "document",
    "source",
    "status",
    "error_code",
    "error_message",
    "parliament",
    "number",
    "question_number",
    "question_date",
    "answer_date",
    "days_to_answer",
    "asker",
    "asker_party",
    "respondent",
    "respondent_name",
    "respondent_role",
    "department",
    "co_respondents",
    "askers",
    "parties",
    "title",
    "document_score",
    "item",
    "verdict",
    "confidence",
    "reason",
    "question",
    "open_asks",
    "evidence_rule",
    "evidence_category",
    "evidence_match",
    "evidence_line",
    "evidence_start",
    "evidence_end",
    "evidence_sentence",
    "answer",
    "follow_up",
    "pipeline",
)
DECISIVE = ("declines", "refers", "weakens")


def document_id(source: str) -> str:
    """``tests/corpus/vp-785-2023.txt`` -> ``vp-785-2023``; ``export.jsonl#12`` stays as it is."""
    name = Path(source.split("#")[0]).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}#{source.split('#', 1)[1]}" if "#" in source else stem


def decisive_finding(item: dict[str, Any], fallback: bool = True) -> dict[str, Any] | None:
    """The finding that decided the verdict: a decline, referral or weakening cue; else (with
    ``fallback``) the first finding that is evidence on its own, e.g. the number that answered a
    quantity ask (never a lone function word such as "ook" or "via")."""
    findings = item.get("findings") or []
    for f in findings:
        if f["effect"] in DECISIVE:
            return dict(f)
    if not fallback:
        return None
    return next((dict(f) for f in findings if not is_function_word(f["match"])), None)


def open_asks(item: dict[str, Any]) -> list[str]:
    return [f"{a['clean']} — {a['reason']}" for a in item.get("asks", []) if a.get("verdict") not in (None, "answered", "moot")]


def rows(document: dict[str, Any], pipeline: str | None = None, lang: Lang = "en") -> Iterator[dict[str, Any]]:
    """The rows of one document of the JSON report; ``pipeline`` names the pipeline that ran. With
    ``lang`` "nl" the verdict, reason and open asks are in Dutch (English: the JSON's codes and reasons)."""
    document = localized(document, lang)
    base: dict[str, Any] = dict.fromkeys(COLUMNS)
    base["pipeline"] = pipeline
    base["document"] = document_id(document["source"])
    base["source"] = document["source"]
    base["status"] = document["status"]
    if document["status"] == "open":  # no answer yet: one row per item, verdict "open"
        for key in ("parliament", "number", "question_number", "question_date", "asker", "asker_party", "respondent", "title"):
            base[key] = document["metadata"].get(key)
        base.update(_people(document))
        waited = document["open"]["days_since_asked"]
        base["reason"] = translate("no answer yet" + (f" ({waited} days since asked)" if waited is not None else ""), lang)
        for item in document["items"]:
            yield {**base, "item": item["id"], "question": item["question"]["clean"], "verdict": "open"}
        return
    if document["status"] != "ok":
        base["error_code"] = document["error"]["code"]
        base["error_message"] = document["error"]["message"]
        yield base
        return
    base.update({k: v for k, v in document["metadata"].items() if k in base})  # every metadata field that is a column
    base.update(_people(document))
    base["document_score"] = (document.get("summary") or {}).get("score")
    base["follow_up"] = document.get("follow_up")
    for item in document["items"]:
        row = dict(base)
        f = decisive_finding(item)
        row.update(
            item=item["id"],
            verdict=verdict_label(item.get("verdict"), lang),
            confidence=item.get("confidence"),
            reason=item.get("reason"),
            question=item["question"]["clean"],
            open_asks=" | ".join(open_asks(item)),
            evidence_sentence=" | ".join(evidence_sentences(item)) or None,
            answer=" ".join(a["clean"] for a in item.get("answer", [])),
        )
        if f is not None:
            row.update(
                evidence_rule=f["rule"],
                evidence_category=f["category"],
                evidence_match=f["match"],
                evidence_line=f["line"],
                evidence_start=f["start"],
                evidence_end=f["end"],
            )
        yield row


def _people(document: dict[str, Any]) -> dict[str, Any]:
    """The normalised people of a document as flat cells (lists joined by "; ")."""
    people = document.get("people") or {}
    main = people.get("respondent") or {}
    return {
        "respondent_name": main.get("name"),
        "respondent_role": main.get("role"),
        "department": main.get("department"),
        "co_respondents": "; ".join(p["name"] for p in people.get("co_respondents", [])) or None,
        "askers": "; ".join(people.get("askers", [])) or None,
        "parties": "; ".join(people.get("parties", [])) or None,
    }


def jsonl_lines(document: dict[str, Any], pipeline: str | None = None) -> Iterator[str]:
    """One JSON object per item, the document's id and metadata repeated; findings and asks kept whole."""
    items = {it["id"]: it for it in document.get("items", [])}
    for row in rows(document, pipeline):
        item = items.get(row["item"]) if row["item"] is not None else None
        # every row has the same keys: an error row has empty lists
        row["asks"] = (
            [{k: a.get(k) for k in ("clean", "kind", "type", "verdict", "reason", "coverage")} for a in item["asks"]] if item else []
        )
        row["findings"] = item.get("findings", []) if item else []
        yield json.dumps(row, ensure_ascii=False) + "\n"


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf).writerow(COLUMNS)
    return buf.getvalue()


# A cell a spreadsheet would run as a formula (OWASP "CSV injection"): "=", "+", "-", "@", a tab or
# a carriage return at its start.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that starts like a formula gets a leading apostrophe, so it stays text; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_lines(document: dict[str, Any], pipeline: str | None = None, lang: Lang = "en") -> Iterator[str]:
    for row in rows(document, pipeline, lang):
        buf = io.StringIO()
        csv.writer(buf).writerow([spreadsheet_safe("" if row[c] is None else row[c]) for c in COLUMNS])
        yield buf.getvalue()
