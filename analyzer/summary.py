"""Batch summaries: per respondent, department, asker, party and period, with their sample sizes.

Every row says how many documents and items it rests on. A row of fewer than ``MIN_DOCUMENTS``
documents is marked ``small_sample`` and is listed after the comparable rows, unranked; a row for
documents that do not name the person (``unknown``) is listed apart, never ranked. Referred items
count in every denominator (the shares and the document score) and are shown.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from .model import VERDICTS
from .names import askers, parties, person_key, respondents

MIN_DOCUMENTS = 5  # below this, a row is shown with a note and not ranked
UNKNOWN = "(unknown)"
DIMENSIONS = ("respondent", "department", "asker", "party", "period")


def group_key(name: str) -> str:
    """One key for the spellings of one person: title, case, accents, "mede namens ...", the portfolio and spaces do not matter."""
    person, _ = respondents(name)
    return person.key if person is not None else ""


def people_json(metadata: dict[str, Any]) -> dict[str, Any]:
    """The people of a document's metadata, normalised: respondent (name, role, department), co-respondents, askers, parties."""
    person, co = respondents(metadata.get("respondent"))

    def as_json(p: Any) -> dict[str, Any]:
        return {"name": p.name, "role": p.role, "department": p.department, "label": p.label}

    return {
        "respondent": None if person is None else as_json(person),
        "co_respondents": [as_json(p) for p in co],
        "askers": list(askers(metadata.get("asker"))),
        "parties": list(parties(metadata.get("asker_party"), metadata.get("asker"))),
    }


def period(metadata: dict[str, Any]) -> str | None:
    """The quarter the question was asked in (``2024-Q3``); the answer date when the question date is unknown."""
    iso = metadata.get("question_date") or metadata.get("answer_date")
    if not iso:
        return None
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def _members(d: dict[str, Any], dimension: str) -> Iterator[tuple[str, str, bool, str | None]]:
    """The groups a document counts in for one dimension: (key, label, co-signed, department)."""
    md = d["metadata"]
    if dimension in ("respondent", "department"):
        person, co = respondents(md.get("respondent"))
        for p, is_co in ([(person, False)] if person else []) + [(c, True) for c in co]:
            if dimension == "respondent":
                yield p.key, p.label, is_co, p.department
            elif p.department:
                yield person_key(p.department), p.department, is_co, None
    elif dimension == "asker":
        for name in askers(md.get("asker")):
            yield person_key(name), name, False, None
    elif dimension == "party":
        for name in parties(md.get("asker_party"), md.get("asker")):
            yield person_key(name), name, False, None
    elif dimension == "period":
        quarter = period(md)
        if quarter:
            yield quarter, quarter, False, None


def group_summaries(documents: Iterable[dict[str, Any]], dimension: str) -> list[dict[str, Any]]:
    """One row per respondent, department, asker, party or period (``dimension``) over the analyzed documents.

    Each row: documents (and how many of them only co-signed, "mede namens"), items, the count and
    share of each verdict (referred included in the denominator), the mean document score, the
    median days to answer and how many documents that median rests on. Comparable rows (at least
    ``MIN_DOCUMENTS`` documents) come first, worst first (lowest mean score, then most declined) and
    carry a ``rank``; then the small ones; the unknown last. Periods are in time order instead.
    """
    groups: dict[str, dict[str, Any]] = {}
    for d in documents:
        if d.get("status") != "ok":
            continue
        members: dict[str, tuple[str, bool, str | None]] = {}
        for key, label, co, dept in _members(d, dimension):  # one count per group, as the respondent if also a co-signer
            members[key] = (members[key][0], members[key][1] and co, members[key][2]) if key in members else (label, co, dept)
        for key, (label, co, dept) in (members or {"": (UNKNOWN, False, None)}).items():
            g = groups.setdefault(
                key,
                {
                    "documents": 0,
                    "co": 0,
                    "counts": dict.fromkeys(VERDICTS, 0),
                    "scores": [],
                    "days": [],
                    "late": [],
                    "names": Counter(),
                    "departments": Counter(),
                },
            )
            g["names"][label] += 1
            if dept:
                g["departments"][dept] += 1
            g["documents"] += 1
            g["co"] += co
            for it in d["items"]:
                if it.get("verdict") in g["counts"]:
                    g["counts"][it["verdict"]] += 1
            score = (d.get("summary") or {}).get("score")
            if score is not None:
                g["scores"].append(score)
            days = d["metadata"].get("days_to_answer")
            if days is not None:
                g["days"].append(days)
            late = (d.get("timeliness") or {}).get("late")
            if late is not None:
                g["late"].append(late)
    rows = []
    for key, g in groups.items():
        items = sum(g["counts"].values())
        rows.append(
            {
                "name": g["names"].most_common(1)[0][0],
                "key": key,
                **({"departments": [x for x, _ in g["departments"].most_common()]} if dimension == "respondent" else {}),
                "documents": g["documents"],
                "co_signed": g["co"],
                "items": items,
                "counts": g["counts"],
                "share": {v: round(n / items, 3) if items else 0.0 for v, n in g["counts"].items()},
                "mean_score": round(statistics.fmean(g["scores"]), 3) if g["scores"] else None,
                "median_days_to_answer": statistics.median(g["days"]) if g["days"] else None,
                "days_known": len(g["days"]),
                "late": sum(g["late"]),
                "lateness_known": len(g["late"]),
                "unknown": key == "",
                "small_sample": g["documents"] < MIN_DOCUMENTS,
                "rank": None,
            }
        )
    if dimension == "period":
        rows.sort(key=lambda r: (r["unknown"], r["name"]))
        return rows
    rows.sort(
        key=lambda r: (
            r["unknown"],
            r["small_sample"],
            r["mean_score"] if r["mean_score"] is not None else 2.0,
            -r["share"]["declined"],
            r["name"],
        )
    )
    rank = 0
    for r in rows:
        if not r["unknown"] and not r["small_sample"]:
            rank += 1
            r["rank"] = rank
    return rows


def note(row: dict[str, Any], short: bool = False) -> str:
    """The plain caveat a reader needs next to a row, or an empty string."""
    if row["unknown"]:
        return "not named" if short else "the documents do not name it; not ranked"
    if row["small_sample"]:
        if short:
            return "too few"
        return f"only {row['documents']} document{'s' if row['documents'] != 1 else ''}: too few to compare; not ranked"
    return ""


def summaries(documents: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Every dimension's rows, as ``by_respondent``, ``by_department``, ..."""
    return {f"by_{dim}": group_summaries(documents, dim) for dim in DIMENSIONS}
